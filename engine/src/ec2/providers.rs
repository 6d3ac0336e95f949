//! Capacity providers chosen by the planner (`docs/ecs-domain.md` §6): an
//! EC2 cluster may hold several capacity providers, each an Auto Scaling
//! group with its own instance type, and each service names its provider.
//! For every cluster the planner prices two plans and keeps the cheaper:
//!
//! - one provider shared by all the cluster's services (the single-type
//!   search of [`plan_cluster`]), and
//! - one provider per task shape: the non-daemon services grouped by
//!   architecture and CPU:memory band ([`ShapeBand`]; at most 2 × 3 = 6
//!   groups), each group searched on its own. Daemons run on every instance
//!   of every provider, so each group's search carries them.
//!
//! The per-shape plan is kept only when it leaves no more tasks unplaced
//! than the shared one and costs less (instance-hours after the EC2
//! discount, surplus credits, operations per instance; the per-cluster
//! operations figure is paid once either way). The groups are searched
//! first; the shared provider is then searched for its winner alone, which
//! is all the comparison needs, and in full (runners-up for the report)
//! only when it is kept.
//!
//! Providers the user names (`ec2.capacity_providers`, services bound with
//! `services[i].capacity_provider`) replace that choice for the services
//! bound to them ([`plan_cluster_providers`]): in every EC2 cluster that
//! holds bound services, each named provider runs its services (and every
//! daemon) on its own instance type (or the cluster's own choice when it
//! names none) with its own Spot settings; the cluster's unbound services
//! keep the planner's choice above. The planner's providers come first
//! (the first provider carries the per-cluster operations figure), then the
//! named ones in file order.

use std::collections::BTreeMap;

use crate::pricing::Ec2Catalogue;
use crate::report::Unplaced;
use crate::scenario::{Arch, CapacityProvider, Ec2Settings, Ec2Spot, OpsCost, Service};

use super::{cluster_costs, plan_cluster, plan_cluster_winner, ClusterPlan, Ec2ClusterInput};

/// A task's memory per vCPU, banded like the EC2 families: up to 3 GiB per
/// vCPU fits compute-optimised types (c: 2 GiB), up to 6 general purpose
/// (m: 4 GiB), above that memory-optimised (r: 8 GiB).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ShapeBand {
    Cpu,
    General,
    Memory,
}

impl ShapeBand {
    /// The band of a task of `cpu_units` and `memory_mib`: memory_mib /
    /// cpu_units is GiB per vCPU (1024 units = 1 vCPU, 1024 MiB = 1 GiB).
    pub fn of(cpu_units: u32, memory_mib: u32) -> ShapeBand {
        let gib_per_vcpu = f64::from(memory_mib) / f64::from(cpu_units.max(1));
        if gib_per_vcpu <= 3.0 {
            ShapeBand::Cpu
        } else if gib_per_vcpu <= 6.0 {
            ShapeBand::General
        } else {
            ShapeBand::Memory
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ShapeBand::Cpu => "cpu",
            ShapeBand::General => "general",
            ShapeBand::Memory => "memory",
        }
    }
}

/// One capacity provider of a planned cluster: its services (daemons
/// included) and the plan of its Auto Scaling group.
#[derive(Debug, Clone)]
pub struct ProviderPlan<'a> {
    /// `shared` for the one provider of a cluster, otherwise the shape,
    /// e.g. `x86_64-memory`.
    pub name: String,
    pub services: Vec<&'a Service>,
    pub plan: ClusterPlan,
    /// The EC2 Spot settings its instances run with.
    pub spot: Ec2Spot,
    /// Named by the user (`ec2.capacity_providers`), not by the planner.
    pub named: bool,
}

/// The providers kept for a cluster (one or more), with the tasks they
/// leave unplaced (a daemon that cannot run is listed once, with its
/// largest shortfall).
#[derive(Debug, Clone)]
pub struct ProvidersChoice<'a> {
    pub providers: Vec<ProviderPlan<'a>>,
    pub unplaced: Vec<Unplaced>,
    /// The shared provider's monthly cost when the per-shape providers won
    /// (what they saved is this minus their sum), `None` otherwise.
    pub shared_monthly_usd: Option<f64>,
}

/// Pricing inputs for comparing plans.
#[derive(Debug, Clone, Copy)]
pub struct PlanPricing<'o> {
    pub discount_pct: f64,
    pub horizon_hours: u32,
    pub ops: &'o OpsCost,
    pub spot: &'o Ec2Spot,
}

/// The non-daemon services of `services` grouped by (architecture, band),
/// in a stable order; each group is followed by every daemon.
pub fn shape_groups<'a>(services: &[&'a Service]) -> Vec<(String, Vec<&'a Service>)> {
    let daemons: Vec<&Service> = services.iter().copied().filter(|s| s.daemon).collect();
    // `Arch` orders x86_64 before arm64.
    let mut groups: BTreeMap<(Arch, ShapeBand), Vec<&Service>> = BTreeMap::new();
    for service in services.iter().copied().filter(|s| !s.daemon) {
        groups
            .entry((
                service.arch,
                ShapeBand::of(service.cpu_units, service.memory_mib),
            ))
            .or_default()
            .push(service);
    }
    groups
        .into_iter()
        .map(|((arch, band), mut members)| {
            members.extend(daemons.iter().copied());
            (format!("{}-{}", arch.as_str(), band.as_str()), members)
        })
        .collect()
}

/// What a plan costs per month for the comparison: instances after the
/// discount, credits, operations per instance (not per cluster: the cluster
/// pays that once whatever its providers). `None` without a run.
pub fn plan_monthly_usd(
    plan: &ClusterPlan,
    catalogue: &Ec2Catalogue,
    pricing: PlanPricing,
) -> Option<f64> {
    let run = plan.run.as_ref()?;
    let instance = catalogue.get(&run.instance_type)?;
    let ops = OpsCost {
        usd_per_cluster_month: 0.0,
        ..*pricing.ops
    };
    Some(
        cluster_costs(
            run,
            instance.usd_per_hour,
            pricing.discount_pct,
            pricing.horizon_hours,
            &ops,
            pricing.spot,
        )
        .monthly_usd(),
    )
}

/// Unplaced tasks merged by service (largest shortfall kept), in first-seen
/// order.
fn merge_unplaced<'u>(lists: impl IntoIterator<Item = &'u Unplaced>) -> Vec<Unplaced> {
    let mut merged: Vec<Unplaced> = Vec::new();
    for u in lists {
        match merged.iter_mut().find(|m| m.service == u.service) {
            Some(m) => {
                if u.tasks > m.tasks {
                    *m = u.clone();
                }
            }
            None => merged.push(u.clone()),
        }
    }
    merged
}

fn unplaced_tasks(list: &[Unplaced]) -> u64 {
    list.iter().map(|u| u64::from(u.tasks)).sum()
}

/// Plans the cluster `input` with one shared provider and with a provider
/// per task shape, and keeps the cheaper (see the module doc).
///
/// The per-shape providers are planned first; the shared provider is then
/// searched for its winner alone ([`plan_cluster_winner`]: the comparison
/// needs only its cost and unplaced tasks), and searched in full (runners-up
/// included, as shown) only when it is kept. Same choice as planning both
/// in full, with fewer types simulated.
pub fn plan_providers<'a>(
    input: &Ec2ClusterInput<'a>,
    catalogue: &Ec2Catalogue,
    pricing: PlanPricing,
) -> ProvidersChoice<'a> {
    let shared = |plan: ClusterPlan| ProvidersChoice {
        unplaced: plan.unplaced.clone(),
        providers: vec![ProviderPlan {
            name: SHARED_PROVIDER.to_string(),
            services: input.services.clone(),
            plan,
            spot: *pricing.spot,
            named: false,
        }],
        shared_monthly_usd: None,
    };
    let groups = shape_groups(&input.services);
    if groups.len() < 2 {
        return shared(plan_cluster(input, catalogue));
    }
    let mut providers = Vec::with_capacity(groups.len());
    let mut total_usd = 0.0;
    for (name, services) in groups {
        let group_input = Ec2ClusterInput {
            services: services.clone(),
            settings: input.settings,
            horizon_hours: input.horizon_hours,
        };
        let plan = plan_cluster(&group_input, catalogue);
        let Some(usd) = plan_monthly_usd(&plan, catalogue, pricing) else {
            // A shape no type can hold: the shared plan stands.
            return shared(plan_cluster(input, catalogue));
        };
        total_usd += usd;
        providers.push(ProviderPlan {
            name,
            services,
            plan,
            spot: *pricing.spot,
            named: false,
        });
    }
    let winner = plan_cluster_winner(input, catalogue);
    let Some(shared_usd) = plan_monthly_usd(&winner, catalogue, pricing) else {
        return shared(plan_cluster(input, catalogue));
    };
    let unplaced = merge_unplaced(providers.iter().flat_map(|p| p.plan.unplaced.iter()));
    let fewer_unplaced = unplaced_tasks(&unplaced) < unplaced_tasks(&winner.unplaced);
    let as_complete = unplaced_tasks(&unplaced) == unplaced_tasks(&winner.unplaced);
    // A cent of tolerance: equal plans keep the simpler shared provider.
    if fewer_unplaced || (as_complete && total_usd < shared_usd - 0.005) {
        ProvidersChoice {
            providers,
            unplaced,
            shared_monthly_usd: Some(shared_usd),
        }
    } else {
        shared(plan_cluster(input, catalogue))
    }
}

/// The share of one instance the running daemons of `services` reserve:
/// the larger of their CPU and memory over what `run`'s type registers
/// (at most 1; 0 without daemons or when none can run).
pub fn daemon_share(services: &[&Service], run: &super::ClusterRun) -> f64 {
    let running = services
        .iter()
        .filter(|s| s.daemon && !run.unplaced.iter().any(|u| u.service == s.name));
    let (cpu, memory) = running.fold((0.0, 0.0), |(c, m), s| {
        (c + f64::from(s.cpu_units), m + f64::from(s.memory_mib))
    });
    let registered_cpu = f64::from(run.registered_cpu_units);
    let registered_memory = f64::from(run.registered_memory_mib);
    if registered_cpu <= 0.0 || registered_memory <= 0.0 {
        return 0.0;
    }
    (cpu / registered_cpu)
        .max(memory / registered_memory)
        .min(1.0)
}

/// The planner's name for a cluster's one provider.
pub const SHARED_PROVIDER: &str = "shared";

/// Names the planner gives its own providers (`shared` and the task
/// shapes); a named provider may not take one.
pub fn automatic_provider_names() -> Vec<String> {
    let mut names = vec![SHARED_PROVIDER.to_string()];
    for arch in Arch::ALL {
        for band in [ShapeBand::Cpu, ShapeBand::General, ShapeBand::Memory] {
            names.push(format!("{}-{}", arch.as_str(), band.as_str()));
        }
    }
    names
}

/// The settings a named provider plans with: its instance type as the one
/// listed type (when it names one); everything else the cluster's.
fn named_settings(settings: &Ec2Settings, provider: &CapacityProvider) -> Ec2Settings {
    let mut own = settings.clone();
    if let Some(instance_type) = &provider.instance_type {
        own.instance_types = Some(vec![instance_type.clone()]);
    }
    own.spot = provider.spot.unwrap_or(settings.spot);
    own.capacity_providers = Vec::new();
    own
}

/// Plans the cluster `input` with the user's named providers for the
/// services bound to them and the planner's choice ([`plan_providers`])
/// for the rest (see the module doc). Without bound services in the
/// cluster this is [`plan_providers`].
pub fn plan_cluster_providers<'a>(
    input: &Ec2ClusterInput<'a>,
    catalogue: &Ec2Catalogue,
    pricing: PlanPricing,
) -> ProvidersChoice<'a> {
    let named = &input.settings.capacity_providers;
    let daemons: Vec<&'a Service> = input
        .services
        .iter()
        .copied()
        .filter(|s| s.daemon)
        .collect();
    let mut bound: Vec<Vec<&'a Service>> = vec![Vec::new(); named.len()];
    let mut unbound: Vec<&'a Service> = Vec::new();
    for service in input.services.iter().copied().filter(|s| !s.daemon) {
        match named
            .iter()
            .position(|p| p.services.iter().any(|n| n == &service.name))
            .and_then(|i| bound.get_mut(i))
        {
            Some(list) => list.push(service),
            None => unbound.push(service),
        }
    }
    if bound.iter().all(Vec::is_empty) {
        return plan_providers(input, catalogue, pricing);
    }
    let mut choice = if unbound.is_empty() {
        ProvidersChoice {
            providers: Vec::new(),
            unplaced: Vec::new(),
            shared_monthly_usd: None,
        }
    } else {
        let mut services = unbound;
        services.extend(daemons.iter().copied());
        let auto_input = Ec2ClusterInput {
            services,
            settings: input.settings,
            horizon_hours: input.horizon_hours,
        };
        plan_providers(&auto_input, catalogue, pricing)
    };
    for (provider, mut services) in named.iter().zip(bound) {
        if services.is_empty() {
            continue;
        }
        services.extend(daemons.iter().copied());
        let settings = named_settings(input.settings, provider);
        let provider_input = Ec2ClusterInput {
            services: services.clone(),
            settings: &settings,
            horizon_hours: input.horizon_hours,
        };
        let plan = plan_cluster(&provider_input, catalogue);
        choice.providers.push(ProviderPlan {
            name: provider.name.clone(),
            services,
            plan,
            spot: settings.spot,
            named: true,
        });
    }
    choice.unplaced = merge_unplaced(choice.providers.iter().flat_map(|p| p.plan.unplaced.iter()));
    choice
}

/// The operations figures a cluster's `index`th provider carries: the
/// per-cluster figure on the first provider only (a cluster pays it once).
pub fn provider_ops(ops: &OpsCost, index: usize) -> OpsCost {
    if index == 0 {
        *ops
    } else {
        OpsCost {
            usd_per_cluster_month: 0.0,
            ..*ops
        }
    }
}

fn add_series_u32(total: &mut Vec<u32>, part: &[u32]) {
    if total.len() < part.len() {
        total.resize(part.len(), 0);
    }
    for (t, p) in total.iter_mut().zip(part) {
        *t = t.saturating_add(*p);
    }
}

fn add_series_f64(total: &mut Vec<f64>, part: &[f64]) {
    if total.len() < part.len() {
        total.resize(part.len(), 0.0);
    }
    for (t, p) in total.iter_mut().zip(part) {
        *t += *p;
    }
}

/// One cluster's result from its providers' results (each costed as its
/// own group by `to_cluster_result`, in provider order): costs, instances
/// and series summed; the instance type is the providers' types joined by
/// " + "; no single instance price or Fargate parity share (each provider
/// has its price); the ENI limit is the provider with the most
/// instance-hours'; service costs are summed per service (daemons are in
/// every provider). `services` is the cluster's service list, in order.
pub fn merge_provider_results(
    name: &str,
    services: Vec<String>,
    parts: Vec<(String, bool, crate::report::ClusterResult)>,
) -> crate::report::ClusterResult {
    use crate::report::{ClusterResult, ProviderResult, ServiceCost};
    let mut merged = ClusterResult {
        name: name.to_string(),
        services,
        ..ClusterResult::default()
    };
    let mut ideal = 0.0;
    let mut lower = 0.0;
    let mut types: Vec<String> = Vec::new();
    let mut main: Option<(f64, usize)> = None;
    for (index, (provider, named, part)) in parts.iter().enumerate() {
        let instance_type = part.instance_type.clone().unwrap_or_default();
        merged.providers.push(ProviderResult {
            name: provider.clone(),
            named: *named,
            instance_type: instance_type.clone(),
            services: part.services.clone(),
            peak_instances: part.peak_instances.unwrap_or(0),
            avg_instances: part.avg_instances.unwrap_or(0.0),
            monthly_cost_usd: part.monthly_cost_usd,
            instance_usd_per_hour: part.instance_usd_per_hour.unwrap_or(0.0),
        });
        if !types.contains(&instance_type) {
            types.push(instance_type);
        }
        merged.launch_type = merged.launch_type.or(part.launch_type);
        merged.monthly_cost_usd += part.monthly_cost_usd;
        add_series_f64(&mut merged.hourly_cost_usd, &part.hourly_cost_usd);
        add_series_u32(&mut merged.hourly_instances, &part.hourly_instances);
        add_series_u32(
            &mut merged.hourly_ideal_instances,
            &part.hourly_ideal_instances,
        );
        ideal += part.ideal_monthly_cost_usd.unwrap_or(0.0);
        lower += part.lower_bound_monthly_cost_usd.unwrap_or(0.0);
        merged.credit_monthly_cost_usd += part.credit_monthly_cost_usd;
        merged.ops_monthly_cost_usd += part.ops_monthly_cost_usd;
        merged.daemon_monthly_cost_usd += part.daemon_monthly_cost_usd;
        merged.burstable_types_excluded = merged
            .burstable_types_excluded
            .max(part.burstable_types_excluded);
        merged.runners_up.extend(
            part.runners_up
                .iter()
                .map(|c| crate::report::TypeCandidate {
                    why: format!("{provider}: {}", c.why),
                    ..c.clone()
                }),
        );
        let weight = part.avg_instances.unwrap_or(0.0) * part.instance_usd_per_hour.unwrap_or(0.0);
        if main.is_none_or(|(w, _)| weight > w) {
            main = Some((weight, index));
        }
        for cost in &part.service_costs {
            match merged
                .service_costs
                .iter_mut()
                .find(|c| c.service == cost.service)
            {
                Some(c) => c.monthly_cost_usd += cost.monthly_cost_usd,
                None => merged.service_costs.push(ServiceCost {
                    service: cost.service.clone(),
                    monthly_cost_usd: cost.monthly_cost_usd,
                }),
            }
        }
    }
    let order = |service: &str| merged.services.iter().position(|s| s == service);
    let mut costs = std::mem::take(&mut merged.service_costs);
    crate::sort::sort_by_key(&mut costs, |c| order(&c.service));
    merged.service_costs = costs;
    if let Some((_, index)) = main {
        if let Some((_, _, part)) = parts.get(index) {
            // One price or parity share would misname a cluster of several
            // types: the providers carry their own prices.
            merged.awsvpc_limit = part.awsvpc_limit.clone();
        }
    }
    let peak = merged.hourly_instances.iter().copied().max().unwrap_or(0);
    let hours = merged.hourly_instances.len();
    merged.peak_instances = Some(peak);
    merged.avg_instances = Some(if hours == 0 {
        0.0
    } else {
        merged
            .hourly_instances
            .iter()
            .map(|&n| f64::from(n))
            .sum::<f64>()
            / f64::from(u32::try_from(hours).unwrap_or(u32::MAX))
    });
    merged.ideal_monthly_cost_usd = Some(ideal);
    merged.lower_bound_monthly_cost_usd = Some(lower);
    merged.instance_type = Some(types.join(" + "));
    // `instance_type_reason`: `simulate` sets `providers_choice`, and
    // `text::render_report` renders it.
    merged
}
