//! Hourly line series on one axis: CPU and memory reservation over time, and
//! (EC2) instances as ECS runs them against the ideal repack.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{
    draw_empty, draw_hour_marker, draw_legend, nice_top, series_colour, themed_mesh, DrawResult,
    Theme,
};
use crate::strings::current as s;

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// Line chart of several hourly series on one axis titled `y_desc`;
/// `marker_hour` draws a vertical line at that hour.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    series: &[Series],
    y_desc: &str,
    marker_hour: Option<u32>,
    theme: &Theme,
) -> DrawResult<DB> {
    let hours = series.iter().map(|l| l.values.len()).max().unwrap_or(0);
    if hours == 0 {
        return draw_empty(root, theme, "—");
    }
    let max = series
        .iter()
        .flat_map(|l| l.values.iter().copied())
        .fold(0.0, f64::max);
    // Headroom above the data for the legend, one row per series.
    let top_y = nice_top(max) * (1.1 + 0.12 * series.len() as f64);
    root.fill(&theme.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin(theme.px(super::MARGIN_CSS_PX))
        .x_label_area_size(theme.px(40.0))
        .y_label_area_size(theme.px(super::HOURLY_Y_LABEL_CSS_PX))
        .build_cartesian_2d(0f64..hours as f64, 0f64..top_y)?;
    themed_mesh(
        chart
            .configure_mesh()
            .x_desc(s().axis_hour)
            .y_desc(y_desc)
            .x_labels(8)
            .y_labels(6)
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| format!("{y:.1}")),
        theme,
    )
    .draw()?;
    for (k, line) in series.iter().enumerate() {
        let colour = series_colour(k);
        let points: Vec<(f64, f64)> = line
            .values
            .iter()
            .enumerate()
            .flat_map(|(h, &y)| [(h as f64, y), (h as f64 + 1.0, y)])
            .collect();
        chart
            .draw_series(LineSeries::new(
                points,
                // The first series draws wider, so equal series stay visible.
                ShapeStyle::from(colour).stroke_width(theme.px(if k == 0 { 4.0 } else { 1.5 })),
            ))?
            .label(line.name.clone())
            .legend(move |(x, y)| {
                PathElement::new(
                    vec![(x, y), (x + 14, y)],
                    ShapeStyle::from(colour).stroke_width(3),
                )
            });
    }
    draw_hour_marker(&mut chart, theme, marker_hour, top_y)?;
    draw_legend(&mut chart, theme, SeriesLabelPosition::UpperRight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::svg;

    #[test]
    fn renders_both_series_with_their_names_and_axis_units() {
        let series = vec![
            Series {
                name: s().series_vcpu.into(),
                values: vec![4.5; 168],
            },
            Series {
                name: s().series_gb.into(),
                values: vec![9.0; 168],
            },
        ];
        let out =
            svg(|root| draw(root, &series, s().axis_reserved, None, &Theme::light(1.0)).unwrap());
        assert!(out.contains(s().series_vcpu) && out.contains(s().series_gb));
        assert!(out.contains(s().axis_reserved) && out.contains(s().axis_hour));
        assert!(out.contains("<polyline"));
    }
}
