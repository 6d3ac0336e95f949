//! What a simulation returns: the `ecs-planner simulate --format json`
//! contract, plus the series the app charts.
//!
//! Contract fields (never rename): `region`, `pricing_snapshot`, `options[]`
//! with `launch_type`, `layout`, `monthly_cost_usd`, `clusters[]` (`name`,
//! `services`, `instance_type`, `peak_instances`, `avg_instances`,
//! `monthly_cost_usd`), `peak_instances`, `avg_cpu_reserved_pct`,
//! `avg_memory_reserved_pct`, `unplaced[]` (`service`, `tasks`, `reason`),
//! `notes`. Everything else is an addition.
//!
//! Complete options (additions): every option's `monthly_cost_usd` covers
//! the whole workload where it can. Tasks EC2 cannot place run on Fargate in
//! the same cluster: `options[].fargate_fallback[]` (`cluster`, `service`,
//! `tasks`, `cause`, `reason`, `monthly_cost_usd`),
//! `options[].fargate_fallback_monthly_cost_usd` and
//! `clusters[].fargate_fallback_monthly_cost_usd` (all included in the
//! costs). Tasks that fit nowhere stay in `unplaced[]` and set
//! `options[].incomplete`: never `cheapest`, `delta_vs_cheapest_usd` 0, left
//! out of `break_even.points`, not ranked by the verdict. Also:
//! `options[].binpack_monthly_cost_usd` (EC2, a chain without binpack: the
//! option simulated with `binpack:cpu`), `ops_engineer_usd_per_hour`, and
//! `placement_strategy` as ECS applies it (its default chain when none is
//! given).
//!
//! This module is the bottom of the engine's pipeline (see ARCHITECTURE.md,
//! "Layers"): it names no simulation module, so every stage above it
//! (Fargate and EC2 costing, `simulate`, `breakeven`, `verdict`, `analysis`)
//! fills or reads these types and none reaches back down into a stage.
//!
//! Text and its structured form: `verdict` is the English rendering (the
//! contract keeps it) and `verdict_findings` the same sentences as typed
//! data ([`crate::findings::VerdictFinding`], every figure a field), which
//! `crate::text` renders in a [`crate::lang::Lang`]. Every figure a finding
//! prints is also a field of this report (e.g. `fargate_rounding`,
//! `instance_usd_per_hour`, `fargate_parity_share`), so nothing is computed
//! twice and the two cannot disagree.
//!
//! The same holds for the plan's own text; each text field keeps its
//! English and gets its typed form beside it (written, not read back):
//! - `assumptions[]` ← `assumption_findings[]` ([`crate::findings::Assumption`],
//!   e.g. `{"horizon": {"hours": 168}}`, `{"ec2": "tasks_stay"}`);
//! - `options[].unplaced[].reason` ← `reason_finding`
//!   ([`crate::findings::UnplacedReason`], e.g.
//!   `{"fargate_too_large": {"service": "huge", "cpu_units": 32768,
//!   "memory_mib": 262144}}`, `{"no_fit": {"cpu_too_big": {…}}}`,
//!   `"still_pending"`);
//! - `options[].clusters[].instance_type_reason` ← `instance_type_choice`
//!   ([`crate::findings::TypeChoice`]: `{"chosen": {"instance_type",
//!   "from_list", "candidates", "arch", "largest_task": [cpu, MiB],
//!   "instance_hours", "horizon_hours", "monthly_usd" (on demand, before
//!   discounts), "runner_up": {"instance_type", "monthly_usd", "versus"},
//!   "unplaced_tasks", "simulated", "ruled_out", "unknown_types"}}`), rendered
//!   after the cluster's name with the sentence on `burstable_types_excluded`;
//! - `options[].clusters[].runners_up[].why` ← `why_finding`
//!   ([`crate::findings::CandidateWhy`]);
//! - `options[].note_findings[]`: `instance_type.reason` is a `TypeChoice`
//!   and `ec2_run.note` a [`crate::findings::RunNote`] (both were text).
//!
//! A report read back from JSON has the text but not the findings;
//! `crate::text::render_report` then keeps the text as it is.

use serde::{Deserialize, Serialize};

pub use crate::findings::FallbackCause;
use crate::findings::{
    Assumption, CandidateWhy, OptionKey, OptionNote, TypeChoice, UnplacedReason, VerdictFinding,
};
use crate::scenario::{LaunchType, Layout};

/// Hours in an average month, the AWS calculator's convention.
pub const HOURS_PER_MONTH: f64 = 730.0;

/// Differences under a cent a month count as a tie.
pub const TIE_USD: f64 = 0.01;

/// The first complete option with the lowest monthly cost (ties within
/// half a cent go to the earlier option). An incomplete option (tasks left
/// out of its figure) is never ranked.
pub fn cheapest_index(options: &[OptionResult]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, o) in options.iter().enumerate().filter(|(_, o)| !o.incomplete) {
        match best {
            Some((_, cost)) if cost <= o.monthly_cost_usd + TIE_USD / 2.0 => {}
            _ => best = Some((i, o.monthly_cost_usd)),
        }
    }
    best.map(|(i, _)| i)
}

/// Tasks of one service that could not run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unplaced {
    pub service: String,
    /// The most tasks of this service left pending in any one hour.
    pub tasks: u32,
    /// `reason_finding` rendered (English in the JSON).
    pub reason: String,
    /// Why, as a typed finding (written, not read back).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::none")
    )]
    pub reason_finding: Option<UnplacedReason>,
}

impl Unplaced {
    /// Tasks of `service` that cannot run for `reason`; the text is filled
    /// in when the report is rendered (`crate::text::render_report`).
    pub fn new(service: &str, tasks: u32, reason: UnplacedReason) -> Self {
        Unplaced {
            service: service.to_string(),
            tasks,
            reason: String::new(),
            reason_finding: Some(reason),
        }
    }
}

/// A service EC2 could not place, run on Fargate in the same cluster (the
/// FARGATE capacity provider of that cluster): its tasks are still listed,
/// with EC2's reason, and their Fargate cost is part of the option's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FargateFallback {
    pub cluster: String,
    pub service: String,
    /// The most tasks of the service in any one hour.
    pub tasks: u32,
    pub cause: FallbackCause,
    /// Why EC2 could not place them: `reason_finding` rendered (English in
    /// the JSON).
    pub reason: String,
    /// Why, as a typed finding (written, not read back).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::none")
    )]
    pub reason_finding: Option<UnplacedReason>,
    /// Their Fargate cost, USD per month (included in the cluster's and
    /// the option's `monthly_cost_usd`).
    pub monthly_cost_usd: f64,
}

/// One instance type the search considered for a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeCandidate {
    pub instance_type: String,
    pub monthly_cost_usd: f64,
    pub peak_instances: u32,
    /// The type's on-demand price, USD per hour (before the scenario's EC2
    /// discount): the price its `why` prints.
    #[serde(default)]
    pub instance_usd_per_hour: f64,
    /// `why_finding` rendered (English in the JSON): how it did.
    pub why: String,
    /// How it did, as a typed finding (written, not read back).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::none")
    )]
    pub why_finding: Option<CandidateWhy>,
}

/// What Fargate's rounding to a valid size costs for one service (after the
/// scenario's Fargate discount and Spot share): the figure both the option's
/// note and the verdict print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundingWaste {
    pub service: String,
    /// Requested CPU units and MiB.
    pub cpu_units: u32,
    pub memory_mib: u32,
    /// The billed Fargate size.
    pub billed_cpu_units: u32,
    pub billed_memory_mib: u32,
    /// USD per month paid for the rounding.
    pub monthly_waste_usd: f64,
}

/// One service's share of a cluster's monthly cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCost {
    pub service: String,
    pub monthly_cost_usd: f64,
}

/// EC2, awsvpc tasks without ENI trunking: how many tasks one instance of
/// the cluster's type can hold by network interfaces alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AwsvpcLimit {
    /// ENIs − 1 (the primary one is the instance's).
    pub tasks_per_instance: u32,
    /// Whether the type supports ENI trunking at all.
    pub trunking_supported: bool,
    /// Tasks per instance with trunking on (branch ENIs).
    pub tasks_with_trunking: u32,
}

/// One cluster of an option.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterResult {
    pub name: String,
    pub services: Vec<String>,
    /// EC2 only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub launch_type: Option<LaunchType>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub instance_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub peak_instances: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub avg_instances: Option<f64>,
    pub monthly_cost_usd: f64,
    /// Cost of this cluster in each hour of the horizon, USD.
    #[serde(default)]
    pub hourly_cost_usd: Vec<f64>,
    /// EC2: running instances each hour, as ECS runs it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_instances: Vec<u32>,
    /// EC2: instances each hour if everything were repacked from scratch.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_ideal_instances: Vec<u32>,
    /// EC2: the monthly cost of the ideal repack.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ideal_monthly_cost_usd: Option<f64>,
    /// EC2: the monthly cost of the continuous lower bound.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lower_bound_monthly_cost_usd: Option<f64>,
    /// EC2: surplus CPU credits of a burstable type, USD per month
    /// (included in `monthly_cost_usd`; no discount applies to them).
    #[serde(default)]
    pub credit_monthly_cost_usd: f64,
    /// EC2: the user's operations figures, USD per month (per cluster plus
    /// per average running instance; included in `monthly_cost_usd`).
    #[serde(default)]
    pub ops_monthly_cost_usd: f64,
    /// EC2: what the daemons occupy on the cluster's instances, USD per
    /// month: each provider's instance cost (after the discount and Spot)
    /// × the larger of the daemons' share of an instance's registered CPU
    /// and memory (included in `monthly_cost_usd`).
    #[serde(default)]
    pub daemon_monthly_cost_usd: f64,
    /// EC2: burstable (T) types the catalogue search left out because
    /// `ec2.allow_burstable` is off.
    #[serde(default)]
    pub burstable_types_excluded: u32,
    /// EC2: the part of `monthly_cost_usd` paid for tasks EC2 could not
    /// place, run on Fargate in this cluster (see
    /// `OptionResult::fargate_fallback`).
    #[serde(default)]
    pub fargate_fallback_monthly_cost_usd: f64,
    /// EC2: why this instance type: `instance_type_choice` rendered after
    /// the cluster's name (English in the JSON), with a sentence on the
    /// burstable types left out when `burstable_types_excluded` > 0.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub instance_type_reason: Option<String>,
    /// EC2: the instance-type search's choice as a typed finding (written,
    /// not read back).
    #[serde(skip_serializing_if = "Option::is_none", default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::none")
    )]
    pub instance_type_choice: Option<TypeChoice>,
    /// EC2: the next-best instance types with their costs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub runners_up: Vec<TypeCandidate>,
    /// EC2: the instance type's on-demand price, USD per hour (before the
    /// scenario's EC2 discount).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub instance_usd_per_hour: Option<f64>,
    /// EC2: the share of the instance's vCPU and memory at which Fargate
    /// (at its rates and discount) costs what the instance costs (after the
    /// EC2 discount); `docs/ecs-domain.md` §7.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fargate_parity_share: Option<f64>,
    /// EC2: the awsvpc ENI limit, when awsvpc tasks run without trunking.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub awsvpc_limit: Option<AwsvpcLimit>,
    /// Each service's share of `monthly_cost_usd`, in cluster order: exact on
    /// Fargate; on EC2 split by task-hours × the Fargate price of each
    /// service's task size (a modelling choice, shown beside the chart).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_costs: Vec<ServiceCost>,
    /// EC2: the cluster's capacity providers (Auto Scaling groups), one
    /// `shared` by every service or one per task shape, whichever the
    /// planner found cheaper; their costs sum to `monthly_cost_usd`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub providers: Vec<ProviderResult>,
    /// EC2, several providers: what one provider shared by every service
    /// would have cost, USD per month (operations included), the figure
    /// `instance_type_reason` compares with.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub shared_provider_monthly_cost_usd: Option<f64>,
    /// EC2, several providers: why (rendered into `instance_type_reason`).
    #[serde(skip_serializing_if = "Option::is_none", default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::none")
    )]
    pub providers_choice: Option<crate::findings::ProvidersChoice>,
}

impl ClusterResult {
    /// Peak instances with their type, `6 × c6a.large`, or per provider
    /// when there are several, `4 × c5.large + 2 × r5.large` (each its own
    /// peak). `None` on Fargate.
    pub fn peak_instances_label(&self) -> Option<String> {
        if self.providers.len() > 1 {
            return Some(
                self.providers
                    .iter()
                    .map(|p| format!("{} × {}", p.peak_instances, p.instance_type))
                    .collect::<Vec<_>>()
                    .join(" + "),
            );
        }
        match (&self.instance_type, self.peak_instances) {
            (Some(t), Some(peak)) => Some(format!("{peak} × {t}")),
            _ => None,
        }
    }
}

/// One capacity provider of an EC2 cluster (`docs/ecs-domain.md` §6).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ProviderResult {
    /// `shared`, the task shape it serves (e.g. `x86_64-memory`), or the
    /// name the user gave it.
    pub name: String,
    pub instance_type: String,
    /// The services bound to it, daemons included (they run on every
    /// instance of every provider).
    pub services: Vec<String>,
    pub peak_instances: u32,
    pub avg_instances: f64,
    /// Instances, credits and operations (the per-cluster operations
    /// figure on the first provider), USD per month.
    pub monthly_cost_usd: f64,
    /// The instance type's on-demand price, USD per hour.
    pub instance_usd_per_hour: f64,
    /// Named by the user (`ec2.capacity_providers`); the planner's own
    /// providers are `shared` and the task shapes.
    #[serde(default)]
    pub named: bool,
}

/// One cell of the comparison matrix: a launch type on a layout.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OptionResult {
    pub launch_type: LaunchType,
    /// Written with its scenario-file spelling (`per-service`).
    pub layout: Layout,
    pub monthly_cost_usd: f64,
    pub clusters: Vec<ClusterResult>,
    pub peak_instances: u32,
    pub avg_cpu_reserved_pct: f64,
    pub avg_memory_reserved_pct: f64,
    /// Tasks that run nowhere in this option: its figure leaves them out,
    /// so it is `incomplete`.
    pub unplaced: Vec<Unplaced>,
    /// Set when `monthly_cost_usd` does not cover the whole workload (some
    /// task is `unplaced`). Only complete options are ranked: `cheapest`,
    /// deltas, the break-even points and the verdict read complete figures
    /// only.
    #[serde(default)]
    pub incomplete: bool,
    /// EC2: services EC2 could not place, run on Fargate in the same
    /// cluster; their cost is in `monthly_cost_usd` ("EC2 + Fargate for
    /// legacy (Windows)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fargate_fallback: Vec<FargateFallback>,
    /// EC2: the sum of `fargate_fallback[].monthly_cost_usd`.
    #[serde(default)]
    pub fargate_fallback_monthly_cost_usd: f64,
    /// `note_findings` rendered in English (the contract field).
    pub notes: Vec<String>,
    /// The notes as typed findings, note for note (written, not read back:
    /// see [`VerdictFinding`]).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::empty")
    )]
    pub note_findings: Vec<OptionNote>,
    /// Average running instances over the horizon (0 on Fargate).
    #[serde(default)]
    pub avg_instances: f64,
    /// EC2: cost if every hour were repacked from scratch (the "ideal").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ideal_monthly_cost_usd: Option<f64>,
    /// EC2: cost of the continuous lower bound (no fragmentation at all).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lower_bound_monthly_cost_usd: Option<f64>,
    /// EC2: the clusters' surplus CPU credits, USD per month (included in
    /// `monthly_cost_usd`).
    #[serde(default)]
    pub credit_monthly_cost_usd: f64,
    /// EC2: the clusters' operations figures, USD per month (included in
    /// `monthly_cost_usd`).
    #[serde(default)]
    pub ops_monthly_cost_usd: f64,
    /// EC2: what the daemons occupy on the clusters' instances, USD per
    /// month (the clusters' `daemon_monthly_cost_usd`; included in
    /// `monthly_cost_usd`).
    #[serde(default)]
    pub daemon_monthly_cost_usd: f64,
    /// EC2: what the option would save a month if every instance above
    /// each provider's on-demand base ran on Spot at the provider's Spot
    /// discount (0 when no discount is set, or Spot would save nothing):
    /// the option would cost `monthly_cost_usd` − this.
    #[serde(default)]
    pub spot_full_saving_usd: f64,
    /// The best complete EC2 option, when the placement chain has no
    /// binpack link: this option simulated with `binpack:cpu` instead, USD
    /// per month (filled by `analysis::complete`; the verdict's binpack
    /// sentence reads it).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub binpack_monthly_cost_usd: Option<f64>,
    /// Money paid for capacity no task reserved: on Fargate, rounding task
    /// sizes up to valid sizes; on EC2, instance capacity left unreserved
    /// (by the scarcer of CPU and memory). USD per month.
    #[serde(default)]
    pub idle_monthly_cost_usd: f64,
    /// This option's monthly cost minus the cheapest option's (0 for an
    /// incomplete option, which is not ranked, and when none is complete).
    #[serde(default)]
    pub delta_vs_cheapest_usd: f64,
    /// Share of registered (EC2) or billed (Fargate) CPU reserved, each hour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_cpu_reserved_pct: Vec<f64>,
    /// Share of registered (EC2) or billed (Fargate) memory reserved, each hour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_memory_reserved_pct: Vec<f64>,
    /// Fargate: the services whose task size is rounded up, with what the
    /// rounding costs, in scenario order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fargate_rounding: Vec<RoundingWaste>,
}

impl OptionResult {
    /// The option's key, written `ec2/per-service`: stable, used in links,
    /// the break-even points and test ids.
    pub fn key(&self) -> OptionKey {
        OptionKey::new(self.launch_type, self.layout)
    }

    /// Total running instances each hour, summed over clusters.
    pub fn hourly_instances(&self) -> Vec<u32> {
        sum_series(self.clusters.iter().map(|c| c.hourly_instances.as_slice()))
    }

    /// Total ideal instances each hour, summed over clusters.
    pub fn hourly_ideal_instances(&self) -> Vec<u32> {
        sum_series(
            self.clusters
                .iter()
                .map(|c| c.hourly_ideal_instances.as_slice()),
        )
    }
}

fn sum_series<'a>(series: impl Iterator<Item = &'a [u32]>) -> Vec<u32> {
    let mut total: Vec<u32> = Vec::new();
    for s in series {
        if total.len() < s.len() {
            total.resize(s.len(), 0);
        }
        for (t, v) in total.iter_mut().zip(s) {
            *t = t.saturating_add(*v);
        }
    }
    total
}

/// The whole answer for a scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SimulationReport {
    pub region: String,
    pub pricing_snapshot: String,
    pub options: Vec<OptionResult>,
    /// Simulated hours (the monthly figures scale this to 730).
    #[serde(default)]
    pub horizon_hours: u32,
    /// Index into `options` of the cheapest option, if any.
    #[serde(default)]
    pub cheapest: Option<usize>,
    /// The verdict rendered in English (the contract field).
    #[serde(default)]
    pub verdict: Vec<String>,
    /// The verdict as typed findings, every figure a field (the structured
    /// form of `verdict`, sentence for sentence; written, not read back).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::empty")
    )]
    pub verdict_findings: Vec<VerdictFinding>,
    /// The scenario's EC2 placement strategy, in order (the verdict names it).
    #[serde(default)]
    pub placement_strategy: Vec<String>,
    /// The user's engineer hourly cost (`ec2.ops_engineer_usd_per_hour`),
    /// for the operations break-even in hours.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ops_engineer_usd_per_hour: Option<f64>,
    /// The average EC2 Spot discount the user set (`ec2.spot_discount_pct`),
    /// when every capacity provider runs with that one figure; `None`
    /// without a discount or when named providers set their own.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ec2_spot_discount_pct: Option<f64>,
    /// Whether any non-daemon service uses awsvpc networking while ENI
    /// trunking is off (the verdict's ENI-limit sentence).
    #[serde(default)]
    pub awsvpc_without_trunking: bool,
    /// The modelling assumptions behind every figure, rendered (English in
    /// the JSON).
    #[serde(default)]
    pub assumptions: Vec<String>,
    /// The assumptions as typed findings, one for one (written, not read
    /// back).
    #[serde(default, skip_deserializing)]
    #[cfg_attr(
        not(feature = "findings-json"),
        serde(serialize_with = "crate::findings::unsent::empty")
    )]
    pub assumption_findings: Vec<Assumption>,
    /// The 0.25×–4× scale scan (present when the report came from
    /// `analysis::analyze` or `analysis::complete`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub break_even: Option<BreakEven>,
}

/// Monthly cost of every complete option at one scale factor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakEvenPoint {
    pub scale: f64,
    /// `(option key, monthly USD)`, e.g. `("ec2/single", 123.4)`, in report
    /// order; an option that leaves tasks out at this scale is not listed.
    pub monthly_cost_usd: Vec<(OptionKey, f64)>,
}

/// Where EC2 and Fargate swap places for one layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Crossover {
    /// The layout, e.g. `single` (the EC2 option is `ec2/<layout>`).
    pub layout: Layout,
    /// Interpolated scale factor where the costs meet, if they do in range.
    pub scale: Option<f64>,
    /// True when EC2 is the cheaper one above `scale` (or everywhere, when
    /// `scale` is `None`).
    pub ec2_cheaper_above: bool,
}

/// The break-even scan: costs at each scale and the crossovers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BreakEven {
    pub points: Vec<BreakEvenPoint>,
    pub crossovers: Vec<Crossover>,
}

/// Monthly figure from a cost over `horizon_hours`.
pub fn monthly_from_horizon(total_usd: f64, horizon_hours: u32) -> f64 {
    if horizon_hours == 0 {
        return 0.0;
    }
    total_usd * HOURS_PER_MONTH / f64::from(horizon_hours)
}

/// `1234.5` → `"$1,234.50"`: USD to the cent, as the CLI and the app show it.
pub fn format_usd(amount_usd: f64) -> String {
    let cents = (amount_usd.abs() * 100.0).round();
    // Cents of any real bill fit an u64; non-finite input shows as $0.00.
    let cents = if cents.is_finite() && cents < 9.0e18 {
        cents as u64
    } else {
        0
    };
    let dollars = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in dollars.chars().enumerate() {
        if i > 0 && (dollars.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if amount_usd < 0.0 && cents > 0 {
        "-"
    } else {
        ""
    };
    format!("{sign}${grouped}.{:02}", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_is_grouped_and_rounded_to_the_cent() {
        let check = |amount: f64, expected: &str| assert_eq!(format_usd(amount), expected);
        check(0.0, "$0.00");
        check(0.004, "$0.00");
        check(0.005, "$0.01");
        check(999.999, "$1,000.00");
        check(1234.5, "$1,234.50");
        check(1_234_567.891, "$1,234,567.89");
        check(-12.3, "-$12.30");
        check(f64::NAN, "$0.00");
    }

    #[test]
    fn monthly_scales_the_horizon_to_730_hours() {
        // 168 h costing $16.80 → $0.10/h → $73.00 a month.
        assert!((monthly_from_horizon(16.8, 168) - 73.0).abs() < 1e-9);
        assert_eq!(monthly_from_horizon(5.0, 0), 0.0);
    }
}
