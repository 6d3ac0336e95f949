//! `ecs-planner link encode|decode`, run as a user would run it.

// Helpers outside #[test] functions are test code too.
#![allow(clippy::expect_used)]

mod common;

use common::{run_stdin, stderr, stdout, write_temp};

/// The first golden v1 link and the scenario it carries (see
/// tests/golden/links-v1.txt).
const GOLDEN_MINIMAL: &str = "v1=eNpj4GBmYrNgYWfkYAGxmBtY2JkbOFjZGJgTCzIZmRkBIeIC3Q";

#[test]
fn encode_then_decode_gives_the_scenario_back() {
    let scenario = r#"{"version": 1, "region": "us-east-1", "services": [
        {"name": "<img src=x onerror=alert(1)>", "cpu": 512, "memory": 1024, "count": 2},
        {"name": "支付服务", "cpu": "0.5 vCPU", "memory": "1 GB", "profile": [1, 2, 3]}]}"#;
    let path = write_temp("link-roundtrip.json", scenario);
    let encoded = run_stdin(
        &[
            "link",
            "encode",
            &path,
            "--option",
            "ec2/single",
            "--hour",
            "5",
        ],
        None,
    );
    assert!(encoded.status.success(), "{}", stderr(&encoded));
    let fragment = stdout(&encoded).trim().to_string();
    assert!(fragment.starts_with("v1="), "{fragment}");

    let decoded = run_stdin(&["link", "decode", &fragment], None);
    assert!(decoded.status.success(), "{}", stderr(&decoded));
    let expected: serde_json::Value = serde_json::from_str(scenario).expect("json");
    let actual: serde_json::Value = serde_json::from_str(&stdout(&decoded)).expect("json out");
    assert_eq!(actual, expected);
    assert_eq!(
        stderr(&decoded),
        "view: option ec2/single\nview: hour 5\n",
        "the view goes to stderr"
    );
}

#[test]
fn decode_prints_pretty_json_for_a_golden_link_url_or_stdin() {
    let expected = "{\n  \"region\": \"us-east-1\",\n  \"services\": [\n    {\n      \
                    \"count\": 2,\n      \"cpu\": 512,\n      \"memory\": 1024,\n      \
                    \"name\": \"api\"\n    }\n  ],\n  \"version\": 1\n}\n";
    let url = format!("https://planner.example/#{GOLDEN_MINIMAL}");
    for (args, stdin) in [
        (vec!["link", "decode", GOLDEN_MINIMAL], None),
        (vec!["link", "decode", url.as_str()], None),
        (vec!["link", "decode", "-"], Some(url.as_str())),
    ] {
        let output = run_stdin(&args, stdin);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert_eq!(stdout(&output), expected, "{args:?}");
    }
}

#[test]
fn errors_go_to_stderr_with_exit_status_2() {
    let not_an_object = write_temp("link-array.json", "[1, 2]");
    let not_json = write_temp("link-bad.json", "{\"version\": 1,");
    let cases: [(&[&str], &str); 8] = [
        (&["link", "decode", "v2=abc"], "format v2"),
        (&["link", "decode", "v1=eNpj4GBmYrNg"], "cut off"),
        (&["link", "decode", "v1=ab!c"], "'!' at position 2"),
        (&["link", "decode"], "takes one FRAGMENT"),
        (
            &["link", "encode", "/nonexistent/scenario.json"],
            "/nonexistent/scenario.json",
        ),
        (&["link", "encode", &not_an_object], "not an array"),
        (&["link", "encode", &not_json], "not valid JSON"),
        (&["link", "frobnicate"], "unknown link command `frobnicate`"),
    ];
    for (args, expected) in cases {
        let output = run_stdin(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stdout(&output).is_empty(),
            "{args:?}: stdout {}",
            stdout(&output)
        );
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: stderr {:?} should contain {expected:?}",
            stderr(&output)
        );
    }
}

/// The third golden v1 link (hostile names, custom layout): its view
/// selects "custom", which names no option (written before options were
/// typed). See tests/golden/links-v1.txt.
fn golden_custom() -> String {
    let golden = include_str!("../../tests/golden/links-v1.txt");
    golden
        .lines()
        .filter_map(|line| line.strip_prefix("link: "))
        .nth(2)
        .expect("a third golden link")
        .to_string()
}

#[test]
fn decode_opens_a_link_with_an_unknown_option_and_says_so() {
    let output = run_stdin(&["link", "decode", &golden_custom()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let scenario: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json out");
    assert_eq!(scenario["layouts"], serde_json::json!(["custom"]));
    assert_eq!(scenario["x-note"], "kept as-is");
    assert_eq!(
        stderr(&output),
        "The link selects the option \"custom\", which is not an option of this version \
         (options are written like ec2/per-service); it opens with no option selected.\n",
        "no view line, one notice"
    );
    let korean = run_stdin(&["--lang", "ko", "link", "decode", &golden_custom()], None);
    assert!(korean.status.success(), "{}", stderr(&korean));
    assert_eq!(stdout(&korean), stdout(&output), "the same scenario");
    assert!(
        stderr(&korean).starts_with("링크가 선택한 \"custom\" 옵션은"),
        "{}",
        stderr(&korean)
    );
}

#[test]
fn encode_rejects_an_option_that_is_no_option_key() {
    let path = write_temp("link-option.json", "{}");
    for option in ["custom", "ec2", "lambda/single", "ec2/per_service"] {
        let output = run_stdin(&["link", "encode", &path, "--option", option], None);
        assert_eq!(output.status.code(), Some(2), "{option}");
        assert!(stdout(&output).is_empty(), "{option}");
        assert!(
            stderr(&output).contains(&format!("--option {option}: expected LAUNCH_TYPE/LAYOUT")),
            "{option}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn encode_rejects_a_bad_hour() {
    let path = write_temp("link-hour.json", "{}");
    let output = run_stdin(&["link", "encode", &path, "--hour", "-1"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--hour -1: expected a whole number"));
}
