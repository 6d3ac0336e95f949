//! What a validation problem is, as data: [`FieldIssue`] (path, kind, value,
//! [`Problem`]) and the hint half [`Valid`]. The text comes from
//! `crate::text::messages`.

use crate::scenario::{Arch, Scenario};
use crate::units;

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
    /// A capacity provider of `ec2.capacity_providers`.
    Provider,
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
    /// `ec2.capacity_providers`: a list of provider objects.
    CapacityProviders,
    /// `services[i].capacity_provider`: a provider's name.
    ProviderName,
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
    /// More than `max` capacity providers.
    TooManyProviders { max: usize },
    /// A capacity provider name with a character ECS does not allow.
    ProviderNameChars,
    /// A capacity provider name starting with a prefix ECS reserves.
    ProviderNamePrefix { prefix: String },
    /// A capacity provider named like one of the planner's own.
    ProviderNameReserved { names: Vec<String> },
    /// A service bound to a provider `ec2.capacity_providers` does not name.
    UnknownProvider {
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// A daemon bound to a capacity provider.
    DaemonWithProvider,
    /// A service bound to a provider whose instance type has another
    /// architecture.
    ProviderArchMismatch {
        provider: String,
        instance_type: String,
        type_arch: Arch,
        service_arch: Arch,
    },
    /// A named provider no service is bound to (a warning).
    ProviderUnused { provider: String },
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
