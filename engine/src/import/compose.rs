//! docker-compose files → scenario services, with a report of what was read
//! and what was ignored.
//!
//! [`import_compose`] reads the Compose file's `services` and turns each into
//! a scenario-file service object (the JSON shape of issue 3, as a
//! [`serde_json::Value`]) for the user to review; it never fails because of
//! one odd service or field — those become warnings (failures as data). It
//! fails as a whole only for input that is not a Compose file at all
//! ([`ComposeError`]).
//!
//! # What is read
//! | Compose | Scenario | Rule |
//! |---------|----------|------|
//! | `deploy.replicas` (else legacy `scale`) | `count` | default 1, as Compose |
//! | `deploy.mode: global` | `daemon: true` | one task on every instance |
//! | `deploy.resources.reservations.cpus`, else `limits.cpus`, else legacy `cpus` | `cpu` | × 1024, rounded up to a whole CPU unit: `"0.5"` → 512 |
//! | `deploy.resources.reservations.memory`, else `limits.memory`, else legacy `mem_reservation`, else `mem_limit` | `memory` | rounded up to a whole MiB |
//! | `ports` with a fixed host port (`"8080:80"`, long syntax `published`) | `host_port` | the first fixed one |
//! | `network_mode: host` / `bridge` | `network_mode` | others ignored with a warning |
//! | `platform: linux/arm64` / `linux/amd64` / `windows/…` | `arch` / `os` | |
//!
//! **Reservations win over limits**, for CPU and memory alike. That is the
//! ECS agent's rule for container memory (`memoryReservation` if set, else
//! `memory`, see `docs/ecs-domain.md`): the scheduler places tasks by what they
//! reserve, and the limit is only a ceiling the task may burst to. When
//! both are given and differ, a warning says which was used.
//!
//! A service with no CPU or memory at all gets [`DEFAULT_CPU_UNITS`] /
//! [`DEFAULT_MEMORY_MIB`] (the smallest Fargate size) and a warning asking
//! the user to set the real figure.
//!
//! Memory sizes follow Docker's byte units: a bare number is bytes; `b`,
//! `k`, `m`, `g`, `t`, optionally followed by `i` and/or `b`, in any case,
//! are binary multiples (`"512M"`, `"1G"`, `"1.5GB"`, `"256MiB"`, `"1gb"`).
//!
//! # Hostile input
//! The YAML is read by [`super::yaml`]: at most [`MAX_INPUT_BYTES`], aliases
//! expanded against a budget of [`MAX_NODES`] nodes, nesting limited to
//! [`MAX_DEPTH`], no recursion. YAML merge keys (`<<: *defaults`), common
//! with `x-` extension fields in Compose files, are applied; explicit keys
//! win over merged ones.
//!
//! # The report
//! Every line is a [`ComposeLine`]: which field, which service, which
//! figure. `crate::text::messages` says it in English or Korean; the field
//! paths (`services.web.deploy.replicas`) stay verbatim in every language.

use serde_json::{json, Map, Value};

use super::yaml::{parse_yaml, Found, Node, YamlError};
pub use super::yaml::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_NODES};
use crate::scenario::{Arch, NetworkMode, Os};

/// CPU units assumed for a service that gives no CPU figure.
pub const DEFAULT_CPU_UNITS: u32 = 256;
/// Memory assumed for a service that gives no memory figure, MiB.
pub const DEFAULT_MEMORY_MIB: u32 = 512;

/// What an import read, what it left out, and what the user should check.
/// Lines name the Compose path, e.g. `services.web.deploy.replicas`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Fields used, with what they became: `services.web.deploy.replicas: 3 → count 3`.
    pub read: Vec<ComposeLine>,
    /// Fields present but not used by the planner (`services.web.build`).
    pub ignored: Vec<ComposeLine>,
    /// Things the user should check: assumed defaults, unreadable values.
    pub warnings: Vec<ComposeLine>,
}

/// One line of a Compose import report, with its service, field path and
/// figures. `service` is the Compose service's key; `source` a field path
/// relative to the service (`deploy.resources.limits.cpus`); `found` what
/// the file held where a value was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComposeLine {
    // Read.
    /// A CPU figure used: `services.web.deploy.resources.limits.cpus → cpu 512 CPU units`.
    Cpu {
        service: String,
        source: String,
        cpu_units: u32,
    },
    /// A memory figure used.
    Memory {
        service: String,
        source: String,
        memory_mib: u32,
    },
    /// `deploy.mode: global`: a daemon.
    Global { service: String },
    /// A replica count used (`deploy.replicas` or `scale`).
    Count {
        service: String,
        source: String,
        count: u32,
    },
    /// No replicas: Compose's default of one.
    CountDefault { service: String },
    /// A fixed host port: one task per instance.
    HostPort { service: String, port: u16 },
    /// `network_mode` host or bridge, kept.
    NetworkMode { service: String, mode: NetworkMode },
    /// `platform` read as an OS and architecture.
    Platform {
        service: String,
        platform: String,
        os: Os,
        arch: Arch,
    },
    // Ignored.
    /// A top-level key other than `services` (`volumes`, `x-defaults`).
    IgnoredTopLevel { key: String },
    /// A field the planner does not use, by its full path.
    IgnoredField { path: String },
    // Warnings.
    /// Only the first of several YAML documents was read.
    SeveralDocuments,
    /// A service that is not a mapping (imported with default sizes).
    ServiceNotAMapping { service: String, found: Found },
    /// Neither CPU nor memory: both assumed.
    DefaultSize {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
    },
    /// A CPU field that is not a number of CPUs.
    BadCpus {
        service: String,
        source: String,
        found: Found,
    },
    /// No usable CPU figure: `cpu_units` assumed.
    NoCpu { service: String, cpu_units: u32 },
    /// Reservation and limit differ: the first is used.
    CpuSources {
        service: String,
        used: String,
        cpu_units: u32,
        other: String,
        other_cpu_units: u32,
    },
    /// A memory field that is not a size.
    BadMemory {
        service: String,
        source: String,
        found: Found,
    },
    /// No usable memory figure: `memory_mib` assumed.
    NoMemory { service: String, memory_mib: u32 },
    /// Reservation and limit differ: the first is used.
    MemorySources {
        service: String,
        used: String,
        memory_mib: u32,
        other: String,
        other_memory_mib: u32,
    },
    /// `deploy.mode` neither `replicated` nor `global`.
    UnknownDeployMode { service: String, mode: String },
    /// A replica count that is not a whole number.
    BadReplicas {
        service: String,
        source: String,
        found: Found,
    },
    /// `ports` is not a list.
    PortsNotAList { service: String, found: Found },
    /// A host port range: not one fixed port.
    PortRange {
        service: String,
        index: usize,
        range: String,
    },
    /// A `ports` entry that is not a port mapping.
    BadPort {
        service: String,
        index: usize,
        found: Found,
    },
    /// More fixed host ports than the one kept.
    ExtraHostPorts {
        service: String,
        more: usize,
        kept: u16,
    },
    /// A `network_mode` with no ECS equivalent.
    UnknownNetworkMode { service: String, mode: String },
    /// A `platform` that is not linux/amd64, linux/arm64 or windows/amd64.
    UnknownPlatform { service: String, platform: String },
}

/// The services of a Compose file as scenario-file service objects, in the
/// file's order, and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeImport {
    pub services: Vec<Value>,
    pub report: ImportReport,
}

/// Why a text could not be imported as a Compose file at all. Rendered per
/// language by `crate::text::messages` (`Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComposeError {
    /// The text is longer than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not valid YAML.
    Syntax {
        /// 1-based line and column of the problem.
        line: usize,
        column: usize,
        /// The YAML parser's own words (English in every language).
        message: String,
    },
    /// Aliases expand to more than [`MAX_NODES`] nodes (an alias bomb).
    TooManyNodes,
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Valid YAML, but not a Compose file with services.
    NotCompose { why: NotCompose },
}

/// Why valid YAML is not a Compose file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotCompose {
    /// The document is not a mapping.
    NotAMapping { found: Found },
    /// No top-level `services`.
    NoServices,
    /// `services` is not a mapping.
    ServicesNotAMapping { found: Found },
    /// `services` is an empty mapping.
    ServicesEmpty,
}

impl std::error::Error for ComposeError {}

impl From<YamlError> for ComposeError {
    fn from(error: YamlError) -> Self {
        match error {
            YamlError::TooLarge { bytes } => ComposeError::TooLarge { bytes },
            YamlError::Syntax {
                line,
                column,
                message,
            } => ComposeError::Syntax {
                line,
                column,
                message,
            },
            YamlError::TooManyNodes => ComposeError::TooManyNodes,
            YamlError::TooDeep => ComposeError::TooDeep,
        }
    }
}

// ---------------------------------------------------------------------------
// Compose → services.

/// Service keys read by [`import_service`]; every other key is reported as
/// ignored.
const READ_SERVICE_KEYS: [&str; 8] = [
    "deploy",
    "scale",
    "cpus",
    "mem_reservation",
    "mem_limit",
    "ports",
    "network_mode",
    "platform",
];

/// Imports the services of a docker-compose file. See the module
/// documentation for the rules.
pub fn import_compose(text: &str) -> Result<ComposeImport, ComposeError> {
    let (root, more_documents) = parse_yaml(text)?;
    let not_compose = |why| Err(ComposeError::NotCompose { why });
    let Node::Map(top) = &root else {
        return not_compose(NotCompose::NotAMapping {
            found: root.found(),
        });
    };
    let mut report = ImportReport::default();
    if more_documents {
        report.warnings.push(ComposeLine::SeveralDocuments);
    }
    let services = match root.get("services") {
        Some(Node::Map(services)) if !services.is_empty() => services,
        Some(Node::Map(_)) => return not_compose(NotCompose::ServicesEmpty),
        Some(other) => {
            return not_compose(NotCompose::ServicesNotAMapping {
                found: other.found(),
            })
        }
        None => return not_compose(NotCompose::NoServices),
    };
    for (key, _) in top {
        if key != "services" {
            report
                .ignored
                .push(ComposeLine::IgnoredTopLevel { key: key.clone() });
        }
    }
    let imported = services
        .iter()
        .map(|(name, service)| import_service(name, service, &mut report))
        .collect();
    Ok(ComposeImport {
        services: imported,
        report,
    })
}

fn ignored(report: &mut ImportReport, path: String) {
    report.ignored.push(ComposeLine::IgnoredField { path });
}

fn import_service(name: &str, service: &Node, report: &mut ImportReport) -> Value {
    let path = format!("services.{name}");
    let mut out = Map::new();
    out.insert("name".into(), json!(name));
    let Node::Map(entries) = service else {
        if !service.is_null() {
            report.warnings.push(ComposeLine::ServiceNotAMapping {
                service: name.to_string(),
                found: service.found(),
            });
        }
        out.insert("cpu".into(), json!(DEFAULT_CPU_UNITS));
        out.insert("memory".into(), json!(DEFAULT_MEMORY_MIB));
        out.insert("count".into(), json!(1));
        report.warnings.push(ComposeLine::DefaultSize {
            service: name.to_string(),
            cpu_units: DEFAULT_CPU_UNITS,
            memory_mib: DEFAULT_MEMORY_MIB,
        });
        return Value::Object(out);
    };
    for (key, _) in entries {
        if !READ_SERVICE_KEYS.contains(&key.as_str()) {
            ignored(report, format!("{path}.{key}"));
        }
    }
    if let Some(Node::Map(deploy_entries)) = service.get("deploy") {
        for (key, value) in deploy_entries {
            let known = match key.as_str() {
                "replicas" | "mode" => true,
                "resources" => {
                    if let Node::Map(resources) = value {
                        for (kind, limits) in resources {
                            if let ("limits" | "reservations", Node::Map(fields)) =
                                (kind.as_str(), limits)
                            {
                                for (field, _) in fields {
                                    if field != "cpus" && field != "memory" {
                                        ignored(
                                            report,
                                            format!("{path}.deploy.resources.{kind}.{field}"),
                                        );
                                    }
                                }
                            } else {
                                ignored(report, format!("{path}.deploy.resources.{kind}"));
                            }
                        }
                    }
                    true
                }
                _ => false,
            };
            if !known {
                ignored(report, format!("{path}.deploy.{key}"));
            }
        }
    }

    read_cpu(name, service, &mut out, report);
    read_memory(name, service, &mut out, report);
    read_count(name, service, &mut out, report);
    read_ports(name, service, &mut out, report);
    read_network_mode(name, service, &mut out, report);
    read_platform(name, service, &mut out, report);
    Value::Object(out)
}

/// `node.a.b.c`, if every step is a mapping key.
fn at<'a>(node: &'a Node, keys: &[&str]) -> Option<&'a Node> {
    keys.iter().try_fold(node, |node, key| node.get(key))
}

/// The present, non-null sources among `sources` (paths relative to the
/// service), in order, with their dotted paths.
fn first_present<'a>(service: &'a Node, sources: &[&[&str]]) -> Vec<(String, &'a Node)> {
    sources
        .iter()
        .filter_map(|keys| {
            at(service, keys)
                .filter(|node| !node.is_null())
                .map(|node| (keys.join("."), node))
        })
        .collect()
}

fn read_cpu(name: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    let sources = first_present(
        service,
        &[
            &["deploy", "resources", "reservations", "cpus"],
            &["deploy", "resources", "limits", "cpus"],
            &["cpus"],
        ],
    );
    let mut valid: Vec<(String, u32)> = Vec::new();
    for (source, node) in sources {
        match node.text().and_then(cpus_to_units) {
            Some(units) => valid.push((source, units)),
            None => report.warnings.push(ComposeLine::BadCpus {
                service: name.to_string(),
                source,
                found: node.found(),
            }),
        }
    }
    match valid.split_first() {
        None => {
            out.insert("cpu".into(), json!(DEFAULT_CPU_UNITS));
            report.warnings.push(ComposeLine::NoCpu {
                service: name.to_string(),
                cpu_units: DEFAULT_CPU_UNITS,
            });
        }
        Some(((source, units), rest)) => {
            out.insert("cpu".into(), json!(units));
            report.read.push(ComposeLine::Cpu {
                service: name.to_string(),
                source: source.clone(),
                cpu_units: *units,
            });
            for (other, other_units) in rest {
                if other_units != units {
                    report.warnings.push(ComposeLine::CpuSources {
                        service: name.to_string(),
                        used: source.clone(),
                        cpu_units: *units,
                        other: other.clone(),
                        other_cpu_units: *other_units,
                    });
                }
            }
        }
    }
}

fn read_memory(
    name: &str,
    service: &Node,
    out: &mut Map<String, Value>,
    report: &mut ImportReport,
) {
    let sources = first_present(
        service,
        &[
            &["deploy", "resources", "reservations", "memory"],
            &["deploy", "resources", "limits", "memory"],
            &["mem_reservation"],
            &["mem_limit"],
        ],
    );
    let mut valid: Vec<(String, u32)> = Vec::new();
    for (source, node) in sources {
        match node.text().and_then(memory_to_mib) {
            Some(mib) => valid.push((source, mib)),
            None => report.warnings.push(ComposeLine::BadMemory {
                service: name.to_string(),
                source,
                found: node.found(),
            }),
        }
    }
    match valid.split_first() {
        None => {
            out.insert("memory".into(), json!(DEFAULT_MEMORY_MIB));
            report.warnings.push(ComposeLine::NoMemory {
                service: name.to_string(),
                memory_mib: DEFAULT_MEMORY_MIB,
            });
        }
        Some(((source, mib), rest)) => {
            out.insert("memory".into(), json!(mib));
            report.read.push(ComposeLine::Memory {
                service: name.to_string(),
                source: source.clone(),
                memory_mib: *mib,
            });
            for (other, other_mib) in rest {
                if other_mib != mib {
                    report.warnings.push(ComposeLine::MemorySources {
                        service: name.to_string(),
                        used: source.clone(),
                        memory_mib: *mib,
                        other: other.clone(),
                        other_memory_mib: *other_mib,
                    });
                }
            }
        }
    }
}

fn read_count(name: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    if let Some(mode) = at(service, &["deploy", "mode"]).and_then(Node::text) {
        if mode == "global" {
            out.insert("daemon".into(), json!(true));
            report.read.push(ComposeLine::Global {
                service: name.to_string(),
            });
            return;
        }
        if mode != "replicated" {
            report.warnings.push(ComposeLine::UnknownDeployMode {
                service: name.to_string(),
                mode: mode.to_string(),
            });
        }
    }
    for source in [&["deploy", "replicas"][..], &["scale"][..]] {
        let Some(node) = at(service, source).filter(|n| !n.is_null()) else {
            continue;
        };
        let source = source.join(".");
        match node.text().and_then(|t| t.trim().parse::<u32>().ok()) {
            Some(count) => {
                out.insert("count".into(), json!(count));
                report.read.push(ComposeLine::Count {
                    service: name.to_string(),
                    source,
                    count,
                });
                return;
            }
            None => report.warnings.push(ComposeLine::BadReplicas {
                service: name.to_string(),
                source,
                found: node.found(),
            }),
        }
    }
    out.insert("count".into(), json!(1));
    report.read.push(ComposeLine::CountDefault {
        service: name.to_string(),
    });
}

fn read_ports(name: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    let Some(ports) = service.get("ports") else {
        return;
    };
    let Node::Seq(items) = ports else {
        if !ports.is_null() {
            report.warnings.push(ComposeLine::PortsNotAList {
                service: name.to_string(),
                found: ports.found(),
            });
        }
        return;
    };
    let mut fixed: Vec<u16> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match host_port(item) {
            HostPort::Fixed(port) => fixed.push(port),
            HostPort::None => {}
            HostPort::Range(range) => report.warnings.push(ComposeLine::PortRange {
                service: name.to_string(),
                index,
                range,
            }),
            HostPort::Unreadable => report.warnings.push(ComposeLine::BadPort {
                service: name.to_string(),
                index,
                found: item.found(),
            }),
        }
    }
    if let Some((first, rest)) = fixed.split_first() {
        out.insert("host_port".into(), json!(first));
        report.read.push(ComposeLine::HostPort {
            service: name.to_string(),
            port: *first,
        });
        if !rest.is_empty() {
            report.warnings.push(ComposeLine::ExtraHostPorts {
                service: name.to_string(),
                more: rest.len(),
                kept: *first,
            });
        }
    }
}

enum HostPort {
    Fixed(u16),
    /// Only a container port: Docker picks an ephemeral host port.
    None,
    Range(String),
    Unreadable,
}

/// The host port of a `ports` entry: short syntax
/// `[IP:][HOST[-HOST]:]CONTAINER[-CONTAINER][/PROTOCOL]` or long syntax with
/// `published`.
fn host_port(item: &Node) -> HostPort {
    if let Node::Map(_) = item {
        return match item.get("published").and_then(Node::text) {
            None => HostPort::None,
            Some(text) => parse_host_port(text.trim()),
        };
    }
    let Some(text) = item.text() else {
        return HostPort::Unreadable;
    };
    let text = text.trim();
    let without_protocol = text.split_once('/').map_or(text, |(ports, _)| ports);
    // IPv6 addresses are bracketed: `[::1]:8080:80`.
    let without_ip = match without_protocol.rsplit_once(']') {
        Some((_, rest)) => rest.strip_prefix(':').unwrap_or(rest),
        None => without_protocol,
    };
    let parts: Vec<&str> = without_ip.split(':').collect();
    match parts.as_slice() {
        [container] => {
            if is_port_or_range(container) {
                HostPort::None
            } else {
                HostPort::Unreadable
            }
        }
        [host, container] | [_, host, container] => {
            if !is_port_or_range(container) {
                HostPort::Unreadable
            } else if host.is_empty() {
                HostPort::None
            } else {
                parse_host_port(host)
            }
        }
        _ => HostPort::Unreadable,
    }
}

fn is_port_or_range(text: &str) -> bool {
    let (low, high) = text.split_once('-').unwrap_or((text, text));
    low.parse::<u16>().is_ok() && high.parse::<u16>().is_ok()
}

fn parse_host_port(text: &str) -> HostPort {
    if text.contains('-') {
        return if is_port_or_range(text) {
            HostPort::Range(text.to_string())
        } else {
            HostPort::Unreadable
        };
    }
    match text.parse::<u16>() {
        Ok(0) => HostPort::None,
        Ok(port) => HostPort::Fixed(port),
        Err(_) => HostPort::Unreadable,
    }
}

fn read_network_mode(
    name: &str,
    service: &Node,
    out: &mut Map<String, Value>,
    report: &mut ImportReport,
) {
    let Some(mode) = service.get("network_mode").and_then(Node::text) else {
        return;
    };
    let kept = match mode {
        "host" => Some(NetworkMode::Host),
        "bridge" => Some(NetworkMode::Bridge),
        _ => None,
    };
    match kept {
        Some(kept) => {
            out.insert("network_mode".into(), json!(mode));
            report.read.push(ComposeLine::NetworkMode {
                service: name.to_string(),
                mode: kept,
            });
        }
        None => report.warnings.push(ComposeLine::UnknownNetworkMode {
            service: name.to_string(),
            mode: mode.to_string(),
        }),
    }
}

fn read_platform(
    name: &str,
    service: &Node,
    out: &mut Map<String, Value>,
    report: &mut ImportReport,
) {
    let Some(platform) = service.get("platform").and_then(Node::text) else {
        return;
    };
    let mut parts = platform.trim().split('/');
    let os = match parts.next().unwrap_or("") {
        "linux" => Some(Os::Linux),
        "windows" => Some(Os::Windows),
        _ => None,
    };
    let arch = match parts.next().unwrap_or("") {
        "arm64" | "aarch64" => Some(Arch::Arm64),
        "amd64" | "x86_64" => Some(Arch::X86_64),
        _ => None,
    };
    match (os, arch) {
        (Some(os), Some(arch)) => {
            out.insert("os".into(), json!(crate::validate::os_str(os)));
            out.insert("arch".into(), json!(crate::validate::arch_str(arch)));
            report.read.push(ComposeLine::Platform {
                service: name.to_string(),
                platform: platform.to_string(),
                os,
                arch,
            });
        }
        _ => report.warnings.push(ComposeLine::UnknownPlatform {
            service: name.to_string(),
            platform: platform.to_string(),
        }),
    }
}

/// CPUs (`"0.5"`, `2`) → CPU units, rounded up: 0.5 × 1024 = 512.
fn cpus_to_units(text: &str) -> Option<u32> {
    let cpus: f64 = text.trim().parse().ok()?;
    if !cpus.is_finite() || cpus <= 0.0 {
        return None;
    }
    let units = (cpus * 1024.0).ceil();
    // Beyond u32 CPU units is nonsense (4 million vCPUs); refuse it.
    if units > f64::from(u32::MAX) {
        return None;
    }
    u32::try_from(units as u64).ok()
}

/// A Docker byte size (`"512M"`, `"1.5GB"`, `"256MiB"`, `1073741824`) → MiB,
/// rounded up.
fn memory_to_mib(text: &str) -> Option<u32> {
    let text = text.trim();
    let number_len = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(number_len);
    let number: f64 = number.parse().ok()?;
    let unit = unit.trim_start().to_ascii_lowercase();
    let unit = unit.strip_suffix('b').unwrap_or(&unit);
    let unit = unit.strip_suffix('i').unwrap_or(unit);
    let multiplier: f64 = match unit {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let mib = (number * multiplier / (1024.0 * 1024.0)).ceil();
    if !mib.is_finite() || mib <= 0.0 || mib > f64::from(u32::MAX) {
        return None;
    }
    u32::try_from(mib as u64).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report's lines in English (`Display`), as the user reads them.
    struct English {
        read: Vec<String>,
        ignored: Vec<String>,
        warnings: Vec<String>,
    }

    fn english(lines: &[ComposeLine]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    fn check(compose: &str, expected_services: Value) -> English {
        let imported = import_compose(compose).unwrap_or_else(|e| panic!("imports: {e}"));
        assert_eq!(Value::Array(imported.services), expected_services);
        let report = imported.report;
        English {
            read: english(&report.read),
            ignored: english(&report.ignored),
            warnings: english(&report.warnings),
        }
    }

    fn check_error(compose: &str, expected: ComposeError) {
        assert_eq!(import_compose(compose), Err(expected));
    }

    const WEB_DB_WORKER: &str = r#"
services:
  web:
    build: .
    image: shop/web:1.4
    ports:
      - "8080:80"
      - "443"
    depends_on: [db]
    environment:
      - DATABASE_URL=postgres://db/shop
    deploy:
      replicas: 3
      resources:
        limits:
          cpus: "0.5"
          memory: 512M
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
    deploy:
      resources:
        limits:
          cpus: '2'
          memory: 2G
        reservations:
          cpus: '1'
          memory: 1.5GB
  worker:
    image: shop/worker:1.4
    command: ["celery", "worker"]
    platform: linux/arm64
    deploy:
      replicas: 2
      restart_policy:
        condition: on-failure
      resources:
        limits: {cpus: "0.25", memory: "256MiB", pids: 100}
volumes:
  db-data: {}
"#;

    #[test]
    fn imports_a_typical_web_db_worker_file() {
        let report = check(
            WEB_DB_WORKER,
            json!([
                // 0.5 CPUs × 1024 = 512 units; 512M = 512 MiB; fixed host port 8080.
                {"name": "web", "cpu": 512, "memory": 512, "count": 3, "host_port": 8080},
                // Reservations win: 1 CPU = 1024 units; 1.5GB = 1.5 × 1024 = 1536 MiB;
                // no replicas → Compose's default of 1.
                {"name": "db", "cpu": 1024, "memory": 1536, "count": 1},
                // 0.25 × 1024 = 256 units; 256MiB = 256 MiB.
                {"name": "worker", "cpu": 256, "memory": 256, "count": 2,
                 "os": "linux", "arch": "arm64"}
            ]),
        );
        assert_eq!(
            report.ignored,
            [
                "volumes (not used by the planner)",
                "services.web.build",
                "services.web.image",
                "services.web.depends_on",
                "services.web.environment",
                "services.db.image",
                "services.db.volumes",
                "services.worker.image",
                "services.worker.command",
                "services.worker.deploy.restart_policy",
                "services.worker.deploy.resources.limits.pids",
            ]
        );
        assert!(report.read.contains(
            &"services.db.deploy.resources.reservations.memory → memory 1536 MiB".into()
        ));
        assert!(report.read.contains(
            &"services.web.ports → host_port 8080 (a fixed host port: one task per instance)"
                .into()
        ));
        assert_eq!(
            report.warnings,
            [
                "services.db: deploy.resources.reservations.cpus (1024 CPU units) used for \
                 placement, not deploy.resources.limits.cpus (2048); ECS places tasks by what \
                 they reserve",
                "services.db: deploy.resources.reservations.memory (1536 MiB) used for \
                 placement, not deploy.resources.limits.memory (2048 MiB); ECS places tasks by \
                 memoryReservation when set",
            ]
        );
    }

    #[test]
    fn imports_reservations_only_global_mode_and_host_networking() {
        let report = check(
            r#"
version: "3.8"
services:
  api:
    image: api
    network_mode: host
    deploy:
      replicas: 4
      resources:
        reservations:
          cpus: 0.75
          memory: 768m
  agent:
    image: datadog/agent
    deploy:
      mode: global
      resources:
        reservations:
          memory: 268435456
"#,
            json!([
                // 0.75 × 1024 = 768 units; 768m = 768 MiB.
                {"name": "api", "cpu": 768, "memory": 768, "count": 4, "network_mode": "host"},
                // 268,435,456 bytes / 1,048,576 = 256 MiB; no CPU → the 256-unit default.
                {"name": "agent", "cpu": 256, "memory": 256, "daemon": true}
            ]),
        );
        assert_eq!(
            report.warnings,
            ["services.agent: no CPU given (deploy.resources.reservations.cpus or limits.cpus); \
              assumed 256 CPU units — set the real figure in the planner"]
        );
        assert!(report
            .ignored
            .contains(&"version (not used by the planner)".into()));
    }

    #[test]
    fn applies_anchors_merge_keys_and_extension_fields() {
        let report = check(
            r#"
x-defaults: &defaults
  restart: unless-stopped
  logging:
    driver: json-file
x-deploy: &small
  replicas: 2
  resources:
    limits:
      cpus: "0.5"
      memory: 1G
services:
  api:
    <<: *defaults
    image: api
    deploy: *small
  jobs:
    <<: *defaults
    image: jobs
    deploy:
      <<: *small
      replicas: 5
    ports:
      - target: 9000
        published: "9000"
        protocol: tcp
        mode: host
"#,
            json!([
                // From the anchor: 0.5 × 1024 = 512 units, 1G = 1024 MiB, 2 replicas.
                {"name": "api", "cpu": 512, "memory": 1024, "count": 2},
                // The explicit `replicas: 5` wins over the merged 2.
                {"name": "jobs", "cpu": 512, "memory": 1024, "count": 5, "host_port": 9000}
            ]),
        );
        assert_eq!(
            report.ignored,
            [
                "x-defaults (not used by the planner)",
                "x-deploy (not used by the planner)",
                "services.api.image",
                "services.api.restart",
                "services.api.logging",
                "services.jobs.image",
                "services.jobs.restart",
                "services.jobs.logging",
            ]
        );
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    }

    #[test]
    fn unreadable_fields_are_warnings_not_failures() {
        let report = check(
            r#"
services:
  odd:
    cpus: lots
    mem_limit: 12X
    scale: -1
    network_mode: "service:other"
    platform: linux/s390x
    ports: ["8000-8010:80", "nonsense", "80:80", "81:81"]
  empty:
"#,
            json!([
                {"name": "odd", "cpu": 256, "memory": 512, "count": 1, "host_port": 80},
                {"name": "empty", "cpu": 256, "memory": 512, "count": 1}
            ]),
        );
        assert_eq!(
            report.warnings,
            [
                "services.odd.cpus: \"lots\" is not a number of CPUs (e.g. \"0.5\" or 2); ignored",
                "services.odd: no CPU given (deploy.resources.reservations.cpus or limits.cpus); \
                 assumed 256 CPU units — set the real figure in the planner",
                "services.odd.mem_limit: \"12X\" is not a memory size (e.g. \"512M\", \"1.5G\" \
                 or a number of bytes); ignored",
                "services.odd: no memory given (deploy.resources.reservations.memory or \
                 limits.memory); assumed 512 MiB — set the real figure in the planner",
                "services.odd.scale: \"-1\" is not a whole number of replicas; ignored",
                "services.odd.ports[0]: host port range \"8000-8010\" is not one fixed port; not \
                 modelled as a host port",
                "services.odd.ports[1]: \"nonsense\" is not a port mapping (e.g. \"8080:80\"); \
                 ignored",
                "services.odd.ports: 1 more fixed host ports; one is enough to limit the service \
                 to one task per instance, so only 80 is kept",
                "services.odd.network_mode: \"service:other\" has no ECS equivalent; the \
                 scenario's default (awsvpc) is used",
                "services.odd.platform: \"linux/s390x\" is not linux/amd64, linux/arm64 or \
                 windows/amd64; ignored",
                "services.empty: no CPU or memory given; assumed 256 CPU units and 512 MiB — set \
                 the real size in the planner",
            ]
        );
    }

    #[test]
    fn rejects_files_that_are_not_compose() {
        check_error(
            "services:\n  web:\n    image: nginx\n   ports: [80\n",
            ComposeError::Syntax {
                line: 4,
                column: 4,
                // The 3-space indent of `ports` (column 4) breaks the mapping.
                message: "while parsing a block mapping, did not find expected key".into(),
            },
        );
        check_error(
            "- a\n- b\n",
            ComposeError::NotCompose {
                why: NotCompose::NotAMapping { found: Found::List },
            },
        );
        check_error(
            "version: '3'\n",
            ComposeError::NotCompose {
                why: NotCompose::NoServices,
            },
        );
        check_error(
            "services: []\n",
            ComposeError::NotCompose {
                why: NotCompose::ServicesNotAMapping { found: Found::List },
            },
        );
        check_error(
            "services: {}\n",
            ComposeError::NotCompose {
                why: NotCompose::ServicesEmpty,
            },
        );
        check_error(
            "",
            ComposeError::NotCompose {
                why: NotCompose::NotAMapping {
                    found: Found::Scalar(String::new()),
                },
            },
        );
    }

    #[test]
    fn refuses_a_billion_laughs_alias_bomb_quickly() {
        // Nine levels of nine aliases: 9^9 ≈ 387 million scalars if expanded.
        let mut bomb = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for pair in names.windows(2) {
            let (previous, name) = (pair[0], pair[1]);
            let items = vec![format!("*{previous}"); 9].join(", ");
            bomb.push_str(&format!("{name}: &{name} [{items}]\n"));
        }
        bomb.push_str("services:\n  web:\n    image: *i\n");
        let started = std::time::Instant::now();
        check_error(&bomb, ComposeError::TooManyNodes);
        assert!(
            started.elapsed().as_secs_f64() < 2.0,
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn refuses_deep_nesting_and_huge_files() {
        let mut deep = String::from("services:\n");
        for level in 1..100 {
            deep.push_str(&format!("{}k{level}:\n", "  ".repeat(level)));
        }
        check_error(&deep, ComposeError::TooDeep);
        let flow = format!("services: {}", "[".repeat(10_000));
        assert!(import_compose(&flow).is_err());
        let huge = format!("services:\n  web: {{}}\n#{}", "x".repeat(MAX_INPUT_BYTES));
        check_error(
            &huge,
            ComposeError::TooLarge {
                // "services:\n" (10) + "  web: {}\n" (10) + "#" (1), then 1 MiB.
                bytes: 21 + MAX_INPUT_BYTES,
            },
        );
    }

    #[test]
    fn a_mapping_with_sixty_thousand_keys_is_read_in_linear_time() {
        // Found by review, not the fuzzer (its inputs are at most 4 KiB):
        // replacing duplicate keys on every insert was quadratic, so a 1 MiB
        // mapping of 60,000 keys (under 1 MiB) took 48 s in a debug build. Duplicates are now dropped in
        // one pass at the end of the mapping; the last one wins.
        let mut text = String::from("services:\n  web:\n    scale: 1\n    scale: 2\nx-big:\n");
        for i in 0..60_000 {
            text.push_str(&format!("  k{i}: {i}\n"));
        }
        let started = std::time::Instant::now();
        let imported = import_compose(&text).expect("imports");
        assert_eq!(imported.services[0]["count"], json!(2));
        // Linear: 2.4 s alone in a debug build on 2 cores at load 30, 5.8 s
        // beside the rest of the suite; quadratic was 48 s. 15 s tells them apart.
        assert!(
            started.elapsed().as_secs_f64() < 15.0,
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn reads_only_the_first_document() {
        let report = check(
            "services:\n  a:\n    scale: 2\n---\nservices:\n  b: {}\n",
            json!([{"name": "a", "cpu": 256, "memory": 512, "count": 2}]),
        );
        assert_eq!(
            report.warnings.first().map(String::as_str),
            Some("the file has several YAML documents (`---`); only the first was read")
        );
    }

    #[test]
    fn converts_memory_sizes_to_mib() {
        let cases = [
            ("512M", Some(512)),
            ("1G", Some(1024)),
            ("1.5GB", Some(1536)), // 1.5 × 1024
            ("256MiB", Some(256)),
            ("1gb", Some(1024)),
            ("2 GiB", Some(2048)),
            ("1073741824", Some(1024)), // 2^30 bytes
            ("1000", Some(1)),          // 1,000 bytes round up to 1 MiB
            ("100k", Some(1)),          // 102,400 bytes round up to 1 MiB
            ("1t", Some(1_048_576)),    // 1024 × 1024 MiB
            ("0", None),
            ("-1G", None),
            ("12X", None),
            ("", None),
            ("1.5.2G", None),
            ("G", None),
        ];
        for (text, expected) in cases {
            assert_eq!(memory_to_mib(text), expected, "{text:?}");
        }
    }

    #[test]
    fn converts_cpus_to_units() {
        let cases = [
            ("0.5", Some(512)),
            ("2", Some(2048)),
            ("0.33", Some(338)), // 0.33 × 1024 = 337.92, rounded up
            ("0.001", Some(2)),  // 1.024, rounded up
            ("0", None),
            ("-1", None),
            ("abc", None),
            ("NaN", None),
            ("inf", None),
            ("1e300", None),
        ];
        for (text, expected) in cases {
            assert_eq!(cpus_to_units(text), expected, "{text:?}");
        }
    }

    #[test]
    fn finds_fixed_host_ports() {
        fn check_port(text: &str, expected: Option<u16>) {
            let node = Node::Scalar {
                text: text.to_string(),
                plain: true,
            };
            let actual = match host_port(&node) {
                HostPort::Fixed(port) => Some(port),
                _ => None,
            };
            assert_eq!(actual, expected, "{text:?}");
        }
        check_port("8080:80", Some(8080));
        check_port("127.0.0.1:8080:80", Some(8080));
        check_port("[::1]:5432:5432/tcp", Some(5432));
        check_port("53:53/udp", Some(53));
        check_port("80", None);
        check_port("127.0.0.1::80", None);
        check_port("8000-8010:80", None);
        check_port("99999:80", None);
    }
}
