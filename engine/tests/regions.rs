//! The bundled regional prices end to end: EC2 and Fargate options outside
//! us-east-1, against figures worked out by hand from the rows of
//! `pricing-data/` (the arithmetic is in the comments).
//!
//! Prices used: EC2 Linux on-demand, 2025-04-04 (ec2-on-demand-by-region.csv):
//! Seoul m5.large 0.118, m6g.large 0.094, r5a.2xlarge 0.544; eu-west-1
//! m5.large 0.107; ap-south-1 m6g.large 0.0506 USD/h. Fargate Linux/x86
//! (2025-11): Seoul 0.04656 / 0.00511, eu-west-1 0.04048 / 0.004445 USD per
//! vCPU-hour / GB-hour; Fargate Linux/ARM Seoul 0.03725 / 0.00409 (2026-08).

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{assert_usd, option, run};

use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::LaunchType;
use serde_json::{json, Value};

/// One service of `tasks` tasks in `region`, bridge mode, binpack, no
/// memory overhead, a single shared cluster.
fn one_service(region: &str, service: Value, ec2: Value) -> Value {
    let mut ec2 = ec2;
    ec2["strategy"] = json!(["binpack:cpu"]);
    ec2["memory_overhead_mib"] = json!(0);
    json!({
        "region": region,
        "horizon_hours": 24,
        "services": [service],
        "ec2": ec2,
        "layouts": ["single"]
    })
}

fn ten_small_tasks(region: &str) -> Value {
    one_service(
        region,
        json!({"name": "api", "cpu": 512, "memory": 1024, "count": 10, "network_mode": "bridge"}),
        json!({"instance_types": ["m5.large"]}),
    )
}

#[test]
fn seoul_ten_small_tasks_on_m5_large() {
    let report = run(ten_small_tasks("ap-northeast-2"));
    // m5.large registers 2 × 1024 = 2048 CPU units: 4 tasks of 512 each, so
    // 10 tasks need 3 instances (4 + 4 + 2): 3 × 0.118 × 730 = $258.42.
    let ec2 = option(&report, "ec2/single");
    assert_eq!(ec2.peak_instances, 3);
    assert_usd(ec2.monthly_cost_usd, 258.42);
    assert!(ec2.unplaced.is_empty(), "{:?}", ec2.unplaced);
    // Fargate: 10 × (0.5 × 0.04656 + 1 × 0.00511) = 10 × 0.02839 = 0.2839 /h;
    // × 730 = $207.247.
    assert_usd(option(&report, "fargate/single").monthly_cost_usd, 207.247);
    // The Seoul EC2 snapshot is the one reported, not us-east-1's.
    assert!(
        report.pricing_snapshot.contains("EC2 2025-04-04"),
        "{}",
        report.pricing_snapshot
    );
    assert!(!report.pricing_snapshot.contains("2026-07-20"));
    assert!(
        report
            .assumptions
            .iter()
            .all(|a| !a.contains("No EC2 prices are loaded")),
        "{:?}",
        report.assumptions
    );
}

#[test]
fn eu_west_1_ten_small_tasks_on_m5_large() {
    let report = run(ten_small_tasks("eu-west-1"));
    // 3 instances as in Seoul: 3 × 0.107 × 730 = $234.33.
    assert_usd(option(&report, "ec2/single").monthly_cost_usd, 234.33);
    // Fargate: 10 × (0.5 × 0.04048 + 1 × 0.004445) = 0.24685 /h; × 730 = $180.2005.
    assert_usd(option(&report, "fargate/single").monthly_cost_usd, 180.2005);
}

#[test]
fn seoul_arm_service_on_graviton_and_on_fargate_arm() {
    let report = run(one_service(
        "ap-northeast-2",
        json!({"name": "arm", "cpu": 1024, "memory": 2048, "count": 8,
               "network_mode": "bridge", "arch": "arm64"}),
        json!({"instance_types": ["m6g.large"]}),
    ));
    // m6g.large: 2048 CPU units → 2 tasks of 1024 each; 8 tasks → 4
    // instances: 4 × 0.094 × 730 = $274.48.
    let ec2 = option(&report, "ec2/single");
    assert_eq!(ec2.peak_instances, 4);
    assert_usd(ec2.monthly_cost_usd, 274.48);
    // Fargate ARM: 8 × (1 × 0.03725 + 2 × 0.00409) = 8 × 0.04543 = 0.36344 /h;
    // × 730 = $265.3112.
    let fargate = option(&report, "fargate/single");
    assert!(fargate.unplaced.is_empty(), "{:?}", fargate.unplaced);
    assert_usd(fargate.monthly_cost_usd, 265.3112);
    assert!(
        report
            .pricing_snapshot
            .contains("Fargate Linux/ARM 2026-08"),
        "{}",
        report.pricing_snapshot
    );
}

#[test]
fn catalogue_search_in_seoul() {
    // 3 tasks of 8 vCPU / 60 GiB (x86): a type needs ≥ 8 vCPU and ≥ 61,440
    // MiB registered. The cheapest Seoul x86 types that fit: r5a.2xlarge
    // 0.544, r5.2xlarge and r6i.2xlarge 0.608, r7i.2xlarge 0.6384,
    // m5a.4xlarge 0.848 (no T type is that large). One task per instance:
    // 3 × 0.544 × 730 = $1,191.36.
    let report = run(one_service(
        "ap-northeast-2",
        json!({"name": "big", "cpu": 8192, "memory": 61440, "count": 3, "network_mode": "bridge"}),
        json!({}),
    ));
    let ec2 = option(&report, "ec2/single");
    assert_eq!(
        ec2.clusters[0].instance_type.as_deref(),
        Some("r5a.2xlarge")
    );
    assert_eq!(ec2.peak_instances, 3);
    assert_usd(ec2.monthly_cost_usd, 1191.36);
    // The search never picks a type Seoul does not sell, whatever the shape.
    let seoul = bundled()
        .region("ap-northeast-2")
        .unwrap()
        .ec2
        .as_ref()
        .unwrap();
    for option in report
        .options
        .iter()
        .filter(|o| o.launch_type == LaunchType::Ec2)
    {
        for cluster in &option.clusters {
            let name = cluster.instance_type.as_deref().unwrap();
            assert!(seoul.get(name).is_some(), "{name} is not sold in Seoul");
        }
    }
}

#[test]
fn search_in_seoul_skips_types_it_does_not_sell() {
    // 2 tasks of 2 vCPU / 8 GiB on Graviton. m8g is not sold in Seoul, so
    // whatever the search picks is a Seoul type at a Seoul price.
    let report = run(one_service(
        "ap-northeast-2",
        json!({"name": "g", "cpu": 2048, "memory": 8192, "count": 2,
               "network_mode": "bridge", "arch": "arm64"}),
        json!({}),
    ));
    let seoul = bundled()
        .region("ap-northeast-2")
        .unwrap()
        .ec2
        .as_ref()
        .unwrap();
    let ec2 = option(&report, "ec2/single");
    let picked = seoul
        .get(ec2.clusters[0].instance_type.as_deref().unwrap())
        .unwrap();
    assert!(!picked.name.starts_with("m8g"), "{}", picked.name);
    // Each of the 2 instances it runs is billed at the Seoul price of the type.
    assert_usd(
        ec2.monthly_cost_usd,
        f64::from(ec2.peak_instances) * picked.usd_per_hour * 730.0,
    );
}

#[test]
fn region_without_fargate_arm_rates_runs_and_says_so() {
    // ap-south-1: the only Fargate ARM row is low confidence, so no ARM rate
    // is bundled. The scenario runs; EC2 prices the service on Graviton:
    // m6g.large holds both 1024-unit tasks: 1 × 0.0506 × 730 = $36.938.
    let report = run(one_service(
        "ap-south-1",
        json!({"name": "arm", "cpu": 1024, "memory": 2048, "count": 2,
               "network_mode": "bridge", "arch": "arm64"}),
        json!({"instance_types": ["m6g.large"]}),
    ));
    assert_usd(option(&report, "ec2/single").monthly_cost_usd, 36.938);
    // Fargate lists the service as not priced there, with the fix.
    let fargate = option(&report, "fargate/single");
    assert_eq!(fargate.unplaced.len(), 1, "{:?}", fargate.unplaced);
    let unplaced = &fargate.unplaced[0];
    assert_eq!((unplaced.service.as_str(), unplaced.tasks), ("arm", 2));
    assert!(
        unplaced
            .reason
            .contains("Fargate Linux/ARM (Graviton) rates are not bundled for ap-south-1"),
        "{}",
        unplaced.reason
    );
    assert!(
        unplaced.reason.contains(
            "import the AmazonECS offer file for ap-south-1 with `ecs-planner pricing import`"
        ),
        "{}",
        unplaced.reason
    );
    // No rate was invented: nothing is billed for it.
    assert_usd(fargate.monthly_cost_usd, 0.0);
}
