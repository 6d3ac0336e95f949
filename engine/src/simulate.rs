//! The simulation: every requested layout costed on Fargate and on EC2,
//! hour by hour over the horizon. Costs only: no sentence is written here
//! (the verdict is `crate::verdict`, the text `crate::text`; the one entry
//! point that chains them is `crate::analysis`).
//!
//! Modelling choices:
//! - Hourly resolution: in hour `h` a service runs `desired.at_hour(h)`
//!   tasks for the whole hour. Monthly = (cost over the horizon) × 730 /
//!   `horizon_hours` ([`monthly_from_horizon`]).
//! - Fargate options: each task billed at its cheapest valid Fargate size
//!   (see [`crate::fargate`]); daemons are left out (Fargate runs no daemons)
//!   with a note; tasks larger than any Fargate size, or on a platform
//!   without loaded rates, are listed as unplaced (their peak count).
//! - `avg_cpu_reserved_pct` / `avg_memory_reserved_pct` of a Fargate option:
//!   requested ÷ billed size, weighted by task-hours, in percent (100 when
//!   every task is a valid size; 0 when no task runs).
//! - Option order: layouts in the scenario's order; for each standard layout
//!   the Fargate option, then the EC2 options from [`ec2_options`].
//! - Custom layout: one option. Its launch type is `ec2` if any of its
//!   clusters is EC2 (the `unassigned` cluster included), else `fargate`.
//!   Fargate clusters are costed here; EC2 clusters come from
//!   [`ec2_custom_part`], which returns `None` when the region has no EC2
//!   prices: the custom layout is then left out of the report rather than
//!   shown with a made-up or partial cost.
//! - Cost by service (`ClusterResult::service_costs`): exact on Fargate; on
//!   EC2 a cluster's cost is split in proportion to each service's
//!   task-hours × the Linux/x86 Fargate price of its task size (CPU units ÷
//!   1024 where no size fits).

use crate::ec2::{self, ClusterRun, Ec2ClusterInput};
use crate::fallback::run_unplaced_on_fargate;
use crate::fargate::{self, FargateCostSettings, FargateRefusal, ServiceFargatePlan};
use crate::findings::{Assumption, Ec2Assumption, OptionNote, RoundingCause};
use crate::layout::{clusters_for, ClusterSpec};
use crate::pricing::{
    bundled_ec2_region_count, FargateRate, FargateRates, InstanceType, PriceBook,
};
use crate::report::{
    cheapest_index, monthly_from_horizon, AwsvpcLimit, ClusterResult, OptionResult, RoundingWaste,
    ServiceCost, SimulationReport, Unplaced,
};
use crate::scenario::{Arch, LaunchType, Layout, NetworkMode, Os, Scenario, Service};

/// Costs every requested layout, ranks the options (`cheapest`,
/// `delta_vs_cheapest_usd`) and records the modelling assumptions. No
/// verdict: see `crate::analysis`.
pub fn simulate(scenario: &Scenario, prices: &PriceBook) -> SimulationReport {
    let rates = prices
        .region(&scenario.region)
        .and_then(|r| r.fargate.as_ref());
    let plans = fargate_plans(scenario, rates);
    let mut options = Vec::new();
    for &layout in &scenario.layouts {
        let clusters = clusters_for(scenario, layout);
        if layout == Layout::Custom {
            options.extend(custom_option(scenario, prices, &plans, &clusters));
        } else {
            options.push(fargate_option(scenario, &plans, layout, &clusters));
            options.extend(ec2_options(scenario, prices, &plans, layout, &clusters));
        }
    }
    let mut report = SimulationReport {
        region: scenario.region.clone(),
        pricing_snapshot: prices.snapshot_label(&scenario.region),
        options,
        horizon_hours: scenario.horizon_hours,
        ..SimulationReport::default()
    };
    report.assumption_findings = assumptions(scenario, prices);
    // The chain ECS applies: the service default when none is given.
    report.placement_strategy = ec2::placement::effective_chain(&scenario.ec2.strategy)
        .iter()
        .map(|s| s.as_str().to_string())
        .collect();
    report.ops_engineer_usd_per_hour = scenario.ec2.ops.engineer_usd_per_hour;
    let discount = scenario.ec2.spot.discount_pct;
    report.ec2_spot_discount_pct = (discount > 0.0
        && scenario
            .ec2
            .capacity_providers
            .iter()
            .filter_map(|p| p.spot)
            .all(|spot| spot.discount_pct == discount))
    .then_some(discount);
    report.awsvpc_without_trunking = !scenario.ec2.eni_trunking
        && scenario
            .services
            .iter()
            .any(|s| !s.daemon && s.network_mode == NetworkMode::Awsvpc);
    rank(&mut report);
    report
}

/// Marks the options that leave tasks out (`incomplete`), and sets
/// `cheapest` and every option's `delta_vs_cheapest_usd` over the complete
/// ones (0 for the others).
pub fn rank(report: &mut SimulationReport) {
    for option in &mut report.options {
        option.incomplete = !option.unplaced.is_empty();
    }
    report.cheapest = cheapest_index(&report.options);
    let cheapest_cost = report
        .cheapest
        .and_then(|i| report.options.get(i))
        .map(|o| o.monthly_cost_usd);
    for option in &mut report.options {
        option.delta_vs_cheapest_usd = match cheapest_cost {
            Some(c) if !option.incomplete => option.monthly_cost_usd - c,
            _ => 0.0,
        };
    }
}

/// The share of `instance`'s vCPU and memory at which Fargate, at its rates
/// and discount, costs what the instance costs after the EC2 discount
/// (docs/ecs-domain.md §7: m5.large ≈ 0.824).
fn fargate_parity_share(
    scenario: &Scenario,
    rates: Option<&FargateRates>,
    instance: &InstanceType,
) -> Option<f64> {
    let rates = rates?;
    let rate: FargateRate = match instance.arch {
        Arch::X86_64 => rates.linux_x86,
        Arch::Arm64 => rates.linux_arm?,
    };
    let equivalent = fargate::size_hour_cost_usd(instance.vcpu * 1024, instance.memory_mib, &rate);
    if equivalent <= 0.0 {
        return None;
    }
    let discount = 1.0 - scenario.pricing.ec2_discount_pct / 100.0;
    let fargate_discount = 1.0 - scenario.pricing.fargate_discount_pct / 100.0;
    Some(instance.usd_per_hour * discount / (equivalent * fargate_discount))
}

/// An EC2 cluster's cost split over its services; see the module docs.
fn ec2_service_costs(
    scenario: &Scenario,
    rates: Option<&FargateRates>,
    cluster: &ClusterResult,
) -> Vec<ServiceCost> {
    let rate = rates.map(|f| f.linux_x86);
    let weight = |name: &str| -> f64 {
        let Some(s) = scenario.services.iter().find(|s| s.name == name) else {
            return 0.0;
        };
        let unit = rate
            .as_ref()
            .and_then(|r| {
                fargate::cheapest_fargate_size(s.cpu_units, s.memory_mib, s.os, r)
                    .map(|size| fargate::size_hour_cost_usd(size.cpu_units, size.memory_mib, r))
            })
            .unwrap_or(f64::from(s.cpu_units) / 1024.0);
        task_hours(s, scenario.horizon_hours) * unit
    };
    let weights: Vec<f64> = cluster.services.iter().map(|n| weight(n)).collect();
    let total: f64 = weights.iter().sum();
    cluster
        .services
        .iter()
        .zip(weights)
        .map(|(name, w)| ServiceCost {
            service: name.clone(),
            monthly_cost_usd: if total > 0.0 {
                cluster.monthly_cost_usd * w / total
            } else {
                0.0
            },
        })
        .collect()
}

fn task_hours(service: &Service, horizon_hours: u32) -> f64 {
    (0..horizon_hours)
        .map(|h| f64::from(service.desired.at_hour(h)))
        .sum()
}

/// The modelling choices behind the figures of `scenario`, as typed
/// findings (`crate::text` renders them).
fn assumptions(scenario: &Scenario, prices: &PriceBook) -> Vec<Assumption> {
    let mut out = vec![
        Assumption::Prices {
            snapshot: prices.snapshot_label(&scenario.region),
        },
        Assumption::Horizon {
            hours: scenario.horizon_hours,
        },
        Assumption::FargateBilling,
    ];
    if prices.has_ec2_prices(&scenario.region) {
        out.extend(Ec2Assumption::ALL.map(Assumption::Ec2));
        let ops = &scenario.ec2.ops;
        if ops.is_set() {
            out.push(Assumption::Ops {
                usd_per_cluster_month: ops.usd_per_cluster_month,
                usd_per_instance_month: ops.usd_per_instance_month,
                engineer_usd_per_hour: ops.engineer_usd_per_hour,
            });
        }
        let named = &scenario.ec2.capacity_providers;
        if !named.is_empty() {
            out.push(Assumption::NamedProviders {
                providers: named
                    .iter()
                    .map(|p| (p.name.clone(), p.instance_type.clone()))
                    .collect(),
            });
        }
        for provider in named {
            if let Some(spot) = provider.spot.filter(|s| s.is_on()) {
                out.push(Assumption::ProviderSpot {
                    provider: provider.name.clone(),
                    share_pct: spot.share * 100.0,
                    on_demand_base: spot.on_demand_base,
                    discount_pct: spot.discount_pct,
                });
            }
        }
        let spot = &scenario.ec2.spot;
        if spot.is_on() {
            out.push(Assumption::Ec2Spot {
                share_pct: spot.share * 100.0,
                on_demand_base: spot.on_demand_base,
                discount_pct: spot.discount_pct,
            });
        }
    } else {
        out.push(Assumption::NoEc2Prices {
            region: scenario.region.clone(),
            bundled_ec2_regions: u32::try_from(bundled_ec2_region_count()).unwrap_or(u32::MAX),
        });
    }
    out
}

/// The EC2 option of one standard layout: `None` (no option, rather than
/// invented numbers) when the region has no EC2 prices loaded.
fn ec2_options(
    scenario: &Scenario,
    prices: &PriceBook,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    layout: Layout,
    clusters: &[ClusterSpec],
) -> Vec<OptionResult> {
    ec2_part_with_fallback(scenario, prices, plans, clusters)
        .map(|mut option| {
            option.layout = layout;
            option
        })
        .into_iter()
        .collect()
}

/// The EC2 clusters of the custom layout (only those with
/// `launch_type: Some(Ec2)`), as a partial option that [`custom_option`]
/// merges with the Fargate part. `None` when the region has no EC2 prices.
fn ec2_custom_part(
    scenario: &Scenario,
    prices: &PriceBook,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    clusters: &[ClusterSpec],
) -> Option<OptionResult> {
    ec2_part_with_fallback(scenario, prices, plans, clusters)
}

/// [`ec2_part`], with the tasks EC2 cannot place run on Fargate in the
/// same clusters where Fargate can take them ([`crate::fallback`]).
fn ec2_part_with_fallback(
    scenario: &Scenario,
    prices: &PriceBook,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    clusters: &[ClusterSpec],
) -> Option<OptionResult> {
    let mut option = ec2_part(scenario, prices, clusters)?;
    let catalogue = prices.region(&scenario.region).and_then(|r| r.ec2.as_ref());
    run_unplaced_on_fargate(scenario, plans, catalogue, &mut option);
    Some(option)
}

/// Per-hour totals over an option's EC2 clusters.
#[derive(Default)]
struct Ec2Totals {
    instances: Vec<u32>,
    registered_cpu: Vec<f64>,
    reserved_cpu: Vec<f64>,
    registered_memory: Vec<f64>,
    reserved_memory: Vec<f64>,
}

impl Ec2Totals {
    fn new(hours: usize) -> Self {
        Ec2Totals {
            instances: vec![0; hours],
            registered_cpu: vec![0.0; hours],
            reserved_cpu: vec![0.0; hours],
            registered_memory: vec![0.0; hours],
            reserved_memory: vec![0.0; hours],
        }
    }

    fn add(&mut self, run: &ClusterRun) {
        let per_instance_cpu = f64::from(run.registered_cpu_units);
        let per_instance_memory = f64::from(run.registered_memory_mib);
        for (h, &n) in run.hourly_instances.iter().enumerate() {
            let n_f = f64::from(n);
            let cpu_pct = run.hourly_cpu_reserved_pct.get(h).copied().unwrap_or(0.0);
            let memory_pct = run
                .hourly_memory_reserved_pct
                .get(h)
                .copied()
                .unwrap_or(0.0);
            if let Some(slot) = self.instances.get_mut(h) {
                *slot = slot.saturating_add(n);
            }
            add_at(&mut self.registered_cpu, h, n_f * per_instance_cpu);
            add_at(
                &mut self.reserved_cpu,
                h,
                n_f * per_instance_cpu * cpu_pct / 100.0,
            );
            add_at(&mut self.registered_memory, h, n_f * per_instance_memory);
            add_at(
                &mut self.reserved_memory,
                h,
                n_f * per_instance_memory * memory_pct / 100.0,
            );
        }
    }
}

/// Whether a non-daemon service of the cluster uses awsvpc.
fn cluster_has_awsvpc(scenario: &Scenario, spec: &ClusterSpec) -> bool {
    spec.services
        .iter()
        .filter_map(|&i| scenario.services.get(i))
        .any(|s| !s.daemon && s.network_mode == NetworkMode::Awsvpc)
}

fn add_at(series: &mut [f64], hour: usize, value: f64) {
    if let Some(slot) = series.get_mut(hour) {
        *slot += value;
    }
}

/// Simulates each cluster on EC2 (instance type from the list or the
/// catalogue search) and sums them into one option.
///
/// - Cost: instance-hours × on-demand price × (1 − `ec2_discount_pct`),
///   plus burstable types' surplus CPU credits and the user's operations
///   figures ([`ec2::cluster_costs`]).
/// - `avg_cpu_reserved_pct` / `avg_memory_reserved_pct`: reserved ÷
///   registered over all instance-hours of the option (weighted by capacity
///   and time), daemons included.
/// - `idle_monthly_cost_usd`: each hour's cost × the share of capacity left
///   unreserved by the scarcer resource (1 − max(CPU, memory) reserved).
fn ec2_part(
    scenario: &Scenario,
    prices: &PriceBook,
    clusters: &[ClusterSpec],
) -> Option<OptionResult> {
    let catalogue = prices.region(&scenario.region)?.ec2.as_ref()?;
    let hours = scenario.horizon_hours;
    let hours_usize = usize::try_from(hours).unwrap_or(0);
    let discount = scenario.pricing.ec2_discount_pct;
    let mut option = OptionResult {
        launch_type: LaunchType::Ec2,
        ..OptionResult::default()
    };
    let mut totals = Ec2Totals::new(hours_usize);
    let mut idle_usd = 0.0;
    let mut ideal_monthly = 0.0;
    let mut lower_monthly = 0.0;
    let mut reasons = Vec::new();
    for spec in clusters {
        let services: Vec<&crate::scenario::Service> = spec
            .services
            .iter()
            .filter_map(|&i| scenario.services.get(i))
            .collect();
        let names: Vec<String> = services.iter().map(|s| s.name.clone()).collect();
        let input = Ec2ClusterInput {
            services,
            settings: &scenario.ec2,
            horizon_hours: hours,
        };
        let pricing = ec2::providers::PlanPricing {
            discount_pct: discount,
            horizon_hours: hours,
            ops: &scenario.ec2.ops,
            spot: &scenario.ec2.spot,
        };
        let choice = ec2::providers::plan_cluster_providers(&input, catalogue, pricing);
        option.unplaced.extend(choice.unplaced.iter().cloned());
        let several = choice.providers.len() > 1;
        let mut parts = Vec::with_capacity(choice.providers.len());
        for (index, provider) in choice.providers.iter().enumerate() {
            let plan = &provider.plan;
            let provider_names: Vec<String> =
                provider.services.iter().map(|s| s.name.clone()).collect();
            let price = plan
                .instance_type
                .as_deref()
                .and_then(|name| catalogue.get(name))
                .map(|t| t.usd_per_hour);
            let planned = ec2::to_cluster_result(
                &spec.name,
                plan,
                catalogue,
                provider_names.clone(),
                ec2::providers::PlanPricing {
                    ops: &ec2::providers::provider_ops(&scenario.ec2.ops, index),
                    spot: &provider.spot,
                    ..pricing
                },
            );
            let mut cluster = match planned {
                Some(cluster) => cluster,
                // No type can hold anything: the cluster costs nothing and its
                // tasks are listed as unplaced.
                None => ClusterResult {
                    name: spec.name.clone(),
                    services: provider_names,
                    instance_type_choice: Some(plan.reason.clone()),
                    peak_instances: Some(0),
                    avg_instances: Some(0.0),
                    hourly_cost_usd: vec![0.0; hours_usize],
                    ..ClusterResult::default()
                },
            };
            cluster.launch_type = spec.launch_type;
            let fargate_rates = prices
                .region(&scenario.region)
                .and_then(|r| r.fargate.as_ref());
            if let Some(instance) = plan
                .instance_type
                .as_deref()
                .and_then(|name| catalogue.get(name))
            {
                cluster.instance_usd_per_hour = Some(instance.usd_per_hour);
                cluster.fargate_parity_share =
                    fargate_parity_share(scenario, fargate_rates, instance);
                let awsvpc = !scenario.ec2.eni_trunking && cluster_has_awsvpc(scenario, spec);
                if awsvpc {
                    cluster.awsvpc_limit = Some(AwsvpcLimit {
                        tasks_per_instance: instance.max_enis.saturating_sub(1),
                        trunking_supported: instance.ecs_trunking().is_some(),
                        tasks_with_trunking: instance.ecs_trunking().map_or(0, |l| l.tasks),
                    });
                }
            }
            cluster.service_costs = ec2_service_costs(scenario, fargate_rates, &cluster);
            if let (Some(run), Some(price)) = (&plan.run, price) {
                // Idle money is on instance-hours only (not credits or ops).
                let instance_hourly = ec2::hourly_cost_with_spot_usd(
                    &run.hourly_instances,
                    price,
                    discount,
                    &provider.spot,
                );
                // What the daemons occupy: this provider's instance cost ×
                // their share of one instance.
                cluster.daemon_monthly_cost_usd =
                    monthly_from_horizon(instance_hourly.iter().sum(), hours)
                        * ec2::providers::daemon_share(&provider.services, run);
                option.daemon_monthly_cost_usd += cluster.daemon_monthly_cost_usd;
                if provider.spot.discount_pct > 0.0 {
                    // Every instance above the base on Spot, at this
                    // provider's discount.
                    let all_spot = ec2::Ec2Spot {
                        share: 1.0,
                        ..provider.spot
                    };
                    let all_spot_usd: f64 = ec2::hourly_cost_with_spot_usd(
                        &run.hourly_instances,
                        price,
                        discount,
                        &all_spot,
                    )
                    .iter()
                    .sum();
                    let saving = instance_hourly.iter().sum::<f64>() - all_spot_usd;
                    if saving > 0.0 {
                        option.spot_full_saving_usd += monthly_from_horizon(saving, hours);
                    }
                }
                for (h, cost) in instance_hourly.iter().enumerate() {
                    let cpu = run.hourly_cpu_reserved_pct.get(h).copied().unwrap_or(0.0);
                    let memory = run
                        .hourly_memory_reserved_pct
                        .get(h)
                        .copied()
                        .unwrap_or(0.0);
                    idle_usd += cost * (1.0 - cpu.max(memory).min(100.0) / 100.0);
                }
                ideal_monthly += cluster.ideal_monthly_cost_usd.unwrap_or(0.0);
                lower_monthly += cluster.lower_bound_monthly_cost_usd.unwrap_or(0.0);
                option.credit_monthly_cost_usd += cluster.credit_monthly_cost_usd;
                option.ops_monthly_cost_usd += cluster.ops_monthly_cost_usd;
                totals.add(run);
                for note in &run.notes {
                    let note = OptionNote::Ec2Run {
                        cluster: spec.name.clone(),
                        note: note.clone(),
                    };
                    if !option.note_findings.contains(&note) {
                        option.note_findings.push(note);
                    }
                }
            }
            if cluster.instance_type_choice.is_some() {
                reasons.push(OptionNote::InstanceType {
                    cluster: if several {
                        format!("{} ({})", spec.name, provider.name)
                    } else {
                        spec.name.clone()
                    },
                    reason: plan.reason.clone(),
                });
            }
            parts.push((provider.name.clone(), provider.named, cluster));
        }
        let mut cluster = if several {
            let mut merged = ec2::providers::merge_provider_results(&spec.name, names, parts);
            if let Some(shared) = choice.shared_monthly_usd {
                // The per-cluster operations figure is paid either way.
                let shared_usd = shared + scenario.ec2.ops.usd_per_cluster_month;
                merged.shared_provider_monthly_cost_usd = Some(shared_usd);
                // The planner's providers only: named ones are the user's.
                let planner: Vec<&crate::report::ProviderResult> =
                    merged.providers.iter().filter(|p| !p.named).collect();
                merged.providers_choice = Some(crate::findings::ProvidersChoice {
                    providers: planner
                        .iter()
                        .map(|p| (p.name.clone(), p.instance_type.clone()))
                        .collect(),
                    providers_usd: planner.iter().map(|p| p.monthly_cost_usd).sum(),
                    shared_usd,
                });
            }
            merged
        } else {
            match parts.pop() {
                Some((name, named, mut single)) => {
                    if let (Some(instance_type), Some(usd_per_hour)) =
                        (single.instance_type.clone(), single.instance_usd_per_hour)
                    {
                        single.providers = vec![crate::report::ProviderResult {
                            name,
                            instance_type,
                            services: single.services.clone(),
                            peak_instances: single.peak_instances.unwrap_or(0),
                            avg_instances: single.avg_instances.unwrap_or(0.0),
                            monthly_cost_usd: single.monthly_cost_usd,
                            instance_usd_per_hour: usd_per_hour,
                            named,
                        }];
                    }
                    single
                }
                None => ClusterResult {
                    name: spec.name.clone(),
                    services: names,
                    ..ClusterResult::default()
                },
            }
        };
        cluster.launch_type = spec.launch_type;
        option.clusters.push(cluster);
    }
    option.monthly_cost_usd = option.clusters.iter().map(|c| c.monthly_cost_usd).sum();
    option.ideal_monthly_cost_usd = Some(ideal_monthly);
    option.lower_bound_monthly_cost_usd = Some(lower_monthly);
    option.idle_monthly_cost_usd = monthly_from_horizon(idle_usd, hours);
    option.peak_instances = totals.instances.iter().copied().max().unwrap_or(0);
    option.avg_instances = if hours_usize == 0 {
        0.0
    } else {
        totals.instances.iter().map(|&n| f64::from(n)).sum::<f64>() / f64::from(hours)
    };
    option.avg_cpu_reserved_pct = pct(
        totals.reserved_cpu.iter().sum(),
        totals.registered_cpu.iter().sum(),
    );
    option.avg_memory_reserved_pct = pct(
        totals.reserved_memory.iter().sum(),
        totals.registered_memory.iter().sum(),
    );
    option.hourly_cpu_reserved_pct = totals
        .reserved_cpu
        .iter()
        .zip(&totals.registered_cpu)
        .map(|(r, c)| pct(*r, *c))
        .collect();
    option.hourly_memory_reserved_pct = totals
        .reserved_memory
        .iter()
        .zip(&totals.registered_memory)
        .map(|(r, c)| pct(*r, *c))
        .collect();
    option.note_findings.splice(0..0, reasons);
    if !option.unplaced.is_empty() {
        option.note_findings.push(OptionNote::UnplacedExcluded);
    }
    Some(option)
}

/// Each service's Fargate pricing, in scenario order.
fn fargate_plans(
    scenario: &Scenario,
    rates: Option<&FargateRates>,
) -> Vec<Result<ServiceFargatePlan, FargateRefusal>> {
    let settings = FargateCostSettings {
        spot_share: scenario.fargate.spot_share,
        fargate_discount_pct: scenario.pricing.fargate_discount_pct,
    };
    scenario
        .services
        .iter()
        .map(|service| match rates {
            Some(rates) => fargate::plan_service(service, rates, &settings),
            None => Err(FargateRefusal::NoRates(fargate::FargatePlatform::of(
                service.arch,
                service.os,
            ))),
        })
        .collect()
}

/// Totals of one Fargate costing over a set of clusters.
struct FargatePart {
    clusters: Vec<ClusterResult>,
    unplaced: Vec<Unplaced>,
    notes: Vec<OptionNote>,
    /// Task-hours × requested / billed CPU units and MiB.
    requested_cpu: f64,
    billed_cpu: f64,
    requested_memory: f64,
    billed_memory: f64,
    /// Rounding waste over the horizon, USD.
    rounding_waste_usd: f64,
    /// Per service whose size is rounded up, the monthly waste.
    rounding: Vec<RoundingWaste>,
    /// Per hour: (requested CPU, billed CPU, requested MiB, billed MiB).
    hourly_reservation: Vec<[f64; 4]>,
}

impl FargatePart {
    /// The Fargate option of `layout` made of these clusters.
    fn into_option(self, layout: Layout, horizon_hours: u32) -> OptionResult {
        OptionResult {
            launch_type: LaunchType::Fargate,
            layout,
            monthly_cost_usd: self.clusters.iter().map(|c| c.monthly_cost_usd).sum(),
            idle_monthly_cost_usd: monthly_from_horizon(self.rounding_waste_usd, horizon_hours),
            hourly_cpu_reserved_pct: self.hourly_pct(0, 1),
            hourly_memory_reserved_pct: self.hourly_pct(2, 3),
            peak_instances: 0,
            avg_cpu_reserved_pct: pct(self.requested_cpu, self.billed_cpu),
            avg_memory_reserved_pct: pct(self.requested_memory, self.billed_memory),
            clusters: self.clusters,
            unplaced: self.unplaced,
            note_findings: self.notes,
            fargate_rounding: self.rounding,
            ..OptionResult::default()
        }
    }

    fn hourly_pct(&self, requested: usize, billed: usize) -> Vec<f64> {
        self.hourly_reservation
            .iter()
            .map(|h| {
                pct(
                    h.get(requested).copied().unwrap_or(0.0),
                    h.get(billed).copied().unwrap_or(0.0),
                )
            })
            .collect()
    }
}

fn cost_fargate_clusters(
    scenario: &Scenario,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    clusters: &[ClusterSpec],
) -> FargatePart {
    let hours = scenario.horizon_hours;
    let mut part = FargatePart {
        clusters: Vec::new(),
        unplaced: Vec::new(),
        notes: Vec::new(),
        requested_cpu: 0.0,
        billed_cpu: 0.0,
        requested_memory: 0.0,
        billed_memory: 0.0,
        rounding_waste_usd: 0.0,
        rounding: Vec::new(),
        hourly_reservation: vec![[0.0; 4]; usize::try_from(hours).unwrap_or(0)],
    };
    let mut rounding_notes = Vec::new();
    let mut spot_notes = Vec::new();
    let mut spot_rates_missing = false;
    let mut daemon_notes = Vec::new();
    for spec in clusters {
        let mut hourly = vec![0.0; usize::try_from(hours).unwrap_or(0)];
        let mut names = Vec::new();
        let mut service_costs = Vec::new();
        for &index in &spec.services {
            let (Some(service), Some(plan)) = (scenario.services.get(index), plans.get(index))
            else {
                continue;
            };
            names.push(service.name.clone());
            let mut service_total = 0.0;
            let plan = match plan {
                Ok(plan) => plan,
                Err(FargateRefusal::Daemon) => {
                    daemon_notes.push(OptionNote::FargateDaemon {
                        service: service.name.clone(),
                    });
                    continue;
                }
                Err(refusal) => {
                    if let Some(reason) = refusal.unplaced_reason(service, &scenario.region) {
                        part.unplaced.push(Unplaced::new(
                            &service.name,
                            service.desired.peak(),
                            reason,
                        ));
                    }
                    continue;
                }
            };
            let mut task_hours = 0.0;
            for ((hour, cost), reserved) in (0..hours)
                .zip(hourly.iter_mut())
                .zip(part.hourly_reservation.iter_mut())
            {
                let tasks = f64::from(service.desired.at_hour(hour));
                task_hours += tasks;
                *cost += tasks * plan.task_hour_cost_usd;
                service_total += tasks * plan.task_hour_cost_usd;
                reserved[0] += tasks * f64::from(service.cpu_units);
                reserved[1] += tasks * f64::from(plan.size.cpu_units);
                reserved[2] += tasks * f64::from(service.memory_mib);
                reserved[3] += tasks * f64::from(plan.size.memory_mib);
            }
            part.requested_cpu += task_hours * f64::from(service.cpu_units);
            part.billed_cpu += task_hours * f64::from(plan.size.cpu_units);
            part.requested_memory += task_hours * f64::from(service.memory_mib);
            part.billed_memory += task_hours * f64::from(plan.size.memory_mib);
            let waste_usd =
                task_hours * (plan.task_hour_cost_usd - plan.requested_task_hour_cost_usd);
            part.rounding_waste_usd += waste_usd;
            service_costs.push(ServiceCost {
                service: service.name.clone(),
                monthly_cost_usd: monthly_from_horizon(service_total, hours),
            });
            let waste_monthly = monthly_from_horizon(waste_usd, hours);
            if plan.size.cpu_units != service.cpu_units
                || plan.size.memory_mib != service.memory_mib
            {
                let cause = if service.os == Os::Windows
                    && service.cpu_units < fargate::FARGATE_WINDOWS_MIN_CPU_UNITS
                    && fargate::is_valid_fargate_size(
                        service.cpu_units,
                        service.memory_mib,
                        Os::Linux,
                    ) {
                    RoundingCause::WindowsMinimum
                } else {
                    RoundingCause::NotAValidSize
                };
                rounding_notes.push(OptionNote::Rounding {
                    service: service.name.clone(),
                    cpu_units: service.cpu_units,
                    memory_mib: service.memory_mib,
                    billed_cpu_units: plan.size.cpu_units,
                    billed_memory_mib: plan.size.memory_mib,
                    cause,
                    monthly_waste_usd: waste_monthly,
                });
                part.rounding.push(RoundingWaste {
                    service: service.name.clone(),
                    cpu_units: service.cpu_units,
                    memory_mib: service.memory_mib,
                    billed_cpu_units: plan.size.cpu_units,
                    billed_memory_mib: plan.size.memory_mib,
                    monthly_waste_usd: waste_monthly,
                });
            }
            if scenario.fargate.spot_share > 0.0 && !plan.platform.spot_eligible() {
                spot_notes.push(OptionNote::SpotIneligible {
                    service: service.name.clone(),
                    platform: plan.platform.label().to_string(),
                });
            }
            if scenario.fargate.spot_share > 0.0 && plan.platform.spot_eligible() && !plan.on_spot {
                if plan.platform == fargate::FargatePlatform::LinuxArm64 {
                    spot_notes.push(OptionNote::ArmSpotRatesMissing {
                        service: service.name.clone(),
                        region: scenario.region.clone(),
                    });
                } else {
                    spot_rates_missing = true;
                }
            }
        }
        let total: f64 = hourly.iter().sum();
        part.clusters.push(ClusterResult {
            name: spec.name.clone(),
            services: names,
            launch_type: spec.launch_type,
            instance_type: None,
            peak_instances: None,
            avg_instances: None,
            monthly_cost_usd: monthly_from_horizon(total, hours),
            hourly_cost_usd: hourly,
            service_costs,
            ..ClusterResult::default()
        });
    }
    if spot_rates_missing {
        part.notes.push(OptionNote::NoSpotRates {
            region: scenario.region.clone(),
        });
    } else if scenario.fargate.spot_share > 0.0 {
        part.notes.push(OptionNote::SpotShare {
            share_pct: scenario.fargate.spot_share * 100.0,
        });
    }
    if scenario.pricing.fargate_discount_pct > 0.0 {
        part.notes.push(OptionNote::FargateDiscount {
            discount_pct: scenario.pricing.fargate_discount_pct,
        });
    }
    part.notes.extend(rounding_notes);
    part.notes.extend(spot_notes);
    part.notes.extend(daemon_notes);
    part
}

fn pct(numerator: f64, denominator: f64) -> f64 {
    if denominator > 0.0 {
        numerator / denominator * 100.0
    } else {
        0.0
    }
}

fn fargate_option(
    scenario: &Scenario,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    layout: Layout,
    clusters: &[ClusterSpec],
) -> OptionResult {
    cost_fargate_clusters(scenario, plans, clusters).into_option(layout, scenario.horizon_hours)
}

/// The custom layout's one option; see the module docs.
fn custom_option(
    scenario: &Scenario,
    prices: &PriceBook,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    clusters: &[ClusterSpec],
) -> Option<OptionResult> {
    let (fargate_clusters, ec2_clusters): (Vec<ClusterSpec>, Vec<ClusterSpec>) = clusters
        .iter()
        .cloned()
        .partition(|c| c.launch_type != Some(LaunchType::Ec2));
    let mut option = cost_fargate_clusters(scenario, plans, &fargate_clusters)
        .into_option(Layout::Custom, scenario.horizon_hours);
    if !ec2_clusters.is_empty() {
        let ec2 = ec2_custom_part(scenario, prices, plans, &ec2_clusters)?;
        let fargate_monthly = option.monthly_cost_usd;
        option.launch_type = LaunchType::Ec2;
        // Money figures add up; the instance series are the EC2 part's.
        option.idle_monthly_cost_usd += ec2.idle_monthly_cost_usd;
        option.credit_monthly_cost_usd += ec2.credit_monthly_cost_usd;
        option.ops_monthly_cost_usd += ec2.ops_monthly_cost_usd;
        option.daemon_monthly_cost_usd += ec2.daemon_monthly_cost_usd;
        option.spot_full_saving_usd += ec2.spot_full_saving_usd;
        option.ideal_monthly_cost_usd = ec2.ideal_monthly_cost_usd.map(|c| c + fargate_monthly);
        option.lower_bound_monthly_cost_usd = ec2
            .lower_bound_monthly_cost_usd
            .map(|c| c + fargate_monthly);
        option.avg_instances = ec2.avg_instances;
        option.hourly_cpu_reserved_pct = ec2.hourly_cpu_reserved_pct;
        option.hourly_memory_reserved_pct = ec2.hourly_memory_reserved_pct;
        option.clusters.extend(ec2.clusters);
        option.unplaced.extend(ec2.unplaced);
        option.fargate_fallback = ec2.fargate_fallback;
        option.fargate_fallback_monthly_cost_usd = ec2.fargate_fallback_monthly_cost_usd;
        option.note_findings.extend(ec2.note_findings);
        // `fargate_rounding` stays the Fargate part's.
        option.peak_instances = ec2.peak_instances;
        // Reservation figures: the EC2 part's (instances are where
        // reservation matters); documented modelling choice.
        option.avg_cpu_reserved_pct = ec2.avg_cpu_reserved_pct;
        option.avg_memory_reserved_pct = ec2.avg_memory_reserved_pct;
        // Keep the user's cluster order.
        crate::sort::sort_by_key(&mut option.clusters, |c| {
            clusters
                .iter()
                .position(|spec| spec.name == c.name)
                .unwrap_or(usize::MAX)
        });
    }
    option.monthly_cost_usd = option.clusters.iter().map(|c| c.monthly_cost_usd).sum();
    Some(option)
}
