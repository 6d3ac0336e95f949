//! What a simulation returns: the `ecs-planner simulate --format json`
//! contract, plus the series the app charts.
//!
//! Contract fields (never rename): `region`, `pricing_snapshot`, `options[]`
//! with `launch_type`, `layout`, `monthly_cost_usd`, `clusters[]` (`name`,
//! `services`, `instance_type`, `peak_instances`, `avg_instances`,
//! `monthly_cost_usd`), `peak_instances`, `avg_cpu_reserved_pct`,
//! `avg_memory_reserved_pct`, `unplaced[]` (`service`, `tasks`, `reason`),
//! `notes`. Everything else is an addition.

use serde::{Deserialize, Serialize};

use crate::scenario::LaunchType;

/// Hours in an average month, the AWS calculator's convention.
pub const HOURS_PER_MONTH: f64 = 730.0;

/// Tasks of one service that could not run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unplaced {
    pub service: String,
    /// The most tasks of this service left pending in any one hour.
    pub tasks: u32,
    pub reason: String,
}

/// One cluster of an option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

/// One cell of the comparison matrix: a launch type on a layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionResult {
    pub launch_type: LaunchType,
    pub layout: String,
    pub monthly_cost_usd: f64,
    pub clusters: Vec<ClusterResult>,
    pub peak_instances: u32,
    pub avg_cpu_reserved_pct: f64,
    pub avg_memory_reserved_pct: f64,
    pub unplaced: Vec<Unplaced>,
    pub notes: Vec<String>,
}

/// The whole answer for a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimulationReport {
    pub region: String,
    pub pricing_snapshot: String,
    pub options: Vec<OptionResult>,
}

/// Monthly figure from a cost over `horizon_hours`.
pub fn monthly_from_horizon(total_usd: f64, horizon_hours: u32) -> f64 {
    if horizon_hours == 0 {
        return 0.0;
    }
    total_usd * HOURS_PER_MONTH / f64::from(horizon_hours)
}
