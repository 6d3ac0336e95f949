//! Findings as data: what the verdict says, as typed values carrying their
//! figures (USD, percentages, counts, names), never pre-formatted text.
//!
//! `crate::text` renders them per [`crate::lang::Lang`]; the report keeps
//! the English rendering in its contract fields and these values beside it
//! (`verdict_findings`). Each figure here is copied from a field of the
//! report it came from (see `engine/tests/findings.rs`, which checks it).
//!
//! Adding a finding: add a variant here, and its arm in every language file
//! of `crate::text` (the `match` there is exhaustive, so the compiler lists
//! what is missing).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scenario::{LaunchType, Layout};

/// One option of the comparison: a launch type on a layout, written (and
/// serialised) `ec2/per-service`, the spelling of `OptionResult::key`, link
/// views and the break-even points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OptionKey {
    pub launch_type: LaunchType,
    pub layout: Layout,
}

impl OptionKey {
    pub fn new(launch_type: LaunchType, layout: Layout) -> Self {
        OptionKey {
            launch_type,
            layout,
        }
    }

    /// `ec2/per-service` → the key; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (launch, layout) = text.split_once('/')?;
        let launch_type = match launch {
            "fargate" => LaunchType::Fargate,
            "ec2" => LaunchType::Ec2,
            _ => return None,
        };
        Some(OptionKey::new(launch_type, Layout::parse(layout)?))
    }
}

/// `key == "ec2/single"`: compares with the written spelling.
impl PartialEq<str> for OptionKey {
    fn eq(&self, other: &str) -> bool {
        OptionKey::parse(other) == Some(*self)
    }
}

impl Serialize for OptionKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OptionKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        OptionKey::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not an option key like \"ec2/per-service\""
            ))
        })
    }
}

impl fmt::Display for OptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.launch_type.as_str(), self.layout.as_str())
    }
}

/// How shared and separate EC2 clusters compare, for one separate layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LayoutCost {
    /// The separate layout's instances cost more: its clusters peak higher,
    /// each carrying its own partly empty instances. `ops_usd` is the part
    /// of `extra_usd` that is the user's operations figures (ec2/<layout>'s
    /// `ops_monthly_cost_usd` − ec2/single's; 0 without them).
    Dearer {
        layout: Layout,
        extra_usd: f64,
        ops_usd: f64,
        clusters: u32,
        peak_instances: u32,
        single_peak_instances: u32,
    },
    /// The instances cost the same (one shared cluster gives each task
    /// shape its own capacity provider, so separate clusters buy no better
    /// fit); the whole difference is the operations figure each extra
    /// cluster carries. `extra_usd` = ec2/<layout> − ec2/single.
    OnlyClusterCosts {
        layout: Layout,
        extra_usd: f64,
        clusters: u32,
        shared_providers: u32,
    },
    /// The same cost to the cent, with a provider per task shape in the
    /// shared cluster.
    SameWithProviders {
        layout: Layout,
        shared_providers: u32,
    },
    /// The separate layout is cheaper: its services pack better apart
    /// (not a better instance fit: the shared cluster's providers already
    /// give every task shape its own type).
    Cheaper { layout: Layout, saving_usd: f64 },
}

/// One sentence of the verdict. Serialised (externally tagged,
/// `{"cheapest": {…}}`) but not deserialised: the page reads the worker's
/// reports without their findings, and their deserialisers would cost the
/// wasm bundle about 25 KiB gzipped (over its budget).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictFinding {
    /// No option has a cost: no service with a task.
    NothingToCompare,
    /// The winner, its saving against the rival (the best option of the
    /// other launch type, else the next cheapest).
    Cheapest {
        winner: OptionKey,
        winner_usd: f64,
        saving_usd: f64,
        saving_pct: f64,
        rival: OptionKey,
        rival_usd: f64,
    },
    /// Winner and rival within a cent.
    SameCost {
        winner: OptionKey,
        rival: OptionKey,
        monthly_usd: f64,
    },
    /// One option only.
    OnlyOption { winner: OptionKey, monthly_usd: f64 },
    /// The best EC2 option is cheaper than the best Fargate option.
    Ec2Wins {
        strategy: Vec<String>,
        instance_types: Vec<String>,
        cpu_reserved_pct: f64,
        memory_reserved_pct: f64,
        idle_usd: f64,
    },
    /// The best Fargate option is cheaper than (or as cheap as) EC2.
    FargateWins {
        instance_types: Vec<String>,
        cpu_reserved_pct: f64,
        memory_reserved_pct: f64,
        idle_usd: f64,
    },
    /// One instance costs what Fargate charges for `share` of its size.
    FargateParity { instance_type: String, share: f64 },
    /// awsvpc without trunking caps tasks per instance.
    EniLimit {
        instance_type: String,
        tasks_per_instance: u32,
        cpu_reserved_pct: f64,
        memory_reserved_pct: f64,
        trunking_supported: bool,
        tasks_with_trunking: u32,
    },
    /// The service whose Fargate rounding costs most.
    Rounding {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
        billed_cpu_units: u32,
        billed_memory_mib: u32,
        monthly_waste_usd: f64,
    },
    /// On EC2, separate layouts against one shared cluster.
    Layouts { parts: Vec<LayoutCost> },
    /// As ECS runs it against repacking every hour.
    Fragmentation {
        option: OptionKey,
        gap_usd: f64,
        ideal_usd: f64,
    },
    /// Tasks an option could not run (its cost excludes them).
    Unplaced {
        option: OptionKey,
        service: String,
        tasks: u32,
        /// The unplaced entry's reason, as the report holds it.
        reason: String,
    },
    /// The further discount on the rival that would make it tie.
    WhatWouldChange {
        rival: OptionKey,
        winner: OptionKey,
        needed_pct: f64,
    },
    /// No crossover on any layout, the same launch type cheaper throughout.
    StaysCheaperEverywhere {
        ec2_cheaper: bool,
        low_scale: f64,
        high_scale: f64,
    },
    /// One layout's crossover (or its absence) in the scanned range.
    Crossover {
        option: OptionKey,
        scale: Option<f64>,
        ec2_cheaper_above: bool,
        low_scale: f64,
        high_scale: f64,
    },
}

/// Why Fargate bills a size other than the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundingCause {
    /// The request is not one of Fargate's sizes.
    NotAValidSize,
    /// A valid Linux size under 1 vCPU, but Windows needs at least 1 vCPU.
    WindowsMinimum,
}

/// One note of an option (Fargate or EC2 side), with its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionNote {
    /// Why the cluster got its instance type. `reason` is the instance-type
    /// search's English text (typed in a later step, with `ec2/search.rs`).
    InstanceType { cluster: String, reason: String },
    /// A burstable instance type (CPU credits not priced).
    Burstable {
        cluster: String,
        instance_type: String,
    },
    /// A note of the EC2 run (`ec2/simulation.rs`'s English text, typed in
    /// a later step).
    Ec2Run { cluster: String, note: String },
    /// The EC2 cost leaves out the unplaced tasks.
    UnplacedExcluded,
    /// `spot_share` set but no Spot rates loaded for the region.
    NoSpotRates { region: String },
    /// The share of Linux/x86 task-hours priced at Spot rates.
    SpotShare { share_pct: f64 },
    /// The Fargate discount applied.
    FargateDiscount { discount_pct: f64 },
    /// A service's size rounded up to a valid Fargate size.
    Rounding {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
        billed_cpu_units: u32,
        billed_memory_mib: u32,
        cause: RoundingCause,
        monthly_waste_usd: f64,
    },
    /// A Linux/ARM service with `spot_share` set, in a region without
    /// bundled ARM Spot rates: priced on-demand.
    ArmSpotRatesMissing { service: String, region: String },
    /// A service on a platform Fargate Spot does not offer.
    SpotIneligible { service: String, platform: String },
    /// A daemon service, left out of the Fargate options.
    FargateDaemon { service: String },
}
