//! The charts of the chosen option as SVG documents, for "Export → Charts
//! (SVG)": the same drawing functions the page uses on canvas
//! ([`crate::charts`]), drawn on plotters' SVG backend. Pure: runs natively.

use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::pricing::PriceBook;
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::{LaunchType, Scenario};
use plotters::prelude::*;

use crate::chart_data;
use crate::charts::{self, Theme};
use crate::strings::current as s;

/// The charts the page shows for the chosen option, as SVG documents.
pub fn chart_svgs(
    scenario: &Scenario,
    report: &SimulationReport,
    selected: Option<&OptionKey>,
    hour: u32,
    prices: &PriceBook,
    break_even: Option<&BreakEven>,
) -> Vec<(String, String)> {
    let Some(option) = chart_data::chosen_option(report, selected) else {
        return Vec::new();
    };
    let theme = Theme::light(1.0);
    let size = (900u32, 420u32);
    let mut out = Vec::new();
    let mut draw =
        |name: &str, f: &dyn Fn(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> bool| {
            let mut svg = String::new();
            let ok = {
                let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                f(&root) && root.present().is_ok()
            };
            if ok {
                out.push((name.to_string(), svg));
            }
        };
    let layers = chart_data::cost_layers(option);
    draw("chart-cost", &|root| {
        charts::cost_over_time::draw(root, &layers, Some(hour), &theme).is_ok()
    });
    let (series, axis) = if option.hourly_cpu_reserved_pct.is_empty() {
        let names: Vec<String> = option
            .clusters
            .iter()
            .flat_map(|c| c.services.clone())
            .collect();
        (
            chart_data::reserved_series(scenario, &names),
            s().axis_reserved,
        )
    } else {
        (
            chart_data::reserved_pct_series(option),
            s().axis_reserved_pct,
        )
    };
    draw("chart-reservation", &|root| {
        charts::reservation::draw(root, &series, axis, Some(hour), &theme).is_ok()
    });
    if option.launch_type == LaunchType::Ec2 {
        let instances = chart_data::instance_series(option);
        draw("chart-instances", &|root| {
            charts::reservation::draw(root, &instances, s().axis_instances, Some(hour), &theme)
                .is_ok()
        });
        let only_first = chart_data::first_cluster_only(scenario, option);
        let map = chart_data::placement(scenario, option, hour, prices, only_first);
        let names: Vec<String> = scenario.services.iter().map(|s| s.name.clone()).collect();
        draw("chart-placement", &|root| {
            charts::placement::draw(root, &map, &names, &theme).is_ok()
        });
    }
    let bars = crate::showback::by_service(scenario, option);
    draw("chart-showback", &|root| {
        charts::showback::draw(root, &bars, &theme).is_ok()
    });
    if let Some(scan) = break_even {
        let curves = chart_data::break_even_curves(scan);
        draw("chart-break-even", &|root| {
            charts::break_even::draw(root, &curves, &theme).is_ok()
        });
    }
    out
}
