//! Charts as pure drawing functions, generic over the plotters backend: the
//! app draws them on `<canvas>` (plotters-canvas), native tests draw them to
//! SVG and check the labels and series.
//!
//! Colours: the Okabe–Ito palette (safe for the common colour-blindness
//! types), on a light or dark [`Theme`]. Sizes scale with [`Theme::scale`]
//! (the device pixel ratio) so canvases stay sharp on high-DPI screens.

pub mod break_even;
pub mod cost_over_time;
pub mod placement;
pub mod reservation;
pub mod showback;

use plotters::chart::MeshStyle;
use plotters::coord::ranged1d::ValueFormatter;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::CoordTranslate;
use plotters::prelude::*;
use plotters::style::RGBColor;

/// Okabe–Ito, in the order series take them (black is left out: it is the
/// text colour of the light theme).
pub const PALETTE: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0xF0, 0xE4, 0x42), // yellow
];

/// The colour of series `index`.
pub fn series_colour(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}

/// Outer margin of every chart, CSS px.
pub const MARGIN_CSS_PX: f64 = 10.0;
/// Width of the y-axis label area of the hourly charts, CSS px: with
/// [`MARGIN_CSS_PX`] it tells the page which hour is under the pointer.
pub const HOURLY_Y_LABEL_CSS_PX: f64 = 64.0;

/// The hour under a pointer at `x_css_px` on an hourly chart `width_css_px`
/// wide showing `hours` hours (clamped to the horizon).
pub fn hour_at(x_css_px: f64, width_css_px: f64, hours: u32) -> u32 {
    let left = MARGIN_CSS_PX + HOURLY_Y_LABEL_CSS_PX;
    let plot = (width_css_px - left - MARGIN_CSS_PX).max(1.0);
    let fraction = ((x_css_px - left) / plot).clamp(0.0, 1.0);
    let hour = (fraction * f64::from(hours)).floor();
    let last = hours.saturating_sub(1);
    if hour >= f64::from(last) {
        last
    } else {
        hour as u32
    }
}

/// Colours and sizes of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// Multiplies font sizes, margins and strokes (device pixel ratio).
    pub scale: f64,
}

impl Theme {
    pub fn light(scale: f64) -> Self {
        Self {
            background: RGBColor(0xFF, 0xFF, 0xFF),
            text: RGBColor(0x1F, 0x23, 0x28),
            grid: RGBColor(0xE4, 0xE7, 0xEB),
            axis: RGBColor(0x8C, 0x95, 0x9F),
            scale,
        }
    }

    pub fn dark(scale: f64) -> Self {
        Self {
            background: RGBColor(0x16, 0x1B, 0x22),
            text: RGBColor(0xE6, 0xED, 0xF3),
            grid: RGBColor(0x2D, 0x33, 0x3B),
            axis: RGBColor(0x76, 0x83, 0x90),
            scale,
        }
    }

    /// A size in CSS pixels, scaled to device pixels.
    pub fn px(&self, css_px: f64) -> u32 {
        let v = (css_px * self.scale).round();
        if (0.0..10_000.0).contains(&v) {
            v as u32
        } else {
            css_px as u32
        }
    }

    pub fn font(&self, css_px: f64) -> TextStyle<'static> {
        (CHART_FONT_FAMILY, f64::from(self.px(css_px)))
            .into_font()
            .color(&self.text)
    }
}

/// The charts' font: the page's stack with the common Korean system fonts
/// before the generic family, so Hangul labels render on canvas and in SVG
/// (names unquoted: the list goes into a CSS `font` and an SVG attribute).
pub const CHART_FONT_FAMILY: &str =
    "system-ui, Segoe UI, Roboto, Helvetica Neue, Arial, Apple SD Gothic Neo, Malgun Gothic, Noto Sans CJK KR, Noto Sans KR, NanumGothic, sans-serif";

/// Every chart's mesh styling: fonts, axis and grid colours of `theme`.
pub fn themed_mesh<'m, 'a, 'b, X, Y, XT, YT, DB>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    theme: &Theme,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB>
where
    X: Ranged<ValueType = XT> + ValueFormatter<XT>,
    Y: Ranged<ValueType = YT> + ValueFormatter<YT>,
    DB: DrawingBackend,
{
    mesh.label_style(theme.font(12.0))
        .axis_desc_style(theme.font(12.0))
        .axis_style(theme.axis)
        .light_line_style(theme.background)
        .bold_line_style(theme.grid)
}

/// The legend box, as every chart draws it, at `position`.
pub fn draw_legend<'a, DB, CT>(
    chart: &mut ChartContext<'a, DB, CT>,
    theme: &Theme,
    position: SeriesLabelPosition,
) -> DrawResult<DB>
where
    DB: DrawingBackend + 'a,
    CT: CoordTranslate,
{
    chart
        .configure_series_labels()
        .position(position)
        .background_style(theme.background.mix(0.9))
        .border_style(theme.axis)
        .label_font(theme.font(12.0))
        .draw()
}

/// The vertical line at the chosen hour on the hourly charts (centred in the
/// hour's step), from 0 to `top_y`.
pub fn draw_hour_marker<'a, DB: DrawingBackend + 'a>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    theme: &Theme,
    hour: Option<u32>,
    top_y: f64,
) -> DrawResult<DB> {
    if let Some(hour) = hour {
        let x = f64::from(hour) + 0.5;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x, 0.0), (x, top_y)],
            ShapeStyle::from(theme.text).stroke_width(theme.px(1.0)),
        )))?;
    }
    Ok(())
}

/// The error type of a drawing on backend `DB`.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A y-axis top a bit above the data, never 0 (plotters needs a range).
pub fn nice_top(max: f64) -> f64 {
    if !max.is_finite() || max <= 0.0 {
        return 1.0;
    }
    max * 1.12
}

/// Draws "no data" centred, for empty inputs.
pub fn draw_empty<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    theme: &Theme,
    message: &str,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let (w, h) = root.dim_in_pixel();
    let style = theme.font(13.0).pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Center,
    ));
    root.draw_text(
        message,
        &style,
        (
            i32::try_from(w / 2).unwrap_or(0),
            i32::try_from(h / 2).unwrap_or(0),
        ),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::hour_at;

    #[test]
    fn pointer_x_maps_to_the_hour_under_it() {
        // 1000 px wide: plot from 74 to 990 px (916 px for 168 h).
        assert_eq!(hour_at(0.0, 1000.0, 168), 0);
        assert_eq!(hour_at(74.0 + 916.0 / 2.0, 1000.0, 168), 84);
        assert_eq!(hour_at(999.0, 1000.0, 168), 167);
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use plotters::prelude::*;

    /// Renders `draw` to an SVG string of 640×320.
    pub fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (640, 320)).into_drawing_area();
            draw(&root);
            root.present().unwrap();
        }
        out
    }

    /// The contents of the `<text>` elements of an SVG, trimmed.
    pub fn texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter_map(|chunk| {
                let body = chunk.split_once('>')?.1;
                Some(body.split("</text>").next()?.trim().to_string())
            })
            .collect()
    }
}
