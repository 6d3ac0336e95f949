//! Wires the pure chart functions to `<canvas>` elements (plotters-canvas),
//! sized to the element and scaled by the device pixel ratio.

use ecs_planner_engine::pricing::bundled;
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::chart_data;
use crate::charts::{self, Theme};
use crate::sim;
use crate::strings as s;
use crate::ui::browser;
use crate::ui::store::use_store;

/// What a canvas draws.
#[derive(Debug, Clone, PartialEq)]
enum ChartData {
    Cost(Vec<charts::cost_over_time::Layer>),
    Reservation(Vec<charts::reservation::Series>),
    Showback(Vec<(String, f64)>),
    BreakEven(Vec<charts::break_even::Curve>),
    Empty,
}

/// Draws `data` onto `canvas` at its CSS size × device pixel ratio.
fn paint(canvas: &web_sys::HtmlCanvasElement, data: &ChartData) {
    let ratio = browser::pixel_ratio();
    let css_width = f64::from(canvas.client_width().max(200));
    let css_height = f64::from(canvas.client_height().max(160));
    let theme = if browser::prefers_dark() {
        Theme::dark(ratio)
    } else {
        Theme::light(ratio)
    };
    canvas.set_width(theme.px(css_width));
    canvas.set_height(theme.px(css_height));
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    let result = match data {
        ChartData::Cost(layers) => charts::cost_over_time::draw(&root, layers, &theme),
        ChartData::Reservation(series) => {
            charts::reservation::draw(&root, series, s::AXIS_RESERVED, &theme)
        }
        ChartData::Showback(bars) => charts::showback::draw(&root, bars, &theme),
        ChartData::BreakEven(curves) => charts::break_even::draw(&root, curves, &theme),
        ChartData::Empty => charts::draw_empty(&root, &theme, s::FIX_ERRORS),
    };
    if let Err(e) = result.and_then(|()| root.present()) {
        gloo::console::warn!(format!("chart drawing failed: {e:?}"));
    }
}

#[component]
fn ChartCanvas(
    title: &'static str,
    testid: &'static str,
    data: Memo<ChartData>,
    resize: ReadSignal<u32>,
) -> impl IntoView {
    let node = NodeRef::<html::Canvas>::new();
    Effect::new(move |_| {
        resize.track();
        let current = data.get();
        if let Some(canvas) = node.get() {
            let started = browser::now_ms();
            paint(&canvas, &current);
            browser::record_timing(testid, browser::now_ms() - started);
        }
    });
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <canvas node_ref=node data-testid=testid role="img" aria-label=title></canvas>
        </figure>
    }
}

#[component]
pub fn Charts() -> impl IntoView {
    let store = use_store();
    let (resize, set_resize) = signal(0u32);
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        set_resize.update(|n| *n = n.wrapping_add(1))
    });
    on_cleanup(move || listener.remove());
    let chosen = Memo::new(move |_| {
        let selected = store.selected.get();
        store.result.with(|r| {
            let report = r.outcome.report.as_ref()?;
            let option = chart_data::chosen_option(report, selected.as_ref())?.clone();
            Some((r.outcome.scenario.clone()?, option))
        })
    });
    let cost = Memo::new(move |_| match chosen.get() {
        Some((_, o)) => ChartData::Cost(chart_data::cost_layers(&o)),
        None => ChartData::Empty,
    });
    let reservation = Memo::new(move |_| match chosen.get() {
        Some((scenario, o)) => {
            let names: Vec<String> = o.clusters.iter().flat_map(|c| c.services.clone()).collect();
            ChartData::Reservation(chart_data::reserved_series(&scenario, &names))
        }
        None => ChartData::Empty,
    });
    let showback = Memo::new(move |_| match chosen.get() {
        Some((scenario, o)) => {
            ChartData::Showback(crate::showback::by_service(&scenario, &o, bundled()))
        }
        None => ChartData::Empty,
    });
    let break_even = Memo::new(move |_| {
        let doc = store.doc.get();
        let started = browser::now_ms();
        let curves = chart_data::break_even_curves(&doc, bundled(), |d, p| sim::run(d, p).report);
        browser::record_timing("break-even", browser::now_ms() - started);
        if curves.is_empty() {
            ChartData::Empty
        } else {
            ChartData::BreakEven(curves)
        }
    });
    let chosen_label = move || {
        chosen.with(|c| {
            c.as_ref()
                .map(|(_, o)| chart_data::option_label(o))
                .unwrap_or_default()
        })
    };
    view! {
        <p class="muted small">{s::CHART_FOR_OPTION} ": " <strong data-testid="chart-option">{chosen_label}</strong></p>
        <div class="charts">
            <ChartCanvas title=s::CHART_COST testid="chart-cost" data=cost resize=resize/>
            <ChartCanvas title=s::CHART_RESERVATION testid="chart-reservation" data=reservation resize=resize/>
            <ChartCanvas title=s::CHART_SHOWBACK testid="chart-showback" data=showback resize=resize/>
            <ChartCanvas title=s::CHART_BREAK_EVEN testid="chart-break-even" data=break_even resize=resize/>
        </div>
        <p class="muted small">{s::SHOWBACK_NOTE}</p>
    }
}
