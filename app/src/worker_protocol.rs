//! The messages between the page and its two Web Workers, as JSON strings.
//!
//! - The simulation worker (the page's own wasm, started by
//!   `public/sim-worker.js`, see `crate::worker`): the page sends the
//!   scenario document with a request id ([`Request`]), the worker answers
//!   with the full analysis ([`Response`]: report, then break-even scan and
//!   verdict). Big scenarios run there so that the page never freezes;
//!   small ones run on the page, within a frame ([`runs_in_worker`]).
//! - The import worker (binary `ecs-planner-import-worker`): file imports
//!   other than scenario and pricing files ([`ImportRequest`] →
//!   [`ImportResponse`]: the file's text in, the services and the report
//!   rendered in every language out), so that the page's wasm does not link
//!   the YAML parser and the importers.
//!
//! Each worker reads one kind of message: nothing needs telling apart.

use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::lang::Lang;
use std::borrow::Cow;

use ecs_planner_engine::pricing::{bundled, PriceBook, RegionPrices};
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::Scenario;
use serde::{Deserialize, Serialize};

use crate::doc::ScenarioDoc;
use crate::import::{InEveryLang, ServicesRead};
use crate::sim;

/// Scenarios above this many task-hours over the horizon (summed over
/// services, at their hourly desired counts) simulate in the worker.
/// The default shop is about 2,000; 30 services of 5 tasks about 25,000.
pub const WORKER_TASK_HOURS: u64 = 40_000;

/// The worker's first message: it is listening (messages posted before
/// this are lost while its wasm loads).
pub const READY: &str = "ready";

/// What the simulation worker's bootstrap posts when the page's wasm does
/// not load in it (the page then simulates big scenarios itself).
pub const LOAD_FAILED: &str = "load-failed";

/// The simulation worker's bootstrap (a module worker, copied from
/// `public/` next to index.html): its first message from the page is
/// `{ glue, module }`, the page's wasm-bindgen glue URL and compiled
/// `WebAssembly.Module`; every later message is a [`Request`].
pub const SIM_WORKER_URL: &str = "./sim-worker.js";

/// The import worker's loader script, written by Trunk next to index.html.
pub const IMPORT_WORKER_URL: &str = "./ecs-planner-import-worker_loader.js";

/// Page → worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u64,
    pub doc: ScenarioDoc,
    /// Pricing files the user imported (regions that differ from the
    /// bundled snapshot): the worker simulates with the same prices as the
    /// page.
    #[serde(default)]
    pub prices: Vec<RegionPrices>,
    /// The page's language: the worker renders the report's text in it
    /// (its typed findings are not sent back), and the page asks again
    /// when the language changes.
    #[serde(default)]
    pub lang: Lang,
}

/// The regions of `book` that differ from the bundled snapshot.
pub fn imported_prices(book: &PriceBook) -> Vec<RegionPrices> {
    book.regions
        .values()
        .filter(|r| bundled().region(&r.region) != Some(*r))
        .cloned()
        .collect()
}

/// Worker → page: for a valid request, [`Response::Costs`] then
/// [`Response::Complete`]; otherwise one [`Response::Invalid`].
/// `elapsed_ms` is the time spent in the worker (0 without a clock).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// Two messages per request, each serialised at once: boxing the report
// would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Response {
    /// First answer: `analysis::costs` (the matrix, the verdict without
    /// the scan).
    Costs {
        id: u64,
        report: SimulationReport,
        elapsed_ms: f64,
    },
    /// Second answer: `analysis::complete` (the scan and the full verdict).
    Complete {
        id: u64,
        break_even: BreakEven,
        verdict: Vec<String>,
        elapsed_ms: f64,
    },
    /// The document did not validate in the worker (the page shows its own
    /// validation issues), or the request could not be read (id 0).
    Invalid { id: u64 },
}

impl Response {
    /// The request this answers.
    pub fn id(&self) -> u64 {
        match self {
            Response::Costs { id, .. }
            | Response::Complete { id, .. }
            | Response::Invalid { id } => *id,
        }
    }

    /// The report of a [`Response::Costs`].
    pub fn report(&self) -> Option<&SimulationReport> {
        match self {
            Response::Costs { report, .. } => Some(report),
            Response::Complete { .. } | Response::Invalid { .. } => None,
        }
    }
}

/// Page → worker: one file's (or the pasted) text to import as services
/// (`crate::import::read_services`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportRequest {
    /// The page's number for this import, echoed in the answer.
    pub import: u64,
    /// The file's name (or "pasted text"), named in the report.
    pub source: String,
    pub text: String,
}

/// Worker → page: the one answer to an [`ImportRequest`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportResponse {
    pub import: u64,
    pub result: Result<ServicesRead, InEveryLang<String>>,
}

/// What the worker does with an import request (pure, tested natively):
/// the answer as JSON. A request it cannot read gets `import` 0 and a
/// refusal in every language.
pub fn handle_import(request_json: &str) -> String {
    let reply = match serde_json::from_str::<ImportRequest>(request_json) {
        Ok(request) => ImportResponse {
            import: request.import,
            result: crate::import::read_services(&request.source, &request.text),
        },
        Err(_) => ImportResponse {
            import: 0,
            result: Err(InEveryLang::new(|lang| {
                crate::strings::strings(lang)
                    .import_worker_failed(crate::strings::strings(lang).pasted_text)
            })),
        },
    };
    serde_json::to_string(&reply).unwrap_or_default()
}

/// Scenarios with more services than this simulate in the worker (every
/// cluster searches the EC2 catalogue: 30 small services took about 30 ms
/// on the page in headless Chromium, two frames).
pub const WORKER_SERVICES: usize = 20;

/// Whether `scenario` is big enough to simulate off the main thread.
pub fn runs_in_worker(scenario: &Scenario) -> bool {
    scenario.services.len() > WORKER_SERVICES || task_hours(scenario) > WORKER_TASK_HOURS
}

/// Task-hours over the horizon, summed over services.
pub fn task_hours(scenario: &Scenario) -> u64 {
    scenario
        .services
        .iter()
        .map(|s| {
            (0..scenario.horizon_hours)
                .map(|h| u64::from(s.desired.at_hour(h)))
                .sum::<u64>()
        })
        .sum()
}

/// Clears the report's typed findings: the worker sends the text they were
/// rendered into (in the request's language), and the page does not read
/// them back (`skip_deserializing`). For a 2,000-cluster option they are
/// megabytes of JSON the page would parse for nothing.
pub fn without_findings(report: &mut SimulationReport) {
    report.verdict_findings.clear();
    report.assumption_findings.clear();
    for option in &mut report.options {
        option.note_findings.clear();
        for unplaced in &mut option.unplaced {
            unplaced.reason_finding = None;
        }
        for fallback in &mut option.fargate_fallback {
            fallback.reason_finding = None;
        }
        for cluster in &mut option.clusters {
            cluster.instance_type_choice = None;
            cluster.providers_choice = None;
            for candidate in &mut cluster.runners_up {
                candidate.why_finding = None;
            }
        }
    }
}

/// The report as the worker sends it: without its typed findings
/// ([`without_findings`]) and without what the page never shows, each
/// cluster's search explanation (`instance_type_reason`, `runners_up`): for
/// a 2,000-cluster EC2 option that is 40 % of the message. The CLI's JSON
/// report keeps them all.
pub fn for_the_page(report: &mut SimulationReport) {
    without_findings(report);
    for cluster in report.options.iter_mut().flat_map(|o| &mut o.clusters) {
        cluster.instance_type_reason = None;
        cluster.runners_up.clear();
    }
}

/// A request's JSON read through a `serde_json::Value`: the page reads
/// pricing files (`pricing_file::read_pricing_file`) and its stored prices
/// from a `Value` too, so the wasm carries one `RegionPrices` reader, not a
/// second one for text (BENCHMARKS.md, "Cuts measured"). The document is a
/// `Value` either way.
fn read_request(request_json: &str) -> Option<Request> {
    let value = serde_json::from_str::<serde_json::Value>(request_json).ok()?;
    serde_json::from_value(value).ok()
}

/// What the worker keeps of its last request: asked again for the same
/// document and prices (the page's language changed), it renders the same
/// analysis in the new language instead of simulating again — for a
/// 2,000-service estate, a minute of work.
#[derive(Debug, Clone, PartialEq)]
pub struct LastAnalysis {
    doc: ScenarioDoc,
    prices: Vec<RegionPrices>,
    report: SimulationReport,
    later: sim::Deferred,
}

/// What the worker does with one request (pure, so it is tested natively):
/// it `post`s the report first, then the break-even scan with the verdict
/// (report `None`), so the matrix does not wait for the scan. An invalid
/// request gets one answer with neither.
pub fn handle(request_json: &str, now_ms: impl Fn() -> f64, post: impl FnMut(String)) {
    handle_with(request_json, now_ms, post, &mut None);
}

/// [`handle`], reusing `last` when the request is for the same document and
/// prices, and keeping the new analysis there otherwise.
pub fn handle_with(
    request_json: &str,
    now_ms: impl Fn() -> f64,
    mut post: impl FnMut(String),
    last: &mut Option<LastAnalysis>,
) {
    let started = now_ms();
    let send = |response: &Response, post: &mut dyn FnMut(String)| {
        post(serde_json::to_string(response).unwrap_or_default());
    };
    let Some(Request {
        id,
        doc,
        prices,
        lang,
    }) = read_request(request_json)
    else {
        send(&Response::Invalid { id: 0 }, &mut post);
        return;
    };
    // The two answers, from a fresh analysis or the kept one.
    let costs = |report: &SimulationReport, post: &mut dyn FnMut(String)| {
        let mut shown = sim::in_lang(report, lang);
        for_the_page(&mut shown);
        let elapsed_ms = now_ms() - started;
        send(
            &Response::Costs {
                id,
                report: shown,
                elapsed_ms,
            },
            post,
        );
    };
    let complete = |later: &sim::Deferred, post: &mut dyn FnMut(String)| {
        let elapsed_ms = now_ms() - started;
        send(
            &Response::Complete {
                id,
                verdict: later.verdict_in(lang),
                break_even: later.break_even.clone(),
                elapsed_ms,
            },
            post,
        );
    };
    if let Some(done) = last.as_ref().filter(|l| l.doc == doc && l.prices == prices) {
        costs(&done.report, &mut post);
        complete(&done.later, &mut post);
        return;
    }
    let book: Cow<'_, PriceBook> = if prices.is_empty() {
        Cow::Borrowed(bundled())
    } else {
        let mut book = bundled().clone();
        for region in &prices {
            book.merge(region.clone());
        }
        Cow::Owned(book)
    };
    let outcome = sim::run(&doc, &book);
    let (Some(scenario), Some(report)) = (outcome.scenario, outcome.report) else {
        send(&Response::Invalid { id }, &mut post);
        return;
    };
    costs(&report, &mut post);
    let later = sim::deferred(&scenario, &report, &book);
    complete(&later, &mut post);
    *last = Some(LastAnalysis {
        doc,
        prices,
        report,
        later,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report as the page reads it from the worker: the rendered text
    /// and every figure, without the typed findings (not deserialised).
    fn as_read_back(mut report: SimulationReport) -> SimulationReport {
        for_the_page(&mut report);
        report
    }

    #[test]
    fn the_worker_simulates_with_the_imported_prices() {
        // eu-west-1 has no bundled EC2 prices: with an imported catalogue
        // (here us-east-1's, renamed) the worker's report has EC2 options,
        // the same as the page's with the same book.
        let mut imported = bundled().region("us-east-1").unwrap().clone();
        imported.region = "eu-west-1".to_string();
        imported.fargate = None;
        let mut book = bundled().clone();
        book.merge(imported);
        let prices = imported_prices(&book);
        assert_eq!(prices.len(), 1);
        let mut doc = ScenarioDoc::default_scenario();
        doc.set_field(&["region"], "eu-west-1".into());
        let request = serde_json::to_string(&Request {
            id: 1,
            doc: doc.clone(),
            prices,
            lang: Lang::En,
        })
        .unwrap();
        let mut sent = Vec::new();
        handle(
            &request,
            || 0.0,
            |m| sent.push(serde_json::from_str::<Response>(&m).unwrap()),
        );
        let report = sent[0].report().unwrap();
        assert!(report
            .options
            .iter()
            .any(|o| o.launch_type == ecs_planner_engine::scenario::LaunchType::Ec2));
        assert_eq!(
            Some(report),
            sim::run(&doc, &book).report.map(as_read_back).as_ref()
        );
    }

    #[test]
    fn the_worker_answers_with_the_same_figures_as_the_page() {
        let request = serde_json::to_string(&Request {
            id: 7,
            doc: ScenarioDoc::default_scenario(),
            prices: Vec::new(),
            lang: Lang::En,
        })
        .unwrap();
        let mut sent = Vec::new();
        handle(
            &request,
            || 0.0,
            |m| sent.push(serde_json::from_str::<Response>(&m).unwrap()),
        );
        assert_eq!(sent.len(), 2);
        assert!(sent.iter().all(|r| r.id() == 7));
        let page = sim::run(&ScenarioDoc::default_scenario(), bundled());
        assert_eq!(
            sent[0].report(),
            page.report.clone().map(as_read_back).as_ref()
        );
        let later = sim::deferred(
            page.scenario.as_ref().unwrap(),
            page.report.as_ref().unwrap(),
            bundled(),
        );
        let Response::Complete {
            break_even,
            verdict,
            ..
        } = &sent[1]
        else {
            panic!("second answer is the scan: {:?}", sent[1]);
        };
        assert_eq!(break_even, &later.break_even);
        assert_eq!(verdict, &later.verdict);
        let mut garbage = Vec::new();
        handle(
            "not json",
            || 0.0,
            |m| garbage.push(serde_json::from_str::<Response>(&m).unwrap()),
        );
        assert_eq!(garbage, [Response::Invalid { id: 0 }]);
    }

    #[test]
    fn an_import_gets_one_answer() {
        let import = serde_json::to_string(&ImportRequest {
            import: 4,
            source: "shop.yaml".into(),
            text: "services:\n  web:\n    image: nginx\n".into(),
        })
        .unwrap();
        let reply: ImportResponse = serde_json::from_str(&handle_import(&import)).unwrap();
        assert_eq!(reply.import, 4);
        // web: no replicas, no size: one service, Compose's default count 1.
        let read = reply.result.unwrap();
        assert_eq!(read.services.len(), 1);
        assert_eq!(
            read.summary,
            crate::import::Summary::Compose { services: 1 }
        );
    }

    #[test]
    fn only_big_scenarios_go_to_the_worker() {
        let scenario = sim::run(&ScenarioDoc::default_scenario(), bundled())
            .scenario
            .unwrap();
        // api 4 × 168 + web 94 × 7 + worker 2 × 168 = 672 + 658 + 336 = 1666
        assert_eq!(task_hours(&scenario), 1666);
        assert!(!runs_in_worker(&scenario));
        let mut big = ScenarioDoc::default_scenario();
        big.set_desired(0, serde_json::json!(2000));
        let big = sim::run(&big, bundled()).scenario.unwrap();
        assert!(runs_in_worker(&big));
    }

    #[test]
    fn the_worker_answers_in_the_language_of_the_request() {
        let ask = |lang| {
            let request = serde_json::to_string(&Request {
                id: 3,
                doc: ScenarioDoc::default_scenario(),
                prices: Vec::new(),
                lang,
            })
            .unwrap();
            let mut sent = Vec::new();
            handle(
                &request,
                || 0.0,
                |m| sent.push(serde_json::from_str::<Response>(&m).unwrap()),
            );
            sent
        };
        let (en, ko) = (ask(Lang::En), ask(Lang::Ko));
        let (en_report, ko_report) = (en[0].report().unwrap(), ko[0].report().unwrap());
        // The page's Korean report, read back as the page reads it.
        let page = sim::run(&ScenarioDoc::default_scenario(), bundled())
            .report
            .unwrap();
        assert_eq!(ko_report, &as_read_back(sim::in_lang(&page, Lang::Ko)));
        assert_ne!(ko_report.verdict, en_report.verdict);
        for (a, b) in ko_report.options.iter().zip(&en_report.options) {
            assert_eq!(a.monthly_cost_usd, b.monthly_cost_usd);
        }
        let (Response::Complete { verdict: en_v, .. }, Response::Complete { verdict: ko_v, .. }) =
            (&en[1], &ko[1])
        else {
            panic!("second answers are the scan");
        };
        assert_eq!(en_v.len(), ko_v.len());
        assert!(ko_v[0].starts_with("최저 비용: "), "{ko_v:?}");
        // A request without `lang` (an older page) is answered in English.
        let old = r#"{"id": 1, "doc": {"version": 1, "services": [{"name": "a", "cpu": 256, "memory": 512, "count": 1}]}}"#;
        let request: Request = serde_json::from_str(old).unwrap();
        assert_eq!(request.lang, Lang::En);
    }

    #[test]
    fn asked_again_in_another_language_the_worker_answers_from_its_last_analysis() {
        let request = |id, doc: ScenarioDoc, lang| {
            serde_json::to_string(&Request {
                id,
                doc,
                prices: Vec::new(),
                lang,
            })
            .unwrap()
        };
        let answers = |text: &str, last: &mut Option<LastAnalysis>| {
            let mut sent = Vec::new();
            handle_with(
                text,
                || 0.0,
                |m| sent.push(serde_json::from_str::<Response>(&m).unwrap()),
                last,
            );
            sent
        };
        let mut last = None;
        let en = answers(
            &request(1, ScenarioDoc::default_scenario(), Lang::En),
            &mut last,
        );
        let kept = last.clone().expect("the analysis is kept");
        // The same document in Korean: the same answers as a fresh worker
        // gives, from the kept analysis (which stays as it was).
        let ko = answers(
            &request(2, ScenarioDoc::default_scenario(), Lang::Ko),
            &mut last,
        );
        let mut fresh = Vec::new();
        handle(
            &request(2, ScenarioDoc::default_scenario(), Lang::Ko),
            || 0.0,
            |m| fresh.push(serde_json::from_str::<Response>(&m).unwrap()),
        );
        assert_eq!(ko, fresh);
        assert_ne!(ko, en);
        assert_eq!(last.as_ref(), Some(&kept));
        // Another document is analysed anew and replaces it: api at 5 tasks
        // instead of 4 costs more on Fargate.
        let mut edited = ScenarioDoc::default_scenario();
        edited.set_desired(0, serde_json::json!(5));
        let again = answers(&request(3, edited, Lang::Ko), &mut last);
        let cost = |answers: &[Response]| answers[0].report().unwrap().options[0].monthly_cost_usd;
        assert!(cost(&again) > cost(&ko));
        assert_ne!(last.as_ref(), Some(&kept));
    }
}
