//! Complete EC2 options: the tasks EC2 cannot place (Windows, another CPU
//! architecture, too big for the cluster's type, a constraint, ENIs) run on
//! Fargate in the same cluster — what a team would do with the cluster's
//! FARGATE capacity provider — so an EC2 option's figure always covers the
//! whole workload where Fargate can take the rest ("EC2 + Fargate for legacy
//! (Windows)"). A task that fits nowhere (no Fargate size either, or a
//! platform whose Fargate rate is not bundled in the region, or a daemon,
//! which Fargate does not run) stays `unplaced`, and the option is
//! incomplete: never ranked.
//!
//! Modelling choice: EC2 leaves a service's tasks pending only when none of
//! them fits its instance type (the capacity provider launches an instance
//! for every task that fits one), so a service moves to Fargate whole, hour
//! by hour at its desired count. An entry that left only part of the
//! service pending stays unplaced rather than be guessed.

use crate::fargate::{FargateRefusal, ServiceFargatePlan};
use crate::findings::OptionNote;
use crate::pricing::Ec2Catalogue;
use crate::report::{
    monthly_from_horizon, ClusterResult, FallbackCause, FargateFallback, OptionResult,
};
use crate::scenario::{Os, Scenario, Service};

/// Moves the tasks `option` (an EC2 part) could not place onto Fargate
/// where a Fargate size and rate exist; see the module docs. `plans` are
/// the services' Fargate plans in scenario order.
pub fn run_unplaced_on_fargate(
    scenario: &Scenario,
    plans: &[Result<ServiceFargatePlan, FargateRefusal>],
    catalogue: Option<&Ec2Catalogue>,
    option: &mut OptionResult,
) {
    let hours = scenario.horizon_hours;
    let mut still_unplaced = Vec::new();
    for entry in std::mem::take(&mut option.unplaced) {
        let found = scenario
            .services
            .iter()
            .position(|s| s.name == entry.service)
            .and_then(|i| Some((scenario.services.get(i)?, plans.get(i)?)));
        let (service, plan) = match found {
            Some((service, Ok(plan))) => (service, plan),
            _ => {
                still_unplaced.push(entry);
                continue;
            }
        };
        let whole_service = entry.tasks >= service.desired.peak();
        let cluster = option
            .clusters
            .iter_mut()
            .find(|c| c.services.contains(&service.name));
        let (Some(cluster), false, true) = (cluster, service.daemon, whole_service) else {
            still_unplaced.push(entry);
            continue;
        };
        let mut total_usd = 0.0;
        for (hour, slot) in (0..hours).zip(cluster.hourly_cost_usd.iter_mut()) {
            let usd = f64::from(service.desired.at_hour(hour)) * plan.task_hour_cost_usd;
            *slot += usd;
            total_usd += usd;
        }
        let monthly = monthly_from_horizon(total_usd, hours);
        cluster.monthly_cost_usd += monthly;
        cluster.fargate_fallback_monthly_cost_usd += monthly;
        let cause = cause_of(service, cluster.instance_type.as_deref(), catalogue);
        option.note_findings.push(OptionNote::FargateFallback {
            cluster: cluster.name.clone(),
            service: service.name.clone(),
            tasks: entry.tasks,
            cause: cause.clone(),
            monthly_usd: monthly,
        });
        option.fargate_fallback.push(FargateFallback {
            cluster: cluster.name.clone(),
            service: service.name.clone(),
            tasks: entry.tasks,
            cause,
            reason: entry.reason,
            reason_finding: entry.reason_finding,
            monthly_cost_usd: monthly,
        });
        option.monthly_cost_usd += monthly;
        option.fargate_fallback_monthly_cost_usd += monthly;
        option.ideal_monthly_cost_usd = option.ideal_monthly_cost_usd.map(|c| c + monthly);
        option.lower_bound_monthly_cost_usd =
            option.lower_bound_monthly_cost_usd.map(|c| c + monthly);
        for c in [
            &mut cluster.ideal_monthly_cost_usd,
            &mut cluster.lower_bound_monthly_cost_usd,
        ] {
            *c = c.map(|usd| usd + monthly);
        }
    }
    option.unplaced = still_unplaced;
    for cluster in &mut option.clusters {
        resplit_service_costs(cluster, &option.fargate_fallback);
    }
    if option.unplaced.is_empty() {
        option
            .note_findings
            .retain(|n| *n != OptionNote::UnplacedExcluded);
    }
}

/// A cluster with services on Fargate: each of those gets its exact Fargate
/// cost, and the others share the instances' cost in the proportions they
/// had (the split by task-hours × Fargate price, over them alone).
fn resplit_service_costs(cluster: &mut ClusterResult, fallback: &[FargateFallback]) {
    let on_fargate = |service: &str| {
        fallback
            .iter()
            .find(|f| f.cluster == cluster.name && f.service == service)
            .map(|f| f.monthly_cost_usd)
    };
    let moved: Vec<(usize, f64)> = cluster
        .service_costs
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, on_fargate(&c.service)?)))
        .collect();
    if moved.is_empty() {
        return;
    }
    let ec2_usd = cluster.monthly_cost_usd - cluster.fargate_fallback_monthly_cost_usd;
    let others: f64 = cluster
        .service_costs
        .iter()
        .enumerate()
        .filter(|(i, _)| !moved.iter().any(|(m, _)| m == i))
        .map(|(_, c)| c.monthly_cost_usd)
        .sum();
    for (i, share) in cluster.service_costs.iter_mut().enumerate() {
        if let Some((_, usd)) = moved.iter().find(|(m, _)| *m == i) {
            share.monthly_cost_usd = *usd;
        } else if others > 0.0 {
            share.monthly_cost_usd *= ec2_usd / others;
        }
    }
}

/// The short cause for the label, in the simulator's order of checks.
fn cause_of(
    service: &Service,
    instance_type: Option<&str>,
    catalogue: Option<&Ec2Catalogue>,
) -> FallbackCause {
    let instance_arch = instance_type
        .and_then(|name| catalogue?.get(name))
        .map(|t| t.arch);
    if service.os == Os::Windows {
        FallbackCause::Windows
    } else if instance_arch.is_some_and(|a| a != service.arch) {
        FallbackCause::Architecture { arch: service.arch }
    } else {
        FallbackCause::DoesNotFit {
            instance_type: instance_type.unwrap_or_default().to_string(),
        }
    }
}
