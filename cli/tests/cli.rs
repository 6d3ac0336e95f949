//! `ecs-planner simulate`, `import-task-def` and `pricing import`, run as a
//! user would run them, on the fixtures in `tests/fixtures/`. Expected
//! figures are computed by hand in the comments.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use common::{close, fixture, run, run_with_locale, stderr, stdout, temp};

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

/// Runs `args` and checks the exit code and that stderr contains each of
/// `stderr_has`.
fn check(args: &[&str], code: i32, stderr_has: &[&str]) -> Output {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}\nstdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    let err = stderr(&out);
    for text in stderr_has {
        assert!(
            err.contains(text),
            "stderr of {args:?} should contain {text:?}:\n{err}"
        );
    }
    out
}

#[test]
fn simulate_json_has_hand_computed_costs() {
    let out = check(
        &["simulate", &fixture("ten-api.json"), "--format", "json"],
        0,
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["region"], "us-east-1");
    assert!(report["pricing_snapshot"]
        .as_str()
        .unwrap()
        .contains("2025-11"));
    let option = &report["options"][0];
    assert_eq!(option["launch_type"], "fargate");
    assert_eq!(option["layout"], "single");
    // 10 × (0.5 × 0.04048 + 1 × 0.004445) = 0.24685 USD/h × 730 = 180.2005
    close(option["monthly_cost_usd"].as_f64().unwrap(), 180.2005);
    close(
        option["clusters"][0]["monthly_cost_usd"].as_f64().unwrap(),
        180.2005,
    );
    assert_eq!(
        option["clusters"][0]["services"],
        serde_json::json!(["api"])
    );
    assert_eq!(option["unplaced"], serde_json::json!([]));
}

#[test]
fn simulate_table_and_csv() {
    let out = check(&["simulate", &fixture("ten-api.json")], 0, &[]);
    let table = stdout(&out);
    assert!(table.contains("fargate / single"), "{table}");
    assert!(table.contains("$180.20"), "{table}");
    assert!(table.contains("Prices: Fargate 2025-11"), "{table}");
    let out = check(
        &["simulate", &fixture("ten-api.json"), "--format", "csv"],
        0,
        &[],
    );
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "launch_type,layout,cluster,services,instance_type,peak_instances,avg_instances,cluster_monthly_cost_usd,option_monthly_cost_usd,cluster_ideal_monthly_cost_usd,capacity_providers");
    assert_eq!(lines[1], "fargate,single,shared,api,,,,180.20,180.20,,");
    // The EC2 row: its figures are checked by hand in the engine's tests;
    // here the CSV shape: an instance type, peak and average instances.
    let ec2: Vec<&str> = lines[2].split(',').collect();
    assert_eq!(&ec2[..4], ["ec2", "single", "shared", "api"]);
    assert!(!ec2[4].is_empty() && ec2[5].parse::<u32>().unwrap() > 0);
    assert_eq!(lines.len(), 3);
}

#[test]
fn the_shop_example_costs_what_the_hand_sum_says() {
    // api 4 × 0.024685 /h × 730 = 72.0802
    // web 256/512 = 0.0123425 /h per task; profile 8 h × 2 + 10 h × 6 + 6 h × 3 = 94 task-hours/day
    //     94 × 0.0123425 = 1.160195 /day × 730 / 24 = 35.2892646
    // worker 2 × (1 × 0.04048 + 2 × 0.004445) = 0.09874 /h × 730 = 72.0802
    // total 179.4496646
    let shop = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/shop.json");
    let out = check(
        &["simulate", shop.to_str().unwrap(), "--format", "json"],
        0,
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let options = report["options"].as_array().unwrap();
    let fargate: Vec<&Value> = options
        .iter()
        .filter(|o| o["launch_type"] == "fargate")
        .collect();
    assert_eq!(fargate.len(), 3);
    for option in fargate {
        close(option["monthly_cost_usd"].as_f64().unwrap(), 179.449_664_6);
    }
    let by_group = options
        .iter()
        .find(|o| o["layout"] == "by-group" && o["launch_type"] == "fargate")
        .unwrap();
    // dev = worker 72.0802; prod = api + web = 107.3694646
    close(
        by_group["clusters"][0]["monthly_cost_usd"]
            .as_f64()
            .unwrap(),
        72.0802,
    );
    close(
        by_group["clusters"][1]["monthly_cost_usd"]
            .as_f64()
            .unwrap(),
        107.369_464_6,
    );
}

#[test]
fn bad_scenarios_exit_2_with_every_problem() {
    let out = check(
        &["simulate", &fixture("bad.json")],
        2,
        &[
            "services[0].memory = \"lots\"",
            "1 GB",
            "services[1].cpu = 0",
            "greater than zero",
            "services[1].profile",
            "give 24",
            "ec2.instance_types[0] = \"m5.lrage\"",
            "did you mean \"m5.large\"",
        ],
    );
    assert!(stdout(&out).is_empty());
    check(
        &["simulate", &fixture("missing.json")],
        2,
        &["missing.json: no such file", "check the path"],
    );
    let not_json = temp("not-json.json");
    std::fs::write(&not_json, "{\"region\": ").unwrap();
    check(&["simulate", &not_json], 2, &["not valid JSON", "line 1"]);
    check(
        &["simulate", &fixture("ten-api.json"), "--format", "xml"],
        2,
        &["table, json or csv"],
    );
    check(&["simulate"], 2, &["missing SCENARIO.json"]);
    check(&["frobnicate"], 2, &["unknown command"]);
}

#[test]
fn warnings_go_to_stderr_and_the_run_succeeds() {
    let path = temp("warn.json");
    std::fs::write(
        &path,
        r#"{"version": 1, "region": "eu-west-1", "colour": "blue", "layouts": ["single"],
            "services": [{"name": "api", "cpu": "0.5 vCPU", "memory": "1 GB", "count": 1}]}"#,
    )
    .unwrap();
    // eu-west-1: 0.5 × 0.04048 + 1 × 0.004445 = 0.024685 /h × 730 = 18.02005 → $18.02
    let out = check(
        &["simulate", &path],
        0,
        &["warning:", "colour", "unknown field"],
    );
    assert!(stdout(&out).contains("$18.02"));
    // eu-west-1's EC2 prices are bundled: no "not costed" notice.
    assert!(
        !stderr(&out).contains("No EC2 prices are loaded"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn pricing_list_shows_what_is_bundled_per_region() {
    let out = check(&["pricing", "list"], 0, &[]);
    let text = stdout(&out);
    let row = |region: &str| -> Vec<String> {
        text.lines()
            .find(|l| l.starts_with(&format!("{region} ")))
            .unwrap_or_else(|| panic!("no row for {region}:\n{text}"))
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect()
    };
    // 22 regions, one row each, plus the header.
    assert_eq!(
        text.lines().filter(|l| l.contains("2025-11")).count(),
        22,
        "{text}"
    );
    // Seoul: 171 EC2 types (rows for ap-northeast-2 in the bundled CSV),
    // Fargate ARM from the 2026-08 price list, no Windows, no ARM Spot.
    assert_eq!(
        row("ap-northeast-2"),
        vec![
            "ap-northeast-2",
            "Asia Pacific (Seoul)",
            "171",
            "2025-04-04",
            "2025-11",
            "2026-08",
            "-",
            "2025-11",
            "-"
        ]
    );
    // us-east-1 keeps its 2026-07-20 catalogue and has every platform.
    assert_eq!(
        row("us-east-1")[2..],
        [
            "264",
            "2026-07-20",
            "2025-11",
            "2025-08-28",
            "2025-08-28",
            "2025-11",
            "2026-09-28"
        ]
    );
    assert!(text.contains("ecs-planner pricing import"), "{text}");
    check(&["pricing", "list", "extra"], 2, &["takes no arguments"]);
    let help = check(&["pricing", "--help"], 0, &[]);
    assert!(stdout(&help).contains("ecs-planner pricing list"));
}

#[test]
fn pricing_import_then_simulate_with_it() {
    // Seoul's bundled ARM rates (2026-08): 1 × 0.03725 + 2 × 0.00409
    // = 0.04543 /h × 730 = 33.1639
    let out = check(
        &["simulate", &fixture("seoul-arm.json"), "--format", "json"],
        0,
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    close(
        report["options"][0]["monthly_cost_usd"].as_f64().unwrap(),
        33.1639,
    );
    let out_path = temp("seoul-fargate.json");
    check(
        &[
            "pricing",
            "import",
            &fixture("offer-ecs-us-east-1.json"),
            "-o",
            &out_path,
        ],
        0,
        &[
            "Fargate: rates for Linux/x86, Linux/ARM, Windows, Spot",
            "wrote",
        ],
    );
    let mut prices: Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(prices["format"], "ecs-planner-pricing/1");
    assert_eq!(prices["fargate"]["linux_arm"]["usd_per_vcpu_hour"], 0.03238);
    // Pretend the file was Seoul's, then simulate with it: the imported
    // rates replace the bundled ones.
    prices["region"] = Value::from("ap-northeast-2");
    std::fs::write(&out_path, prices.to_string()).unwrap();
    let out = check(
        &[
            "simulate",
            &fixture("seoul-arm.json"),
            "--pricing",
            &out_path,
            "--format",
            "json",
        ],
        0,
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    // 1 × 0.03238 + 2 × 0.00356 = 0.0395 /h × 730 = 28.835
    close(
        report["options"][0]["monthly_cost_usd"].as_f64().unwrap(),
        28.835,
    );
    // To stdout without -o.
    let out = check(
        &["pricing", "import", &fixture("offer-ecs-us-east-1.json")],
        0,
        &[],
    );
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["region"], "us-east-1");
    check(
        &["pricing", "import", &fixture("ten-api.json")],
        2,
        &["not an AWS Price List offer file", "AmazonEC2"],
    );
    check(
        &[
            "simulate",
            &fixture("ten-api.json"),
            "--pricing",
            &fixture("ten-api.json"),
        ],
        2,
        &["not a pricing file"],
    );
}

#[test]
fn import_task_definitions_prints_a_scenario() {
    let out = check(
        &["import-task-def", &fixture("taskdef-sidecar.json"), &fixture("taskdef-describe.json")],
        0,
        &["service \"orders\"", "count set to 1", "ignored: taskDefinition.compatibilities, taskDefinition.revision, taskDefinition.status, taskDefinition.taskDefinitionArn"],
    );
    let scenario: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let services = scenario["services"].as_array().unwrap();
    // orders: cpu 512 + 256 = 768; memory 1024 (reservation) + 256 = 1280; bridge, dynamic port.
    assert_eq!(services[0]["name"], "orders");
    assert_eq!(
        (services[0]["cpu"].as_u64(), services[0]["memory"].as_u64()),
        (Some(768), Some(1280))
    );
    assert_eq!(services[0]["network_mode"], "bridge");
    assert_eq!(services[0]["host_port"], Value::Null);
    // nginx: task level 256 / 512, awsvpc.
    assert_eq!(
        (services[1]["cpu"].as_u64(), services[1]["memory"].as_u64()),
        (Some(256), Some(512))
    );
    assert_eq!(services[1]["network_mode"], "awsvpc");
    // The printed scenario runs.
    let path = temp("imported.json");
    std::fs::write(&path, stdout(&out)).unwrap();
    check(&["simulate", &path], 0, &[]);
    // A broken one fails the whole import.
    let out = check(
        &[
            "import-task-def",
            &fixture("taskdef-sidecar.json"),
            &fixture("taskdef-broken.json"),
        ],
        2,
        &[
            "taskdef-broken.json: containerDefinitions[0].memory",
            "memoryReservation",
        ],
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn help_and_version() {
    let out = check(&["--help"], 0, &[]);
    assert!(stdout(&out).contains("ecs-planner simulate SCENARIO.json"));
    let out = check(&["--version"], 0, &[]);
    assert_eq!(
        stdout(&out).trim(),
        format!("ecs-planner {}", env!("CARGO_PKG_VERSION"))
    );
    let out = check(&["simulate", "--help"], 0, &[]);
    assert!(stdout(&out).contains("--pricing"));
    check(&[], 2, &["usage"]);
}

/// The shop example's table in Korean: Korean headings and verdict, the
/// same dollar figures as the English table, columns aligned by display
/// width (a Hangul syllable is two terminal columns).
#[test]
fn simulate_in_korean_has_the_english_figures() {
    let shop = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/shop.json")
        .to_string_lossy()
        .into_owned();
    let en = run(&["simulate", &shop]);
    let ko = run(&["simulate", &shop, "--lang", "ko"]);
    assert_eq!(ko.status.code(), Some(0), "{}", stderr(&ko));
    let (en, ko) = (stdout(&en), stdout(&ko));
    assert!(ko.starts_with("리전 us-east-1 · 기간 168시간"), "{ko}");
    assert!(ko.contains("\n결론\n"), "{ko}");
    // The shop's Fargate bill, $179.45 (see the_shop_example_costs_what_the_hand_sum_says).
    assert!(ko.contains("  최저 비용: Fargate"), "{ko}");
    assert!(ko.contains("월 $179.45."), "{ko}");
    let dollars = |text: &str| -> Vec<String> {
        let mut all: Vec<String> = text
            .split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                    .collect::<String>()
                    .trim_end_matches(['.', ','])
                    .to_string()
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(
        dollars(&en),
        dollars(&ko),
        "the same money in both languages"
    );
    // Aligned: the header's "월 비용" (7 columns) ends where "$179.45" ends.
    let lines: Vec<&str> = ko.lines().collect();
    let header = lines.iter().find(|l| l.starts_with("옵션")).unwrap();
    let first = lines
        .iter()
        .find(|l| l.starts_with("fargate / single"))
        .unwrap();
    let columns_to = |line: &str, needle: &str| -> usize {
        let at = line.find(needle).unwrap() + needle.len();
        line[..at]
            .chars()
            .map(|c| {
                if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
                    2
                } else {
                    1
                }
            })
            .sum()
    };
    assert_eq!(
        columns_to(header, "월 비용"),
        columns_to(first, "$179.45"),
        "{header}\n{first}"
    );
    // JSON: the text fields in Korean, the figures and keys unchanged.
    let json: Value = serde_json::from_str(&stdout(&run(&[
        "simulate", &shop, "--format", "json", "--lang", "ko",
    ])))
    .unwrap();
    assert!(json["verdict"][0]
        .as_str()
        .unwrap()
        .starts_with("최저 비용: "));
    assert_eq!(json["options"][0]["layout"], "single");
    // CSV: Korean column names over the same rows.
    let csv_en = stdout(&run(&["simulate", &shop, "--format", "csv"]));
    let csv_ko = stdout(&run(&["simulate", &shop, "--format", "csv", "--lang=ko"]));
    assert!(csv_ko.starts_with("시작 유형,클러스터 구성,"), "{csv_ko}");
    assert_eq!(
        csv_en.lines().skip(1).collect::<Vec<_>>(),
        csv_ko.lines().skip(1).collect::<Vec<_>>()
    );
}

#[test]
fn the_language_defaults_from_the_locale_and_the_flag_overrides_it() {
    let shop = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/shop.json")
        .to_string_lossy()
        .into_owned();
    let korean = run_with_locale(&["simulate", &shop], &[("LANG", "ko_KR.UTF-8")]);
    assert!(stdout(&korean).contains("\n결론\n"), "{}", stdout(&korean));
    // LC_ALL comes first.
    let c = run_with_locale(
        &["simulate", &shop],
        &[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")],
    );
    assert!(stdout(&c).contains("\nVerdict\n"));
    let flag = run_with_locale(
        &["--lang", "en", "simulate", &shop],
        &[("LANG", "ko_KR.UTF-8")],
    );
    assert!(stdout(&flag).contains("\nVerdict\n"));
    check(
        &["simulate", &shop, "--lang", "fr"],
        2,
        &["--lang fr", "use en or ko"],
    );
}

/// A validation error under `--lang ko`: exit 2, nothing on stdout, every
/// field path as written (`services[1].cpu`), the value and a fix. The
/// message text is FieldIssue's (English until the typed validation
/// messages land; then it is rendered with `ScenarioErrors::render`).
#[test]
fn a_validation_error_in_korean_keeps_its_field_paths() {
    let out = run_with_locale(&["simulate", &fixture("bad.json"), "--lang", "ko"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    for text in [
        "services[0].memory = \"lots\"",
        "services[1].cpu = 0",
        "ec2.instance_types[0] = \"m5.lrage\"",
    ] {
        assert!(err.contains(text), "{text} in {err}");
    }
}

#[test]
fn help_on_every_command_and_subcommand() {
    // (arguments, a word the help must show): each prints help on stdout, exit 0.
    let cases: [(&[&str], &str); 10] = [
        (&["help"], "Commands:"),
        (&["simulate", "--help"], "--format"),
        (&["import", "--help"], "docker-compose"),
        (&["import-task-def", "--help"], "--region"),
        (&["pricing", "--help"], "ecs-planner pricing list"),
        (
            &["pricing", "list", "--help"],
            "Usage: ecs-planner pricing list",
        ),
        (&["pricing", "import", "--help"], "--output"),
        (&["link", "--help"], "encode"),
        (&["link", "encode", "--help"], "--hour"),
        (&["link", "decode", "--help"], "FRAGMENT"),
    ];
    for (args, word) in cases {
        let out = check(args, 0, &[]);
        let help = stdout(&out);
        assert!(
            help.contains(word),
            "{args:?} should show {word:?}:\n{help}"
        );
        assert!(help.contains("Usage: ecs-planner"), "{args:?}:\n{help}");
    }
    let out = check(&["-V"], 0, &[]);
    assert_eq!(
        stdout(&out).trim(),
        format!("ecs-planner {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_flags_and_missing_values_exit_2_with_a_hint() {
    let ten = fixture("ten-api.json");
    let out = check(
        &["simulate", &ten, "--formt", "json"],
        2,
        &[
            "unexpected argument '--formt'",
            "a similar argument exists: '--format'",
        ],
    );
    assert!(stdout(&out).is_empty());
    check(
        &["simulate", &ten, "--format"],
        2,
        &["a value is required for '--format", "--help"],
    );
    check(
        &["pricing", "import", "--region"],
        2,
        &["a value is required for '--region"],
    );
    check(&["import"], 2, &["required", "<FILE>"]);
    check(&["link", "encode", &ten, "--hur", "3"], 2, &["--hour"]);
    check(&["--lang"], 2, &["a value is required for '--lang"]);
}

/// The Compose fixture: web (3 replicas, 0.5 CPU, 512M, host port 8080),
/// db (no size: 256 units and 512 MiB assumed, bridge).
#[test]
fn import_reads_a_compose_file_into_a_scenario_that_runs() {
    let out = check(
        &[
            "import",
            &fixture("compose-shop.yaml"),
            "--region",
            "eu-west-1",
        ],
        0,
        &[
            "compose-shop.yaml: 2 service(s) from a docker-compose file: web, db",
            "  read: services.web.deploy.replicas: 3 → count 3",
            "  note: services.db: no CPU given",
            "  ignored: volumes (not used by the planner), services.web.image, services.db.image",
            // The scenario's checks run on what is printed: a host port in awsvpc.
            "warning: services[0].host_port = 8080: has no effect in awsvpc",
        ],
    );
    let scenario: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(scenario["region"], "eu-west-1");
    assert_eq!(
        scenario["services"],
        serde_json::json!([
            {"name": "web", "cpu": 512, "memory": 512, "count": 3, "host_port": 8080},
            {"name": "db", "cpu": 256, "memory": 512, "count": 1, "network_mode": "bridge"}
        ])
    );
    let path = temp("from-compose.json");
    std::fs::write(&path, stdout(&out)).unwrap();
    let out = check(&["simulate", &path, "--format", "json"], 0, &[]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let single = report["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["launch_type"] == "fargate" && o["layout"] == "single")
        .unwrap();
    // eu-west-1 Fargate Linux/x86: 0.04048 /vCPU-h, 0.004445 /GB-h.
    // web 512 / 512 MiB is no Fargate size: 0.5 vCPU starts at 1 GB, so
    // 0.5 × 0.04048 + 1 × 0.004445 = 0.024685 /h × 3 = 0.074055;
    // db 256 / 512: 0.25 × 0.04048 + 0.5 × 0.004445 = 0.0123425 /h.
    // (0.074055 + 0.0123425) × 730 = 63.070175.
    close(single["monthly_cost_usd"].as_f64().unwrap(), 63.070_175);
    // The old name reads Compose too.
    check(
        &["import-task-def", &fixture("compose-shop.yaml")],
        0,
        &["web, db"],
    );
}

/// `--lang ko`: the report in Korean, the same paths, figures and
/// scenario as in English.
#[test]
fn the_import_report_follows_lang() {
    let compose = fixture("compose-shop.yaml");
    let en = check(&["import", &compose], 0, &[]);
    let ko = run(&["import", &compose, "--lang", "ko"]);
    assert_eq!(ko.status.code(), Some(0));
    assert_eq!(stdout(&en), stdout(&ko), "the same scenario");
    let (en, ko) = (stderr(&en), stderr(&ko));
    assert!(
        ko.contains(": docker-compose 파일의 서비스 2개: web, db"),
        "{ko}"
    );
    assert!(
        ko.contains("  참고: services.db: CPU가 없어(deploy.resources.reservations.cpus 또는 limits.cpus) 256 CPU 단위로 가정했습니다."),
        "{ko}"
    );
    assert!(ko.contains("  무시: volumes(플래너에서 사용하지 않음), services.web.image"));
    assert_eq!(en.lines().count(), ko.lines().count(), "{en}\n{ko}");
    let digits = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    for (en_line, ko_line) in en.lines().zip(ko.lines()) {
        assert_eq!(digits(en_line), digits(ko_line), "{en_line}\n{ko_line}");
    }
    // Task definitions: Korean lines, the same service heading.
    let out = run(&["import", &fixture("taskdef-sidecar.json"), "--lang", "ko"]);
    let err = stderr(&out);
    assert!(
        err.contains("taskdef-sidecar.json: 서비스 \"orders\""),
        "{err}"
    );
    assert!(
        err.contains(
            "  참고: orders: 작업 정의에는 원하는 태스크 수가 없어 count를 1로 설정했습니다."
        ),
        "{err}"
    );
    // A refused definition, in Korean, fails the import.
    let out = run(&["import", &fixture("taskdef-broken.json"), "--lang", "ko"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(err.contains("읽지 못한 작업 정의가 있습니다:"), "{err}");
    assert!(
        err.contains("taskdef-broken.json: containerDefinitions[0].memory"),
        "{err}"
    );
    // Offer-file notes follow --lang too.
    let out = run(&[
        "pricing",
        "import",
        &fixture("offer-ecs-us-east-1.json"),
        "--lang",
        "ko",
    ]);
    assert!(
        stderr(&out).contains("Fargate: 요금 있음: Linux/x86, Linux/ARM, Windows, 스팟"),
        "{}",
        stderr(&out)
    );
}

/// A pricing file that is missing, unreadable (a directory; bytes that are
/// not UTF-8) or malformed (not JSON; tagged but holding no prices), under
/// `--lang en` and `--lang ko`: exit 2, nothing on stdout, and a message
/// that starts with the file, says the problem and gives the fix.
#[test]
fn pricing_file_errors_name_the_file_the_problem_and_the_fix_in_both_languages() {
    let scenario = fixture("ten-api.json");
    let missing = temp("no-such-prices.json");
    let _ = std::fs::remove_file(&missing);
    let directory = temp("prices-dir");
    std::fs::create_dir_all(&directory).unwrap();
    let binary = temp("prices-binary.json");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    let not_json = temp("prices-not-json.json");
    std::fs::write(&not_json, "{\"format\": ").unwrap();
    let no_prices = temp("prices-empty.json");
    std::fs::write(
        &no_prices,
        r#"{"format": "ecs-planner-pricing/1", "region": "us-east-1"}"#,
    )
    .unwrap();
    let make = |path: &str| format!("`ecs-planner pricing import OFFER_FILE -o {path}`");
    // (file, English problem, Korean problem, the fix in each language).
    let cases: [(&str, &str, &str, String, String); 5] = [
        (
            &missing,
            "no such pricing file",
            "가격 파일이 없습니다",
            format!("check the path, or make one with {}", make(&missing)),
            format!(
                "경로를 확인하거나 {} 명령으로 가격 파일을 만드세요",
                make(&missing)
            ),
        ),
        (
            &directory,
            "is a directory, not a file",
            "파일이 아니라 디렉터리입니다",
            "give the path of a file in it".to_string(),
            "그 안에 있는 파일의 경로를 지정하세요".to_string(),
        ),
        (
            &binary,
            "it is not UTF-8 text",
            "UTF-8 텍스트가 아니어서 파일을 읽을 수 없습니다",
            "save it as UTF-8".to_string(),
            "UTF-8 인코딩으로 저장하세요".to_string(),
        ),
        (
            &not_json,
            "not a pricing file in the ecs-planner-pricing/1 format (EOF while parsing",
            "ecs-planner-pricing/1 형식의 가격 파일이 아닙니다(JSON 오류: EOF while parsing",
            format!("pass a file made by {}", make("PRICES.json")),
            format!(
                "{} 명령으로 만든 가격 파일을 지정하세요",
                make("PRICES.json")
            ),
        ),
        (
            &no_prices,
            "(it holds neither Fargate nor EC2 prices)",
            "(Fargate 가격도 EC2 가격도 없음)",
            format!("pass a file made by {}", make("PRICES.json")),
            format!(
                "{} 명령으로 만든 가격 파일을 지정하세요",
                make("PRICES.json")
            ),
        ),
    ];
    for (path, en_problem, ko_problem, en_fix, ko_fix) in &cases {
        for (lang, problem, fix) in [("en", en_problem, en_fix), ("ko", ko_problem, ko_fix)] {
            let args = [
                "simulate",
                scenario.as_str(),
                "--pricing",
                path,
                "--lang",
                lang,
            ];
            let out = run(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stdout(&out).is_empty(), "{args:?}");
            let err = stderr(&out);
            // The file first, followed by a colon (no particle after it).
            assert!(
                err.starts_with(&format!("ecs-planner simulate: {path}: ")),
                "{args:?}: {err}"
            );
            assert!(err.contains(*problem), "{args:?}: {problem:?} in {err}");
            assert!(err.contains(fix.as_str()), "{args:?}: {fix:?} in {err}");
            if lang == "ko" {
                for english in [
                    "no such",
                    "cannot read",
                    "not a pricing file",
                    "make one",
                    "pass a",
                ] {
                    assert!(!err.contains(english), "{args:?}: {english:?} in {err}");
                }
            }
        }
    }
    // The Korean locale picks Korean without the flag.
    let out = run_with_locale(
        &["simulate", &scenario, "--pricing", &missing],
        &[("LANG", "ko_KR.UTF-8")],
    );
    assert!(
        stderr(&out).contains("가격 파일이 없습니다"),
        "{}",
        stderr(&out)
    );
}

/// A missing or unreadable scenario or import input, and a missing offer
/// file, in both languages.
#[test]
fn input_file_errors_follow_lang() {
    let missing = temp("no-such-scenario.json");
    let _ = std::fs::remove_file(&missing);
    for (args, en, ko) in [
        (
            vec!["simulate", missing.as_str()],
            "no such file; check the path",
            "파일이 없습니다. 경로를 확인하세요",
        ),
        (
            vec!["import", missing.as_str()],
            "no such file; check the path",
            "파일이 없습니다. 경로를 확인하세요",
        ),
        (
            vec!["pricing", "import", missing.as_str()],
            "no such offer file; check the path",
            "오퍼 파일이 없습니다. 경로를 확인하세요",
        ),
    ] {
        for (lang, expected) in [("en", en), ("ko", ko)] {
            let mut full = args.clone();
            full.extend(["--lang", lang]);
            let out = run(&full);
            assert_eq!(out.status.code(), Some(2), "{full:?}");
            let err = stderr(&out);
            assert!(
                err.contains(&format!("{missing}: {expected}")),
                "{full:?}: {err}"
            );
        }
    }
}

/// A reader that stops early (`ecs-planner pricing list | head -1`): the
/// pipe is closed before the CLI writes, which used to panic ("failed
/// printing to stdout: Broken pipe", status 101). Now it stops quietly with 0.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    for args in [
        vec!["pricing", "list"],
        vec!["simulate", &fixture("ten-api.json"), "--format", "table"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ecs-planner"))
            .args(&args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs ecs-planner");
        // The reader goes away before reading a byte.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("waits");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
