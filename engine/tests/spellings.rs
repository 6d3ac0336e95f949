//! One spelling per enum, as the report uses it: the layout of every option,
//! crossover and break-even key, and every architecture the report writes
//! (the search's `arch`, the per-shape provider names `arm64-memory`), are
//! the enums' `as_str` spellings (the scenario file's), and read back as
//! the same typed values. `scenario.rs` checks the enums themselves (serde
//! name = `as_str` = `parse`); this checks the JSON the CLI prints.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::scenario;
use ecs_planner_engine::analysis::analyze;
use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::{Arch, LaunchType, Layout};
use serde_json::{json, Value};

/// Every layout, x86 and ARM services of several shapes (so the planner
/// splits providers by architecture), a custom layout with an EC2 cluster,
/// and the instance-type search (its `arch` is written).
fn mixed() -> Value {
    json!({
        "version": 1,
        "region": "us-east-1",
        "horizon_hours": 24,
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4, "group": "front"},
            {"name": "cache", "cpu": 1024, "memory": 8192, "count": 3, "group": "back",
             "arch": "arm64"},
            {"name": "batch", "cpu": 2048, "memory": 4096, "count": 2, "group": "back",
             "arch": "arm64"},
            {"name": "web", "cpu": 256, "memory": 512, "count": 6, "group": "front"}
        ],
        "layouts": ["single", "per-service", "by-group", "custom"],
        "custom_clusters": [
            {"name": "edge", "launch_type": "ec2", "services": ["api", "web"]},
            {"name": "data", "launch_type": "fargate", "services": ["cache", "batch"]}
        ]
    })
}

/// Every string under a key named `key`, anywhere in `value`.
fn strings_under<'v>(value: &'v Value, key: &str, out: &mut Vec<&'v str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == key {
                    if let Some(text) = v.as_str() {
                        out.push(text);
                    }
                }
                strings_under(v, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| strings_under(v, key, out)),
        _ => {}
    }
}

#[test]
fn the_report_writes_layouts_and_architectures_in_their_one_spelling() {
    let report = analyze(&scenario(mixed()), bundled()).report;
    let value = serde_json::to_value(&report).unwrap();

    // Options: `layout` is the typed layout's spelling, `launch_type` too,
    // and the key is the two joined by a slash.
    let options = value["options"].as_array().unwrap();
    assert_eq!(options.len(), report.options.len());
    for (typed, written) in report.options.iter().zip(options) {
        assert_eq!(written["layout"], typed.layout.as_str());
        assert_eq!(written["launch_type"], typed.launch_type.as_str());
        assert_eq!(
            typed.key().to_string(),
            format!("{}/{}", typed.launch_type.as_str(), typed.layout.as_str())
        );
        assert_eq!(
            OptionKey::parse(&typed.key().to_string()),
            Some(typed.key())
        );
    }
    // Each standard layout on Fargate then EC2, in the scenario's order,
    // then the custom one (EC2: it has an EC2 cluster).
    let keys: Vec<String> = report.options.iter().map(|o| o.key().to_string()).collect();
    assert_eq!(
        keys,
        [
            "fargate/single",
            "ec2/single",
            "fargate/per-service",
            "ec2/per-service",
            "fargate/by-group",
            "ec2/by-group",
            "ec2/custom",
        ]
    );

    // The scan: crossovers name a layout, points an option key, each in the
    // same spelling.
    let scan = &value["break_even"];
    for crossover in scan["crossovers"].as_array().unwrap() {
        let layout = crossover["layout"].as_str().unwrap();
        assert!(Layout::parse(layout).is_some(), "{layout}");
    }
    let points = scan["points"].as_array().unwrap();
    assert!(!points.is_empty());
    for point in points {
        for pair in point["monthly_cost_usd"].as_array().unwrap() {
            let key = pair[0].as_str().unwrap();
            assert!(keys.iter().any(|k| k == key), "{key}");
        }
    }

    // Architectures: the search's `arch` and the per-shape provider names.
    let mut arches = Vec::new();
    strings_under(&value, "arch", &mut arches);
    assert!(
        !arches.is_empty(),
        "the search writes the chosen type's arch"
    );
    for arch in &arches {
        assert!(Arch::parse(arch).is_some(), "{arch}");
        assert_eq!(
            serde_json::to_value(Arch::parse(arch).unwrap()).unwrap(),
            *arch
        );
    }
    let providers: Vec<&str> = report
        .options
        .iter()
        .flat_map(|o| &o.clusters)
        .flat_map(|c| &c.providers)
        .map(|p| p.name.as_str())
        .collect();
    let shaped: Vec<&str> = providers
        .iter()
        .copied()
        .filter(|name| *name != "shared")
        .collect();
    assert!(
        shaped.iter().any(|n| n.starts_with("arm64-")),
        "ARM services get their own provider: {providers:?}"
    );
    for name in &shaped {
        let (arch, band) = name.split_once('-').unwrap();
        assert!(Arch::parse(arch).is_some(), "{name}");
        assert!(["cpu", "general", "memory"].contains(&band), "{name}");
    }

    // And back: the JSON reads as the same typed layouts.
    let back: SimulationReport = serde_json::from_value(value).unwrap();
    let layouts = |r: &SimulationReport| -> Vec<(LaunchType, Layout)> {
        r.options
            .iter()
            .map(|o| (o.launch_type, o.layout))
            .collect()
    };
    assert_eq!(layouts(&back), layouts(&report));
}

/// A report whose layout is no layout is refused when read, naming it,
/// rather than read as a string nothing can rank.
#[test]
fn a_report_with_an_unknown_layout_is_refused() {
    let report = analyze(&scenario(mixed()), bundled()).report;
    let mut value = serde_json::to_value(&report).unwrap();
    value["options"][0]["layout"] = json!("per-team");
    let error = serde_json::from_value::<SimulationReport>(value)
        .unwrap_err()
        .to_string();
    assert!(error.contains("per-team"), "{error}");
}
