//! Fargate options of `simulate` against hand-computed costs.
//!
//! us-east-1 rates (docs/ecs-domain.md §2): Linux/x86 0.04048 USD/vCPU-hour and
//! 0.004445 USD/GB-hour; ARM 0.03238 / 0.00356; Windows 0.046552 /
//! 0.00511175 plus a 0.046 licence per vCPU-hour (price list 2025-08-28);
//! Spot 0.01264355 / 0.00138835; ARM Spot 0.01030969 / 0.00113349
//! (2026-09-28).

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{close, option, run};

use ecs_planner_engine::analysis::costs as simulate;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::validate::parse_scenario_value;
use serde_json::{json, Value};

/// Checks the single-layout Fargate option's monthly cost.
fn check_monthly(scenario: Value, expected_monthly_usd: f64) {
    let report = run(scenario);
    close(
        option(&report, "fargate/single").monthly_cost_usd,
        expected_monthly_usd,
    );
}

fn one_service(region: &str, service: Value) -> Value {
    json!({"region": region, "services": [service], "layouts": ["single"]})
}

#[test]
fn ten_small_linux_tasks() {
    // 10 × (0.5 × 0.04048 + 1 × 0.004445) = 0.24685 USD/hour; × 730 = 180.2005
    check_monthly(
        one_service(
            "us-east-1",
            json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10}),
        ),
        180.2005,
    );
    let report = run(one_service(
        "us-east-1",
        json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10}),
    ));
    let single = option(&report, "fargate/single");
    assert_eq!(single.clusters[0].hourly_cost_usd.len(), 168);
    close(single.clusters[0].hourly_cost_usd[0], 0.24685);
    close(single.avg_cpu_reserved_pct, 100.0);
    assert!(single.notes.is_empty(), "{:?}", single.notes);
    assert_eq!(report.region, "us-east-1");
    assert!(
        report.pricing_snapshot.contains("2025-11"),
        "{}",
        report.pricing_snapshot
    );
}

#[test]
fn platforms_and_regions() {
    // ARM: 1 × 0.03238 + 2 × 0.00356 = 0.0395 /h; × 730 = 28.835
    check_monthly(
        one_service(
            "us-east-1",
            json!({"name": "a", "cpu": 1024, "memory": 2048, "count": 1, "arch": "arm64"}),
        ),
        28.835,
    );
    // Windows: 1 × (0.046552 + 0.046) + 2 × 0.00511175 = 0.1027755 /h;
    // × 730 = 75.026115
    check_monthly(
        one_service(
            "us-east-1",
            json!({"name": "w", "cpu": 1024, "memory": 2048, "count": 1, "os": "windows"}),
        ),
        75.026_115,
    );
    // Windows 512/1024 rounds to 1024/2048: same cost as above.
    check_monthly(
        one_service(
            "us-east-1",
            json!({"name": "w", "cpu": 512, "memory": 1024, "count": 1, "os": "windows"}),
        ),
        75.026_115,
    );
    // Seoul: 2 × (0.5 × 0.04656 + 1 × 0.00511) = 2 × 0.02839 = 0.05678 /h; × 730 = 41.4494
    check_monthly(
        one_service(
            "ap-northeast-2",
            json!({"name": "api", "cpu": 512, "memory": 1024, "count": 2}),
        ),
        41.4494,
    );
}

#[test]
fn rounding_up_is_priced_and_noted() {
    // 256 CPU / 3 GB → 512 / 3 GB: 0.5 × 0.04048 + 3 × 0.004445 = 0.033575 /h
    // × 730 = 24.50975. Requested cost 0.25 × 0.04048 + 3 × 0.004445 = 0.023455;
    // waste 0.01012 /h × 730 = 7.3876 USD/month.
    let report = run(one_service(
        "us-east-1",
        json!({"name": "web", "cpu": 256, "memory": "3 GB", "count": 1}),
    ));
    let single = option(&report, "fargate/single");
    close(single.monthly_cost_usd, 24.50975);
    close(single.avg_cpu_reserved_pct, 50.0);
    close(single.avg_memory_reserved_pct, 100.0);
    assert_eq!(single.notes.len(), 1, "{:?}", single.notes);
    let note = &single.notes[0];
    assert!(
        note.starts_with("web: requested 256 CPU units / 3072 MiB"),
        "{note}"
    );
    assert!(note.contains("512 CPU units / 3072 MiB"), "{note}");
    assert!(note.ends_with("wasting $7.39/month"), "{note}");
}

#[test]
fn profiles_repeat_over_the_horizon() {
    // 256/512 costs 0.25 × 0.04048 + 0.5 × 0.004445 = 0.0123425 /h per task.
    // Business hours: 2 tasks 09:00-17:00 (8 h), 1 otherwise (16 h) = 32 task-hours/day.
    let mut profile = vec![1; 24];
    for h in profile.iter_mut().take(17).skip(9) {
        *h = 2;
    }
    let mut s = one_service(
        "us-east-1",
        json!({"name": "web", "cpu": 256, "memory": 512, "profile": profile}),
    );
    s["horizon_hours"] = json!(24);
    // 32 × 0.0123425 = 0.39496 per day; × 730 / 24 = 12.0133667
    check_monthly(s.clone(), 12.013_366_667);
    // Same over a week: 7 × 0.39496 × 730 / 168 = same monthly figure.
    s["horizon_hours"] = json!(168);
    check_monthly(s, 12.013_366_667);
    // Horizon 36 with a 24-value profile: 1 task in hours 0-11 each day, 0 otherwise.
    // Hours 0-11 and 24-35 → 24 task-hours × 0.0123425 = 0.29622; × 730 = 216.2406; / 36 = 6.00668333
    let half: Vec<u32> = (0..24).map(|h| u32::from(h < 12)).collect();
    let mut s = one_service(
        "us-east-1",
        json!({"name": "web", "cpu": 256, "memory": 512, "profile": half}),
    );
    s["horizon_hours"] = json!(36);
    check_monthly(s, 6.006_683_333);
}

#[test]
fn spot_share_and_discount() {
    // Spot 50% of 10 × 512/1024: per task 0.5 × 0.024685 + 0.5 × (0.5 × 0.01264355 + 0.00138835)
    // = 0.0123425 + 0.0038550625 = 0.0161975625; × 10 × 730 = 118.24220625
    let mut s = one_service(
        "us-east-1",
        json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10}),
    );
    s["fargate"] = json!({"spot_share": 0.5});
    check_monthly(s.clone(), 118.242_206_25);
    // ARM runs on Spot too where its Spot rate is bundled (us-east-1):
    // on-demand 0.5 × 0.03238 + 1 × 0.00356 = 0.01975;
    // Spot 0.5 × 0.01030969 + 1 × 0.00113349 = 0.006288335;
    // 0.5 × 0.01975 + 0.5 × 0.006288335 = 0.0130191675 /h; × 730 = 9.503992275
    s["services"] =
        json!([{"name": "arm", "cpu": 512, "memory": 1024, "count": 1, "arch": "arm64"}]);
    check_monthly(s.clone(), 9.503_992_275);
    // Seoul has ARM rates but no ARM Spot rate: on-demand, with a note.
    // 0.5 × 0.03725 + 1 × 0.00409 = 0.022715 /h; × 730 = 16.58195
    s["region"] = json!("ap-northeast-2");
    let report = run(s.clone());
    let single = option(&report, "fargate/single");
    close(single.monthly_cost_usd, 16.58195);
    assert!(
        single.notes.iter().any(|n| n
            .contains("arm: Fargate Spot rates for Linux/ARM are not bundled for ap-northeast-2")
            && n.contains("on-demand")),
        "{:?}",
        single.notes
    );
    // Windows never runs on Spot: 1 × (0.046552 + 0.046) + 2 × 0.00511175
    // = 0.1027755 /h; × 730 = 75.026115
    s["region"] = json!("us-east-1");
    s["services"] =
        json!([{"name": "win", "cpu": 1024, "memory": 2048, "count": 1, "os": "windows"}]);
    let report = run(s.clone());
    let single = option(&report, "fargate/single");
    close(single.monthly_cost_usd, 75.026_115);
    assert!(
        single
            .notes
            .iter()
            .any(|n| n.contains("win: runs on Windows/x86") && n.contains("Spot is Linux only")),
        "{:?}",
        single.notes
    );
    // 20% discount: 0.24685 × 0.8 × 730 = 144.1604
    let mut d = one_service(
        "us-east-1",
        json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10}),
    );
    d["pricing"] = json!({"fargate_discount_pct": 20});
    check_monthly(d, 144.1604);
}

#[test]
fn layouts_split_costs_by_cluster() {
    let report = run(json!({
        "region": "us-east-1",
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4, "group": "prod"},
            {"name": "web", "cpu": 256, "memory": 512, "count": 2},
            {"name": "agent", "cpu": 128, "memory": 256, "daemon": true},
            {"name": "big", "cpu": "32 vCPU", "memory": "64 GB", "count": 3, "group": "prod"}
        ]
    }));
    // Layouts default to single, per-service, by-group; Fargate then EC2.
    let layouts: Vec<(&str, LaunchType)> = report
        .options
        .iter()
        .map(|o| (o.layout.as_str(), o.launch_type))
        .collect();
    assert_eq!(
        layouts,
        vec![
            ("single", LaunchType::Fargate),
            ("single", LaunchType::Ec2),
            ("per-service", LaunchType::Fargate),
            ("per-service", LaunchType::Ec2),
            ("by-group", LaunchType::Fargate),
            ("by-group", LaunchType::Ec2)
        ]
    );
    // api: 4 × 0.024685 = 0.09874 /h → 72.0802; web: 2 × 0.0123425 = 0.024685 /h → 18.02005
    let single = option(&report, "fargate/single");
    close(single.monthly_cost_usd, 72.0802 + 18.02005);
    // Daemons join every cluster, after its own services.
    assert_eq!(
        single.clusters[0].services,
        vec!["api", "web", "big", "agent"]
    );
    assert_eq!(single.unplaced.len(), 1);
    assert_eq!(single.unplaced[0].service, "big");
    assert_eq!(single.unplaced[0].tasks, 3);
    assert!(single.unplaced[0].reason.contains("16 vCPU / 120 GB"));
    assert!(
        single.notes.iter().any(|n| n.contains("agent is a daemon")),
        "{:?}",
        single.notes
    );
    let per_service = option(&report, "fargate/per-service");
    let costs: Vec<(&str, f64)> = per_service
        .clusters
        .iter()
        .map(|c| (c.name.as_str(), c.monthly_cost_usd))
        .collect();
    // No cluster of its own for the daemon.
    assert_eq!(costs.len(), 3);
    close(costs[0].1, 72.0802);
    close(costs[1].1, 18.02005);
    close(costs[2].1, 0.0);
    let by_group = option(&report, "fargate/by-group");
    let names: Vec<&str> = by_group.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["default", "prod"]);
    close(by_group.clusters[0].monthly_cost_usd, 18.02005);
    close(by_group.clusters[1].monthly_cost_usd, 72.0802);
    close(by_group.monthly_cost_usd, 90.10025);
}

#[test]
fn custom_layout() {
    let all_fargate = run(json!({
        "region": "us-east-1",
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4},
            {"name": "web", "cpu": 256, "memory": 512, "count": 2}
        ],
        "layouts": ["custom"],
        "custom_clusters": [
            {"name": "a", "launch_type": "fargate", "services": ["web"]},
            {"name": "b", "launch_type": "fargate", "services": ["api"]}
        ]
    }));
    let custom = option(&all_fargate, "fargate/custom");
    close(custom.monthly_cost_usd, 90.10025);
    assert_eq!(custom.clusters[0].launch_type, Some(LaunchType::Fargate));
    close(custom.clusters[0].monthly_cost_usd, 18.02005);
    // With an EC2 cluster ("unassigned", holding api) the option is EC2.
    let with_ec2 = run(json!({
        "region": "us-east-1",
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4},
            {"name": "web", "cpu": 256, "memory": 512, "count": 2}
        ],
        "layouts": ["single", "custom"],
        "custom_clusters": [{"name": "a", "launch_type": "fargate", "services": ["web"]}]
    }));
    assert_eq!(with_ec2.options.len(), 3);
    let custom = option(&with_ec2, "ec2/custom");
    let names: Vec<&str> = custom.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["a", "unassigned"]);
    close(custom.clusters[0].monthly_cost_usd, 18.02005);
    assert!(custom.clusters[1].instance_type.is_some());
    close(
        custom.monthly_cost_usd,
        18.02005 + custom.clusters[1].monthly_cost_usd,
    );
}

#[test]
fn spot_without_rates_is_priced_on_demand_with_a_note() {
    let mut book = bundled().clone();
    if let Some(f) = book
        .regions
        .get_mut("eu-west-1")
        .and_then(|r| r.fargate.as_mut())
    {
        f.spot_linux_x86 = None;
    }
    let mut s = one_service(
        "eu-west-1",
        json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10}),
    );
    s["fargate"] = json!({"spot_share": 0.5});
    let parsed = parse_scenario_value(&s, &book).unwrap();
    let report = simulate(&parsed.scenario, &book);
    let single = option(&report, "fargate/single");
    // eu-west-1 on-demand, same rates as us-east-1: 0.24685 /h × 730 = 180.2005
    close(single.monthly_cost_usd, 180.2005);
    assert!(
        single
            .notes
            .iter()
            .any(|n| n.contains("no Fargate Spot rates")),
        "{:?}",
        single.notes
    );
}
