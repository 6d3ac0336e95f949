//! The two yardsticks for ECS's incremental placement: the **ideal**
//! (every task of the hour repacked from scratch, first-fit decreasing, same
//! constraints) and the continuous **lower bound**
//! ⌈max(ΣCPU / CPU per instance, Σmemory / memory per instance, ΣENI tasks /
//! ENI slots per instance, the largest one-per-instance service or host-port
//! group)⌉, where "per instance" means what is left after the daemons.
//!
//! Both then get the same capacity-provider policy as ECS itself:
//! `ceil(n × 100 / target_capacity)` and at least `min_instances`. That makes
//! lower bound ≤ ideal ≤ as-ECS hold: the lower bound is below any feasible
//! packing, and the ideal is defined as min(repack, as-ECS) because ECS's own
//! placement is also a packing of the same tasks, so a from-scratch
//! heuristic that happens to do worse must not be shown as "ideal".
//!
//! The same packer estimates how many instances pending tasks need
//! (ECS's CapacityProviderReservation "M").

use super::instance::{Instance, TaskShape};

/// Reusable bins for first-fit-decreasing packing.
#[derive(Debug, Clone, Default)]
pub struct Packer {
    bins: Vec<Instance>,
    /// Per position in `order`: the least CPU and memory any task from
    /// there on needs, and whether all of them need an ENI.
    rest_min: Vec<(u32, u32, bool)>,
}

impl Packer {
    pub fn new() -> Packer {
        Packer::default()
    }

    /// Instances needed to hold `counts[s]` tasks of each service in `order`
    /// (largest first), each new instance a copy of `template` (daemons on
    /// it). Tasks that fit no empty instance are skipped: the caller has
    /// already counted them as unplaceable.
    pub fn pack(
        &mut self,
        template: &Instance,
        shapes: &[TaskShape],
        order: &[usize],
        counts: &[u32],
    ) -> u32 {
        let mut used = 0usize;
        // Bins before `first_live` cannot take any task still to come (too
        // little CPU, memory or ENIs for the smallest of them): skipping
        // them gives the same packing without rescanning thousands of full
        // bins for every service.
        self.rest_min.clear();
        self.rest_min
            .resize(order.len(), (u32::MAX, u32::MAX, true));
        let mut acc = (u32::MAX, u32::MAX, true);
        for (k, &service) in order.iter().enumerate().rev() {
            if let Some(shape) = shapes.get(service) {
                acc = (
                    acc.0.min(shape.cpu_units),
                    acc.1.min(shape.memory_mib),
                    acc.2 && shape.uses_eni,
                );
            }
            if let Some(slot) = self.rest_min.get_mut(k) {
                *slot = acc;
            }
        }
        // Per-service counts matter to packing only for one-per-instance
        // services and host ports; without them, bins copy a template with
        // no counts (the same packing, without copying a count per service
        // of the cluster into every bin: at 2,000 services that copying was
        // most of the simulation's time).
        let needs_counts = order.iter().any(|&s| {
            shapes
                .get(s)
                .is_some_and(|shape| shape.one_per_instance || !shape.port_conflicts.is_empty())
        });
        let light;
        let template = if needs_counts {
            template
        } else {
            light = Instance {
                counts: Vec::new(),
                ..Instance::empty(template.registered, 0)
            }
            .with_free_of(template);
            &light
        };
        let mut first_live = 0usize;
        for (k, &service) in order.iter().enumerate() {
            let (Some(shape), Some(&wanted)) = (shapes.get(service), counts.get(service)) else {
                continue;
            };
            let mut left = wanted;
            if left == 0 {
                continue;
            }
            let (min_cpu, min_memory, all_eni) =
                self.rest_min.get(k).copied().unwrap_or((0, 0, false));
            while first_live < used {
                let dead = self.bins.get(first_live).is_some_and(|bin| {
                    bin.free_cpu_units < min_cpu
                        || bin.free_memory_mib < min_memory
                        || (all_eni && bin.free_task_enis == 0)
                });
                if !dead {
                    break;
                }
                first_live += 1;
            }
            for bin in self.bins.iter_mut().take(used).skip(first_live) {
                // The cheap check first: most earlier bins are full.
                if !bin.can_add(service, shape) {
                    continue;
                }
                let n = bin.how_many_fit(service, shape).min(left);
                if n > 0 {
                    bin.add(service, shape, n);
                    left -= n;
                    if left == 0 {
                        break;
                    }
                }
            }
            while left > 0 {
                if used < self.bins.len() {
                    if let Some(bin) = self.bins.get_mut(used) {
                        bin.clone_from(template);
                    }
                } else {
                    self.bins.push(template.clone());
                }
                let Some(bin) = self.bins.get_mut(used) else {
                    break;
                };
                let n = bin.how_many_fit(service, shape).min(left);
                if n == 0 {
                    break;
                }
                bin.add(service, shape, n);
                used += 1;
                left -= n;
            }
        }
        u32::try_from(used).unwrap_or(u32::MAX)
    }
}

fn ceil_div(numerator: u64, denominator: u64) -> u64 {
    if denominator == 0 {
        0
    } else {
        numerator.div_ceil(denominator)
    }
}

/// What a set of tasks asks for in total: the inputs of the lower bound.
/// It depends on the tasks only, not on the instance type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Demand {
    pub cpu_units: u64,
    pub memory_mib: u64,
    pub eni_tasks: u64,
    /// The most tasks that need an instance each (one-per-instance
    /// services, or services sharing a host port, taken together).
    pub exclusive_tasks: u64,
}

/// The demand of `counts[s]` tasks of each service in `order`.
pub fn demand_of(shapes: &[TaskShape], order: &[usize], counts: &[u32]) -> Demand {
    let mut demand = Demand::default();
    for &service in order {
        let (Some(shape), Some(&count)) = (shapes.get(service), counts.get(service)) else {
            continue;
        };
        let count = u64::from(count);
        demand.cpu_units += count * u64::from(shape.cpu_units);
        demand.memory_mib += count * u64::from(shape.memory_mib);
        if shape.uses_eni {
            demand.eni_tasks += count;
        }
        let mut exclusive = if shape.one_per_instance { count } else { 0 };
        if !shape.port_conflicts.is_empty() {
            // Services sharing a host port: at most one of them per instance.
            let group: u64 = shape
                .port_conflicts
                .iter()
                .filter(|other| order.contains(other))
                .map(|&other| u64::from(counts.get(other).copied().unwrap_or(0)))
                .sum();
            exclusive = exclusive.max(count + group);
        }
        demand.exclusive_tasks = demand.exclusive_tasks.max(exclusive);
    }
    demand
}

/// The continuous lower bound on instances for `demand` on instances like
/// `template` (daemons on it), before headroom (see the module doc).
pub fn lower_bound_for(template: &Instance, demand: &Demand) -> u32 {
    let bound = ceil_div(demand.cpu_units, u64::from(template.free_cpu_units))
        .max(ceil_div(
            demand.memory_mib,
            u64::from(template.free_memory_mib),
        ))
        .max(ceil_div(
            demand.eni_tasks,
            u64::from(template.free_task_enis),
        ))
        .max(demand.exclusive_tasks);
    u32::try_from(bound).unwrap_or(u32::MAX)
}

/// The continuous lower bound on instances for `counts[s]` tasks of each
/// service in `order`, before headroom.
pub fn lower_bound_instances(
    template: &Instance,
    shapes: &[TaskShape],
    order: &[usize],
    counts: &[u32],
) -> u32 {
    lower_bound_for(template, &demand_of(shapes, order, counts))
}

/// `raw` instances with the capacity provider's policy applied: enough that
/// `raw` is `target_capacity_pct`% of them, and at least `min_instances`.
pub fn with_headroom(raw: u32, target_capacity_pct: u32, min_instances: u32) -> u32 {
    let target = u64::from(target_capacity_pct.clamp(1, 100));
    let needed = ceil_div(u64::from(raw) * 100, target);
    u32::try_from(needed).unwrap_or(u32::MAX).max(min_instances)
}
