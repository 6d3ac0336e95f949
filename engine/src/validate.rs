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
/// `problem` is typed data (figures, names, hints); the text comes from
/// `crate::text::messages`: [`FieldIssue::message`] and `Display` in
/// English, `Render::render(lang)` in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    /// Where: `services[2].memory`, `ec2.strategy[0]`; empty for the whole file.
    pub path: String,
    pub kind: IssueKind,
    /// The value found, as JSON (shortened); empty when missing.
    pub value: String,
    /// What was wrong and what would be valid.
    pub problem: Problem,
}

/// Which name a name problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameOf {
    Service,
    Cluster,
}

/// Why a whole number or a decimal could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    OutOfRange,
    NotANumber,
    Negative,
    NotWhole,
}

/// The regions with prices, for hints: how many, and a few well-known ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownRegions {
    pub count: usize,
    pub examples: Vec<String>,
}

/// What would be valid in a field: the hint half of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Valid {
    /// 1 to 8760 hours, 168 the default.
    HorizonHours,
    /// A share from 0 to 1.
    SpotShare,
    /// An AWS region code (the field is missing).
    RegionCode { known: KnownRegions },
    /// An AWS region code (the field is not a string).
    RegionCodeLike,
    /// At least one service (the field is missing).
    ServiceList,
    /// Services as objects.
    ServicesAsObjects,
    /// CPU units and the forms they may take.
    CpuForms,
    /// Memory MiB and the forms it may take.
    MemoryForms,
    /// A group name or null.
    GroupName,
    /// A port from 1 to 65535 or null.
    HostPort,
    /// A name for a service or a cluster.
    Name { of: NameOf },
    /// A whole number of tasks from 0 to `max`.
    TaskCount { max: u32 },
    /// 24 or 168 hourly counts.
    ProfileLengths,
    /// `count` or `profile` (both missing).
    CountOrProfile,
    /// `ec2.target_capacity`: 1 to 100.
    TargetCapacity,
    /// `ec2.availability_zones`: 1 to `max`.
    AvailabilityZones { max: u32 },
    /// `ec2.memory_overhead_mib`: 0 to `max` or null.
    MemoryOverhead { max: u32 },
    /// `ec2.min_instances`: 0 to `max`.
    MinInstances { max: u32 },
    /// `ec2.ops_usd_per_cluster_month`.
    OpsPerCluster,
    /// `ec2.ops_usd_per_instance_month`.
    OpsPerInstance,
    /// `ec2.ops_engineer_usd_per_hour`.
    OpsEngineer,
    /// `ec2.spot_share`: 0 to 1.
    Ec2SpotShare,
    /// `ec2.spot_on_demand_base`: 0 to 1000 instances.
    Ec2SpotBase,
    /// `ec2.spot_discount_pct`: 0 to 95.
    Ec2SpotDiscount,
    /// `ec2.spot_discount_pct` is needed because `ec2.spot_share` is above 0.
    Ec2SpotDiscountNeeded,
    /// A list of instance type names, or no field.
    InstanceTypes,
    /// One instance type name.
    InstanceType,
    /// A chain of 1 to `max` of the strategy names.
    StrategyChain { max: usize, names: Vec<String> },
    /// One or more of the layout names.
    Layouts { names: Vec<String> },
    /// Custom clusters as objects.
    CustomClusters,
    /// A list of service names.
    ServiceNames,
    /// One service name.
    ServiceName,
    /// `"fargate"` or `"ec2"`.
    LaunchType,
    /// A percentage from 0 to 100 (a discount).
    Discount,
}

/// What is wrong with a field, with its figures. Each variant says when it
/// occurs; `crate::text::messages` renders it per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not JSON; `detail` is the parser's (English) line and column.
    NotJson { detail: String },
    /// Defensive: nothing else was recorded but no scenario came out.
    NotAScenario,
    /// An object was expected.
    NotAnObject { fields: Vec<String> },
    /// A field this version does not know (a warning).
    UnknownField {
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// A number that cannot be used.
    Number {
        problem: NumberProblem,
        valid: Valid,
    },
    /// Not `true` or `false`.
    NotBool,
    /// Not a string.
    NotString { valid: Valid },
    /// Not a list.
    NotList { valid: Valid },
    /// A required field is absent: the message is what to give.
    Missing { valid: Valid },
    /// A CPU or memory size that cannot be read.
    Size {
        error: units::SizeError,
        valid: Valid,
    },
    /// No `version` (a warning: read as version 1).
    NoVersion,
    /// A version other than 1.
    WrongVersion,
    /// A region without prices.
    UnknownRegion {
        suggestions: Vec<String>,
        known: KnownRegions,
    },
    /// A region with prices but no Fargate rates.
    NoFargateRates { region: String },
    /// `services` is an empty list.
    NoServices,
    /// More than `max` services.
    TooManyServices { max: usize },
    /// More than `max` tasks at peak in all (each service's largest hourly
    /// count, daemons aside).
    TooManyTasks { total: u64, max: u64 },
    /// A service or cluster name used before at index `first`.
    DuplicateName { of: NameOf, first: usize },
    /// CPU above the largest EC2 instance.
    CpuAboveEc2 { max_cpu_units: u32 },
    /// Memory above the largest EC2 instance.
    MemoryAboveEc2 { max_memory_mib: u32 },
    /// `group` is an empty string.
    EmptyGroup,
    /// `arch` is not x86_64 or arm64.
    NotArch,
    /// `os` is not linux or windows.
    NotOs,
    /// `network_mode` is not awsvpc, bridge or host.
    NotNetworkMode,
    /// `launch_type` is not fargate or ec2.
    NotLaunchType,
    /// A host port ECS reserves on every container instance.
    ReservedHostPort,
    /// `host_port` in awsvpc mode (a warning: dropped).
    HostPortIgnoredInAwsvpc,
    /// `arch: arm64` with `os: windows`.
    WindowsOnArm,
    /// An empty name.
    EmptyName { of: NameOf },
    /// A name longer than `max` characters.
    NameTooLong { max: usize },
    /// Both `count` and `profile`.
    CountAndProfile,
    /// A profile of `found` values (not 24 or 168).
    ProfileLength { found: usize },
    /// `ec2.seed` is not a whole number that fits 64 bits.
    NotASeed,
    /// `ec2.instance_types` is an empty list.
    EmptyInstanceTypes,
    /// The region has no EC2 catalogue, so the types cannot be checked (a warning).
    InstanceTypesUnchecked {
        region: String,
        bundled_ec2_regions: usize,
    },
    /// A type the planner knows that the region does not sell.
    NotSoldInRegion {
        /// `None` when the scenario's region is unknown.
        region: Option<String>,
        price_list_date: String,
        nearest: Vec<String>,
    },
    /// A type not in the region's catalogue.
    UnknownInstanceType { suggestions: Vec<String> },
    /// A duplicate in a list (a warning: dropped).
    ListedTwice,
    /// A strategy chain of `found` entries (0 or more than `max`).
    StrategyCount {
        found: usize,
        max: usize,
        names: Vec<String>,
    },
    /// Not a placement strategy.
    NotAStrategy {
        suggestion: Option<String>,
        names: Vec<String>,
    },
    /// `layouts` is an empty list.
    EmptyLayouts { names: Vec<String> },
    /// Not a layout.
    NotALayout { names: Vec<String> },
    /// More than `max` custom clusters.
    TooManyClusters { max: usize },
    /// A custom cluster lists a service the scenario does not have.
    NotAServiceHere { suggestion: Option<String> },
    /// A service already listed by custom cluster `first`.
    AlreadyInCluster { first: usize },
    /// A daemon in a custom Fargate cluster.
    DaemonOnFargate { service: String },
    /// A Windows service in a custom Fargate cluster.
    WindowsOnFargate { service: String },
    /// A task above Fargate's largest size in a custom Fargate cluster.
    TooBigForFargate {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
    },
    /// `custom` layout without custom clusters.
    CustomNeedsClusters,
    /// Custom clusters without the `custom` layout (a warning).
    CustomUnused,
    /// A custom cluster named like the one for unlisted services.
    UnassignedClash { services: Vec<String> },
    /// Services no custom cluster lists (a warning).
    Unassigned { services: Vec<String> },
    /// Task definition: not an object of either shape.
    TaskDefNotAnObject,
    /// Task definition: no `family`.
    TaskDefNoFamily,
    /// Task definition: not 1 to `max` containers.
    TaskDefContainerCount { max: usize },
    /// Task definition: an unknown `networkMode`.
    TaskDefNetworkMode,
    /// Task definition: Windows on ARM64.
    TaskDefWindowsArch,
    /// Task definition: a container number that is not whole and non-negative.
    TaskDefNotWhole,
    /// Task definition: task CPU above the largest EC2 instance.
    TaskDefCpuAboveEc2,
    /// Task definition: the containers' CPU adds up above the largest EC2 instance.
    TaskDefContainersCpuAboveEc2,
    /// Task definition: task memory above the largest EC2 instance.
    TaskDefMemoryAboveEc2,
    /// Task definition: a container without memory when the task has none.
    TaskDefContainerMemoryMissing,
    /// Task definition: the containers' memory adds up above the largest EC2 instance.
    TaskDefContainersMemoryAboveEc2,
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
                problem: Problem::NotJson {
                    detail: e.to_string(),
                },
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
                issues.error("", value, Problem::NotAScenario);
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
    fn error(&mut self, path: &str, value: &Value, problem: Problem) {
        self.errors
            .push(issue(path, IssueKind::Invalid, render(value), problem));
    }

    fn missing(&mut self, path: &str, problem: Problem) {
        self.errors
            .push(issue(path, IssueKind::Missing, String::new(), problem));
    }

    fn warn(&mut self, path: &str, value: &Value, problem: Problem) {
        self.warnings
            .push(issue(path, IssueKind::Invalid, render(value), problem));
    }

    fn unknown_field(&mut self, path: &str, value: &Value, problem: Problem) {
        self.warnings
            .push(issue(path, IssueKind::UnknownField, render(value), problem));
    }
}

fn issue(path: &str, kind: IssueKind, value: String, problem: Problem) -> FieldIssue {
    FieldIssue {
        path: path.to_string(),
        kind,
        value,
        problem,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
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
            Problem::NotAnObject {
                fields: strings(known),
            },
        );
        return None;
    };
    for (key, v) in map {
        if !known.contains(&key.as_str()) {
            let suggestion = closest(key, known.iter().copied(), 3)
                .first()
                .map(|near| near.to_string());
            issues.unknown_field(
                &join(path, key),
                v,
                Problem::UnknownField {
                    suggestion,
                    known: strings(known),
                },
            );
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
    valid: Valid,
) -> Option<u32> {
    let problem = match whole_number(value) {
        Ok(n) => match u32::try_from(n) {
            Ok(n) if range.contains(&n) => return Some(n),
            _ => NumberProblem::OutOfRange,
        },
        Err(WholeError::NotNumber) => NumberProblem::NotANumber,
        Err(WholeError::Negative) => NumberProblem::Negative,
        Err(WholeError::Fractional) => NumberProblem::NotWhole,
        Err(WholeError::TooLarge) => NumberProblem::OutOfRange,
    };
    issues.error(path, value, Problem::Number { problem, valid });
    None
}

fn read_f64(
    issues: &mut Issues,
    value: &Value,
    path: &str,
    range: RangeInclusive<f64>,
    valid: Valid,
) -> Option<f64> {
    let problem = match value.as_f64() {
        Some(f) if f.is_finite() && range.contains(&f) => return Some(f),
        Some(_) => NumberProblem::OutOfRange,
        None => NumberProblem::NotANumber,
    };
    issues.error(path, value, Problem::Number { problem, valid });
    None
}

fn read_bool(issues: &mut Issues, value: &Value, path: &str) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        _ => {
            issues.error(path, value, Problem::NotBool);
            None
        }
    }
}

fn read_str<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    valid: Valid,
) -> Option<&'v str> {
    match value {
        Value::String(s) => Some(s),
        _ => {
            issues.error(path, value, Problem::NotString { valid });
            None
        }
    }
}

fn read_array<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    valid: Valid,
) -> Option<&'v Vec<Value>> {
    match value {
        Value::Array(a) => Some(a),
        _ => {
            issues.error(path, value, Problem::NotList { valid });
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
                Problem::NoVersion,
            ));
            Some(SCENARIO_VERSION)
        }
        Some(v) => match whole_number(v) {
            Ok(1) => Some(SCENARIO_VERSION),
            _ => {
                issues.error("version", v, Problem::WrongVersion);
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
            Valid::HorizonHours,
        ),
    };

    let services = read_services(issues, map);

    let fargate = match field(map, "fargate") {
        None => Some(FargateSettings { spot_share: 0.0 }),
        Some(v) => object(issues, v, "fargate", FARGATE_FIELDS).and_then(|m| {
            let spot_share = match field(m, "spot_share") {
                None => Some(0.0),
                Some(v) => read_f64(issues, v, "fargate.spot_share", 0.0..=1.0, Valid::SpotShare),
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
            Problem::Missing {
                valid: Valid::RegionCode {
                    known: known_regions(book),
                },
            },
        );
        return (None, no_info);
    };
    let Some(code) = read_str(issues, v, "region", Valid::RegionCodeLike) else {
        return (None, no_info);
    };
    let Some(prices) = book.region(code) else {
        let near = closest(code, book.regions.keys().map(String::as_str), 3);
        issues.error(
            "region",
            v,
            Problem::UnknownRegion {
                suggestions: strings(&near),
                known: known_regions(book),
            },
        );
        return (None, no_info);
    };
    if prices.fargate.is_none() {
        issues.error(
            "region",
            v,
            Problem::NoFargateRates {
                region: code.to_string(),
            },
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

fn known_regions(book: &PriceBook) -> KnownRegions {
    let names: Vec<&str> = book.regions.keys().map(String::as_str).collect();
    let shown: Vec<&str> = ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"]
        .into_iter()
        .filter(|r| names.contains(r))
        .collect();
    KnownRegions {
        count: names.len(),
        examples: strings(&shown),
    }
}

fn read_services(issues: &mut Issues, map: &Map<String, Value>) -> Option<Vec<Service>> {
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

fn read_name(
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
            Valid::TargetCapacity,
        ),
    };
    let availability_zones = match field(map, "availability_zones") {
        None => Some(DEFAULT_AVAILABILITY_ZONES),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.availability_zones",
            1..=MAX_AVAILABILITY_ZONES,
            Valid::AvailabilityZones {
                max: MAX_AVAILABILITY_ZONES,
            },
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
            Valid::MemoryOverhead {
                max: MAX_MEMORY_OVERHEAD_MIB,
            },
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
            Valid::MinInstances {
                max: MAX_MIN_INSTANCES,
            },
        ),
    };
    let seed = match field(map, "seed") {
        None => Some(0),
        Some(v) => match whole_number(v) {
            Ok(n) => Some(n),
            Err(_) => {
                issues.error("ec2.seed", v, Problem::NotASeed);
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
        capacity_providers: Vec::new(),
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
        Some(v) => read_f64(issues, v, "ec2.spot_share", 0.0..=1.0, Valid::Ec2SpotShare),
    };
    let base = match field(map, "spot_on_demand_base") {
        None => Some(0),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.spot_on_demand_base",
            0..=MAX_MIN_INSTANCES,
            Valid::Ec2SpotBase,
        ),
    };
    let discount = match field(map, "spot_discount_pct") {
        None => Some(None),
        Some(v) => read_f64(
            issues,
            v,
            "ec2.spot_discount_pct",
            0.0..=MAX_SPOT_DISCOUNT_PCT,
            Valid::Ec2SpotDiscount,
        )
        .map(Some),
    };
    let (share, base, discount) = (share?, base?, discount?);
    let discount = match discount {
        Some(d) => d,
        None if share > 0.0 => {
            issues.missing(
                "ec2.spot_discount_pct",
                Problem::Missing {
                    valid: Valid::Ec2SpotDiscountNeeded,
                },
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
    let usd = |issues: &mut Issues, key: &str, valid: Valid| match field(map, key) {
        None => Some(None),
        Some(v) => read_f64(issues, v, &join("ec2", key), 0.0..=MAX_OPS_USD, valid).map(Some),
    };
    let per_cluster = usd(issues, "ops_usd_per_cluster_month", Valid::OpsPerCluster);
    let per_instance = usd(issues, "ops_usd_per_instance_month", Valid::OpsPerInstance);
    let engineer = usd(issues, "ops_engineer_usd_per_hour", Valid::OpsEngineer);
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
    let list = read_array(issues, v, path, Valid::InstanceTypes)?;
    if list.is_empty() {
        issues.error(path, v, Problem::EmptyInstanceTypes);
        return None;
    }
    let catalogue = region_info.prices.and_then(|p| p.ec2.as_ref());
    if catalogue.is_none() {
        if let Some(code) = region {
            issues.warn(
                path,
                v,
                Problem::InstanceTypesUnchecked {
                    region: code.clone(),
                    bundled_ec2_regions: crate::pricing::bundled_ec2_region_count(),
                },
            );
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Some(name) = read_str(issues, item, &item_path, Valid::InstanceType) else {
            ok = false;
            continue;
        };
        if let Some(catalogue) = catalogue {
            if catalogue.get(name).is_none() {
                if let Some(known) = crate::pricing::bundled_instance_type(name) {
                    let near: Vec<&str> = catalogue
                        .nearest(known, 3)
                        .into_iter()
                        .map(|t| t.name.as_str())
                        .collect();
                    issues.error(
                        &item_path,
                        item,
                        Problem::NotSoldInRegion {
                            region: region.clone(),
                            price_list_date: catalogue.snapshot.date.clone(),
                            nearest: strings(&near),
                        },
                    );
                    ok = false;
                    continue;
                }
                let near = closest(name, catalogue.types.iter().map(|t| t.name.as_str()), 3);
                issues.error(
                    &item_path,
                    item,
                    Problem::UnknownInstanceType {
                        suggestions: strings(&near),
                    },
                );
                ok = false;
                continue;
            }
        }
        if names.iter().any(|n| n == name) {
            issues.warn(&item_path, item, Problem::ListedTwice);
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
    let valid = Valid::StrategyChain {
        max: MAX_STRATEGIES,
        names: strings(&valid_names),
    };
    let list = read_array(issues, v, path, valid)?;
    if list.is_empty() || list.len() > MAX_STRATEGIES {
        issues.error(
            path,
            v,
            Problem::StrategyCount {
                found: list.len(),
                max: MAX_STRATEGIES,
                names: strings(&valid_names),
            },
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
                issues.error(
                    &item_path,
                    item,
                    Problem::NotAStrategy {
                        suggestion: near.first().map(|n| n.to_string()),
                        names: strings(&valid_names),
                    },
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
    let list = read_array(
        issues,
        v,
        "layouts",
        Valid::Layouts {
            names: strings(&names),
        },
    )?;
    if list.is_empty() {
        issues.error(
            "layouts",
            v,
            Problem::EmptyLayouts {
                names: strings(&names),
            },
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let path = format!("layouts[{i}]");
        match item.as_str().and_then(Layout::parse) {
            Some(l) if out.contains(&l) => {
                issues.warn(&path, item, Problem::ListedTwice);
            }
            Some(l) => out.push(l),
            None => {
                issues.error(
                    &path,
                    item,
                    Problem::NotALayout {
                        names: strings(&names),
                    },
                );
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
    let list = read_array(issues, v, "custom_clusters", Valid::CustomClusters)?;
    if list.len() > MAX_CUSTOM_CLUSTERS {
        issues.error(
            "custom_clusters",
            &json!(list.len()),
            Problem::TooManyClusters {
                max: MAX_CUSTOM_CLUSTERS,
            },
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
        let name = read_name(issues, cmap, &join(&path, "name"), NameOf::Cluster);
        if let Some(n) = &name {
            if let Some(first) = cluster_names.get(n) {
                issues.error(
                    &join(&path, "name"),
                    &json!(n),
                    Problem::DuplicateName {
                        of: NameOf::Cluster,
                        first: *first,
                    },
                );
                ok = false;
            } else {
                cluster_names.insert(n.clone(), ci);
            }
        }
        let launch_type = match field(cmap, "launch_type") {
            None => {
                issues.missing(
                    &join(&path, "launch_type"),
                    Problem::Missing {
                        valid: Valid::LaunchType,
                    },
                );
                None
            }
            Some(lt) => match lt.as_str().map(|s| s.to_ascii_lowercase()) {
                Some(s) if s == "fargate" => Some(LaunchType::Fargate),
                Some(s) if s == "ec2" => Some(LaunchType::Ec2),
                _ => {
                    issues.error(&join(&path, "launch_type"), lt, Problem::NotLaunchType);
                    None
                }
            },
        };
        let members_path = join(&path, "services");
        let members = match field(cmap, "services") {
            None => Some(Vec::new()),
            Some(sv) => read_array(issues, sv, &members_path, Valid::ServiceNames).map(|a| {
                let mut names = Vec::new();
                for (si, s) in a.iter().enumerate() {
                    let spath = format!("{members_path}[{si}]");
                    let Some(sname) = read_str(issues, s, &spath, Valid::ServiceName) else {
                        ok = false;
                        continue;
                    };
                    if services.is_some() && !by_name.contains_key(sname) {
                        let near = closest(sname, by_name.keys().copied(), 3);
                        issues.error(
                            &spath,
                            s,
                            Problem::NotAServiceHere {
                                suggestion: near.first().map(|n| n.to_string()),
                            },
                        );
                        ok = false;
                        continue;
                    }
                    let is_daemon = by_name.get(sname).is_some_and(|s| s.daemon);
                    if let (Some(first), false) = (placed_in.get(sname), is_daemon) {
                        issues.error(&spath, s, Problem::AlreadyInCluster { first: *first });
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
fn fargate_refusal(service: &Service) -> Option<Problem> {
    let name = service.name.clone();
    if service.daemon {
        return Some(Problem::DaemonOnFargate { service: name });
    }
    if service.os == Os::Windows {
        return Some(Problem::WindowsOnFargate { service: name });
    }
    if !fargate::fits_fargate(service.cpu_units, service.memory_mib) {
        return Some(Problem::TooBigForFargate {
            service: name,
            cpu_units: service.cpu_units,
            memory_mib: service.memory_mib,
        });
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
            Problem::CustomNeedsClusters,
        );
        return;
    }
    if !uses_custom && !custom.is_empty() {
        if let Some(v) = map.get("custom_clusters") {
            issues.warn("custom_clusters", v, Problem::CustomUnused);
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
                Problem::UnassignedClash {
                    services: strings(&unlisted),
                },
            );
            return;
        }
        if let Some(v) = map.get("custom_clusters") {
            issues.warn(
                "custom_clusters",
                v,
                Problem::Unassigned {
                    services: strings(&unlisted),
                },
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
            Valid::Discount,
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
