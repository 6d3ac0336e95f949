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
use ecs_planner_engine::scenario::Scenario;
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

// ---- Capacity providers the user names (issue 12 item 1) ----

use ecs_planner_engine::scenario::{CapacityProvider, Ec2Spot};

fn named(name: &str, instance_type: Option<&str>, services: &[&str]) -> CapacityProvider {
    CapacityProvider {
        name: name.to_string(),
        instance_type: instance_type.map(str::to_string),
        spot: None,
        services: services.iter().map(|s| s.to_string()).collect(),
    }
}

fn with_providers(value: Value, providers: Vec<CapacityProvider>) -> Scenario {
    let mut s = scenario(value);
    s.ec2.capacity_providers = providers;
    s
}

#[test]
fn a_named_provider_replaces_the_planners_grouping_for_its_services() {
    // Both services bound to "general" on m5.large (2 vCPU, 8192 MiB,
    // $0.096/h; not in the cluster's list, which the provider overrides).
    // crunch (2048 units) fills an instance's CPU: 4 instances; cache
    // (8192 MiB) fills one's memory, and cannot sit beside crunch (no CPU
    // left): 4 more. 8 × $0.096 = $0.768/h × 730 = $560.64 a month, where
    // the planner's two providers cost $432.16: the user's binding wins,
    // dearer or not.
    let s = with_providers(
        cpu_and_memory(0.0),
        vec![named("general", Some("m5.large"), &["crunch", "cache"])],
    );
    let report = simulate(&s, bundled());
    let single = option(&report, "ec2/single");
    assert!(single.unplaced.is_empty() && single.fargate_fallback.is_empty());
    let cluster = &single.clusters[0];
    assert_eq!(cluster.providers.len(), 1, "{:?}", cluster.providers);
    let p = &cluster.providers[0];
    assert_eq!(p.name, "general");
    assert!(p.named);
    assert_eq!(p.instance_type, "m5.large");
    assert_eq!(p.services, vec!["crunch", "cache"]);
    assert_eq!(p.peak_instances, 8);
    close(p.monthly_cost_usd, 560.64);
    close(single.monthly_cost_usd, 560.64);
    assert_eq!(cluster.instance_type.as_deref(), Some("m5.large"));
    // Per-service clusters bind the same way: crunch's cluster 4 ×
    // m5.large = $280.32, cache's 4 × m5.large = $280.32; $560.64.
    let per_service = option(&report, "ec2/per-service");
    close(per_service.monthly_cost_usd, 560.64);
    for c in &per_service.clusters {
        assert_eq!(c.providers.len(), 1);
        assert_eq!(c.providers[0].name, "general");
        close(c.monthly_cost_usd, 280.32);
    }
}

#[test]
fn unbound_services_keep_the_planners_choice_beside_a_named_provider() {
    // cache bound to "mem" on r5.large, all of it on Spot at 50% off: 2
    // per instance (2 × 8192 = 16384 MiB) → 2 × $0.126 × 0.5 = $0.126/h.
    // crunch unbound: the planner's one provider ("shared", one shape),
    // the cluster's list [c5.large, r5.large] → 4 × c5.large ($0.085) =
    // $0.34/h, on demand (ec2.spot is off). $0.466/h × 730 = $340.18.
    let mut mem = named("mem", Some("r5.large"), &["cache"]);
    mem.spot = Some(Ec2Spot {
        share: 1.0,
        on_demand_base: 0,
        discount_pct: 50.0,
    });
    let s = with_providers(cpu_and_memory(0.0), vec![mem]);
    let report = simulate(&s, bundled());
    let single = option(&report, "ec2/single");
    let cluster = &single.clusters[0];
    let names: Vec<_> = cluster
        .providers
        .iter()
        .map(|p| (p.name.as_str(), p.instance_type.as_str(), p.named))
        .collect();
    assert_eq!(
        names,
        vec![("shared", "c5.large", false), ("mem", "r5.large", true)]
    );
    close(cluster.providers[0].monthly_cost_usd, 0.34 * 730.0);
    close(cluster.providers[1].monthly_cost_usd, 0.126 * 730.0);
    close(single.monthly_cost_usd, 340.18);
    // The planner compared nothing (one shape left): no providers choice.
    assert!(cluster.providers_choice.is_none());
    // A cluster per service: crunch's $248.20 + cache's $91.98 = $340.18.
    close(option(&report, "ec2/per-service").monthly_cost_usd, 340.18);
}

#[test]
fn daemons_run_on_named_providers_too() {
    // A 128-unit / 128 MiB daemon and a 1024-unit crunch: the named
    // provider lists the daemon beside its service.
    let mut value = cpu_and_memory(0.0);
    value["services"][0]["cpu"] = json!(1024);
    value["services"].as_array_mut().unwrap().push(
        json!({"name": "logs", "cpu": 128, "memory": 128, "daemon": true, "network_mode": "bridge"}),
    );
    let s = with_providers(value, vec![named("mem", Some("r5.large"), &["cache"])]);
    let report = simulate(&s, bundled());
    let cluster = &option(&report, "ec2/single").clusters[0];
    for p in &cluster.providers {
        assert!(p.services.iter().any(|s| s == "logs"), "{p:?}");
    }
    let mem = cluster.providers.iter().find(|p| p.name == "mem").unwrap();
    assert_eq!(mem.services, vec!["cache", "logs"]);
}

#[test]
fn a_named_provider_too_small_for_its_service_sends_it_to_fargate_not_away() {
    // cache needs 8192 MiB; c5.large registers 4096: EC2 cannot place it,
    // so the option runs its 4 tasks on Fargate in the same cluster
    // (never a figure that leaves them out).
    let s = with_providers(
        cpu_and_memory(0.0),
        vec![named("small", Some("c5.large"), &["cache"])],
    );
    let report = simulate(&s, bundled());
    let single = option(&report, "ec2/single");
    assert!(!single.incomplete);
    assert_eq!(
        single.fargate_fallback.len(),
        1,
        "{:?}",
        single.fargate_fallback
    );
    assert_eq!(single.fargate_fallback[0].service, "cache");
    assert_eq!(single.fargate_fallback[0].tasks, 4);
}

// ---- The layout verdict names daemons and partly empty instances ----

fn three_with_a_daemon() -> Value {
    json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single", "per-service"],
        "services": [
            {"name": "a", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge"},
            {"name": "b", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge"},
            {"name": "c", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge"},
            {"name": "logs", "cpu": 512, "memory": 1024, "daemon": true, "network_mode": "bridge"}
        ],
        "ec2": {"instance_types": ["c5.large"], "strategy": ["binpack:memory"], "memory_overhead_mib": 0}
    })
}

#[test]
fn the_layout_verdict_splits_the_extra_cost_into_daemons_and_partly_empty_instances() {
    // c5.large registers 2048 units / 4096 MiB; the daemon takes 512 /
    // 1024 of each instance, a quarter: 1536 / 3072 left, room for the
    // three 512 / 1024 tasks together.
    // Single: 1 instance, $0.085 × 730 = $62.05; daemons 0.25 × 62.05 =
    // $15.5125.
    // Per service: 3 clusters × 1 instance = $186.15; daemons 3 × 15.5125
    // = $46.5375.
    // Extra 186.15 − 62.05 = $124.10 = daemons 46.5375 − 15.5125 =
    // $31.025 (printed $31.02: 31.025 is 31.02499… in binary), plus
    // partly empty instances 124.10 − 31.025 = $93.075.
    let report = ecs_planner_engine::analysis::analyze(&scenario(three_with_a_daemon()), bundled());
    let single = option(&report.report, "ec2/single");
    let per_service = option(&report.report, "ec2/per-service");
    close(single.monthly_cost_usd, 62.05);
    close(single.daemon_monthly_cost_usd, 15.5125);
    close(per_service.monthly_cost_usd, 186.15);
    close(per_service.daemon_monthly_cost_usd, 46.5375);
    let parts = report
        .report
        .verdict_findings
        .iter()
        .find_map(|f| match f {
            ecs_planner_engine::findings::VerdictFinding::Layouts { parts } => Some(parts),
            _ => None,
        })
        .expect("a layout finding");
    match &parts[0] {
        ecs_planner_engine::findings::LayoutCost::Dearer {
            extra_usd,
            daemons_usd,
            instances_usd,
            ops_usd,
            ..
        } => {
            close(*extra_usd, 124.1);
            close(*daemons_usd, 31.025);
            close(*instances_usd, 93.075);
            close(*ops_usd, 0.0);
        }
        other => panic!("{other:?}"),
    }
    let text = report.report.verdict.join(" ");
    // The shared cluster is fully reserved: Fargate wins without any idle
    // money to blame.
    assert!(!text.contains("$0.00/month would pay"), "{text}");
    assert!(
        text.contains("a cluster per service (3 clusters) costs $124.10/month more than one shared cluster: ")
            && text.contains(" of partly empty instances (its clusters run 3.0 instances on average against 1.0, each cluster keeping its own) and $31.02 of daemons, which run on every instance of every cluster"),
        "{text}"
    );
    let ko = ecs_planner_engine::text::Render::render(
        &ecs_planner_engine::findings::VerdictFinding::Layouts {
            parts: parts.clone(),
        },
        ecs_planner_engine::lang::Lang::Ko,
    );
    assert!(
        ko.contains(
            "서비스별 클러스터 구성(클러스터 3개)이 공유 클러스터 하나보다 월 $124.10 더 듭니다."
        ) && ko.contains("모든 클러스터의 모든 인스턴스에서 실행되는 데몬 월 $31.02"),
        "{ko}"
    );
}

#[test]
fn equal_peaks_are_not_blamed_on_partly_empty_instances() {
    // The cpu-and-memory pair on one list type each: per-service runs
    // crunch on 4 c5.large and cache on 2 r5.large, as the shared
    // cluster's two providers do: same instances, the only difference is
    // the $24 cluster fee: the sentence names it, nothing about partly
    // empty instances or peaks.
    let report = ecs_planner_engine::analysis::analyze(&scenario(cpu_and_memory(24.0)), bundled());
    let text = report.report.verdict.join(" ");
    assert!(!text.contains("partly empty"), "{text}");
    assert!(!text.contains("peak at"), "{text}");
}

#[test]
fn the_verdict_names_ec2_spot_as_what_would_change_it() {
    // Ten 1024-unit / 2 GiB tasks: 5 × m5.large on demand = $350.40 (see
    // above). Fargate with a 20% discount: (0.04048 + 2 × 0.004445) =
    // $0.04937 per task-hour × 10 × 0.8 × 730 = $288.3208: Fargate wins.
    // A 70% Spot discount set, no Spot share yet, base 1: every instance
    // above it on Spot → 1 × 0.096 + 4 × 0.096 × 0.3 = $0.2112/h × 730 =
    // $154.176 < $288.32: Spot would change the answer.
    let mut value = spot_scenario(
        json!({"spot_on_demand_base": 1, "spot_discount_pct": 70}),
        0.0,
    );
    value["pricing"]["fargate_discount_pct"] = json!(20);
    let analysed = ecs_planner_engine::analysis::analyze(&scenario(value), bundled());
    let ec2 = option(&analysed.report, "ec2/single");
    close(ec2.monthly_cost_usd, 350.4);
    close(ec2.spot_full_saving_usd, 350.4 - 154.176);
    let finding = analysed
        .report
        .verdict_findings
        .iter()
        .find_map(|f| match f {
            ecs_planner_engine::findings::VerdictFinding::SpotWouldChange {
                spot_usd,
                fargate_usd,
                discount_pct,
                ..
            } => Some((*spot_usd, *fargate_usd, *discount_pct)),
            _ => None,
        })
        .expect("a Spot finding");
    close(finding.0, 154.176);
    close(finding.1, 288.3208);
    assert_eq!(finding.2, Some(70.0));
    let text = analysed.report.verdict.join(" ");
    assert!(
        text.contains("EC2 Spot would change it too: with every EC2 instance above the on-demand base on Spot at the 70% average discount you set, ")
            && text.contains(" would cost $154.18/month, less than "),
        "{text}"
    );
}

#[test]
fn exports_name_each_capacity_provider_with_its_type_and_services() {
    // The named "mem" provider beside the planner's "shared" one (see
    // unbound_services_keep_the_planners_choice_beside_a_named_provider):
    // shared 4 × c5.large for crunch, mem 2 × r5.large for cache.
    use ecs_planner_engine::export::{markdown_summary, results_csv};
    use ecs_planner_engine::lang::Lang;
    let s = with_providers(
        cpu_and_memory(0.0),
        vec![named("mem", Some("r5.large"), &["cache"])],
    );
    let report = ecs_planner_engine::analysis::analyze(&s, bundled()).report;
    let csv = results_csv(&report, Lang::En);
    assert!(csv.lines().next().unwrap().ends_with(",capacity_providers"));
    let row = csv
        .lines()
        .find(|l| l.starts_with("ec2,single,shared,"))
        .unwrap();
    assert!(
        row.ends_with(",shared: 4 × c5.large;mem: 2 × r5.large"),
        "{row}"
    );
    let ko_csv = results_csv(&report, Lang::Ko);
    assert!(ko_csv.lines().next().unwrap().ends_with(",용량 공급자"));
    let md = markdown_summary(&report, None, Lang::En);
    assert!(
        md.contains("capacity providers: shared up to 4 × c5.large (crunch); mem up to 2 × r5.large (cache)"),
        "{md}"
    );
    let ko = markdown_summary(&report, None, Lang::Ko);
    assert!(
        ko.contains("용량 공급자: shared 최대 c5.large 4대(crunch); mem 최대 r5.large 2대(cache)"),
        "{ko}"
    );
}

// ---- Named providers in the scenario file ----

fn named_file() -> Value {
    let mut value = cpu_and_memory(0.0);
    value["version"] = json!(1);
    value["ec2"]["capacity_providers"] = json!([
        {"name": "mem", "instance_type": "r5.large",
         "spot_share": 1, "spot_on_demand_base": 0, "spot_discount_pct": 50}
    ]);
    value["services"][1]["capacity_provider"] = json!("mem");
    value
}

#[test]
fn the_scenario_file_names_providers_and_binds_services() {
    // The same scenario as unbound_services_keep_the_planners_choice_…,
    // written as a file: $340.18 a month.
    let parsed = parse_scenario_value(&named_file(), bundled()).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let s = parsed.scenario;
    assert_eq!(s.ec2.capacity_providers.len(), 1);
    let mem = &s.ec2.capacity_providers[0];
    assert_eq!(mem.name, "mem");
    assert_eq!(mem.instance_type.as_deref(), Some("r5.large"));
    assert_eq!(mem.services, vec!["cache"]);
    assert_eq!(
        mem.spot,
        Some(Ec2Spot {
            share: 1.0,
            on_demand_base: 0,
            discount_pct: 50.0
        })
    );
    close(
        option(&simulate(&s, bundled()), "ec2/single").monthly_cost_usd,
        340.18,
    );
    // scenario_to_json writes it back; parsing that gives the same scenario.
    let written = ecs_planner_engine::validate::scenario_to_json(&s);
    assert_eq!(written["services"][1]["capacity_provider"], json!("mem"));
    assert!(written["services"][0].get("capacity_provider").is_none());
    let again = parse_scenario_value(&written, bundled()).unwrap().scenario;
    assert_eq!(again, s);
    // A share link carries it unchanged.
    let link = ecs_planner_engine::link::encode(&written, &Default::default());
    let decoded = ecs_planner_engine::link::decode(&link).unwrap().scenario;
    assert_eq!(decoded, written);
    // Without providers the file stays as it was: no new keys.
    let plain = ecs_planner_engine::validate::scenario_to_json(&scenario(cpu_and_memory(0.0)));
    assert!(plain["ec2"].get("capacity_providers").is_none());
}

fn errors_of(value: Value, lang: ecs_planner_engine::lang::Lang) -> Vec<String> {
    let errors = parse_scenario_value(&value, bundled()).unwrap_err();
    errors
        .errors
        .iter()
        .map(|e| ecs_planner_engine::text::Render::render(e, lang))
        .collect()
}

#[test]
fn bad_provider_names_and_bindings_are_refused_with_the_field_value_and_fix() {
    use ecs_planner_engine::lang::Lang;
    // An unknown name: the nearest is suggested, in both languages.
    let mut v = named_file();
    v["services"][1]["capacity_provider"] = json!("me");
    let en = errors_of(v.clone(), Lang::En).join("\n");
    assert!(
        en.contains("services[1].capacity_provider")
            && en.contains("\"me\"")
            && en.contains("did you mean \"mem\"?"),
        "{en}"
    );
    let ko = errors_of(v, Lang::Ko).join("\n");
    assert!(
        ko.contains("services[1].capacity_provider") && ko.contains("혹시 \"mem\"인가요?"),
        "{ko}"
    );
    // A daemon takes no provider.
    let mut v = named_file();
    v["services"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "logs", "cpu": 128, "memory": 128, "daemon": true, "capacity_provider": "mem"}));
    let en = errors_of(v, Lang::En).join("\n");
    assert!(
        en.contains("services[2].capacity_provider") && en.contains("is set on a daemon"),
        "{en}"
    );
    // An x86 service on a Graviton provider.
    let mut v = named_file();
    v["ec2"]["capacity_providers"][0]["instance_type"] = json!("r6g.large");
    let en = errors_of(v, Lang::En).join("\n");
    assert!(
        en.contains("whose instance type r6g.large is arm64, but this service is x86_64"),
        "{en}"
    );
    // Names ECS or the planner would not accept, and duplicates.
    for (name, expect) in [
        ("mem heavy", "only letters, digits, hyphens and underscores"),
        ("ecs-memory", "starts with \"ecs\""),
        (
            "shared",
            "a name the planner gives its own capacity providers",
        ),
        ("", "is empty"),
    ] {
        let mut v = named_file();
        v["ec2"]["capacity_providers"][0]["name"] = json!(name);
        v["services"][1]
            .as_object_mut()
            .unwrap()
            .remove("capacity_provider");
        let en = errors_of(v, Lang::En).join("\n");
        assert!(
            en.contains("ec2.capacity_providers[0].name") && en.contains(expect),
            "{name}: {en}"
        );
    }
    let mut v = named_file();
    v["ec2"]["capacity_providers"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "mem"}));
    let en = errors_of(v, Lang::En).join("\n");
    assert!(
        en.contains("ec2.capacity_providers[1].name") && en.contains("ec2.capacity_providers[0]"),
        "{en}"
    );
    // A provider's own Spot share needs its discount, at its own path.
    let mut v = named_file();
    v["ec2"]["capacity_providers"][0]
        .as_object_mut()
        .unwrap()
        .remove("spot_discount_pct");
    let en = errors_of(v, Lang::En).join("\n");
    assert!(
        en.contains("ec2.capacity_providers[0].spot_discount_pct"),
        "{en}"
    );
    // A provider nothing is bound to: a warning, not an error.
    let mut v = named_file();
    v["services"][1]
        .as_object_mut()
        .unwrap()
        .remove("capacity_provider");
    let parsed = parse_scenario_value(&v, bundled()).unwrap();
    assert_eq!(parsed.warnings.len(), 1);
    assert!(parsed.warnings[0]
        .to_string()
        .contains("no service is bound to capacity provider \"mem\""));
}
