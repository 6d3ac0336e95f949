//! Turns a simulation into the inputs of the charts (pure).

use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::report::{OptionResult, SimulationReport};
use ecs_planner_engine::scenario::{LaunchType, Scenario};

use crate::charts::break_even::Curve;
use crate::charts::cost_over_time::Layer;
use crate::charts::reservation::Series;
use crate::strings as s;

pub fn launch_id(lt: LaunchType) -> &'static str {
    match lt {
        LaunchType::Fargate => "fargate",
        LaunchType::Ec2 => "ec2",
    }
}

/// The option the charts follow: the selected cell if it still exists, else
/// the cheapest.
pub fn chosen_option<'a>(
    report: &'a SimulationReport,
    selected: Option<&(String, String)>,
) -> Option<&'a OptionResult> {
    selected
        .and_then(|(lt, layout)| {
            report
                .options
                .iter()
                .find(|o| launch_id(o.launch_type) == lt && &o.layout == layout)
        })
        .or_else(|| {
            report
                .options
                .iter()
                .min_by(|a, b| a.monthly_cost_usd.total_cmp(&b.monthly_cost_usd))
        })
}

pub fn option_label(o: &OptionResult) -> String {
    format!(
        "{} · {}",
        s::launch_label(launch_id(o.launch_type)),
        s::layout_label(&o.layout)
    )
}

/// Cost layers, one per cluster.
pub fn cost_layers(option: &OptionResult) -> Vec<Layer> {
    option
        .clusters
        .iter()
        .map(|c| Layer {
            name: c.name.clone(),
            hourly_usd: c.hourly_cost_usd.clone(),
        })
        .collect()
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
            name: s::SERIES_VCPU.into(),
            values: per_hour(&|s| f64::from(s.cpu_units) / 1024.0),
        },
        Series {
            name: s::SERIES_GB.into(),
            values: per_hour(&|s| f64::from(s.memory_mib) / 1024.0),
        },
    ]
}

/// The break-even scan as one curve per option (options that cost the same
/// at every scale, like Fargate on every layout, draw one line).
pub fn break_even_curves(scan: &BreakEven) -> Vec<Curve> {
    let mut curves: Vec<Curve> = Vec::new();
    for point in &scan.points {
        for (label, usd) in &point.monthly_cost_usd {
            match curves.iter_mut().find(|c| &c.name == label) {
                Some(c) => c.points.push((point.scale, *usd)),
                None => curves.push(Curve {
                    name: label.clone(),
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
            name: s::SERIES_CPU_PCT.into(),
            values: option.hourly_cpu_reserved_pct.clone(),
        },
        Series {
            name: s::SERIES_MEMORY_PCT.into(),
            values: option.hourly_memory_reserved_pct.clone(),
        },
    ]
}

/// EC2: running instances each hour as ECS runs them, and the ideal repack.
pub fn instance_series(option: &OptionResult) -> Vec<Series> {
    let to_f64 = |v: Vec<u32>| v.into_iter().map(f64::from).collect::<Vec<_>>();
    vec![
        Series {
            name: s::SERIES_AS_ECS.into(),
            values: to_f64(option.hourly_instances()),
        },
        Series {
            name: s::SERIES_IDEAL.into(),
            values: to_f64(option.hourly_ideal_instances()),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::default_scenario;
    use crate::sim;
    use ecs_planner_engine::pricing::bundled;

    #[test]
    fn reserved_vcpu_at_a_business_hour_sums_the_tasks() {
        let outcome = sim::run(&default_scenario(), bundled());
        let scenario = outcome.scenario.unwrap();
        let names: Vec<String> = scenario.services.iter().map(|s| s.name.clone()).collect();
        let series = reserved_series(&scenario, &names);
        // Hour 10: api 4 × 0.5 + web 6 × 0.25 + worker 2 × 1 = 2 + 1.5 + 2 = 5.5 vCPU
        assert_eq!(series[0].values[10], 5.5);
        // Hour 2: web at base 2: 2 + 0.5 + 2 = 4.5 vCPU; GB: 4 × 1 + 2 × 0.5 + 2 × 2 = 9
        assert_eq!(series[0].values[2], 4.5);
        assert_eq!(series[1].values[2], 9.0);
    }

    #[test]
    fn break_even_doubles_with_scale_on_fargate() {
        let outcome = sim::run(&default_scenario(), bundled());
        let curves = break_even_curves(outcome.break_even.as_ref().unwrap());
        // All Fargate layouts cost the same: one line.
        assert_eq!(curves.len(), 1);
        let at = |f: f64| curves[0].points.iter().find(|p| p.0 == f).unwrap().1;
        // 2× tasks (whole counts, no rounding at 2×): exactly twice 1×.
        assert!((at(2.0) - 2.0 * at(1.0)).abs() < 1e-6);
    }
}
