//! Monthly cost across scale: each option's cost when every task count is
//! multiplied by a factor; where the lines cross is the break-even.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw_empty, draw_legend, nice_top, series_colour, themed_mesh, DrawResult, Theme};
use crate::strings::current as s;

/// One option's monthly cost at each scale factor: (factor, USD).
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    curves: &[Curve],
    theme: &Theme,
) -> DrawResult<DB> {
    let all = curves.iter().flat_map(|c| c.points.iter().copied());
    let (x_max, y_max) = all.fold((0.0_f64, 0.0_f64), |(x, y), (a, b)| (x.max(a), y.max(b)));
    if x_max <= 0.0 {
        return draw_empty(root, theme, "—");
    }
    root.fill(&theme.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin(theme.px(10.0))
        .x_label_area_size(theme.px(40.0))
        .y_label_area_size(theme.px(70.0))
        .build_cartesian_2d(0f64..x_max, 0f64..nice_top(y_max))?;
    themed_mesh(
        chart
            .configure_mesh()
            .x_desc(s().axis_scale)
            .y_desc(s().axis_usd_per_month)
            .x_labels(8)
            .y_labels(6)
            .x_label_formatter(&|x| format!("{x:.1}×"))
            .y_label_formatter(&|y| format!("${y:.0}")),
        theme,
    )
    .draw()?;
    for (k, curve) in curves.iter().enumerate() {
        let colour = series_colour(k);
        chart
            .draw_series(LineSeries::new(
                curve.points.clone(),
                ShapeStyle::from(colour).stroke_width(theme.px(2.0)),
            ))?
            .label(curve.name.clone())
            .legend(move |(x, y)| {
                PathElement::new(
                    vec![(x, y), (x + 14, y)],
                    ShapeStyle::from(colour).stroke_width(3),
                )
            });
        chart.draw_series(
            curve
                .points
                .iter()
                .map(|&(x, y)| Circle::new((x, y), theme.px(3.0), colour.filled())),
        )?;
    }
    draw_legend(&mut chart, theme, SeriesLabelPosition::UpperLeft)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::svg;

    #[test]
    fn renders_each_curve_in_the_legend_and_the_scale_axis() {
        let curves = vec![
            Curve {
                name: "Fargate · single".into(),
                points: vec![(0.5, 90.0), (1.0, 180.0), (2.0, 360.0)],
            },
            Curve {
                name: "EC2 · single".into(),
                points: vec![(0.5, 140.0), (1.0, 170.0), (2.0, 250.0)],
            },
        ];
        let out = svg(|root| draw(root, &curves, &Theme::light(1.0)).unwrap());
        assert!(out.contains("Fargate · single") && out.contains("EC2 · single"));
        assert!(out.contains(s().axis_scale) && out.contains(s().axis_usd_per_month));
        assert!(out.contains("2.0×"));
    }
}
