//! Cost over time, stacked by cluster: USD per hour over the horizon.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{
    draw_empty, draw_hour_marker, draw_legend, nice_top, series_colour, themed_mesh, DrawResult,
    Theme,
};
use crate::strings::current as s;

/// One stacked series: a cluster and its cost in each hour, USD.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub name: String,
    pub hourly_usd: Vec<f64>,
}

/// `marker_hour` draws a vertical line at that hour (the hour slider).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layers: &[Layer],
    marker_hour: Option<u32>,
    theme: &Theme,
) -> DrawResult<DB> {
    let hours = layers.iter().map(|l| l.hourly_usd.len()).max().unwrap_or(0);
    if hours == 0 {
        return draw_empty(root, theme, "—");
    }
    // Cumulative tops: tops[k][h] = sum of layers 0..=k at hour h.
    let mut tops: Vec<Vec<f64>> = Vec::with_capacity(layers.len());
    for layer in layers {
        let below = tops.last().cloned().unwrap_or_else(|| vec![0.0; hours]);
        let top: Vec<f64> = (0..hours)
            .map(|h| {
                below.get(h).copied().unwrap_or(0.0)
                    + layer.hourly_usd.get(h).copied().unwrap_or(0.0)
            })
            .collect();
        tops.push(top);
    }
    let max = tops
        .last()
        .map(|t| t.iter().copied().fold(0.0, f64::max))
        .unwrap_or(0.0);
    root.fill(&theme.background)?;
    let x_max = hours as f64;
    // Headroom above the data for the legend, one row per series.
    let top_y = nice_top(max) * (1.1 + 0.12 * layers.len() as f64);
    let mut chart = ChartBuilder::on(root)
        .margin(theme.px(super::MARGIN_CSS_PX))
        .x_label_area_size(theme.px(40.0))
        .y_label_area_size(theme.px(super::HOURLY_Y_LABEL_CSS_PX))
        .build_cartesian_2d(0f64..x_max, 0f64..top_y)?;
    themed_mesh(
        chart
            .configure_mesh()
            .x_desc(s().axis_hour)
            .y_desc(s().axis_usd_per_hour)
            .x_labels(8)
            .y_labels(6)
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| format!("${y:.2}")),
        theme,
    )
    .draw()?;
    // Draw the tallest layer first so lower ones paint over it.
    for (k, layer) in layers.iter().enumerate().rev() {
        let colour = series_colour(k);
        let Some(top) = tops.get(k) else { continue };
        let points: Vec<(f64, f64)> = top
            .iter()
            .enumerate()
            .flat_map(|(h, &y)| [(h as f64, y), (h as f64 + 1.0, y)])
            .collect();
        chart
            .draw_series(
                AreaSeries::new(points, 0.0, colour.mix(0.85))
                    .border_style(ShapeStyle::from(colour).stroke_width(theme.px(1.0))),
            )?
            .label(layer.name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
    }
    draw_hour_marker(&mut chart, theme, marker_hour, top_y)?;
    draw_legend(&mut chart, theme, SeriesLabelPosition::UpperRight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::svg;

    #[test]
    fn renders_axes_and_one_legend_entry_per_cluster() {
        let layers = vec![
            Layer {
                name: "api-cluster".into(),
                hourly_usd: vec![0.1; 24],
            },
            Layer {
                name: "worker-cluster".into(),
                hourly_usd: vec![0.2; 24],
            },
        ];
        let out = svg(|root| draw(root, &layers, Some(10), &Theme::light(1.0)).unwrap());
        assert!(out.contains(s().axis_hour));
        assert!(out.contains(s().axis_usd_per_hour));
        assert!(out.contains("api-cluster") && out.contains("worker-cluster"));
        // Okabe–Ito blue and orange fill the two layers.
        assert!(out.to_uppercase().contains("#0072B2") && out.to_uppercase().contains("#E69F00"));
        // 0.1 + 0.2 = 0.3 USD/h stacked: the y axis goes past $0.30.
        assert!(out.contains("$0.30"));
    }

    #[test]
    fn empty_input_draws_a_placeholder_not_a_panic() {
        let out = svg(|root| draw(root, &[], None, &Theme::dark(2.0)).unwrap());
        assert!(out.contains("—"));
    }
}
