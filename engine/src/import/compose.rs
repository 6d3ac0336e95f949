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
//! The text may be at most [`MAX_INPUT_BYTES`]. YAML aliases are expanded
//! against a budget of [`MAX_NODES`] nodes in total, so a "billion laughs"
//! file is refused after a bounded amount of work instead of exhausting
//! memory; nesting is limited to [`MAX_DEPTH`]. The tree is built without
//! recursion. YAML merge keys (`<<: *defaults`), common with `x-` extension
//! fields in Compose files, are applied; explicit keys win over merged ones.

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Largest Compose file read, bytes (1 MiB; real ones are a few KiB).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;
/// Most YAML nodes built, counting every copy an alias makes.
pub const MAX_NODES: usize = 200_000;
/// Deepest nesting of YAML sequences and mappings.
pub const MAX_DEPTH: usize = 64;
/// CPU units assumed for a service that gives no CPU figure.
pub const DEFAULT_CPU_UNITS: u32 = 256;
/// Memory assumed for a service that gives no memory figure, MiB.
pub const DEFAULT_MEMORY_MIB: u32 = 512;

/// What an import read, what it left out, and what the user should check.
/// Entries name the Compose path, e.g. `services.web.deploy.replicas`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Fields used, with what they became: `services.web.deploy.replicas: 3 → count 3`.
    pub read: Vec<String>,
    /// Fields present but not used by the planner (`services.web.build`).
    pub ignored: Vec<String>,
    /// Things the user should check: assumed defaults, unreadable values.
    pub warnings: Vec<String>,
}

/// The services of a Compose file as scenario-file service objects, in the
/// file's order, and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeImport {
    pub services: Vec<Value>,
    pub report: ImportReport,
}

/// Why a text could not be imported as a Compose file at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComposeError {
    /// The text is longer than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not valid YAML.
    Syntax {
        /// 1-based line and column of the problem.
        line: usize,
        column: usize,
        message: String,
    },
    /// Aliases expand to more than [`MAX_NODES`] nodes (an alias bomb).
    TooManyNodes,
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Valid YAML, but not a Compose file with services.
    NotCompose { detail: String },
}

impl fmt::Display for ComposeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ComposeError::TooLarge { bytes } => write!(
                f,
                "The file is {bytes} bytes; Compose files over {} KiB are refused. Import the \
                 file that defines the services, not a bundle.",
                MAX_INPUT_BYTES / 1024
            ),
            ComposeError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "Not valid YAML at line {line}, column {column}: {message}. Check the file with \
                 `docker compose config`."
            ),
            ComposeError::TooManyNodes => write!(
                f,
                "The file's YAML aliases (`*name`) expand to more than {MAX_NODES} values, far \
                 more than any real Compose file; it was refused. Run `docker compose config` \
                 and import its output instead."
            ),
            ComposeError::TooDeep => write!(
                f,
                "The file nests more than {MAX_DEPTH} levels deep, far more than any real \
                 Compose file; it was refused."
            ),
            ComposeError::NotCompose { detail } => write!(
                f,
                "This is not a Compose file the planner can read: {detail}. A Compose file has \
                 a top-level `services:` mapping, e.g. `services: {{web: {{image: nginx}}}}`."
            ),
        }
    }
}

impl std::error::Error for ComposeError {}

// ---------------------------------------------------------------------------
// A small YAML tree, built from parser events without recursion.

#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// A scalar's text; `plain` is false for quoted and block scalars.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    /// Keys in file order; a later duplicate replaces the earlier one.
    Map(Vec<(String, Node)>),
}

impl Node {
    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A scalar's text, unless it is a plain `null`/`~`/empty.
    fn text(&self) -> Option<&str> {
        match self {
            Node::Scalar { text, plain } if !(*plain && is_null(text)) => Some(text.as_str()),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Node::Scalar { text, plain: true } if is_null(text))
    }

    /// How many nodes this tree holds (itself included).
    fn size(&self) -> usize {
        let mut count = 0;
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            count += 1;
            match node {
                Node::Scalar { .. } => {}
                Node::Seq(items) => stack.extend(items),
                Node::Map(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
            }
        }
        count
    }

    fn describe(&self) -> String {
        match self {
            Node::Scalar { text, .. } => format!("{text:?}"),
            Node::Seq(_) => "a list".to_string(),
            Node::Map(_) => "a mapping".to_string(),
        }
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// A collection being built, with its anchor.
enum Open {
    Seq {
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        anchor: usize,
        entries: Vec<(String, Node)>,
        /// A key waiting for its value.
        key: Option<String>,
    },
}

struct Loader {
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

impl Loader {
    fn count(&mut self, nodes: usize) -> Result<(), ComposeError> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > MAX_NODES {
            return Err(ComposeError::TooManyNodes);
        }
        Ok(())
    }

    fn open(&mut self, open: Open) -> Result<(), ComposeError> {
        self.count(1)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(ComposeError::TooDeep);
        }
        self.stack.push(open);
        Ok(())
    }

    /// Adds a finished node to the collection being built (or makes it the
    /// root), recording its anchor.
    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), ComposeError> {
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Open::Seq { items, .. }) => items.push(node),
            Some(Open::Map { entries, key, .. }) => match key.take() {
                None => {
                    // A key. Non-scalar keys never occur in Compose files;
                    // they are kept under a placeholder so the value still
                    // pairs up.
                    *key = Some(match node {
                        Node::Scalar { text, .. } => text,
                        _ => "<complex key>".to_string(),
                    });
                }
                Some(k) => entries.push((k, node)),
            },
        }
        Ok(())
    }
}

/// Drops all but the last entry of each key (YAML forbids duplicate keys;
/// like most loaders, the last one wins). Linear, so a hostile mapping with
/// a hundred thousand keys costs no more than reading it.
fn last_of_each_key(entries: Vec<(String, Node)>) -> Vec<(String, Node)> {
    let mut seen = HashSet::new();
    let mut kept: Vec<(String, Node)> = entries
        .into_iter()
        .rev()
        .filter(|(key, _)| seen.insert(key.clone()))
        .collect();
    kept.reverse();
    kept
}

/// Applies YAML merge keys (`<<: *a` or `<<: [*a, *b]`): merged keys come
/// after the explicit ones and never replace them; earlier sources win.
fn apply_merge_keys(entries: Vec<(String, Node)>) -> Vec<(String, Node)> {
    if !entries.iter().any(|(k, _)| k == "<<") {
        return entries;
    }
    let (merges, mut explicit): (Vec<_>, Vec<_>) =
        entries.into_iter().partition(|(k, _)| k == "<<");
    let sources: Vec<Node> = merges
        .into_iter()
        .flat_map(|(_, value)| match value {
            Node::Seq(items) => items,
            other => vec![other],
        })
        .collect();
    let mut present: HashSet<String> = explicit.iter().map(|(k, _)| k.clone()).collect();
    for source in sources {
        if let Node::Map(source_entries) = source {
            for (k, v) in source_entries {
                if present.insert(k.clone()) {
                    explicit.push((k, v));
                }
            }
        }
    }
    explicit
}

fn parse_yaml(text: &str) -> Result<(Node, bool), ComposeError> {
    let mut loader = Loader {
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        root: None,
    };
    let mut documents = 0usize;
    for event in Parser::new_from_str(text) {
        let (event, _span) = event.map_err(|error| ComposeError::Syntax {
            line: error.marker().line(),
            column: error.marker().col() + 1,
            message: error.info().to_string(),
        })?;
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    // Only the first document is read; stop parsing here.
                    break;
                }
            }
            Event::Scalar(value, style, anchor, _tag) => {
                loader.count(1)?;
                let node = Node::Scalar {
                    text: value.into_owned(),
                    plain: style == ScalarStyle::Plain,
                };
                loader.finish(node, anchor)?;
            }
            Event::Alias(anchor) => {
                let node =
                    loader
                        .anchors
                        .get(&anchor)
                        .cloned()
                        .ok_or_else(|| ComposeError::Syntax {
                            line: 0,
                            column: 0,
                            message: "an alias refers to an unknown anchor".to_string(),
                        })?;
                loader.count(node.size())?;
                loader.finish(node, 0)?;
            }
            Event::SequenceStart(anchor, _) => loader.open(Open::Seq {
                anchor,
                items: Vec::new(),
            })?,
            Event::MappingStart(anchor, _) => loader.open(Open::Map {
                anchor,
                entries: Vec::new(),
                key: None,
            })?,
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match loader.stack.pop() {
                    Some(Open::Seq { anchor, items }) => (Node::Seq(items), anchor),
                    Some(Open::Map {
                        anchor, entries, ..
                    }) => (
                        Node::Map(apply_merge_keys(last_of_each_key(entries))),
                        anchor,
                    ),
                    None => continue,
                };
                loader.finish(node, anchor)?;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }
    let root = loader.root.unwrap_or(Node::Scalar {
        text: String::new(),
        plain: true,
    });
    Ok((root, documents > 1))
}

// ---------------------------------------------------------------------------
// Compose → services.

/// Top-level keys that carry nothing the planner uses.
const IGNORED_TOP_LEVEL_NOTE: &str = "not used by the planner";

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
    if text.len() > MAX_INPUT_BYTES {
        return Err(ComposeError::TooLarge { bytes: text.len() });
    }
    let (root, more_documents) = parse_yaml(text)?;
    let Node::Map(top) = &root else {
        return Err(ComposeError::NotCompose {
            detail: format!("the file holds {} instead of a mapping", root.describe()),
        });
    };
    let mut report = ImportReport::default();
    if more_documents {
        report
            .warnings
            .push("the file has several YAML documents (`---`); only the first was read".into());
    }
    let services = match root.get("services") {
        Some(Node::Map(services)) if !services.is_empty() => services,
        Some(Node::Map(_)) => {
            return Err(ComposeError::NotCompose {
                detail: "`services` is empty".into(),
            })
        }
        Some(other) => {
            return Err(ComposeError::NotCompose {
                detail: format!("`services` is {} instead of a mapping", other.describe()),
            })
        }
        None => {
            return Err(ComposeError::NotCompose {
                detail: "there is no top-level `services`".into(),
            })
        }
    };
    for (key, _) in top {
        if key != "services" {
            report
                .ignored
                .push(format!("{key} ({IGNORED_TOP_LEVEL_NOTE})"));
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

fn import_service(name: &str, service: &Node, report: &mut ImportReport) -> Value {
    let path = format!("services.{name}");
    let mut out = Map::new();
    out.insert("name".into(), json!(name));
    let Node::Map(entries) = service else {
        if !service.is_null() {
            report.warnings.push(format!(
                "{path}: is {} instead of a mapping; imported with default sizes",
                service.describe()
            ));
        }
        out.insert("cpu".into(), json!(DEFAULT_CPU_UNITS));
        out.insert("memory".into(), json!(DEFAULT_MEMORY_MIB));
        out.insert("count".into(), json!(1));
        report.warnings.push(default_size_warning(&path));
        return Value::Object(out);
    };
    for (key, _) in entries {
        if !READ_SERVICE_KEYS.contains(&key.as_str()) {
            report.ignored.push(format!("{path}.{key}"));
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
                                        report.ignored.push(format!(
                                            "{path}.deploy.resources.{kind}.{field}"
                                        ));
                                    }
                                }
                            } else {
                                report
                                    .ignored
                                    .push(format!("{path}.deploy.resources.{kind}"));
                            }
                        }
                    }
                    true
                }
                _ => false,
            };
            if !known {
                report.ignored.push(format!("{path}.deploy.{key}"));
            }
        }
    }

    read_cpu(&path, service, &mut out, report);
    read_memory(&path, service, &mut out, report);
    read_count(&path, service, &mut out, report);
    read_ports(&path, service, &mut out, report);
    read_network_mode(&path, service, &mut out, report);
    read_platform(&path, service, &mut out, report);
    Value::Object(out)
}

fn default_size_warning(path: &str) -> String {
    format!(
        "{path}: no CPU or memory given; assumed {DEFAULT_CPU_UNITS} CPU units and \
         {DEFAULT_MEMORY_MIB} MiB — set the real size in the planner"
    )
}

/// `node.a.b.c`, if every step is a mapping key.
fn at<'a>(node: &'a Node, keys: &[&str]) -> Option<&'a Node> {
    keys.iter().try_fold(node, |node, key| node.get(key))
}

/// The first present, non-null source among `sources` (paths relative to the
/// service), with its dotted path.
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

fn read_cpu(path: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    let sources = first_present(
        service,
        &[
            &["deploy", "resources", "reservations", "cpus"],
            &["deploy", "resources", "limits", "cpus"],
            &["cpus"],
        ],
    );
    let parsed: Vec<(String, Option<u32>, &Node)> = sources
        .into_iter()
        .map(|(source, node)| {
            let units = node.text().and_then(cpus_to_units);
            (source, units, node)
        })
        .collect();
    for (source, units, node) in &parsed {
        if units.is_none() {
            report.warnings.push(format!(
                "{path}.{source}: {} is not a number of CPUs (e.g. \"0.5\" or 2); ignored",
                node.describe()
            ));
        }
    }
    let valid: Vec<(&String, u32)> = parsed
        .iter()
        .filter_map(|(source, units, _)| units.map(|u| (source, u)))
        .collect();
    match valid.as_slice() {
        [] => {
            out.insert("cpu".into(), json!(DEFAULT_CPU_UNITS));
            report.warnings.push(format!(
                "{path}: no CPU given (deploy.resources.reservations.cpus or limits.cpus); \
                 assumed {DEFAULT_CPU_UNITS} CPU units — set the real figure in the planner"
            ));
        }
        [(source, units), rest @ ..] => {
            out.insert("cpu".into(), json!(units));
            report
                .read
                .push(format!("{path}.{source} → cpu {units} CPU units"));
            for (other, other_units) in rest {
                if other_units != units {
                    report.warnings.push(format!(
                        "{path}: {source} ({units} CPU units) used for placement, not \
                         {other} ({other_units}); ECS places tasks by what they reserve"
                    ));
                }
            }
        }
    }
}

fn read_memory(
    path: &str,
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
            None => report.warnings.push(format!(
                "{path}.{source}: {} is not a memory size (e.g. \"512M\", \"1.5G\" or a number \
                 of bytes); ignored",
                node.describe()
            )),
        }
    }
    match valid.split_first() {
        None => {
            out.insert("memory".into(), json!(DEFAULT_MEMORY_MIB));
            report.warnings.push(format!(
                "{path}: no memory given (deploy.resources.reservations.memory or \
                 limits.memory); assumed {DEFAULT_MEMORY_MIB} MiB — set the real figure in the \
                 planner"
            ));
        }
        Some(((source, mib), rest)) => {
            out.insert("memory".into(), json!(mib));
            report
                .read
                .push(format!("{path}.{source} → memory {mib} MiB"));
            for (other, other_mib) in rest {
                if other_mib != mib {
                    report.warnings.push(format!(
                        "{path}: {source} ({mib} MiB) used for placement, not {other} \
                         ({other_mib} MiB); ECS places tasks by memoryReservation when set"
                    ));
                }
            }
        }
    }
}

fn read_count(path: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    if let Some(mode) = at(service, &["deploy", "mode"]).and_then(Node::text) {
        if mode == "global" {
            out.insert("daemon".into(), json!(true));
            report.read.push(format!(
                "{path}.deploy.mode: global → daemon (one task per instance)"
            ));
            return;
        }
        if mode != "replicated" {
            report.warnings.push(format!(
                "{path}.deploy.mode: {mode:?} is not `replicated` or `global`; read as replicated"
            ));
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
                report
                    .read
                    .push(format!("{path}.{source}: {count} → count {count}"));
                return;
            }
            None => report.warnings.push(format!(
                "{path}.{source}: {} is not a whole number of replicas; ignored",
                node.describe()
            )),
        }
    }
    out.insert("count".into(), json!(1));
    report.read.push(format!(
        "{path}: no replicas given → count 1 (the Compose default)"
    ));
}

fn read_ports(path: &str, service: &Node, out: &mut Map<String, Value>, report: &mut ImportReport) {
    let Some(ports) = service.get("ports") else {
        return;
    };
    let Node::Seq(items) = ports else {
        if !ports.is_null() {
            report.warnings.push(format!(
                "{path}.ports: {} is not a list; ignored",
                ports.describe()
            ));
        }
        return;
    };
    let mut fixed: Vec<u16> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match host_port(item) {
            HostPort::Fixed(port) => fixed.push(port),
            HostPort::None => {}
            HostPort::Range(text) => report.warnings.push(format!(
                "{path}.ports[{index}]: host port range {text:?} is not one fixed port; not \
                 modelled as a host port"
            )),
            HostPort::Unreadable => report.warnings.push(format!(
                "{path}.ports[{index}]: {} is not a port mapping (e.g. \"8080:80\"); ignored",
                item.describe()
            )),
        }
    }
    if let Some((first, rest)) = fixed.split_first() {
        out.insert("host_port".into(), json!(first));
        report.read.push(format!(
            "{path}.ports → host_port {first} (a fixed host port: one task per instance)"
        ));
        if !rest.is_empty() {
            report.warnings.push(format!(
                "{path}.ports: {} more fixed host ports; one is enough to limit the service \
                 to one task per instance, so only {first} is kept",
                rest.len()
            ));
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
    path: &str,
    service: &Node,
    out: &mut Map<String, Value>,
    report: &mut ImportReport,
) {
    let Some(mode) = service.get("network_mode").and_then(Node::text) else {
        return;
    };
    match mode {
        "host" | "bridge" => {
            out.insert("network_mode".into(), json!(mode));
            report
                .read
                .push(format!("{path}.network_mode: {mode} → network_mode {mode}"));
        }
        other => report.warnings.push(format!(
            "{path}.network_mode: {other:?} has no ECS equivalent; the scenario's default \
             (awsvpc) is used"
        )),
    }
}

fn read_platform(
    path: &str,
    service: &Node,
    out: &mut Map<String, Value>,
    report: &mut ImportReport,
) {
    let Some(platform) = service.get("platform").and_then(Node::text) else {
        return;
    };
    let mut parts = platform.trim().split('/');
    let os = parts.next().unwrap_or("");
    let arch = parts.next().unwrap_or("");
    let os = match os {
        "linux" => Some("linux"),
        "windows" => Some("windows"),
        _ => None,
    };
    let arch = match arch {
        "arm64" | "aarch64" => Some("arm64"),
        "amd64" | "x86_64" => Some("x86_64"),
        _ => None,
    };
    match (os, arch) {
        (Some(os), Some(arch)) => {
            out.insert("os".into(), json!(os));
            out.insert("arch".into(), json!(arch));
            report.read.push(format!(
                "{path}.platform: {platform} → os {os}, arch {arch}"
            ));
        }
        _ => report.warnings.push(format!(
            "{path}.platform: {platform:?} is not linux/amd64, linux/arm64 or windows/amd64; \
             ignored"
        )),
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

    fn check(compose: &str, expected_services: Value) -> ImportReport {
        let imported = import_compose(compose).unwrap_or_else(|e| panic!("imports: {e}"));
        assert_eq!(Value::Array(imported.services), expected_services);
        imported.report
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
                detail: "the file holds a list instead of a mapping".into(),
            },
        );
        check_error(
            "version: '3'\n",
            ComposeError::NotCompose {
                detail: "there is no top-level `services`".into(),
            },
        );
        check_error(
            "services: []\n",
            ComposeError::NotCompose {
                detail: "`services` is a list instead of a mapping".into(),
            },
        );
        check_error(
            "services: {}\n",
            ComposeError::NotCompose {
                detail: "`services` is empty".into(),
            },
        );
        check_error(
            "",
            ComposeError::NotCompose {
                detail: "the file holds \"\" instead of a mapping".into(),
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
        assert!(
            started.elapsed().as_secs_f64() < 5.0,
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
