//! The comparison matrix, layouts and the verdict, against figures worked
//! out by hand (the arithmetic is in the comments).
//!
//! Prices used (bundled us-east-1 snapshot): m5.large 0.096 USD/h (2 vCPU,
//! 8192 MiB, 3 ENIs); Fargate Linux/x86 0.04048 per vCPU-hour and 0.004445
//! per GB-hour.

#![allow(clippy::panic)] // test helpers fail loudly

mod common;

use common::{assert_usd, option, run_text};

use ecs_planner_engine::analysis::analyze;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::Layout;
use ecs_planner_engine::validate::parse_scenario;

/// Three services of one 512-unit / 1024 MiB task each, bridge mode, on
/// m5.large with no memory overhead.
const THREE_SMALL_SERVICES: &str = r#"{
  "version": 1, "region": "us-east-1", "horizon_hours": 24,
  "services": [
    {"name": "a", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge", "group": "prod"},
    {"name": "b", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge", "group": "prod"},
    {"name": "c", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge", "group": "dev"}
  ],
  "ec2": {"instance_types": ["m5.large"], "memory_overhead_mib": 0},
  "layouts": ["single", "per-service", "by-group"]
}"#;

#[test]
fn three_one_task_services_share_one_instance_but_need_three_per_service() {
    let report = run_text(THREE_SMALL_SERVICES);
    // single: 3 × 512 = 1536 ≤ 2048 CPU units, 3 GiB ≤ 8 GiB → 1 m5.large
    // all day: 0.096 × 730 = $70.08/month.
    let single = option(&report, "ec2/single");
    assert_eq!(single.peak_instances, 1);
    assert_usd(single.monthly_cost_usd, 70.08);
    // CPU reserved 1536 / 2048 = 75%; memory 3072 / 8192 = 37.5%.
    assert!((single.avg_cpu_reserved_pct - 75.0).abs() < 1e-9);
    assert!((single.avg_memory_reserved_pct - 37.5).abs() < 1e-9);
    // Unreserved by the scarcer resource: 25% of $70.08 = $17.52.
    assert_usd(single.idle_monthly_cost_usd, 17.52);
    // per-service: one instance per cluster → 3 × $70.08 = $210.24.
    let per_service = option(&report, "ec2/per-service");
    assert_eq!(per_service.peak_instances, 3);
    assert_eq!(per_service.clusters.len(), 3);
    assert_usd(per_service.monthly_cost_usd, 210.24);
    // by-group: prod (a, b) and dev (c) → 2 × $70.08 = $140.16.
    let by_group = option(&report, "ec2/by-group");
    assert_eq!(by_group.peak_instances, 2);
    assert_usd(by_group.monthly_cost_usd, 140.16);
    // Fargate, any layout: 3 × (0.5 × 0.04048 + 1 × 0.004445) = 0.074055
    // USD/h → × 730 = $54.06015/month.
    for layout in ["single", "per-service", "by-group"] {
        assert_usd(
            option(&report, &format!("fargate/{layout}")).monthly_cost_usd,
            54.06015,
        );
    }
    // Cheapest is Fargate; deltas are against it.
    let cheapest = &report.options[report.cheapest.unwrap()];
    assert_eq!(cheapest.key(), "fargate/single");
    assert_usd(per_service.delta_vs_cheapest_usd, 210.24 - 54.06015);
}

#[test]
fn verdict_for_three_small_services_names_the_winner_the_gap_and_the_cluster_cost() {
    let report = run_text(THREE_SMALL_SERVICES);
    // $70.08 − $54.06 = $16.02, 16.01985 / 70.08 = 22.9% → "23%".
    assert_eq!(
        report.verdict[0],
        "Cheapest: Fargate (on any layout: clusters are free and Fargate bills each task on its own) at $54.06/month, $16.02 (23%) less than EC2 on one shared cluster at $70.08/month."
    );
    // Per-service: $210.24 − $70.08 = $140.16 more; by-group $70.08 more.
    assert!(report.verdict.iter().any(|s| s
        == "On EC2, a cluster per service (3 clusters) costs $140.16/month more than one shared cluster: partly empty instances (its clusters run 3.0 instances on average against 1.0, each cluster keeping its own); a cluster per group (2 clusters) costs $70.08/month more than one shared cluster: partly empty instances (its clusters run 2.0 instances on average against 1.0, each cluster keeping its own)."),
        "{:#?}", report.verdict);
    // m5.large against Fargate for 2 vCPU + 8 GB: 0.096 / (2 × 0.04048 +
    // 8 × 0.004445) = 0.096 / 0.11652 = 82.4% → "82%" (docs/ecs-domain.md §7).
    assert!(report.verdict.iter().any(|s| s.starts_with(
        "At these prices one m5.large costs what Fargate charges for 82% of its vCPU and memory"
    )));
    // EC2 would tie with a 1 − 54.06015 / 70.08 = 22.9% discount → "23%".
    assert!(report.verdict.iter().any(|s| s
        == "What would change it: a further 23% EC2 discount (a Savings Plan or Reserved Instances, say) would make EC2 on one shared cluster as cheap as Fargate on one shared cluster."),
        "{:#?}", report.verdict);
}

#[test]
fn daemons_run_in_every_ec2_cluster_so_their_cost_multiplies() {
    // Two services of one 1024-unit task plus a 1024-unit daemon, bridge,
    // m5.large (2048 units). Shared: daemon 1024 + one task 1024 fill an
    // instance, so 2 instances each running the daemon. Per-service: the
    // daemon runs on each cluster's instance: still 2 instances, but the
    // daemon is in both clusters. Per-service without the daemon would be
    // the same 2 instances; the test checks the daemon lands everywhere.
    let report = run_text(
        r#"{
      "version": 1, "region": "us-east-1", "horizon_hours": 24,
      "services": [
        {"name": "a", "cpu": 1024, "memory": 1024, "count": 1, "network_mode": "bridge"},
        {"name": "b", "cpu": 1024, "memory": 1024, "count": 1, "network_mode": "bridge"},
        {"name": "agent", "cpu": 1024, "memory": 512, "daemon": true, "network_mode": "bridge"}
      ],
      "ec2": {"instance_types": ["m5.large"], "memory_overhead_mib": 0},
      "layouts": ["single", "custom"],
      "custom_clusters": [
        {"name": "one", "launch_type": "ec2", "services": ["a", "agent"]},
        {"name": "two", "launch_type": "ec2", "services": ["b", "agent"]}
      ]
    }"#,
    );
    // Shared: 2 instances × 0.096 × 730 = $140.16.
    let single = option(&report, "ec2/single");
    assert_eq!(single.peak_instances, 2);
    assert_usd(single.monthly_cost_usd, 140.16);
    // CPU: (2 daemons + 2 tasks) × 1024 / (2 × 2048) = 100%.
    assert!((single.avg_cpu_reserved_pct - 100.0).abs() < 1e-9);
    // Fargate leaves the daemon out, and 1 vCPU needs at least 2 GB, so each
    // task is billed 1 vCPU / 2 GB: 2 × (0.04048 + 2 × 0.004445) × 730 =
    // 2 × 0.04937 × 730 = $72.0802.
    let fargate = option(&report, "fargate/single");
    assert_usd(fargate.monthly_cost_usd, 72.0802);
    assert!(fargate.notes.iter().any(|n| n.contains("agent")));
    // Custom: the daemon runs in both EC2 clusters (listed in both, which
    // daemons may be): 1 instance each, $140.16 in all.
    let custom = option(&report, "ec2/custom");
    assert_eq!(custom.clusters.len(), 2);
    for cluster in &custom.clusters {
        assert!(cluster.services.contains(&"agent".to_string()));
        assert_eq!(cluster.peak_instances, Some(1));
    }
    assert_usd(custom.monthly_cost_usd, 140.16);
}

#[test]
fn per_service_clusters_each_carry_the_daemon() {
    // Two services of one 512-unit task and a 512-unit daemon, bridge, on
    // m5.large: per-service gives clusters "a" and "b" (no cluster for the
    // daemon itself), each with the daemon → 2 instances, 2 daemon tasks.
    // Shared: daemon 512 + 2 × 512 = 1536 ≤ 2048 → 1 instance.
    let report = run_text(
        r#"{
      "version": 1, "region": "us-east-1", "horizon_hours": 24,
      "services": [
        {"name": "a", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge"},
        {"name": "b", "cpu": 512, "memory": 1024, "count": 1, "network_mode": "bridge"},
        {"name": "agent", "cpu": 512, "memory": 256, "daemon": true, "network_mode": "bridge"}
      ],
      "ec2": {"instance_types": ["m5.large"], "memory_overhead_mib": 0},
      "layouts": ["single", "per-service"]
    }"#,
    );
    let per_service = option(&report, "ec2/per-service");
    let names: Vec<&str> = per_service
        .clusters
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["a", "b"]);
    // $70.08 × 2 = $140.16 against $70.08 shared.
    assert_usd(per_service.monthly_cost_usd, 140.16);
    assert_usd(option(&report, "ec2/single").monthly_cost_usd, 70.08);
    // CPU per-service: (512 + 512) / 2048 = 50% on each instance.
    assert!((per_service.avg_cpu_reserved_pct - 50.0).abs() < 1e-9);
}

#[test]
fn custom_hybrid_prod_on_ec2_dev_on_fargate_sensitive_alone() {
    // prod: api ×2 (512/1024, bridge) on EC2 m5.large → 1 instance → $70.08.
    // dev: worker ×1 (256/512) on Fargate → (0.25 × 0.04048 + 0.5 × 0.004445)
    // × 730 = 0.0123425 × 730 = $9.010025.
    // secure: vault ×1 (1024/2048, bridge) alone on EC2 → 1 instance → $70.08.
    // Total $149.170025.
    let report = run_text(
        r#"{
      "version": 1, "region": "us-east-1", "horizon_hours": 24,
      "services": [
        {"name": "api", "cpu": 512, "memory": 1024, "count": 2, "network_mode": "bridge"},
        {"name": "worker", "cpu": 256, "memory": 512, "count": 1},
        {"name": "vault", "cpu": 1024, "memory": 2048, "count": 1, "network_mode": "bridge"}
      ],
      "ec2": {"instance_types": ["m5.large"], "memory_overhead_mib": 0},
      "layouts": ["custom"],
      "custom_clusters": [
        {"name": "prod", "launch_type": "ec2", "services": ["api"]},
        {"name": "dev", "launch_type": "fargate", "services": ["worker"]},
        {"name": "secure", "launch_type": "ec2", "services": ["vault"]}
      ]
    }"#,
    );
    assert_eq!(report.options.len(), 1);
    let custom = &report.options[0];
    assert_eq!(custom.layout, Layout::Custom);
    let names: Vec<&str> = custom.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["prod", "dev", "secure"]);
    assert_usd(custom.clusters[0].monthly_cost_usd, 70.08);
    assert_usd(custom.clusters[1].monthly_cost_usd, 9.010025);
    assert_usd(custom.clusters[2].monthly_cost_usd, 70.08);
    assert_usd(custom.monthly_cost_usd, 149.170025);
    assert_eq!(custom.peak_instances, 2);
    assert!((custom.avg_instances - 2.0).abs() < 1e-9);
    // Constant counts: the ideal repack is what ECS runs; ideal and lower
    // bound include the Fargate cluster's $9.010025.
    assert_usd(custom.ideal_monthly_cost_usd.unwrap(), 149.170025);
    assert_usd(custom.lower_bound_monthly_cost_usd.unwrap(), 149.170025);
    // Idle: prod 1024 / 2048 CPU (50%) and 2048 / 8192 MiB (25%) reserved →
    // half of $70.08 idle; secure 1024 / 2048 CPU, 2048 / 8192 MiB → half of
    // $70.08; the Fargate worker is an exact size → $0. Total $70.08.
    assert_usd(custom.idle_monthly_cost_usd, 70.08);
    assert_eq!(custom.hourly_cpu_reserved_pct.len(), 24);
}

#[test]
fn discounts_apply_to_every_cell() {
    // THREE_SMALL_SERVICES with 20% off EC2 and 10% off Fargate:
    // EC2 single $70.08 × 0.8 = $56.064; per-service $210.24 × 0.8 = $168.192;
    // Fargate $54.06015 × 0.9 = $48.654135.
    let json = THREE_SMALL_SERVICES.replace(
        r#""layouts""#,
        r#""pricing": {"ec2_discount_pct": 20, "fargate_discount_pct": 10}, "layouts""#,
    );
    let report = run_text(&json);
    assert_usd(option(&report, "ec2/single").monthly_cost_usd, 56.064);
    assert_usd(option(&report, "ec2/per-service").monthly_cost_usd, 168.192);
    assert_usd(
        option(&report, "fargate/by-group").monthly_cost_usd,
        48.654135,
    );
}

#[test]
fn break_even_finds_where_ec2_starts_to_win() {
    // One service of 2048-unit / 4096 MiB tasks, bridge, on m5.large with
    // no overhead: one task per instance. Fargate per task: 2 × 0.04048 +
    // 4 × 0.004445 = 0.09874 USD/h against 0.096 for the instance → EC2 is
    // cheaper at every scale and the scan says so for the one layout.
    let parsed = parse_scenario(
        r#"{"version": 1, "region": "us-east-1", "horizon_hours": 24,
            "services": [{"name": "big", "cpu": 2048, "memory": 4096, "count": 4, "network_mode": "bridge"}],
            "ec2": {"instance_types": ["m5.large"], "memory_overhead_mib": 0},
            "layouts": ["single"]}"#,
        bundled(),
    )
    .unwrap();
    let analysis = analyze(&parsed.scenario, bundled());
    let scan = &analysis.break_even;
    assert_eq!(scan.points.len(), 9);
    // At 0.25× the count is 1: EC2 0.096 × 730 = $70.08, Fargate
    // 0.09874 × 730 = $72.0802.
    let first = &scan.points[0];
    let cost = |key: &str| {
        first
            .monthly_cost_usd
            .iter()
            .find(|(k, _)| k == key)
            .unwrap()
            .1
    };
    assert_usd(cost("ec2/single"), 70.08);
    assert_usd(cost("fargate/single"), 72.0802);
    assert_eq!(scan.crossovers.len(), 1);
    assert_eq!(scan.crossovers[0].scale, None);
    assert!(scan.crossovers[0].ec2_cheaper_above);
    assert!(analysis.report.verdict.contains(
        &"EC2 on one shared cluster stays cheaper than Fargate from 0.25× to 4× today's task counts."
            .to_string()
    ));
}

#[test]
fn verdict_names_the_eni_limit_when_it_fills_the_instances() {
    // 4 awsvpc tasks of 256 / 512 on m5.large (3 ENIs → 2 tasks each, no
    // trunking) → 2 instances. CPU 4 × 256 / (2 × 2048) = 25%; memory
    // 4 × 512 / (2 × 7985) = 12.8% (default overhead: 8192 − 207 = 7985).
    // With trunking ECS's own table allows 10 tasks per m5.large (EKS's
    // branch-ENI figure, 9, is not ECS's).
    let report = run_text(
        r#"{"version": 1, "region": "us-east-1", "horizon_hours": 24,
            "services": [{"name": "api", "cpu": 256, "memory": 512, "count": 4}],
            "ec2": {"instance_types": ["m5.large"]}, "layouts": ["single"]}"#,
    );
    let ec2 = option(&report, "ec2/single");
    assert_eq!(ec2.peak_instances, 2);
    assert!(report.verdict.iter().any(|s| s
        == "awsvpc tasks need one network interface each and ENI trunking is off, so a m5.large holds at most 2 tasks whatever their size; with only 25% CPU and 13% memory reserved, that limit is likely what fills the instances (turning on ENI trunking would allow 10 per m5.large)."),
        "{:#?}", report.verdict);
}
