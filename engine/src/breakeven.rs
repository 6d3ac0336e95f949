//! Break-even analysis: the workload scaled from 0.25× to 4×, simulated at
//! each step, to find where EC2 starts (or stops) beating Fargate for each
//! layout — the data behind the break-even chart and the verdict's "what
//! would change the answer".
//!
//! Scaling (a modelling choice): every non-daemon service's desired count,
//! hour by hour, is multiplied by the factor and rounded to the nearest
//! whole task; an hour that had at least one task keeps at least one.
//! Daemons stay one per instance. Between two scanned factors the crossover
//! is interpolated linearly on the cost difference.

use crate::findings::OptionKey;
use crate::pricing::PriceBook;
use crate::report::SimulationReport;
pub use crate::report::{BreakEven, BreakEvenPoint, Crossover};
use crate::scenario::{Desired, LaunchType, Layout, Scenario};
use crate::simulate::simulate;

/// The factors the app charts.
pub const DEFAULT_SCALES: [f64; 9] = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0];

/// `scenario` with every non-daemon service's counts scaled by `factor`.
pub fn scaled(scenario: &Scenario, factor: f64) -> Scenario {
    let scale = |n: u32| -> u32 {
        if n == 0 {
            return 0;
        }
        let scaled = (f64::from(n) * factor).round();
        // Finite and clamped to u32's range before the cast.
        let scaled = if scaled.is_finite() {
            scaled.clamp(1.0, f64::from(u32::MAX)) as u32
        } else {
            n
        };
        scaled.max(1)
    };
    let mut out = scenario.clone();
    for service in out.services.iter_mut().filter(|s| !s.daemon) {
        service.desired = match &service.desired {
            Desired::Count(n) => Desired::Count(scale(*n)),
            Desired::Profile(p) => Desired::Profile(p.iter().map(|&n| scale(n)).collect()),
        };
    }
    out
}

/// Simulates `scenario` at each factor of `scales` (ascending); at 1× it
/// reads `base`, the report of `scenario` itself, instead of simulating it
/// again.
pub fn break_even(
    scenario: &Scenario,
    prices: &PriceBook,
    base: &SimulationReport,
    scales: &[f64],
) -> BreakEven {
    let costs = |report: &SimulationReport| -> Vec<(OptionKey, f64)> {
        report
            .options
            .iter()
            .filter(|o| !o.incomplete)
            .map(|o| (o.key(), o.monthly_cost_usd))
            .collect()
    };
    let points: Vec<BreakEvenPoint> = scales
        .iter()
        .map(|&scale| BreakEvenPoint {
            scale,
            monthly_cost_usd: if scale == 1.0 {
                costs(base)
            } else {
                costs(&simulate(&scaled(scenario, scale), prices))
            },
        })
        .collect();
    let crossovers = scenario
        .layouts
        .iter()
        .filter_map(|&layout| crossover(&points, layout))
        .collect();
    BreakEven { points, crossovers }
}

fn crossover(points: &[BreakEvenPoint], layout: Layout) -> Option<Crossover> {
    let ec2_key = OptionKey::new(LaunchType::Ec2, layout);
    let fargate_key = OptionKey::new(LaunchType::Fargate, layout);
    let cost = |p: &BreakEvenPoint, key: &OptionKey| {
        p.monthly_cost_usd
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, c)| *c)
    };
    // (scale, ec2 − fargate) wherever both exist.
    let diffs: Vec<(f64, f64)> = points
        .iter()
        .filter_map(|p| Some((p.scale, cost(p, &ec2_key)? - cost(p, &fargate_key)?)))
        .collect();
    let (_, first) = *diffs.first()?;
    for pair in diffs.windows(2) {
        let [(s0, d0), (s1, d1)] = pair else { continue };
        if (*d0 < 0.0) != (*d1 < 0.0) {
            let t = if (d0 - d1).abs() > f64::EPSILON {
                d0 / (d0 - d1)
            } else {
                0.0
            };
            return Some(Crossover {
                layout,
                scale: Some(s0 + t * (s1 - s0)),
                ec2_cheaper_above: *d1 < 0.0,
            });
        }
    }
    Some(Crossover {
        layout,
        scale: None,
        ec2_cheaper_above: first < 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(scale: f64, ec2: f64, fargate: f64) -> BreakEvenPoint {
        BreakEvenPoint {
            scale,
            monthly_cost_usd: vec![
                (OptionKey::new(LaunchType::Fargate, Layout::Single), fargate),
                (OptionKey::new(LaunchType::Ec2, Layout::Single), ec2),
            ],
        }
    }

    #[test]
    fn crossover_is_interpolated_between_the_scanned_factors() {
        // ec2 − fargate: +10 at 1×, −30 at 2× → zero at 1 + 10/40 = 1.25×.
        let points = [point(1.0, 110.0, 100.0), point(2.0, 170.0, 200.0)];
        let c = crossover(&points, Layout::Single).unwrap();
        assert_eq!(c.scale, Some(1.25));
        assert!(c.ec2_cheaper_above);
        assert_eq!(c.layout, Layout::Single);
    }

    #[test]
    fn no_crossover_says_who_stays_cheaper() {
        let points = [point(0.25, 50.0, 20.0), point(4.0, 500.0, 320.0)];
        let c = crossover(&points, Layout::Single).unwrap();
        assert_eq!(c.scale, None);
        assert!(!c.ec2_cheaper_above);
        let scan = BreakEven {
            points: points.to_vec(),
            crossovers: vec![c],
        };
        let text: Vec<String> = crate::verdict::break_even_findings(&scan)
            .iter()
            .map(crate::text::en::verdict)
            .collect();
        assert_eq!(
            text,
            ["Fargate stays cheaper than EC2 on one shared cluster from 0.25× to 4× today's task counts."]
        );
    }

    #[test]
    fn scaling_rounds_to_whole_tasks_and_keeps_one_where_there_was_one() {
        let check = |desired: Desired, factor: f64, expected: Desired| {
            let mut scenario = crate::validate::parse_scenario(
                r#"{"version":1,"region":"us-east-1","services":[{"name":"a","cpu":256,"memory":512,"count":1}]}"#,
                crate::pricing::bundled(),
            )
            .unwrap()
            .scenario;
            scenario.services[0].desired = desired;
            assert_eq!(scaled(&scenario, factor).services[0].desired, expected);
        };
        check(Desired::Count(4), 0.25, Desired::Count(1));
        check(Desired::Count(1), 0.25, Desired::Count(1));
        check(Desired::Count(3), 1.5, Desired::Count(5)); // 4.5 rounds half away from zero
        check(Desired::Count(0), 4.0, Desired::Count(0));
        let mut profile = vec![0; 24];
        profile[9] = 2;
        let mut expected = vec![0; 24];
        expected[9] = 8;
        check(Desired::Profile(profile), 4.0, Desired::Profile(expected));
    }
}
