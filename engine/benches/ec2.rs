//! EC2 simulator benchmarks on a seeded ladder of sizes: one instance type
//! (10,000 tasks × 168 hours must take under 1 s), the whole-catalogue
//! instance-type search (1,000 tasks × 168 hours under 1 s) and a typical
//! scenario (30 services, 300 tasks, search included, under 16 ms), and the
//! capacity-provider search on top of it (one shared provider against one
//! per task shape, each with its searched type). The ladder goes up to
//! 2,000 services / 100,000 tasks (one timed run each).
//!
//! Besides criterion's timings, each case prints its quality once:
//! instance-hours as ECS runs it, ideal repack and lower bound.
//! Run: `cargo bench -p ecs-planner-engine --bench ec2`.

// A benchmark may stop loudly when the bundled catalogue lacks a type.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ecs_planner_engine::ec2::providers::{plan_providers, PlanPricing};
use ecs_planner_engine::ec2::{plan_cluster, simulate_cluster, Ec2ClusterInput, Ec2Spot};
use ecs_planner_engine::pricing::{bundled, Ec2Catalogue, InstanceType};
use ecs_planner_engine::scenario::OpsCost;
use ecs_planner_engine::scenario::{Arch, Desired, NetworkMode, Os, PlacementStrategy, Service};

/// Cases above this many tasks (the 2,000-service / 100,000-task rung) run
/// once, timed by the printed line, not ten times under criterion.
const LARGEST_TIMED_TASKS: u32 = 10_000;

#[path = "support/workload.rs"]
mod workload;
use workload::{settings, workload, HOURS, SEED};

fn catalogue() -> &'static Ec2Catalogue {
    bundled()
        .region("us-east-1")
        .and_then(|r| r.ec2.as_ref())
        .expect("bundled us-east-1 catalogue")
}

fn instance_type(name: &str) -> &'static InstanceType {
    catalogue().get(name).expect("bundled type")
}

fn peak_tasks(services: &[Service]) -> u32 {
    services.iter().map(|s| s.desired.peak()).sum()
}

fn print_quality(label: &str, input: &Ec2ClusterInput, instance: &InstanceType) {
    let start = Instant::now();
    let run = simulate_cluster(input, instance);
    let took = start.elapsed();
    let ratio = |a: u64| a as f64 / run.lower_bound_instance_hours.max(1) as f64;
    println!(
        "QUALITY {label}: {} on {}: as-ECS {} inst-h ({:.3}x lower bound), ideal {} ({:.3}x), lower bound {}; peak {} instances; one run {:.1} ms",
        peak_tasks(&input.services.iter().map(|s| (*s).clone()).collect::<Vec<_>>()),
        instance.name,
        run.instance_hours,
        ratio(run.instance_hours),
        run.ideal_instance_hours,
        ratio(run.ideal_instance_hours),
        run.lower_bound_instance_hours,
        run.peak_instances,
        took.as_secs_f64() * 1000.0
    );
}

fn one_type(c: &mut Criterion) {
    let mut group = c.benchmark_group("ec2_one_type_168h");
    group.sample_size(10);
    let m5 = instance_type("m5.4xlarge");
    for (tasks, services) in [
        (100u32, 10usize),
        (1_000, 30),
        (10_000, 100),
        (100_000, 2_000),
    ] {
        let svc = workload(SEED, services, tasks);
        for (chain_name, chain) in [
            (
                "spread_az+binpack_memory",
                vec![
                    PlacementStrategy::SpreadAz,
                    PlacementStrategy::BinpackMemory,
                ],
            ),
            ("binpack_cpu", vec![PlacementStrategy::BinpackCpu]),
            ("default_spread_az+spread_instance", vec![]),
        ] {
            let s = settings(chain);
            let input = Ec2ClusterInput {
                services: svc.iter().collect(),
                settings: &s,
                horizon_hours: HOURS,
            };
            print_quality(&format!("{chain_name} {tasks} tasks"), &input, m5);
            if tasks > LARGEST_TIMED_TASKS {
                // Seconds per run: the QUALITY line's single timing only.
                continue;
            }
            group.bench_with_input(
                BenchmarkId::new(chain_name, peak_tasks(&svc)),
                &input,
                |b, input| {
                    b.iter(|| black_box(simulate_cluster(black_box(input), m5)));
                },
            );
        }
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("ec2_search_catalogue_168h");
    group.sample_size(10);
    for (tasks, services) in [
        (100u32, 10usize),
        (300, 30),
        (1_000, 30),
        (10_000, 100),
        (100_000, 2_000),
    ] {
        let svc = workload(SEED + 1, services, tasks);
        let s = settings(vec![
            PlacementStrategy::SpreadAz,
            PlacementStrategy::BinpackMemory,
        ]);
        let input = Ec2ClusterInput {
            services: svc.iter().collect(),
            settings: &s,
            horizon_hours: HOURS,
        };
        let start = Instant::now();
        let plan = plan_cluster(&input, catalogue());
        let took = start.elapsed();
        if let (Some(name), Some(run)) = (&plan.instance_type, &plan.run) {
            println!(
                "SEARCH {services} services / {} tasks: winner {name}, {} inst-h (ideal {}, lower bound {}); {} types simulated, {} pruned; one search {:.1} ms",
                peak_tasks(&svc),
                run.instance_hours,
                run.ideal_instance_hours,
                run.lower_bound_instance_hours,
                plan.types_simulated,
                plan.types_pruned,
                took.as_secs_f64() * 1000.0
            );
        }
        if tasks > LARGEST_TIMED_TASKS {
            continue;
        }
        group.bench_with_input(
            BenchmarkId::new(format!("{services}_services"), peak_tasks(&svc)),
            &input,
            |b, input| {
                b.iter(|| black_box(plan_cluster(black_box(input), catalogue())));
            },
        );
    }
    group.finish();
}

/// The capacity-provider search (`ec2::providers::plan_providers`): the
/// whole-catalogue search for one shared provider and for one provider per
/// task shape, keeping the cheaper; prints the providers kept, their
/// instance-hours against the lower bound, and one run's time.
fn provider_search(c: &mut Criterion) {
    let mut group = c.benchmark_group("ec2_provider_search_168h");
    group.sample_size(10);
    let (ops, spot) = (OpsCost::default(), Ec2Spot::default());
    let pricing = PlanPricing {
        discount_pct: 0.0,
        horizon_hours: HOURS,
        ops: &ops,
        spot: &spot,
    };
    for (tasks, services) in [(1_000u32, 30usize), (10_000, 100), (100_000, 2_000)] {
        let svc = workload(SEED + 1, services, tasks);
        let s = settings(vec![
            PlacementStrategy::SpreadAz,
            PlacementStrategy::BinpackMemory,
        ]);
        let input = Ec2ClusterInput {
            services: svc.iter().collect(),
            settings: &s,
            horizon_hours: HOURS,
        };
        let start = Instant::now();
        let choice = plan_providers(&input, catalogue(), pricing);
        let took = start.elapsed();
        let (mut hours, mut bound) = (0u64, 0u64);
        let mut kept = Vec::new();
        for provider in &choice.providers {
            if let (Some(name), Some(run)) = (&provider.plan.instance_type, &provider.plan.run) {
                hours += run.instance_hours;
                bound += run.lower_bound_instance_hours;
                kept.push(format!(
                    "{} {} ({} services)",
                    provider.name,
                    name,
                    provider.services.len()
                ));
            }
        }
        println!(
            "PROVIDERS {services} services / {} tasks: {}; {hours} inst-h ({:.3}x the providers' lower bounds, {bound}); one search {:.1} ms",
            peak_tasks(&svc),
            kept.join(", "),
            hours as f64 / bound.max(1) as f64,
            took.as_secs_f64() * 1000.0
        );
        if tasks > LARGEST_TIMED_TASKS {
            continue;
        }
        group.bench_with_input(
            BenchmarkId::new(format!("{services}_services"), peak_tasks(&svc)),
            &input,
            |b, input| {
                b.iter(|| black_box(plan_providers(black_box(input), catalogue(), pricing)));
            },
        );
    }
    group.finish();
}

/// Hard cases for the scheduler: one service swinging between 10,000 and
/// 3,333 tasks every hour (thousands of tasks placed and stopped per hour),
/// and 3,000 distinct-instance tasks (one instance each), on m5.large.
fn stress(c: &mut Criterion) {
    let mut group = c.benchmark_group("ec2_stress_168h");
    group.sample_size(10);
    let m5 = instance_type("m5.large");
    let cases: [(&str, u32, bool, Vec<PlacementStrategy>); 5] = [
        ("swing_10000_default", 10_000, false, vec![]),
        (
            "swing_10000_binpack_cpu",
            10_000,
            false,
            vec![PlacementStrategy::BinpackCpu],
        ),
        (
            "swing_10000_random",
            10_000,
            false,
            vec![PlacementStrategy::Random],
        ),
        (
            "distinct_3000_spread_instance",
            3_000,
            true,
            vec![PlacementStrategy::SpreadInstanceId],
        ),
        (
            "distinct_3000_spread_az+binpack_cpu",
            3_000,
            true,
            vec![PlacementStrategy::SpreadAz, PlacementStrategy::BinpackCpu],
        ),
    ];
    for (name, peak, distinct, chain) in cases {
        let profile: Vec<u32> = (0..24)
            .map(|h| if h % 2 == 0 { peak } else { peak / 3 })
            .collect();
        let svc = [Service {
            name: "swing".into(),
            cpu_units: 256,
            memory_mib: 256,
            desired: Desired::Profile(profile),
            group: None,
            arch: Arch::X86_64,
            os: Os::Linux,
            network_mode: NetworkMode::Bridge,
            host_port: None,
            distinct_instance: distinct,
            daemon: false,
        }];
        let s = settings(chain);
        let input = Ec2ClusterInput {
            services: svc.iter().collect(),
            settings: &s,
            horizon_hours: HOURS,
        };
        print_quality(name, &input, m5);
        group.bench_with_input(BenchmarkId::new(name, peak), &input, |b, input| {
            b.iter(|| black_box(simulate_cluster(black_box(input), m5)));
        });
    }
    group.finish();
}

criterion_group!(benches, one_type, search, provider_search, stress);
criterion_main!(benches);
