//! Scenario parsing and validation: defaults, accepted forms, every
//! validation error (path, value, hint), warnings, and the round trip
//! `parse(scenario_to_json(s)) == s`.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]
use ecs_planner_engine::pricing::{bundled, RegionPrices, PRICING_FORMAT};
use ecs_planner_engine::scenario::*;
use ecs_planner_engine::validate::*;
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "version": 1,
        "region": "us-east-1",
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4},
            {"name": "web", "cpu": 256, "memory": 512, "count": 2}
        ]
    })
}

/// `base()` with `services[0].field = value`.
fn service_with(field: &str, value: Value) -> Value {
    let mut v = base();
    v["services"][0][field] = value;
    v
}

/// `base()` with top-level `field = value`.
fn top_with(field: &str, value: Value) -> Value {
    let mut v = base();
    v[field] = value;
    v
}

/// Parses `input` and checks that the errors are exactly `expected`, given
/// as (path, text the message must contain).
fn check_errors(input: Value, expected: &[(&str, &str)]) {
    let errors = match parse_scenario_value(&input, bundled()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors,
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|(p, _)| *p).collect();
    assert_eq!(paths, want, "errors for {input}: {errors:#?}");
    for (issue, (_, text)) in errors.iter().zip(expected) {
        assert!(
            issue.message().contains(text),
            "message for {} should contain {text:?}: {}",
            issue.path,
            issue.message()
        );
    }
}

fn parse_ok(input: Value) -> ParsedScenario {
    match parse_scenario_value(&input, bundled()) {
        Ok(p) => p,
        Err(e) => panic!("should parse: {e}"),
    }
}

#[test]
fn defaults_follow_the_issue_example() {
    let parsed = parse_ok(base());
    let s = parsed.scenario;
    assert_eq!(s.version, 1);
    assert_eq!(s.horizon_hours, 168);
    let api = &s.services[0];
    assert_eq!(api.arch, Arch::X86_64);
    assert_eq!(api.os, Os::Linux);
    assert_eq!(api.network_mode, NetworkMode::Awsvpc);
    assert_eq!(api.host_port, None);
    assert!(!api.distinct_instance && !api.daemon);
    assert_eq!(api.group, None);
    assert_eq!(api.desired, Desired::Count(4));
    assert_eq!(s.fargate.spot_share, 0.0);
    assert_eq!(s.ec2.instance_types, None);
    // No strategy: ECS's service default, kept as an empty chain
    // (spread:az, then spread:instanceId when simulated).
    assert_eq!(s.ec2.strategy, Vec::<PlacementStrategy>::new());
    assert!(!s.ec2.allow_burstable);
    assert_eq!(s.ec2.ops, OpsCost::default());
    assert_eq!(s.ec2.target_capacity, 100);
    assert_eq!(s.ec2.availability_zones, 3);
    assert!(!s.ec2.eni_trunking);
    assert_eq!(s.ec2.memory_overhead_mib, None);
    assert_eq!(s.ec2.min_instances, 0);
    assert_eq!(s.ec2.seed, 0);
    assert_eq!(
        s.layouts,
        vec![Layout::Single, Layout::PerService, Layout::ByGroup]
    );
    assert!(s.custom_clusters.is_empty());
    assert_eq!(s.pricing.ec2_discount_pct, 0.0);
    assert_eq!(s.pricing.fargate_discount_pct, 0.0);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn the_issue_example_file_parses() {
    let text = r#"{
      "version": 1, "region": "us-east-1", "horizon_hours": 168,
      "services": [{
        "name": "api", "cpu": 512, "memory": 1024, "count": 4, "group": "prod",
        "arch": "x86_64", "os": "linux", "network_mode": "awsvpc", "host_port": null,
        "distinct_instance": false, "daemon": false
      }],
      "fargate": { "spot_share": 0.0 },
      "ec2": { "instance_types": ["m5.large"], "strategy": ["binpack:cpu"], "target_capacity": 100,
               "availability_zones": 3, "eni_trunking": false, "memory_overhead_mib": null, "min_instances": 0 },
      "layouts": ["single", "per-service", "by-group"],
      "pricing": { "ec2_discount_pct": 0, "fargate_discount_pct": 0 }
    }"#;
    let parsed = parse_scenario(text, bundled()).unwrap();
    assert_eq!(parsed.scenario.services[0].group.as_deref(), Some("prod"));
    assert_eq!(
        parsed.scenario.ec2.instance_types,
        Some(vec!["m5.large".to_string()])
    );
    assert!(parsed.warnings.is_empty());
}

#[test]
fn sizes_as_strings() {
    fn check(cpu: Value, memory: Value, expected: (u32, u32)) {
        let mut v = service_with("cpu", cpu);
        v["services"][0]["memory"] = memory;
        let s = parse_ok(v).scenario;
        assert_eq!(
            (s.services[0].cpu_units, s.services[0].memory_mib),
            expected
        );
    }
    check(json!("512"), json!("1024"), (512, 1024));
    check(json!("0.5 vCPU"), json!("1 GB"), (512, 1024));
    check(json!("1 vcpu"), json!("2GB"), (1024, 2048));
    check(json!(2048), json!("512 MiB"), (2048, 512));
}

#[test]
fn service_field_errors() {
    check_errors(
        service_with("cpu", json!(0)),
        &[("services[0].cpu", "greater than zero")],
    );
    check_errors(
        service_with("cpu", json!(-512)),
        &[("services[0].cpu", "greater than zero")],
    );
    check_errors(
        service_with("cpu", json!("abc")),
        &[("services[0].cpu", "0.5 vCPU")],
    );
    check_errors(
        service_with("cpu", json!(256.5)),
        &[("services[0].cpu", "whole number")],
    );
    check_errors(
        service_with("cpu", json!(true)),
        &[("services[0].cpu", "number or a string")],
    );
    // 193 × 1024 = 197632 > 192 × 1024
    check_errors(
        service_with("cpu", json!(197_632)),
        &[("services[0].cpu", "196608")],
    );
    check_errors(
        service_with("memory", json!(0)),
        &[("services[0].memory", "greater than zero")],
    );
    check_errors(
        service_with("memory", json!("lots")),
        &[("services[0].memory", "1 GB")],
    );
    check_errors(
        service_with("memory", json!(1_572_865)),
        &[("services[0].memory", "1572864")],
    );
    check_errors(
        service_with("memory", Value::Null),
        &[("services[0].memory", "MiB")],
    );
    check_errors(
        service_with("count", json!(10_001)),
        &[("services[0].count", "0 to 10000")],
    );
    check_errors(
        service_with("count", json!(-1)),
        &[("services[0].count", "not be negative")],
    );
    check_errors(
        service_with("count", json!(2.5)),
        &[("services[0].count", "whole number")],
    );
    check_errors(
        service_with("count", json!("4")),
        &[("services[0].count", "must be a number")],
    );
    check_errors(
        service_with("profile", json!(vec![1; 24])),
        &[("services[0].profile", "not both")],
    );
    let mut no_count = base();
    no_count["services"][0]
        .as_object_mut()
        .unwrap()
        .remove("count");
    check_errors(no_count.clone(), &[("services[0].count", "give count")]);
    no_count["services"][0]["profile"] = json!([1, 2, 3]);
    check_errors(
        no_count.clone(),
        &[("services[0].profile", "has 3 values; give 24")],
    );
    let mut bad_hour = vec![json!(1); 24];
    bad_hour[5] = json!(-3);
    no_count["services"][0]["profile"] = json!(bad_hour);
    check_errors(
        no_count.clone(),
        &[("services[0].profile[5]", "not be negative")],
    );
    no_count["services"][0]["profile"] = json!(vec![1; 168]);
    check_errors(no_count, &[]);
    check_errors(
        service_with("name", json!("")),
        &[("services[0].name", "empty")],
    );
    check_errors(
        service_with("name", json!("web")),
        &[("services[1].name", "services[0]")],
    );
    check_errors(
        service_with("name", json!(7)),
        &[("services[0].name", "must be a string")],
    );
    check_errors(
        service_with("group", json!("")),
        &[("services[0].group", "empty")],
    );
    check_errors(
        service_with("arch", json!("sparc")),
        &[("services[0].arch", "\"arm64\"")],
    );
    check_errors(
        service_with("os", json!("macos")),
        &[("services[0].os", "\"windows\"")],
    );
    check_errors(
        service_with("network_mode", json!("none")),
        &[("services[0].network_mode", "\"bridge\"")],
    );
    check_errors(
        service_with("daemon", json!("yes")),
        &[("services[0].daemon", "true or false")],
    );
    check_errors(
        service_with("distinct_instance", json!(1)),
        &[("services[0].distinct_instance", "true or false")],
    );
    let mut port = service_with("network_mode", json!("bridge"));
    port["services"][0]["host_port"] = json!(22);
    check_errors(port.clone(), &[("services[0].host_port", "reserved")]);
    port["services"][0]["host_port"] = json!(70_000);
    check_errors(port.clone(), &[("services[0].host_port", "1 to 65535")]);
    port["services"][0]["host_port"] = json!(8080);
    check_errors(port, &[]);
    let mut win_arm = service_with("os", json!("windows"));
    win_arm["services"][0]["arch"] = json!("arm64");
    check_errors(win_arm, &[("services[0].arch", "x86_64 only")]);
}

#[test]
fn region_and_platform_rates() {
    check_errors(
        top_with("region", json!("us-east-9")),
        &[("region", "\"us-east-1\"")],
    );
    check_errors(
        top_with("region", json!("mars-1")),
        &[("region", "pricing import")],
    );
    check_errors(
        top_with("region", json!(1)),
        &[("region", "must be a string")],
    );
    let mut no_region = base();
    no_region.as_object_mut().unwrap().remove("region");
    check_errors(no_region, &[("region", "us-east-1")]);
    // Seoul has Fargate Linux/x86 and ARM rates, no Windows rate: a Windows
    // service is not a validation error (it is left unpriced on Fargate,
    // with the reason, by the simulation).
    let mut seoul = top_with("region", json!("ap-northeast-2"));
    check_errors(seoul.clone(), &[]);
    seoul["services"][0]["arch"] = json!("arm64");
    check_errors(seoul.clone(), &[]);
    seoul["services"][0]["arch"] = json!("x86_64");
    seoul["services"][1]["os"] = json!("windows");
    check_errors(seoul, &[]);
}

#[test]
fn instance_type_not_sold_in_the_region() {
    // Seoul sells no m8g (no ap-northeast-2 row in ec2-on-demand-by-region.csv):
    // the nearest sold types are the same shape (2 vCPU / 8 GiB) on Graviton.
    let mut seoul = top_with("region", json!("ap-northeast-2"));
    seoul["ec2"] = json!({"instance_types": ["m5.large", "m8g.large"]});
    check_errors(
        seoul.clone(),
        &[(
            "ec2.instance_types[1]",
            "is not sold in ap-northeast-2 (not in its EC2 price list of 2025-04-04); the nearest types sold there: \"m6g.large\", \"m7g.large\", \"t4g.large\"",
        )],
    );
    // Sold in us-east-1.
    seoul["region"] = json!("us-east-1");
    check_errors(seoul.clone(), &[]);
    // A type unknown everywhere keeps the spelling hint, naming the region.
    seoul["region"] = json!("eu-west-1");
    seoul["ec2"] = json!({"instance_types": ["m5.lrage"]});
    check_errors(
        seoul,
        &[("ec2.instance_types[0]", "did you mean \"m5.large\"")],
    );
}

#[test]
fn top_level_errors() {
    check_errors(top_with("version", json!(2)), &[("version", "version 1")]);
    check_errors(
        top_with("horizon_hours", json!(0)),
        &[("horizon_hours", "1 to 8760")],
    );
    check_errors(
        top_with("horizon_hours", json!(8761)),
        &[("horizon_hours", "1 to 8760")],
    );
    check_errors(
        top_with("services", json!([])),
        &[("services", "at least one")],
    );
    check_errors(
        top_with("services", json!({})),
        &[("services", "must be a list")],
    );
    let many: Vec<Value> = (0..2_001)
        .map(|i| json!({"name": format!("s{i}"), "cpu": 256, "memory": 512, "count": 1}))
        .collect();
    check_errors(
        top_with("services", json!(many)),
        &[("services", "at most 2000 are allowed; split the estate")],
    );
    check_errors(
        top_with("fargate", json!({"spot_share": 1.5})),
        &[("fargate.spot_share", "0 to 1")],
    );
    check_errors(
        top_with("fargate", json!({"spot_share": -0.1})),
        &[("fargate.spot_share", "0 to 1")],
    );
    check_errors(
        top_with("pricing", json!({"ec2_discount_pct": 101})),
        &[("pricing.ec2_discount_pct", "0 to 100")],
    );
    check_errors(
        top_with("pricing", json!({"fargate_discount_pct": -5})),
        &[("pricing.fargate_discount_pct", "0 to 100")],
    );
    check_errors(
        top_with("layouts", json!(["single", "mesh"])),
        &[("layouts[1]", "per-service")],
    );
    check_errors(top_with("layouts", json!([])), &[("layouts", "empty")]);
    check_errors(json!([1, 2]), &[("", "JSON object")]);
    let errors = parse_scenario("{\"region\": ", bundled()).unwrap_err();
    assert_eq!(errors.errors.len(), 1);
    assert!(errors.errors[0].message().contains("not valid JSON"));
    assert!(errors.errors[0].message().contains("line 1"));
}

#[test]
fn ec2_errors() {
    fn ec2(v: Value) -> Value {
        top_with("ec2", v)
    }
    check_errors(
        ec2(json!({"instance_types": ["m5.lrage"]})),
        &[("ec2.instance_types[0]", "did you mean \"m5.large\"")],
    );
    check_errors(
        ec2(json!({"instance_types": ["q9.huge"]})),
        &[("ec2.instance_types[0]", "not in the EC2 catalogue")],
    );
    check_errors(
        ec2(json!({"instance_types": []})),
        &[("ec2.instance_types", "empty")],
    );
    check_errors(
        ec2(json!({"strategy": ["binpack:disk"]})),
        &[("ec2.strategy[0]", "binpack:")],
    );
    check_errors(
        ec2(json!({"strategy": vec!["binpack:cpu"; 6]})),
        &[("ec2.strategy", "1 to 5")],
    );
    check_errors(
        ec2(json!({"strategy": []})),
        &[("ec2.strategy", "leave the field out for ECS's default")],
    );
    check_errors(
        ec2(json!({"allow_burstable": "yes"})),
        &[("ec2.allow_burstable", "true or false")],
    );
    check_errors(
        ec2(json!({"ops_usd_per_cluster_month": -5})),
        &[("ec2.ops_usd_per_cluster_month", "0 or more")],
    );
    check_errors(
        ec2(json!({"ops_usd_per_instance_month": "lots"})),
        &[("ec2.ops_usd_per_instance_month", "must be a number")],
    );
    check_errors(
        ec2(json!({"ops_engineer_usd_per_hour": -1})),
        &[("ec2.ops_engineer_usd_per_hour", "engineer's cost")],
    );
    let ops = parse_ok(ec2(json!({
        "allow_burstable": true,
        "ops_usd_per_cluster_month": 400,
        "ops_usd_per_instance_month": 12.5,
        "ops_engineer_usd_per_hour": 90
    })))
    .scenario
    .ec2;
    assert!(ops.allow_burstable);
    assert_eq!(
        ops.ops,
        OpsCost {
            usd_per_cluster_month: 400.0,
            usd_per_instance_month: 12.5,
            engineer_usd_per_hour: Some(90.0),
        }
    );
    check_errors(
        ec2(json!({"target_capacity": 0})),
        &[("ec2.target_capacity", "1 to 100")],
    );
    check_errors(
        ec2(json!({"target_capacity": 101})),
        &[("ec2.target_capacity", "1 to 100")],
    );
    check_errors(
        ec2(json!({"availability_zones": 7})),
        &[("ec2.availability_zones", "1 to 6")],
    );
    check_errors(
        ec2(json!({"availability_zones": 0})),
        &[("ec2.availability_zones", "1 to 6")],
    );
    check_errors(ec2(json!({"seed": -1})), &[("ec2.seed", "whole number")]);
    check_errors(
        ec2(json!({"min_instances": 1001})),
        &[("ec2.min_instances", "0 to 1000")],
    );
    check_errors(
        ec2(json!({"eni_trunking": "no"})),
        &[("ec2.eni_trunking", "true or false")],
    );
    check_errors(
        ec2(json!({"memory_overhead_mib": 1.5})),
        &[("ec2.memory_overhead_mib", "whole")],
    );
    check_errors(ec2(json!("m5.large")), &[("ec2", "JSON object")]);
}

#[test]
fn custom_cluster_errors() {
    fn custom(clusters: Value) -> Value {
        let mut v = top_with("layouts", json!(["single", "custom"]));
        v["custom_clusters"] = clusters;
        v
    }
    check_errors(
        custom(json!([{"name": "a", "launch_type": "fargate", "services": ["api", "web"]}])),
        &[],
    );
    check_errors(
        custom(json!([{"name": "a", "launch_type": "fargate", "services": ["apy"]}])),
        &[("custom_clusters[0].services[0]", "did you mean \"api\"")],
    );
    check_errors(
        custom(json!([
            {"name": "a", "launch_type": "fargate", "services": ["api"]},
            {"name": "b", "launch_type": "ec2", "services": ["api", "web"]}
        ])),
        &[("custom_clusters[1].services[0]", "custom_clusters[0]")],
    );
    check_errors(
        custom(json!([
            {"name": "a", "launch_type": "ec2", "services": ["api"]},
            {"name": "a", "launch_type": "ec2", "services": ["web"]}
        ])),
        &[("custom_clusters[1].name", "unique")],
    );
    check_errors(
        custom(json!([{"name": "a", "launch_type": "lambda", "services": ["api"]}])),
        &[("custom_clusters[0].launch_type", "\"fargate\" or \"ec2\"")],
    );
    check_errors(
        custom(json!([{"name": "a", "services": ["api"]}])),
        &[("custom_clusters[0].launch_type", "\"fargate\" or \"ec2\"")],
    );
    // A daemon or a Windows service explicitly put on Fargate.
    let mut daemon =
        custom(json!([{"name": "a", "launch_type": "fargate", "services": ["api", "web"]}]));
    daemon["services"][1]["daemon"] = json!(true);
    check_errors(daemon, &[("custom_clusters[0].services[1]", "daemon")]);
    let mut windows =
        custom(json!([{"name": "a", "launch_type": "fargate", "services": ["api", "web"]}]));
    windows["services"][0]["os"] = json!("windows");
    check_errors(
        windows.clone(),
        &[("custom_clusters[0].services[0]", "Windows")],
    );
    // On EC2 both are fine.
    windows["custom_clusters"][0]["launch_type"] = json!("ec2");
    check_errors(windows, &[]);
    let mut huge =
        custom(json!([{"name": "a", "launch_type": "fargate", "services": ["api", "web"]}]));
    huge["services"][0]["cpu"] = json!(32768);
    check_errors(huge, &[("custom_clusters[0].services[0]", "largest size")]);
    // custom without clusters.
    check_errors(
        top_with("layouts", json!(["custom"])),
        &[("layouts[0]", "custom_clusters")],
    );
    // The reserved name clashes only when services are left unassigned.
    check_errors(
        custom(json!([{"name": "unassigned", "launch_type": "fargate", "services": ["api"]}])),
        &[("custom_clusters[0].name", "rename")],
    );
}

#[test]
fn warnings_not_failures() {
    fn check_warnings(input: Value, expected: &[(&str, &str)]) {
        let parsed = parse_ok(input);
        let got: Vec<&str> = parsed.warnings.iter().map(|w| w.path.as_str()).collect();
        let want: Vec<&str> = expected.iter().map(|(p, _)| *p).collect();
        assert_eq!(got, want, "{:#?}", parsed.warnings);
        for (w, (_, text)) in parsed.warnings.iter().zip(expected) {
            assert!(w.message().contains(text), "{}: {}", w.path, w.message());
        }
    }
    check_warnings(
        top_with("colour", json!("blue")),
        &[("colour", "unknown field")],
    );
    check_warnings(
        service_with("cpus", json!(2)),
        &[("services[0].cpus", "did you mean \"cpu\"")],
    );
    check_warnings(
        top_with("ec2", json!({"spot": true})),
        &[("ec2.spot", "unknown field")],
    );
    let mut no_version = base();
    no_version.as_object_mut().unwrap().remove("version");
    check_warnings(no_version, &[("version", "version 1")]);
    check_warnings(
        service_with("host_port", json!(8080)),
        &[("services[0].host_port", "awsvpc")],
    );
    check_warnings(
        top_with("layouts", json!(["single", "single"])),
        &[("layouts[1]", "twice")],
    );
    let mut unassigned = top_with("layouts", json!(["custom"]));
    unassigned["custom_clusters"] =
        json!([{"name": "a", "launch_type": "fargate", "services": ["api"]}]);
    check_warnings(unassigned, &[("custom_clusters", "\"web\"")]);
    check_warnings(
        top_with(
            "custom_clusters",
            json!([{"name": "a", "launch_type": "ec2", "services": ["api"]}]),
        ),
        &[("custom_clusters", "add \"custom\"")],
    );
    // Seoul's EC2 prices are bundled: its instance types are checked.
    let mut seoul_types = top_with("region", json!("ap-northeast-2"));
    seoul_types["ec2"] = json!({"instance_types": ["m5.large"]});
    check_warnings(seoul_types, &[]);
    // A region imported with Fargate rates only cannot check them.
    let mut book = bundled().clone();
    book.merge(RegionPrices {
        format: PRICING_FORMAT.to_string(),
        region: "eu-south-2".to_string(),
        region_name: String::new(),
        fargate: bundled().region("eu-west-1").unwrap().fargate.clone(),
        ec2: None,
    });
    let mut imported = top_with("region", json!("eu-south-2"));
    imported["ec2"] = json!({"instance_types": ["m5.large"]});
    let parsed = parse_scenario_value(&imported, &book).unwrap();
    let warnings: Vec<(&str, String)> = parsed
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), w.message()))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].0, "ec2.instance_types");
    assert!(
        warnings[0]
            .1
            .contains("no EC2 prices are loaded for eu-south-2"),
        "{warnings:?}"
    );
}

#[test]
fn messages_display_path_value_and_fix() {
    let err = parse_scenario_value(&service_with("memory", json!("lots")), bundled()).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("services[0].memory = \"lots\""), "{text}");
    assert!(text.contains("1 error"), "{text}");
}

/// A tiny deterministic generator (xorshift64*) so the round trip covers
/// many shapes without a property-testing dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
}

fn random_scenario(rng: &mut Rng) -> Scenario {
    let n = 1 + rng.below(6) as usize;
    let mut services = Vec::new();
    for i in 0..n {
        let os = rng.pick(&[Os::Linux, Os::Windows]);
        let arch = if os == Os::Windows {
            Arch::X86_64
        } else {
            rng.pick(&[Arch::X86_64, Arch::Arm64])
        };
        let network_mode = rng.pick(&[NetworkMode::Awsvpc, NetworkMode::Bridge, NetworkMode::Host]);
        let host_port = if network_mode != NetworkMode::Awsvpc && rng.below(2) == 0 {
            Some(8000 + rng.below(1000) as u16)
        } else {
            None
        };
        let desired = if rng.below(2) == 0 {
            Desired::Count(rng.below(10_001) as u32)
        } else {
            let len = rng.pick(&[24usize, 168]);
            Desired::Profile((0..len).map(|_| rng.below(50) as u32).collect())
        };
        services.push(Service {
            name: format!("svc-{i}"),
            cpu_units: 1 + rng.below(196_608) as u32,
            memory_mib: 1 + rng.below(1_572_864) as u32,
            desired,
            group: rng
                .pick(&[None, Some("prod"), Some("dev")])
                .map(String::from),
            arch,
            os,
            network_mode,
            host_port,
            distinct_instance: rng.below(2) == 0,
            daemon: rng.below(5) == 0,
        });
    }
    let mut layouts = vec![Layout::Single, Layout::PerService, Layout::ByGroup];
    layouts.truncate(1 + rng.below(3) as usize);
    let mut custom_clusters = Vec::new();
    if rng.below(2) == 0 {
        layouts.push(Layout::Custom);
        // An EC2 cluster with every service: always valid.
        custom_clusters.push(CustomCluster {
            name: "all".into(),
            launch_type: LaunchType::Ec2,
            services: services.iter().map(|s| s.name.clone()).collect(),
        });
    }
    // 0 links: ECS's default chain, written as null.
    let strategies = rng.below(6) as usize;
    Scenario {
        version: 1,
        region: "us-east-1".into(),
        horizon_hours: 1 + rng.below(8760) as u32,
        services,
        fargate: FargateSettings {
            // Arbitrary floats, not just round ones: the file must read back
            // bit for bit (serde_json's float_roundtrip feature).
            spot_share: (rng.next() >> 11) as f64 / (1u64 << 53) as f64,
        },
        ec2: Ec2Settings {
            instance_types: rng.pick(&[
                None,
                Some(vec!["m5.large".to_string(), "c6g.xlarge".to_string()]),
            ]),
            strategy: (0..strategies)
                .map(|_| rng.pick(&PlacementStrategy::ALL))
                .collect(),
            target_capacity: 1 + rng.below(100) as u32,
            availability_zones: 1 + rng.below(6) as u32,
            eni_trunking: rng.below(2) == 0,
            memory_overhead_mib: rng.pick(&[None, Some(0), Some(300)]),
            min_instances: rng.below(1001) as u32,
            seed: rng.next(),
            allow_burstable: rng.below(2) == 0,
            spot: rng.pick(&[
                ecs_planner_engine::scenario::Ec2Spot::default(),
                ecs_planner_engine::scenario::Ec2Spot {
                    share: 0.7,
                    on_demand_base: 2,
                    discount_pct: 65.5,
                },
                ecs_planner_engine::scenario::Ec2Spot {
                    share: 0.0,
                    on_demand_base: 0,
                    discount_pct: 40.0,
                },
            ]),
            ops: OpsCost {
                usd_per_cluster_month: rng.pick(&[0.0, 150.0, 1234.56]),
                usd_per_instance_month: (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * 100.0,
                engineer_usd_per_hour: rng.pick(&[None, Some(85.0), Some(0.0)]),
            },
            capacity_providers: Vec::new(),
        },
        layouts,
        custom_clusters,
        pricing: PricingSettings {
            ec2_discount_pct: (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * 100.0,
            fargate_discount_pct: rng.below(10_001) as f64 / 100.0,
        },
    }
}

#[test]
fn round_trip_through_json_for_many_scenarios() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let s = random_scenario(&mut rng);
        let value = scenario_to_json(&s);
        let parsed =
            parse_scenario_value(&value, bundled()).unwrap_or_else(|e| panic!("{e}\n{value}"));
        assert_eq!(parsed.scenario, s);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // And through text.
        let text = serde_json::to_string(&value).unwrap();
        assert_eq!(parse_scenario(&text, bundled()).unwrap().scenario, s);
    }
}

#[test]
fn canonical_file_has_every_field() {
    let s = parse_ok(base()).scenario;
    let v = scenario_to_json(&s);
    let api = &v["services"][0];
    for key in [
        "name",
        "cpu",
        "memory",
        "count",
        "group",
        "arch",
        "os",
        "network_mode",
        "host_port",
        "distinct_instance",
        "daemon",
    ] {
        assert!(api.get(key).is_some(), "missing {key}");
    }
    assert_eq!(api["cpu"], json!(512));
    assert_eq!(v["ec2"]["seed"], json!(0));
    // No strategy in the input: none in the file (ECS's default).
    assert_eq!(v["ec2"]["strategy"], Value::Null);
    for key in [
        "allow_burstable",
        "ops_usd_per_cluster_month",
        "ops_usd_per_instance_month",
        "ops_engineer_usd_per_hour",
    ] {
        assert!(v["ec2"].get(key).is_some(), "missing ec2.{key}");
    }
    assert_eq!(v["layouts"], json!(["single", "per-service", "by-group"]));
    assert_eq!(v["custom_clusters"], json!([]));
}

/// Random JSON of every shape must give errors or a scenario, never a panic.
#[test]
fn garbage_never_panics() {
    fn random_value(rng: &mut Rng, depth: u32) -> Value {
        match rng.below(if depth > 3 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => json!(rng.below(2) == 0),
            2 => json!(rng.next() as i64),
            3 => json!((rng.next() as f64) / 1e9 - 1e9),
            4 => json!(["512", "x", "1 GB", "", "custom", "api"][rng.below(6) as usize]),
            5 => Value::Array(
                (0..rng.below(4))
                    .map(|_| random_value(rng, depth + 1))
                    .collect(),
            ),
            _ => {
                let keys = [
                    "name",
                    "cpu",
                    "memory",
                    "count",
                    "profile",
                    "services",
                    "region",
                    "ec2",
                    "layouts",
                    "custom_clusters",
                    "launch_type",
                    "strategy",
                ];
                let mut m = serde_json::Map::new();
                for _ in 0..rng.below(5) {
                    m.insert(
                        keys[rng.below(keys.len() as u64) as usize].into(),
                        random_value(rng, depth + 1),
                    );
                }
                Value::Object(m)
            }
        }
    }
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let mut v = base();
        let target = rng.below(4);
        let garbage = random_value(&mut rng, 0);
        match target {
            0 => v["services"][0] = garbage,
            1 => v["ec2"] = garbage,
            2 => v["custom_clusters"] = garbage,
            _ => v = garbage,
        }
        let _ = parse_scenario_value(&v, bundled());
    }
}

#[test]
fn missing_fargate_platform_rates_are_not_validation_errors() {
    // ap-south-1 has no bundled Fargate ARM rate (its only row is low
    // confidence): the scenario still parses, whatever the layout; the
    // simulation says the service is not priced on Fargate there.
    let mut v = top_with("region", json!("ap-south-1"));
    v["services"][0]["arch"] = json!("arm64");
    v["layouts"] = json!(["custom"]);
    v["custom_clusters"] = json!([
        {"name": "arm", "launch_type": "ec2", "services": ["api"]},
        {"name": "rest", "launch_type": "fargate", "services": ["web"]}
    ]);
    check_errors(v.clone(), &[]);
    v["custom_clusters"][0]["launch_type"] = json!("fargate");
    check_errors(v.clone(), &[]);
    v["custom_clusters"][0]["launch_type"] = json!("ec2");
    v["layouts"] = json!(["custom", "single"]);
    check_errors(v, &[]);
}

#[test]
fn name_and_count_limits() {
    check_errors(
        service_with("name", json!("x".repeat(256))),
        &[("services[0].name", "at most 255")],
    );
    let clusters: Vec<Value> = (0..2_001)
        .map(|i| json!({"name": format!("c{i}"), "launch_type": "ec2", "services": []}))
        .collect();
    let mut v = top_with("layouts", json!(["custom"]));
    v["custom_clusters"] = json!(clusters);
    check_errors(v, &[("custom_clusters", "at most 2000")]);
}

/// Golden: the canonical v1 file for a small scenario. If this changes, old
/// files and tools that read ours break: add fields, never rename.
#[test]
fn canonical_v1_file_is_stable() {
    let s = parse_ok(json!({
        "region": "us-east-1",
        "services": [
            {"name": "api", "cpu": "0.5 vCPU", "memory": "1 GB", "count": 4, "group": "prod"},
            {"name": "web", "cpu": 256, "memory": 512, "profile": vec![1; 24], "network_mode": "bridge", "host_port": 8080}
        ]
    }))
    .scenario;
    let expected = json!({
        "version": 1,
        "region": "us-east-1",
        "horizon_hours": 168,
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4, "group": "prod", "arch": "x86_64",
             "os": "linux", "network_mode": "awsvpc", "host_port": null, "distinct_instance": false, "daemon": false},
            {"name": "web", "cpu": 256, "memory": 512, "profile": vec![1; 24], "group": null, "arch": "x86_64",
             "os": "linux", "network_mode": "bridge", "host_port": 8080, "distinct_instance": false, "daemon": false}
        ],
        "fargate": {"spot_share": 0.0},
        "ec2": {"instance_types": null, "strategy": null, "target_capacity": 100, "availability_zones": 3,
                "eni_trunking": false, "memory_overhead_mib": null, "min_instances": 0, "seed": 0,
                "allow_burstable": false, "ops_usd_per_cluster_month": 0.0,
                "ops_usd_per_instance_month": 0.0, "ops_engineer_usd_per_hour": null},
        "layouts": ["single", "per-service", "by-group"],
        "custom_clusters": [],
        "pricing": {"ec2_discount_pct": 0.0, "fargate_discount_pct": 0.0}
    });
    assert_eq!(scenario_to_json(&s), expected);
}

/// `n` services of 256 CPU units / 512 MiB, `count` tasks each.
fn estate(n: usize, count: u32) -> Value {
    let services: Vec<Value> = (0..n)
        .map(|i| json!({"name": format!("svc{i}"), "cpu": 256, "memory": 512, "count": count}))
        .collect();
    json!({"version": 1, "region": "us-east-1", "services": services})
}

#[test]
fn estate_limits_just_inside_and_outside() {
    // 2,000 services × 50 tasks = 100,000 tasks: both limits exactly met.
    let parsed = parse_ok(estate(2_000, 50));
    assert_eq!(parsed.scenario.services.len(), 2_000);
    // 2,001 services (of 1 task each): one too many.
    let errors = match parse_scenario_value(&estate(2_001, 1), bundled()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors,
    };
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "services");
    assert_eq!(errors[0].value, "2001");
    assert_eq!(
        errors[0].message(),
        "has too many services; at most 2000 are allowed; split the estate into several scenarios"
    );
    // 1,000 services × 100 tasks = 100,000: inside; one more task at peak
    // (a profile whose largest hour is 101) makes 100,001: outside.
    parse_ok(estate(1_000, 100));
    let mut over = estate(1_000, 100);
    let mut profile = vec![json!(100); 24];
    profile[14] = json!(101);
    over["services"][0].as_object_mut().unwrap().remove("count");
    over["services"][0]["profile"] = json!(profile);
    let errors = match parse_scenario_value(&over, bundled()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors,
    };
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "services");
    assert_eq!(errors[0].value, "100001");
    assert_eq!(
        errors[0].message(),
        "asks for 100001 tasks at peak in all (each service's largest hourly count, added up); at most 100000 are allowed; lower the counts or split the estate into several scenarios"
    );
}
