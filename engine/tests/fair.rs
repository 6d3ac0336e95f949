//! The fair EC2 figures (issue 11, engine part) against hand-computed
//! expectations: burstable credits and the T-family exclusion, ECS's default
//! strategy, ECS's trunking task limits, Windows Fargate sizes and the
//! operations-cost inputs.
//!
//! us-east-1 prices (pricing-data/ec2-us-east-1.csv): m5.large $0.096/h,
//! t3.large $0.0832, t3a.medium $0.0376, c6a.large $0.0765. Credits
//! (ecs-domain.md §3): $0.05 per surplus vCPU-hour on t3/t3a; baselines per
//! vCPU medium 20%, large 30%.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{close, option, run, scenario};

use ecs_planner_engine::ec2::{plan_cluster, simulate_cluster, Ec2ClusterInput};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{bundled, Ec2Catalogue, InstanceType};
use ecs_planner_engine::report::{format_usd, SimulationReport};
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::text::Render;
use serde_json::{json, Value};

fn catalogue_type(name: &str) -> InstanceType {
    bundled()
        .region("us-east-1")
        .and_then(|r| r.ec2.as_ref())
        .and_then(|c| c.get(name))
        .cloned()
        .unwrap()
}

fn shop() -> Value {
    serde_json::from_str(include_str!("../../examples/shop.json")).unwrap()
}

// ---- burstable instances ----

#[test]
fn listed_t3_large_with_full_reservations_bills_surplus_credits() {
    // Two 1024-unit tasks fill a t3.large's 2 × 1024 registered units: one
    // instance. It sustains 2 × 30% = 0.6 vCPU, so each hour bills
    // (2048 / 1024 − 0.6) = 1.4 surplus vCPU-hours × $0.05 = $0.07:
    // 0.0832 + 0.07 = $0.1532 per hour.
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "api", "cpu": 1024, "memory": 2048, "count": 2, "network_mode": "bridge"}],
        "ec2": {"instance_types": ["t3.large"], "strategy": ["binpack:cpu"]}
    }));
    let ec2 = option(&report, "ec2/single");
    let cluster = &ec2.clusters[0];
    assert_eq!(cluster.peak_instances, Some(1));
    close(cluster.hourly_cost_usd[0], 0.1532);
    // Monthly: 0.07 × 730 = 51.10 of credits; 0.0832 × 730 = 60.736 of
    // instance; 111.836 in all.
    close(cluster.credit_monthly_cost_usd, 51.1);
    close(cluster.monthly_cost_usd, 111.836);
    close(ec2.credit_monthly_cost_usd, 51.1);
    close(ec2.monthly_cost_usd, 111.836);
    // A repack cannot avoid the credits either: lower ≤ ideal ≤ as-ECS.
    let ideal = cluster.ideal_monthly_cost_usd.unwrap();
    let lower = cluster.lower_bound_monthly_cost_usd.unwrap();
    assert!(lower <= ideal + 1e-9 && ideal <= cluster.monthly_cost_usd + 1e-9);
    close(ideal, 111.836);
    assert!(
        ec2.notes
            .iter()
            .any(|n| n.contains("t3.large is burstable")),
        "{:#?}",
        ec2.notes
    );
}

#[test]
fn the_ec2_discount_does_not_apply_to_credits() {
    // 50% off instance-hours only: 60.736 × 0.5 + 51.10 = 81.468.
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "api", "cpu": 1024, "memory": 2048, "count": 2, "network_mode": "bridge"}],
        "ec2": {"instance_types": ["t3.large"], "strategy": ["binpack:cpu"]},
        "pricing": {"ec2_discount_pct": 50}
    }));
    close(option(&report, "ec2/single").monthly_cost_usd, 81.468);
}

#[test]
fn credits_only_above_the_baseline() {
    // One 512-unit task on a t3.large: 0.5 vCPU reserved < 0.6 baseline → no
    // credits; $0.0832 per hour.
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "api", "cpu": 512, "memory": 1024, "count": 1}],
        "ec2": {"instance_types": ["t3.large"]}
    }));
    let cluster = &option(&report, "ec2/single").clusters[0];
    close(cluster.credit_monthly_cost_usd, 0.0);
    close(cluster.hourly_cost_usd[0], 0.0832);
}

#[test]
fn the_example_shop_searches_without_t_types() {
    let report = run(shop());
    let mut clusters = 0;
    for option in report
        .options
        .iter()
        .filter(|o| o.launch_type == LaunchType::Ec2)
    {
        for cluster in &option.clusters {
            let name = cluster.instance_type.as_deref().unwrap();
            assert!(!name.starts_with('t'), "{} runs {name}", cluster.name);
            // x86_64 T types in the catalogue: t3 × 7 + t3a × 7 = 14.
            assert_eq!(cluster.burstable_types_excluded, 14);
            let reason = cluster.instance_type_reason.as_deref().unwrap();
            assert!(
                reason.contains("14 burstable (T) types were left out"),
                "{reason}"
            );
            close(cluster.credit_monthly_cost_usd, 0.0);
            clusters += 1;
        }
    }
    // single (1) + per-service (3) + by-group (2) clusters.
    assert_eq!(clusters, 6);
}

#[test]
fn opted_in_search_ranks_t_types_with_their_credits() {
    // Two tasks of 1024 units / 1024 MiB. t3a.medium (2 vCPU, 4 GiB) holds
    // both: 0.0376 + (2 − 2 × 0.2) × 0.05 = 0.0376 + 0.08 = $0.1176/h.
    // c6a.large holds both too: $0.0765/h. On price alone t3a.medium would
    // win; with credits c6a.large is cheaper.
    let mut settings = scenario(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "api", "cpu": 1024, "memory": 1024, "count": 2, "network_mode": "bridge"}],
        "ec2": {"allow_burstable": true, "strategy": ["binpack:cpu"]}
    }));
    let services: Vec<_> = settings.services.drain(..).collect();
    let input = Ec2ClusterInput {
        services: services.iter().collect(),
        settings: &settings.ec2,
        horizon_hours: 24,
    };
    let full = bundled().region("us-east-1").unwrap().ec2.clone().unwrap();
    let catalogue = Ec2Catalogue {
        types: vec![catalogue_type("t3a.medium"), catalogue_type("c6a.large")],
        snapshot: full.snapshot.clone(),
    };
    let plan = plan_cluster(&input, &catalogue);
    assert_eq!(plan.instance_type.as_deref(), Some("c6a.large"));
    assert_eq!(plan.burstable_types_excluded, 0);
    let runner_up = &plan.runners_up[0];
    assert_eq!(runner_up.name, "t3a.medium");
    // Monthly: 0.1176 × 730 = 85.848, of which 0.08 × 730 = 58.40 credits.
    close(runner_up.monthly_cost_usd, 85.848);
    close(runner_up.credit_monthly_cost_usd, 58.4);
    // Without the opt-in the search never sees t3a.medium.
    let mut off = settings.ec2.clone();
    off.allow_burstable = false;
    let input_off = Ec2ClusterInput {
        settings: &off,
        ..input.clone()
    };
    let plan_off = plan_cluster(&input_off, &catalogue);
    assert!(plan_off.runners_up.is_empty());
    assert_eq!(plan_off.burstable_types_excluded, 1);
}

#[test]
fn allow_burstable_round_trips_through_the_share_link() {
    let mut value = shop();
    value["ec2"]["allow_burstable"] = json!(true);
    value["ec2"]["ops_usd_per_cluster_month"] = json!(400);
    let s = scenario(value);
    let file = ecs_planner_engine::validate::scenario_to_json(&s);
    let link =
        ecs_planner_engine::link::encode(&file, &ecs_planner_engine::link::LinkView::default());
    let decoded = ecs_planner_engine::link::decode(&link).unwrap().scenario;
    assert_eq!(scenario(decoded), s);
}

// ---- ECS's default strategy ----

#[test]
fn no_strategy_is_the_explicit_spread_az_then_instance_chain() {
    let mut none = shop();
    none["ec2"].as_object_mut().unwrap().remove("strategy");
    let mut explicit = shop();
    explicit["ec2"]["strategy"] = json!(["spread:az", "spread:instanceId"]);
    let (a, b) = (run(none), run(explicit));
    assert_eq!(a.options.len(), b.options.len());
    for (x, y) in a.options.iter().zip(&b.options) {
        assert_eq!(x.key(), y.key());
        assert_eq!(x.monthly_cost_usd, y.monthly_cost_usd, "{}", x.key());
        assert_eq!(x.hourly_instances(), y.hourly_instances(), "{}", x.key());
    }
    // And it is not binpack:cpu, the old default: spread keeps at least one
    // instance per AZ busy where binpack fills one first.
    let binpack = run(shop());
    let single = |r: &SimulationReport| option(r, "ec2/single").avg_instances;
    assert!(
        single(&a) > single(&binpack),
        "{} vs {}",
        single(&a),
        single(&binpack)
    );
}

// ---- ECS's trunking task limits ----

fn tiny_awsvpc_tasks(count: u32) -> Value {
    json!({"name": "tiny", "cpu": 64, "memory": 128, "count": count, "network_mode": "awsvpc"})
}

fn instances_on(type_name: &str, tasks: u32, trunking: bool) -> (u32, u32, Vec<String>) {
    let s = scenario(json!({
        "region": "us-east-1", "horizon_hours": 1, "layouts": ["single"],
        "services": [tiny_awsvpc_tasks(tasks)],
        "ec2": {"strategy": ["binpack:cpu"], "eni_trunking": trunking}
    }));
    let input = Ec2ClusterInput {
        services: s.services.iter().collect(),
        settings: &s.ec2,
        horizon_hours: 1,
    };
    let run = simulate_cluster(&input, &catalogue_type(type_name));
    let notes = run.notes.iter().map(|n| n.render(Lang::En)).collect();
    (run.peak_instances, run.task_enis_per_instance, notes)
}

#[test]
fn trunking_uses_ecs_task_limits() {
    // 64 CPU / 128 MiB tasks: CPU and memory allow dozens per instance, so
    // the ENI limit decides. m5.large with trunking: ECS's table says 10
    // (EKS's branch ENIs would say 9) → ⌈20 / 10⌉ = 2 instances.
    assert_eq!(instances_on("m5.large", 20, true).0, 2);
    assert_eq!(instances_on("m5.large", 20, true).1, 10);
    // m5.4xlarge: 60 per instance → 60 tasks on 1, 61 on 2.
    assert_eq!(instances_on("m5.4xlarge", 60, true).0, 1);
    assert_eq!(instances_on("m5.4xlarge", 61, true).0, 2);
    // m5.16xlarge: 120.
    assert_eq!(instances_on("m5.16xlarge", 120, true).0, 1);
    assert_eq!(instances_on("m5.16xlarge", 121, true).0, 2);
    // T families have no trunking: t3.large keeps max ENIs − 1 = 3 − 1 = 2,
    // so 4 tasks need 2 instances with trunking on or off.
    assert_eq!(instances_on("t3.large", 4, true).1, 2);
    assert_eq!(instances_on("t3.large", 4, true).0, 2);
    // Without trunking m5.large holds 3 − 1 = 2: ⌈20 / 2⌉ = 10.
    assert_eq!(instances_on("m5.large", 20, false).0, 10);
}

#[test]
fn an_inferred_trunking_figure_is_said_so() {
    // m7i.4xlarge is newer than ECS's table: 60, from m6i.4xlarge.
    let (_, tasks, notes) = instances_on("m7i.4xlarge", 60, true);
    assert_eq!(tasks, 60);
    assert!(notes.iter().any(|n| n.contains("inferred")), "{notes:#?}");
    // m5.large's 10 is published: no such note.
    let (_, _, notes) = instances_on("m5.large", 10, true);
    assert!(!notes.iter().any(|n| n.contains("inferred")), "{notes:#?}");
}

// ---- Windows on Fargate ----

#[test]
fn an_8_vcpu_windows_task_is_not_placed_on_fargate() {
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [
            {"name": "api", "cpu": 1024, "memory": 2048, "count": 2},
            {"name": "legacy", "cpu": 8192, "memory": 16384, "count": 3, "os": "windows"}
        ]
    }));
    let fargate = option(&report, "fargate/single");
    assert_eq!(fargate.unplaced.len(), 1, "{:#?}", fargate.unplaced);
    let legacy = &fargate.unplaced[0];
    assert_eq!((legacy.service.as_str(), legacy.tasks), ("legacy", 3));
    assert!(
        legacy.reason.contains("1, 2 or 4 vCPU only"),
        "{}",
        legacy.reason
    );
    // Only api is billed: 2 × (1 × 0.04048 + 2 × 0.004445) = 0.09874 /h;
    // × 730 = 72.0802.
    close(fargate.monthly_cost_usd, 72.0802);
}

// ---- operations cost ----

#[test]
fn ops_figures_are_added_per_cluster_and_per_instance() {
    // api and web: 4 tasks of 512 / 1024 each, bridge, on m5.large (4 per
    // instance by CPU: 2048 / 512). Single: 2 instances; per-service: 1 each.
    // Ops $100 per cluster-month and $73 per instance-month:
    // - single: 100 + 2 instances × 73 = 246; instances 2 × 0.096 × 730
    //   = 140.16; total 386.16.
    // - per-service: 2 × 100 + 2 × 73 = 346; total 140.16 + 346 = 486.16.
    let report = run(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single", "per-service"],
        "services": [
            {"name": "api", "cpu": 512, "memory": 1024, "count": 4, "network_mode": "bridge"},
            {"name": "web", "cpu": 512, "memory": 1024, "count": 4, "network_mode": "bridge"}
        ],
        "ec2": {"instance_types": ["m5.large"], "strategy": ["binpack:cpu"],
                "ops_usd_per_cluster_month": 100, "ops_usd_per_instance_month": 73,
                "ops_engineer_usd_per_hour": 90}
    }));
    let single = option(&report, "ec2/single");
    close(single.ops_monthly_cost_usd, 246.0);
    close(single.monthly_cost_usd, 386.16);
    // Per hour: 2 × 0.096 + 2 × 73 / 730 + 100 / 730 = 0.192 + 0.2 + 0.136986… .
    close(
        single.clusters[0].hourly_cost_usd[0],
        0.192 + 0.2 + 100.0 / 730.0,
    );
    let per_service = option(&report, "ec2/per-service");
    close(per_service.ops_monthly_cost_usd, 346.0);
    close(per_service.monthly_cost_usd, 486.16);
    // Fargate carries none of it.
    close(option(&report, "fargate/single").ops_monthly_cost_usd, 0.0);
    assert!(
        report
            .assumptions
            .iter()
            .any(|a| a.contains("$100.00 per EC2 cluster per month")
                && a.contains("$73.00 per running instance")
                && a.contains("$90.00")),
        "{:#?}",
        report.assumptions
    );
}

#[test]
fn no_ops_figures_no_ops_assumption() {
    let report = run(shop());
    assert!(!report
        .assumptions
        .iter()
        .any(|a| a.contains("operations work, your figures")));
    for o in &report.options {
        close(o.ops_monthly_cost_usd, 0.0);
    }
}

// ---- complete options (EC2 + Fargate for what EC2 cannot place) ----
//
// us-east-1 Fargate rates: Linux/x86 0.04048 per vCPU-hour and 0.004445
// per GB-hour; Windows 0.046552 and 0.00511175 plus a 0.046 licence fee
// per vCPU-hour (2025-08 rates); Linux/ARM 0.03238 and 0.00356.

fn analyzed(value: Value) -> SimulationReport {
    ecs_planner_engine::analysis::analyze(&scenario(value), bundled()).report
}

fn mix() -> Value {
    json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single", "per-service"],
        "services": [
            {"name": "api", "cpu": 1024, "memory": 2048, "count": 6, "network_mode": "bridge"},
            {"name": "legacy", "cpu": 2048, "memory": 8192, "count": 4, "os": "windows"}
        ],
        "ec2": {"instance_types": ["m5.2xlarge"], "strategy": ["binpack:cpu"]}
    })
}

#[test]
fn linux_and_windows_mix_runs_legacy_on_fargate_and_fargate_all_in_wins() {
    // api on Fargate: 1 × 0.04048 + 2 × 0.004445 = 0.04937 /task-hour;
    //   6 tasks → 0.29622 /h.
    // legacy (Windows, 2 vCPU / 8 GB): 2 × 0.046552 + 8 × 0.00511175
    //   + 2 × 0.046 = 0.093104 + 0.040894 + 0.092 = 0.225998 /task-hour;
    //   4 tasks → 0.903992 /h, × 730 = 659.91416 a month.
    // Fargate all-in: (0.29622 + 0.903992) × 730 = 876.15476.
    // EC2: api's 6 × 1024 units fill 6144 of one m5.2xlarge's 8192
    //   → 1 × 0.384 × 730 = 280.32; legacy cannot run on EC2 and runs on
    //   Fargate: 280.32 + 659.91416 = 940.23416.
    let report = analyzed(mix());
    let fargate = option(&report, "fargate/single");
    close(fargate.monthly_cost_usd, 876.15476);
    assert!(!fargate.incomplete);
    let ec2 = option(&report, "ec2/single");
    close(ec2.monthly_cost_usd, 940.23416);
    close(ec2.fargate_fallback_monthly_cost_usd, 659.91416);
    assert!(!ec2.incomplete && ec2.unplaced.is_empty());
    let legacy = &ec2.fargate_fallback[0];
    assert_eq!((legacy.service.as_str(), legacy.tasks), ("legacy", 4));
    assert_eq!(
        legacy.cause,
        ecs_planner_engine::report::FallbackCause::Windows
    );
    assert!(legacy.reason.contains("Windows"), "{}", legacy.reason);
    // The cluster carries it: cost, hourly series and per-service split.
    let cluster = &ec2.clusters[0];
    close(cluster.monthly_cost_usd, 940.23416);
    close(cluster.hourly_cost_usd[0], 0.384 + 0.903992);
    let share = |name: &str| {
        cluster
            .service_costs
            .iter()
            .find(|c| c.service == name)
            .unwrap()
            .monthly_cost_usd
    };
    close(share("legacy"), 659.91416);
    close(share("api"), 280.32);
    // Per-service: api alone on m5.2xlarge (280.32), legacy on Fargate in
    // its own cluster (659.91416): the same 940.23416.
    close(
        option(&report, "ec2/per-service").monthly_cost_usd,
        940.23416,
    );
    // Fargate all-in is cheapest; EC2's figure is the complete one.
    let cheapest = &report.options[report.cheapest.unwrap()];
    assert_eq!(cheapest.launch_type, LaunchType::Fargate);
    close(ec2.delta_vs_cheapest_usd, 940.23416 - 876.15476);
    let text = report.verdict.join("\n");
    assert!(
        text.contains("EC2 + Fargate for legacy (Windows) on one shared cluster")
            && text.contains("$659.91/month of Fargate"),
        "{text}"
    );
    assert!(
        ec2.notes
            .iter()
            .any(|n| n.contains("EC2 cannot place legacy (Windows)")),
        "{:#?}",
        ec2.notes
    );
}

#[test]
fn all_windows_makes_the_ec2_figure_the_fargate_one_not_zero() {
    // legacy alone: 0.903992 /h × 730 = 659.91416 on Fargate, and EC2
    // runs it on Fargate too (no instance at all): the same figure, never
    // "EC2 at $0.00".
    let mut value = mix();
    value["services"].as_array_mut().unwrap().remove(0);
    let report = analyzed(value);
    let ec2 = option(&report, "ec2/single");
    close(ec2.monthly_cost_usd, 659.91416);
    assert_eq!(ec2.peak_instances, 0);
    close(
        option(&report, "fargate/single").monthly_cost_usd,
        659.91416,
    );
}

#[test]
fn mixed_architectures_in_one_cluster_run_the_minority_on_fargate() {
    // web: 4 × 1 vCPU / 2 GB x86; graph: 2 × 1 vCPU / 2 GB arm64. One
    // shared cluster on m5.large (x86, 2 vCPUs): web needs 2 instances,
    // 2 × 0.096 × 730 = 140.16. graph is arm64: on Fargate ARM,
    // 2 × (0.03238 + 2 × 0.00356) = 2 × 0.0395 = 0.079 /h × 730 = 57.67.
    // EC2 single: 140.16 + 57.67 = 197.83 (no longer the 140.16 that
    // dropped graph).
    let report = analyzed(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [
            {"name": "web", "cpu": 1024, "memory": 2048, "count": 4, "network_mode": "bridge"},
            {"name": "graph", "cpu": 1024, "memory": 2048, "count": 2, "network_mode": "bridge", "arch": "arm64"}
        ],
        "ec2": {"instance_types": ["m5.large"], "strategy": ["binpack:cpu"]}
    }));
    let ec2 = option(&report, "ec2/single");
    close(ec2.monthly_cost_usd, 197.83);
    close(ec2.fargate_fallback_monthly_cost_usd, 57.67);
    assert_eq!(
        ec2.fargate_fallback[0].cause,
        ecs_planner_engine::report::FallbackCause::Architecture {
            arch: ecs_planner_engine::scenario::Arch::Arm64
        }
    );
    assert!(report
        .verdict
        .join(" ")
        .contains("EC2 + Fargate for graph (arm64)"));
}

#[test]
fn a_task_that_fits_nowhere_makes_every_option_incomplete_and_none_ranked() {
    // An 8 vCPU Windows task: no Windows Fargate size above 4 vCPU, and no
    // Windows on EC2. Every option leaves it out: none is cheapest, no
    // delta, no break-even point, and the verdict says so.
    let report = analyzed(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [
            {"name": "api", "cpu": 1024, "memory": 2048, "count": 2, "network_mode": "bridge"},
            {"name": "big", "cpu": 8192, "memory": 16384, "count": 1, "os": "windows"}
        ],
        "ec2": {"instance_types": ["m5.large"], "strategy": ["binpack:cpu"]}
    }));
    assert!(
        report.options.iter().all(|o| o.incomplete),
        "{:#?}",
        report.options
    );
    assert_eq!(report.cheapest, None);
    assert!(report
        .options
        .iter()
        .all(|o| o.delta_vs_cheapest_usd == 0.0));
    let scan = report.break_even.as_ref().unwrap();
    assert!(scan.points.iter().all(|p| p.monthly_cost_usd.is_empty()));
    assert!(scan.crossovers.is_empty());
    assert!(
        report.verdict[0].starts_with("No option runs the whole workload"),
        "{:#?}",
        report.verdict
    );
    assert!(report
        .verdict
        .iter()
        .any(|v| v.contains("1 task(s) of big")));
}

#[test]
fn an_incomplete_option_is_never_ranked_cheapest() {
    // A 32 vCPU Linux task is too big for any Fargate size (16 vCPU max)
    // but fits an m5.8xlarge: Fargate options are incomplete, so EC2 is
    // ranked even if Fargate's partial figure is lower.
    let report = analyzed(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [
            {"name": "api", "cpu": 256, "memory": 512, "count": 1, "network_mode": "bridge"},
            {"name": "huge", "cpu": 32768, "memory": 65536, "count": 1, "network_mode": "bridge"}
        ],
        "ec2": {"strategy": ["binpack:cpu"]}
    }));
    let fargate = option(&report, "fargate/single");
    assert!(fargate.incomplete);
    let ec2 = option(&report, "ec2/single");
    assert!(!ec2.incomplete);
    assert!(fargate.monthly_cost_usd < ec2.monthly_cost_usd);
    assert_eq!(
        report.options[report.cheapest.unwrap()].launch_type,
        LaunchType::Ec2
    );
    assert!(report.verdict.iter().any(|v| v
        .contains("cannot run on Fargate on one shared cluster")
        && v.contains("not ranked")));
}

// ---- the operations break-even and what binpack would save ----

#[test]
fn ops_break_even_states_the_saving_as_work_and_hours() {
    // batch: 12 × 4 vCPU / 8 GB. Fargate: 4 × 0.04048 + 8 × 0.004445
    // = 0.16192 + 0.03556 = 0.19748 /task-hour × 12 × 730 = 1,729.9248.
    // EC2 on m5.xlarge (4 vCPUs, one task each): 12 × 0.192 × 730
    // = 1,681.92; ops $10 per cluster-month → 1,691.92.
    // Saving: 1,729.9248 − 1,691.92 = 38.0048 → "$38.00"; at $40/hour,
    // 38.0048 / 40 = 0.95 hours.
    let report = analyzed(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "batch", "cpu": 4096, "memory": 8192, "count": 12, "network_mode": "bridge"}],
        "ec2": {"instance_types": ["m5.xlarge"], "strategy": ["binpack:cpu"],
                "ops_usd_per_cluster_month": 10, "ops_engineer_usd_per_hour": 40}
    }));
    close(
        option(&report, "fargate/single").monthly_cost_usd,
        1729.9248,
    );
    close(option(&report, "ec2/single").monthly_cost_usd, 1691.92);
    let sentence = report
        .verdict
        .iter()
        .find(|v| v.contains("if patching"))
        .unwrap_or_else(|| panic!("{:#?}", report.verdict));
    assert_eq!(
        sentence,
        "EC2 on one shared cluster saves $38.00/month over Fargate on one shared cluster (after the $10.00/month of operations work you entered); if patching and running its instances takes more than that in engineering time each month (about 1.0 hours at $40.00/hour), Fargate is cheaper."
    );
}

#[test]
fn ops_break_even_is_stated_with_no_ops_figures_too() {
    // The same without ops figures: 1,729.9248 − 1,681.92 = 48.0048.
    let report = analyzed(json!({
        "region": "us-east-1", "horizon_hours": 24, "layouts": ["single"],
        "services": [{"name": "batch", "cpu": 4096, "memory": 8192, "count": 12, "network_mode": "bridge"}],
        "ec2": {"instance_types": ["m5.xlarge"], "strategy": ["binpack:cpu"]}
    }));
    assert!(report.verdict.iter().any(|v| v
        == "EC2 on one shared cluster saves $48.00/month over Fargate on one shared cluster; if patching and running its instances takes more than that in engineering time each month, Fargate is cheaper."),
        "{:#?}", report.verdict);
}

#[test]
fn ecs_default_spread_says_what_binpack_would_save() {
    // The shop without a strategy runs ECS's default spread chain; the
    // binpack figure is the same shop simulated with binpack:cpu, option
    // for option, and the sentence prints both and their difference.
    let mut value = shop();
    value["ec2"].as_object_mut().unwrap().remove("strategy");
    let spread = analyzed(value);
    let packed = run(shop());
    let ec2 = spread
        .options
        .iter()
        .filter(|o| o.launch_type == LaunchType::Ec2)
        .min_by(|a, b| a.monthly_cost_usd.total_cmp(&b.monthly_cost_usd))
        .unwrap();
    let binpack = option(&packed, &format!("ec2/{}", ec2.layout)).monthly_cost_usd;
    close(ec2.binpack_monthly_cost_usd.unwrap(), binpack);
    assert!(
        binpack < ec2.monthly_cost_usd - 1.0,
        "{binpack} vs {}",
        ec2.monthly_cost_usd
    );
    let key = ecs_planner_engine::text::en::option_label(ec2.key());
    let expected = format!(
        "Placed with spread:az then spread:instanceId, {key} costs {}/month; binpack:cpu would pack the same tasks onto fewer instances for {}/month, {}/month less (at the cost of spreading less across zones and instances).",
        format_usd(ec2.monthly_cost_usd),
        format_usd(binpack),
        format_usd(ec2.monthly_cost_usd - binpack)
    );
    assert!(
        spread.verdict.contains(&expected),
        "{expected}\n{:#?}",
        spread.verdict
    );
    // With binpack already in the chain there is nothing to add.
    let report = analyzed(shop());
    assert!(report
        .options
        .iter()
        .all(|o| o.binpack_monthly_cost_usd.is_none()));
}

// ---- Korean for the new sentences ----

/// `$1,234.56` tokens of a sentence.
fn dollars(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| c.is_whitespace() || "(),;".contains(c))
        .filter(|w| w.starts_with('$'))
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_ascii_digit())
                .to_string()
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_new_sentences_read_in_korean_with_the_same_figures() {
    use ecs_planner_engine::findings::VerdictFinding as V;
    use ecs_planner_engine::lang::Lang;
    use ecs_planner_engine::text::Render;
    let mut seen = Vec::new();
    let mut nowhere = mix();
    nowhere["services"][1]["cpu"] = json!(8192);
    nowhere["services"][1]["memory"] = json!(16384);
    let mut spread = shop();
    spread["ec2"] = json!({"ops_usd_per_cluster_month": 10, "ops_engineer_usd_per_hour": 40});
    let mut t3 = mix();
    t3["services"].as_array_mut().unwrap().remove(1);
    t3["ec2"]["instance_types"] = json!(["t3.large"]);
    for value in [mix(), nowhere, spread, t3, shop()] {
        let report = analyzed(value);
        for f in &report.verdict_findings {
            if matches!(
                f,
                V::NoCompleteOption
                    | V::FargateFallback { .. }
                    | V::OpsBreakEven { .. }
                    | V::FargateCheaperBeforeOps { .. }
                    | V::BinpackSaving { .. }
                    | V::Unplaced { .. }
            ) {
                let (en, ko) = (f.render(Lang::En), f.render(Lang::Ko));
                assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "{ko}");
                assert_eq!(dollars(&en), dollars(&ko), "{en}\n{ko}");
                seen.push(std::mem::discriminant(f));
            }
        }
        for o in &report.options {
            for n in &o.note_findings {
                let (en, ko) = (n.render(Lang::En), n.render(Lang::Ko));
                if ko != en {
                    assert_eq!(dollars(&en), dollars(&ko), "{en}\n{ko}");
                }
            }
        }
    }
    seen.sort_by_key(|d| format!("{d:?}"));
    seen.dedup();
    assert!(seen.len() >= 5, "{seen:?}");
    let report = analyzed(mix());
    let ec2 = option(&report, "ec2/single");
    assert_eq!(
        ecs_planner_engine::text::fallback_label(ec2, Lang::Ko).as_deref(),
        Some("EC2 + Fargate(legacy: Windows)")
    );
}
