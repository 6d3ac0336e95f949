//! The scenario: the workload a user models, in its validated, typed form.
//!
//! The JSON scenario file (version 1) is the product's contract: the app
//! edits it, share links carry it, the CLI runs it. Field names here are that
//! contract; add fields, never rename them. Parsing from JSON (lenient about
//! `"512"` vs `512`, strict about nonsense) and validation live in
//! [`crate::validate`]; this module only holds the types.

use serde::{Deserialize, Serialize};

/// The current scenario file version.
pub const SCENARIO_VERSION: u32 = 1;
/// Default simulated horizon: one week, hourly.
pub const DEFAULT_HORIZON_HOURS: u32 = 168;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Arch {
    #[serde(rename = "x86_64")]
    X86_64,
    #[serde(rename = "arm64")]
    Arm64,
}

impl Arch {
    pub const ALL: [Arch; 2] = [Arch::X86_64, Arch::Arm64];

    /// The scenario-file spelling: `x86_64` or `arm64`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Arm64 => "arm64",
        }
    }

    /// The exact spelling back (the scenario file's aliases, `amd64` and
    /// the like, are `validate`'s).
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Os {
    Linux,
    Windows,
}

impl Os {
    /// The scenario-file spelling: `linux` or `windows`.
    pub fn as_str(self) -> &'static str {
        match self {
            Os::Linux => "linux",
            Os::Windows => "windows",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkMode {
    Awsvpc,
    Bridge,
    Host,
}

impl NetworkMode {
    /// The scenario-file spelling: `awsvpc`, `bridge` or `host`.
    pub fn as_str(self) -> &'static str {
        match self {
            NetworkMode::Awsvpc => "awsvpc",
            NetworkMode::Bridge => "bridge",
            NetworkMode::Host => "host",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum LaunchType {
    #[default]
    Fargate,
    Ec2,
}

impl LaunchType {
    pub const ALL: [LaunchType; 2] = [LaunchType::Fargate, LaunchType::Ec2];

    /// `fargate` or `ec2` back (exactly: `validate` lowers the case first).
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }

    /// The scenario-file spelling: `fargate` or `ec2`.
    pub fn as_str(self) -> &'static str {
        match self {
            LaunchType::Fargate => "fargate",
            LaunchType::Ec2 => "ec2",
        }
    }
}

/// How many tasks a service wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Desired {
    /// The same count every hour.
    Count(u32),
    /// Tasks per hour: 24 or 168 values, repeated over the horizon.
    Profile(Vec<u32>),
}

impl Desired {
    /// Desired tasks in hour `hour` of the horizon (0-based).
    pub fn at_hour(&self, hour: u32) -> u32 {
        match self {
            Desired::Count(n) => *n,
            Desired::Profile(p) if p.is_empty() => 0,
            Desired::Profile(p) => p[hour as usize % p.len()],
        }
    }

    /// The largest count over the profile.
    pub fn peak(&self) -> u32 {
        match self {
            Desired::Count(n) => *n,
            Desired::Profile(p) => p.iter().copied().max().unwrap_or(0),
        }
    }
}

/// One ECS service (its task definition's size and its desired count).
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub name: String,
    /// CPU units (1024 = 1 vCPU).
    pub cpu_units: u32,
    pub memory_mib: u32,
    pub desired: Desired,
    pub group: Option<String>,
    pub arch: Arch,
    pub os: Os,
    pub network_mode: NetworkMode,
    /// A fixed host port: at most one task of this service per instance.
    pub host_port: Option<u16>,
    pub distinct_instance: bool,
    /// One task on every EC2 instance of its cluster; `desired` is ignored.
    pub daemon: bool,
}

impl Service {
    /// At most one task of this service per instance (host networking, a
    /// fixed host port, or a distinctInstance constraint).
    pub fn one_per_instance(&self) -> bool {
        self.host_port.is_some() || self.network_mode == NetworkMode::Host || self.distinct_instance
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FargateSettings {
    /// Share (0..=1) of Spot-eligible tasks (Linux: x86, and ARM where an ARM
    /// Spot rate is loaded) run on Fargate Spot.
    pub spot_share: f64,
}

/// One link of a placement strategy chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlacementStrategy {
    BinpackCpu,
    BinpackMemory,
    SpreadInstanceId,
    SpreadAz,
    Random,
}

impl PlacementStrategy {
    pub const ALL: [PlacementStrategy; 5] = [
        PlacementStrategy::BinpackCpu,
        PlacementStrategy::BinpackMemory,
        PlacementStrategy::SpreadInstanceId,
        PlacementStrategy::SpreadAz,
        PlacementStrategy::Random,
    ];

    /// The scenario-file spelling, e.g. `binpack:cpu`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlacementStrategy::BinpackCpu => "binpack:cpu",
            PlacementStrategy::BinpackMemory => "binpack:memory",
            PlacementStrategy::SpreadInstanceId => "spread:instanceId",
            PlacementStrategy::SpreadAz => "spread:az",
            PlacementStrategy::Random => "random",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ec2Settings {
    /// `None`: search the catalogue for the cheapest type per cluster.
    pub instance_types: Option<Vec<String>>,
    /// Empty: ECS's service default (spread:az, then spread:instanceId),
    /// written as `"strategy": null`.
    pub strategy: Vec<PlacementStrategy>,
    /// Capacity provider target capacity, 1..=100.
    pub target_capacity: u32,
    pub availability_zones: u32,
    pub eni_trunking: bool,
    /// Nominal minus registered memory per instance; `None` = the default model.
    pub memory_overhead_mib: Option<u32>,
    pub min_instances: u32,
    /// Seed for the `random` strategy.
    pub seed: u64,
    /// Let the catalogue search pick burstable (T3, T3a, T4g) types; off by
    /// default because their vCPUs are not full-time. Listed types run
    /// whatever this says.
    pub allow_burstable: bool,
    /// The user's own figures for EC2 operations work.
    pub ops: OpsCost,
    /// EC2 Spot in every capacity provider (off by default).
    pub spot: Ec2Spot,
    /// Capacity providers the user names (`ec2.capacity_providers`), in
    /// file order; services bind to one with `services[i].capacity_provider`.
    /// Empty: the planner groups every cluster's services itself.
    pub capacity_providers: Vec<CapacityProvider>,
}

/// A capacity provider the user names (`docs/ecs-domain.md` §6): an Auto
/// Scaling group with its own instance type, which the services bound to it
/// run on in every EC2 cluster that has them (a service's capacity provider
/// strategy naming one provider). Daemons run on every provider's instances
/// and are never bound.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProvider {
    /// `ec2.capacity_providers[i].name`: unique, ECS's spelling rules.
    pub name: String,
    /// `instance_type`: `None` runs the cluster's own choice (the
    /// `ec2.instance_types` list, or the catalogue search) for its services.
    pub instance_type: Option<String>,
    /// `spot_share` / `spot_on_demand_base` / `spot_discount_pct` on the
    /// provider: `None` when none is given (the `ec2.spot_*` settings apply).
    pub spot: Option<Ec2Spot>,
    /// The services bound to it (`services[i].capacity_provider`), in file
    /// order.
    pub services: Vec<String>,
}

impl Ec2Settings {
    /// The named provider `service` is bound to, if any.
    pub fn provider_of(&self, service: &str) -> Option<&CapacityProvider> {
        self.capacity_providers
            .iter()
            .find(|p| p.services.iter().any(|s| s == service))
    }
}

/// EC2 Spot as an Auto Scaling group's mixed-instances policy runs it
/// (`docs/ecs-domain.md` §6), per capacity provider: the first
/// `on_demand_base` instances on demand, then `share` of the rest on Spot
/// at the user's average `discount_pct` off on-demand (scenario fields
/// `ec2.spot_on_demand_base`, `ec2.spot_share`, `ec2.spot_discount_pct`;
/// no live Spot prices are bundled).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Ec2Spot {
    /// 0..=1 of the instances above the base.
    pub share: f64,
    pub on_demand_base: u32,
    /// Average Spot discount off the on-demand price, percent (0..=95).
    pub discount_pct: f64,
}

impl Ec2Spot {
    /// Whether any instance runs on Spot.
    pub fn is_on(&self) -> bool {
        self.share > 0.0
    }

    /// What `instances` running for one hour cost, USD: on-demand ones at
    /// `usd_per_hour` × (1 − `ec2_discount_pct`) (a Savings Plan does not
    /// cover Spot), Spot ones at `usd_per_hour` × (1 − `discount_pct`).
    /// Shares apply to the hour's count as averages (fractional instances).
    pub fn hour_cost_usd(&self, instances: u32, usd_per_hour: f64, ec2_discount_pct: f64) -> f64 {
        let n = f64::from(instances);
        let on_demand_rate = usd_per_hour * (1.0 - ec2_discount_pct / 100.0);
        if !self.is_on() {
            return n * on_demand_rate;
        }
        let above_base = f64::from(instances.saturating_sub(self.on_demand_base));
        let spot = above_base * self.share;
        (n - spot) * on_demand_rate + spot * usd_per_hour * (1.0 - self.discount_pct / 100.0)
    }
}

/// What running EC2 instances costs a team in work, as the user sets it
/// (scenario fields `ec2.ops_usd_per_cluster_month`,
/// `ec2.ops_usd_per_instance_month`, `ec2.ops_engineer_usd_per_hour`).
/// Fargate needs none of it. All zero / absent by default.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct OpsCost {
    /// USD per EC2 cluster per month.
    pub usd_per_cluster_month: f64,
    /// USD per average running instance per month.
    pub usd_per_instance_month: f64,
    /// An engineer's hourly cost, to state a break-even in hours.
    pub engineer_usd_per_hour: Option<f64>,
}

impl OpsCost {
    /// Whether any operations figure is set.
    pub fn is_set(&self) -> bool {
        self.usd_per_cluster_month > 0.0
            || self.usd_per_instance_month > 0.0
            || self.engineer_usd_per_hour.is_some()
    }
}

/// A cluster layout to compare (serialised, and displayed, with its
/// scenario-file spelling, [`Layout::as_str`]; the default, `single`, only
/// fills an empty `OptionResult`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    #[default]
    Single,
    PerService,
    ByGroup,
    Custom,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::Single,
        Layout::PerService,
        Layout::ByGroup,
        Layout::Custom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Single => "single",
            Layout::PerService => "per-service",
            Layout::ByGroup => "by-group",
            Layout::Custom => "custom",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

impl std::fmt::Display for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One cluster of the custom layout.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomCluster {
    pub name: String,
    pub launch_type: LaunchType,
    /// Names of the services in it.
    pub services: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PricingSettings {
    /// Savings Plan (or other) discount on EC2 instance-hours, percent.
    pub ec2_discount_pct: f64,
    /// Savings Plan discount on Fargate, percent.
    pub fargate_discount_pct: f64,
}

/// A validated scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub version: u32,
    pub region: String,
    pub horizon_hours: u32,
    pub services: Vec<Service>,
    pub fargate: FargateSettings,
    pub ec2: Ec2Settings,
    pub layouts: Vec<Layout>,
    /// The custom layout's clusters (used when `layouts` has `custom`).
    pub custom_clusters: Vec<CustomCluster>,
    pub pricing: PricingSettings,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One spelling per enum: the serde name (the report's JSON, pricing
    /// files) is the `as_str` spelling (the scenario file, option keys,
    /// text), and `parse` reads it back where there is one.
    #[test]
    fn serde_names_are_the_as_str_spellings() {
        fn same<T: Serialize>(value: T, spelling: &str) {
            assert_eq!(
                serde_json::to_value(value).ok(),
                Some(serde_json::Value::String(spelling.to_string())),
                "{spelling}"
            );
        }
        for arch in Arch::ALL {
            same(arch, arch.as_str());
            assert_eq!(Arch::parse(arch.as_str()), Some(arch));
        }
        for os in [Os::Linux, Os::Windows] {
            same(os, os.as_str());
        }
        for mode in [NetworkMode::Awsvpc, NetworkMode::Bridge, NetworkMode::Host] {
            same(mode, mode.as_str());
        }
        for launch in LaunchType::ALL {
            same(launch, launch.as_str());
            assert_eq!(LaunchType::parse(launch.as_str()), Some(launch));
        }
        for layout in Layout::ALL {
            same(layout, layout.as_str());
            assert_eq!(layout.to_string(), layout.as_str());
            assert_eq!(Layout::parse(layout.as_str()), Some(layout));
        }
        for strategy in PlacementStrategy::ALL {
            assert_eq!(PlacementStrategy::parse(strategy.as_str()), Some(strategy));
        }
    }
}
