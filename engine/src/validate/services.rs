//! `services[]`: each service's name, size, desired count or profile,
//! platform, network and placement fields, and the checks across services
//! (duplicate names, total tasks at peak).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::json::{field, join, object, read_array, read_bool, read_str, read_u32, Issues};
use super::{
    NameOf, Problem, Valid, MAX_CPU_UNITS, MAX_MEMORY_MIB, MAX_NAME_CHARS, MAX_SERVICES,
    MAX_TASKS_PER_SERVICE, MAX_TOTAL_TASKS, PROFILE_LENGTHS, RESERVED_HOST_PORTS,
};
use crate::scenario::{Arch, Desired, NetworkMode, Os, Service};
use crate::units;

pub(super) const SERVICE_FIELDS: &[&str] = &[
    "name",
    "cpu",
    "memory",
    "count",
    "profile",
    "group",
    "arch",
    "os",
    "network_mode",
    "host_port",
    "distinct_instance",
    "daemon",
    "capacity_provider",
];

pub(super) fn read_services(issues: &mut Issues, map: &Map<String, Value>) -> Option<Vec<Service>> {
    let Some(v) = field(map, "services") else {
        issues.missing(
            "services",
            Problem::Missing {
                valid: Valid::ServiceList,
            },
        );
        return None;
    };
    let list = read_array(issues, v, "services", Valid::ServicesAsObjects)?;
    if list.is_empty() {
        issues.error("services", v, Problem::NoServices);
        return None;
    }
    if list.len() > MAX_SERVICES {
        issues.error(
            "services",
            &json!(list.len()),
            Problem::TooManyServices { max: MAX_SERVICES },
        );
        return None;
    }
    let mut services = Vec::with_capacity(list.len());
    let mut all_ok = true;
    let mut first_use: BTreeMap<String, usize> = BTreeMap::new();
    for (index, value) in list.iter().enumerate() {
        let path = format!("services[{index}]");
        match read_service(issues, value, &path) {
            Some(service) => {
                if let Some(first) = first_use.get(&service.name) {
                    issues.error(
                        &format!("{path}.name"),
                        &json!(service.name),
                        Problem::DuplicateName {
                            of: NameOf::Service,
                            first: *first,
                        },
                    );
                    all_ok = false;
                } else {
                    first_use.insert(service.name.clone(), index);
                }
                services.push(service);
            }
            None => all_ok = false,
        }
    }
    if all_ok {
        let total: u64 = services
            .iter()
            .filter(|s| !s.daemon)
            .map(|s| u64::from(s.desired.peak()))
            .sum();
        if total > MAX_TOTAL_TASKS {
            issues.error(
                "services",
                &json!(total),
                Problem::TooManyTasks {
                    total,
                    max: MAX_TOTAL_TASKS,
                },
            );
            return None;
        }
    }
    all_ok.then_some(services)
}

fn read_service(issues: &mut Issues, value: &Value, path: &str) -> Option<Service> {
    let map = object(issues, value, path, SERVICE_FIELDS)?;
    let at = |key: &str| join(path, key);

    let name = read_name(issues, map, &at("name"), NameOf::Service);

    let cpu_units = match field(map, "cpu") {
        None => {
            issues.missing(
                &at("cpu"),
                Problem::Missing {
                    valid: Valid::CpuForms,
                },
            );
            None
        }
        Some(v) => match units::cpu_units_from_json(v) {
            Ok(n) if n > MAX_CPU_UNITS => {
                issues.error(
                    &at("cpu"),
                    v,
                    Problem::CpuAboveEc2 {
                        max_cpu_units: MAX_CPU_UNITS,
                    },
                );
                None
            }
            Ok(n) => Some(n),
            Err(e) => {
                issues.error(
                    &at("cpu"),
                    v,
                    Problem::Size {
                        error: e,
                        valid: Valid::CpuForms,
                    },
                );
                None
            }
        },
    };

    let memory_mib = match field(map, "memory") {
        None => {
            issues.missing(
                &at("memory"),
                Problem::Missing {
                    valid: Valid::MemoryForms,
                },
            );
            None
        }
        Some(v) => match units::memory_mib_from_json(v) {
            Ok(n) if n > MAX_MEMORY_MIB => {
                issues.error(
                    &at("memory"),
                    v,
                    Problem::MemoryAboveEc2 {
                        max_memory_mib: MAX_MEMORY_MIB,
                    },
                );
                None
            }
            Ok(n) => Some(n),
            Err(e) => {
                issues.error(
                    &at("memory"),
                    v,
                    Problem::Size {
                        error: e,
                        valid: Valid::MemoryForms,
                    },
                );
                None
            }
        },
    };

    let daemon = match field(map, "daemon") {
        None => Some(false),
        Some(v) => read_bool(issues, v, &at("daemon")),
    };

    let desired = read_desired(issues, map, path, daemon.unwrap_or(false));

    let group = match field(map, "group") {
        None => Some(None),
        Some(v) => match read_str(issues, v, &at("group"), Valid::GroupName) {
            Some(g) if g.trim().is_empty() => {
                issues.error(&at("group"), v, Problem::EmptyGroup);
                None
            }
            Some(g) => Some(Some(g.to_string())),
            None => None,
        },
    };

    let arch = match field(map, "arch") {
        None => Some(Arch::X86_64),
        Some(v) => match v.as_str().map(|s| s.to_ascii_lowercase()) {
            Some(s) if matches!(s.as_str(), "x86_64" | "x86-64" | "amd64" | "x86") => {
                Some(Arch::X86_64)
            }
            Some(s) if matches!(s.as_str(), "arm64" | "aarch64" | "arm") => Some(Arch::Arm64),
            _ => {
                issues.error(&at("arch"), v, Problem::NotArch);
                None
            }
        },
    };

    let os = match field(map, "os") {
        None => Some(Os::Linux),
        Some(v) => match v.as_str().map(|s| s.to_ascii_lowercase()) {
            Some(s) if s == "linux" => Some(Os::Linux),
            Some(s) if s == "windows" => Some(Os::Windows),
            _ => {
                issues.error(&at("os"), v, Problem::NotOs);
                None
            }
        },
    };

    let network_mode = match field(map, "network_mode") {
        None => Some(NetworkMode::Awsvpc),
        Some(v) => match v.as_str().map(|s| s.to_ascii_lowercase()) {
            Some(s) if s == "awsvpc" => Some(NetworkMode::Awsvpc),
            Some(s) if s == "bridge" => Some(NetworkMode::Bridge),
            Some(s) if s == "host" => Some(NetworkMode::Host),
            _ => {
                issues.error(&at("network_mode"), v, Problem::NotNetworkMode);
                None
            }
        },
    };

    let mut host_port = match field(map, "host_port") {
        None => Some(None),
        Some(v) => {
            let port = read_u32(issues, v, &at("host_port"), 1..=65_535, Valid::HostPort)
                .and_then(|p| u16::try_from(p).ok());
            match port {
                Some(p) if RESERVED_HOST_PORTS.contains(&p) => {
                    issues.error(&at("host_port"), v, Problem::ReservedHostPort);
                    None
                }
                Some(p) => Some(Some(p)),
                None => None,
            }
        }
    };
    if let (Some(Some(_)), Some(NetworkMode::Awsvpc)) = (host_port, network_mode) {
        if let Some(v) = field(map, "host_port") {
            issues.warn(&at("host_port"), v, Problem::HostPortIgnoredInAwsvpc);
        }
        host_port = Some(None);
    }

    let distinct_instance = match field(map, "distinct_instance") {
        None => Some(false),
        Some(v) => read_bool(issues, v, &at("distinct_instance")),
    };

    // Platform checks.
    if let (Some(Arch::Arm64), Some(Os::Windows)) = (arch, os) {
        if let Some(v) = field(map, "arch") {
            issues.error(&at("arch"), v, Problem::WindowsOnArm);
        }
        return None;
    }
    Some(Service {
        name: name?,
        cpu_units: cpu_units?,
        memory_mib: memory_mib?,
        desired: desired?,
        group: group?,
        arch: arch?,
        os: os?,
        network_mode: network_mode?,
        host_port: host_port?,
        distinct_instance: distinct_instance?,
        daemon: daemon?,
    })
}

pub(super) fn read_name(
    issues: &mut Issues,
    map: &Map<String, Value>,
    path: &str,
    of: NameOf,
) -> Option<String> {
    let Some(v) = field(map, "name") else {
        issues.missing(
            path,
            Problem::Missing {
                valid: Valid::Name { of },
            },
        );
        return None;
    };
    let name = read_str(issues, v, path, Valid::Name { of })?;
    if name.trim().is_empty() {
        issues.error(path, v, Problem::EmptyName { of });
        return None;
    }
    if name.chars().count() > MAX_NAME_CHARS {
        issues.error(
            path,
            v,
            Problem::NameTooLong {
                max: MAX_NAME_CHARS,
            },
        );
        return None;
    }
    Some(name.to_string())
}

fn read_desired(
    issues: &mut Issues,
    map: &Map<String, Value>,
    path: &str,
    daemon: bool,
) -> Option<Desired> {
    let count_path = join(path, "count");
    let profile_path = join(path, "profile");
    let count_valid = Valid::TaskCount {
        max: MAX_TASKS_PER_SERVICE,
    };
    match (field(map, "count"), field(map, "profile")) {
        (Some(_), Some(p)) => {
            issues.error(&profile_path, p, Problem::CountAndProfile);
            None
        }
        (Some(c), None) => read_u32(
            issues,
            c,
            &count_path,
            0..=MAX_TASKS_PER_SERVICE,
            count_valid,
        )
        .map(Desired::Count),
        (None, Some(p)) => {
            let list = read_array(issues, p, &profile_path, Valid::ProfileLengths)?;
            if !PROFILE_LENGTHS.contains(&list.len()) {
                issues.error(
                    &profile_path,
                    p,
                    Problem::ProfileLength { found: list.len() },
                );
                return None;
            }
            let mut counts = Vec::with_capacity(list.len());
            let mut ok = true;
            for (hour, v) in list.iter().enumerate() {
                match read_u32(
                    issues,
                    v,
                    &format!("{profile_path}[{hour}]"),
                    0..=MAX_TASKS_PER_SERVICE,
                    count_valid.clone(),
                ) {
                    Some(n) => counts.push(n),
                    None => ok = false,
                }
            }
            ok.then_some(Desired::Profile(counts))
        }
        (None, None) if daemon => Some(Desired::Count(0)),
        (None, None) => {
            issues.missing(
                &count_path,
                Problem::Missing {
                    valid: Valid::CountOrProfile,
                },
            );
            None
        }
    }
}
