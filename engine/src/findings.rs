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

use crate::scenario::{Arch, LaunchType, Layout, Os};

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
        Some(OptionKey::new(
            LaunchType::parse(launch)?,
            Layout::parse(layout)?,
        ))
    }
}

/// `key == "ec2/single"`: compares with the written spelling.
impl PartialEq<str> for OptionKey {
    fn eq(&self, other: &str) -> bool {
        OptionKey::parse(other) == Some(*self)
    }
}

impl PartialEq<&str> for OptionKey {
    fn eq(&self, other: &&str) -> bool {
        self == *other
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
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum LayoutCost {
    /// The separate layout costs more. `extra_usd` = ec2/<layout> −
    /// ec2/single, in three parts: `ops_usd`, the user's operations figures
    /// (the options' `ops_monthly_cost_usd` difference; 0 without them);
    /// `daemons_usd`, the daemons every cluster runs on each of its
    /// instances (the options' `daemon_monthly_cost_usd` difference); and
    /// `instances_usd`, the rest: partly empty instances when its clusters
    /// run more instances on average (`avg_instances` against
    /// `single_avg_instances`), otherwise dearer instance types.
    Dearer {
        layout: Layout,
        extra_usd: f64,
        ops_usd: f64,
        daemons_usd: f64,
        instances_usd: f64,
        clusters: u32,
        avg_instances: f64,
        single_avg_instances: f64,
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

/// One service of an EC2 option that runs on Fargate instead.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct FallbackPart {
    pub service: String,
    pub tasks: u32,
    pub cause: FallbackCause,
    pub monthly_usd: f64,
}

/// One sentence of the verdict. Serialised (externally tagged,
/// `{"cheapest": {…}}`) but not deserialised: the page reads the worker's
/// reports without their findings, and their deserialisers would cost the
/// wasm bundle about 25 KiB gzipped (over its budget).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
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
    /// No option runs the whole workload: none is ranked (the `Unplaced`
    /// findings that follow say what is missing).
    NoCompleteOption,
    /// An EC2 option whose figure includes tasks run on Fargate: "EC2 +
    /// Fargate for legacy (Windows)".
    FargateFallback {
        option: OptionKey,
        parts: Vec<FallbackPart>,
        fallback_usd: f64,
        option_usd: f64,
    },
    /// What EC2 saves over Fargate (best complete options of each, the
    /// user's operations figures included), as the monthly operations work
    /// that would erase it; in hours at the user's hourly rate if given.
    OpsBreakEven {
        ec2: OptionKey,
        fargate: OptionKey,
        saving_usd: f64,
        /// The operations figures already in the EC2 option's cost.
        ops_usd: f64,
        engineer_usd_per_hour: Option<f64>,
        /// `saving_usd / engineer_usd_per_hour`.
        hours: Option<f64>,
    },
    /// Fargate's best option is cheaper than (or as cheap as) EC2's, the
    /// user's operations figures included: no operations work to weigh.
    /// `before_ops`: cheaper even without those figures.
    FargateCheaperBeforeOps { ops_usd: f64, before_ops: bool },
    /// The placement chain is not binpack: what binpack:cpu would cost on
    /// the same option (simulated).
    BinpackSaving {
        option: OptionKey,
        strategy: Vec<String>,
        binpack_usd: f64,
        option_usd: f64,
        saving_usd: f64,
    },
    /// Tasks an incomplete option cannot run (its figure leaves them out,
    /// so it is not ranked).
    Unplaced {
        option: OptionKey,
        service: String,
        tasks: u32,
        /// The unplaced entry's reason (`unplaced[].reason_finding`).
        reason: UnplacedReason,
    },
    /// The further discount on the rival that would make it tie.
    WhatWouldChange {
        rival: OptionKey,
        winner: OptionKey,
        needed_pct: f64,
    },
    /// EC2 Spot would change it: `ec2` with every instance above each
    /// provider's on-demand base on Spot at the user's average discount
    /// (`discount_pct`, when one figure applies to every provider) would
    /// cost `spot_usd` (its `monthly_cost_usd` − `spot_full_saving_usd`),
    /// below `fargate_usd`, the winner's cost.
    SpotWouldChange {
        ec2: OptionKey,
        fargate: OptionKey,
        discount_pct: Option<f64>,
        spot_usd: f64,
        fargate_usd: f64,
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

/// Why EC2 could not place a service that runs on Fargate instead (the
/// short form of the label "EC2 + Fargate for legacy (Windows)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FallbackCause {
    /// Windows tasks are not simulated on EC2.
    Windows,
    /// Built for another CPU architecture than the cluster's instances.
    Architecture { arch: Arch },
    /// Too big for the cluster's instance type, or ruled out there by a
    /// constraint (host port, ENIs): the reason says which.
    DoesNotFit { instance_type: String },
}

/// Why Fargate bills a size other than the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum RoundingCause {
    /// The request is not one of Fargate's sizes.
    NotAValidSize,
    /// A valid Linux size under 1 vCPU, but Windows needs at least 1 vCPU.
    WindowsMinimum,
}

/// One note of an option (Fargate or EC2 side), with its figures.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum OptionNote {
    /// Why the cluster got its instance type.
    InstanceType { cluster: String, reason: TypeChoice },
    /// A note of the cluster's EC2 run.
    Ec2Run { cluster: String, note: RunNote },
    /// The option's cost leaves out the unplaced tasks (it is not ranked).
    UnplacedExcluded,
    /// A service EC2 cannot place runs on Fargate in the same cluster.
    FargateFallback {
        cluster: String,
        service: String,
        tasks: u32,
        cause: FallbackCause,
        monthly_usd: f64,
    },
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

/// One modelling assumption behind a report's figures (the report's
/// `assumption_findings`; `assumptions` is their text), in report order.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Assumption {
    /// The price snapshots used: `snapshot` is the report's
    /// `pricing_snapshot` (dates and sources are data, kept as written).
    Prices { snapshot: String },
    /// Hourly steps over the horizon; monthly = cost × 730 / `hours`.
    Horizon { hours: u32 },
    /// How Fargate bills tasks (sizes, daemons, per-second billing).
    FargateBilling,
    /// The region has no EC2 prices loaded: only Fargate is costed.
    /// `bundled_ec2_regions` is how many regions this build prices on EC2.
    NoEc2Prices {
        region: String,
        bundled_ec2_regions: u32,
    },
    /// One of the EC2 simulator's modelling choices.
    Ec2(Ec2Assumption),
    /// The user's operations figures, USD (set when either is non-zero).
    Ops {
        usd_per_cluster_month: f64,
        usd_per_instance_month: f64,
        engineer_usd_per_hour: Option<f64>,
    },
    /// EC2 Spot as the user set it (`ec2.spot_*`; set when the share is
    /// above 0): per capacity provider, `on_demand_base` instances, then
    /// `share_pct` of the rest on Spot at `discount_pct` off; no Spot
    /// prices bundled; interruptions not modelled.
    Ec2Spot {
        share_pct: f64,
        on_demand_base: u32,
        discount_pct: f64,
    },
    /// Capacity providers the user named (`ec2.capacity_providers`): each
    /// `(name, instance type or None for the cluster's own choice)`; their
    /// services run on them in every EC2 cluster, the rest on the
    /// planner's providers.
    NamedProviders {
        providers: Vec<(String, Option<String>)>,
    },
    /// A named provider with its own Spot settings (share above 0).
    ProviderSpot {
        provider: String,
        share_pct: f64,
        on_demand_base: u32,
        discount_pct: f64,
    },
}

/// The EC2 simulator's modelling choices, listed with every report that
/// has EC2 prices (`ec2/mod.rs` and `docs/ecs-domain.md` say why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Ec2Assumption {
    HourlySteps,
    WholeHourBilling,
    RegisteredCapacity,
    OneTypePerCluster,
    BurstableCredits,
    AwsvpcEnis,
    OneTaskPerInstance,
    DaemonsFirst,
    DefaultStrategy,
    ScaleIn,
    LargestTaskFirst,
    CapacityProvider,
    TasksStay,
    IdealAndLowerBound,
    RandomSeed,
    WindowsNotOnEc2,
    MixedArchitectures,
    WhatCostsInclude,
}

impl Ec2Assumption {
    /// Every EC2 assumption, in the order a report lists them.
    pub const ALL: [Ec2Assumption; 18] = [
        Ec2Assumption::HourlySteps,
        Ec2Assumption::WholeHourBilling,
        Ec2Assumption::RegisteredCapacity,
        Ec2Assumption::OneTypePerCluster,
        Ec2Assumption::BurstableCredits,
        Ec2Assumption::AwsvpcEnis,
        Ec2Assumption::OneTaskPerInstance,
        Ec2Assumption::DaemonsFirst,
        Ec2Assumption::DefaultStrategy,
        Ec2Assumption::ScaleIn,
        Ec2Assumption::LargestTaskFirst,
        Ec2Assumption::CapacityProvider,
        Ec2Assumption::TasksStay,
        Ec2Assumption::IdealAndLowerBound,
        Ec2Assumption::RandomSeed,
        Ec2Assumption::WindowsNotOnEc2,
        Ec2Assumption::MixedArchitectures,
        Ec2Assumption::WhatCostsInclude,
    ];
}

/// Why tasks of a service could not run on an option (the report's
/// `unplaced[].reason_finding`; `reason` is its text).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum UnplacedReason {
    /// Larger than Fargate's largest size (16 vCPU / 120 GB).
    FargateTooLarge {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
    },
    /// A Windows task larger than Fargate's largest Windows size (4 vCPU).
    FargateTooLargeForWindows {
        service: String,
        cpu_units: u32,
        memory_mib: u32,
    },
    /// No Fargate rates for the service's platform in the region: not
    /// priced there (no rate is invented).
    FargateNotPriced {
        service: String,
        arch: Arch,
        os: Os,
        region: String,
    },
    /// EC2: Windows tasks are not simulated (no EC2 Windows prices).
    Ec2Windows,
    /// EC2: the tasks' architecture is not the instance type's.
    Architecture {
        task_arch: Arch,
        instance_type: String,
        type_arch: Arch,
    },
    /// EC2: a host port ECS reserves on every container instance.
    ReservedHostPort { port: u16 },
    /// EC2: a task does not fit the instance left after daemons.
    NoFit(NoFit),
    /// EC2: a daemon does not fit an empty instance, so the type cannot be
    /// used at all.
    TypeUnusable(DaemonMisfit),
    /// EC2: no instance type of the search can run the cluster.
    NoTypeCanRun(NoTypeWhy),
    /// EC2: still pending after the capacity provider scaled out.
    StillPending,
}

/// Why a task does not fit on an instance of a type (a fragment).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum NoFit {
    /// Its host port is held by a daemon on every instance.
    HostPortTakenByDaemon { daemon: String },
    /// More CPU units than the type registers.
    CpuTooBig {
        cpu_units: u32,
        instance_type: String,
        registered_cpu_units: u32,
    },
    /// More CPU units than daemons leave.
    CpuLeftAfterDaemons {
        cpu_units: u32,
        instance_type: String,
        free_cpu_units: u32,
    },
    /// More memory than the type registers.
    MemoryTooBig {
        memory_mib: u32,
        instance_type: String,
        registered_memory_mib: u32,
    },
    /// More memory than daemons leave.
    MemoryLeftAfterDaemons {
        memory_mib: u32,
        instance_type: String,
        free_memory_mib: u32,
    },
    /// awsvpc: the type has no ENI to spare for tasks.
    EniNoneToSpare {
        instance_type: String,
        trunking_supported: bool,
    },
    /// awsvpc: daemons take every task ENI.
    EniTakenByDaemons {
        instance_type: String,
        task_enis: u32,
        trunking_supported: bool,
    },
    /// Anything else.
    DoesNotFit { instance_type: String },
}

/// A daemon that does not fit an empty instance of a type.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct DaemonMisfit {
    pub daemon: String,
    pub cpu_units: u32,
    pub memory_mib: u32,
    pub instance_type: String,
    pub why: NoFit,
}

/// Why no instance type can run a cluster.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum NoTypeWhy {
    /// The first candidate's daemon does not fit it.
    Unusable(DaemonMisfit),
    /// The catalogue has no type of the cluster's architecture.
    NoTypeOfArch { arch: Arch },
}

/// A note of one EC2 cluster's run on its instance type.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum RunNote {
    /// A daemon does not fit: the type runs nothing.
    CannotRunCluster(DaemonMisfit),
    /// The cost leaves out tasks these services could not place.
    CostExcludesUnplaced {
        instance_type: String,
        services: Vec<String>,
    },
    /// ECS's trunking limit for this family is inferred.
    TrunkingInferred { instance_type: String, tasks: u32 },
    /// A burstable type's baseline and surplus CPU credits.
    Burstable {
        instance_type: String,
        baseline_vcpus: f64,
        vcpus: u32,
        usd_per_vcpu_hour: f64,
        surplus_vcpu_hours: f64,
    },
    /// What one instance registers with the default memory overhead.
    RegisteredCapacity {
        instance_type: String,
        cpu_units: u32,
        registered_memory_mib: u32,
        memory_mib: u32,
        overhead_basis_points: u32,
        overhead_mib: u32,
    },
    /// Hours where the from-scratch repack needed more than ECS.
    RepackFallback { hours: u32 },
    /// The cluster mixes architectures: some services cannot run.
    MixedArchitectures { arch: Arch, services: Vec<String> },
}

/// Why the instance-type search chose a cluster's type (or none).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum TypeChoice {
    Chosen {
        instance_type: String,
        /// Picked from the scenario's `instance_types` list.
        from_list: bool,
        /// Types that could run the cluster (listed) or hold every task.
        candidates: u32,
        arch: Arch,
        /// The largest task (CPU units, MiB), placed first.
        largest_task: Option<(u32, u32)>,
        instance_hours: u64,
        horizon_hours: u32,
        /// On demand before discounts, surplus credits included.
        monthly_usd: f64,
        runner_up: Option<RunnerUp>,
        unplaced_tasks: u32,
        simulated: u32,
        ruled_out: u32,
        /// Listed types missing from the price catalogue.
        unknown_types: Vec<String>,
    },
    NoTypeCanRun {
        why: NoTypeWhy,
        unknown_types: Vec<String>,
    },
    NoTypeCanHold {
        unknown_types: Vec<String>,
    },
}

/// The next type after the chosen one, and how they compare.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct RunnerUp {
    pub instance_type: String,
    /// On demand before discounts, surplus credits included.
    pub monthly_usd: f64,
    pub versus: Versus,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    feature = "findings-json",
    derive(Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Versus {
    /// The runner-up leaves more tasks unplaced.
    MoreUnplaced,
    /// The chosen type is `saving_pct` cheaper.
    Cheaper { saving_pct: f64 },
    /// Same cost, fewer instances at peak.
    FewerAtPeak { peak: u32, runner_up_peak: u32 },
    /// Same cost: the name that sorts first.
    Tie,
}

/// How one candidate type did in the search (a runner-up's `why`).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct CandidateWhy {
    pub instance_hours: u64,
    pub peak_instances: u32,
    pub usd_per_hour: f64,
    pub cpu_reserved_pct: f64,
    pub memory_reserved_pct: f64,
    /// Surplus CPU credits, USD per month (0 on fixed types).
    pub credit_monthly_usd: f64,
    pub unplaced_tasks: u32,
}

/// Why a cluster runs a capacity provider per task shape (its
/// `instance_type_reason` when it has several providers): the providers
/// (name, instance type) in order, what they cost together and what one
/// shared provider would have cost, USD per month (written, not read back).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "findings-json", derive(Serialize))]
pub struct ProvidersChoice {
    pub providers: Vec<(String, String)>,
    pub providers_usd: f64,
    pub shared_usd: f64,
}

/// How a report writes its typed findings without the `findings-json`
/// feature (the web app's build, `app/Cargo.toml`): as a cleared finding is
/// written, `null` or `[]`, without reading it. The page sends a report
/// only from its simulation worker, which clears the findings first (the
/// app's `worker_protocol::for_the_page`), so the text is the same as with
/// the feature, and the page's wasm does not carry the findings' `Serialize`
/// code (BENCHMARKS.md, "Cuts measured"). The CLI and the tests keep the
/// feature (on by default): their JSON has every finding.
#[cfg(not(feature = "findings-json"))]
pub(crate) mod unsent {
    /// An `Option` finding, written `null`.
    pub fn none<T, S: serde::Serializer>(
        finding: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        debug_assert!(
            finding.is_none(),
            "a typed finding written without `findings-json`"
        );
        serializer.serialize_none()
    }

    /// A list of findings, written `[]`.
    #[allow(clippy::ptr_arg)] // serde hands the field itself, a `&Vec`
    pub fn empty<T, S: serde::Serializer>(
        findings: &Vec<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        debug_assert!(
            findings.is_empty(),
            "typed findings written without `findings-json`"
        );
        serializer.serialize_seq(Some(0))?.end()
    }
}
