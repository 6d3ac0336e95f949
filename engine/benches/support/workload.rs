//! The bench's seeded workload, shared with `examples/estate.rs`.

// Not every includer uses every item.
#![allow(dead_code)]

use ecs_planner_engine::ec2::rng::SplitMix64;
use ecs_planner_engine::scenario::{
    Arch, Desired, Ec2Settings, NetworkMode, OpsCost, Os, PlacementStrategy, Service,
};

pub const HOURS: u32 = 168;
pub const SEED: u64 = 2026;
/// `services` services whose peaks add up to about `total_tasks`, each with
/// a weekly profile (a daily curve between 30% and 100% of its peak, lower
/// at weekends), sizes drawn from common task sizes.
pub fn workload(seed: u64, services: usize, total_tasks: u32) -> Vec<Service> {
    let mut rng = SplitMix64::new(seed);
    let sizes = [
        (256, 512),
        (512, 1024),
        (512, 2048),
        (1024, 2048),
        (1024, 4096),
        (2048, 4096),
        (2048, 8192),
        (4096, 8192),
    ];
    let per_service = (total_tasks / u32::try_from(services).unwrap_or(1)).max(1);
    (0..services)
        .map(|i| {
            let (cpu, mem) = sizes[usize::try_from(rng.in_range(0, 7)).unwrap_or(0)];
            let peak = rng
                .in_range(per_service / 2, per_service + per_service / 2)
                .max(1);
            let phase = rng.in_range(0, 23);
            let profile = (0..168u32)
                .map(|h| {
                    let hour_of_day = (h + phase) % 24;
                    let distance = hour_of_day.abs_diff(14).min(24 - hour_of_day.abs_diff(14));
                    let weekend = if h / 24 >= 5 { 70 } else { 100 };
                    // 100% at 14:00, falling 6% per hour away to 30%.
                    let pct = 100u32.saturating_sub(distance * 6).max(30) * weekend / 100;
                    (peak * pct).div_ceil(100)
                })
                .collect();
            Service {
                name: format!("svc{i}"),
                cpu_units: cpu,
                memory_mib: mem,
                desired: Desired::Profile(profile),
                group: None,
                arch: Arch::X86_64,
                os: Os::Linux,
                network_mode: if rng.in_range(0, 3) == 0 {
                    NetworkMode::Awsvpc
                } else {
                    NetworkMode::Bridge
                },
                host_port: None,
                distinct_instance: false,
                daemon: false,
            }
        })
        .collect()
}

pub fn settings(strategy: Vec<PlacementStrategy>) -> Ec2Settings {
    Ec2Settings {
        instance_types: None,
        strategy,
        target_capacity: 100,
        availability_zones: 3,
        eni_trunking: true,
        memory_overhead_mib: None,
        min_instances: 0,
        seed: SEED,
        allow_burstable: false,
        spot: Default::default(),
        capacity_providers: Vec::new(),
        ops: OpsCost::default(),
    }
}
