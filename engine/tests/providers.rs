//! Capacity providers chosen by the planner (issue 12 item 1), against
//! hand-computed figures.
//!
//! us-east-1 prices (pricing-data/ec2-us-east-1.csv): c5.large 2 vCPU /
//! 4096 MiB $0.085/h, r5.large 2 vCPU / 16384 MiB $0.126/h. With
//! `memory_overhead_mib: 0` each registers 2048 CPU units and its whole
//! memory.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{close, option, run, scenario};

use ecs_planner_engine::analysis::costs as simulate;
use ecs_planner_engine::ec2::providers::{shape_groups, ShapeBand};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::validate::parse_scenario_value;
use proptest::prelude::*;
use serde_json::{json, Value};

/// A CPU-heavy service (one 2048-unit task fills a 2-vCPU instance) and a
/// memory-heavy one (8 GiB per 0.5 vCPU), on c5.large or r5.large.
fn cpu_and_memory(ops_per_cluster: f64) -> Value {
    json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single", "per-service"],
        "services": [
            {"name": "crunch", "cpu": 2048, "memory": 1024, "count": 4, "network_mode": "bridge"},
            {"name": "cache", "cpu": 512, "memory": 8192, "count": 4, "network_mode": "bridge"}
        ],
        "ec2": {"instance_types": ["c5.large", "r5.large"], "strategy": ["binpack:memory"],
                "memory_overhead_mib": 0, "ops_usd_per_cluster_month": ops_per_cluster}
    })
}

#[test]
fn a_cpu_heavy_and_a_memory_heavy_service_get_a_provider_each() {
    // One type for both: c5.large cannot hold cache (8192 > 4096 MiB), so
    // r5.large: crunch takes a whole instance's CPU per task → 4; cache
    // fits 2 a box (2 × 8192 = 16384 MiB, 1024 of 2048 units) but not
    // beside crunch (no CPU left) → 2. 6 × $0.126 = $0.756/h × 730 =
    // $551.88 a month.
    // A provider per shape: crunch (0.5 GiB/vCPU, band cpu) on 4 c5.large
    // = $0.34/h; cache (16 GiB/vCPU, band memory) on 2 r5.large = $0.252/h;
    // $0.592/h × 730 = $432.16 a month: $119.72 (= 0.164 × 730) less.
    let report = run(cpu_and_memory(0.0));
    let single = option(&report, "ec2/single");
    let cluster = &single.clusters[0];
    assert!(single.unplaced.is_empty(), "{:?}", single.unplaced);
    assert_eq!(cluster.providers.len(), 2, "{:?}", cluster.providers);
    let cpu = &cluster.providers[0];
    assert_eq!(cpu.name, "x86_64-cpu");
    assert_eq!(cpu.instance_type, "c5.large");
    assert_eq!(cpu.services, vec!["crunch".to_string()]);
    assert_eq!(cpu.peak_instances, 4);
    close(cpu.monthly_cost_usd, 4.0 * 0.085 * 730.0);
    let memory = &cluster.providers[1];
    assert_eq!(memory.name, "x86_64-memory");
    assert_eq!(memory.instance_type, "r5.large");
    assert_eq!(memory.services, vec!["cache".to_string()]);
    assert_eq!(memory.peak_instances, 2);
    close(memory.monthly_cost_usd, 2.0 * 0.126 * 730.0);
    close(cluster.monthly_cost_usd, 432.16);
    close(single.monthly_cost_usd, 432.16);
    assert_eq!(
        cluster.instance_type.as_deref(),
        Some("c5.large + r5.large")
    );
    assert_eq!(cluster.peak_instances, Some(6));
    // No one price or parity share for two types: the providers carry theirs.
    assert_eq!(cluster.instance_usd_per_hour, None);
    assert_eq!(cluster.fargate_parity_share, None);
    close(cpu.instance_usd_per_hour, 0.085);
    close(memory.instance_usd_per_hour, 0.126);
    // The reason names both figures: $432.16 against $551.88, $119.72 less.
    let choice = cluster.providers_choice.as_ref().unwrap();
    close(choice.providers_usd, 432.16);
    close(choice.shared_usd, 551.88);
    let reason = cluster.instance_type_reason.as_deref().unwrap();
    assert_eq!(
        reason,
        "shared: 2 capacity providers, one per task shape (x86_64-cpu on c5.large, x86_64-memory on r5.large), cost $432.16/month, $119.72 less than one shared provider ($551.88/month)."
    );
    // Ideal and lower bound: both providers are packed tight already.
    close(single.ideal_monthly_cost_usd.unwrap(), 432.16);
    close(single.lower_bound_monthly_cost_usd.unwrap(), 432.16);
}

#[test]
fn per_service_clusters_equal_one_cluster_with_per_shape_providers_apart_from_the_cluster_fee() {
    // With $24 a month of operations per cluster: one cluster with two
    // providers = 432.16 + 24 = $456.16; a cluster per service = the same
    // instances (crunch on c5.large, cache on r5.large) + 2 × 24 =
    // $480.16: the layouts differ by the one extra cluster's $24.
    let report = run(cpu_and_memory(24.0));
    close(option(&report, "ec2/single").monthly_cost_usd, 456.16);
    close(option(&report, "ec2/per-service").monthly_cost_usd, 480.16);
    let per_service = option(&report, "ec2/per-service");
    let types: Vec<_> = per_service
        .clusters
        .iter()
        .map(|c| c.instance_type.clone().unwrap())
        .collect();
    assert_eq!(types, vec!["c5.large".to_string(), "r5.large".to_string()]);
}

#[test]
fn one_shape_keeps_one_shared_provider() {
    // Two services of the same band: no second provider is tried.
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [
            {"name": "a", "cpu": 1024, "memory": 2048, "count": 2},
            {"name": "b", "cpu": 512, "memory": 1024, "count": 2}
        ],
        "ec2": {"instance_types": ["c5.large"]}
    }));
    let cluster = &option(&report, "ec2/single").clusters[0];
    assert_eq!(cluster.providers.len(), 1);
    assert_eq!(cluster.providers[0].name, "shared");
    assert_eq!(cluster.providers[0].services, vec!["a", "b"]);
    close(
        cluster.providers[0].monthly_cost_usd,
        cluster.monthly_cost_usd,
    );
}

#[test]
fn daemons_run_on_every_provider() {
    // A 128-unit / 128 MiB daemon beside crunch at 1024 units: whichever
    // plan wins, every provider lists the daemon, and the providers'
    // costs sum to the cluster's.
    let mut value = cpu_and_memory(0.0);
    value["services"].as_array_mut().unwrap().push(
        json!({"name": "logs", "cpu": 128, "memory": 128, "daemon": true, "network_mode": "bridge"}),
    );
    value["services"][0]["cpu"] = json!(1024);
    let report = run(value);
    let cluster = &option(&report, "ec2/single").clusters[0];
    for provider in &cluster.providers {
        assert!(
            provider.services.iter().any(|s| s == "logs"),
            "{provider:?}"
        );
    }
    let sum: f64 = cluster.providers.iter().map(|p| p.monthly_cost_usd).sum();
    close(sum, cluster.monthly_cost_usd);
}

#[test]
fn shape_bands_follow_gib_per_vcpu() {
    // 2048 MiB / 1024 units = 2 GiB per vCPU: cpu; 4: general; 8: memory.
    assert_eq!(ShapeBand::of(1024, 2048), ShapeBand::Cpu);
    assert_eq!(ShapeBand::of(1024, 3072), ShapeBand::Cpu);
    assert_eq!(ShapeBand::of(1024, 4096), ShapeBand::General);
    assert_eq!(ShapeBand::of(1024, 6144), ShapeBand::General);
    assert_eq!(ShapeBand::of(1024, 8192), ShapeBand::Memory);
    let s = scenario(cpu_and_memory(0.0));
    let services: Vec<_> = s.services.iter().collect();
    let groups = shape_groups(&services);
    let names: Vec<_> = groups.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["x86_64-cpu", "x86_64-memory"]);
}

fn service_strategy() -> impl Strategy<Value = Value> {
    (1u32..=8, 1u32..=16, 1u32..=4).prop_map(|(cpu_quarter, memory_half_gib, count)| {
        json!({"cpu": cpu_quarter * 256, "memory": memory_half_gib * 512, "count": count, "network_mode": "bridge"})
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The provider search never costs more than the single-type answer
    /// (the best of the same list for the whole cluster) when that answer
    /// places everything, and no instance is over capacity.
    #[test]
    fn providers_never_cost_more_than_one_type(
        services in prop::collection::vec(service_strategy(), 1..4),
    ) {
        let services: Vec<Value> = services
            .into_iter()
            .enumerate()
            .map(|(i, mut s)| { s["name"] = json!(format!("s{i}")); s })
            .collect();
        let value = json!({
            "region": "us-east-1", "horizon_hours": 4, "layouts": ["single"],
            "services": services,
            "ec2": {"instance_types": ["c5.large", "m5.large", "r5.large"]}
        });
        let s = scenario(value);
        let catalogue = bundled().region("us-east-1").and_then(|r| r.ec2.as_ref()).unwrap();
        let input = ecs_planner_engine::ec2::Ec2ClusterInput {
            services: s.services.iter().collect(),
            settings: &s.ec2,
            horizon_hours: s.horizon_hours,
        };
        let shared = ecs_planner_engine::ec2::plan_cluster(&input, catalogue);
        let report = simulate(&s, bundled());
        let single = option(&report, "ec2/single");
        if shared.unplaced.is_empty() {
            let run = shared.run.as_ref().unwrap();
            let price = catalogue.get(&run.instance_type).unwrap().usd_per_hour;
            let one_type = ecs_planner_engine::ec2::monthly_cost_usd(run.instance_hours, price, 0.0, 4);
            prop_assert!(single.monthly_cost_usd <= one_type + 1e-6,
                "providers {} > one type {}", single.monthly_cost_usd, one_type);
            prop_assert!(single.unplaced.is_empty());
        }
        for pct in single.hourly_cpu_reserved_pct.iter().chain(&single.hourly_memory_reserved_pct) {
            prop_assert!(*pct <= 100.0 + 1e-9, "reserved {pct}% of capacity");
        }
        let sum: f64 = single.clusters[0].providers.iter().map(|p| p.monthly_cost_usd).sum();
        prop_assert!((sum - single.monthly_cost_usd).abs() < 1e-6);
    }
}

#[test]
fn layout_verdict_names_the_cluster_fee_not_instance_fit() {
    // Same scenario as above: per-service − single = 480.16 − 456.16 =
    // $24, all of it the second cluster's operations figure.
    let report = ecs_planner_engine::analysis::analyze(&scenario(cpu_and_memory(24.0)), bundled());
    let text = report.report.verdict.join(" ");
    assert!(
        text.contains("one shared cluster with a capacity provider per task shape (2 providers) costs the same in instances as a cluster per service (2 clusters), apart from the $24.00/month of operations each extra cluster carries"),
        "{text}"
    );
    assert!(!text.contains("gets the instance type"), "{text}");
}

// ---- EC2 Spot (issue 12 item 3) ----

fn spot_scenario(spot: Value, ec2_discount_pct: f64) -> Value {
    let mut ec2 = json!({"instance_types": ["m5.large"], "strategy": ["binpack:cpu"]});
    for (k, v) in spot.as_object().unwrap() {
        ec2[k] = v.clone();
    }
    json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "api", "cpu": 1024, "memory": 2048, "count": 10, "network_mode": "bridge"}],
        "ec2": ec2,
        "pricing": {"ec2_discount_pct": ec2_discount_pct}
    })
}

#[test]
fn spot_runs_a_share_of_the_instances_above_the_on_demand_base() {
    // Ten 1024-unit tasks, two per m5.large (2048 units): 5 instances every
    // hour. Without Spot: 5 × $0.096 × 730 = $350.40 a month.
    // Base 1, share 0.5, Spot 70% off: on demand 1 + (5 − 1) × 0.5 = 3 ×
    // 0.096 = $0.288; Spot 2 × 0.096 × 0.3 = $0.0576; $0.3456/h × 730 =
    // $252.288 a month.
    let plain = run(spot_scenario(json!({}), 0.0));
    close(option(&plain, "ec2/single").monthly_cost_usd, 350.4);
    let spot = json!({"spot_share": 0.5, "spot_on_demand_base": 1, "spot_discount_pct": 70});
    let report = run(spot_scenario(spot.clone(), 0.0));
    let ec2 = option(&report, "ec2/single");
    close(ec2.clusters[0].hourly_cost_usd[0], 0.3456);
    close(ec2.monthly_cost_usd, 252.288);
    // Ideal and lower bound are 5 instances too: the same Spot split.
    close(ec2.ideal_monthly_cost_usd.unwrap(), 252.288);
    close(ec2.lower_bound_monthly_cost_usd.unwrap(), 252.288);
    close(ec2.clusters[0].providers[0].monthly_cost_usd, 252.288);
    // A 20% Savings Plan covers the on-demand hours only:
    // 3 × 0.096 × 0.8 = 0.2304 + 0.0576 = $0.288/h × 730 = $210.24.
    let discounted = run(spot_scenario(spot, 20.0));
    close(option(&discounted, "ec2/single").monthly_cost_usd, 210.24);
    assert!(
        report.assumptions.iter().any(
            |a| a.contains("no live Spot prices are bundled") && a.contains("2-minute warning")
        ),
        "{:?}",
        report.assumptions
    );
}

#[test]
fn spot_base_above_the_fleet_keeps_everything_on_demand() {
    // Base 5 of 5 instances: nothing above it, $350.40 as without Spot.
    let report = run(spot_scenario(
        json!({"spot_share": 1, "spot_on_demand_base": 5, "spot_discount_pct": 70}),
        0.0,
    ));
    close(option(&report, "ec2/single").monthly_cost_usd, 350.4);
}

#[test]
fn spot_share_without_a_discount_or_out_of_range_is_refused_with_the_field() {
    let missing = parse_scenario_value(&spot_scenario(json!({"spot_share": 0.5}), 0.0), bundled())
        .unwrap_err()
        .to_string();
    assert!(missing.contains("ec2.spot_discount_pct"), "{missing}");
    assert!(missing.contains("bundles no Spot prices"), "{missing}");
    let too_big = parse_scenario_value(
        &spot_scenario(json!({"spot_share": 1.5, "spot_discount_pct": 60}), 0.0),
        bundled(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        too_big.contains("ec2.spot_share") && too_big.contains("1.5"),
        "{too_big}"
    );
    let discount = parse_scenario_value(
        &spot_scenario(json!({"spot_share": 0.5, "spot_discount_pct": 99}), 0.0),
        bundled(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        discount.contains("ec2.spot_discount_pct") && discount.contains("99"),
        "{discount}"
    );
}
