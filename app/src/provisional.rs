//! STOP-GAP until the engine's `validate` and `simulate` land on main: a
//! minimal reader for the scenario JSON and a Fargate-only costing from the
//! engine's bundled prices (`pricing::bundled()`), producing the engine's own
//! report types. Delete this module when `ecs_planner_engine::validate` and
//! `ecs_planner_engine::simulate` exist; `sim.rs` is the only caller.
//!
//! Fargate billing (ecs-domain.md section 2): each task is billed at the
//! cheapest valid Fargate size covering its CPU and memory, per vCPU-hour and
//! per GB-hour of that size.

use ecs_planner_engine::pricing::{FargateRate, PriceBook};
use ecs_planner_engine::report::{
    monthly_from_horizon, ClusterResult, OptionResult, SimulationReport,
};
use ecs_planner_engine::scenario::{
    Arch, CustomCluster, Desired, Ec2Settings, FargateSettings, LaunchType, Layout, NetworkMode,
    Os, PlacementStrategy, PricingSettings, Scenario, Service, DEFAULT_HORIZON_HOURS,
    SCENARIO_VERSION,
};
use serde_json::Value;

use crate::sim::Issue;

/// Valid Linux Fargate sizes: (CPU units, memory MiB).
pub fn fargate_sizes() -> Vec<(u32, u32)> {
    let gib = |g: u32| g * 1024;
    let mut sizes = vec![(256, 512), (256, gib(1)), (256, gib(2))];
    sizes.extend((1..=4).map(|g| (512, gib(g))));
    sizes.extend((2..=8).map(|g| (1024, gib(g))));
    sizes.extend((4..=16).map(|g| (2048, gib(g))));
    sizes.extend((8..=30).map(|g| (4096, gib(g))));
    sizes.extend((16..=60).step_by(4).map(|g| (8192, gib(g))));
    sizes.extend((32..=120).step_by(8).map(|g| (16384, gib(g))));
    sizes
}

/// The cheapest valid size covering the request, and its hourly price.
pub fn cheapest_size(
    cpu_units: u32,
    memory_mib: u32,
    rate: &FargateRate,
) -> Option<((u32, u32), f64)> {
    fargate_sizes()
        .into_iter()
        .filter(|&(c, m)| c >= cpu_units && m >= memory_mib)
        .map(|(c, m)| {
            let usd = f64::from(c) / 1024.0 * rate.usd_per_vcpu_hour
                + f64::from(m) / 1024.0 * rate.usd_per_gb_hour;
            ((c, m), usd)
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

fn u32_at(v: &Value, key: &str, path: &str, errors: &mut Vec<Issue>) -> Option<u32> {
    match v.get(key) {
        Some(Value::Number(n)) => match n.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                errors.push(Issue::new(
                    format!("{path}.{key}"),
                    "must be a whole number ≥ 0",
                ));
                None
            }
        },
        Some(Value::String(s)) => match s.trim().parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(Issue::new(
                    format!("{path}.{key}"),
                    format!("\"{s}\" is not a whole number"),
                ));
                None
            }
        },
        _ => None,
    }
}

/// Reads the scenario JSON (the fields the app writes).
pub fn parse(doc: &Value) -> Result<Scenario, Vec<Issue>> {
    let mut errors = Vec::new();
    let region = doc
        .get("region")
        .and_then(Value::as_str)
        .unwrap_or("us-east-1")
        .to_string();
    let mut services = Vec::new();
    for (i, s) in doc
        .get("services")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let path = format!("services[{i}]");
        let name = s
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if name.trim().is_empty() {
            errors.push(Issue::new(format!("{path}.name"), "a service needs a name"));
        }
        let cpu = u32_at(s, "cpu_units", &path, &mut errors).unwrap_or(1);
        let mem = u32_at(s, "memory_mib", &path, &mut errors).unwrap_or(1);
        if cpu == 0 {
            errors.push(Issue::new(
                format!("{path}.cpu_units"),
                "CPU must be at least 1 unit (1024 = 1 vCPU)",
            ));
        }
        if mem == 0 {
            errors.push(Issue::new(
                format!("{path}.memory_mib"),
                "memory must be at least 1 MiB",
            ));
        }
        let desired = match s.get("desired") {
            Some(Value::Array(values)) => {
                let mut out = Vec::new();
                for (h, v) in values.iter().enumerate() {
                    match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                        Some(n) => out.push(n),
                        None => errors.push(Issue::new(
                            format!("{path}.desired"),
                            format!("hour {h}: {v} is not a whole number of tasks"),
                        )),
                    }
                }
                if out.len() != 24 && out.len() != 168 {
                    errors.push(Issue::new(
                        format!("{path}.desired"),
                        format!("a profile needs 24 or 168 values, not {}", out.len()),
                    ));
                }
                Desired::Profile(out)
            }
            _ => Desired::Count(u32_at(s, "desired", &path, &mut errors).unwrap_or(0)),
        };
        let text = |key: &str| s.get(key).and_then(Value::as_str).unwrap_or("").to_string();
        services.push(Service {
            name,
            cpu_units: cpu,
            memory_mib: mem,
            desired,
            group: s
                .get("group")
                .and_then(Value::as_str)
                .filter(|g| !g.is_empty())
                .map(str::to_string),
            arch: if text("arch") == "arm64" {
                Arch::Arm64
            } else {
                Arch::X86_64
            },
            os: if text("os") == "windows" {
                Os::Windows
            } else {
                Os::Linux
            },
            network_mode: match text("network_mode").as_str() {
                "bridge" => NetworkMode::Bridge,
                "host" => NetworkMode::Host,
                _ => NetworkMode::Awsvpc,
            },
            host_port: s
                .get("host_port")
                .and_then(Value::as_u64)
                .and_then(|p| u16::try_from(p).ok()),
            distinct_instance: s
                .get("distinct_instance")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            daemon: s.get("daemon").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    let layouts = doc
        .get("layouts")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .filter_map(Layout::parse)
                .collect()
        })
        .unwrap_or_else(|| vec![Layout::Single]);
    let custom_clusters = doc
        .get("custom_clusters")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|c| CustomCluster {
                    name: c
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    launch_type: if c.get("launch_type").and_then(Value::as_str) == Some("ec2") {
                        LaunchType::Ec2
                    } else {
                        LaunchType::Fargate
                    },
                    services: c
                        .get("services")
                        .and_then(Value::as_array)
                        .map(|s| {
                            s.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    let f64_at = |keys: [&str; 2]| {
        doc.get(keys[0])
            .and_then(|v| v.get(keys[1]))
            .and_then(Value::as_f64)
    };
    let scenario = Scenario {
        version: SCENARIO_VERSION,
        region,
        horizon_hours: DEFAULT_HORIZON_HOURS,
        services,
        fargate: FargateSettings {
            spot_share: f64_at(["fargate", "spot_share"]).unwrap_or(0.0),
        },
        ec2: Ec2Settings {
            instance_types: None,
            strategy: vec![
                PlacementStrategy::SpreadAz,
                PlacementStrategy::BinpackMemory,
            ],
            target_capacity: 100,
            availability_zones: 3,
            eni_trunking: false,
            memory_overhead_mib: None,
            min_instances: 0,
            seed: 1,
        },
        layouts,
        custom_clusters,
        pricing: PricingSettings {
            ec2_discount_pct: f64_at(["pricing", "ec2_discount_pct"]).unwrap_or(0.0),
            fargate_discount_pct: f64_at(["pricing", "fargate_discount_pct"]).unwrap_or(0.0),
        },
    };
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(errors)
    }
}

/// Clusters of a layout: (name, service indices).
fn clusters(scenario: &Scenario, layout: Layout) -> Vec<(String, Vec<usize>)> {
    let all: Vec<usize> = (0..scenario.services.len()).collect();
    match layout {
        Layout::Single => vec![("shared".to_string(), all)],
        Layout::PerService => scenario
            .services
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), vec![i]))
            .collect(),
        Layout::ByGroup => {
            let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
            for (i, s) in scenario.services.iter().enumerate() {
                let g = s.group.clone().unwrap_or_else(|| "ungrouped".to_string());
                match groups.iter_mut().find(|(n, _)| *n == g) {
                    Some((_, list)) => list.push(i),
                    None => groups.push((g, vec![i])),
                }
            }
            groups
        }
        Layout::Custom => scenario
            .custom_clusters
            .iter()
            .map(|c| {
                let idx = c
                    .services
                    .iter()
                    .filter_map(|n| scenario.services.iter().position(|s| &s.name == n))
                    .collect();
                (c.name.clone(), idx)
            })
            .collect(),
    }
}

/// Fargate cost of every layout.
pub fn simulate(scenario: &Scenario, prices: &PriceBook) -> SimulationReport {
    let rates = prices
        .region(&scenario.region)
        .and_then(|r| r.fargate.as_ref());
    let hours = scenario.horizon_hours;
    let discount = 1.0 - scenario.pricing.fargate_discount_pct.clamp(0.0, 100.0) / 100.0;
    let mut options = Vec::new();
    if let Some(rates) = rates {
        for &layout in &scenario.layouts {
            let mut notes = Vec::new();
            let mut cluster_results = Vec::new();
            for (name, members) in clusters(scenario, layout) {
                let mut hourly = vec![0.0; hours as usize];
                for &i in &members {
                    let Some(s) = scenario.services.get(i) else {
                        continue;
                    };
                    let Some(((c, m), usd)) =
                        cheapest_size(s.cpu_units, s.memory_mib, &rates.linux_x86)
                    else {
                        notes.push(format!(
                            "{}: no Fargate size fits {} CPU / {} MiB",
                            s.name, s.cpu_units, s.memory_mib
                        ));
                        continue;
                    };
                    if (c, m) != (s.cpu_units, s.memory_mib) {
                        notes.push(format!(
                            "{}: priced as the valid Fargate size {c} CPU / {m} MiB",
                            s.name
                        ));
                    }
                    for (h, slot) in hourly.iter_mut().enumerate() {
                        *slot += f64::from(s.desired.at_hour(h as u32)) * usd * discount;
                    }
                }
                let total: f64 = hourly.iter().sum();
                cluster_results.push(ClusterResult {
                    name,
                    services: members
                        .iter()
                        .filter_map(|&i| scenario.services.get(i))
                        .map(|s| s.name.clone())
                        .collect(),
                    launch_type: Some(LaunchType::Fargate),
                    instance_type: None,
                    peak_instances: None,
                    avg_instances: None,
                    monthly_cost_usd: monthly_from_horizon(total, hours),
                    hourly_cost_usd: hourly,
                });
            }
            options.push(OptionResult {
                launch_type: LaunchType::Fargate,
                layout: layout.as_str().to_string(),
                monthly_cost_usd: cluster_results.iter().map(|c| c.monthly_cost_usd).sum(),
                clusters: cluster_results,
                peak_instances: 0,
                avg_cpu_reserved_pct: 100.0,
                avg_memory_reserved_pct: 100.0,
                unplaced: Vec::new(),
                notes,
            });
        }
    }
    SimulationReport {
        region: scenario.region.clone(),
        pricing_snapshot: prices.snapshot_label(&scenario.region),
        options,
    }
}
