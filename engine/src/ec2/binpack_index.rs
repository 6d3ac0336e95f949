//! An index of a fleet's instances for binpack placement, so that finding
//! the instance a task goes to no longer scans every instance of an AZ.
//!
//! It serves the chains whose ranking within a group of instances is
//! exactly "least of the binpacked resource left, then the oldest":
//! `binpack:X` alone, or `spread:az` then `binpack:X` (within one AZ). The
//! answer is then the feasible instance with the smallest
//! (free X, id), which this index finds without visiting most instances:
//!
//! - per AZ, instances are filed in buckets by how much of the *other*
//!   resource they have free (by its bit length: 0, 1, 2–3, 4–7, …) and by
//!   whether they have a task ENI free; each bucket is ordered by
//!   (free X, id);
//! - a query skips the buckets that cannot hold the task's other resource
//!   (or its ENI), takes the first entry with enough X in each other
//!   bucket, checks it with [`Instance::can_add`] (which also covers ports
//!   and distinct-instance), and walks a bucket only as long as its entries
//!   rank before the best found so far.
//!
//! The index is updated lazily: a change to an instance marks it, and the
//! next query refiles the marked ones. The result is the same instance a
//! scan with [`Instance::can_add`] and the (free X, id) order picks (a
//! property test and `ec2/tests.rs` compare them).

use std::collections::BTreeSet;

use super::instance::{Instance, TaskShape};

/// Bit lengths of a `u32`: 0 to 32.
const LEVELS: usize = 33;
/// Buckets per AZ: [`LEVELS`] without a free task ENI, then with one.
const BUCKETS: usize = 2 * LEVELS;

/// Where one instance is filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Filed {
    az: usize,
    bucket: usize,
    packed_free: u32,
    id: u32,
}

#[derive(Debug, Clone)]
pub struct BinpackIndex {
    /// The binpacked resource is CPU (else memory).
    packs_cpu: bool,
    /// Per AZ, per bucket: (free packed resource, id).
    buckets: Vec<Vec<BTreeSet<(u32, u32)>>>,
    /// Per instance position in the fleet: where it is filed.
    filed: Vec<Option<Filed>>,
    /// Positions changed since they were filed.
    dirty: Vec<usize>,
    is_dirty: Vec<bool>,
}

fn bit_length(x: u32) -> usize {
    usize::try_from(32 - x.leading_zeros()).unwrap_or(32)
}

/// The most of the other resource an instance in `level` can have free.
fn level_max(level: usize) -> u32 {
    match level {
        0 => 0,
        32.. => u32::MAX,
        k => (1u32 << k) - 1,
    }
}

impl BinpackIndex {
    /// An index of `instances` (positions as in the fleet) over `azs` AZs.
    pub fn build(instances: &[Instance], azs: usize, packs_cpu: bool) -> BinpackIndex {
        let mut index = BinpackIndex {
            packs_cpu,
            buckets: vec![vec![BTreeSet::new(); BUCKETS]; azs.max(1)],
            filed: vec![None; instances.len()],
            dirty: Vec::new(),
            is_dirty: vec![false; instances.len()],
        };
        for (position, instance) in instances.iter().enumerate() {
            index.file(position, instance);
        }
        index
    }

    fn place_of(&self, instance: &Instance) -> Filed {
        let (packed_free, other_free) = if self.packs_cpu {
            (instance.free_cpu_units, instance.free_memory_mib)
        } else {
            (instance.free_memory_mib, instance.free_cpu_units)
        };
        let eni = usize::from(instance.free_task_enis > 0);
        Filed {
            az: usize::try_from(instance.az).unwrap_or(0),
            bucket: eni * LEVELS + bit_length(other_free),
            packed_free,
            id: instance.id,
        }
    }

    fn file(&mut self, position: usize, instance: &Instance) {
        let place = self.place_of(instance);
        if let Some(set) = self
            .buckets
            .get_mut(place.az)
            .and_then(|az| az.get_mut(place.bucket))
        {
            set.insert((place.packed_free, place.id));
        }
        if let Some(slot) = self.filed.get_mut(position) {
            *slot = Some(place);
        }
    }

    fn unfile(&mut self, position: usize) {
        let Some(Some(place)) = self.filed.get(position).copied() else {
            return;
        };
        if let Some(set) = self
            .buckets
            .get_mut(place.az)
            .and_then(|az| az.get_mut(place.bucket))
        {
            set.remove(&(place.packed_free, place.id));
        }
        if let Some(slot) = self.filed.get_mut(position) {
            *slot = None;
        }
    }

    /// The instance at `position` changed (tasks added or stopped).
    pub fn touch(&mut self, position: usize) {
        if let Some(flag) = self.is_dirty.get_mut(position) {
            if !*flag {
                *flag = true;
                self.dirty.push(position);
            }
        }
    }

    /// An instance was launched at the end of the fleet.
    pub fn push(&mut self) {
        self.filed.push(None);
        self.is_dirty.push(false);
        self.touch(self.filed.len() - 1);
    }

    /// Refiles the instances changed since the last query.
    pub fn flush(&mut self, instances: &[Instance]) {
        let dirty = std::mem::take(&mut self.dirty);
        for &position in &dirty {
            if let Some(flag) = self.is_dirty.get_mut(position) {
                *flag = false;
            }
            let Some(instance) = instances.get(position) else {
                continue;
            };
            let place = self.place_of(instance);
            if self.filed.get(position).copied().flatten() == Some(place) {
                continue;
            }
            self.unfile(position);
            self.file(position, instance);
        }
        self.dirty = dirty;
        self.dirty.clear();
    }

    /// The fleet dropped the instances whose position is marked in
    /// `doomed` (the others keep their order).
    pub fn retain(&mut self, instances_before: &[Instance], doomed: &[bool]) {
        self.flush(instances_before);
        for (position, &d) in doomed.iter().enumerate() {
            if d {
                self.unfile(position);
            }
        }
        let mut position = 0usize;
        self.filed.retain(|_| {
            let keep = !doomed.get(position).copied().unwrap_or(false);
            position += 1;
            keep
        });
        self.is_dirty = vec![false; self.filed.len()];
    }

    /// The feasible instance of AZ `az` with the least of the packed
    /// resource left (then the lowest id) for a task of `service`, as
    /// (free packed resource, id, position). `instances` must be the fleet
    /// the index was flushed against (ascending ids).
    pub fn best_in_az(
        &self,
        az: usize,
        instances: &[Instance],
        service: usize,
        shape: &TaskShape,
    ) -> Option<(u32, u32, usize)> {
        let buckets = self.buckets.get(az)?;
        let (need_packed, need_other) = if self.packs_cpu {
            (shape.cpu_units, shape.memory_mib)
        } else {
            (shape.memory_mib, shape.cpu_units)
        };
        let mut best: Option<(u32, u32, usize)> = None;
        // With a free ENI first, most of the other resource first: their
        // first entries are the likeliest answers, and they bound the walks
        // in the buckets after them.
        for eni in [1usize, 0] {
            if eni == 0 && shape.uses_eni {
                continue;
            }
            for level in (0..LEVELS).rev() {
                if level_max(level) < need_other {
                    break;
                }
                let Some(set) = buckets.get(eni * LEVELS + level) else {
                    continue;
                };
                for &(packed_free, id) in set.range((need_packed, 0)..) {
                    if best.is_some_and(|(p, i, _)| (packed_free, id) >= (p, i)) {
                        break;
                    }
                    let Ok(position) = instances.binary_search_by_key(&id, |x| x.id) else {
                        continue;
                    };
                    if instances
                        .get(position)
                        .is_some_and(|x| x.can_add(service, shape))
                    {
                        best = Some((packed_free, id, position));
                        break;
                    }
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ec2::instance::Capacity;

    fn shape(cpu: u32, mem: u32, eni: bool) -> TaskShape {
        TaskShape {
            cpu_units: cpu,
            memory_mib: mem,
            uses_eni: eni,
            one_per_instance: false,
            daemon: false,
            port_conflicts: Vec::new(),
        }
    }

    #[test]
    fn levels_cover_every_value() {
        assert_eq!(bit_length(0), 0);
        assert_eq!(bit_length(1), 1);
        assert_eq!(bit_length(3), 2);
        assert_eq!(bit_length(4), 3);
        assert_eq!(bit_length(u32::MAX), 32);
        assert_eq!(level_max(0), 0);
        assert_eq!(level_max(2), 3);
        assert_eq!(level_max(32), u32::MAX);
        for x in [0u32, 1, 2, 255, 256, 4096, 1 << 31, u32::MAX] {
            assert!(x <= level_max(bit_length(x)), "{x}");
        }
    }

    #[test]
    fn finds_the_tightest_instance_that_fits_every_resource() {
        // Four m5.large-like instances (2048 CPU, 8192 MiB, 3 task ENIs) in
        // one AZ, binpack:memory. A 512 CPU / 1024 MiB awsvpc task:
        // id 0 has 1024 MiB free but no CPU (256 < 512) -> no;
        // id 1 has 2048 MiB free, 512 CPU, but no ENI -> no;
        // id 2 has 3072 MiB free, 1024 CPU, an ENI -> yes;
        // id 3 is empty (8192 MiB) -> fits but ranks after id 2.
        let cap = Capacity {
            cpu_units: 2048,
            memory_mib: 8192,
            task_enis: 3,
        };
        let mut fleet: Vec<Instance> = (0..4)
            .map(|id| {
                let mut i = Instance::empty(cap, 1);
                i.id = id;
                i
            })
            .collect();
        let set = |i: &mut Instance, cpu: u32, mem: u32, eni: u32| {
            i.free_cpu_units = cpu;
            i.free_memory_mib = mem;
            i.free_task_enis = eni;
        };
        set(&mut fleet[0], 256, 1024, 3);
        set(&mut fleet[1], 512, 2048, 0);
        set(&mut fleet[2], 1024, 3072, 1);
        let mut index = BinpackIndex::build(&fleet, 1, false);
        let task = shape(512, 1024, true);
        assert_eq!(index.best_in_az(0, &fleet, 0, &task), Some((3072, 2, 2)));
        // A bridge task needs no ENI: id 1 (2048 MiB) is now the tightest.
        let bridge = shape(512, 1024, false);
        assert_eq!(index.best_in_az(0, &fleet, 0, &bridge), Some((2048, 1, 1)));
        // id 0 gets CPU back (a task stopped): 1024 MiB free, the tightest.
        set(&mut fleet[0], 1280, 1024, 3);
        index.touch(0);
        index.flush(&fleet);
        assert_eq!(index.best_in_az(0, &fleet, 0, &bridge), Some((1024, 0, 0)));
        // Dropping ids 0 and 1 leaves id 2 the answer, at position 0.
        index.retain(&fleet, &[true, true, false, false]);
        fleet.drain(0..2);
        assert_eq!(index.best_in_az(0, &fleet, 0, &bridge), Some((3072, 2, 0)));
        // Nothing fits a task bigger than an instance.
        assert_eq!(
            index.best_in_az(0, &fleet, 0, &shape(4096, 1024, false)),
            None
        );
    }

    /// Seeded estates (a mix of task sizes, `awsvpc` and `bridge`, a
    /// distinct-instance service and two services on one host port, hourly
    /// swings) simulated twice per binpack chain and instance type: with the
    /// index and with the AZ scan it replaces. Every hour's instances, tasks
    /// and figures, and the last fleet instance by instance, must be equal.
    #[test]
    fn the_index_gives_the_same_fleets_as_the_scan_on_seeded_estates() {
        use crate::ec2::rng::SplitMix64;
        use crate::ec2::simulation::{simulate, Detail, Prepared};
        use crate::ec2::Ec2ClusterInput;
        use crate::pricing::bundled;
        use crate::scenario::{
            Arch, Desired, Ec2Settings, NetworkMode, OpsCost, Os, PlacementStrategy, Service,
        };
        use PlacementStrategy::{BinpackCpu, BinpackMemory, SpreadAz};

        let sizes = [
            (256, 512),
            (512, 1024),
            (1024, 2048),
            (1024, 4096),
            (2048, 4096),
            (512, 3072),
        ];
        let catalogue = bundled()
            .region("us-east-1")
            .and_then(|r| r.ec2.as_ref())
            .unwrap();
        let mut compared = 0;
        for seed in [7u64, 2026] {
            let mut rng = SplitMix64::new(seed);
            let services: Vec<Service> = (0..60)
                .map(|i| {
                    let (cpu, mem) = sizes[rng.in_range(0, 5) as usize];
                    let peak = rng.in_range(1, 30);
                    let phase = rng.in_range(0, 23);
                    let profile = (0..48u32)
                        .map(|h| {
                            if (h + phase) % 24 < 12 {
                                peak
                            } else {
                                peak.div_ceil(3)
                            }
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
                        network_mode: if rng.in_range(0, 2) == 0 {
                            NetworkMode::Awsvpc
                        } else {
                            NetworkMode::Bridge
                        },
                        host_port: (i == 3 || i == 4).then_some(8080),
                        distinct_instance: i == 5,
                        daemon: false,
                    }
                })
                .collect();
            for chain in [
                vec![BinpackCpu],
                vec![BinpackMemory],
                vec![SpreadAz, BinpackMemory],
                vec![SpreadAz, BinpackCpu],
            ] {
                for type_name in ["m5.large", "c5.xlarge", "r5.large", "m5.4xlarge"] {
                    let settings = Ec2Settings {
                        instance_types: None,
                        strategy: chain.clone(),
                        target_capacity: 90,
                        availability_zones: 3,
                        eni_trunking: type_name == "m5.4xlarge",
                        memory_overhead_mib: None,
                        min_instances: 0,
                        seed,
                        allow_burstable: false,
                        spot: Default::default(),
                        capacity_providers: Vec::new(),
                        ops: OpsCost::default(),
                    };
                    let input = Ec2ClusterInput {
                        services: services.iter().collect(),
                        settings: &settings,
                        horizon_hours: 48,
                    };
                    let t = catalogue.get(type_name).unwrap();
                    let indexed = Prepared::new(&input, t);
                    let mut scanned = indexed.clone();
                    scanned.scan_without_index = true;
                    let a = simulate(&indexed, Detail::Full, None);
                    let b = simulate(&scanned, Detail::Full, None);
                    assert!(
                        a.fleet.uses_binpack_index(),
                        "{chain:?} on {type_name}: the index was not used"
                    );
                    assert!(!b.fleet.uses_binpack_index());
                    assert!(a.run.instance_hours > 0);
                    assert_eq!(a.run, b.run, "{chain:?} on {type_name}, seed {seed}");
                    assert_eq!(
                        a.hourly_running, b.hourly_running,
                        "{chain:?} on {type_name}"
                    );
                    assert_eq!(
                        a.fleet.instances, b.fleet.instances,
                        "{chain:?} on {type_name}"
                    );
                    compared += 1;
                }
            }
        }
        assert_eq!(compared, 2 * 4 * 4);
    }
}
