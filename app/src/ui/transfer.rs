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
use ecs_planner_engine::import::{self, ImportError, ImportReport, Kind};
use ecs_planner_engine::pricing::{PriceBook, RegionPrices, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{read_pricing_file, PricingFileError};
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::{LaunchType, Scenario};
use ecs_planner_engine::text::messages::ReportSections;
use ecs_planner_engine::text::Render;
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

/// What was read from one source, for the import report. Typed, and
/// rendered when shown, so the report follows the language switch.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceReport {
    pub source: String,
    pub summary: Summary,
    /// The engine's report of task definitions or a Compose file.
    pub report: Option<ImportReport>,
    /// What the app itself read or did (prices, region, renamed services).
    pub read: Vec<AppLine>,
    pub check: Vec<AppLine>,
}

/// The one-line summary of a source.
#[derive(Debug, Clone, PartialEq)]
pub enum Summary {
    Scenario,
    TaskDefinitions { services: usize },
    Compose { services: usize },
    Prices { region: String },
}

/// A report line in the app's own words (`strings.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum AppLine {
    FargateRates {
        date: String,
        source: String,
    },
    Ec2Rates {
        types: usize,
        date: String,
        source: String,
    },
    RegionSwitched {
        from: String,
        to: String,
    },
    Renamed {
        name: String,
        free: String,
    },
    /// The browser refused to keep the prices (its own words).
    NotKept(String),
}

impl AppLine {
    fn text(&self) -> String {
        match self {
            AppLine::FargateRates { date, source } => s().fargate_rates_read(date, source),
            AppLine::Ec2Rates {
                types,
                date,
                source,
            } => s().ec2_rates_read(*types, date, source),
            AppLine::RegionSwitched { from, to } => s().region_switched(from, to),
            AppLine::Renamed { name, free } => s().service_renamed(name, free),
            AppLine::NotKept(problem) => problem.clone(),
        }
    }
}

/// Why a source could not be imported, typed like [`SourceReport`].
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub source: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    TooBig {
        bytes: usize,
    },
    /// The engine's refusal (empty, broken JSON, a Compose file it cannot read).
    Import(ImportError),
    /// Task definitions, none of which could be read.
    NoTaskDefinition(ImportReport),
    Pricing(PricingFileError),
}

impl Failure {
    /// The message, in the page's language.
    pub fn message(&self) -> String {
        let source = self.source.as_str();
        let lang = crate::strings::current_lang();
        match &self.problem {
            Problem::TooBig { bytes } => {
                s().import_too_big(source, *bytes, MAX_IMPORT_BYTES / (1024 * 1024))
            }
            Problem::Import(ImportError::Empty) => s().nothing_to_import(source),
            Problem::Import(ImportError::NotJson { detail }) => s().import_not_json(source, detail),
            Problem::Import(ImportError::NotServices { .. } | ImportError::Unrecognised) => {
                s().not_importable(source, PRICING_FORMAT)
            }
            Problem::Import(error @ ImportError::Compose(_)) => {
                format!("{source}: {}", error.render(lang))
            }
            Problem::NoTaskDefinition(report) => {
                s().no_taskdef_read(source, &report.sections(lang).check.join(" "))
            }
            Problem::Pricing(e) => match e {
                PricingFileError::OtherFormat(format) => {
                    s().pricing_other_format(source, format, PRICING_FORMAT)
                }
                PricingFileError::NoFormat => s().pricing_no_format(source, PRICING_FORMAT),
                PricingFileError::NoPrices => s().pricing_no_prices(source),
                PricingFileError::NotJson(why) | PricingFileError::Unreadable(why) => {
                    s().not_a_pricing_file(source, PRICING_FORMAT, why)
                }
            },
        }
    }
}

fn import_services(source: &str, text: &str) -> Result<(Imported, SourceReport), Failure> {
    let fail = |problem| Failure {
        source: source.to_string(),
        problem,
    };
    let imported = import::import(text).map_err(|e| fail(Problem::Import(e)))?;
    let services = imported.services.len();
    let summary = match &imported.report {
        ImportReport::TaskDefinitions(_) if services == 0 => {
            return Err(fail(Problem::NoTaskDefinition(imported.report)))
        }
        ImportReport::TaskDefinitions(_) => Summary::TaskDefinitions { services },
        ImportReport::Compose(_) => Summary::Compose { services },
    };
    let report = SourceReport {
        source: source.to_string(),
        summary,
        report: Some(imported.report),
        read: Vec::new(),
        check: Vec::new(),
    };
    Ok((Imported::Services(imported.services), report))
}

fn import_pricing(source: &str, value: Value) -> Result<(Imported, SourceReport), Failure> {
    // The engine's one reader (a file needs the format tag and some prices).
    let prices: RegionPrices = read_pricing_file(value).map_err(|e| Failure {
        source: source.to_string(),
        problem: Problem::Pricing(e),
    })?;
    let mut read = Vec::new();
    if let Some(f) = &prices.fargate {
        read.push(AppLine::FargateRates {
            date: f.snapshot.date.clone(),
            source: f.snapshot.source.clone(),
        });
    }
    if let Some(e) = &prices.ec2 {
        read.push(AppLine::Ec2Rates {
            types: e.types.len(),
            date: e.snapshot.date.clone(),
            source: e.snapshot.source.clone(),
        });
    }
    let report = SourceReport {
        source: source.to_string(),
        summary: Summary::Prices {
            region: prices.region.clone(),
        },
        report: None,
        read,
        check: Vec::new(),
    };
    Ok((Imported::Prices(Box::new(prices)), report))
}

/// Reads one file or pasted text: a scenario, task definition(s), a
/// Compose file or a pricing file, by its shape (`import::detect`:
/// JSON by its fields, anything else as docker-compose YAML).
pub fn classify(source: &str, text: &str) -> Result<(Imported, SourceReport), Failure> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(Failure {
            source: source.to_string(),
            problem: Problem::TooBig { bytes: text.len() },
        });
    }
    let json = || serde_json::from_str::<Value>(text.trim_start()).unwrap_or(Value::Null);
    match import::detect(text) {
        Kind::Pricing => import_pricing(source, json()),
        Kind::Scenario => Ok((
            Imported::Scenario(json()),
            SourceReport {
                source: source.to_string(),
                summary: Summary::Scenario,
                report: None,
                read: Vec::new(),
                check: Vec::new(),
            },
        )),
        Kind::TaskDefinitions | Kind::Compose | Kind::Unknown => import_services(source, text),
    }
}

/// Adds `services` to `doc`, renaming any whose name is taken.
pub fn add_services(doc: &mut Value, services: Vec<Value>) -> Vec<AppLine> {
    let mut renamed = Vec::new();
    for mut service in services {
        let name = service
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("service")
            .to_string();
        let free = crate::doc::unused_name(doc, &name);
        if free != name {
            renamed.push(AppLine::Renamed {
                name: name.clone(),
                free: free.clone(),
            });
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
                report.check.push(AppLine::NotKept(problem));
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

/// Shows `entries` as the import report (and keeps them for a rebuild).
fn show(reports: RwSignal<Vec<Entry>>, entries: Vec<Entry>) {
    LAST_REPORT.with(|last| *last.borrow_mut() = entries.clone());
    reports.set(entries);
}

/// Imports each `(source, text)` and shows the report.
fn import_all(store: Store, reports: RwSignal<Vec<Entry>>, sources: Vec<(String, String)>) {
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
    show(reports, out);
    // Close the menu so that the report below it can be read.
    if let Some(menu) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("details.transfer").ok().flatten())
    {
        let _ = menu.remove_attribute("open");
    }
}

/// Reads `files` (a FileList from an input or a drop) and imports them.
fn import_files(store: Store, reports: RwSignal<Vec<Entry>>, files: web_sys::FileList) {
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
    let reports = RwSignal::new(LAST_REPORT.with(|last| last.borrow().clone()));
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
                        <button type="button" class="dismiss" aria-label=s().dismiss_notice on:click=move |_| show(reports, Vec::new())>"×"</button>
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

fn summary(summary: &Summary) -> String {
    match summary {
        Summary::Scenario => s().import_scenario_file.to_string(),
        Summary::TaskDefinitions { services } => s().taskdefs_summary(*services),
        Summary::Compose { services } => s().compose_summary(*services),
        Summary::Prices { region } => s().import_prices_summary(region),
    }
}

/// A source's report lines in the page's language: the engine's, then the app's.
pub fn shown_lines(report: &SourceReport) -> ReportSections {
    let mut shown = report
        .report
        .as_ref()
        .map(|r| r.sections(crate::strings::current_lang()))
        .unwrap_or_default();
    shown.read.extend(report.read.iter().map(AppLine::text));
    shown.check.extend(report.check.iter().map(AppLine::text));
    shown
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
            Err(e) => format!("error:{}", e.message().split(':').next().unwrap_or("")),
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

    /// The report is typed: shown again after a language switch, it is in
    /// the new language, with the same paths and figures.
    #[test]
    fn the_report_follows_the_language() {
        use crate::strings::{set_current_lang, Lang};
        let compose = "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n";
        let (_, report) = classify("shop.yaml", compose).unwrap();
        set_current_lang(Lang::En);
        let en = shown_lines(&report);
        set_current_lang(Lang::Ko);
        let ko = shown_lines(&report);
        set_current_lang(Lang::En);
        // web: 3 replicas read; no size → 256 CPU units and 512 MiB assumed.
        assert!(en
            .read
            .contains(&"services.web.deploy.replicas: 3 → count 3".to_string()));
        assert_eq!(en.ignored, ["services.web.image"]);
        assert_eq!(en.check.len(), 2);
        assert_eq!(ko.check.len(), 2);
        assert!(
            ko.check[0].starts_with("services.web: CPU가 없어"),
            "{:?}",
            ko.check
        );
        assert!(ko.check[0].contains("256 CPU 단위"));
        assert!(ko.check[1].contains("512 MiB"));
        let failure = classify("bad.yaml", "services: []\n").unwrap_err();
        let en = failure.message();
        set_current_lang(Lang::Ko);
        let ko = failure.message();
        set_current_lang(Lang::En);
        assert!(
            en.starts_with("bad.yaml: This is not a Compose file"),
            "{en}"
        );
        assert!(
            ko.starts_with("bad.yaml: 플래너가 읽을 수 있는 Compose 파일이 아닙니다"),
            "{ko}"
        );
    }

    #[test]
    fn task_definitions_none_of_which_can_be_read_fail_with_every_problem() {
        let failure = classify(
            "td.json",
            r#"{"family": "web", "containerDefinitions": []}"#,
        )
        .unwrap_err();
        let message = failure.message();
        assert!(
            message.starts_with("td.json: no task definition could be read."),
            "{message}"
        );
        assert!(
            message.contains("task definition 1: containerDefinitions"),
            "{message}"
        );
    }

    #[test]
    fn added_services_get_free_names() {
        let mut doc = serde_json::json!({"services": [{"name": "web"}]});
        let renamed = add_services(&mut doc, vec![serde_json::json!({"name": "web"})]);
        assert_eq!(renamed.len(), 1);
        assert_eq!(doc["services"][1]["name"], "web-2");
    }
}
