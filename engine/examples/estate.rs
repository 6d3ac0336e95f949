//! Times one EC2 simulation and one whole-catalogue search of a seeded
//! estate (the bench's workload): the driver behind BENCHMARKS.md's
//! "Estates of 2,000 services" CPU figures.
//!
//! Run: `cargo run --profile bench -p ecs-planner-engine --example estate -- 2000 100000`
//! (services, tasks; add `sim` or `search` to run only one of the two, or
//! `providers` for the capacity-provider search and its parts).

// A measuring tool may stop loudly when the bundled catalogue lacks a type.
#![allow(clippy::expect_used)]

use std::time::Instant;

use ecs_planner_engine::ec2::providers::{plan_providers, shape_groups, PlanPricing};
use ecs_planner_engine::ec2::{
    plan_cluster, plan_cluster_winner, simulate_cluster, ClusterPlan, Ec2ClusterInput,
};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::PlacementStrategy;
use ecs_planner_engine::scenario::{Ec2Spot, OpsCost};

#[path = "../benches/support/workload.rs"]
mod workload;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let services: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let tasks: u32 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let only = args.get(2).map(String::as_str);
    let catalogue = bundled()
        .region("us-east-1")
        .and_then(|r| r.ec2.as_ref())
        .expect("bundled us-east-1 catalogue");
    let svc = workload::workload(workload::SEED + 1, services, tasks);
    let settings = workload::settings(vec![
        PlacementStrategy::SpreadAz,
        PlacementStrategy::BinpackMemory,
    ]);
    let input = Ec2ClusterInput {
        services: svc.iter().collect(),
        settings: &settings,
        horizon_hours: workload::HOURS,
    };
    let peak: u32 = svc.iter().map(|s| s.desired.peak()).sum();
    if only == Some("providers") {
        let (ops, spot) = (OpsCost::default(), Ec2Spot::default());
        let pricing = PlanPricing {
            discount_pct: 0.0,
            horizon_hours: workload::HOURS,
            ops: &ops,
            spot: &spot,
        };
        let start = Instant::now();
        let choice = plan_providers(&input, catalogue, pricing);
        let kept: Vec<String> = choice
            .providers
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.name,
                    p.plan.instance_type.as_deref().unwrap_or("-")
                )
            })
            .collect();
        println!(
            "PROVIDERS {services} services / {peak} tasks: {}; {:.0} ms",
            kept.join(", "),
            start.elapsed().as_secs_f64() * 1000.0
        );
        // Its parts, one by one, as it runs them: one search per shape, then
        // the shared provider's winner alone (its full search runs only
        // when the shared provider is kept).
        let part = |label: &str, group: &Ec2ClusterInput, search: fn(&Ec2ClusterInput, &_) -> _| {
            let start = Instant::now();
            let plan: ClusterPlan = search(group, catalogue);
            println!(
                "  {label} ({} services): {} simulated, {} pruned; {:.0} ms",
                group.services.len(),
                plan.types_simulated,
                plan.types_pruned,
                start.elapsed().as_secs_f64() * 1000.0
            );
        };
        let groups = shape_groups(&input.services);
        if groups.len() < 2 {
            // One shape: only the shared provider, searched in full.
            part("shared", &input, plan_cluster);
            return;
        }
        for (name, members) in groups {
            let group = Ec2ClusterInput {
                services: members,
                settings: &settings,
                horizon_hours: workload::HOURS,
            };
            part(&name, &group, plan_cluster);
        }
        part("shared, winner only", &input, plan_cluster_winner);
        if choice.shared_monthly_usd.is_none() {
            part("shared, in full (kept)", &input, plan_cluster);
        }
        return;
    }
    if only != Some("search") {
        let t3a = catalogue.get("t3a.xlarge").expect("t3a.xlarge");
        let start = Instant::now();
        let run = simulate_cluster(&input, t3a);
        println!(
            "SIM {services} services / {peak} tasks on t3a.xlarge: {} inst-h (ideal {}, lower bound {}); {:.0} ms",
            run.instance_hours,
            run.ideal_instance_hours,
            run.lower_bound_instance_hours,
            start.elapsed().as_secs_f64() * 1000.0
        );
    }
    if only != Some("sim") {
        let start = Instant::now();
        let plan = plan_cluster(&input, catalogue);
        if let (Some(name), Some(run)) = (&plan.instance_type, &plan.run) {
            println!(
                "SEARCH {services} services / {peak} tasks: winner {name}, {} inst-h (ideal {}, lower bound {}); {} simulated, {} pruned; {:.0} ms",
                run.instance_hours,
                run.ideal_instance_hours,
                run.lower_bound_instance_hours,
                plan.types_simulated,
                plan.types_pruned,
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}
