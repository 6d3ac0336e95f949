//! The hour-by-hour loop: each hour, services scale in (tasks stopped as
//! the strategy says), then scale out (new tasks placed by the strategy on
//! the running instances); the capacity provider launches instances for
//! what is still pending and for `target_capacity` headroom, then
//! terminates instances that run nothing but daemons beyond what it needs
//! (ecs-domain.md sections 5 and 6). The run records, per hour, instances
//! as ECS runs them, the ideal repack, the lower bound and reservation.
//!
//! Termination of the capacity-provider loop: a pending task that can run
//! at all fits an empty instance, so pending tasks mean every instance runs
//! tasks, so the provider launches at least one instance and at least one
//! pending task lands on it; once nothing is pending, launching empty
//! headroom does not change what is needed.

use crate::findings::{DaemonMisfit, NoFit, RunNote, UnplacedReason};
use crate::pricing::InstanceType;
use crate::report::Unplaced;
use crate::scenario::{Os, PlacementStrategy, Service};

use super::ideal::{
    demand_of, lower_bound_for, lower_bound_instances, with_headroom, Demand, Packer,
};
use super::instance::{
    burst_credits, default_memory_overhead_mib, registered_capacity, BurstCredits, Capacity,
    Instance, TaskShape, DEFAULT_MEMORY_OVERHEAD_BASIS_POINTS, RESERVED_HOST_PORTS,
};
use super::placement::{effective_chain, Fleet};
use super::{ClusterRun, Ec2ClusterInput, InstanceSnapshot};

/// What the simulator makes of one service on one instance type.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceStatus {
    /// Its tasks fit an empty instance (daemons on it).
    Placeable,
    /// A daemon that runs on every instance.
    Daemon,
    /// It can never run on this type; the reason says why.
    Unplaceable(UnplacedReason),
}

/// A cluster's services prepared for one instance type.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    pub instance_type: &'a InstanceType,
    pub services: &'a [&'a Service],
    pub registered: Capacity,
    /// An empty instance with the daemons on it.
    pub template: Instance,
    pub shapes: Vec<TaskShape>,
    pub status: Vec<ServiceStatus>,
    /// Placeable services, largest task first.
    pub order: Vec<usize>,
    /// Set when a daemon does not fit: the type cannot be used.
    pub unusable: Option<DaemonMisfit>,
    pub chain: Vec<PlacementStrategy>,
    pub azs: u32,
    pub target_capacity_pct: u32,
    pub min_instances: u32,
    pub seed: u64,
    pub horizon_hours: u32,
    pub default_overhead: bool,
    /// Set on T3, T3a and T4g types: surplus CPU credits per instance-hour.
    pub credits: Option<BurstCredits>,
    /// ENI trunking is on and the type has ECS's trunking limit.
    pub trunking_in_use: bool,
    /// Tests only: see [`Fleet::reference_scans`].
    pub reference_scans: bool,
    /// Tests only: see [`Fleet::scan_without_index`].
    pub scan_without_index: bool,
}

impl<'a> Prepared<'a> {
    pub fn new(input: &'a Ec2ClusterInput<'a>, instance_type: &'a InstanceType) -> Prepared<'a> {
        let services: &'a [&'a Service] = &input.services;
        let settings = input.settings;
        let registered = registered_capacity(instance_type, settings);
        let shapes: Vec<TaskShape> = (0..services.len())
            .map(|i| TaskShape::of(services, i))
            .collect();
        let mut template = Instance::empty(registered, services.len());
        let mut status = Vec::with_capacity(services.len());
        let mut unusable = None;
        let type_name = &instance_type.name;
        for (index, (service, shape)) in services.iter().zip(&shapes).enumerate() {
            let verdict = if service.os == Os::Windows {
                ServiceStatus::Unplaceable(UnplacedReason::Ec2Windows)
            } else if service.arch != instance_type.arch {
                ServiceStatus::Unplaceable(UnplacedReason::Architecture {
                    task_arch: service.arch,
                    instance_type: type_name.clone(),
                    type_arch: instance_type.arch,
                })
            } else if let Some(port) = service
                .host_port
                .filter(|p| RESERVED_HOST_PORTS.contains(p))
            {
                ServiceStatus::Unplaceable(UnplacedReason::ReservedHostPort { port })
            } else if service.daemon {
                if template.can_add(index, shape) {
                    template.add(index, shape, 1);
                } else if unusable.is_none() {
                    unusable = Some(DaemonMisfit {
                        daemon: service.name.clone(),
                        cpu_units: service.cpu_units,
                        memory_mib: service.memory_mib,
                        instance_type: type_name.clone(),
                        why: why_not_fit(&template, registered, shape, services, instance_type),
                    });
                }
                ServiceStatus::Daemon
            } else {
                ServiceStatus::Placeable
            };
            status.push(verdict);
        }
        // Services other than daemons must fit the instance left after all
        // daemons (checked once every daemon is on the template).
        for (index, shape) in shapes.iter().enumerate() {
            if let Some(ServiceStatus::Placeable) = status.get(index) {
                if !template.can_add(index, shape) {
                    let reason = why_not_fit(&template, registered, shape, services, instance_type);
                    if let Some(slot) = status.get_mut(index) {
                        *slot = ServiceStatus::Unplaceable(UnplacedReason::NoFit(reason));
                    }
                }
            }
        }
        let mut order: Vec<usize> = (0..services.len())
            .filter(|&i| status.get(i) == Some(&ServiceStatus::Placeable))
            .collect();
        let size = |i: usize| {
            shapes.get(i).map_or(0.0, |s| {
                (f64::from(s.cpu_units) / f64::from(registered.cpu_units.max(1)))
                    .max(f64::from(s.memory_mib) / f64::from(registered.memory_mib.max(1)))
            })
        };
        crate::sort::sort_usizes_by(&mut order, &|a, b| {
            size(b).total_cmp(&size(a)).then(a.cmp(&b))
        });
        Prepared {
            instance_type,
            services,
            registered,
            template,
            shapes,
            status,
            order,
            unusable,
            chain: effective_chain(&settings.strategy),
            azs: settings.availability_zones.max(1),
            target_capacity_pct: settings.target_capacity.clamp(1, 100),
            min_instances: settings.min_instances,
            seed: settings.seed,
            horizon_hours: input.horizon_hours,
            default_overhead: settings.memory_overhead_mib.is_none(),
            credits: burst_credits(instance_type),
            trunking_in_use: settings.eni_trunking && instance_type.ecs_trunking().is_some(),
            reference_scans: false,
            scan_without_index: false,
        }
    }

    /// Desired tasks of each placeable service in `hour` (0 for the rest).
    pub fn desired_at(&self, hour: u32, desired: &mut [u32]) {
        desired.iter_mut().for_each(|d| *d = 0);
        for &s in &self.order {
            if let (Some(slot), Some(service)) = (desired.get_mut(s), self.services.get(s)) {
                *slot = service.desired.at_hour(hour);
            }
        }
    }

    /// What the placeable services want in each hour of the horizon.
    pub fn hourly_demand(&self) -> Vec<Demand> {
        let mut desired = vec![0u32; self.services.len()];
        (0..self.horizon_hours)
            .map(|hour| {
                self.desired_at(hour, &mut desired);
                demand_of(&self.shapes, &self.order, &desired)
            })
            .collect()
    }

    /// The placeable services as a sorted set: two types with the same set
    /// have the same [`Prepared::hourly_demand`].
    pub fn placeable_set(&self) -> Vec<usize> {
        let mut set = self.order.clone();
        crate::sort::sort_usizes(&mut set);
        set
    }

    /// The lower bound on instance-hours over the horizon (headroom and
    /// `min_instances` included): a floor under what ECS will run, used to
    /// prune the instance-type search.
    pub fn lower_bound_instance_hours(&self) -> u64 {
        self.lower_bound_instance_hours_for(&self.hourly_demand())
    }

    /// [`Prepared::lower_bound_instance_hours`] from a precomputed
    /// [`Prepared::hourly_demand`].
    pub fn lower_bound_instance_hours_for(&self, hourly_demand: &[Demand]) -> u64 {
        self.hourly_lower_bound_for(hourly_demand)
            .iter()
            .map(|&n| u64::from(n))
            .sum()
    }

    /// The lower bound on instances in each hour (headroom and
    /// `min_instances` included) from [`Prepared::hourly_demand`].
    pub fn hourly_lower_bound_for(&self, hourly_demand: &[Demand]) -> Vec<u32> {
        if self.unusable.is_some() {
            return vec![0; hourly_demand.len()];
        }
        hourly_demand
            .iter()
            .map(|demand| {
                let raw = lower_bound_for(&self.template, demand);
                with_headroom(raw, self.target_capacity_pct, self.min_instances)
            })
            .collect()
    }

    /// Task-hours that can never run on this type (known before simulating).
    pub fn unplaceable_task_hours(&self) -> u64 {
        let mut total = 0u64;
        for (service, status) in self.services.iter().zip(&self.status) {
            if matches!(status, ServiceStatus::Unplaceable(_)) && !service.daemon {
                total += (0..self.horizon_hours)
                    .map(|h| u64::from(service.desired.at_hour(h)))
                    .sum::<u64>();
            }
        }
        total
    }
}

fn why_not_fit(
    template: &Instance,
    registered: Capacity,
    shape: &TaskShape,
    services: &[&Service],
    instance_type: &InstanceType,
) -> NoFit {
    let name = instance_type.name.clone();
    if let Some(&other) = shape
        .port_conflicts
        .iter()
        .find(|&&other| template.count_of(other) > 0)
    {
        let daemon = services.get(other).map_or("?", |s| s.name.as_str());
        return NoFit::HostPortTakenByDaemon {
            daemon: daemon.to_string(),
        };
    }
    if shape.cpu_units > template.free_cpu_units {
        return if shape.cpu_units > registered.cpu_units {
            NoFit::CpuTooBig {
                cpu_units: shape.cpu_units,
                instance_type: name,
                registered_cpu_units: registered.cpu_units,
            }
        } else {
            NoFit::CpuLeftAfterDaemons {
                cpu_units: shape.cpu_units,
                instance_type: name,
                free_cpu_units: template.free_cpu_units,
            }
        };
    }
    if shape.memory_mib > template.free_memory_mib {
        return if shape.memory_mib > registered.memory_mib {
            NoFit::MemoryTooBig {
                memory_mib: shape.memory_mib,
                instance_type: name,
                registered_memory_mib: registered.memory_mib,
            }
        } else {
            NoFit::MemoryLeftAfterDaemons {
                memory_mib: shape.memory_mib,
                instance_type: name,
                free_memory_mib: template.free_memory_mib,
            }
        };
    }
    if shape.uses_eni && template.free_task_enis == 0 {
        let trunking_supported = instance_type.ecs_trunking().is_some();
        return if registered.task_enis == 0 {
            NoFit::EniNoneToSpare {
                instance_type: name,
                trunking_supported,
            }
        } else {
            NoFit::EniTakenByDaemons {
                instance_type: name,
                task_enis: registered.task_enis,
                trunking_supported,
            }
        };
    }
    NoFit::DoesNotFit {
        instance_type: name,
    }
}

/// How much a simulation records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything, the ideal and lower bound included.
    Full,
    /// Instances and reservation only (the search's candidates).
    CostOnly,
}

/// When the search may stop simulating a candidate: as soon as the hours
/// simulated plus the lower bound of the hours left cost more than
/// `cost_to_beat_usd`, the candidate cannot make the top of the ranking.
#[derive(Debug, Clone, Copy)]
pub struct GiveUp<'b> {
    pub usd_per_hour: f64,
    pub cost_to_beat_usd: f64,
    /// Lower-bound instance-hours from hour `h` to the end, at index `h`.
    pub lower_bound_from_hour: &'b [u64],
}

/// What a simulation leaves: the run, the fleet at its last hour and the
/// tasks of each service that ran in each hour.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub run: ClusterRun,
    pub fleet: Fleet,
    /// `hourly_running[h][s]`: tasks of service `s` running in hour `h`.
    pub hourly_running: Vec<Vec<u32>>,
    /// The simulation stopped early under a [`GiveUp`] rule.
    pub gave_up: bool,
}

fn percent(used: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let used = u32::try_from(used).map_or(f64::from(u32::MAX), f64::from);
    let total = u32::try_from(total).map_or(f64::from(u32::MAX), f64::from);
    used * 100.0 / total
}

fn count_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Runs the cluster on `prepared`'s type up to `last_hour` (inclusive) or
/// the whole horizon.
pub fn simulate(prepared: &Prepared, detail: Detail, last_hour: Option<u32>) -> Outcome {
    simulate_with(prepared, detail, last_hour, None)
}

/// [`simulate`], stopping early under `give_up` when given.
pub fn simulate_with(
    prepared: &Prepared,
    detail: Detail,
    last_hour: Option<u32>,
    give_up: Option<GiveUp>,
) -> Outcome {
    let p = prepared;
    let n = p.services.len();
    let mut fleet = Fleet::new(n, p.azs, p.chain.clone(), p.seed);
    fleet.reference_scans = p.reference_scans;
    fleet.scan_without_index = p.scan_without_index;
    let hours = match last_hour {
        Some(h) => h.saturating_add(1).min(p.horizon_hours),
        None => p.horizon_hours,
    };
    let capacity_hint = usize::try_from(hours).unwrap_or(0);
    let mut run = ClusterRun {
        instance_type: p.instance_type.name.clone(),
        hourly_instances: Vec::with_capacity(capacity_hint),
        hourly_ideal_instances: Vec::new(),
        hourly_lower_bound: Vec::new(),
        hourly_cpu_reserved_pct: Vec::with_capacity(capacity_hint),
        hourly_memory_reserved_pct: Vec::with_capacity(capacity_hint),
        hourly_placed_tasks: Vec::with_capacity(capacity_hint),
        hourly_unplaced_tasks: Vec::with_capacity(capacity_hint),
        instance_hours: 0,
        ideal_instance_hours: 0,
        lower_bound_instance_hours: 0,
        peak_instances: 0,
        registered_cpu_units: p.registered.cpu_units,
        registered_memory_mib: p.registered.memory_mib,
        task_enis_per_instance: p.registered.task_enis,
        credit_usd_per_vcpu_hour: p.credits.map_or(0.0, |c| c.usd_per_surplus_vcpu_hour),
        hourly_surplus_vcpus: Vec::new(),
        surplus_vcpu_hours: 0.0,
        ideal_surplus_vcpu_hours: 0.0,
        lower_bound_surplus_vcpu_hours: 0.0,
        unplaced: Vec::new(),
        notes: Vec::new(),
    };
    let mut max_pending = vec![0u32; n];
    if let Some(misfit) = &p.unusable {
        for hour in 0..hours {
            let mut unplaced = 0u32;
            for (s, service) in p.services.iter().enumerate() {
                let wanted = if service.daemon {
                    0
                } else {
                    service.desired.at_hour(hour)
                };
                unplaced = unplaced.saturating_add(wanted);
                if let Some(m) = max_pending.get_mut(s) {
                    *m = (*m).max(wanted);
                }
            }
            run.hourly_instances.push(0);
            run.hourly_cpu_reserved_pct.push(0.0);
            run.hourly_memory_reserved_pct.push(0.0);
            run.hourly_placed_tasks.push(0);
            run.hourly_unplaced_tasks.push(unplaced);
            if detail == Detail::Full {
                run.hourly_ideal_instances.push(0);
                run.hourly_lower_bound.push(0);
            }
        }
        for (service, &tasks) in p.services.iter().zip(&max_pending) {
            if tasks > 0 {
                run.unplaced.push(Unplaced::new(
                    &service.name,
                    tasks,
                    UnplacedReason::TypeUnusable(misfit.clone()),
                ));
            }
        }
        run.notes.push(RunNote::CannotRunCluster(misfit.clone()));
        return Outcome {
            run,
            fleet,
            hourly_running: Vec::new(),
            gave_up: false,
        };
    }

    let mut desired = vec![0u32; n];
    let mut running = vec![0u32; n];
    let mut pending = vec![0u32; n];
    let mut estimator = Packer::new();
    let mut hourly_running: Vec<Vec<u32>> = Vec::with_capacity(capacity_hint);
    let mut gave_up = false;
    for hour in 0..hours {
        p.desired_at(hour, &mut desired);
        // Scale-in first, as the strategy says.
        for &s in &p.order {
            let (Some(&want), Some(have), Some(shape)) =
                (desired.get(s), running.get_mut(s), p.shapes.get(s))
            else {
                continue;
            };
            if *have > want {
                let stopped = fleet.stop(s, shape, *have - want);
                *have -= stopped;
            }
        }
        // Scale-out on the instances that run.
        place_pending(&mut fleet, p, &desired, &mut running);
        // The capacity provider.
        let mut rounds = 0u32;
        loop {
            let mut any_pending = false;
            for ((slot, &want), &have) in pending.iter_mut().zip(&desired).zip(&running) {
                *slot = want.saturating_sub(have);
                any_pending |= *slot > 0;
            }
            let estimate = if any_pending {
                estimator.pack(&p.template, &p.shapes, &p.order, &pending)
            } else {
                0
            };
            let used = count_u32(
                fleet
                    .instances
                    .iter()
                    .filter(|i| i.service_tasks > 0)
                    .count(),
            );
            let wanted = with_headroom(
                used.saturating_add(estimate),
                p.target_capacity_pct,
                p.min_instances,
            );
            let have = count_u32(fleet.instances.len());
            if wanted <= have || rounds > 100_000 {
                break;
            }
            for _ in have..wanted {
                fleet.launch(&p.template);
            }
            if any_pending {
                place_pending(&mut fleet, p, &desired, &mut running);
            }
            rounds += 1;
        }
        // Scale-in of instances: only those running nothing but daemons.
        let used = count_u32(
            fleet
                .instances
                .iter()
                .filter(|i| i.service_tasks > 0)
                .count(),
        );
        let wanted = with_headroom(used, p.target_capacity_pct, p.min_instances);
        let excess = count_u32(fleet.instances.len()).saturating_sub(wanted);
        fleet.terminate_idle(excess);

        // Record the hour.
        let instances = count_u32(fleet.instances.len());
        run.hourly_instances.push(instances);
        run.instance_hours += u64::from(instances);
        run.peak_instances = run.peak_instances.max(instances);
        let (mut cpu_used, mut cpu_total, mut mem_used, mut mem_total) = (0u64, 0u64, 0u64, 0u64);
        for instance in &fleet.instances {
            cpu_used += u64::from(instance.cpu_units_used());
            cpu_total += u64::from(instance.registered.cpu_units);
            mem_used += u64::from(instance.memory_mib_used());
            mem_total += u64::from(instance.registered.memory_mib);
        }
        if let Some(credits) = &p.credits {
            // Surplus credits, instance by instance (ecs-domain.md §3).
            let surplus: f64 = fleet
                .instances
                .iter()
                .map(|i| credits.surplus_vcpus(u64::from(i.cpu_units_used())))
                .sum();
            run.hourly_surplus_vcpus.push(surplus);
            run.surplus_vcpu_hours += surplus;
        }
        run.hourly_cpu_reserved_pct
            .push(percent(cpu_used, cpu_total));
        run.hourly_memory_reserved_pct
            .push(percent(mem_used, mem_total));
        let placed: u32 = running.iter().fold(0u32, |a, &r| a.saturating_add(r));
        run.hourly_placed_tasks.push(placed);
        let mut unplaced = 0u32;
        for (s, (service, status)) in p.services.iter().zip(&p.status).enumerate() {
            let short = match status {
                ServiceStatus::Placeable => desired
                    .get(s)
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(running.get(s).copied().unwrap_or(0)),
                ServiceStatus::Daemon => 0,
                ServiceStatus::Unplaceable(_) if service.daemon => instances,
                ServiceStatus::Unplaceable(_) => service.desired.at_hour(hour),
            };
            unplaced = unplaced.saturating_add(short);
            if let Some(m) = max_pending.get_mut(s) {
                *m = (*m).max(short);
            }
        }
        run.hourly_unplaced_tasks.push(unplaced);
        hourly_running.push(running.clone());
        if let Some(rule) = &give_up {
            let after = usize::try_from(hour)
                .ok()
                .and_then(|h| rule.lower_bound_from_hour.get(h + 1))
                .copied()
                .unwrap_or(0);
            let floor = run.instance_hours.saturating_add(after);
            let floor_usd = u32::try_from(floor).map_or(f64::from(u32::MAX), f64::from)
                * rule.usd_per_hour
                + run.surplus_vcpu_hours * run.credit_usd_per_vcpu_hour;
            if floor_usd > rule.cost_to_beat_usd {
                gave_up = true;
                break;
            }
        }
    }
    if detail == Detail::Full {
        add_ideal(p, &mut run, &hourly_running);
    }

    for (s, (service, status)) in p.services.iter().zip(&p.status).enumerate() {
        let tasks = max_pending.get(s).copied().unwrap_or(0);
        if tasks == 0 {
            continue;
        }
        let reason = match status {
            ServiceStatus::Unplaceable(reason) => reason.clone(),
            _ => UnplacedReason::StillPending,
        };
        run.unplaced
            .push(Unplaced::new(&service.name, tasks, reason));
    }
    if !run.unplaced.is_empty() {
        let services = run.unplaced.iter().map(|u| u.service.clone()).collect();
        run.notes.push(RunNote::CostExcludesUnplaced {
            instance_type: p.instance_type.name.clone(),
            services,
        });
    }
    if p.trunking_in_use && p.instance_type.trunking_limit_inferred_by_ecs() {
        run.notes.push(RunNote::TrunkingInferred {
            instance_type: p.instance_type.name.clone(),
            tasks: p.registered.task_enis,
        });
    }
    if let Some(credits) = &p.credits {
        run.notes.push(RunNote::Burstable {
            instance_type: p.instance_type.name.clone(),
            baseline_vcpus: credits.baseline_vcpus,
            vcpus: p.instance_type.vcpu,
            usd_per_vcpu_hour: credits.usd_per_surplus_vcpu_hour,
            surplus_vcpu_hours: run.surplus_vcpu_hours,
        });
    }
    if p.default_overhead {
        run.notes.push(RunNote::RegisteredCapacity {
            instance_type: p.instance_type.name.clone(),
            cpu_units: p.registered.cpu_units,
            registered_memory_mib: p.registered.memory_mib,
            memory_mib: p.instance_type.memory_mib,
            overhead_basis_points: DEFAULT_MEMORY_OVERHEAD_BASIS_POINTS,
            overhead_mib: default_memory_overhead_mib(p.instance_type.memory_mib),
        });
    }
    Outcome {
        run,
        fleet,
        hourly_running,
        gave_up,
    }
}

/// Fills the ideal and lower-bound series of `run` from the tasks that ran
/// in each hour (`hourly_running[h][s]`), replacing any already there.
pub fn add_ideal(p: &Prepared, run: &mut ClusterRun, hourly_running: &[Vec<u32>]) {
    let mut repacker = Packer::new();
    let mut previous: Option<(&Vec<u32>, u32, u32)> = None;
    let mut fallback_hours = 0u32;
    run.hourly_ideal_instances.clear();
    run.hourly_lower_bound.clear();
    run.ideal_instance_hours = 0;
    run.lower_bound_instance_hours = 0;
    run.ideal_surplus_vcpu_hours = 0.0;
    run.lower_bound_surplus_vcpu_hours = 0.0;
    for (running, &instances) in hourly_running.iter().zip(&run.hourly_instances) {
        let (ideal_raw, bound_raw) = match previous {
            Some((prev, ideal_raw, bound_raw)) if prev == running => (ideal_raw, bound_raw),
            _ => {
                let ideal_raw = repacker.pack(&p.template, &p.shapes, &p.order, running);
                let bound_raw = lower_bound_instances(&p.template, &p.shapes, &p.order, running);
                previous = Some((running, ideal_raw, bound_raw));
                (ideal_raw, bound_raw)
            }
        };
        let repack = with_headroom(ideal_raw, p.target_capacity_pct, p.min_instances);
        if repack > instances {
            fallback_hours += 1;
        }
        let ideal = repack.min(instances);
        let bound = with_headroom(bound_raw, p.target_capacity_pct, p.min_instances);
        if let Some(credits) = &p.credits {
            let h = run.hourly_ideal_instances.len();
            let as_ecs = run.hourly_surplus_vcpus.get(h).copied().unwrap_or(0.0);
            let (ideal_surplus, bound_surplus) =
                pooled_surplus(p, credits, running, ideal, instances, as_ecs);
            run.ideal_surplus_vcpu_hours += ideal_surplus;
            run.lower_bound_surplus_vcpu_hours += bound_surplus;
        }
        run.hourly_ideal_instances.push(ideal);
        run.hourly_lower_bound.push(bound);
        run.ideal_instance_hours += u64::from(ideal);
        run.lower_bound_instance_hours += u64::from(bound);
    }
    if fallback_hours > 0 {
        run.notes.push(RunNote::RepackFallback {
            hours: fallback_hours,
        });
    }
}

/// Surplus vCPUs of one hour for the ideal and the lower bound: the hour's
/// reservations pooled over `instances` instances, max(0, reserved / 1024 −
/// instances × baseline), the surplus no placement on that many instances
/// avoids. The ideal pools over its own count, the lower bound over what ECS
/// runs; each is capped at the one above (ideal ≤ as-ECS, lower ≤ ideal),
/// so lower bound ≤ ideal ≤ as-ECS holds for the cost with credits too.
fn pooled_surplus(
    p: &Prepared,
    credits: &BurstCredits,
    running: &[u32],
    ideal_instances: u32,
    ecs_instances: u32,
    as_ecs_surplus: f64,
) -> (f64, f64) {
    let tasks_units: u64 = p
        .order
        .iter()
        .map(|&s| {
            let count = running.get(s).copied().unwrap_or(0);
            let units = p.shapes.get(s).map_or(0, |shape| shape.cpu_units);
            u64::from(count) * u64::from(units)
        })
        .sum();
    let daemon_units = u64::from(p.template.cpu_units_used());
    let pooled = |instances: u32| -> f64 {
        let reserved = tasks_units + daemon_units * u64::from(instances);
        let reserved_vcpus =
            u32::try_from(reserved).map_or(f64::from(u32::MAX), f64::from) / 1024.0;
        (reserved_vcpus - f64::from(instances) * credits.baseline_vcpus).max(0.0)
    };
    let ideal = pooled(ideal_instances).min(as_ecs_surplus);
    let bound = pooled(ecs_instances).min(ideal);
    (ideal, bound)
}

fn place_pending(fleet: &mut Fleet, p: &Prepared, desired: &[u32], running: &mut [u32]) {
    for &s in &p.order {
        let (Some(&want), Some(have), Some(shape)) =
            (desired.get(s), running.get_mut(s), p.shapes.get(s))
        else {
            continue;
        };
        if *have < want {
            let placed = fleet.place(s, shape, want - *have);
            *have += placed;
        }
    }
}

/// Simulates the cluster on one given instance type.
pub fn simulate_cluster(input: &Ec2ClusterInput, instance: &InstanceType) -> ClusterRun {
    let prepared = Prepared::new(input, instance);
    simulate(&prepared, Detail::Full, None).run
}

/// The placement map after `hour` (0-based; clamped to the horizon),
/// re-simulated deterministically up to that hour.
pub fn placement_at(
    input: &Ec2ClusterInput,
    instance: &InstanceType,
    hour: u32,
) -> Vec<InstanceSnapshot> {
    let prepared = Prepared::new(input, instance);
    let outcome = simulate(&prepared, Detail::CostOnly, Some(hour));
    outcome
        .fleet
        .instances
        .iter()
        .map(|i| InstanceSnapshot {
            id: i.id,
            az: i.az,
            tasks: i
                .counts
                .iter()
                .enumerate()
                .filter(|(_, &c)| c > 0)
                .map(|(s, &c)| (s, c))
                .collect(),
            cpu_units_used: i.cpu_units_used(),
            memory_mib_used: i.memory_mib_used(),
            registered_cpu_units: i.registered.cpu_units,
            registered_memory_mib: i.registered.memory_mib,
        })
        .collect()
}
