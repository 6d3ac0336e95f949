//! Cost by service (showback): one bar per service, USD per month.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{draw_empty, nice_top, series_colour, themed_mesh, DrawResult, Theme};
use crate::strings::current as s;

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    bars: &[(String, f64)],
    theme: &Theme,
) -> DrawResult<DB> {
    if bars.is_empty() {
        return draw_empty(root, theme, "—");
    }
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max);
    let n = bars.len();
    root.fill(&theme.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin(theme.px(10.0))
        .x_label_area_size(theme.px(40.0))
        .y_label_area_size(theme.px(64.0))
        .build_cartesian_2d(
            (0..n.saturating_sub(1)).into_segmented(),
            0f64..nice_top(max),
        )?;
    let names: Vec<String> = bars.iter().map(|b| b.0.clone()).collect();
    let label_for = move |x: &SegmentValue<usize>| -> String {
        match x {
            SegmentValue::CenterOf(i) => names.get(*i).cloned().unwrap_or_default(),
            _ => String::new(),
        }
    };
    themed_mesh(
        chart
            .configure_mesh()
            .disable_x_mesh()
            .y_desc(s().axis_usd_per_month)
            .x_labels(n)
            .y_labels(6)
            .x_label_formatter(&label_for)
            .y_label_formatter(&|y| format!("${y:.0}")),
        theme,
    )
    .draw()?;
    let gap = theme.px(8.0);
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, usd))| {
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), *usd),
            ],
            series_colour(i).filled(),
        );
        bar.set_margin(0, 0, gap, gap);
        bar
    }))?;
    let value_style = theme.font(11.0).pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Bottom,
    ));
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, usd))| {
        Text::new(
            crate::format::usd(*usd),
            (SegmentValue::CenterOf(i), *usd),
            value_style.clone(),
        )
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{svg, texts};

    #[test]
    fn one_bar_and_one_label_per_service() {
        let bars = vec![("api".to_string(), 72.08), ("web".to_string(), 33.04)];
        let out = svg(|root| draw(root, &bars, &Theme::light(1.0)).unwrap());
        let labels = texts(&out);
        assert!(
            labels.iter().any(|t| t == "api") && labels.iter().any(|t| t == "web"),
            "{labels:?}"
        );
        assert!(
            labels.iter().any(|t| t == "$72.08") && labels.iter().any(|t| t == "$33.04"),
            "{labels:?}"
        );
        // Two bars, two category labels and no third empty slot.
        assert_eq!(
            labels.iter().filter(|t| *t == "api" || *t == "web").count(),
            2
        );
        let one = svg(|root| draw(root, &bars[..1], &Theme::light(1.0)).unwrap());
        assert!(texts(&one).iter().any(|t| t == "api"));
        // Two bars: Okabe–Ito blue and orange.
        assert!(out.contains("#0072B2") && out.contains("#E69F00"));
        assert!(out.contains(s().axis_usd_per_month));
    }
}
