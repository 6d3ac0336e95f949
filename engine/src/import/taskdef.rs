//! Reading ECS task definitions into scenario services.
//!
//! Accepts the RegisterTaskDefinition input shape (`{"family": ...,
//! "containerDefinitions": [...]}`) and the DescribeTaskDefinition output
//! shape (`{"taskDefinition": {...}}`). Errors are data: a list of
//! [`FieldIssue`]s with paths inside the task definition.
//!
//! Rules (docs/ecs-domain.md §1, the ECS agent's `ToHostResources`) and modelling
//! choices:
//! - CPU = task-level `cpu` if set, else the sum of the containers' `cpu`.
//!   When neither sets any CPU, ECS on EC2 reserves none; the planner needs
//!   a size and assumes [`DEFAULT_CPU_UNITS`] (256, the smallest Fargate
//!   size), with a note.
//! - Memory = task-level `memory` if set, else the sum over containers of
//!   `memoryReservation` if > 0, else `memory`. A container with neither
//!   (and no task-level memory) is an error, as it is for ECS.
//! - `runtimePlatform.cpuArchitecture` `ARM64` → arm64, else x86_64;
//!   `operatingSystemFamily` `WINDOWS_*` → windows, else linux.
//! - `networkMode` absent → `bridge` (the ECS default on Linux EC2) unless
//!   the definition requires FARGATE (then `awsvpc`); Windows `default` and
//!   `none` → `bridge` (no port or ENI limit), with a note.
//! - Host ports: in `bridge`, the first non-zero `portMappings[].hostPort`;
//!   in `host` mode, the first `hostPort` or `containerPort`. Ignored in
//!   `awsvpc`.
//! - A task definition has no desired count: the service gets `count: 1`,
//!   with a note to edit it.
//! - `requiresCompatibilities` is reported; the planner still costs the
//!   service on both launch types.

use serde_json::{json, Map, Value};

use crate::scenario::{
    Arch, Desired, Ec2Settings, FargateSettings, Layout, NetworkMode, OpsCost, Os, PricingSettings,
    Scenario, Service, DEFAULT_HORIZON_HOURS, SCENARIO_VERSION,
};
use crate::units;
use crate::validate::{
    FieldIssue, Problem, Valid, DEFAULT_AVAILABILITY_ZONES, DEFAULT_TARGET_CAPACITY, MAX_CPU_UNITS,
    MAX_MEMORY_MIB,
};

/// CPU assumed when a task definition sets none anywhere.
pub const DEFAULT_CPU_UNITS: u32 = 256;
/// ECS allows at most 10 containers per task definition.
pub const MAX_CONTAINERS: usize = 10;

/// The task-definition fields this importer reads.
const READ_FIELDS: &[&str] = &[
    "family",
    "cpu",
    "memory",
    "containerDefinitions",
    "runtimePlatform",
    "networkMode",
    "requiresCompatibilities",
];

/// One line of an import report: what was read, or an assumption to check.
/// Typed, with its figures; `crate::text::messages` renders it per language
/// (`Display` in English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskDefLine {
    /// `requiresCompatibilities` was read (both launch types are still compared).
    Compatibilities { list: Vec<String> },
    /// The platform; `defaulted` when `runtimePlatform` is absent.
    Platform { arch: Arch, os: Os, defaulted: bool },
    /// Task-level `cpu`.
    CpuTaskLevel { cpu_units: u32 },
    /// The containers' `cpu` added up (no task-level cpu).
    CpuSumOfContainers { cpu_units: u32, containers: usize },
    /// No CPU anywhere: `cpu_units` assumed.
    CpuAssumed { cpu_units: u32 },
    /// Task-level `memory`.
    MemoryTaskLevel { memory_mib: u32 },
    /// The containers' memory added up (no task-level memory).
    MemorySumOfContainers {
        memory_mib: u32,
        parts: Vec<ContainerMemory>,
    },
    /// `networkMode` `none` or `default`, modelled as bridge.
    NetworkModeAsBridge { mode: String },
    /// No `networkMode`, the definition requires FARGATE: awsvpc.
    NetworkModeFargateDefault,
    /// No `networkMode`: ECS's EC2 default, bridge.
    NetworkModeEc2Default,
    /// The network mode used.
    NetworkMode { mode: NetworkMode },
    /// The fixed host port kept, and where it was found.
    HostPort { port: u16, path: String },
    /// Several fixed host ports: only the first is kept.
    SeveralHostPorts { count: usize, kept: u16 },
    /// A task definition has no desired count: count 1.
    CountSetToOne { service: String },
}

/// One container's share of the memory sum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerMemory {
    /// The container's name; `None` when it has none.
    pub name: Option<String>,
    pub memory_mib: u32,
    /// `memoryReservation` (true) or `memory` (false).
    pub reservation: bool,
}

/// One task definition turned into a service.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedService {
    pub service: Service,
    /// What was read and how it was used, one line each.
    pub read: Vec<TaskDefLine>,
    /// Assumptions the user should check (count, defaults).
    pub notes: Vec<TaskDefLine>,
    /// Top-level fields present but not used (roles, volumes, ...).
    pub ignored: Vec<String>,
}

/// Reads one task definition (either shape).
pub fn import_task_definition(value: &Value) -> Result<ImportedService, Vec<FieldIssue>> {
    let mut errors = Vec::new();
    let (def, prefix) = match value.get("taskDefinition") {
        Some(inner) => (inner, "taskDefinition."),
        None => (value, ""),
    };
    let Some(map) = def.as_object() else {
        return Err(vec![issue(
            prefix.trim_end_matches('.'),
            def,
            Problem::TaskDefNotAnObject,
        )]);
    };
    let at = |key: &str| format!("{prefix}{key}");
    let mut read = Vec::new();
    let mut notes = Vec::new();

    let name = match map.get("family").and_then(Value::as_str) {
        Some(f) if !f.trim().is_empty() => f.to_string(),
        _ => {
            errors.push(issue(
                &at("family"),
                map.get("family").unwrap_or(&Value::Null),
                Problem::TaskDefNoFamily,
            ));
            String::new()
        }
    };

    let compat: Vec<String> = map
        .get("requiresCompatibilities")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_ascii_uppercase)
                .collect()
        })
        .unwrap_or_default();
    if !compat.is_empty() {
        read.push(TaskDefLine::Compatibilities {
            list: compat.clone(),
        });
    }
    let requires_fargate = compat.iter().any(|c| c == "FARGATE");

    let (arch, os) = read_platform(map, &at("runtimePlatform"), &mut read, &mut errors);

    let containers = match map.get("containerDefinitions").and_then(Value::as_array) {
        Some(c) if !c.is_empty() && c.len() <= MAX_CONTAINERS => c.as_slice(),
        _ => {
            errors.push(issue(
                &at("containerDefinitions"),
                map.get("containerDefinitions").unwrap_or(&Value::Null),
                Problem::TaskDefContainerCount {
                    max: MAX_CONTAINERS,
                },
            ));
            &[]
        }
    };

    let cpu_units = read_cpu(map, containers, prefix, &mut read, &mut notes, &mut errors);
    let memory_mib = read_memory(map, containers, prefix, &mut read, &mut errors);

    let network_mode = match map.get("networkMode").and_then(Value::as_str) {
        Some("awsvpc") => NetworkMode::Awsvpc,
        Some("bridge") => NetworkMode::Bridge,
        Some("host") => NetworkMode::Host,
        Some(other @ ("none" | "default")) => {
            notes.push(TaskDefLine::NetworkModeAsBridge {
                mode: other.to_string(),
            });
            NetworkMode::Bridge
        }
        Some(other) => {
            errors.push(issue(
                &at("networkMode"),
                &json!(other),
                Problem::TaskDefNetworkMode,
            ));
            NetworkMode::Awsvpc
        }
        None if requires_fargate => {
            notes.push(TaskDefLine::NetworkModeFargateDefault);
            NetworkMode::Awsvpc
        }
        None => {
            notes.push(TaskDefLine::NetworkModeEc2Default);
            NetworkMode::Bridge
        }
    };
    read.push(TaskDefLine::NetworkMode { mode: network_mode });

    let host_port = read_host_port(containers, prefix, network_mode, &mut read, &mut notes);

    let ignored: Vec<String> = map
        .keys()
        .filter(|k| !READ_FIELDS.contains(&k.as_str()))
        .map(|k| at(k))
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    notes.push(TaskDefLine::CountSetToOne {
        service: name.clone(),
    });
    Ok(ImportedService {
        service: Service {
            name,
            cpu_units,
            memory_mib,
            desired: Desired::Count(1),
            group: None,
            arch,
            os,
            network_mode,
            host_port,
            distinct_instance: false,
            daemon: false,
        },
        read,
        notes,
        ignored,
    })
}

fn issue(path: &str, value: &Value, problem: Problem) -> FieldIssue {
    let mut text = value.to_string();
    if text.chars().count() > 60 {
        text = format!("{}...", text.chars().take(57).collect::<String>());
    }
    FieldIssue {
        path: path.to_string(),
        kind: crate::validate::IssueKind::Invalid,
        value: text,
        problem,
    }
}

fn read_platform(
    map: &Map<String, Value>,
    path: &str,
    read: &mut Vec<TaskDefLine>,
    errors: &mut Vec<FieldIssue>,
) -> (Arch, Os) {
    let platform = map.get("runtimePlatform");
    let arch_text = platform
        .and_then(|p| p.get("cpuArchitecture"))
        .and_then(Value::as_str)
        .unwrap_or("X86_64");
    let os_text = platform
        .and_then(|p| p.get("operatingSystemFamily"))
        .and_then(Value::as_str)
        .unwrap_or("LINUX");
    let arch = if arch_text.eq_ignore_ascii_case("ARM64") {
        Arch::Arm64
    } else {
        Arch::X86_64
    };
    let os = if os_text.to_ascii_uppercase().starts_with("WINDOWS") {
        Os::Windows
    } else {
        Os::Linux
    };
    if arch == Arch::Arm64 && os == Os::Windows {
        errors.push(issue(
            &format!("{path}.cpuArchitecture"),
            &json!(arch_text),
            Problem::TaskDefWindowsArch,
        ));
    }
    read.push(TaskDefLine::Platform {
        arch,
        os,
        defaulted: platform.is_none(),
    });
    (arch, os)
}

/// A whole non-negative number from a container field, or `None` if absent.
fn container_number(
    container: &Value,
    key: &str,
    path: &str,
    errors: &mut Vec<FieldIssue>,
) -> Option<u32> {
    let v = container.get(key)?;
    if v.is_null() {
        return None;
    }
    match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
        Some(n) => Some(n),
        None => {
            errors.push(issue(path, v, Problem::TaskDefNotWhole));
            None
        }
    }
}

fn read_cpu(
    map: &Map<String, Value>,
    containers: &[Value],
    prefix: &str,
    read: &mut Vec<TaskDefLine>,
    notes: &mut Vec<TaskDefLine>,
    errors: &mut Vec<FieldIssue>,
) -> u32 {
    if let Some(v) = map.get("cpu").filter(|v| !v.is_null()) {
        return match units::cpu_units_from_json(v) {
            Ok(n) if n <= MAX_CPU_UNITS => {
                read.push(TaskDefLine::CpuTaskLevel { cpu_units: n });
                n
            }
            Ok(_) => {
                errors.push(issue(
                    &format!("{prefix}cpu"),
                    v,
                    Problem::TaskDefCpuAboveEc2,
                ));
                0
            }
            Err(e) => {
                errors.push(issue(
                    &format!("{prefix}cpu"),
                    v,
                    Problem::Size {
                        error: e,
                        valid: Valid::CpuForms,
                    },
                ));
                0
            }
        };
    }
    let mut sum: u64 = 0;
    for (i, c) in containers.iter().enumerate() {
        let path = format!("{prefix}containerDefinitions[{i}].cpu");
        sum += u64::from(container_number(c, "cpu", &path, errors).unwrap_or(0));
    }
    match u32::try_from(sum) {
        Ok(0) => {
            notes.push(TaskDefLine::CpuAssumed {
                cpu_units: DEFAULT_CPU_UNITS,
            });
            DEFAULT_CPU_UNITS
        }
        Ok(n) if n <= MAX_CPU_UNITS => {
            read.push(TaskDefLine::CpuSumOfContainers {
                cpu_units: n,
                containers: containers.len(),
            });
            n
        }
        _ => {
            errors.push(issue(
                &format!("{prefix}containerDefinitions"),
                &json!(sum),
                Problem::TaskDefContainersCpuAboveEc2,
            ));
            0
        }
    }
}

fn read_memory(
    map: &Map<String, Value>,
    containers: &[Value],
    prefix: &str,
    read: &mut Vec<TaskDefLine>,
    errors: &mut Vec<FieldIssue>,
) -> u32 {
    if let Some(v) = map.get("memory").filter(|v| !v.is_null()) {
        return match units::memory_mib_from_json(v) {
            Ok(n) if n <= MAX_MEMORY_MIB => {
                read.push(TaskDefLine::MemoryTaskLevel { memory_mib: n });
                n
            }
            Ok(_) => {
                errors.push(issue(
                    &format!("{prefix}memory"),
                    v,
                    Problem::TaskDefMemoryAboveEc2,
                ));
                0
            }
            Err(e) => {
                errors.push(issue(
                    &format!("{prefix}memory"),
                    v,
                    Problem::Size {
                        error: e,
                        valid: Valid::MemoryForms,
                    },
                ));
                0
            }
        };
    }
    let mut sum: u64 = 0;
    let mut parts = Vec::new();
    for (i, c) in containers.iter().enumerate() {
        let base = format!("{prefix}containerDefinitions[{i}]");
        let reservation = container_number(
            c,
            "memoryReservation",
            &format!("{base}.memoryReservation"),
            errors,
        )
        .filter(|&n| n > 0);
        let hard = container_number(c, "memory", &format!("{base}.memory"), errors);
        let name = c.get("name").and_then(Value::as_str).map(str::to_string);
        match (reservation, hard) {
            (Some(r), _) => {
                sum += u64::from(r);
                parts.push(ContainerMemory {
                    name: name.clone(),
                    memory_mib: r,
                    reservation: true,
                });
            }
            (None, Some(m)) if m > 0 => {
                sum += u64::from(m);
                parts.push(ContainerMemory {
                    name: name.clone(),
                    memory_mib: m,
                    reservation: false,
                });
            }
            _ => errors.push(issue(
                &format!("{base}.memory"),
                c.get("memory").unwrap_or(&Value::Null),
                Problem::TaskDefContainerMemoryMissing,
            )),
        }
    }
    match u32::try_from(sum) {
        Ok(n) if n <= MAX_MEMORY_MIB => {
            if n > 0 {
                read.push(TaskDefLine::MemorySumOfContainers {
                    memory_mib: n,
                    parts: parts.clone(),
                });
            }
            n
        }
        _ => {
            errors.push(issue(
                &format!("{prefix}containerDefinitions"),
                &json!(sum),
                Problem::TaskDefContainersMemoryAboveEc2,
            ));
            0
        }
    }
}

fn read_host_port(
    containers: &[Value],
    prefix: &str,
    mode: NetworkMode,
    read: &mut Vec<TaskDefLine>,
    notes: &mut Vec<TaskDefLine>,
) -> Option<u16> {
    if mode == NetworkMode::Awsvpc {
        return None;
    }
    let mut ports = Vec::new();
    for (i, c) in containers.iter().enumerate() {
        let Some(mappings) = c.get("portMappings").and_then(Value::as_array) else {
            continue;
        };
        for (j, m) in mappings.iter().enumerate() {
            let host = m.get("hostPort").and_then(Value::as_u64).filter(|&p| p > 0);
            let port = match mode {
                NetworkMode::Host => {
                    host.or_else(|| m.get("containerPort").and_then(Value::as_u64))
                }
                _ => host,
            };
            if let Some(p) = port.and_then(|p| u16::try_from(p).ok()).filter(|&p| p > 0) {
                ports.push((
                    p,
                    format!("{prefix}containerDefinitions[{i}].portMappings[{j}]"),
                ));
            }
        }
    }
    let (first, path) = ports.first()?;
    read.push(TaskDefLine::HostPort {
        port: *first,
        path: path.clone(),
    });
    if ports.len() > 1 {
        notes.push(TaskDefLine::SeveralHostPorts {
            count: ports.len(),
            kept: *first,
        });
    }
    Some(*first)
}

/// A scenario for `services` in `region` with every other setting at its
/// default. Duplicate names get `-2`, `-3`, ... suffixes.
pub fn scenario_from_services(region: &str, services: Vec<Service>) -> Scenario {
    let mut seen: Vec<String> = Vec::new();
    let services = services
        .into_iter()
        .map(|mut s| {
            let base = s.name.clone();
            let mut n = 2;
            while seen.contains(&s.name) {
                s.name = format!("{base}-{n}");
                n += 1;
            }
            seen.push(s.name.clone());
            s
        })
        .collect();
    Scenario {
        version: SCENARIO_VERSION,
        region: region.to_string(),
        horizon_hours: DEFAULT_HORIZON_HOURS,
        services,
        fargate: FargateSettings { spot_share: 0.0 },
        ec2: Ec2Settings {
            instance_types: None,
            // Empty: ECS's service default, spread:az then spread:instanceId.
            strategy: Vec::new(),
            target_capacity: DEFAULT_TARGET_CAPACITY,
            availability_zones: DEFAULT_AVAILABILITY_ZONES,
            eni_trunking: false,
            memory_overhead_mib: None,
            min_instances: 0,
            seed: 0,
            allow_burstable: false,
            spot: Default::default(),
            capacity_providers: Vec::new(),
            ops: OpsCost::default(),
        },
        layouts: vec![Layout::Single, Layout::PerService, Layout::ByGroup],
        custom_clusters: Vec::new(),
        pricing: PricingSettings {
            ec2_discount_pct: 0.0,
            fargate_discount_pct: 0.0,
        },
    }
}
