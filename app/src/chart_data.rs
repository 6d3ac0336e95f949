//! Turns a simulation into the inputs of the charts (pure).

use crate::sim::{placement_at, Ec2ClusterInput};
use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::pricing::PriceBook;
use ecs_planner_engine::scenario::Service;

use crate::charts::placement::PlacedInstance;
use ecs_planner_engine::report::{OptionResult, SimulationReport};
use ecs_planner_engine::scenario::Scenario;

use crate::charts::break_even::Curve;
use crate::charts::cost_over_time::Layer;
use crate::charts::reservation::Series;
use crate::strings::current as s;

/// The option the charts follow: the selected cell if it still exists, else
/// the cheapest.
pub fn chosen_option<'a>(
    report: &'a SimulationReport,
    selected: Option<&OptionKey>,
) -> Option<&'a OptionResult> {
    selected
        .and_then(|key| report.options.iter().find(|o| o.key() == *key))
        .or_else(|| report.cheapest.and_then(|i| report.options.get(i)))
        .or_else(|| report.options.first())
}

pub fn option_label(o: &OptionResult) -> String {
    format!(
        "{} · {}",
        s().launch_label(o.launch_type),
        s().layout_label(o.layout)
    )
}

/// The most layers or bars a chart draws: beyond, the smallest are summed
/// into one (2,000 clusters or services drawn one by one took seconds and
/// could not be read).
pub const MAX_SERIES: usize = 30;

/// Cost layers, one per cluster; with more than [`MAX_SERIES`] clusters,
/// the most expensive `MAX_SERIES - 1` in their order and one layer that
/// sums the others hour by hour.
pub fn cost_layers(option: &OptionResult) -> Vec<Layer> {
    let layers: Vec<Layer> = option
        .clusters
        .iter()
        .map(|c| Layer {
            name: c.name.clone(),
            hourly_usd: c.hourly_cost_usd.clone(),
        })
        .collect();
    let costs: Vec<f64> = option.clusters.iter().map(|c| c.monthly_cost_usd).collect();
    let (mut kept, rest) = keep_largest(layers, &costs);
    if !rest.is_empty() {
        let hours = rest.iter().map(|l| l.hourly_usd.len()).max().unwrap_or(0);
        let hourly_usd = (0..hours)
            .map(|h| rest.iter().filter_map(|l| l.hourly_usd.get(h)).sum())
            .collect();
        kept.push(Layer {
            name: s().other_clusters(rest.len()),
            hourly_usd,
        });
    }
    kept
}

/// Showback bars (service, monthly USD) in scenario order; with more than
/// [`MAX_SERIES`] services, the most expensive `MAX_SERIES - 1` in their
/// order and one bar that sums the others.
pub fn showback_bars(bars: Vec<(String, f64)>) -> Vec<(String, f64)> {
    let costs: Vec<f64> = bars.iter().map(|b| b.1).collect();
    let (mut kept, rest) = keep_largest(bars, &costs);
    if !rest.is_empty() {
        let total = rest.iter().map(|b| b.1).sum();
        kept.push((s().more_services(rest.len()), total));
    }
    kept
}

/// Splits `items` into the `MAX_SERIES - 1` with the largest `costs` (in
/// their order; earlier first on ties) and the rest, when there are more
/// than [`MAX_SERIES`]; otherwise keeps them all.
fn keep_largest<T>(items: Vec<T>, costs: &[f64]) -> (Vec<T>, Vec<T>) {
    if items.len() <= MAX_SERIES {
        return (items, Vec::new());
    }
    let mut ranked: Vec<usize> = (0..items.len()).collect();
    let cost = |i: usize| costs.get(i).copied().unwrap_or(0.0);
    ranked.sort_by(|&a, &b| cost(b).total_cmp(&cost(a)).then(a.cmp(&b)));
    let mut keep = vec![false; items.len()];
    for &i in ranked.iter().take(MAX_SERIES - 1) {
        if let Some(k) = keep.get_mut(i) {
            *k = true;
        }
    }
    let (mut kept, mut rest) = (Vec::new(), Vec::new());
    for (item, k) in items.into_iter().zip(keep) {
        if k {
            kept.push(item);
        } else {
            rest.push(item);
        }
    }
    (kept, rest)
}

/// vCPU and GB the tasks of `services` reserve in each hour.
pub fn reserved_series(scenario: &Scenario, services: &[String]) -> Vec<Series> {
    let hours = scenario.horizon_hours;
    let members: Vec<_> = scenario
        .services
        .iter()
        .filter(|s| services.iter().any(|n| n == &s.name))
        .collect();
    let per_hour = |f: &dyn Fn(&ecs_planner_engine::scenario::Service) -> f64| -> Vec<f64> {
        (0..hours)
            .map(|h| {
                members
                    .iter()
                    .map(|s| f64::from(s.desired.at_hour(h)) * f(s))
                    .sum()
            })
            .collect()
    };
    vec![
        Series {
            name: s().series_vcpu.into(),
            values: per_hour(&|s| f64::from(s.cpu_units) / 1024.0),
        },
        Series {
            name: s().series_gb.into(),
            values: per_hour(&|s| f64::from(s.memory_mib) / 1024.0),
        },
    ]
}

/// Whether the placement map replays only the first cluster of `option`:
/// a big estate (one that simulates in the worker) with several clusters,
/// since the page replays on its own thread.
pub fn first_cluster_only(scenario: &Scenario, option: &OptionResult) -> bool {
    scenario.services.len() > crate::worker_protocol::WORKER_SERVICES && option.clusters.len() > 1
}

/// The placement map of an EC2 option after hour `hour`: every cluster
/// with an instance type re-simulated by the engine up to that hour
/// (`ec2::placement_at`), or only the first when `first_cluster_only` (a
/// big estate: the page replays on its own thread). Empty for Fargate
/// options.
pub fn placement(
    scenario: &Scenario,
    option: &OptionResult,
    hour: u32,
    prices: &PriceBook,
    first_cluster_only: bool,
) -> Vec<PlacedInstance> {
    let Some(catalogue) = prices.region(&scenario.region).and_then(|r| r.ec2.as_ref()) else {
        return Vec::new();
    };
    // Each capacity provider is replayed on its own type with its own
    // services (daemons included); a cluster without providers listed is
    // one provider of its instance type.
    let several_clusters = option.clusters.len() > 1 && !first_cluster_only;
    let clusters = if first_cluster_only { 1 } else { usize::MAX };
    let groups: Vec<(String, &str, &[String])> = option
        .clusters
        .iter()
        .take(clusters)
        .flat_map(|cluster| {
            let several_providers = cluster.providers.len() > 1;
            let listed: Vec<(String, &str, &[String])> = cluster
                .providers
                .iter()
                .map(|p| {
                    // Short enough under a bar: "cpu", "arm64-memory"; a
                    // provider the user named keeps its name.
                    let shape = if p.named {
                        p.name.as_str()
                    } else {
                        p.name.strip_prefix("x86_64-").unwrap_or(&p.name)
                    };
                    let label = match (several_clusters, several_providers || p.named) {
                        (true, true) => format!("{} {shape}", cluster.name),
                        (false, true) => shape.to_string(),
                        _ => cluster.name.clone(),
                    };
                    (label, p.instance_type.as_str(), p.services.as_slice())
                })
                .collect();
            if listed.is_empty() {
                cluster
                    .instance_type
                    .as_deref()
                    .map(|t| (cluster.name.clone(), t, cluster.services.as_slice()))
                    .into_iter()
                    .collect()
            } else {
                listed
            }
        })
        .collect();
    let named = option
        .clusters
        .iter()
        .flat_map(|c| &c.providers)
        .any(|p| p.named);
    let several = groups.len() > 1 || named;
    let mut out = Vec::new();
    for (group_label, type_name, services) in groups {
        let Some(instance_type) = catalogue.get(type_name) else {
            continue;
        };
        let members: Vec<(usize, &Service)> = services
            .iter()
            .filter_map(|name| {
                scenario
                    .services
                    .iter()
                    .enumerate()
                    .find(|(_, s)| &s.name == name)
            })
            .collect();
        let input = Ec2ClusterInput {
            services: members.iter().map(|(_, s)| *s).collect(),
            settings: &scenario.ec2,
            horizon_hours: scenario.horizon_hours,
        };
        for snapshot in placement_at(&input, instance_type, hour) {
            let az = char::from_u32(u32::from('a') + snapshot.az % 26).unwrap_or('?');
            let label = if several {
                format!("{group_label} #{}", snapshot.id)
            } else {
                format!("#{} az-{az}", snapshot.id)
            };
            let tasks = snapshot
                .tasks
                .iter()
                .filter_map(|&(local, count)| {
                    let (global, service) = members.get(local)?;
                    Some((*global, count, service.cpu_units, service.memory_mib))
                })
                .collect();
            out.push(PlacedInstance {
                label,
                registered_cpu_units: snapshot.registered_cpu_units,
                registered_memory_mib: snapshot.registered_memory_mib,
                tasks,
            });
        }
    }
    out
}

/// `ec2/per-service` → `EC2 · One cluster per service`.
pub fn key_label(key: OptionKey) -> String {
    format!(
        "{} · {}",
        s().launch_label(key.launch_type),
        s().layout_label(key.layout)
    )
}

/// The break-even scan as one curve per option (options that cost the same
/// at every scale, like Fargate on every layout, draw one line).
pub fn break_even_curves(scan: &BreakEven) -> Vec<Curve> {
    let mut curves: Vec<Curve> = Vec::new();
    for point in &scan.points {
        for (key, usd) in &point.monthly_cost_usd {
            let label = key_label(*key);
            match curves.iter_mut().find(|c| c.name == label) {
                Some(c) => c.points.push((point.scale, *usd)),
                None => curves.push(Curve {
                    name: label,
                    points: vec![(point.scale, *usd)],
                }),
            }
        }
    }
    let mut unique: Vec<Curve> = Vec::new();
    for c in curves {
        let same = |u: &Curve| {
            u.points.len() == c.points.len()
                && u.points
                    .iter()
                    .zip(&c.points)
                    .all(|(a, b)| a.0 == b.0 && (a.1 - b.1).abs() < 0.005)
        };
        if !unique.iter().any(same) {
            unique.push(c);
        }
    }
    unique
}

/// The option's hourly CPU and memory reservation, percent of billed
/// (Fargate) or registered (EC2) capacity.
pub fn reserved_pct_series(option: &OptionResult) -> Vec<Series> {
    vec![
        Series {
            name: s().series_cpu_pct.into(),
            values: option.hourly_cpu_reserved_pct.clone(),
        },
        Series {
            name: s().series_memory_pct.into(),
            values: option.hourly_memory_reserved_pct.clone(),
        },
    ]
}

/// EC2: running instances each hour as ECS runs them, and the ideal repack.
pub fn instance_series(option: &OptionResult) -> Vec<Series> {
    let to_f64 = |v: Vec<u32>| v.into_iter().map(f64::from).collect::<Vec<_>>();
    vec![
        Series {
            name: s().series_as_ecs.into(),
            values: to_f64(option.hourly_instances()),
        },
        Series {
            name: s().series_ideal.into(),
            values: to_f64(option.hourly_ideal_instances()),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::ScenarioDoc;
    use crate::sim;
    use ecs_planner_engine::pricing::bundled;
    use ecs_planner_engine::scenario::{LaunchType, Layout};

    #[test]
    fn the_charts_follow_the_selected_key_else_the_cheapest() {
        let report = sim::run(&ScenarioDoc::default_scenario(), bundled())
            .report
            .unwrap();
        let key = OptionKey::parse("ec2/per-service").unwrap();
        let chosen = chosen_option(&report, Some(&key)).unwrap();
        assert_eq!(
            (chosen.launch_type, chosen.layout),
            (LaunchType::Ec2, Layout::PerService)
        );
        // The example has no custom layout: a custom key falls back to the cheapest.
        let absent = OptionKey::parse("fargate/custom").unwrap();
        let cheapest = &report.options[report.cheapest.unwrap()];
        assert_eq!(chosen_option(&report, Some(&absent)), Some(cheapest));
        assert_eq!(chosen_option(&report, None), Some(cheapest));
    }

    #[test]
    fn reserved_vcpu_at_a_business_hour_sums_the_tasks() {
        let outcome = sim::run(&ScenarioDoc::default_scenario(), bundled());
        let scenario = outcome.scenario.unwrap();
        let names: Vec<String> = scenario.services.iter().map(|s| s.name.clone()).collect();
        let series = reserved_series(&scenario, &names);
        // Hour 10: api 4 × 0.5 + web 6 × 0.25 + worker 2 × 1 = 2 + 1.5 + 2 = 5.5 vCPU
        assert_eq!(series[0].values[10], 5.5);
        // Hour 20: web at 3: 2 + 0.75 + 2 = 4.75 vCPU
        assert_eq!(series[0].values[20], 4.75);
        // Hour 2: web at base 2: 2 + 0.5 + 2 = 4.5 vCPU; GB: 4 × 1 + 2 × 0.5 + 2 × 2 = 9
        assert_eq!(series[0].values[2], 4.5);
        assert_eq!(series[1].values[2], 9.0);
    }

    #[test]
    fn placement_puts_every_task_of_the_hour_on_an_instance() {
        let outcome = sim::run(&ScenarioDoc::default_scenario(), bundled());
        let scenario = outcome.scenario.unwrap();
        // A single EC2 cluster on m5.large, as the EC2 option of the
        // single layout would report it.
        let option = OptionResult {
            launch_type: LaunchType::Ec2,
            layout: Layout::Single,
            clusters: vec![ecs_planner_engine::report::ClusterResult {
                name: "shared".into(),
                services: vec!["api".into(), "web".into(), "worker".into()],
                instance_type: Some("m5.large".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        let map = placement(&scenario, &option, 10, bundled(), false);
        // Hour 10: api 4 + web 6 + worker 2 = 12 tasks, all placed.
        let placed: u32 = map.iter().flat_map(|i| i.tasks.iter().map(|t| t.1)).sum();
        assert_eq!(placed, 12);
        // m5.large registers 2 × 1024 CPU units.
        assert!(map.iter().all(|i| i.registered_cpu_units == 2048));
        // Nobody reserves more than the instance registers.
        for i in &map {
            let cpu: u32 = i.tasks.iter().map(|t| t.1 * t.2).sum();
            assert!(cpu <= 2048, "{i:?}");
        }
        assert!(placement(&scenario, &OptionResult::default(), 10, bundled(), false).is_empty());
    }

    #[test]
    fn break_even_doubles_with_scale_on_fargate() {
        let outcome = sim::run(&ScenarioDoc::default_scenario(), bundled());
        let later = sim::deferred(
            outcome.scenario.as_ref().unwrap(),
            outcome.report.as_ref().unwrap(),
            bundled(),
        );
        let curves = break_even_curves(&later.break_even);
        // All Fargate layouts cost the same: one Fargate line.
        let fargate: Vec<&Curve> = curves
            .iter()
            .filter(|c| c.name.starts_with(s().launch_fargate))
            .collect();
        assert_eq!(fargate.len(), 1, "{curves:?}");
        let at = |f: f64| fargate[0].points.iter().find(|p| p.0 == f).unwrap().1;
        // 2× tasks (whole counts, no rounding at 2×): exactly twice 1×.
        assert!((at(2.0) - 2.0 * at(1.0)).abs() < 1e-6);
    }
}
