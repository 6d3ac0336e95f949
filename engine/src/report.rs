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

/// One instance type the search considered for a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeCandidate {
    pub instance_type: String,
    pub monthly_cost_usd: f64,
    pub peak_instances: u32,
    /// Why it lost (or was pruned), in plain English.
    pub why: String,
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
    /// EC2: burstable (T) types the catalogue search left out because
    /// `ec2.allow_burstable` is off.
    #[serde(default)]
    pub burstable_types_excluded: u32,
    /// EC2: why this instance type, in plain English.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub instance_type_reason: Option<String>,
    /// EC2: the next-best instance types with their costs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub runners_up: Vec<TypeCandidate>,
}

/// One cell of the comparison matrix: a launch type on a layout.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
    /// Money paid for capacity no task reserved: on Fargate, rounding task
    /// sizes up to valid sizes; on EC2, instance capacity left unreserved
    /// (by the scarcer of CPU and memory). USD per month.
    #[serde(default)]
    pub idle_monthly_cost_usd: f64,
    /// This option's monthly cost minus the cheapest option's.
    #[serde(default)]
    pub delta_vs_cheapest_usd: f64,
    /// Share of registered (EC2) or billed (Fargate) CPU reserved, each hour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_cpu_reserved_pct: Vec<f64>,
    /// Share of registered (EC2) or billed (Fargate) memory reserved, each hour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hourly_memory_reserved_pct: Vec<f64>,
}

impl OptionResult {
    /// The option's key, e.g. `ec2/per-service`: stable, used in links and
    /// test ids.
    pub fn key(&self) -> String {
        format!("{}/{}", self.launch_type.as_str(), self.layout)
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
    /// The verdict: plain sentences generated from the figures.
    #[serde(default)]
    pub verdict: Vec<String>,
    /// The modelling assumptions behind every figure.
    #[serde(default)]
    pub assumptions: Vec<String>,
    /// The 0.25×–4× scale scan (present when the report came from
    /// `simulate::analyze`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub break_even: Option<crate::breakeven::BreakEven>,
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
