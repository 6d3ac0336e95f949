//! Import and export.
//!
//! Import (file picker, drag and drop anywhere on the page, or paste): a
//! scenario file replaces the scenario; ECS task definitions (one, a JSON
//! array, or several files) and docker-compose YAML add services; a pricing
//! file (`RegionPrices`, as `ecs-planner pricing import` writes) is merged
//! into the price book the app simulates with and kept in browser storage.
//! Every import ends with a report of what was read and what was ignored.
//! The classification and conversion ([`classify`]) are pure and tested.
//!
//! Export: scenario JSON, results CSV ([`export::results_csv`], the same
//! report the matrix shows), the Markdown design-review summary (with the
//! current link), and each chart as SVG (the chart functions drawn on
//! plotters' SVG backend) or PNG (the canvas as drawn). Downloads go through
//! a Blob, an object URL and a temporary `<a download>`.

use ecs_planner_engine::export;
use ecs_planner_engine::import::{compose, taskdef};
use ecs_planner_engine::pricing::{PriceBook, RegionPrices, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{read_pricing_file, PricingFileError};
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::{LaunchType, Scenario};
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::scenario_to_json;
use leptos::prelude::*;
use plotters::prelude::*;
use serde_json::Value;

use crate::chart_data;
use crate::charts::{self, Theme};
use crate::persist::KeyValueStore;
use crate::strings::current as s;
use crate::ui::store::{use_store, Store};

/// Imported pricing files, kept so that a reload simulates with them too:
/// `{"format": 1, "regions": [RegionPrices, …]}`.
pub const PRICES_KEY: &str = "ecs-planner/prices/v1";
/// Longest text accepted by any import, bytes.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// What one file or pasted text turned into.
#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    /// A whole scenario file: replaces the scenario.
    Scenario(Value),
    /// Services (scenario-file objects) to add to the scenario.
    Services(Vec<Value>),
    /// Prices to merge into the price book.
    Prices(Box<RegionPrices>),
}

/// What was read from one source, for the import report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceReport {
    pub source: String,
    pub summary: String,
    pub read: Vec<String>,
    pub ignored: Vec<String>,
    pub check: Vec<String>,
}

fn json_kind(value: &Value) -> &'static str {
    let Some(object) = value.as_object() else {
        return if value.is_array() {
            "taskdefs"
        } else {
            "other"
        };
    };
    let pricing_tag = object
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| f.starts_with("ecs-planner-pricing"));
    if pricing_tag
        || (object.contains_key("region")
            && (object.contains_key("fargate") || object.contains_key("ec2"))
            && !object.contains_key("services"))
    {
        "pricing"
    } else if object.contains_key("containerDefinitions") || object.contains_key("taskDefinition") {
        "taskdefs"
    } else if object.get("services").is_some_and(Value::is_array) {
        "scenario"
    } else if object.get("services").is_some_and(Value::is_object) {
        "compose"
    } else {
        "other"
    }
}

/// One task definition as a scenario-file service object.
fn service_value(service: ecs_planner_engine::scenario::Service) -> Option<Value> {
    let scenario = taskdef::scenario_from_services("us-east-1", vec![service]);
    scenario_to_json(&scenario)
        .get("services")
        .and_then(|s| s.get(0))
        .cloned()
}

fn import_taskdefs(source: &str, value: &Value) -> Result<(Imported, SourceReport), String> {
    let definitions: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut report = SourceReport {
        source: source.to_string(),
        ..SourceReport::default()
    };
    let mut services = Vec::new();
    let lang = crate::strings::current_lang();
    for (i, definition) in definitions.iter().enumerate() {
        match taskdef::import_task_definition(definition) {
            Ok(imported) => {
                let name = imported.service.name.clone();
                report.read.extend(
                    imported
                        .read
                        .iter()
                        .map(|r| format!("{name}: {}", r.render(lang))),
                );
                report
                    .ignored
                    .extend(imported.ignored.iter().map(|r| format!("{name}: {r}")));
                report.check.extend(
                    imported
                        .notes
                        .iter()
                        .map(|r| format!("{name}: {}", r.render(lang))),
                );
                services.extend(service_value(imported.service));
            }
            Err(issues) => report.check.extend(issues.into_iter().map(|issue| {
                s().task_definition_issue(i + 1, &issue.path, &issue.value, &issue.message_in(lang))
            })),
        }
    }
    if services.is_empty() {
        return Err(s().no_taskdef_read(source, &report.check.join(" ")));
    }
    report.summary = s().taskdefs_summary(services.len());
    Ok((Imported::Services(services), report))
}

fn import_compose(source: &str, text: &str) -> Result<(Imported, SourceReport), String> {
    let lang = crate::strings::current_lang();
    let imported =
        compose::import_compose(text).map_err(|e| format!("{source}: {}", e.render(lang)))?;
    let report = SourceReport {
        source: source.to_string(),
        summary: s().compose_summary(imported.services.len()),
        read: imported.report.read,
        ignored: imported.report.ignored,
        check: imported.report.warnings,
    };
    Ok((Imported::Services(imported.services), report))
}

fn import_pricing(source: &str, value: Value) -> Result<(Imported, SourceReport), String> {
    // The engine's one reader (a file needs the format tag and some prices).
    let prices: RegionPrices = read_pricing_file(value).map_err(|e| match e {
        PricingFileError::OtherFormat(format) => {
            s().pricing_other_format(source, &format, PRICING_FORMAT)
        }
        PricingFileError::NoFormat => s().pricing_no_format(source, PRICING_FORMAT),
        PricingFileError::NoPrices => s().pricing_no_prices(source),
        PricingFileError::NotJson(why) | PricingFileError::Unreadable(why) => {
            s().not_a_pricing_file(source, PRICING_FORMAT, &why)
        }
    })?;
    let mut read = Vec::new();
    if let Some(f) = &prices.fargate {
        read.push(s().fargate_rates_read(&f.snapshot.date, &f.snapshot.source));
    }
    if let Some(e) = &prices.ec2 {
        read.push(s().ec2_rates_read(e.types.len(), &e.snapshot.date, &e.snapshot.source));
    }
    let report = SourceReport {
        source: source.to_string(),
        summary: s().import_prices_summary(&prices.region),
        read,
        ..SourceReport::default()
    };
    Ok((Imported::Prices(Box::new(prices)), report))
}

/// Reads one file or pasted text: JSON is a scenario, task definition(s),
/// a Compose file or a pricing file by its shape; anything else is read as
/// docker-compose YAML.
pub fn classify(source: &str, text: &str) -> Result<(Imported, SourceReport), String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(s().import_too_big(source, text.len(), MAX_IMPORT_BYTES / (1024 * 1024)));
    }
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(s().nothing_to_import(source));
    }
    let looks_json = trimmed.starts_with('{') || trimmed.starts_with('[');
    let value = match serde_json::from_str::<Value>(trimmed) {
        Ok(value) => value,
        Err(_) if !looks_json => return import_compose(source, text),
        Err(e) => return Err(s().import_not_json(source, &e.to_string())),
    };
    match json_kind(&value) {
        "pricing" => import_pricing(source, value),
        "taskdefs" => import_taskdefs(source, &value),
        "compose" => import_compose(source, text),
        "scenario" => Ok((
            Imported::Scenario(value),
            SourceReport {
                source: source.to_string(),
                summary: s().import_scenario_file.to_string(),
                ..SourceReport::default()
            },
        )),
        _ => Err(s().not_importable(source, PRICING_FORMAT)),
    }
}

/// Adds `services` to `doc`, renaming any whose name is taken.
pub fn add_services(doc: &mut Value, services: Vec<Value>) -> Vec<String> {
    let mut renamed = Vec::new();
    for mut service in services {
        let name = service
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("service")
            .to_string();
        let free = crate::doc::unused_name(doc, &name);
        if free != name {
            renamed.push(s().service_renamed(&name, &free));
            if let Some(object) = service.as_object_mut() {
                object.insert("name".to_string(), Value::String(free));
            }
        }
        if !doc.is_object() {
            *doc = serde_json::json!({});
        }
        if let Some(object) = doc.as_object_mut() {
            let list = object
                .entry("services")
                .or_insert_with(|| Value::Array(Vec::new()));
            if !list.is_array() {
                *list = Value::Array(Vec::new());
            }
            if let Some(items) = list.as_array_mut() {
                items.push(service);
            }
        }
    }
    renamed
}

// ---------------------------------------------------------------------------
// Imported prices in storage.

fn stored_prices(kv: &dyn KeyValueStore) -> Vec<RegionPrices> {
    kv.get(PRICES_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|v| v.get("regions").cloned())
        .and_then(|regions| serde_json::from_value::<Vec<RegionPrices>>(regions).ok())
        .unwrap_or_default()
}

fn keep_prices(kv: &dyn KeyValueStore, prices: &RegionPrices) -> Result<(), String> {
    let mut all = stored_prices(kv);
    all.retain(|p| p.region != prices.region);
    all.push(prices.clone());
    let document = serde_json::json!({"format": 1, "regions": all});
    kv.set(PRICES_KEY, &document.to_string())
        .map_err(|e| e.to_string())
}

/// Merges the pricing files imported earlier into the store's price book.
pub fn restore_prices(store: &Store) {
    let (stored, _) = crate::ui::share::with_storage(stored_prices);
    if stored.is_empty() {
        return;
    }
    store.prices.update(|book| {
        for prices in stored {
            book.merge(prices);
        }
    });
}

/// The snapshot label for `region` from the store's price book, marking a
/// region whose prices were imported.
pub fn snapshot_label(book: &PriceBook, region: &str) -> String {
    book.snapshot_label(region)
}

// ---------------------------------------------------------------------------
// Applying an import.

fn apply(store: &Store, imported: Imported, report: &mut SourceReport) {
    match imported {
        Imported::Scenario(value) => store.edit(None, move |d| *d = value),
        Imported::Services(services) => {
            let mut renamed = Vec::new();
            store.edit(None, |d| renamed = add_services(d, services));
            report.check.extend(renamed);
        }
        Imported::Prices(prices) => {
            let region = prices.region.clone();
            let (kept, _) = crate::ui::share::with_storage(|kv| keep_prices(kv, &prices));
            if let Err(problem) = kept {
                report.check.push(problem);
            }
            store.prices.update(|book| book.merge(*prices));
            let current = store.doc.with_untracked(|d| {
                d.get("region")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            });
            if current != region {
                let to = region.clone();
                store.edit(None, move |d| {
                    crate::doc::set_field(d, &["region"], Value::String(to))
                });
                report.read.push(s().region_switched(&current, &region));
            }
        }
    }
}

/// Imports each `(source, text)` and shows the report.
fn import_all(
    store: Store,
    reports: RwSignal<Vec<Result<SourceReport, String>>>,
    sources: Vec<(String, String)>,
) {
    let mut out = Vec::new();
    for (source, text) in sources {
        match classify(&source, &text) {
            Ok((imported, mut report)) => {
                apply(&store, imported, &mut report);
                out.push(Ok(report));
            }
            Err(problem) => out.push(Err(problem)),
        }
    }
    reports.set(out);
    // Close the menu so that the report below it can be read.
    if let Some(menu) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("details.transfer").ok().flatten())
    {
        let _ = menu.remove_attribute("open");
    }
}

/// Reads `files` (a FileList from an input or a drop) and imports them.
fn import_files(
    store: Store,
    reports: RwSignal<Vec<Result<SourceReport, String>>>,
    files: web_sys::FileList,
) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if list.is_empty() {
        return;
    }
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
        import_all(store, reports, sources);
    });
}

// ---------------------------------------------------------------------------
// Export.

/// The report the matrix shows, with the verdict the page shows (the full
/// one once the break-even scan is done).
/// In the page's language: text from the typed findings, figures unchanged.
fn shown_report(store: &Store) -> Option<SimulationReport> {
    let lang = crate::strings::current_lang();
    let mut report = store.result.with_untracked(|r| {
        r.outcome
            .report
            .as_ref()
            .map(|r| crate::sim::in_lang(r, lang))
    })?;
    let current = store.result.with_untracked(|r| r.outcome.scenario.clone());
    store.deferred.with_untracked(|d| {
        if let Some(later) = d {
            if Some(&later.scenario) == current.as_ref() {
                report.verdict = later.verdict_in(lang);
                report.verdict_findings = later.findings.clone();
            }
        }
    });
    Some(report)
}

fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let clicked = click_download(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}

fn click_download(name: &str, href: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("no link element")?;
    anchor.set_href(href);
    anchor.set_download(name);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor)
        .map_err(|_| "could not start the download")?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// The charts the page shows for the chosen option, as SVG documents.
pub fn chart_svgs(
    scenario: &Scenario,
    report: &SimulationReport,
    selected: Option<&(String, String)>,
    hour: u32,
    prices: &PriceBook,
    break_even: Option<&ecs_planner_engine::breakeven::BreakEven>,
) -> Vec<(String, String)> {
    let Some(option) = chart_data::chosen_option(report, selected) else {
        return Vec::new();
    };
    let theme = Theme::light(1.0);
    let size = (900u32, 420u32);
    let mut out = Vec::new();
    let mut draw =
        |name: &str, f: &dyn Fn(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> bool| {
            let mut svg = String::new();
            let ok = {
                let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                f(&root) && root.present().is_ok()
            };
            if ok {
                out.push((name.to_string(), svg));
            }
        };
    let layers = chart_data::cost_layers(option);
    draw("chart-cost", &|root| {
        charts::cost_over_time::draw(root, &layers, Some(hour), &theme).is_ok()
    });
    let (series, axis) = if option.hourly_cpu_reserved_pct.is_empty() {
        let names: Vec<String> = option
            .clusters
            .iter()
            .flat_map(|c| c.services.clone())
            .collect();
        (
            chart_data::reserved_series(scenario, &names),
            s().axis_reserved,
        )
    } else {
        (
            chart_data::reserved_pct_series(option),
            s().axis_reserved_pct,
        )
    };
    draw("chart-reservation", &|root| {
        charts::reservation::draw(root, &series, axis, Some(hour), &theme).is_ok()
    });
    if option.launch_type == LaunchType::Ec2 {
        let instances = chart_data::instance_series(option);
        draw("chart-instances", &|root| {
            charts::reservation::draw(root, &instances, s().axis_instances, Some(hour), &theme)
                .is_ok()
        });
        let only_first = chart_data::first_cluster_only(scenario, option);
        let map = chart_data::placement(scenario, option, hour, prices, only_first);
        let names: Vec<String> = scenario.services.iter().map(|s| s.name.clone()).collect();
        draw("chart-placement", &|root| {
            charts::placement::draw(root, &map, &names, &theme).is_ok()
        });
    }
    let bars = chart_data::showback_bars(crate::showback::by_service(scenario, option));
    draw("chart-showback", &|root| {
        charts::showback::draw(root, &bars, &theme).is_ok()
    });
    if let Some(scan) = break_even {
        let curves = chart_data::break_even_curves(scan);
        draw("chart-break-even", &|root| {
            charts::break_even::draw(root, &curves, &theme).is_ok()
        });
    }
    out
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
        chart_svgs(
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

fn export_pngs() -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvases = document
        .query_selector_all(".charts canvas[data-testid]")
        .map_err(|_| "no charts")?;
    for i in 0..canvases.length() {
        let Some(canvas) = canvases
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            continue;
        };
        let name = canvas.get_attribute("data-testid").unwrap_or_default();
        let url = canvas
            .to_data_url_with_type("image/png")
            .map_err(|_| "the browser could not read the chart")?;
        click_download(&format!("{name}.png"), &url)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The panel.

#[component]
pub fn Transfer() -> impl IntoView {
    let store = use_store();
    let reports = RwSignal::new(Vec::<Result<SourceReport, String>>::new());
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);

    // Drop files anywhere on the page.
    let over = window_event_listener(leptos::ev::dragover, |e| e.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |e| {
        e.prevent_default();
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            import_files(store, reports, files);
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
            import_files(store, reports, files);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let run = move |result: Result<(), String>| problem.set(result.err());
    let export_json = move |_| {
        let text = store
            .doc
            .with_untracked(|d| serde_json::to_string_pretty(d).unwrap_or_default());
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
                    import_all(store, reports, vec![(s().pasted_text.to_string(), text)]);
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
        {move || {
            let list = reports.get();
            (!list.is_empty()).then(|| view! {
                <section class="import-report" data-testid="import-report" aria-label=s().import_report>
                    <h3 class="sub">{s().import_report}
                        <button type="button" class="dismiss" aria-label=s().dismiss_notice on:click=move |_| reports.set(Vec::new())>"×"</button>
                    </h3>
                    {list.into_iter().map(|entry| match entry {
                        Ok(r) => view! {
                            <div class="source-report">
                                <p><strong>{r.source}</strong> ": " {r.summary}</p>
                                {section(s().report_read, r.read)}
                                {section(s().report_ignored, r.ignored)}
                                {section(s().report_check, r.check)}
                            </div>
                        }.into_any(),
                        Err(p) => view! { <p class="error" role="alert">{p}</p> }.into_any(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> String {
        match classify("t", text) {
            Ok((Imported::Scenario(_), _)) => "scenario".into(),
            Ok((Imported::Services(s), _)) => format!("services:{}", s.len()),
            Ok((Imported::Prices(p), _)) => format!("prices:{}", p.region),
            Err(e) => format!("error:{}", e.split(':').next().unwrap_or("")),
        }
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(kind(text), expected, "input: {text}");
    }

    #[test]
    fn classifies_by_shape() {
        check(
            r#"{"version":1,"region":"us-east-1","services":[]}"#,
            "scenario",
        );
        check(
            r#"{"family":"web","cpu":"256","memory":"512","containerDefinitions":[{"name":"web","image":"x","essential":true}]}"#,
            "services:1",
        );
        check(
            r#"[{"family":"a","cpu":"256","memory":"512","containerDefinitions":[{"name":"a","image":"x"}]},{"family":"b","cpu":"512","memory":"1024","containerDefinitions":[{"name":"b","image":"y"}]}]"#,
            "services:2",
        );
        check(
            "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n",
            "services:1",
        );
        check(
            r#"{"format":"ecs-planner-pricing/1","region":"eu-west-1","fargate":{"linux_x86":{"usd_per_vcpu_hour":0.04,"usd_per_gb_hour":0.004},"snapshot":{"date":"2026-01","source":"test"}}}"#,
            "prices:eu-west-1",
        );
        // The engine's one reader: no tag, or no prices, is not a pricing file.
        check(
            r#"{"format":"ecs-planner-pricing/1","region":"eu-west-1"}"#,
            "error:t",
        );
        check("", "error:t");
        check("{not json", "error:t");
        check(r#"{"hello":1}"#, "error:t");
    }

    #[test]
    fn added_services_get_free_names() {
        let mut doc = serde_json::json!({"services": [{"name": "web"}]});
        let renamed = add_services(&mut doc, vec![serde_json::json!({"name": "web"})]);
        assert_eq!(renamed.len(), 1);
        assert_eq!(doc["services"][1]["name"], "web-2");
    }
}
