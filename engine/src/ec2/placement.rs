//! Where a new task goes and which task stops on scale-in: the ECS
//! placement strategies (`binpack:cpu`, `binpack:memory`,
//! `spread:instanceId`, `spread:az`, `random`, and chains of them) applied to
//! the instances that pass the constraints (resources, ENIs, ports,
//! distinct instance), per ecs-domain.md section 5.
//!
//! A chain is a lexicographic key: each link ranks the feasible instances
//! (binpack: least remaining of the resource; spread: fewest tasks of this
//! service on the instance / in its AZ; random: a seeded draw), later links
//! break ties, and the oldest instance (lowest id) breaks the last ties.
//! `spread:az` followed by `binpack` therefore bin-packs within the AZ that
//! has the fewest tasks of the service.
//!
//! Scale-in: `binpack` stops the task on the instance that will have the
//! most of the resource left afterwards; `spread:instanceId` on the instance
//! with the most tasks of the service; `spread:az` keeps AZs balanced and
//! then follows the next link within the AZ (random if none); `random`
//! stops a random one. Ties go to the newest instance.
//!
//! Speed, with the same results as a scan per task (random draws aside):
//! in most chains placing a task changes only the chosen instance's rank
//! (binpack and spread:instanceId values of the others stay put), so a heap
//! of feasible instances (one per AZ under a leading `spread:az`) replaces
//! a scan of every instance per task, and binpack fills the chosen instance
//! in one step. Binpack
//! scale-in sorts the holders once; spread:instanceId scale-in uses a heap.
//! Chains with `random` first draw a uniform instance from a list of
//! feasible ones per task. The remaining chains (a `random` or `spread:az`
//! link after the first) scan every instance per task, remembering each
//! AZ's best instance when a binpack link leads the rest. A property test
//! checks the fast paths against the plain scans.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use crate::scenario::PlacementStrategy;

use super::binpack_index::BinpackIndex;
use super::instance::{Instance, TaskShape};
use super::rng;

/// The most links ECS accepts in a strategy chain.
pub const MAX_CHAIN_LINKS: usize = 5;

/// From how many tasks a binpack-led placement builds a heap rather than
/// scanning once per instance it fills (both give the same result).
const HEAP_MIN_TASKS_BINPACK: u32 = 32;

/// An instance's rank for a task: link values in chain order, then its id.
type Key = [u64; MAX_CHAIN_LINKS + 1];

/// The chain the simulator applies: the user's (at most five links), or
/// ECS's "AZ balanced spread" default (`spread:az`, `spread:instanceId`)
/// when the list is empty.
pub fn effective_chain(strategy: &[PlacementStrategy]) -> Vec<PlacementStrategy> {
    if strategy.is_empty() {
        return vec![
            PlacementStrategy::SpreadAz,
            PlacementStrategy::SpreadInstanceId,
        ];
    }
    strategy.iter().copied().take(MAX_CHAIN_LINKS).collect()
}

/// The instances of one cluster and the per-AZ bookkeeping the strategies
/// need.
#[derive(Debug, Clone)]
pub struct Fleet {
    /// In launch order (ascending id).
    pub instances: Vec<Instance>,
    pub services: usize,
    pub azs: u32,
    /// Tasks of service `s` in AZ `az`, at `az * services + s`.
    pub az_service_counts: Vec<u32>,
    /// Instances per AZ.
    pub az_instances: Vec<u32>,
    pub chain: Vec<PlacementStrategy>,
    pub seed: u64,
    /// Random decisions taken so far (feeds [`rng::draw`]).
    pub decisions: u64,
    pub next_id: u32,
    /// Indices into `instances` per AZ; rebuilt when instances change.
    members: Vec<Vec<usize>>,
    members_stale: bool,
    /// Per service, indices of instances that may run its tasks: every
    /// holder is listed (in any order, maybe twice), plus some that no
    /// longer hold any. Scale-in reads it instead of scanning every
    /// instance, which at thousands of services and instances dominated.
    holders: Vec<Vec<usize>>,
    /// Tests only: choose one task at a time by scanning every instance
    /// instead of the sorted fast paths for one-per-instance placement and
    /// scale-in (both must give the same result).
    pub reference_scans: bool,
    /// Binpack placement's index (see [`BinpackIndex`]), built on the
    /// first placement that uses it and kept up to date from then on.
    binpack_index: Option<BinpackIndex>,
    /// Tests only: binpack placement scans an AZ's instances instead of
    /// asking the index (both must give the same fleets).
    pub scan_without_index: bool,
}

fn binpack_dimension(link: PlacementStrategy, shape: &TaskShape) -> Option<fn(&Instance) -> u32> {
    match link {
        PlacementStrategy::BinpackCpu if shape.cpu_units > 0 => Some(|i| i.free_cpu_units),
        PlacementStrategy::BinpackMemory if shape.memory_mib > 0 => Some(|i| i.free_memory_mib),
        _ => None,
    }
}

impl Fleet {
    pub fn new(services: usize, azs: u32, chain: Vec<PlacementStrategy>, seed: u64) -> Fleet {
        let azs = azs.max(1);
        let az_slots = usize::try_from(azs).unwrap_or(1);
        Fleet {
            instances: Vec::new(),
            services,
            azs,
            az_service_counts: vec![0; az_slots.saturating_mul(services)],
            az_instances: vec![0; az_slots],
            chain,
            seed,
            decisions: 0,
            next_id: 0,
            members: vec![Vec::new(); az_slots],
            members_stale: false,
            holders: vec![Vec::new(); services],
            reference_scans: false,
            binpack_index: None,
            scan_without_index: false,
        }
    }

    /// Notes that `index` now runs tasks of `service` (after an add that
    /// took its count from 0).
    fn note_holder(&mut self, service: usize, index: usize) {
        if let Some(list) = self.holders.get_mut(service) {
            list.push(index);
        }
    }

    /// Whether binpack placement has used its index (tests).
    pub fn uses_binpack_index(&self) -> bool {
        self.binpack_index.is_some()
    }

    /// Marks the instance at `index` changed for the binpack index.
    fn touch(&mut self, index: usize) {
        if let Some(binpack) = self.binpack_index.as_mut() {
            binpack.touch(index);
        }
    }

    /// Whether binpack placement may ask the index: the chain ranks
    /// instances within a group by exactly (free resource, id), i.e. it is
    /// `binpack:X` alone or `spread:az` then `binpack:X`.
    fn binpack_indexable(&self) -> bool {
        !self.reference_scans
            && !self.scan_without_index
            && matches!(
                self.chain.as_slice(),
                [PlacementStrategy::BinpackCpu | PlacementStrategy::BinpackMemory]
                    | [
                        PlacementStrategy::SpreadAz,
                        PlacementStrategy::BinpackCpu | PlacementStrategy::BinpackMemory
                    ]
            )
    }

    /// The index's answer for a task of `service`: the feasible instance
    /// with the least of the binpacked resource left (then the lowest id)
    /// in AZ `az`, or in the whole fleet.
    fn indexed_best(
        &mut self,
        az: Option<usize>,
        service: usize,
        shape: &TaskShape,
    ) -> Option<usize> {
        let packs_cpu = self.chain.last() == Some(&PlacementStrategy::BinpackCpu);
        let azs = self.az_instances.len();
        let instances = &self.instances;
        let binpack = self
            .binpack_index
            .get_or_insert_with(|| BinpackIndex::build(instances, azs, packs_cpu));
        binpack.flush(instances);
        match az {
            Some(az) => binpack.best_in_az(az, instances, service, shape),
            None => (0..azs)
                .filter_map(|az| binpack.best_in_az(az, instances, service, shape))
                .min(),
        }
        .map(|(_, _, index)| index)
    }

    /// The instances running tasks of `service`, in index order (the order
    /// a scan over every instance would meet them), from `candidates_az`
    /// (an AZ) or all AZs. Compacts the service's holder list as it goes.
    fn holders_of(&mut self, service: usize, candidates_az: Option<u32>) -> Vec<usize> {
        let instances = &self.instances;
        let Some(list) = self.holders.get_mut(service) else {
            return Vec::new();
        };
        list.retain(|&i| instances.get(i).is_some_and(|x| x.count_of(service) > 0));
        crate::sort::sort_usizes(list);
        list.dedup();
        list.iter()
            .copied()
            .filter(|&i| {
                candidates_az.is_none_or(|az| instances.get(i).is_some_and(|x| x.az == az))
            })
            .collect()
    }

    fn az_slot(&self, az: u32, service: usize) -> usize {
        usize::try_from(az)
            .unwrap_or(0)
            .saturating_mul(self.services)
            .saturating_add(service)
    }

    pub fn az_count(&self, az: u32, service: usize) -> u32 {
        self.az_service_counts
            .get(self.az_slot(az, service))
            .copied()
            .unwrap_or(0)
    }

    /// Launches one instance (a copy of `template`, daemons already on it)
    /// in the AZ with the fewest instances (lowest AZ on ties).
    pub fn launch(&mut self, template: &Instance) {
        let az = (0..self.azs)
            .min_by_key(|&az| {
                (
                    self.az_instances
                        .get(usize::try_from(az).unwrap_or(0))
                        .copied()
                        .unwrap_or(0),
                    az,
                )
            })
            .unwrap_or(0);
        let mut instance = template.clone();
        instance.id = self.next_id;
        instance.az = az;
        self.next_id = self.next_id.saturating_add(1);
        for (service, &count) in template.counts.iter().enumerate() {
            let slot = self.az_slot(az, service);
            if let Some(c) = self.az_service_counts.get_mut(slot) {
                *c = c.saturating_add(count);
            }
        }
        if let Some(n) = self.az_instances.get_mut(usize::try_from(az).unwrap_or(0)) {
            *n = n.saturating_add(1);
        }
        self.instances.push(instance);
        if let Some(binpack) = self.binpack_index.as_mut() {
            binpack.push();
        }
        self.members_stale = true;
    }

    /// Terminates up to `count` instances that run nothing but daemons, one
    /// at a time from the AZ with the most instances (on ties, the AZ whose
    /// newest idle instance is newest), newest first; returns how many.
    pub fn terminate_idle(&mut self, count: u32) -> u32 {
        if count == 0 {
            return 0;
        }
        let azs = self.az_instances.len();
        let mut idle: Vec<Vec<usize>> = vec![Vec::new(); azs];
        for (index, instance) in self.instances.iter().enumerate() {
            if instance.service_tasks == 0 {
                if let Some(list) = idle.get_mut(usize::try_from(instance.az).unwrap_or(0)) {
                    list.push(index);
                }
            }
        }
        let mut sizes = self.az_instances.clone();
        let mut doomed = vec![false; self.instances.len()];
        let mut removed = 0u32;
        while removed < count {
            let best = idle
                .iter()
                .enumerate()
                .filter_map(|(az, list)| {
                    let newest = list.last().and_then(|&i| self.instances.get(i))?;
                    Some((sizes.get(az).copied().unwrap_or(0), newest.id, az))
                })
                .max();
            let Some((_, _, az)) = best else {
                break;
            };
            let Some(index) = idle.get_mut(az).and_then(Vec::pop) else {
                break;
            };
            if let Some(flag) = doomed.get_mut(index) {
                *flag = true;
            }
            if let Some(size) = sizes.get_mut(az) {
                *size = size.saturating_sub(1);
            }
            removed += 1;
        }
        if removed == 0 {
            return 0;
        }
        for (instance, _) in self.instances.iter().zip(&doomed).filter(|(_, &d)| d) {
            for (service, &count) in instance.counts.iter().enumerate() {
                let slot = usize::try_from(instance.az)
                    .unwrap_or(0)
                    .saturating_mul(self.services)
                    .saturating_add(service);
                if let Some(c) = self.az_service_counts.get_mut(slot) {
                    *c = c.saturating_sub(count);
                }
            }
            if let Some(n) = self
                .az_instances
                .get_mut(usize::try_from(instance.az).unwrap_or(0))
            {
                *n = n.saturating_sub(1);
            }
        }
        if let Some(binpack) = self.binpack_index.as_mut() {
            binpack.retain(&self.instances, &doomed);
        }
        let mut position = 0usize;
        self.instances.retain(|_| {
            let keep = !doomed.get(position).copied().unwrap_or(false);
            position += 1;
            keep
        });
        // Old index -> new index for the kept instances; doomed ones ran no
        // service tasks, so they leave the holder lists.
        let mut new_index: Vec<Option<usize>> = Vec::with_capacity(doomed.len());
        let mut next = 0usize;
        for &d in &doomed {
            if d {
                new_index.push(None);
            } else {
                new_index.push(Some(next));
                next += 1;
            }
        }
        for list in &mut self.holders {
            list.retain_mut(|i| match new_index.get(*i).copied().flatten() {
                Some(n) => {
                    *i = n;
                    true
                }
                None => false,
            });
        }
        self.members_stale = true;
        removed
    }

    fn refresh_members(&mut self) {
        if !self.members_stale {
            return;
        }
        for list in &mut self.members {
            list.clear();
        }
        for (index, instance) in self.instances.iter().enumerate() {
            if let Some(list) = self
                .members
                .get_mut(usize::try_from(instance.az).unwrap_or(0))
            {
                list.push(index);
            }
        }
        self.members_stale = false;
    }

    fn add_at(&mut self, index: usize, service: usize, shape: &TaskShape, count: u32) {
        let Some(instance) = self.instances.get_mut(index) else {
            return;
        };
        let was_holder = instance.count_of(service) > 0;
        instance.add(service, shape, count);
        let az = instance.az;
        let slot = self.az_slot(az, service);
        if let Some(c) = self.az_service_counts.get_mut(slot) {
            *c = c.saturating_add(count);
        }
        if !was_holder && count > 0 {
            self.note_holder(service, index);
        }
        self.touch(index);
    }

    fn remove_at(&mut self, index: usize, service: usize, shape: &TaskShape, count: u32) -> u32 {
        let Some(instance) = self.instances.get_mut(index) else {
            return 0;
        };
        let stopped = instance.remove(service, shape, count);
        let az = instance.az;
        let slot = self.az_slot(az, service);
        if let Some(c) = self.az_service_counts.get_mut(slot) {
            *c = c.saturating_sub(stopped);
        }
        self.touch(index);
        stopped
    }

    fn link_value(&self, link: PlacementStrategy, instance: &Instance, service: usize) -> u64 {
        match link {
            PlacementStrategy::BinpackCpu => u64::from(instance.free_cpu_units),
            PlacementStrategy::BinpackMemory => u64::from(instance.free_memory_mib),
            PlacementStrategy::SpreadInstanceId => u64::from(instance.count_of(service)),
            PlacementStrategy::SpreadAz => u64::from(self.az_count(instance.az, service)),
            PlacementStrategy::Random => rng::draw(self.seed, self.decisions, instance.id),
        }
    }

    /// Whether `a` ranks before `b` for a task of `service`: the chain's
    /// links compared in order (computed lazily, only as far as needed),
    /// then the older instance.
    fn precedes(&self, a: &Instance, b: &Instance, service: usize) -> bool {
        self.precedes_from(0, a, b, service)
    }

    /// [`Fleet::precedes`] from link `first` on (the links before it are
    /// known to tie, e.g. `spread:az` within one AZ).
    fn precedes_from(&self, first: usize, a: &Instance, b: &Instance, service: usize) -> bool {
        self.order_from(first, a, b, service) == Ordering::Less
    }

    /// The chain's order of `a` and `b` from link `first` on, then by id.
    fn order_from(&self, first: usize, a: &Instance, b: &Instance, service: usize) -> Ordering {
        for &link in self.chain.iter().skip(first) {
            let (x, y) = (
                self.link_value(link, a, service),
                self.link_value(link, b, service),
            );
            if x != y {
                return x.cmp(&y);
            }
        }
        a.id.cmp(&b.id)
    }

    /// The best feasible instance among `candidates` (indices), by the chain.
    fn best_of<I: IntoIterator<Item = usize>>(
        &self,
        first_link: usize,
        candidates: I,
        service: usize,
        shape: &TaskShape,
    ) -> Option<usize> {
        let mut best: Option<(&Instance, usize)> = None;
        for index in candidates {
            let Some(instance) = self.instances.get(index) else {
                continue;
            };
            if !instance.can_add(service, shape) {
                continue;
            }
            if best.is_none_or(|(b, _)| self.precedes_from(first_link, instance, b, service)) {
                best = Some((instance, index));
            }
        }
        best.map(|(_, index)| index)
    }

    fn best_overall(&self, service: usize, shape: &TaskShape) -> Option<usize> {
        self.best_of(0, 0..self.instances.len(), service, shape)
    }

    /// Places up to `count` tasks of `service` on the running instances by
    /// the chain; returns how many were placed (the rest stay pending).
    pub fn place(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        if count == 0 || self.instances.is_empty() {
            return 0;
        }
        if self.reference_scans {
            return self.place_one_by_one(service, shape, count);
        }
        let by_az = self.chain.first() == Some(&PlacementStrategy::SpreadAz);
        let rest_head = self.chain.get(usize::from(by_az)).copied();
        let sticky = rest_head
            .and_then(|link| binpack_dimension(link, shape))
            .is_some();
        if self.order_is_static() {
            // A heap costs a key per feasible instance up front: worth it
            // for many tasks, while a few tasks are cheaper with scans (a
            // binpack lead needs one scan per instance it fills).
            let heap_pays = count >= if sticky { HEAP_MIN_TASKS_BINPACK } else { 3 };
            if heap_pays {
                return self.place_by_heap(service, shape, count);
            }
        }
        let random_first = matches!(
            self.chain.as_slice(),
            [PlacementStrategy::Random, ..]
                | [PlacementStrategy::SpreadAz, PlacementStrategy::Random, ..]
        );
        if random_first {
            return self.place_randomly(service, shape, count);
        }
        if !sticky {
            return self.place_one_by_one(service, shape, count);
        }
        let indexed = self.binpack_indexable();
        if !by_az {
            // Binpack first: the chosen instance stays the least-remaining
            // feasible one until it is full, so fill it in one step.
            let mut placed = 0;
            while placed < count {
                let best = if indexed {
                    self.indexed_best(None, service, shape)
                } else {
                    self.best_overall(service, shape)
                };
                let Some(index) = best else {
                    break;
                };
                let fit = self
                    .instances
                    .get(index)
                    .map_or(0, |i| i.how_many_fit(service, shape));
                let n = fit.min(count - placed);
                if n == 0 {
                    break;
                }
                self.add_at(index, service, shape, n);
                self.decisions = self.decisions.wrapping_add(u64::from(n));
                placed += n;
            }
            return placed;
        }
        // spread:az then binpack: remember the best instance of each AZ.
        self.refresh_members();
        let mut cached: Vec<Option<Option<usize>>> = vec![None; self.members.len()];
        let mut placed = 0;
        while placed < count {
            for az in 0..cached.len() {
                if cached.get(az).is_some_and(Option::is_some) {
                    continue;
                }
                // Within one AZ the leading spread:az link ties.
                let best = if indexed {
                    self.indexed_best(Some(az), service, shape)
                } else {
                    let members = self.members.get(az).map(Vec::as_slice).unwrap_or(&[]);
                    self.best_of(1, members.iter().copied(), service, shape)
                };
                if let Some(slot) = cached.get_mut(az) {
                    *slot = Some(best);
                }
            }
            let mut choice: Option<(&Instance, usize, usize)> = None;
            for (az, slot) in cached.iter().enumerate() {
                let Some(Some(index)) = *slot else {
                    continue;
                };
                let Some(instance) = self.instances.get(index) else {
                    continue;
                };
                if choice.is_none_or(|(b, _, _)| self.precedes(instance, b, service)) {
                    choice = Some((instance, index, az));
                }
            }
            let Some((_, index, az)) = choice else {
                break;
            };
            self.add_at(index, service, shape, 1);
            self.decisions = self.decisions.wrapping_add(1);
            placed += 1;
            let still_fits = self
                .instances
                .get(index)
                .is_some_and(|i| i.can_add(service, shape));
            if !still_fits {
                if let Some(slot) = cached.get_mut(az) {
                    *slot = None;
                }
            }
        }
        placed
    }

    /// Whether placing a task leaves every other instance's rank unchanged
    /// (binpack and spread:instanceId values change only on the instance
    /// that takes the task): no `random` link (its draws change with every
    /// decision) and no `spread:az` after the first link (AZ counts change
    /// as tasks land; a leading one is handled by grouping per AZ).
    fn order_is_static(&self) -> bool {
        !self.chain.contains(&PlacementStrategy::Random)
            && !self
                .chain
                .iter()
                .skip(1)
                .any(|&link| link == PlacementStrategy::SpreadAz)
    }

    /// The key of an instance from link `first` on, then its id.
    fn rest_key(&self, first: usize, instance: &Instance, service: usize) -> Key {
        let mut key = [0u64; MAX_CHAIN_LINKS + 1];
        for (slot, &link) in key.iter_mut().zip(self.chain.iter().skip(first)) {
            *slot = self.link_value(link, instance, service);
        }
        key[MAX_CHAIN_LINKS] = u64::from(instance.id);
        key
    }

    /// Static chains (see [`Fleet::order_is_static`]): placing a task
    /// changes only the chosen instance's rank, so a heap per group (per AZ
    /// under a leading `spread:az`) replaces a scan per task. Gives the same
    /// result as [`Fleet::place_one_by_one`].
    fn place_by_heap(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        let by_az = self.chain.first() == Some(&PlacementStrategy::SpreadAz);
        let first = usize::from(by_az);
        let bulk = !by_az
            && self
                .chain
                .first()
                .and_then(|&link| binpack_dimension(link, shape))
                .is_some();
        let groups = if by_az { self.az_instances.len() } else { 1 };
        let mut entries: Vec<Vec<Reverse<(Key, usize)>>> = vec![Vec::new(); groups];
        for (index, instance) in self.instances.iter().enumerate() {
            if !instance.can_add(service, shape) {
                continue;
            }
            let group = if by_az {
                usize::try_from(instance.az).unwrap_or(0)
            } else {
                0
            };
            if let Some(list) = entries.get_mut(group) {
                list.push(Reverse((self.rest_key(first, instance, service), index)));
            }
        }
        let mut heaps: Vec<BinaryHeap<Reverse<(Key, usize)>>> =
            entries.into_iter().map(BinaryHeap::from).collect();
        let mut placed = 0u32;
        while placed < count {
            let mut best: Option<(u32, Key, usize)> = None;
            for (group, heap) in heaps.iter().enumerate() {
                let Some(Reverse((key, _))) = heap.peek() else {
                    continue;
                };
                let az_count = if by_az {
                    self.az_count(u32::try_from(group).unwrap_or(0), service)
                } else {
                    0
                };
                if best.is_none_or(|(c, k, _)| (az_count, *key) < (c, k)) {
                    best = Some((az_count, *key, group));
                }
            }
            let Some((_, _, group)) = best else {
                break;
            };
            let Some(Reverse((_, index))) = heaps.get_mut(group).and_then(BinaryHeap::pop) else {
                break;
            };
            let n = if bulk {
                self.instances
                    .get(index)
                    .map_or(0, |i| i.how_many_fit(service, shape))
                    .min(count - placed)
            } else {
                1
            };
            if n == 0 {
                continue;
            }
            self.add_at(index, service, shape, n);
            placed += n;
            self.decisions = self.decisions.wrapping_add(u64::from(n));
            if let Some(instance) = self.instances.get(index) {
                if instance.can_add(service, shape) {
                    let key = self.rest_key(first, instance, service);
                    if let Some(heap) = heaps.get_mut(group) {
                        heap.push(Reverse((key, index)));
                    }
                }
            }
        }
        placed
    }

    /// `random` first (or right after a leading `spread:az`): a uniformly
    /// drawn feasible instance per task (in the AZ with the fewest tasks of
    /// the service, ties drawn too), from a list that loses an instance
    /// when it fills, instead of a draw for every instance per task.
    fn place_randomly(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        let by_az = self.chain.first() == Some(&PlacementStrategy::SpreadAz);
        let groups = if by_az { self.az_instances.len() } else { 1 };
        let mut feasible: Vec<Vec<usize>> = vec![Vec::new(); groups];
        for (index, instance) in self.instances.iter().enumerate() {
            if instance.can_add(service, shape) {
                let group = if by_az {
                    usize::try_from(instance.az).unwrap_or(0)
                } else {
                    0
                };
                if let Some(list) = feasible.get_mut(group) {
                    list.push(index);
                }
            }
        }
        let mut placed = 0u32;
        while placed < count {
            let group = feasible
                .iter()
                .enumerate()
                .filter(|(_, list)| !list.is_empty())
                .min_by_key(|(group, _)| {
                    let az = u32::try_from(*group).unwrap_or(0);
                    let az_count = if by_az { self.az_count(az, service) } else { 0 };
                    (az_count, rng::draw(self.seed, self.decisions, az))
                })
                .map(|(group, _)| group);
            let Some(list) = group.and_then(|g| feasible.get_mut(g)) else {
                break;
            };
            let len = u64::try_from(list.len()).unwrap_or(1).max(1);
            let pick =
                usize::try_from(rng::draw(self.seed, self.decisions, u32::MAX) % len).unwrap_or(0);
            let Some(&index) = list.get(pick) else {
                break;
            };
            let Some(instance) = self.instances.get_mut(index) else {
                break;
            };
            let was_holder = instance.count_of(service) > 0;
            instance.add(service, shape, 1);
            let (az, still_fits) = (instance.az, instance.can_add(service, shape));
            let slot = self.az_slot(az, service);
            if let Some(c) = self.az_service_counts.get_mut(slot) {
                *c = c.saturating_add(1);
            }
            if !was_holder {
                self.note_holder(service, index);
            }
            self.touch(index);
            if !still_fits {
                list.swap_remove(pick);
            }
            placed += 1;
            self.decisions = self.decisions.wrapping_add(1);
        }
        placed
    }

    fn place_one_by_one(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        let mut placed = 0;
        while placed < count {
            let Some(index) = self.best_overall(service, shape) else {
                break;
            };
            self.add_at(index, service, shape, 1);
            self.decisions = self.decisions.wrapping_add(1);
            placed += 1;
        }
        placed
    }

    /// Stops `count` tasks of `service` as the chain says (scale-in);
    /// returns how many stopped.
    pub fn stop(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        if count == 0 {
            return 0;
        }
        let head = self.chain.first().copied();
        if head == Some(PlacementStrategy::SpreadAz) {
            // Keep AZs balanced: take from the AZ with the most tasks of
            // this service (highest AZ on ties) one task at a time; the
            // choices within an AZ do not depend on the other AZs, so the
            // quotas can be settled first.
            let azs = usize::try_from(self.azs).unwrap_or(1);
            let mut left: Vec<u32> = (0..self.azs).map(|az| self.az_count(az, service)).collect();
            let mut quota = vec![0u32; azs];
            for _ in 0..count {
                let Some((az, _)) = left
                    .iter()
                    .enumerate()
                    .filter(|(_, &n)| n > 0)
                    .max_by_key(|(az, &n)| (n, *az))
                else {
                    break;
                };
                if let (Some(l), Some(q)) = (left.get_mut(az), quota.get_mut(az)) {
                    *l -= 1;
                    *q += 1;
                }
            }
            let rest = self.chain.get(1).copied();
            let mut stopped = 0;
            for (az, &q) in quota.iter().enumerate() {
                if q == 0 {
                    continue;
                }
                // Only instances holding the service can stop its tasks,
                // and they come in index order, as a scan of the AZ's
                // members would give them.
                let in_az = self.holders_of(service, u32::try_from(az).ok());
                stopped += self.stop_within(&in_az, service, shape, q, rest);
            }
            stopped
        } else {
            let all = self.holders_of(service, None);
            self.stop_within(&all, service, shape, count, head)
        }
    }

    /// spread:instanceId scale-in: always from the instance with the most
    /// tasks of the service (newest on ties). Only that instance's count
    /// changes, so a max-heap gives the same sequence as a scan per stop.
    fn stop_most_loaded_first(
        &mut self,
        candidates: &[usize],
        service: usize,
        shape: &TaskShape,
        count: u32,
    ) -> u32 {
        let holders: Vec<(u32, u32, usize)> = candidates
            .iter()
            .filter_map(|&i| {
                let x = self.instances.get(i)?;
                let n = x.count_of(service);
                (n > 0).then_some((n, x.id, i))
            })
            .collect();
        let mut heap = BinaryHeap::from(holders);
        let mut left = count;
        while left > 0 {
            let Some((n, id, index)) = heap.pop() else {
                break;
            };
            let stopped = self.remove_at(index, service, shape, 1);
            self.decisions = self.decisions.wrapping_add(1);
            if stopped == 0 {
                continue;
            }
            left -= stopped;
            if n > 1 {
                heap.push((n - 1, id, index));
            }
        }
        count - left
    }

    /// Random scale-in: a uniformly drawn instance among those running the
    /// service, one task per draw.
    fn stop_randomly(
        &mut self,
        candidates: &[usize],
        service: usize,
        shape: &TaskShape,
        count: u32,
    ) -> u32 {
        let mut holders: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| {
                self.instances
                    .get(i)
                    .is_some_and(|x| x.count_of(service) > 0)
            })
            .collect();
        let mut left = count;
        while left > 0 && !holders.is_empty() {
            let len = u64::try_from(holders.len()).unwrap_or(1).max(1);
            let pick =
                usize::try_from(rng::draw(self.seed, self.decisions, u32::MAX) % len).unwrap_or(0);
            let Some(&index) = holders.get(pick) else {
                break;
            };
            let stopped = self.remove_at(index, service, shape, 1);
            self.decisions = self.decisions.wrapping_add(1);
            left = left.saturating_sub(stopped);
            let empty = self
                .instances
                .get(index)
                .is_none_or(|x| x.count_of(service) == 0);
            if empty || stopped == 0 {
                holders.swap_remove(pick);
            }
        }
        count - left
    }

    fn stop_within(
        &mut self,
        candidates: &[usize],
        service: usize,
        shape: &TaskShape,
        count: u32,
        rule: Option<PlacementStrategy>,
    ) -> u32 {
        let sorted_key: Option<fn(&Instance) -> u32> = match rule {
            _ if self.reference_scans => None,
            Some(PlacementStrategy::BinpackCpu) => Some(|x| x.free_cpu_units),
            Some(PlacementStrategy::BinpackMemory) => Some(|x| x.free_memory_mib),
            _ => None,
        };
        if !self.reference_scans {
            match rule {
                Some(PlacementStrategy::SpreadInstanceId) => {
                    return self.stop_most_loaded_first(candidates, service, shape, count);
                }
                Some(PlacementStrategy::SpreadAz | PlacementStrategy::Random) | None => {
                    return self.stop_randomly(candidates, service, shape, count);
                }
                _ => {}
            }
        }
        if let Some(key) = sorted_key {
            // Binpack: the instance chosen keeps the most left until it
            // runs none of the service, and the others keep their rank;
            // spread over one-per-instance holders: all tie, newest first.
            // So one sort gives the same sequence as a scan per stop.
            let mut holders: Vec<(u32, u32, usize)> = candidates
                .iter()
                .filter_map(|&i| {
                    let x = self.instances.get(i)?;
                    (x.count_of(service) > 0).then(|| (key(x), x.id, i))
                })
                .collect();
            // Instance ids are unique: no ties, so the stable sort gives the
            // same order as an unstable one. Each holder visited stops at
            // least one task, so at most `count` are visited: for a few
            // tasks, picking the next holder by a scan is that order without
            // sorting every holder (the common case: a service scaling in
            // by a task or two on a big cluster).
            const PICK_BY_SCAN: u32 = 8;
            if count > PICK_BY_SCAN {
                crate::sort::sort_by(&mut holders, |a, b| (b.0, b.1).cmp(&(a.0, a.1)));
                holders.reverse();
            }
            let mut left = count;
            while left > 0 {
                let next = if count > PICK_BY_SCAN {
                    holders.pop()
                } else {
                    let first =
                        (0..holders.len()).max_by_key(|&p| holders.get(p).map(|h| (h.0, h.1)));
                    first.map(|p| holders.swap_remove(p))
                };
                let Some((_, _, index)) = next else {
                    break;
                };
                let stopped = self.remove_at(index, service, shape, left);
                self.decisions = self.decisions.wrapping_add(1);
                left -= stopped;
            }
            return count - left;
        }
        let mut left = count;
        while left > 0 {
            let holders = candidates.iter().copied().filter(|&i| {
                self.instances
                    .get(i)
                    .is_some_and(|inst| inst.count_of(service) > 0)
            });
            let choice = match rule {
                Some(PlacementStrategy::BinpackCpu) => {
                    holders.max_by_key(|&i| self.instances.get(i).map(|x| (x.free_cpu_units, x.id)))
                }
                Some(PlacementStrategy::BinpackMemory) => holders
                    .max_by_key(|&i| self.instances.get(i).map(|x| (x.free_memory_mib, x.id))),
                Some(PlacementStrategy::SpreadInstanceId) => holders
                    .max_by_key(|&i| self.instances.get(i).map(|x| (x.count_of(service), x.id))),
                Some(PlacementStrategy::SpreadAz | PlacementStrategy::Random) | None => {
                    let (seed, decision) = (self.seed, self.decisions);
                    holders.min_by_key(|&i| {
                        self.instances
                            .get(i)
                            .map(|x| rng::draw(seed, decision, x.id))
                    })
                }
            };
            let Some(index) = choice else {
                break;
            };
            // Binpack: the instance keeps the most left after each stop, so
            // empty it of this service in one step.
            let n = match rule {
                Some(PlacementStrategy::BinpackCpu | PlacementStrategy::BinpackMemory) => left,
                _ => 1,
            };
            let stopped = self.remove_at(index, service, shape, n);
            self.decisions = self.decisions.wrapping_add(1);
            if stopped == 0 {
                break;
            }
            left -= stopped;
        }
        count - left
    }
}
