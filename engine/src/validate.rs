//! Reading and validating the scenario file (version 1), and writing it back.
//!
//! [`parse_scenario`] turns JSON into a [`Scenario`] or a list of every
//! problem found ([`ScenarioErrors`]); it never panics and never stops at the
//! first error. Each [`FieldIssue`] names the field path
//! (`services[2].memory`), the value found and what would be valid. Unknown
//! fields are warnings, not failures, so files written by a newer version
//! still open.
//!
//! [`scenario_to_json`] writes the canonical file: every field present, sizes
//! as numbers, `count` for a constant desired count and `profile` otherwise.
//! For every valid scenario `s` (one that parsing can produce: no
//! `host_port` in awsvpc mode, no duplicate layouts or instance types),
//! `parse(scenario_to_json(s)) == s`, through a `Value` or through text
//! (floats read back bit for bit: serde_json's `float_roundtrip` feature).
//!
//! Modelling choices and limits (the lead copies these into ARCHITECTURE.md):
//! - Size limits come from the largest thing that could run a task: the
//!   largest bundled EC2 type has 192 vCPU and 1,536 GiB ([`MAX_CPU_UNITS`],
//!   [`MAX_MEMORY_MIB`]). Tasks above Fargate's largest size (16 vCPU,
//!   120 GB) are valid; the Fargate options list them as unplaced.
//! - Counts: at most [`MAX_TASKS_PER_SERVICE`] tasks per service per hour,
//!   [`MAX_SERVICES`] services, [`MAX_TOTAL_TASKS`] tasks at peak in all
//!   (daemons aside), a horizon of 1..=[`MAX_HORIZON_HOURS`] hours.
//!   A count of 0 is valid (a service scaled to zero).
//! - A daemon needs neither `count` nor `profile`; its desired count is
//!   ignored (read as `count: 0` when absent).
//! - `host_port` with `network_mode: awsvpc` has no effect (each task has its
//!   own ENI): a warning, and the port is dropped. Ports ECS reserves on
//!   container instances (22, 2375, 2376, 51678, 51679) are errors: such a
//!   task could never be placed.
//! - Windows tasks are x86_64 only (no Windows on Graviton): `arch: arm64`
//!   with `os: windows` is an error.
//! - A region without Fargate ARM or Windows rates is not an error: such a
//!   service is not priced on Fargate there, and the simulation lists it
//!   with the reason and the fix (import a pricing file).
//! - Custom layout: a daemon, a Windows service, or a task larger than
//!   Fargate's largest size, placed in a custom cluster with
//!   `launch_type: fargate`, is an error (Fargate runs no daemons; the
//!   Windows rule is the issue's requirement: the planner models Windows only
//!   on EC2 when the user lays clusters out by hand). Services in no custom
//!   cluster go to an EC2 cluster named [`UNASSIGNED_CLUSTER`], with a
//!   warning.
//! - Instance types are checked against the region's EC2 catalogue: a type
//!   the planner knows but the region does not sell is an error naming the
//!   region and the nearest types sold there; when the region has no
//!   catalogue loaded, a warning says the EC2 options cannot be costed until
//!   a pricing file is imported.
//! - Duplicate layouts and instance types are dropped with a warning.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::RangeInclusive;

use serde_json::{json, Map, Value};

use crate::fargate;
use crate::pricing::{PriceBook, RegionPrices};
use crate::scenario::{
    Arch, CustomCluster, Desired, Ec2Settings, Ec2Spot, FargateSettings, LaunchType, Layout,
    NetworkMode, OpsCost, Os, PlacementStrategy, PricingSettings, Scenario, Service,
    DEFAULT_HORIZON_HOURS, SCENARIO_VERSION,
};
use crate::units;

/// Largest task CPU: the largest bundled EC2 type has 192 vCPU (192 × 1024).
pub const MAX_CPU_UNITS: u32 = 192 * 1024;
/// Largest task memory: the largest bundled EC2 type has 1,536 GiB.
pub const MAX_MEMORY_MIB: u32 = 1_572_864;
/// Most desired tasks of one service in one hour.
pub const MAX_TASKS_PER_SERVICE: u32 = 10_000;
/// Most services in one scenario (estates of 2,000 services are
/// benchmarked; see BENCHMARKS.md).
pub const MAX_SERVICES: usize = 2_000;
/// Most tasks at peak in one scenario: the sum over services (daemons
/// aside) of each one's largest hourly count. Bounds the simulation's work:
/// 100,000 tasks × 168 hours is the benchmarked top of the ladder.
pub const MAX_TOTAL_TASKS: u64 = 100_000;
/// Longest horizon: one year, hourly.
pub const MAX_HORIZON_HOURS: u32 = 8760;
/// ECS allows at most 5 placement strategies per service.
pub const MAX_STRATEGIES: usize = 5;
/// Most availability zones a region offers to one cluster in this model.
pub const MAX_AVAILABILITY_ZONES: u32 = 6;
/// Most `min_instances` per cluster.
pub const MAX_MIN_INSTANCES: u32 = 1000;
/// Largest `memory_overhead_mib` (64 GiB).
pub const MAX_MEMORY_OVERHEAD_MIB: u32 = 65_536;
/// Longest service or cluster name (ECS allows 255 characters).
pub const MAX_NAME_CHARS: usize = 255;
/// Most custom clusters.
pub const MAX_CUSTOM_CLUSTERS: usize = 2_000;
/// Allowed profile lengths: one day or one week of hourly values.
pub const PROFILE_LENGTHS: [usize; 2] = [24, 168];
/// Host ports the ECS agent reserves on every container instance.
pub const RESERVED_HOST_PORTS: [u16; 5] = [22, 2375, 2376, 51678, 51679];
/// Default `ec2.target_capacity`.
pub const DEFAULT_TARGET_CAPACITY: u32 = 100;
/// Default `ec2.availability_zones`.
pub const DEFAULT_AVAILABILITY_ZONES: u32 = 3;
/// The cluster the custom layout puts services that no custom cluster lists.
pub const UNASSIGNED_CLUSTER: &str = "unassigned";

/// What kind of problem a [`FieldIssue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// The field is required and absent (`value` is empty).
    Missing,
    /// The field is there with a value that cannot be used.
    Invalid,
    /// A field this version does not know (a warning; it is ignored).
    UnknownField,
    /// The file is not JSON (`path` and `value` are empty).
    NotJson,
}

/// One problem with one field.
///
/// `message` is English text for now; it will become a typed message (with
/// its Korean) behind the same field name, so callers that read `path`,
/// `kind` and `Display` keep working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    /// Where: `services[2].memory`, `ec2.strategy[0]`; empty for the whole file.
    pub path: String,
    pub kind: IssueKind,
    /// The value found, as JSON (shortened); empty when missing.
    pub value: String,
    /// What was wrong and what would be valid.
    pub message: String,
}

impl fmt::Display for FieldIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "scenario"
        } else {
            &self.path
        };
        if self.kind == IssueKind::Missing {
            write!(f, "{path} = (missing): {}", self.message)
        } else if self.value.is_empty() {
            write!(f, "{path}: {}", self.message)
        } else {
            write!(f, "{path} = {}: {}", self.value, self.message)
        }
    }
}

/// A valid scenario and the warnings met on the way (unknown fields, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedScenario {
    pub scenario: Scenario,
    pub warnings: Vec<FieldIssue>,
}

/// Every error found in a scenario file, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioErrors {
    pub errors: Vec<FieldIssue>,
}

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        writeln!(
            f,
            "the scenario has {n} error{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for issue in &self.errors {
            writeln!(f, "  {issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

/// Parses and validates a scenario file.
pub fn parse_scenario(json: &str, prices: &PriceBook) -> Result<ParsedScenario, ScenarioErrors> {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => parse_scenario_value(&value, prices),
        Err(e) => Err(ScenarioErrors {
            errors: vec![FieldIssue {
                path: String::new(),
                kind: IssueKind::NotJson,
                value: String::new(),
                message: format!("is not valid JSON ({e}); check the line and column given"),
            }],
        }),
    }
}

/// Validates a scenario already parsed as JSON.
pub fn parse_scenario_value(
    value: &Value,
    prices: &PriceBook,
) -> Result<ParsedScenario, ScenarioErrors> {
    let mut issues = Issues::default();
    let scenario = read_scenario(&mut issues, value, prices);
    match scenario {
        Some(scenario) if issues.errors.is_empty() => Ok(ParsedScenario {
            scenario,
            warnings: issues.warnings,
        }),
        _ => {
            if issues.errors.is_empty() {
                // Defensive: every `None` above records an error first.
                issues.error("", value, "could not be read as a scenario");
            }
            Err(ScenarioErrors {
                errors: issues.errors,
            })
        }
    }
}

/// The canonical version-1 file for `s`: every field written.
pub fn scenario_to_json(s: &Scenario) -> Value {
    let services: Vec<Value> = s.services.iter().map(service_to_json).collect();
    let custom: Vec<Value> = s
        .custom_clusters
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "launch_type": launch_type_str(c.launch_type),
                "services": c.services,
            })
        })
        .collect();
    let mut out = json!({
        "version": s.version,
        "region": s.region,
        "horizon_hours": s.horizon_hours,
        "services": services,
        "fargate": { "spot_share": s.fargate.spot_share },
        "ec2": {
            "instance_types": s.ec2.instance_types,
            // Empty = ECS's default chain, kept out of the file as null.
            "strategy": if s.ec2.strategy.is_empty() {
                Value::Null
            } else {
                json!(s.ec2.strategy.iter().map(|p| p.as_str()).collect::<Vec<_>>())
            },
            "target_capacity": s.ec2.target_capacity,
            "availability_zones": s.ec2.availability_zones,
            "eni_trunking": s.ec2.eni_trunking,
            "memory_overhead_mib": s.ec2.memory_overhead_mib,
            "min_instances": s.ec2.min_instances,
            "seed": s.ec2.seed,
            "allow_burstable": s.ec2.allow_burstable,
            "ops_usd_per_cluster_month": s.ec2.ops.usd_per_cluster_month,
            "ops_usd_per_instance_month": s.ec2.ops.usd_per_instance_month,
            "ops_engineer_usd_per_hour": s.ec2.ops.engineer_usd_per_hour,
        },
        "layouts": s.layouts.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "custom_clusters": custom,
        "pricing": {
            "ec2_discount_pct": s.pricing.ec2_discount_pct,
            "fargate_discount_pct": s.pricing.fargate_discount_pct,
        },
    });
    // EC2 Spot is written only when set, so files without it stay as they were.
    if s.ec2.spot != Ec2Spot::default() {
        if let Some(ec2) = out.get_mut("ec2").and_then(Value::as_object_mut) {
            ec2.insert("spot_share".into(), json!(s.ec2.spot.share));
            ec2.insert(
                "spot_on_demand_base".into(),
                json!(s.ec2.spot.on_demand_base),
            );
            ec2.insert("spot_discount_pct".into(), json!(s.ec2.spot.discount_pct));
        }
    }
    out
}

fn service_to_json(s: &Service) -> Value {
    let mut map = Map::new();
    map.insert("name".into(), json!(s.name));
    map.insert("cpu".into(), json!(s.cpu_units));
    map.insert("memory".into(), json!(s.memory_mib));
    match &s.desired {
        Desired::Count(n) => map.insert("count".into(), json!(n)),
        Desired::Profile(p) => map.insert("profile".into(), json!(p)),
    };
    map.insert("group".into(), json!(s.group));
    map.insert("arch".into(), json!(arch_str(s.arch)));
    map.insert("os".into(), json!(os_str(s.os)));
    map.insert(
        "network_mode".into(),
        json!(network_mode_str(s.network_mode)),
    );
    map.insert("host_port".into(), json!(s.host_port));
    map.insert("distinct_instance".into(), json!(s.distinct_instance));
    map.insert("daemon".into(), json!(s.daemon));
    Value::Object(map)
}

/// The scenario-file spelling of an architecture.
pub fn arch_str(arch: Arch) -> &'static str {
    match arch {
        Arch::X86_64 => "x86_64",
        Arch::Arm64 => "arm64",
    }
}

/// The scenario-file spelling of an OS.
pub fn os_str(os: Os) -> &'static str {
    match os {
        Os::Linux => "linux",
        Os::Windows => "windows",
    }
}

/// The scenario-file spelling of a network mode.
pub fn network_mode_str(mode: NetworkMode) -> &'static str {
    match mode {
        NetworkMode::Awsvpc => "awsvpc",
        NetworkMode::Bridge => "bridge",
        NetworkMode::Host => "host",
    }
}

/// The scenario-file spelling of a launch type.
pub fn launch_type_str(launch_type: LaunchType) -> &'static str {
    match launch_type {
        LaunchType::Fargate => "fargate",
        LaunchType::Ec2 => "ec2",
    }
}

// ---------------------------------------------------------------------------
// Reading.

const TOP_FIELDS: &[&str] = &[
    "version",
    "region",
    "horizon_hours",
    "services",
    "fargate",
    "ec2",
    "layouts",
    "custom_clusters",
    "pricing",
];
const SERVICE_FIELDS: &[&str] = &[
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
];
const FARGATE_FIELDS: &[&str] = &["spot_share"];
const EC2_FIELDS: &[&str] = &[
    "instance_types",
    "strategy",
    "target_capacity",
    "availability_zones",
    "eni_trunking",
    "memory_overhead_mib",
    "min_instances",
    "seed",
    "allow_burstable",
    "ops_usd_per_cluster_month",
    "ops_usd_per_instance_month",
    "ops_engineer_usd_per_hour",
    "spot_share",
    "spot_on_demand_base",
    "spot_discount_pct",
];
const PRICING_FIELDS: &[&str] = &["ec2_discount_pct", "fargate_discount_pct"];
const CUSTOM_FIELDS: &[&str] = &["name", "launch_type", "services"];

#[derive(Default)]
struct Issues {
    errors: Vec<FieldIssue>,
    warnings: Vec<FieldIssue>,
}

impl Issues {
    fn error(&mut self, path: &str, value: &Value, message: impl Into<String>) {
        self.errors.push(issue(
            path,
            IssueKind::Invalid,
            render(value),
            message.into(),
        ));
    }

    fn missing(&mut self, path: &str, message: impl Into<String>) {
        self.errors.push(issue(
            path,
            IssueKind::Missing,
            String::new(),
            message.into(),
        ));
    }

    fn warn(&mut self, path: &str, value: &Value, message: impl Into<String>) {
        self.warnings.push(issue(
            path,
            IssueKind::Invalid,
            render(value),
            message.into(),
        ));
    }

    fn unknown_field(&mut self, path: &str, value: &Value, message: impl Into<String>) {
        self.warnings.push(issue(
            path,
            IssueKind::UnknownField,
            render(value),
            message.into(),
        ));
    }
}

fn issue(path: &str, kind: IssueKind, value: String, message: String) -> FieldIssue {
    FieldIssue {
        path: path.to_string(),
        kind,
        value,
        message,
    }
}

/// A value as compact JSON, shortened to 60 characters.
fn render(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let short: String = text.chars().take(57).collect();
        format!("{short}...")
    } else {
        text
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// The object at `path`, warning about fields not in `known`.
fn object<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    known: &[&str],
) -> Option<&'v Map<String, Value>> {
    let Value::Object(map) = value else {
        issues.error(
            path,
            value,
            format!("must be a JSON object with the fields {}", known.join(", ")),
        );
        return None;
    };
    for (key, v) in map {
        if !known.contains(&key.as_str()) {
            let hint = match closest(key, known.iter().copied(), 3).first() {
                Some(near) => format!(" (did you mean \"{near}\"?)"),
                None => format!(" (known fields: {})", known.join(", ")),
            };
            issues.unknown_field(&join(path, key), v, format!("unknown field, ignored{hint}"));
        }
    }
    Some(map)
}

/// A present, non-null field.
fn field<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key).filter(|v| !v.is_null())
}

enum WholeError {
    NotNumber,
    Negative,
    Fractional,
    TooLarge,
}

fn whole_number(value: &Value) -> Result<u64, WholeError> {
    let Value::Number(n) = value else {
        return Err(WholeError::NotNumber);
    };
    if let Some(u) = n.as_u64() {
        return Ok(u);
    }
    if n.as_i64().is_some() {
        return Err(WholeError::Negative);
    }
    let f = n.as_f64().ok_or(WholeError::NotNumber)?;
    if !f.is_finite() {
        Err(WholeError::NotNumber)
    } else if f < 0.0 {
        Err(WholeError::Negative)
    } else if f.fract() != 0.0 {
        Err(WholeError::Fractional)
    } else if f >= 18_446_744_073_709_551_615.0 {
        Err(WholeError::TooLarge)
    } else {
        // Whole, non-negative and below 2^64: exact.
        Ok(f as u64)
    }
}

/// A whole number in `range`; records an error (ending with `valid`) if not.
fn read_u32(
    issues: &mut Issues,
    value: &Value,
    path: &str,
    range: RangeInclusive<u32>,
    valid: &str,
) -> Option<u32> {
    let problem = match whole_number(value) {
        Ok(n) => match u32::try_from(n) {
            Ok(n) if range.contains(&n) => return Some(n),
            _ => "is out of range",
        },
        Err(WholeError::NotNumber) => "must be a number",
        Err(WholeError::Negative) => "must not be negative",
        Err(WholeError::Fractional) => "must be a whole number",
        Err(WholeError::TooLarge) => "is out of range",
    };
    issues.error(path, value, format!("{problem}; {valid}"));
    None
}

fn read_f64(
    issues: &mut Issues,
    value: &Value,
    path: &str,
    range: RangeInclusive<f64>,
    valid: &str,
) -> Option<f64> {
    match value.as_f64() {
        Some(f) if f.is_finite() && range.contains(&f) => Some(f),
        Some(_) => {
            issues.error(path, value, format!("is out of range; {valid}"));
            None
        }
        None => {
            issues.error(path, value, format!("must be a number; {valid}"));
            None
        }
    }
}

fn read_bool(issues: &mut Issues, value: &Value, path: &str) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        _ => {
            issues.error(path, value, "must be true or false");
            None
        }
    }
}

fn read_str<'v>(issues: &mut Issues, value: &'v Value, path: &str, valid: &str) -> Option<&'v str> {
    match value {
        Value::String(s) => Some(s),
        _ => {
            issues.error(path, value, format!("must be a string; {valid}"));
            None
        }
    }
}

fn read_array<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    valid: &str,
) -> Option<&'v Vec<Value>> {
    match value {
        Value::Array(a) => Some(a),
        _ => {
            issues.error(path, value, format!("must be a list; {valid}"));
            None
        }
    }
}

/// What the rest of the file needs to know about the region.
struct RegionInfo<'p> {
    prices: Option<&'p RegionPrices>,
}

fn read_scenario(issues: &mut Issues, value: &Value, book: &PriceBook) -> Option<Scenario> {
    let map = object(issues, value, "", TOP_FIELDS)?;

    let version = match field(map, "version") {
        None => {
            issues.warnings.push(issue(
                "version",
                IssueKind::Missing,
                String::new(),
                "no version given; read as version 1".into(),
            ));
            Some(SCENARIO_VERSION)
        }
        Some(v) => match whole_number(v) {
            Ok(1) => Some(SCENARIO_VERSION),
            _ => {
                issues.error(
                    "version",
                    v,
                    "this planner reads scenario files of version 1; set \"version\": 1",
                );
                None
            }
        },
    };

    let (region, region_info) = read_region(issues, map, book);

    let horizon_hours = match field(map, "horizon_hours") {
        None => Some(DEFAULT_HORIZON_HOURS),
        Some(v) => read_u32(
            issues,
            v,
            "horizon_hours",
            1..=MAX_HORIZON_HOURS,
            "give hours from 1 to 8760 (168 = one week, the default)",
        ),
    };

    let services = read_services(issues, map);

    let fargate = match field(map, "fargate") {
        None => Some(FargateSettings { spot_share: 0.0 }),
        Some(v) => object(issues, v, "fargate", FARGATE_FIELDS).and_then(|m| {
            let spot_share = match field(m, "spot_share") {
                None => Some(0.0),
                Some(v) => read_f64(
                    issues,
                    v,
                    "fargate.spot_share",
                    0.0..=1.0,
                    "give a share from 0 to 1 (0.5 = half of the eligible tasks on Fargate Spot)",
                ),
            };
            Some(FargateSettings {
                spot_share: spot_share?,
            })
        }),
    };

    let ec2 = read_ec2(issues, map, &region, &region_info);
    let layouts = read_layouts(issues, map);
    let custom_clusters = read_custom_clusters(issues, map, services.as_deref());
    let pricing = read_pricing(issues, map);

    // Cross-field checks on the custom layout.
    if let (Some(layouts), Some(custom)) = (&layouts, &custom_clusters) {
        check_custom_layout(issues, map, layouts, custom, services.as_deref());
    }

    Some(Scenario {
        version: version?,
        region: region?,
        horizon_hours: horizon_hours?,
        services: services?,
        fargate: fargate?,
        ec2: ec2?,
        layouts: layouts?,
        custom_clusters: custom_clusters?,
        pricing: pricing?,
    })
}

fn read_region<'p>(
    issues: &mut Issues,
    map: &Map<String, Value>,
    book: &'p PriceBook,
) -> (Option<String>, RegionInfo<'p>) {
    let no_info = RegionInfo { prices: None };
    let Some(v) = field(map, "region") else {
        issues.missing(
            "region",
            format!(
                "give the AWS region code, e.g. \"us-east-1\" ({})",
                known_regions_hint(book)
            ),
        );
        return (None, no_info);
    };
    let Some(code) = read_str(
        issues,
        v,
        "region",
        "give an AWS region code like \"us-east-1\"",
    ) else {
        return (None, no_info);
    };
    let Some(prices) = book.region(code) else {
        let near = closest(code, book.regions.keys().map(String::as_str), 3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!("did you mean {}? ", quote_list(&near))
        };
        issues.error(
            "region",
            v,
            format!(
                "is not a region this planner has prices for; {hint}{}; for another region, import its price list with `ecs-planner pricing import`",
                known_regions_hint(book)
            ),
        );
        return (None, no_info);
    };
    if prices.fargate.is_none() {
        issues.error(
            "region",
            v,
            format!(
                "has no Fargate rates loaded, and every comparison costs Fargate; import the AmazonECS price list for {code} with `ecs-planner pricing import`"
            ),
        );
        return (None, no_info);
    }
    (
        Some(code.to_string()),
        RegionInfo {
            prices: Some(prices),
        },
    )
}

fn known_regions_hint(book: &PriceBook) -> String {
    let names: Vec<&str> = book.regions.keys().map(String::as_str).collect();
    let shown: Vec<&str> = ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"]
        .into_iter()
        .filter(|r| names.contains(r))
        .collect();
    format!(
        "{} regions have prices, e.g. {}",
        names.len(),
        quote_list(&shown)
    )
}

fn quote_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_services(issues: &mut Issues, map: &Map<String, Value>) -> Option<Vec<Service>> {
    let Some(v) = field(map, "services") else {
        issues.missing("services", "list at least one service, e.g. [{\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}]");
        return None;
    };
    let list = read_array(issues, v, "services", "list the services as objects")?;
    if list.is_empty() {
        issues.error(
            "services",
            v,
            "is empty; list at least one service, e.g. {\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}",
        );
        return None;
    }
    if list.len() > MAX_SERVICES {
        issues.error(
            "services",
            &json!(list.len()),
            format!("has too many services; at most {MAX_SERVICES} are allowed; split the estate into several scenarios"),
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
                        format!("is already the name of services[{first}]; service names must be unique"),
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
                format!("asks for {total} tasks at peak in all (each service's largest hourly count, added up); at most {MAX_TOTAL_TASKS} are allowed; lower the counts or split the estate into several scenarios"),
            );
            return None;
        }
    }
    all_ok.then_some(services)
}

fn read_service(issues: &mut Issues, value: &Value, path: &str) -> Option<Service> {
    let map = object(issues, value, path, SERVICE_FIELDS)?;
    let at = |key: &str| join(path, key);

    let name = read_name(issues, map, &at("name"), "service");

    let cpu_units = match field(map, "cpu") {
        None => {
            issues.missing(&at("cpu"), units::CPU_FORMS_HINT);
            None
        }
        Some(v) => match units::cpu_units_from_json(v) {
            Ok(n) if n > MAX_CPU_UNITS => {
                issues.error(
                    &at("cpu"),
                    v,
                    format!("is more than the largest EC2 instance offers; at most {MAX_CPU_UNITS} CPU units (192 vCPU)"),
                );
                None
            }
            Ok(n) => Some(n),
            Err(e) => {
                issues.error(&at("cpu"), v, format!("{e}; {}", units::CPU_FORMS_HINT));
                None
            }
        },
    };

    let memory_mib = match field(map, "memory") {
        None => {
            issues.missing(&at("memory"), units::MEMORY_FORMS_HINT);
            None
        }
        Some(v) => match units::memory_mib_from_json(v) {
            Ok(n) if n > MAX_MEMORY_MIB => {
                issues.error(
                    &at("memory"),
                    v,
                    format!("is more than the largest EC2 instance offers; at most {MAX_MEMORY_MIB} MiB (1,536 GiB)"),
                );
                None
            }
            Ok(n) => Some(n),
            Err(e) => {
                issues.error(
                    &at("memory"),
                    v,
                    format!("{e}; {}", units::MEMORY_FORMS_HINT),
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
        Some(v) => match read_str(
            issues,
            v,
            &at("group"),
            "give a group name like \"prod\", or null",
        ) {
            Some(g) if g.trim().is_empty() => {
                issues.error(
                    &at("group"),
                    v,
                    "is empty; give a group name like \"prod\", or leave the field out",
                );
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
                issues.error(&at("arch"), v, "must be \"x86_64\" or \"arm64\"");
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
                issues.error(&at("os"), v, "must be \"linux\" or \"windows\"");
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
                issues.error(
                    &at("network_mode"),
                    v,
                    "must be \"awsvpc\", \"bridge\" or \"host\"",
                );
                None
            }
        },
    };

    let mut host_port = match field(map, "host_port") {
        None => Some(None),
        Some(v) => {
            let port = read_u32(
                issues,
                v,
                &at("host_port"),
                1..=65_535,
                "give a port from 1 to 65535, or null for dynamic host ports",
            )
            .and_then(|p| u16::try_from(p).ok());
            match port {
                Some(p) if RESERVED_HOST_PORTS.contains(&p) => {
                    issues.error(
                        &at("host_port"),
                        v,
                        "is reserved by ECS on every container instance (22, 2375, 2376, 51678, 51679), so the task could never be placed; choose another port",
                    );
                    None
                }
                Some(p) => Some(Some(p)),
                None => None,
            }
        }
    };
    if let (Some(Some(_)), Some(NetworkMode::Awsvpc)) = (host_port, network_mode) {
        if let Some(v) = field(map, "host_port") {
            issues.warn(
                &at("host_port"),
                v,
                "has no effect in awsvpc network mode (every task has its own network interface); ignored. Set network_mode to \"bridge\" or \"host\" if the port is fixed on the instance",
            );
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
            issues.error(
                &at("arch"),
                v,
                "Windows tasks run on x86_64 only; set arch to \"x86_64\" or os to \"linux\"",
            );
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

fn read_name(
    issues: &mut Issues,
    map: &Map<String, Value>,
    path: &str,
    what: &str,
) -> Option<String> {
    let Some(v) = field(map, "name") else {
        issues.missing(path, format!("give the {what} a name, e.g. \"api\""));
        return None;
    };
    let name = read_str(
        issues,
        v,
        path,
        &format!("give the {what} a name, e.g. \"api\""),
    )?;
    if name.trim().is_empty() {
        issues.error(
            path,
            v,
            format!("is empty; give the {what} a name, e.g. \"api\""),
        );
        return None;
    }
    if name.chars().count() > MAX_NAME_CHARS {
        issues.error(
            path,
            v,
            format!("is too long; at most {MAX_NAME_CHARS} characters"),
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
    let count_valid = format!("give a whole number of tasks from 0 to {MAX_TASKS_PER_SERVICE}");
    match (field(map, "count"), field(map, "profile")) {
        (Some(_), Some(p)) => {
            issues.error(
                &profile_path,
                p,
                "give either count (the same every hour) or profile (tasks per hour), not both",
            );
            None
        }
        (Some(c), None) => read_u32(
            issues,
            c,
            &count_path,
            0..=MAX_TASKS_PER_SERVICE,
            &count_valid,
        )
        .map(Desired::Count),
        (None, Some(p)) => {
            let list = read_array(
                issues,
                p,
                &profile_path,
                "give 24 or 168 hourly task counts",
            )?;
            if !PROFILE_LENGTHS.contains(&list.len()) {
                issues.error(
                    &profile_path,
                    p,
                    format!(
                        "has {} values; give 24 (one day) or 168 (one week, Monday 00:00 first) hourly task counts",
                        list.len()
                    ),
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
                    &count_valid,
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
                "give count (tasks every hour, e.g. 2) or profile (24 or 168 hourly counts)",
            );
            None
        }
    }
}

fn read_ec2(
    issues: &mut Issues,
    top: &Map<String, Value>,
    region: &Option<String>,
    region_info: &RegionInfo<'_>,
) -> Option<Ec2Settings> {
    let empty = Map::new();
    let map = match field(top, "ec2") {
        None => &empty,
        Some(v) => object(issues, v, "ec2", EC2_FIELDS)?,
    };

    let instance_types = match field(map, "instance_types") {
        None => Some(None),
        Some(v) => read_instance_types(issues, v, region, region_info).map(Some),
    };

    // No strategy: ECS's service default (spread:az, then spread:instanceId),
    // kept as an empty chain (see `placement::effective_chain`).
    let strategy = match field(map, "strategy") {
        None => Some(Vec::new()),
        Some(v) => read_strategy(issues, v),
    };

    let target_capacity = match field(map, "target_capacity") {
        None => Some(DEFAULT_TARGET_CAPACITY),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.target_capacity",
            1..=100,
            "give a percentage from 1 to 100 (100 = no spare instances, the default)",
        ),
    };
    let availability_zones = match field(map, "availability_zones") {
        None => Some(DEFAULT_AVAILABILITY_ZONES),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.availability_zones",
            1..=MAX_AVAILABILITY_ZONES,
            "give 1 to 6 availability zones (3 is the default)",
        ),
    };
    let eni_trunking = match field(map, "eni_trunking") {
        None => Some(false),
        Some(v) => read_bool(issues, v, "ec2.eni_trunking"),
    };
    let memory_overhead_mib = match field(map, "memory_overhead_mib") {
        None => Some(None),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.memory_overhead_mib",
            0..=MAX_MEMORY_OVERHEAD_MIB,
            "give MiB per instance from 0 to 65536, or null for the default model",
        )
        .map(Some),
    };
    let min_instances = match field(map, "min_instances") {
        None => Some(0),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.min_instances",
            0..=MAX_MIN_INSTANCES,
            "give a whole number of instances from 0 to 1000",
        ),
    };
    let seed = match field(map, "seed") {
        None => Some(0),
        Some(v) => match whole_number(v) {
            Ok(n) => Some(n),
            Err(_) => {
                issues.error(
                    "ec2.seed",
                    v,
                    "must be a whole number from 0 to 18446744073709551615",
                );
                None
            }
        },
    };
    let allow_burstable = match field(map, "allow_burstable") {
        None => Some(false),
        Some(v) => read_bool(issues, v, "ec2.allow_burstable"),
    };
    let ops = read_ops(issues, map);
    let spot = read_ec2_spot(issues, map);
    Some(Ec2Settings {
        instance_types: instance_types?,
        strategy: strategy?,
        target_capacity: target_capacity?,
        availability_zones: availability_zones?,
        eni_trunking: eni_trunking?,
        memory_overhead_mib: memory_overhead_mib?,
        min_instances: min_instances?,
        seed: seed?,
        allow_burstable: allow_burstable?,
        ops: ops?,
        spot: spot?,
    })
}

/// Largest average EC2 Spot discount accepted, percent.
pub const MAX_SPOT_DISCOUNT_PCT: f64 = 95.0;

/// `ec2.spot_share`, `ec2.spot_on_demand_base`, `ec2.spot_discount_pct`:
/// all absent means no Spot. A share above 0 needs the discount, since no
/// Spot prices are bundled.
fn read_ec2_spot(issues: &mut Issues, map: &Map<String, Value>) -> Option<Ec2Spot> {
    let share = match field(map, "spot_share") {
        None => Some(0.0),
        Some(v) => read_f64(
            issues,
            v,
            "ec2.spot_share",
            0.0..=1.0,
            "give the share of instances above the on-demand base that run on Spot, from 0 to 1 (0.7 = 70%, as an Auto Scaling group's mixed-instances policy says it)",
        ),
    };
    let base = match field(map, "spot_on_demand_base") {
        None => Some(0),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.spot_on_demand_base",
            0..=MAX_MIN_INSTANCES,
            "give the on-demand instances each capacity provider keeps before any Spot, a whole number from 0 to 1000",
        ),
    };
    let discount = match field(map, "spot_discount_pct") {
        None => Some(None),
        Some(v) => read_f64(
            issues,
            v,
            "ec2.spot_discount_pct",
            0.0..=MAX_SPOT_DISCOUNT_PCT,
            "give your average EC2 Spot discount off on-demand, percent from 0 to 95 (e.g. 65; the planner bundles no Spot prices)",
        )
        .map(Some),
    };
    let (share, base, discount) = (share?, base?, discount?);
    let discount = match discount {
        Some(d) => d,
        None if share > 0.0 => {
            issues.missing(
                "ec2.spot_discount_pct",
                "give your average EC2 Spot discount off on-demand, percent from 0 to 95 (e.g. 65): ec2.spot_share runs instances on Spot, and the planner bundles no Spot prices",
            );
            return None;
        }
        None => 0.0,
    };
    Some(Ec2Spot {
        share,
        on_demand_base: base,
        discount_pct: discount,
    })
}

/// Largest operations figure accepted, USD (per month or per hour).
pub const MAX_OPS_USD: f64 = 1.0e9;

/// `ec2.ops_usd_per_cluster_month`, `ec2.ops_usd_per_instance_month` (0 when
/// absent) and `ec2.ops_engineer_usd_per_hour` (absent when absent).
fn read_ops(issues: &mut Issues, map: &Map<String, Value>) -> Option<OpsCost> {
    let usd = |issues: &mut Issues, key: &str, valid: &str| match field(map, key) {
        None => Some(None),
        Some(v) => read_f64(issues, v, &join("ec2", key), 0.0..=MAX_OPS_USD, valid).map(Some),
    };
    let per_cluster = usd(
        issues,
        "ops_usd_per_cluster_month",
        "give the USD your team spends running one EC2 cluster a month (patching, the Auto Scaling group), 0 or more, e.g. 400; 0 or null leaves it out",
    );
    let per_instance = usd(
        issues,
        "ops_usd_per_instance_month",
        "give the USD of operations work per EC2 instance a month, 0 or more, e.g. 15; 0 or null leaves it out",
    );
    let engineer = usd(
        issues,
        "ops_engineer_usd_per_hour",
        "give an engineer's cost in USD per hour, 0 or more, e.g. 90; null leaves it out",
    );
    Some(OpsCost {
        usd_per_cluster_month: per_cluster?.unwrap_or(0.0),
        usd_per_instance_month: per_instance?.unwrap_or(0.0),
        engineer_usd_per_hour: engineer?,
    })
}

fn read_instance_types(
    issues: &mut Issues,
    v: &Value,
    region: &Option<String>,
    region_info: &RegionInfo<'_>,
) -> Option<Vec<String>> {
    let path = "ec2.instance_types";
    let list = read_array(
        issues,
        v,
        path,
        "list instance type names like [\"m5.large\"], or leave the field out to search the catalogue",
    )?;
    if list.is_empty() {
        issues.error(
            path,
            v,
            "is empty; list instance type names like [\"m5.large\"], or leave the field out to search the catalogue",
        );
        return None;
    }
    let catalogue = region_info.prices.and_then(|p| p.ec2.as_ref());
    if catalogue.is_none() {
        if let Some(code) = region {
            issues.warn(
                path,
                v,
                format!("cannot be checked: no EC2 prices are loaded for {code} (this build bundles EC2 prices for {} other regions, listed by `ecs-planner pricing list`), so the EC2 options cannot be costed; import the AmazonEC2 price list for {code} with `ecs-planner pricing import`", crate::pricing::bundled_ec2_region_count()),
            );
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Some(name) = read_str(
            issues,
            item,
            &item_path,
            "give an instance type like \"m5.large\"",
        ) else {
            ok = false;
            continue;
        };
        if let Some(catalogue) = catalogue {
            if catalogue.get(name).is_none() {
                if let Some(known) = crate::pricing::bundled_instance_type(name) {
                    let code = region.as_deref().unwrap_or("this region");
                    let near: Vec<&str> = catalogue
                        .nearest(known, 3)
                        .into_iter()
                        .map(|t| t.name.as_str())
                        .collect();
                    issues.error(
                        &item_path,
                        item,
                        format!(
                            "is not sold in {code} (not in its EC2 price list of {}); the nearest types sold there: {}",
                            catalogue.snapshot.date,
                            quote_list(&near)
                        ),
                    );
                    ok = false;
                    continue;
                }
                let near = closest(name, catalogue.types.iter().map(|t| t.name.as_str()), 3);
                let hint = if near.is_empty() {
                    "see the EC2 catalogue for valid names (e.g. \"m5.large\", \"c6g.xlarge\")"
                        .to_string()
                } else {
                    format!("did you mean {}?", quote_list(&near))
                };
                issues.error(
                    &item_path,
                    item,
                    format!("is not in the EC2 catalogue for this region; {hint}"),
                );
                ok = false;
                continue;
            }
        }
        if names.iter().any(|n| n == name) {
            issues.warn(
                &item_path,
                item,
                "is listed twice; the duplicate is ignored",
            );
            continue;
        }
        names.push(name.to_string());
    }
    ok.then_some(names)
}

fn read_strategy(issues: &mut Issues, v: &Value) -> Option<Vec<PlacementStrategy>> {
    let path = "ec2.strategy";
    let valid_names = PlacementStrategy::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>();
    let valid = format!("give a chain of 1 to 5 of {}", quote_list(&valid_names));
    let list = read_array(issues, v, path, &valid)?;
    if list.is_empty() || list.len() > MAX_STRATEGIES {
        issues.error(
            path,
            v,
            format!(
                "has {} strategies; ECS takes 1 to {MAX_STRATEGIES} per service ({valid}), or leave the field out for ECS's default (spread:az, then spread:instanceId)",
                list.len()
            ),
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        match item.as_str().and_then(PlacementStrategy::parse) {
            Some(s) => out.push(s),
            None => {
                let near = item
                    .as_str()
                    .map(|s| closest(s, valid_names.iter().copied(), 5))
                    .unwrap_or_default();
                let hint = match near.first() {
                    Some(n) => format!("did you mean \"{n}\"? "),
                    None => String::new(),
                };
                issues.error(
                    &item_path,
                    item,
                    format!(
                        "is not a placement strategy; {hint}valid: {}",
                        quote_list(&valid_names)
                    ),
                );
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn read_layouts(issues: &mut Issues, map: &Map<String, Value>) -> Option<Vec<Layout>> {
    let Some(v) = field(map, "layouts") else {
        return Some(vec![Layout::Single, Layout::PerService, Layout::ByGroup]);
    };
    let names = Layout::ALL.iter().map(|l| l.as_str()).collect::<Vec<_>>();
    let valid = format!("give one or more of {}", quote_list(&names));
    let list = read_array(issues, v, "layouts", &valid)?;
    if list.is_empty() {
        issues.error("layouts", v, format!("is empty; {valid}"));
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let path = format!("layouts[{i}]");
        match item.as_str().and_then(Layout::parse) {
            Some(l) if out.contains(&l) => {
                issues.warn(&path, item, "is listed twice; the duplicate is ignored");
            }
            Some(l) => out.push(l),
            None => {
                issues.error(&path, item, format!("is not a layout; {valid}"));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn read_custom_clusters(
    issues: &mut Issues,
    map: &Map<String, Value>,
    services: Option<&[Service]>,
) -> Option<Vec<CustomCluster>> {
    let Some(v) = field(map, "custom_clusters") else {
        return Some(Vec::new());
    };
    let valid = "list clusters as {\"name\": \"web\", \"launch_type\": \"fargate\" or \"ec2\", \"services\": [\"api\"]}";
    let list = read_array(issues, v, "custom_clusters", valid)?;
    if list.len() > MAX_CUSTOM_CLUSTERS {
        issues.error(
            "custom_clusters",
            &json!(list.len()),
            format!("has too many clusters; at most {MAX_CUSTOM_CLUSTERS}"),
        );
        return None;
    }
    let by_name: BTreeMap<&str, &Service> = services
        .unwrap_or_default()
        .iter()
        .map(|s| (s.name.as_str(), s))
        .collect();
    let mut out = Vec::new();
    let mut ok = true;
    let mut cluster_names: BTreeMap<String, usize> = BTreeMap::new();
    let mut placed_in: BTreeMap<String, usize> = BTreeMap::new();
    for (ci, item) in list.iter().enumerate() {
        let path = format!("custom_clusters[{ci}]");
        let Some(cmap) = object(issues, item, &path, CUSTOM_FIELDS) else {
            ok = false;
            continue;
        };
        let name = read_name(issues, cmap, &join(&path, "name"), "cluster");
        if let Some(n) = &name {
            if let Some(first) = cluster_names.get(n) {
                issues.error(
                    &join(&path, "name"),
                    &json!(n),
                    format!("is already the name of custom_clusters[{first}]; cluster names must be unique"),
                );
                ok = false;
            } else {
                cluster_names.insert(n.clone(), ci);
            }
        }
        let launch_type = match field(cmap, "launch_type") {
            None => {
                issues.missing(&join(&path, "launch_type"), "give \"fargate\" or \"ec2\"");
                None
            }
            Some(lt) => match lt.as_str().map(|s| s.to_ascii_lowercase()) {
                Some(s) if s == "fargate" => Some(LaunchType::Fargate),
                Some(s) if s == "ec2" => Some(LaunchType::Ec2),
                _ => {
                    issues.error(
                        &join(&path, "launch_type"),
                        lt,
                        "must be \"fargate\" or \"ec2\"",
                    );
                    None
                }
            },
        };
        let members_path = join(&path, "services");
        let members = match field(cmap, "services") {
            None => Some(Vec::new()),
            Some(sv) => read_array(issues, sv, &members_path, "list service names").map(|a| {
                let mut names = Vec::new();
                for (si, s) in a.iter().enumerate() {
                    let spath = format!("{members_path}[{si}]");
                    let Some(sname) = read_str(issues, s, &spath, "give a service name") else {
                        ok = false;
                        continue;
                    };
                    if services.is_some() && !by_name.contains_key(sname) {
                        let near = closest(sname, by_name.keys().copied(), 3);
                        let hint = match near.first() {
                            Some(n) => format!("did you mean \"{n}\"?"),
                            None => "name one of the scenario's services".to_string(),
                        };
                        issues.error(&spath, s, format!("is not a service in this scenario; {hint}"));
                        ok = false;
                        continue;
                    }
                    let is_daemon = by_name.get(sname).is_some_and(|s| s.daemon);
                    if let (Some(first), false) = (placed_in.get(sname), is_daemon) {
                        issues.error(
                            &spath,
                            s,
                            format!("is already in custom_clusters[{first}]; a service can be in one cluster only"),
                        );
                        ok = false;
                        continue;
                    }
                    placed_in.insert(sname.to_string(), ci);
                    if launch_type == Some(LaunchType::Fargate) {
                        if let Some(service) = by_name.get(sname) {
                            if let Some(reason) = fargate_refusal(service) {
                                issues.error(&spath, s, reason);
                                ok = false;
                                continue;
                            }
                        }
                    }
                    names.push(sname.to_string());
                }
                names
            }),
        };
        match (name, launch_type, members) {
            (Some(name), Some(launch_type), Some(services)) => out.push(CustomCluster {
                name,
                launch_type,
                services,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// Why a service cannot go in a custom cluster the user puts on Fargate.
fn fargate_refusal(service: &Service) -> Option<String> {
    let name = &service.name;
    if service.daemon {
        return Some(format!("is a daemon service, and Fargate does not run daemons; put \"{name}\" in a cluster with \"launch_type\": \"ec2\" (or run the agent as a sidecar container in each task)"));
    }
    if service.os == Os::Windows {
        return Some(format!("is a Windows service; this planner puts Windows services on EC2 when clusters are laid out by hand; put \"{name}\" in a cluster with \"launch_type\": \"ec2\""));
    }
    if !fargate::fits_fargate(service.cpu_units, service.memory_mib) {
        return Some(format!(
            "needs {} / {}, more than Fargate's largest size (16 vCPU / 120 GB); put \"{name}\" in a cluster with \"launch_type\": \"ec2\"",
            units::cpu_label(service.cpu_units),
            units::memory_label(service.memory_mib)
        ));
    }
    None
}

fn check_custom_layout(
    issues: &mut Issues,
    map: &Map<String, Value>,
    layouts: &[Layout],
    custom: &[CustomCluster],
    services: Option<&[Service]>,
) {
    let uses_custom = layouts.contains(&Layout::Custom);
    if uses_custom && custom.is_empty() {
        let index = layouts
            .iter()
            .position(|l| *l == Layout::Custom)
            .unwrap_or(0);
        issues.error(
            &format!("layouts[{index}]"),
            &json!("custom"),
            "needs custom_clusters: add [{\"name\": \"web\", \"launch_type\": \"fargate\", \"services\": [\"api\"]}] or remove \"custom\"",
        );
        return;
    }
    if !uses_custom && !custom.is_empty() {
        if let Some(v) = map.get("custom_clusters") {
            issues.warn(
                "custom_clusters",
                v,
                "is not used: add \"custom\" to layouts to compare it",
            );
        }
        return;
    }
    let Some(services) = services else { return };
    let listed: BTreeSet<&str> = custom
        .iter()
        .flat_map(|c| c.services.iter().map(String::as_str))
        .collect();
    // Daemons need no listing: they run in every EC2 cluster.
    let unlisted: Vec<&str> = services
        .iter()
        .filter(|s| !s.daemon)
        .map(|s| s.name.as_str())
        .filter(|n| !listed.contains(n))
        .collect();
    if uses_custom && !unlisted.is_empty() {
        if let Some(clash) = custom.iter().position(|c| c.name == UNASSIGNED_CLUSTER) {
            issues.error(
                &format!("custom_clusters[{clash}].name"),
                &json!(UNASSIGNED_CLUSTER),
                format!("is the name the planner gives the EC2 cluster of services no custom cluster lists ({}); rename this cluster or list those services", quote_list(&unlisted)),
            );
            return;
        }
        if let Some(v) = map.get("custom_clusters") {
            issues.warn(
                "custom_clusters",
                v,
                format!(
                    "lists no cluster for {}; the custom layout puts them in an EC2 cluster named \"{UNASSIGNED_CLUSTER}\"",
                    quote_list(&unlisted)
                ),
            );
        }
    }
}

fn read_pricing(issues: &mut Issues, top: &Map<String, Value>) -> Option<PricingSettings> {
    let empty = Map::new();
    let map = match field(top, "pricing") {
        None => &empty,
        Some(v) => object(issues, v, "pricing", PRICING_FIELDS)?,
    };
    let pct = |issues: &mut Issues, key: &str| match field(map, key) {
        None => Some(0.0),
        Some(v) => read_f64(
            issues,
            v,
            &join("pricing", key),
            0.0..=100.0,
            "give a percentage from 0 to 100 (e.g. a Savings Plan discount)",
        ),
    };
    let ec2_discount_pct = pct(issues, "ec2_discount_pct");
    let fargate_discount_pct = pct(issues, "fargate_discount_pct");
    Some(PricingSettings {
        ec2_discount_pct: ec2_discount_pct?,
        fargate_discount_pct: fargate_discount_pct?,
    })
}

/// Up to `n` of `candidates` closest to `name` (edit distance at most a
/// third of the name's length, at least 2), closest first, then by name.
pub fn closest<'c>(
    name: &str,
    candidates: impl Iterator<Item = &'c str>,
    n: usize,
) -> Vec<&'c str> {
    let limit = (name.chars().count() / 3).max(2);
    let lower = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let (Some(&left), Some(&up)) = (row.get(j), row.get(j + 1)) else {
                break;
            };
            let value = (prev + cost).min(left + 1).min(up + 1);
            prev = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}
