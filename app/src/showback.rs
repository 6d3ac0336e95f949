//! Cost by service (showback) for one option of the report.
//!
//! A cluster's cost is split between its services in proportion to each
//! service's task-hours × the hourly Fargate price of its task size — a
//! modelling choice the page states next to the chart. On Fargate that split
//! is exact (each task is its own bill).

use ecs_planner_engine::pricing::PriceBook;
use ecs_planner_engine::report::OptionResult;
use ecs_planner_engine::scenario::Scenario;

use ecs_planner_engine::fargate::{cheapest_fargate_size, size_hour_cost_usd};

/// (service name, monthly USD) in scenario order.
pub fn by_service(
    scenario: &Scenario,
    option: &OptionResult,
    prices: &PriceBook,
) -> Vec<(String, f64)> {
    let rate = prices
        .region(&scenario.region)
        .and_then(|r| r.fargate.as_ref())
        .map(|f| f.linux_x86);
    let weight = |name: &str| -> f64 {
        let Some(s) = scenario.services.iter().find(|s| s.name == name) else {
            return 0.0;
        };
        let task_hours: f64 = (0..scenario.horizon_hours)
            .map(|h| f64::from(s.desired.at_hour(h)))
            .sum();
        let unit = rate
            .as_ref()
            .and_then(|r| {
                cheapest_fargate_size(s.cpu_units, s.memory_mib, s.os, r)
                    .map(|size| size_hour_cost_usd(size.cpu_units, size.memory_mib, r))
            })
            .unwrap_or(f64::from(s.cpu_units) / 1024.0);
        task_hours * unit
    };
    let mut out: Vec<(String, f64)> = scenario
        .services
        .iter()
        .map(|s| (s.name.clone(), 0.0))
        .collect();
    for cluster in &option.clusters {
        let weights: Vec<f64> = cluster.services.iter().map(|n| weight(n)).collect();
        let total: f64 = weights.iter().sum();
        for (name, w) in cluster.services.iter().zip(weights) {
            let share = if total > 0.0 { w / total } else { 0.0 };
            if let Some(entry) = out.iter_mut().find(|(n, _)| n == name) {
                entry.1 += cluster.monthly_cost_usd * share;
            }
        }
    }
    out
}
