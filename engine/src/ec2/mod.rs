//! The EC2 placement simulator: services' tasks put on container instances
//! hour by hour the way ECS would (placement strategies and constraints,
//! daemons, ENI limits, a capacity provider scaling the fleet), priced by
//! the instance-hours that really stay up, next to two yardsticks (an
//! hourly repack from scratch and a continuous lower bound), and a search
//! for the cheapest instance type.
//!
//! Codemap: [`instance`] (registered capacity, ENIs, ports, check-then-commit
//! `can_add` / `add`), [`placement`] (strategies, constraints, scale-in
//! choice), [`simulation`] (the hourly loop and the capacity provider),
//! [`ideal`] (repack from scratch and lower bound), [`search`] (instance-type
//! search with pruning), [`rng`] (seeded deterministic draws).
//!
//! Every simplification is listed as a typed
//! [`crate::findings::Ec2Assumption`] (text in `crate::text`), shown to users. Failures are data: tasks that cannot run are listed in
//! `unplaced` with the reason, and costs exclude them.

pub mod binpack_index;
pub mod ideal;
pub mod instance;
pub mod placement;
pub mod providers;
pub mod rng;
pub mod search;
pub mod simulation;

#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::findings::{CandidateWhy, TypeChoice};

use crate::pricing::{Ec2Catalogue, InstanceType};
use crate::report::HOURS_PER_MONTH;
use crate::report::{monthly_from_horizon, Unplaced};
pub use crate::scenario::Ec2Spot;
use crate::scenario::{Ec2Settings, OpsCost, Service};

pub use search::{plan_cluster, plan_cluster_winner};
pub use simulation::{placement_at, simulate_cluster};

/// One EC2 cluster to simulate: its services (daemons included), the EC2
/// settings and the horizon.
#[derive(Debug, Clone)]
pub struct Ec2ClusterInput<'a> {
    pub services: Vec<&'a Service>,
    pub settings: &'a Ec2Settings,
    pub horizon_hours: u32,
}

/// A cluster simulated on one instance type.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct ClusterRun {
    pub instance_type: String,
    /// Instances running in each hour, as ECS runs it (incremental).
    pub hourly_instances: Vec<u32>,
    /// Instances if every task were repacked from scratch each hour
    /// (never above `hourly_instances`).
    pub hourly_ideal_instances: Vec<u32>,
    /// Continuous lower bound per hour (never above the ideal).
    pub hourly_lower_bound: Vec<u32>,
    /// Share of the running instances' registered CPU reserved by tasks
    /// (daemons included), percent.
    pub hourly_cpu_reserved_pct: Vec<f64>,
    pub hourly_memory_reserved_pct: Vec<f64>,
    /// Tasks running (daemons excluded) per hour.
    pub hourly_placed_tasks: Vec<u32>,
    /// Tasks wanted but not running per hour (daemons that cannot run
    /// count one per instance).
    pub hourly_unplaced_tasks: Vec<u32>,
    pub instance_hours: u64,
    pub ideal_instance_hours: u64,
    pub lower_bound_instance_hours: u64,
    pub peak_instances: u32,
    /// What one instance registers with ECS.
    pub registered_cpu_units: u32,
    pub registered_memory_mib: u32,
    /// `awsvpc` tasks per instance (daemons included).
    pub task_enis_per_instance: u32,
    /// Burstable types: surplus CPU credits, USD per vCPU-hour; 0 otherwise.
    pub credit_usd_per_vcpu_hour: f64,
    /// Burstable types: surplus vCPUs each hour as ECS runs it, summed over
    /// instances (max(0, reserved / 1024 − baseline × vCPUs) each); empty
    /// for other types.
    pub hourly_surplus_vcpus: Vec<f64>,
    /// Surplus vCPU-hours over the horizon: as ECS runs it, ideal and lower
    /// bound (lower ≤ ideal ≤ as-ECS).
    pub surplus_vcpu_hours: f64,
    pub ideal_surplus_vcpu_hours: f64,
    pub lower_bound_surplus_vcpu_hours: f64,
    pub unplaced: Vec<Unplaced>,
    pub notes: Vec<crate::findings::RunNote>,
}

impl ClusterRun {
    /// Average instances over the horizon.
    pub fn avg_instances(&self) -> f64 {
        average_u32(&self.hourly_instances)
    }

    pub fn avg_cpu_reserved_pct(&self) -> f64 {
        average_f64(&self.hourly_cpu_reserved_pct)
    }

    pub fn avg_memory_reserved_pct(&self) -> f64 {
        average_f64(&self.hourly_memory_reserved_pct)
    }
}

fn average_u32(values: &[u32]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().map(|&v| f64::from(v)).sum::<f64>() / count_f64(values.len())
}

fn average_f64(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().sum::<f64>() / count_f64(values.len())
}

fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// An instance type the search simulated in full.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct Candidate {
    pub name: String,
    /// On-demand, before any discount, surplus CPU credits included.
    pub monthly_cost_usd: f64,
    /// The surplus CPU credits in `monthly_cost_usd` (burstable types).
    pub credit_monthly_cost_usd: f64,
    pub peak_instances: u32,
    pub instance_hours: u64,
    /// Tasks left unplaced on this type (largest hourly shortfall, summed
    /// over services).
    pub unplaced_tasks: u32,
    /// How it did (rendered by `crate::text`).
    pub why: CandidateWhy,
}

/// The instance type chosen for a cluster and the ones that came next.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct ClusterPlan {
    /// `None` when no type can hold anything.
    pub run: Option<ClusterRun>,
    pub instance_type: Option<String>,
    /// The next best types, cheapest first (at least five when the
    /// catalogue has them).
    pub runners_up: Vec<Candidate>,
    /// Why the winner won (or why no type can run the cluster).
    pub reason: TypeChoice,
    pub unplaced: Vec<Unplaced>,
    /// Types simulated in full, and types ruled out by their lower bound
    /// (before simulating, or part-way through).
    pub types_simulated: u32,
    pub types_pruned: u32,
    /// Burstable (T) types the catalogue search left out because
    /// `ec2.allow_burstable` is off (0 with an `instance_types` list).
    pub burstable_types_excluded: u32,
}

/// One instance at a given hour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InstanceSnapshot {
    pub id: u32,
    /// Availability zone index, 0-based.
    pub az: u32,
    /// (index into `Ec2ClusterInput::services`, tasks), daemons included.
    pub tasks: Vec<(usize, u32)>,
    pub cpu_units_used: u32,
    pub memory_mib_used: u32,
    pub registered_cpu_units: u32,
    pub registered_memory_mib: u32,
}

/// Cost of each hour, USD: instances × hourly price × (1 − discount).
pub fn hourly_cost_usd(run: &ClusterRun, usd_per_hour: f64, discount_pct: f64) -> Vec<f64> {
    let factor = usd_per_hour * (1.0 - discount_pct / 100.0);
    run.hourly_instances
        .iter()
        .map(|&n| f64::from(n) * factor)
        .collect()
}

/// Cost of each hour, USD, with EC2 Spot (see [`Ec2Spot::hour_cost_usd`]).
pub fn hourly_cost_with_spot_usd(
    hourly_instances: &[u32],
    usd_per_hour: f64,
    discount_pct: f64,
    spot: &Ec2Spot,
) -> Vec<f64> {
    hourly_instances
        .iter()
        .map(|&n| spot.hour_cost_usd(n, usd_per_hour, discount_pct))
        .collect()
}

/// Cost of `instance_hours` over a horizon of `horizon_hours`, scaled to a
/// 730-hour month, USD.
pub fn monthly_cost_usd(
    instance_hours: u64,
    usd_per_hour: f64,
    discount_pct: f64,
    horizon_hours: u32,
) -> f64 {
    let hours = u32::try_from(instance_hours).map_or(f64::from(u32::MAX), f64::from);
    monthly_from_horizon(
        hours * usd_per_hour * (1.0 - discount_pct / 100.0),
        horizon_hours,
    )
}

/// Looks an instance type up by name (a convenience for callers holding
/// a catalogue and a [`ClusterPlan`]).
pub fn find_type<'c>(catalogue: &'c Ec2Catalogue, name: &str) -> Option<&'c InstanceType> {
    catalogue.get(name)
}

/// What one EC2 cluster costs, split by what pays for it. Monthly figures
/// scale the horizon to 730 hours.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterCosts {
    /// Instance-hours × price × (1 − discount).
    pub instance_monthly_usd: f64,
    /// Surplus CPU credits of burstable types (no discount applies).
    pub credit_monthly_usd: f64,
    /// The user's operations figures: per cluster, plus per average running
    /// instance (instance-hours × USD per instance-month / 730).
    pub ops_monthly_usd: f64,
    /// The ideal repack and the lower bound, costed the same way (their
    /// instance-hours and surplus credits; ops per instance on their
    /// instance-hours): lower ≤ ideal ≤ the total.
    pub ideal_monthly_usd: f64,
    pub lower_bound_monthly_usd: f64,
    /// Each hour: instances, credits and ops (per cluster spread evenly
    /// over the month's 730 hours).
    pub hourly_usd: Vec<f64>,
}

impl ClusterCosts {
    pub fn monthly_usd(&self) -> f64 {
        self.instance_monthly_usd + self.credit_monthly_usd + self.ops_monthly_usd
    }
}

fn hours_f64(hours: u64) -> f64 {
    u32::try_from(hours).map_or(f64::from(u32::MAX), f64::from)
}

/// Costs `run` on a type priced `usd_per_hour` (see [`ClusterCosts`]),
/// with EC2 Spot per `spot` on every series (as ECS runs it, ideal, lower
/// bound).
pub fn cluster_costs(
    run: &ClusterRun,
    usd_per_hour: f64,
    discount_pct: f64,
    horizon_hours: u32,
    ops: &OpsCost,
    spot: &Ec2Spot,
) -> ClusterCosts {
    let credit_rate = run.credit_usd_per_vcpu_hour;
    let ops_per_instance_hour = ops.usd_per_instance_month / HOURS_PER_MONTH;
    let ops_per_cluster_hour = ops.usd_per_cluster_month / HOURS_PER_MONTH;
    let instances_usd = |instance_hours: u64, hourly: &[u32]| -> f64 {
        if spot.is_on() {
            monthly_from_horizon(
                hourly_cost_with_spot_usd(hourly, usd_per_hour, discount_pct, spot)
                    .iter()
                    .sum(),
                horizon_hours,
            )
        } else {
            monthly_cost_usd(instance_hours, usd_per_hour, discount_pct, horizon_hours)
        }
    };
    let cost = |instance_hours: u64, hourly: &[u32], surplus_vcpu_hours: f64| -> (f64, f64, f64) {
        (
            instances_usd(instance_hours, hourly),
            monthly_from_horizon(surplus_vcpu_hours * credit_rate, horizon_hours),
            monthly_from_horizon(
                hours_f64(instance_hours) * ops_per_instance_hour,
                horizon_hours,
            ) + ops.usd_per_cluster_month,
        )
    };
    let (instance, credit, ops_monthly) = cost(
        run.instance_hours,
        &run.hourly_instances,
        run.surplus_vcpu_hours,
    );
    let (ideal_i, ideal_c, ideal_o) = cost(
        run.ideal_instance_hours,
        &run.hourly_ideal_instances,
        run.ideal_surplus_vcpu_hours,
    );
    let (lower_i, lower_c, lower_o) = cost(
        run.lower_bound_instance_hours,
        &run.hourly_lower_bound,
        run.lower_bound_surplus_vcpu_hours,
    );
    let hourly_usd =
        hourly_cost_with_spot_usd(&run.hourly_instances, usd_per_hour, discount_pct, spot)
            .into_iter()
            .enumerate()
            .map(|(h, instances_usd)| {
                let instances = run.hourly_instances.get(h).copied().unwrap_or(0);
                let surplus = run.hourly_surplus_vcpus.get(h).copied().unwrap_or(0.0);
                instances_usd
                    + surplus * credit_rate
                    + f64::from(instances) * ops_per_instance_hour
                    + ops_per_cluster_hour
            })
            .collect();
    ClusterCosts {
        instance_monthly_usd: instance,
        credit_monthly_usd: credit,
        ops_monthly_usd: ops_monthly,
        ideal_monthly_usd: ideal_i + ideal_c + ideal_o,
        lower_bound_monthly_usd: lower_i + lower_c + lower_o,
        hourly_usd,
    }
}

/// The report's view of one planned EC2 cluster: instance type (with the
/// reason and the runners-up), peak and average instances, monthly, ideal,
/// lower-bound and hourly cost (instances after the discount and EC2 Spot
/// of `pricing`, surplus CPU credits, the user's operations figures), and
/// the hourly instance
/// series. `None` when the plan has no run (no type can hold anything) or
/// names a type missing from `catalogue`.
pub fn to_cluster_result(
    name: &str,
    plan: &ClusterPlan,
    catalogue: &Ec2Catalogue,
    service_names: Vec<String>,
    pricing: providers::PlanPricing,
) -> Option<crate::report::ClusterResult> {
    let discount_pct = pricing.discount_pct;
    let run = plan.run.as_ref()?;
    let instance = catalogue.get(&run.instance_type)?;
    let costs = cluster_costs(
        run,
        instance.usd_per_hour,
        discount_pct,
        pricing.horizon_hours,
        pricing.ops,
        pricing.spot,
    );
    Some(crate::report::ClusterResult {
        name: name.to_string(),
        services: service_names,
        launch_type: Some(crate::scenario::LaunchType::Ec2),
        instance_type: Some(run.instance_type.clone()),
        peak_instances: Some(run.peak_instances),
        avg_instances: Some(run.avg_instances()),
        monthly_cost_usd: costs.monthly_usd(),
        hourly_cost_usd: costs.hourly_usd,
        hourly_instances: run.hourly_instances.clone(),
        hourly_ideal_instances: run.hourly_ideal_instances.clone(),
        ideal_monthly_cost_usd: Some(costs.ideal_monthly_usd),
        lower_bound_monthly_cost_usd: Some(costs.lower_bound_monthly_usd),
        credit_monthly_cost_usd: costs.credit_monthly_usd,
        ops_monthly_cost_usd: costs.ops_monthly_usd,
        burstable_types_excluded: plan.burstable_types_excluded,
        instance_type_choice: Some(plan.reason.clone()),
        runners_up: plan
            .runners_up
            .iter()
            .map(|c| crate::report::TypeCandidate {
                instance_type: c.name.clone(),
                // The discount covers instance-hours, not surplus credits.
                monthly_cost_usd: (c.monthly_cost_usd - c.credit_monthly_cost_usd)
                    * (1.0 - discount_pct / 100.0)
                    + c.credit_monthly_cost_usd,
                peak_instances: c.peak_instances,
                instance_usd_per_hour: c.why.usd_per_hour,
                why: String::new(),
                why_finding: Some(c.why.clone()),
            })
            .collect(),
        // Instance price, parity and per-service costs: `simulate::ec2_part`.
        ..Default::default()
    })
}
