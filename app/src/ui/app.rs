//! The page: header with the headline figure, the editor, the results and
//! the charts.

use ecs_planner_engine::pricing::PriceBook;
use leptos::ev;
use leptos::prelude::*;

use crate::doc::ScenarioDoc;
use crate::format;
use crate::strings::current as s;
use crate::ui::charts_view::Charts;
use crate::ui::editor::{Ec2Options, LayoutsEditor, PricingEditor, ServicesEditor};
use crate::ui::lang::LanguageSwitch;
use crate::ui::results::Matrix;
use crate::ui::share::{CopyLink, Notices, ScenariosMenu};
use crate::ui::store::{use_store, Store, Timed};
use crate::ui::transfer::Transfer;

#[component]
pub fn App() -> impl IntoView {
    let lang = crate::ui::lang::start();
    // Link in the address bar > autosave > example (issue 7).
    let opening = crate::ui::share::startup();
    let lang = crate::ui::lang::provide_language(lang);
    let store = Store::new(opening.doc, lang.0);
    crate::ui::share::apply_view(&store, &opening.view);
    store.notices.set(opening.notices);
    provide_context(store);
    crate::ui::transfer::restore_prices(&store);
    crate::ui::share::keep_in_sync(store);
    #[cfg(target_arch = "wasm32")]
    crate::persist::browser::register_service_worker();

    // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere on the page.
    let keys = window_event_listener(ev::keydown, move |e| {
        let ctrl = e.ctrl_key() || e.meta_key();
        let key = e.key().to_ascii_lowercase();
        if ctrl && key == "z" && !e.shift_key() {
            e.prevent_default();
            store.undo();
        } else if ctrl && ((key == "z" && e.shift_key()) || key == "y") {
            e.prevent_default();
            store.redo();
        }
    });
    on_cleanup(move || keys.remove());
    // The headline's region (the page is rebuilt per language; this is not).
    let region = Signal::derive(move || store.doc.with(|d| d.region().to_string()));

    let page = move |current| {
        crate::ui::lang::enter(current);
        view! {
        <header class="top">
            <div class="brand">
                <div class="brand-line">
                    <h1>{s().app_title}</h1>
                    <LanguageSwitch/>
                </div>
                <p class="tagline">{s().tagline}</p>
            </div>
            <Headline result=store.result region=region prices=store.prices/>
            <Toolbar/>
        </header>
        <Notices notices=store.notices/>
        <main>
            <section class="card" aria-labelledby="h-services">
                <h2 id="h-services">{s().section_services}</h2>
                <ServicesEditor/>
            </section>
            <div class="settings">
                <section class="card" aria-labelledby="h-layouts">
                    <h2 id="h-layouts">{s().section_layouts}</h2>
                    <LayoutsEditor/>
                </section>
                <section class="card" aria-labelledby="h-ec2">
                    <h2 id="h-ec2">{s().section_ec2}</h2>
                    <Ec2Options/>
                </section>
                <section class="card" aria-labelledby="h-pricing">
                    <h2 id="h-pricing">{s().section_pricing}</h2>
                    <PricingEditor/>
                </section>
            </div>
            <section class="card" aria-labelledby="h-results">
                <h2 id="h-results">{s().section_results}</h2>
                <Matrix/>
            </section>
            <section class="card" aria-labelledby="h-charts">
                <h2 id="h-charts">{s().section_charts}</h2>
                <Charts/>
            </section>
        </main>
        }
    };
    view! { <For each=move || [lang.get()] key=|current| *current children=page/> }
}

/// The headline: Fargate monthly cost of the scenario and the price
/// snapshot of `region` in `prices`.
#[component]
fn Headline(
    result: Memo<Timed>,
    region: Signal<String>,
    prices: RwSignal<PriceBook>,
) -> impl IntoView {
    let fargate = move || {
        result.with(|r| {
            r.outcome.report.as_ref().and_then(|rep| {
                rep.options
                    .iter()
                    .find(|o| o.launch_type == ecs_planner_engine::scenario::LaunchType::Fargate)
                    .map(|o| (format::usd(o.monthly_cost_usd), o.incomplete))
            })
        })
    };
    let cheapest = move || {
        result.with(|r| {
            let report = r.outcome.report.as_ref()?;
            let best = report.options.get(report.cheapest?)?;
            Some((
                crate::chart_data::option_label(best),
                format!(
                    "{}{}",
                    format::usd(best.monthly_cost_usd),
                    s().per_month_short
                ),
            ))
        })
    };
    let snapshot = move || region.with(|region| prices.with(|book| book.snapshot_label(region)));
    view! {
        <div class="headline" aria-live="polite">
            <div class="figure">
                <span class="label">{s().launch_fargate} " · " {region}</span>
                <span class="amount" data-testid="fargate-monthly">
                    {move || fargate().map_or_else(|| "—".to_string(), |(usd, _)| usd)}
                </span>
                <span class="unit">{s().per_month}</span>
                {move || fargate().is_some_and(|(_, incomplete)| incomplete).then(|| view! {
                    <span class="badge incomplete" title=s().incomplete_hint>{s().incomplete}</span>
                })}
            </div>
            {move || cheapest().map(|(label, amount)| view! {
                <div class="best" data-testid="headline-cheapest">{s().cheapest_overall} ": " {label} " " <strong>{amount}</strong></div>
            })}
            <p class="snapshot" data-testid="price-snapshot">
                {s().pricing_snapshot} ": " {snapshot}
            </p>
        </div>
    }
}

#[component]
fn Toolbar() -> impl IntoView {
    let store = use_store();
    view! {
        <nav class="toolbar" aria-label=s().toolbar>
            <button
                type="button"
                on:click=move |_| store.undo()
                disabled=move || !store.history.with(|h| h.can_undo())
                title="Ctrl+Z"
            >
                {s().undo}
            </button>
            <button
                type="button"
                on:click=move |_| store.redo()
                disabled=move || !store.history.with(|h| h.can_redo())
                title="Ctrl+Shift+Z"
            >
                {s().redo}
            </button>
            <button
                type="button"
                on:click=move |_| store.edit(None, |d| *d = ScenarioDoc::default_scenario())
            >
                {s().reset}
            </button>
            <CopyLink/>
            <ScenariosMenu/>
            <Transfer/>
            <SimTime result=store.result/>
        </nav>
    }
}

/// How long the shown simulation took and where; while the worker is on a
/// newer state, a progress line with the seconds so far.
#[component]
fn SimTime(result: Memo<Timed>) -> impl IntoView {
    view! {
        <Show when=move || result.with(|r| r.in_worker && r.stale)>
            <span class="progress" data-testid="sim-progress" role="status">
                <progress aria-label=s().simulating_in_worker></progress>
                {s().simulating_in_worker}
                " " <WorkerElapsed/>
            </span>
        </Show>
        <span class="timing" data-testid="sim-time">
            {move || {
                let (ms, in_worker) = result.with(|r| (r.elapsed_ms, r.in_worker));
                let text = s().simulated_in(&format::ms(ms));
                if in_worker { format!("{text} {}", s().in_worker) } else { text }
            }}
        </span>
    }
}

/// Seconds since the worker started on the shown request, ticking once a
/// second (the page is free meanwhile: the worker computes).
#[component]
fn WorkerElapsed() -> impl IntoView {
    let started = crate::ui::browser::now_ms();
    let seconds = RwSignal::new(0u32);
    let handle = set_interval_with_handle(
        move || {
            let elapsed = (crate::ui::browser::now_ms() - started) / 1000.0;
            // Whole seconds of a page's life fit a u32.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            seconds.set(elapsed.max(0.0) as u32);
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    view! { <span class="muted" data-testid="worker-progress">{move || s().worker_elapsed(seconds.get())}</span> }
}
