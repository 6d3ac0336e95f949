//! The instance-type search: which single type runs a cluster cheapest.
//!
//! Candidates: with `ec2.instance_types` set, the listed types (a membership
//! constraint); otherwise every catalogue type of the cluster's architecture
//! whose empty instance (daemons on it) holds every task that any such type
//! can hold, burstable (T) families left out unless `ec2.allow_burstable`.
//! Ranking: fewest task-hours that cannot run, then total cost (surplus CPU
//! credits of burstable types included), then fewer peak instances, then
//! name.
//!
//! Pruning never skips a type blindly: each candidate's lower bound on
//! instance-hours (see [`super::ideal`]) times its price is a floor under its
//! real cost; candidates are simulated cheapest floor first, and once six
//! have been simulated (the winner and five runners-up), a candidate whose
//! floor is above the sixth-best real cost cannot enter the top six and is
//! skipped; a simulation also stops as soon as the hours simulated plus the
//! lower bound of the hours left cost more than that. (A floor equal to the
//! sixth best is still simulated, so ties are broken exactly.) The winner's
//! ideal and lower bound are then computed from the tasks that ran in each
//! of its hours.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::findings::{
    CandidateWhy, NoTypeWhy, RunNote, RunnerUp, TypeChoice, UnplacedReason, Versus,
};
use crate::pricing::{Ec2Catalogue, InstanceType};
use crate::report::{monthly_from_horizon, Unplaced};
use crate::scenario::{Arch, Os, Service};

use super::ideal::Demand;
use super::instance::is_burstable;
use super::simulation::{
    add_ideal, simulate, simulate_with, Detail, GiveUp, Prepared, ServiceStatus,
};
use super::{Candidate, ClusterPlan, ClusterRun, Ec2ClusterInput};

/// Runners-up reported (when the candidates allow).
pub const RUNNERS_UP: usize = 5;

/// The architecture of most of the cluster's tasks (peak counts; a daemon
/// counts one); x86_64 on ties or when empty.
pub fn cluster_arch(services: &[&Service]) -> Arch {
    let mut x86 = 0u64;
    let mut arm = 0u64;
    for service in services.iter().filter(|s| s.os == Os::Linux) {
        let weight = if service.daemon {
            1
        } else {
            u64::from(service.desired.peak())
        };
        match service.arch {
            Arch::X86_64 => x86 += weight,
            Arch::Arm64 => arm += weight,
        }
    }
    if arm > x86 {
        Arch::Arm64
    } else {
        Arch::X86_64
    }
}

struct Ranked<'p, 'a> {
    prepared: &'p Prepared<'a>,
    unplaceable_task_hours: u64,
    /// The lower-bound cost until simulated, then the real one.
    cost_usd: f64,
    /// Lower bound on instances per hour.
    hourly_lower_bound: Vec<u32>,
    run: Option<ClusterRun>,
    hourly_running: Vec<Vec<u32>>,
}

fn cost_of(instance_hours: u64, instance_type: &InstanceType) -> f64 {
    let hours = u32::try_from(instance_hours).map_or(f64::from(u32::MAX), f64::from);
    hours * instance_type.usd_per_hour
}

/// Surplus CPU credits of a run over the horizon, USD (0 on fixed types).
fn credits_of(run: &ClusterRun) -> f64 {
    run.surplus_vcpu_hours * run.credit_usd_per_vcpu_hour
}

fn rank_order(a: &Ranked, b: &Ranked) -> Ordering {
    a.unplaceable_task_hours
        .cmp(&b.unplaceable_task_hours)
        .then(a.cost_usd.total_cmp(&b.cost_usd))
        .then(
            a.run
                .as_ref()
                .map(|r| r.peak_instances)
                .cmp(&b.run.as_ref().map(|r| r.peak_instances)),
        )
        .then(
            a.prepared
                .instance_type
                .name
                .cmp(&b.prepared.instance_type.name),
        )
}

/// Chooses the instance type for a cluster (see the module doc): the
/// winner and five runners-up, exact.
pub fn plan_cluster(input: &Ec2ClusterInput, catalogue: &Ec2Catalogue) -> ClusterPlan {
    search(input, catalogue, RUNNERS_UP + 1)
}

/// The same winner as [`plan_cluster`], found with pruning against the best
/// so far instead of the sixth best, so fewer types are simulated. Only the
/// winner (its type, run, cost and unplaced tasks) is exact: its runners-up
/// are whatever was simulated on the way, and its counts of simulated and
/// ruled-out types are this search's. For a comparison that needs the
/// winner's cost alone (`providers::plan_providers`); what is shown to the
/// user comes from [`plan_cluster`].
pub fn plan_cluster_winner(input: &Ec2ClusterInput, catalogue: &Ec2Catalogue) -> ClusterPlan {
    search(input, catalogue, 1)
}

/// The search, keeping the best `keep` exact (`keep` ≥ 1).
fn search(input: &Ec2ClusterInput, catalogue: &Ec2Catalogue, keep: usize) -> ClusterPlan {
    let arch = cluster_arch(&input.services);
    let mut unknown: Vec<&str> = Vec::new();
    let list_mode = input.settings.instance_types.is_some();
    let candidates: Vec<&InstanceType> = match &input.settings.instance_types {
        Some(list) => list
            .iter()
            .filter_map(|name| {
                let found = catalogue.get(name);
                if found.is_none() {
                    unknown.push(name.as_str());
                }
                found
            })
            .collect(),
        None => catalogue
            .types
            .iter()
            .filter(|t| t.arch == arch)
            .filter(|t| input.settings.allow_burstable || !is_burstable(&t.name))
            .collect(),
    };
    let burstable_types_excluded = if list_mode || input.settings.allow_burstable {
        0
    } else {
        let excluded = catalogue
            .types
            .iter()
            .filter(|t| t.arch == arch && is_burstable(&t.name))
            .count();
        u32::try_from(excluded).unwrap_or(u32::MAX)
    };
    let prepared: Vec<Prepared> = candidates
        .iter()
        .map(|&t| Prepared::new(input, t))
        .collect();
    let usable: Vec<&Prepared> = prepared.iter().filter(|p| p.unusable.is_none()).collect();
    let unknown_types: Vec<String> = unknown.iter().map(|t| (*t).to_string()).collect();
    if usable.is_empty() {
        let why = prepared
            .iter()
            .find_map(|p| p.unusable.clone())
            .map_or(NoTypeWhy::NoTypeOfArch { arch }, NoTypeWhy::Unusable);
        let unplaced = input
            .services
            .iter()
            .filter(|s| s.desired.peak() > 0 || s.daemon)
            .map(|s| {
                Unplaced::new(
                    &s.name,
                    if s.daemon { 1 } else { s.desired.peak() },
                    UnplacedReason::NoTypeCanRun(why.clone()),
                )
            })
            .collect();
        return ClusterPlan {
            run: None,
            instance_type: None,
            runners_up: Vec::new(),
            reason: TypeChoice::NoTypeCanRun { why, unknown_types },
            unplaced,
            types_simulated: 0,
            types_pruned: 0,
            burstable_types_excluded,
        };
    }
    // Catalogue search: keep the types that hold every task any type holds.
    let usable: Vec<&Prepared> = if list_mode {
        usable
    } else {
        let n = input.services.len();
        // Services that never want a task do not constrain the choice.
        let holdable: Vec<bool> = (0..n)
            .map(|s| {
                let wanted = input
                    .services
                    .get(s)
                    .is_some_and(|svc| svc.daemon || svc.desired.peak() > 0);
                wanted
                    && usable.iter().any(|p| {
                        !matches!(p.status.get(s), Some(ServiceStatus::Unplaceable(_)) | None)
                    })
            })
            .collect();
        usable
            .into_iter()
            .filter(|p| {
                holdable.iter().enumerate().all(|(s, &h)| {
                    !h || !matches!(p.status.get(s), Some(ServiceStatus::Unplaceable(_)))
                })
            })
            .collect()
    };
    // The hourly demand depends only on which services can run: compute it
    // once per distinct set.
    let mut demand_by_set: BTreeMap<Vec<usize>, Vec<Demand>> = BTreeMap::new();
    let mut entries: Vec<Ranked> = usable
        .iter()
        .map(|&p| {
            let demand = demand_by_set
                .entry(p.placeable_set())
                .or_insert_with(|| p.hourly_demand());
            let hourly_lower_bound = p.hourly_lower_bound_for(demand);
            let bound: u64 = hourly_lower_bound.iter().map(|&n| u64::from(n)).sum();
            Ranked {
                prepared: p,
                unplaceable_task_hours: p.unplaceable_task_hours(),
                cost_usd: cost_of(bound, p.instance_type),
                hourly_lower_bound,
                run: None,
                hourly_running: Vec::new(),
            }
        })
        .collect();
    crate::sort::sort_by(&mut entries, rank_order);

    let keep = keep.max(1);
    let mut done: Vec<Ranked> = Vec::new();
    let mut pruned = 0u32;
    let mut cut_short = 0u32;
    for entry in entries {
        // The sixth best so far (the `keep`-th; when there are that many):
        // a candidate sure to cost more cannot be the winner or a runner-up.
        let mut to_beat: Option<(u64, f64)> = None;
        if done.len() >= keep {
            crate::sort::sort_by(&mut done, rank_order);
            to_beat = done
                .get(keep - 1)
                .map(|kth| (kth.unplaceable_task_hours, kth.cost_usd));
        }
        if let Some((kth_unplaceable, kth_cost)) = to_beat {
            let beaten = entry.unplaceable_task_hours > kth_unplaceable
                || (entry.unplaceable_task_hours == kth_unplaceable && entry.cost_usd > kth_cost);
            if beaten {
                pruned += 1;
                continue;
            }
        }
        // Stop the simulation as soon as the hours so far plus the lower
        // bound of the rest cost more than the sixth best.
        let mut from_hour: Vec<u64> = vec![0; entry.hourly_lower_bound.len() + 1];
        for (h, &n) in entry.hourly_lower_bound.iter().enumerate().rev() {
            let after = from_hour.get(h + 1).copied().unwrap_or(0);
            if let Some(slot) = from_hour.get_mut(h) {
                *slot = after + u64::from(n);
            }
        }
        let give_up = match to_beat {
            Some((kth_unplaceable, kth_cost))
                if kth_unplaceable == entry.unplaceable_task_hours =>
            {
                Some(GiveUp {
                    usd_per_hour: entry.prepared.instance_type.usd_per_hour,
                    cost_to_beat_usd: kth_cost,
                    lower_bound_from_hour: &from_hour,
                })
            }
            _ => None,
        };
        let outcome = simulate_with(entry.prepared, Detail::CostOnly, None, give_up);
        if outcome.gave_up {
            cut_short += 1;
            continue;
        }
        done.push(Ranked {
            prepared: entry.prepared,
            unplaceable_task_hours: entry.unplaceable_task_hours,
            cost_usd: cost_of(outcome.run.instance_hours, entry.prepared.instance_type)
                + credits_of(&outcome.run),
            hourly_lower_bound: entry.hourly_lower_bound,
            run: Some(outcome.run),
            hourly_running: outcome.hourly_running,
        });
    }
    crate::sort::sort_by(&mut done, rank_order);
    let simulated = u32::try_from(done.len()).unwrap_or(u32::MAX);
    let hours = input.horizon_hours;
    let candidate = |r: &Ranked| -> Candidate {
        let run = r.run.as_ref();
        let instance_hours = run.map_or(0, |r| r.instance_hours);
        let peak = run.map_or(0, |r| r.peak_instances);
        let unplaced_tasks = run.map_or(0, |r| r.unplaced.iter().map(|u| u.tasks).sum());
        let credit_usd = run.map_or(0.0, credits_of);
        let why = CandidateWhy {
            instance_hours,
            peak_instances: peak,
            usd_per_hour: r.prepared.instance_type.usd_per_hour,
            cpu_reserved_pct: run.map_or(0.0, ClusterRun::avg_cpu_reserved_pct),
            memory_reserved_pct: run.map_or(0.0, ClusterRun::avg_memory_reserved_pct),
            credit_monthly_usd: monthly_from_horizon(credit_usd, hours),
            unplaced_tasks,
        };
        Candidate {
            name: r.prepared.instance_type.name.clone(),
            monthly_cost_usd: monthly_from_horizon(r.cost_usd, hours),
            credit_monthly_cost_usd: monthly_from_horizon(credit_usd, hours),
            peak_instances: peak,
            instance_hours,
            unplaced_tasks,
            why,
        }
    };
    let mut ranked = done.iter();
    let Some(winner) = ranked.next() else {
        return ClusterPlan {
            run: None,
            instance_type: None,
            runners_up: Vec::new(),
            reason: TypeChoice::NoTypeCanHold { unknown_types },
            unplaced: Vec::new(),
            types_simulated: 0,
            types_pruned: pruned,
            burstable_types_excluded,
        };
    };
    let runners_up: Vec<Candidate> = ranked.take(RUNNERS_UP).map(candidate).collect();
    let best = candidate(winner);
    // The winner's ideal and lower bound, from the tasks that ran each hour.
    let mut run = winner
        .run
        .clone()
        .unwrap_or_else(|| simulate(winner.prepared, Detail::CostOnly, None).run);
    add_ideal(winner.prepared, &mut run, &winner.hourly_running);

    let largest = winner
        .prepared
        .order
        .first()
        .and_then(|&s| input.services.get(s));
    let runner_up = runners_up.first().map(|next| {
        let saving_pct = if next.monthly_cost_usd > 0.0 {
            (next.monthly_cost_usd - best.monthly_cost_usd) / next.monthly_cost_usd * 100.0
        } else {
            0.0
        };
        let versus = if best.unplaced_tasks < next.unplaced_tasks {
            Versus::MoreUnplaced
        } else if saving_pct >= 0.05 {
            Versus::Cheaper { saving_pct }
        } else if best.peak_instances < next.peak_instances {
            Versus::FewerAtPeak {
                peak: best.peak_instances,
                runner_up_peak: next.peak_instances,
            }
        } else {
            Versus::Tie
        };
        RunnerUp {
            instance_type: next.name.clone(),
            monthly_usd: next.monthly_cost_usd,
            versus,
        }
    });
    let reason = TypeChoice::Chosen {
        instance_type: best.name.clone(),
        from_list: list_mode,
        candidates: u32::try_from(usable.len()).unwrap_or(u32::MAX),
        arch,
        largest_task: largest.map(|t| (t.cpu_units, t.memory_mib)),
        instance_hours: best.instance_hours,
        horizon_hours: hours,
        monthly_usd: best.monthly_cost_usd,
        runner_up,
        unplaced_tasks: best.unplaced_tasks,
        simulated,
        ruled_out: pruned + cut_short,
        unknown_types,
    };

    let arches: Vec<Arch> = input
        .services
        .iter()
        .filter(|s| s.os == Os::Linux)
        .map(|s| s.arch)
        .collect();
    if arches
        .iter()
        .any(|&a| a != winner.prepared.instance_type.arch)
        && !list_mode
    {
        let others: Vec<&str> = input
            .services
            .iter()
            .filter(|s| s.os == Os::Linux && s.arch != winner.prepared.instance_type.arch)
            .map(|s| s.name.as_str())
            .collect();
        run.notes.push(RunNote::MixedArchitectures {
            arch: winner.prepared.instance_type.arch,
            services: others.iter().map(|s| (*s).to_string()).collect(),
        });
    }
    let unplaced = run.unplaced.clone();
    ClusterPlan {
        instance_type: Some(best.name.clone()),
        run: Some(run),
        runners_up,
        reason,
        unplaced,
        types_simulated: simulated,
        types_pruned: pruned + cut_short,
        burstable_types_excluded,
    }
}
