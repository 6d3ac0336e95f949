//! Cost by service (showback) for one option of the report: the engine's
//! `ClusterResult::service_costs`, summed over clusters in scenario order.
//!
//! On Fargate the split is exact (each task is its own bill); on EC2 the
//! engine splits a cluster's cost in proportion to each service's
//! task-hours × the Fargate price of its task size — a modelling choice the
//! page states next to the chart.

use ecs_planner_engine::report::OptionResult;
use ecs_planner_engine::scenario::Scenario;

/// (service name, monthly USD) in scenario order.
pub fn by_service(scenario: &Scenario, option: &OptionResult) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = scenario
        .services
        .iter()
        .map(|s| (s.name.clone(), 0.0))
        .collect();
    // Names are unique (validation): one index instead of a scan per cost.
    let index: std::collections::HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.clone(), i))
        .collect();
    for cost in option.clusters.iter().flat_map(|c| &c.service_costs) {
        if let Some(entry) = index.get(&cost.service).and_then(|&i| out.get_mut(i)) {
            entry.1 += cost.monthly_cost_usd;
        }
    }
    out
}
