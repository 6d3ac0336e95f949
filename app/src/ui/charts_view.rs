//! Wires the pure chart functions to `<canvas>` elements (plotters-canvas),
//! sized to the element and scaled by the device pixel ratio, plus the hour
//! slider and its read-out.

use ecs_planner_engine::report::OptionResult;
use ecs_planner_engine::scenario::{LaunchType, Scenario};
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::chart_data;
use crate::charts::{self, Theme};
use crate::format;
use crate::strings::current as s;
use crate::ui::browser;
use crate::ui::store::use_store;

/// What a canvas draws.
#[derive(Debug, Clone, PartialEq)]
enum ChartData {
    Cost(Vec<charts::cost_over_time::Layer>, u32),
    Lines(Vec<charts::reservation::Series>, &'static str, Option<u32>),
    Showback(Vec<(String, f64)>),
    BreakEven(Vec<charts::break_even::Curve>),
    Placement(Vec<charts::placement::PlacedInstance>, Vec<String>),
    Message(&'static str),
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
        ChartData::Cost(layers, hour) => {
            charts::cost_over_time::draw(&root, layers, Some(*hour), &theme)
        }
        ChartData::Lines(series, y_desc, hour) => {
            charts::reservation::draw(&root, series, y_desc, *hour, &theme)
        }
        ChartData::Showback(bars) => charts::showback::draw(&root, bars, &theme),
        ChartData::BreakEven(curves) => charts::break_even::draw(&root, curves, &theme),
        ChartData::Placement(instances, names) => {
            charts::placement::draw(&root, instances, names, &theme)
        }
        ChartData::Message(text) => charts::draw_empty(&root, &theme, text),
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
    /// Hourly charts: pointing at the chart moves the hour (hover read-out).
    #[prop(optional)]
    hover_hours: Option<Signal<u32>>,
) -> impl IntoView {
    let node = NodeRef::<html::Canvas>::new();
    let store = use_store();
    let on_move = move |ev: leptos::ev::MouseEvent| {
        let (Some(hours), Some(canvas)) = (hover_hours, node.get_untracked()) else {
            return;
        };
        let width = f64::from(canvas.client_width());
        let hour = charts::hour_at(f64::from(ev.offset_x()), width, hours.get_untracked());
        store.hour.set(hour);
    };
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
            <canvas node_ref=node data-testid=testid role="img" aria-label=title
                class:hoverable=hover_hours.is_some() on:mousemove=on_move></canvas>
        </figure>
    }
}

/// Per-service tasks and per-cluster cost at one hour.
fn hour_readout(
    scenario: &Scenario,
    option: &OptionResult,
    hour: u32,
) -> (Vec<(String, u32)>, f64) {
    let tasks = scenario
        .services
        .iter()
        .map(|svc| (svc.name.clone(), svc.desired.at_hour(hour)))
        .collect();
    let index = hour as usize;
    let cost = option
        .clusters
        .iter()
        .filter_map(|c| c.hourly_cost_usd.get(index))
        .sum();
    (tasks, cost)
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
    let horizon = move || {
        chosen.with(|c| {
            c.as_ref()
                .map(|(sc, _)| sc.horizon_hours.max(1))
                .unwrap_or(168)
        })
    };
    let hour = Memo::new(move |_| store.hour.get().min(horizon().saturating_sub(1)));
    let hours_signal = Signal::derive(horizon);
    let cost = Memo::new(move |_| match chosen.get() {
        Some((_, o)) => ChartData::Cost(chart_data::cost_layers(&o), hour.get()),
        None => ChartData::Message(s().fix_errors),
    });
    let reservation = Memo::new(move |_| match chosen.get() {
        Some((scenario, o)) => {
            if o.hourly_cpu_reserved_pct.is_empty() {
                let names: Vec<String> =
                    o.clusters.iter().flat_map(|c| c.services.clone()).collect();
                ChartData::Lines(
                    chart_data::reserved_series(&scenario, &names),
                    s().axis_reserved,
                    Some(hour.get()),
                )
            } else {
                ChartData::Lines(
                    chart_data::reserved_pct_series(&o),
                    s().axis_reserved_pct,
                    Some(hour.get()),
                )
            }
        }
        None => ChartData::Message(s().fix_errors),
    });
    let instances = Memo::new(move |_| match chosen.get() {
        Some((_, o)) if o.launch_type == LaunchType::Ec2 => ChartData::Lines(
            chart_data::instance_series(&o),
            s().axis_instances,
            Some(hour.get()),
        ),
        Some(_) => ChartData::Message(s().chart_instances_fargate),
        None => ChartData::Message(s().fix_errors),
    });
    let placement = Memo::new(move |_| match chosen.get() {
        Some((scenario, o)) if o.launch_type == LaunchType::Ec2 => {
            let started = browser::now_ms();
            let only_first = chart_data::first_cluster_only(&scenario, &o);
            let map = store
                .prices
                .with(|book| chart_data::placement(&scenario, &o, hour.get(), book, only_first));
            browser::record_timing("placement", browser::now_ms() - started);
            let names = scenario.services.iter().map(|s| s.name.clone()).collect();
            ChartData::Placement(map, names)
        }
        Some(_) => ChartData::Message(s().placement_fargate),
        None => ChartData::Message(s().fix_errors),
    });
    let showback = Memo::new(move |_| match chosen.get() {
        Some((scenario, o)) => ChartData::Showback(chart_data::showback_bars(
            crate::showback::by_service(&scenario, &o),
        )),
        None => ChartData::Message(s().fix_errors),
    });
    let break_even = Memo::new(move |_| {
        store.deferred.with(|d| match d {
            Some(later) => ChartData::BreakEven(chart_data::break_even_curves(&later.break_even)),
            None => ChartData::Message(s().computing),
        })
    });
    let chosen_label = move || {
        chosen.with(|c| {
            c.as_ref()
                .map(|(_, o)| chart_data::option_label(o))
                .unwrap_or_default()
        })
    };
    let readout = move || {
        chosen.with(|c| {
            c.as_ref().map(|(scenario, option)| {
                let (tasks, cost) = hour_readout(scenario, option, hour.get());
                // A big estate lists its first page of services.
                let more = tasks.len().saturating_sub(crate::ui::editor_window::PAGE_SIZE);
                view! {
                    <dl class="readout" data-testid="hour-readout">
                        <dt>{s().at_hour_cost}</dt>
                        <dd data-testid="hour-cost">{format!("{}/h", format::usd4(cost))}</dd>
                        {tasks.into_iter().take(crate::ui::editor_window::PAGE_SIZE).enumerate().map(|(k, (name, n))| view! {
                            <dt>{name}</dt>
                            <dd data-testid=format!("hour-tasks-{k}")>{s().tasks_running(n)}</dd>
                        }).collect_view()}
                        {(more > 0).then(|| view! { <dt class="muted" data-testid="hour-more">{s().more_services(more)}</dt> })}
                    </dl>
                }
            })
        })
    };
    view! {
        <p class="muted small">
            {s().chart_for_option} ": " <strong data-testid="chart-option">{chosen_label}</strong>
        </p>
        <div class="slider">
            <label for="hour-slider">{s().hour_slider} ": " <strong data-testid="hour-label">{move || s().hour_label(hour.get())}</strong></label>
            <input id="hour-slider" type="range" min="0" max=move || horizon().saturating_sub(1) step="1"
                data-testid="hour-slider"
                prop:value=move || hour.get().to_string()
                on:input=move |ev| {
                    if let Ok(h) = event_target_value(&ev).parse::<u32>() {
                        store.hour.set(h);
                    }
                }/>
            {readout}
        </div>
        <div class="charts">
            <ChartCanvas title=s().chart_cost testid="chart-cost" data=cost resize=resize hover_hours=hours_signal/>
            <ChartCanvas title=s().chart_reservation testid="chart-reservation" data=reservation resize=resize hover_hours=hours_signal/>
            <ChartCanvas title=s().chart_instances testid="chart-instances" data=instances resize=resize hover_hours=hours_signal/>
            <ChartCanvas title=s().chart_placement testid="chart-placement" data=placement resize=resize/>
            <ChartCanvas title=s().chart_showback testid="chart-showback" data=showback resize=resize/>
            <ChartCanvas title=s().chart_break_even testid="chart-break-even" data=break_even resize=resize/>
        </div>
        <p class="muted small">{s().showback_note}</p>
        {move || chosen.with(|c| c.as_ref().and_then(|(scenario, o)| {
            (o.launch_type == LaunchType::Ec2 && chart_data::first_cluster_only(scenario, o)).then(|| {
                let first = o.clusters.first().map(|c| c.name.clone()).unwrap_or_default();
                view! { <p class="muted small" data-testid="placement-one-cluster">{s().placement_one_cluster(&first, o.clusters.len())}</p> }
            })
        }))}
    }
}
