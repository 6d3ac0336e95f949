//! The import and export panel.
//!
//! Import (file picker, drag and drop anywhere on the page, or paste): what
//! a text is and turns into is [`crate::import::classify`] (pure, tested
//! natively); here it is applied — a scenario file replaces the scenario,
//! services are added, a pricing file is merged into the price book and kept
//! in browser storage ([`crate::persist::keep_prices`]) — and the report of
//! what was read and what was ignored is shown.
//!
//! Export: scenario JSON, results CSV ([`export::results_csv`], the same
//! report the matrix shows), the Markdown design-review summary (with the
//! current link), and each chart as SVG ([`crate::chart_export`]) or PNG
//! (the canvas as drawn), downloaded by [`crate::ui::download`].

use ecs_planner_engine::export;
use ecs_planner_engine::report::SimulationReport;
use leptos::prelude::*;
use serde_json::Value;

use crate::doc::ScenarioDoc;
use crate::import::{
    add_services, classify, shown_lines, summary, AppLine, Classified, Failure, Imported,
    SourceReport,
};
use crate::persist;
use crate::strings::current as s;
use crate::ui::download::{download_text, export_pngs};
use crate::ui::store::{use_store, Store};

/// Merges the pricing files imported earlier into the store's price book.
pub fn restore_prices(store: &Store) {
    let (stored, _) = crate::ui::share::with_storage(persist::stored_prices);
    if stored.is_empty() {
        return;
    }
    store.prices.update(|book| {
        for prices in stored {
            book.merge(prices);
        }
    });
}

// ---------------------------------------------------------------------------
// Applying an import.

fn apply(store: &Store, imported: Imported, report: &mut SourceReport) {
    match imported {
        Imported::Scenario(value) => store.edit(None, move |d| *d = ScenarioDoc::from_value(value)),
        Imported::Services(services) => {
            let mut renamed = Vec::new();
            store.edit(None, |d| renamed = add_services(d, services));
            report.check.extend(renamed);
        }
        Imported::Prices(prices) => {
            let region = prices.region.clone();
            let (kept, _) = crate::ui::share::with_storage(|kv| persist::keep_prices(kv, &prices));
            if let Err(problem) = kept {
                report.check.push(AppLine::NotKept(problem));
            }
            store.prices.update(|book| book.merge(*prices));
            let current = store.doc.with_untracked(|d| d.region().to_string());
            if current != region {
                let to = region.clone();
                store.edit(None, move |d| d.set_field(&["region"], Value::String(to)));
                report.read.push(AppLine::RegionSwitched {
                    from: current,
                    to: region,
                });
            }
        }
    }
}

/// One entry of the import report.
type Entry = Result<SourceReport, Failure>;

thread_local! {
    /// The last import report, typed: the panel is rebuilt on a language
    /// switch and shows it again, in the new language.
    static LAST_REPORT: std::cell::RefCell<Vec<Entry>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The import panel's signals: the report, and the sources being read.
#[derive(Debug, Clone, Copy)]
struct Panel {
    reports: RwSignal<Vec<Entry>>,
    /// Sources still being read (the worker's part may take a moment).
    reading: RwSignal<usize>,
}

/// Shows `entries` as the import report (and keeps them for a rebuild).
/// A panel rebuilt (language switch) while an import was read has new
/// signals: the old ones are gone, and the kept report shows in the new one.
fn show(panel: Panel, entries: Vec<Entry>) {
    LAST_REPORT.with(|last| *last.borrow_mut() = entries.clone());
    panel.reports.try_set(entries);
}

/// Imports each `(source, text)` in order and shows the report: scenario
/// and pricing files are read here, every other source by the import
/// worker (`ui::import_worker`), meanwhile the panel says it is reading.
fn import_all(store: Store, panel: Panel, sources: Vec<(String, String)>) {
    if sources.is_empty() {
        return;
    }
    panel.reading.try_set(sources.len());
    leptos::task::spawn_local(async move {
        let mut out = Vec::new();
        for (source, text) in sources {
            let read = match classify(&source, &text) {
                Classified::Here(read) => read,
                Classified::InWorker => crate::ui::import_worker::read(&source, &text).await,
            };
            match read {
                Ok((imported, mut report)) => {
                    apply(&store, imported, &mut report);
                    out.push(Ok(report));
                }
                Err(problem) => out.push(Err(problem)),
            }
            panel.reading.try_update(|n| *n = n.saturating_sub(1));
        }
        panel.reading.try_set(0);
        show(panel, out);
        // Close the menu so that the report below it can be read.
        if let Some(menu) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("details.transfer").ok().flatten())
        {
            let _ = menu.remove_attribute("open");
        }
    });
}

/// Reads `files` (a FileList from an input or a drop) and imports them.
fn import_files(store: Store, panel: Panel, files: web_sys::FileList) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if list.is_empty() {
        return;
    }
    panel.reading.try_set(list.len());
    leptos::task::spawn_local(async move {
        let mut sources = Vec::new();
        for file in list {
            let name = file.name();
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text {
                Some(text) => sources.push((name, text)),
                None => sources.push((name, String::new())),
            }
        }
        import_all(store, panel, sources);
    });
}

// ---------------------------------------------------------------------------
// Export.

/// The report the matrix shows, in the page's language, with the verdict
/// the page shows (the full one once the break-even scan is done).
fn shown_report(store: &Store) -> Option<SimulationReport> {
    let mut report = store.shown_report.get_untracked()?;
    let verdict = store.verdict.get_untracked();
    if verdict.complete {
        report.verdict = verdict.lines;
        report.verdict_findings = verdict.findings;
    }
    Some(report)
}

fn export_svgs(store: &Store) -> Result<(), String> {
    let scenario = store
        .result
        .with_untracked(|r| r.outcome.scenario.clone())
        .ok_or(s().export_needs_results)?;
    let report = shown_report(store).ok_or(s().export_needs_results)?;
    let selected = store.selected.get_untracked();
    let hour = store.hour.get_untracked();
    let scan = store.deferred.with_untracked(|d| {
        d.as_ref()
            .filter(|later| later.scenario == scenario)
            .map(|later| later.break_even.clone())
    });
    let svgs = store.prices.with_untracked(|book| {
        crate::chart_export::chart_svgs(
            &scenario,
            &report,
            selected.as_ref(),
            hour,
            book,
            scan.as_ref(),
        )
    });
    for (name, svg) in svgs {
        download_text(&format!("{name}.svg"), "image/svg+xml", &svg)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The panel.

#[component]
pub fn Transfer() -> impl IntoView {
    let store = use_store();
    let reports = RwSignal::new(LAST_REPORT.with(|last| last.borrow().clone()));
    let panel = Panel {
        reports,
        reading: RwSignal::new(0),
    };
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);

    // Drop files anywhere on the page.
    let over = window_event_listener(leptos::ev::dragover, |e| e.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |e| {
        e.prevent_default();
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            import_files(store, panel, files);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });

    let on_pick = move |e: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(files) = input.as_ref().and_then(|i| i.files()) {
            import_files(store, panel, files);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let run = move |result: Result<(), String>| problem.set(result.err());
    let export_json = move |_| {
        let text = store
            .doc
            .with_untracked(|d| serde_json::to_string_pretty(d.as_value()).unwrap_or_default());
        run(download_text(
            "ecs-planner-scenario.json",
            "application/json",
            &text,
        ));
    };
    let export_csv = move |_| {
        run(shown_report(&store)
            .ok_or_else(|| s().export_needs_results.to_string())
            .and_then(|r| {
                download_text(
                    "ecs-planner-results.csv",
                    "text/csv",
                    &export::results_csv(&r, crate::strings::current_lang()),
                )
            }));
    };
    let export_md = move |_| {
        let href = crate::ui::share::current_href();
        run(shown_report(&store)
            .ok_or_else(|| s().export_needs_results.to_string())
            .and_then(|r| {
                download_text(
                    "ecs-planner-summary.md",
                    "text/markdown",
                    &export::markdown_summary(&r, Some(&href), crate::strings::current_lang()),
                )
            }));
    };

    view! {
        <details class="menu transfer" data-testid="transfer-menu">
            <summary>{s().import_export}</summary>
            <div class="menu-panel">
                <label class="file-pick">
                    {s().import_files}
                    <input type="file" multiple=true accept=".json,.yaml,.yml,application/json,text/yaml"
                        data-testid="import-file" on:change=on_pick/>
                </label>
                <p class="muted small">{s().import_hint}</p>
                <label class="paste">
                    {s().paste_label}
                    <textarea rows="4" data-testid="import-paste"
                        prop:value=move || pasted.get()
                        on:input=move |e| pasted.set(event_target_value(&e))></textarea>
                </label>
                <button type="button" data-testid="import-pasted" on:click=move |_| {
                    let text = pasted.get_untracked();
                    import_all(store, panel, vec![(s().pasted_text.to_string(), text)]);
                    pasted.set(String::new());
                }>{s().import_pasted}</button>
                <h3 class="sub">{s().export}</h3>
                <div class="export-buttons">
                    <button type="button" data-testid="export-json" on:click=export_json>{s().export_scenario}</button>
                    <button type="button" data-testid="export-csv" on:click=export_csv>{s().export_csv}</button>
                    <button type="button" data-testid="export-md" on:click=export_md>{s().export_markdown}</button>
                    <button type="button" data-testid="export-svg" on:click=move |_| run(export_svgs(&store))>{s().export_charts_svg}</button>
                    <button type="button" data-testid="export-png" on:click=move |_| run(export_pngs())>{s().export_charts_png}</button>
                </div>
                {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
            </div>
        </details>
        {move || (panel.reading.get() > 0).then(|| view! {
            <p class="muted import-reading" role="status" data-testid="import-reading">{s().import_reading}</p>
        })}
        {move || {
            let list = reports.get();
            (!list.is_empty()).then(|| view! {
                <section class="import-report" data-testid="import-report" aria-label=s().import_report>
                    <h3 class="sub">{s().import_report}
                        <button type="button" class="dismiss" aria-label=s().dismiss_notice on:click=move |_| show(panel, Vec::new())>"×"</button>
                    </h3>
                    {list.into_iter().map(|entry| match entry {
                        Ok(r) => {
                            let shown = shown_lines(&r);
                            view! {
                                <div class="source-report">
                                    <p><strong>{r.source}</strong> ": " {summary(&r.summary)}</p>
                                    {section(s().report_read, shown.read)}
                                    {section(s().report_ignored, shown.ignored)}
                                    {section(s().report_check, shown.check)}
                                </div>
                            }.into_any()
                        }
                        Err(failure) => view! { <p class="error" role="alert">{failure.message()}</p> }.into_any(),
                    }).collect_view()}
                </section>
            })
        }}
    }
}

fn section(title: &'static str, lines: Vec<String>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        view! {
            <details class="report-part" open=true>
                <summary>{title} " (" {lines.len()} ")"</summary>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </details>
        }
    })
}
