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
//!
//! The parts: this file holds the limits, the entry points and the top-level
//! fields (`version`, `region`, `horizon_hours`, `fargate`, `pricing`);
//! `services.rs` reads `services[]`, `ec2.rs` the `ec2` object (instance
//! types, strategy, capacity settings, Spot, operations), `layouts.rs`
//! `layouts` and `custom_clusters` with their cross-field checks;
//! `json.rs` holds the JSON primitives they share, `problem.rs` the typed
//! problems, `suggest.rs` the nearest-name hints and `writer.rs`
//! [`scenario_to_json`].

use serde_json::{Map, Value};

use crate::pricing::{PriceBook, RegionPrices};
use crate::scenario::{
    FargateSettings, PricingSettings, Scenario, DEFAULT_HORIZON_HOURS, SCENARIO_VERSION,
};

mod ec2;
mod json;
mod layouts;
mod problem;
mod providers;
mod services;
mod suggest;
mod writer;

use ec2::read_ec2;
use json::{
    field, issue, join, object, read_f64, read_str, read_u32, strings, whole_number, Issues,
};
use layouts::{check_custom_layout, read_custom_clusters, read_layouts};
use services::read_services;

pub use problem::{
    FieldIssue, IssueKind, KnownRegions, NameOf, NumberProblem, ParsedScenario, Problem,
    ScenarioErrors, Valid,
};
pub use providers::{MAX_CAPACITY_PROVIDERS, RESERVED_PROVIDER_PREFIXES};
pub use suggest::closest;
pub use writer::scenario_to_json;

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
/// Largest average EC2 Spot discount accepted, percent.
pub const MAX_SPOT_DISCOUNT_PCT: f64 = 95.0;
/// Largest operations figure accepted, USD (per month or per hour).
pub const MAX_OPS_USD: f64 = 1.0e9;

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
const FARGATE_FIELDS: &[&str] = &["spot_share"];
const PRICING_FIELDS: &[&str] = &["ec2_discount_pct", "fargate_discount_pct"];

/// What the rest of the file needs to know about the region.
pub(super) struct RegionInfo<'p> {
    pub(super) prices: Option<&'p RegionPrices>,
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

    let mut ec2 = read_ec2(issues, map, &region, &region_info);
    // Services bind to the named capacity providers.
    if let (Some(services), Some(ec2)) = (&services, &mut ec2) {
        providers::bind_services(issues, map, services, ec2, &region_info);
    }
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
