//! The placement map: every instance at one hour, its registered CPU (left
//! half of the bar) and memory (right half) filled by its tasks, coloured
//! by service.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw_empty, draw_legend, series_colour, themed_mesh, DrawResult, Theme};
use crate::strings::current as s;

/// One instance as the chart needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedInstance {
    /// Short label under the bar, e.g. `#3 az-b`.
    pub label: String,
    pub registered_cpu_units: u32,
    pub registered_memory_mib: u32,
    /// (service index for the colour, tasks, CPU units per task, MiB per task).
    pub tasks: Vec<(usize, u32, u32, u32)>,
}

/// `service_names[i]` names the colour of service index `i`.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    instances: &[PlacedInstance],
    service_names: &[String],
    theme: &Theme,
) -> DrawResult<DB> {
    if instances.is_empty() {
        return draw_empty(root, theme, s().placement_empty);
    }
    let n = instances.len();
    root.fill(&theme.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin(theme.px(10.0))
        .x_label_area_size(theme.px(40.0))
        .y_label_area_size(theme.px(56.0))
        .build_cartesian_2d(
            0f64..n as f64,
            0f64..100.0 * (1.1 + 0.12 * service_names.len() as f64),
        )?;
    let labels: Vec<String> = instances.iter().map(|i| i.label.clone()).collect();
    let label_for = move |x: &f64| -> String {
        let centre = x - 0.5;
        if centre < 0.0 || (centre - centre.round()).abs() > 0.01 {
            return String::new();
        }
        labels
            .get(centre.round() as usize)
            .cloned()
            .unwrap_or_default()
    };
    // Label at most ~12 instances; plotters places x labels on a grid of
    // `label_count` steps over 0..n, so step through the bar centres.
    let step = n.div_ceil(12).max(1);
    themed_mesh(
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_desc(s().axis_instance)
            .y_desc(s().axis_placement)
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&|y| {
                if *y <= 100.0 {
                    format!("{y:.0}%")
                } else {
                    String::new()
                }
            }),
        theme,
    )
    .draw()?;
    let label_style = theme.font(11.0).pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Top,
    ));
    chart.draw_series((0..n).step_by(step).map(|i| {
        Text::new(
            label_for(&(i as f64 + 0.5)),
            (i as f64 + 0.5, -2.0),
            label_style.clone(),
        )
    }))?;
    for (x, instance) in instances.iter().enumerate() {
        let x = x as f64;
        // Registered capacity outlines.
        chart.draw_series([
            Rectangle::new(
                [(x + 0.08, 0.0), (x + 0.49, 100.0)],
                ShapeStyle::from(theme.axis).stroke_width(1),
            ),
            Rectangle::new(
                [(x + 0.51, 0.0), (x + 0.92, 100.0)],
                ShapeStyle::from(theme.axis).stroke_width(1),
            ),
        ])?;
        let (mut cpu_y, mut mem_y) = (0.0, 0.0);
        for &(service, count, cpu, mem) in &instance.tasks {
            let colour = series_colour(service);
            let cpu_h = pct(count, cpu, instance.registered_cpu_units);
            let mem_h = pct(count, mem, instance.registered_memory_mib);
            chart.draw_series([
                Rectangle::new(
                    [(x + 0.08, cpu_y), (x + 0.49, cpu_y + cpu_h)],
                    colour.filled(),
                ),
                Rectangle::new(
                    [(x + 0.51, mem_y), (x + 0.92, mem_y + mem_h)],
                    colour.filled(),
                ),
            ])?;
            cpu_y += cpu_h;
            mem_y += mem_h;
        }
    }
    for (i, name) in service_names.iter().enumerate() {
        let colour = series_colour(i);
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())?
            .label(name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
    }
    draw_legend(&mut chart, theme, SeriesLabelPosition::UpperRight)
}

/// `count` tasks of `per_task` as a percent of `registered` (0 if nothing
/// is registered).
fn pct(count: u32, per_task: u32, registered: u32) -> f64 {
    if registered == 0 {
        return 0.0;
    }
    f64::from(count) * f64::from(per_task) / f64::from(registered) * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{svg, texts};

    #[test]
    fn bars_fill_to_the_reserved_share_and_the_legend_names_services() {
        // One m5.large-like instance registering 2048 CPU / 7985 MiB with
        // 2 api tasks (512 / 1024): CPU 2 × 512 / 2048 = 50%.
        let instances = vec![PlacedInstance {
            label: "#1 az-a".into(),
            registered_cpu_units: 2048,
            registered_memory_mib: 7985,
            tasks: vec![(0, 2, 512, 1024)],
        }];
        let names = vec!["api".to_string(), "web".to_string()];
        let out = svg(|root| draw(root, &instances, &names, &Theme::light(1.0)).unwrap());
        let labels = texts(&out);
        for want in ["api", "web", "#1 az-a", s().axis_placement, "50%", "100%"] {
            assert!(labels.iter().any(|t| t == want), "{want} in {labels:?}");
        }
        assert!(out.contains("#0072B2"));
        assert_eq!(pct(2, 512, 2048), 50.0);
        assert_eq!(pct(1, 1, 0), 0.0);
    }
}
