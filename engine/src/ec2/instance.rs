//! One container instance: what it registers with ECS (CPU, memory, task
//! ENIs), what is left on it, and the check-then-commit operations the
//! scheduler uses: [`Instance::how_many_fit`] / [`Instance::can_add`] compute,
//! [`Instance::add`] / [`Instance::remove`] apply.
//!
//! Rules (ecs-domain.md sections 3 and 4): registered CPU = vCPUs × 1024;
//! registered memory = nominal memory − an OS overhead (the user's
//! `memory_overhead_mib`, else [`default_memory_overhead_mib`]); `awsvpc`
//! tasks take one ENI each, max ENIs − 1 per instance without trunking,
//! ECS's own task limit with trunking (`pricing-data/ecs-eni-trunking-task-limits.csv`,
//! not EKS's branch-ENI figure); `bridge` and `host` tasks take no ENI; a fixed
//! host port or `host` networking or `distinct_instance` allows one task of
//! that service per instance; two services with the same fixed host port
//! never share an instance.

use crate::pricing::InstanceType;
use crate::scenario::{Ec2Settings, NetworkMode, Service};

/// Host ports every container instance keeps for itself (SSH, Docker, the
/// ECS agent): a task asking for one of them can never be placed.
pub const RESERVED_HOST_PORTS: [u16; 5] = [22, 2375, 2376, 51678, 51679];

/// The default memory overhead, in hundredths of a percent of the nominal
/// memory: 2.53%, the guide's m4.large example (8192 MiB nominal registers
/// 7985 MiB: 207 MiB = 2.53%). A modelling choice; the user can override it.
pub const DEFAULT_MEMORY_OVERHEAD_BASIS_POINTS: u32 = 253;

/// Nominal minus registered memory under the default model, rounded down
/// (8192 MiB → 207 MiB, so an m4.large or m5.large registers 7985 MiB).
pub fn default_memory_overhead_mib(nominal_memory_mib: u32) -> u32 {
    let overhead =
        u64::from(nominal_memory_mib) * u64::from(DEFAULT_MEMORY_OVERHEAD_BASIS_POINTS) / 10_000;
    u32::try_from(overhead).unwrap_or(nominal_memory_mib)
}

/// What one instance of a type offers to tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    pub cpu_units: u32,
    pub memory_mib: u32,
    /// How many `awsvpc` tasks (daemons included) the instance can run.
    pub task_enis: u32,
}

/// The registered capacity of one instance of `instance` under `settings`.
pub fn registered_capacity(instance: &InstanceType, settings: &Ec2Settings) -> Capacity {
    let overhead_mib = settings
        .memory_overhead_mib
        .unwrap_or_else(|| default_memory_overhead_mib(instance.memory_mib));
    Capacity {
        cpu_units: instance.vcpu.saturating_mul(1024),
        memory_mib: instance.memory_mib.saturating_sub(overhead_mib),
        task_enis: task_eni_limit(instance, settings),
    }
}

/// `awsvpc` tasks per instance: ECS's task limit with trunking on a type
/// that has one ([`InstanceType::ecs_trunking`]), else max ENIs − 1 (the
/// primary ENI is the host's).
pub fn task_eni_limit(instance: &InstanceType, settings: &Ec2Settings) -> u32 {
    match instance.ecs_trunking() {
        Some(limit) if settings.eni_trunking => limit.tasks,
        _ => instance.max_enis.saturating_sub(1),
    }
}

/// Burstable families (T2, T3, T3a, T4g, …): a `t` and a digit before the
/// dot. Their vCPUs are not full-time, so the catalogue search leaves them
/// out unless `ec2.allow_burstable` is set.
pub fn is_burstable(instance_type: &str) -> bool {
    let family = instance_type.split('.').next().unwrap_or("");
    let mut chars = family.chars();
    chars.next() == Some('t') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// What a burstable instance bills beyond its price in unlimited mode
/// (ecs-domain.md section 3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BurstCredits {
    /// The vCPUs the instance sustains: baseline per vCPU × vCPUs.
    pub baseline_vcpus: f64,
    /// Surplus CPU credits, USD per vCPU-hour above the baseline.
    pub usd_per_surplus_vcpu_hour: f64,
}

/// Surplus-credit rate of T3 and T3a, USD per vCPU-hour (Linux, EC2
/// on-demand pricing page, "T2/T3/T4g Unlimited Mode Pricing").
pub const T3_SURPLUS_USD_PER_VCPU_HOUR: f64 = 0.05;
/// Surplus-credit rate of T4g, USD per vCPU-hour.
pub const T4G_SURPLUS_USD_PER_VCPU_HOUR: f64 = 0.04;

/// Baseline CPU per vCPU by size, percent, the same for t3, t3a and t4g (EC2
/// user guide, burstable performance instances, baseline table).
pub const BURSTABLE_BASELINE_PCT: [(&str, u32); 7] = [
    ("nano", 5),
    ("micro", 10),
    ("small", 20),
    ("medium", 20),
    ("large", 30),
    ("xlarge", 40),
    ("2xlarge", 40),
];

/// The credit model of a T3, T3a or T4g type (they launch in unlimited
/// mode by default); `None` for every other type, including sizes the
/// baseline table does not list.
pub fn burst_credits(instance: &InstanceType) -> Option<BurstCredits> {
    let (family, size) = instance.name.split_once('.')?;
    let rate = match family {
        "t3" | "t3a" => T3_SURPLUS_USD_PER_VCPU_HOUR,
        "t4g" => T4G_SURPLUS_USD_PER_VCPU_HOUR,
        _ => return None,
    };
    let (_, pct) = BURSTABLE_BASELINE_PCT.iter().find(|(s, _)| *s == size)?;
    Some(BurstCredits {
        baseline_vcpus: f64::from(*pct) / 100.0 * f64::from(instance.vcpu),
        usd_per_surplus_vcpu_hour: rate,
    })
}

impl BurstCredits {
    /// Surplus vCPUs of one instance-hour with `reserved_cpu_units`
    /// reserved: max(0, reserved / 1024 − baseline × vCPUs), assuming tasks
    /// use what they reserve.
    pub fn surplus_vcpus(&self, reserved_cpu_units: u64) -> f64 {
        let reserved = u32::try_from(reserved_cpu_units).map_or(f64::from(u32::MAX), f64::from);
        (reserved / 1024.0 - self.baseline_vcpus).max(0.0)
    }
}

/// What one task of a service takes and which rules bind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskShape {
    pub cpu_units: u32,
    pub memory_mib: u32,
    pub uses_eni: bool,
    pub one_per_instance: bool,
    pub daemon: bool,
    /// Other services with the same fixed host port: never on the same
    /// instance as this one.
    pub port_conflicts: Vec<usize>,
}

impl TaskShape {
    /// The shape of `services[index]` (an empty shape if out of range).
    pub fn of(services: &[&Service], index: usize) -> TaskShape {
        let Some(service) = services.get(index) else {
            return TaskShape {
                cpu_units: 0,
                memory_mib: 0,
                uses_eni: false,
                one_per_instance: false,
                daemon: false,
                port_conflicts: Vec::new(),
            };
        };
        let port_conflicts = match service.host_port {
            Some(port) => services
                .iter()
                .enumerate()
                .filter(|(other, s)| *other != index && s.host_port == Some(port))
                .map(|(other, _)| other)
                .collect(),
            None => Vec::new(),
        };
        TaskShape {
            cpu_units: service.cpu_units,
            memory_mib: service.memory_mib,
            uses_eni: service.network_mode == NetworkMode::Awsvpc,
            one_per_instance: service.one_per_instance(),
            daemon: service.daemon,
            port_conflicts,
        }
    }
}

/// One running container instance.
#[derive(Debug, PartialEq, Eq)]
pub struct Instance {
    /// Launch order, unique within a simulation.
    pub id: u32,
    /// Availability zone index, 0-based.
    pub az: u32,
    pub registered: Capacity,
    pub free_cpu_units: u32,
    pub free_memory_mib: u32,
    pub free_task_enis: u32,
    /// Tasks per service index (daemons included).
    pub counts: Vec<u32>,
    /// Tasks other than daemons.
    pub service_tasks: u32,
}

impl Clone for Instance {
    fn clone(&self) -> Instance {
        Instance {
            id: self.id,
            az: self.az,
            registered: self.registered,
            free_cpu_units: self.free_cpu_units,
            free_memory_mib: self.free_memory_mib,
            free_task_enis: self.free_task_enis,
            counts: self.counts.clone(),
            service_tasks: self.service_tasks,
        }
    }

    /// Reuses the count list's allocation (the packer resets thousands of
    /// bins an hour).
    fn clone_from(&mut self, source: &Instance) {
        self.id = source.id;
        self.az = source.az;
        self.registered = source.registered;
        self.free_cpu_units = source.free_cpu_units;
        self.free_memory_mib = source.free_memory_mib;
        self.free_task_enis = source.free_task_enis;
        self.counts.clone_from(&source.counts);
        self.service_tasks = source.service_tasks;
    }
}

impl Instance {
    /// This instance with the free resources, id, AZ and task total of
    /// `other` (not its per-service counts).
    pub fn with_free_of(self, other: &Instance) -> Instance {
        Instance {
            id: other.id,
            az: other.az,
            registered: other.registered,
            free_cpu_units: other.free_cpu_units,
            free_memory_mib: other.free_memory_mib,
            free_task_enis: other.free_task_enis,
            service_tasks: other.service_tasks,
            ..self
        }
    }

    /// An instance with nothing on it, for `services` services.
    pub fn empty(registered: Capacity, services: usize) -> Instance {
        Instance {
            id: 0,
            az: 0,
            registered,
            free_cpu_units: registered.cpu_units,
            free_memory_mib: registered.memory_mib,
            free_task_enis: registered.task_enis,
            counts: vec![0; services],
            service_tasks: 0,
        }
    }

    pub fn count_of(&self, service: usize) -> u32 {
        self.counts.get(service).copied().unwrap_or(0)
    }

    /// How many more tasks of `service` fit here (check only).
    pub fn how_many_fit(&self, service: usize, shape: &TaskShape) -> u32 {
        if shape
            .port_conflicts
            .iter()
            .any(|&other| self.count_of(other) > 0)
        {
            return 0;
        }
        let mut fit = u32::MAX;
        if let Some(by_cpu) = self.free_cpu_units.checked_div(shape.cpu_units) {
            fit = fit.min(by_cpu);
        }
        if let Some(by_memory) = self.free_memory_mib.checked_div(shape.memory_mib) {
            fit = fit.min(by_memory);
        }
        if shape.uses_eni {
            fit = fit.min(self.free_task_enis);
        }
        if shape.one_per_instance {
            fit = fit.min(u32::from(self.count_of(service) == 0));
        }
        fit
    }

    /// Whether one more task of `service` fits here (the same rules as
    /// [`Instance::how_many_fit`], without divisions: this is the hot path).
    pub fn can_add(&self, service: usize, shape: &TaskShape) -> bool {
        self.free_cpu_units >= shape.cpu_units
            && self.free_memory_mib >= shape.memory_mib
            && (!shape.uses_eni || self.free_task_enis > 0)
            && (!shape.one_per_instance || self.count_of(service) == 0)
            && shape
                .port_conflicts
                .iter()
                .all(|&other| self.count_of(other) == 0)
    }

    /// Puts `count` tasks of `service` here. The caller has checked
    /// [`Instance::how_many_fit`]; arithmetic saturates rather than panics.
    pub fn add(&mut self, service: usize, shape: &TaskShape, count: u32) {
        self.free_cpu_units = self
            .free_cpu_units
            .saturating_sub(shape.cpu_units.saturating_mul(count));
        self.free_memory_mib = self
            .free_memory_mib
            .saturating_sub(shape.memory_mib.saturating_mul(count));
        if shape.uses_eni {
            self.free_task_enis = self.free_task_enis.saturating_sub(count);
        }
        if let Some(slot) = self.counts.get_mut(service) {
            *slot = slot.saturating_add(count);
        }
        if !shape.daemon {
            self.service_tasks = self.service_tasks.saturating_add(count);
        }
    }

    /// Stops up to `count` tasks of `service` here; returns how many stopped.
    pub fn remove(&mut self, service: usize, shape: &TaskShape, count: u32) -> u32 {
        let Some(slot) = self.counts.get_mut(service) else {
            return 0;
        };
        let stopped = count.min(*slot);
        *slot -= stopped;
        self.free_cpu_units = self
            .free_cpu_units
            .saturating_add(shape.cpu_units.saturating_mul(stopped))
            .min(self.registered.cpu_units);
        self.free_memory_mib = self
            .free_memory_mib
            .saturating_add(shape.memory_mib.saturating_mul(stopped))
            .min(self.registered.memory_mib);
        if shape.uses_eni {
            self.free_task_enis = self
                .free_task_enis
                .saturating_add(stopped)
                .min(self.registered.task_enis);
        }
        if !shape.daemon {
            self.service_tasks = self.service_tasks.saturating_sub(stopped);
        }
        stopped
    }

    pub fn cpu_units_used(&self) -> u32 {
        self.registered
            .cpu_units
            .saturating_sub(self.free_cpu_units)
    }

    pub fn memory_mib_used(&self) -> u32 {
        self.registered
            .memory_mib
            .saturating_sub(self.free_memory_mib)
    }
}
