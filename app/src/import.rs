//! What an imported file or pasted text is, and what it turns into: the
//! import panel's pure part (tested natively; `ui::transfer` applies it).
//!
//! A scenario file replaces the scenario; ECS task definitions (one, a JSON
//! array, or several files) and docker-compose YAML (or Compose written as
//! JSON) add services; a pricing file (`RegionPrices`, as `ecs-planner
//! pricing import` writes) is merged into the price book. What a text is,
//! is the engine's `import::detect` ([`classify`], on the page).
//!
//! Scenario and pricing files are read on the page. Everything else (task
//! definitions, Compose, text of no known shape) is read by the Web Worker
//! ([`read_services`], called by `worker_protocol::handle_import`), so the
//! page's wasm does not carry the YAML parser, the Compose and task
//! definition importers or their report text: the worker answers with the
//! services, a typed [`Summary`] and the report rendered in every language
//! the page speaks ([`InEveryLang`]); the page picks the language when it
//! shows the report, so a report (or a refusal) follows the language switch.

use ecs_planner_engine::import::{self, ImportError, ImportReport, Kind};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{RegionPrices, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{read_pricing_file, PricingFileError};
use ecs_planner_engine::text::Render;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::doc::ScenarioDoc;
use crate::persist::StoreError;
use crate::strings::{current as s, strings};

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

/// A value for each language the page speaks, picked when shown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InEveryLang<T> {
    pub en: T,
    pub ko: T,
}

impl<T> InEveryLang<T> {
    /// `render` in each language.
    pub fn new(render: impl Fn(Lang) -> T) -> Self {
        InEveryLang {
            en: render(Lang::En),
            ko: render(Lang::Ko),
        }
    }

    /// The value in `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
        }
    }
}

/// A report's lines by section, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Lines {
    pub read: Vec<String>,
    pub ignored: Vec<String>,
    pub check: Vec<String>,
}

/// What was read from one source, for the import report. Typed (or, for
/// the worker's part, rendered in every language), and rendered when
/// shown, so the report follows the language switch.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceReport {
    pub source: String,
    pub summary: Summary,
    /// The engine's report of task definitions or a Compose file, as the
    /// worker rendered it.
    pub report: Option<InEveryLang<Lines>>,
    /// What the app itself read or did (prices, region, renamed services).
    pub read: Vec<AppLine>,
    pub check: Vec<AppLine>,
}

/// The one-line summary of a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The browser refused to keep the prices.
    NotKept(StoreError),
}

impl AppLine {
    pub fn text(&self) -> String {
        match self {
            AppLine::FargateRates { date, source } => s().fargate_rates_read(date, source),
            AppLine::Ec2Rates {
                types,
                date,
                source,
            } => s().ec2_rates_read(*types, date, source),
            AppLine::RegionSwitched { from, to } => s().region_switched(from, to),
            AppLine::Renamed { name, free } => s().service_renamed(name, free),
            AppLine::NotKept(problem) => problem.text(crate::strings::current_lang()),
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
    /// The worker's refusal (empty, broken JSON, a Compose file it cannot
    /// read, task definitions none of which could be read), with the
    /// source's name, in every language.
    Refused(InEveryLang<String>),
    /// The import worker could not be started, stopped, or did not answer.
    WorkerFailed,
    Pricing(PricingFileError),
}

impl Failure {
    /// The message, in the page's language.
    pub fn message(&self) -> String {
        let source = self.source.as_str();
        match &self.problem {
            Problem::TooBig { bytes } => {
                s().import_too_big(source, *bytes, MAX_IMPORT_BYTES / (1024 * 1024))
            }
            Problem::Refused(message) => message.get(crate::strings::current_lang()).clone(),
            Problem::WorkerFailed => s().import_worker_failed(source),
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

/// Services read by the worker from one source: what it sends the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServicesRead {
    /// Scenario-file service objects, in the file's order.
    pub services: Vec<Value>,
    pub summary: Summary,
    pub report: InEveryLang<Lines>,
}

/// Reads task definitions or a Compose file (or refuses the text), in the
/// worker: the services, and the report or the refusal in every language.
/// Task definitions that cannot be read are reported and the rest added;
/// a file none of whose definitions can be read is refused.
pub fn read_services(source: &str, text: &str) -> Result<ServicesRead, InEveryLang<String>> {
    let refuse = |error: &ImportError| {
        InEveryLang::new(|lang| {
            let s = strings(lang);
            match error {
                ImportError::Empty => s.nothing_to_import(source),
                ImportError::NotJson { detail } => s.import_not_json(source, detail),
                ImportError::NotServices { .. } | ImportError::Unrecognised => {
                    s.not_importable(source, PRICING_FORMAT)
                }
                ImportError::Compose(_) => format!("{source}: {}", error.render(lang)),
            }
        })
    };
    let imported = import::import(text).map_err(|e| refuse(&e))?;
    let services = imported.services.len();
    let summary = match &imported.report {
        ImportReport::TaskDefinitions(_) if services == 0 => {
            return Err(InEveryLang::new(|lang| {
                strings(lang)
                    .no_taskdef_read(source, &imported.report.sections(lang).check.join(" "))
            }))
        }
        ImportReport::TaskDefinitions(_) => Summary::TaskDefinitions { services },
        ImportReport::Compose(_) => Summary::Compose { services },
    };
    let report = InEveryLang::new(|lang| {
        let sections = imported.report.sections(lang);
        Lines {
            read: sections.read,
            ignored: sections.ignored,
            check: sections.check,
        }
    });
    Ok(ServicesRead {
        services: imported.services,
        summary,
        report,
    })
}

/// What the page makes of the worker's answer for `source`.
pub fn from_worker(
    source: &str,
    read: Result<ServicesRead, InEveryLang<String>>,
) -> Result<(Imported, SourceReport), Failure> {
    match read {
        Ok(read) => Ok((
            Imported::Services(read.services),
            SourceReport {
                source: source.to_string(),
                summary: read.summary,
                report: Some(read.report),
                read: Vec::new(),
                check: Vec::new(),
            },
        )),
        Err(message) => Err(Failure {
            source: source.to_string(),
            problem: Problem::Refused(message),
        }),
    }
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

/// Where one file or pasted text is read.
#[derive(Debug, Clone, PartialEq)]
// Returned once per source and matched at once: boxing buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum Classified {
    /// Read on the page: a scenario or pricing file, or a refusal.
    Here(Result<(Imported, SourceReport), Failure>),
    /// Task definitions, Compose, or no known shape: for the worker
    /// ([`read_services`]).
    InWorker,
}

/// Sorts one file or pasted text by its shape (`import::detect`: JSON by
/// its fields, anything else as docker-compose YAML), reading scenario
/// and pricing files at once.
pub fn classify(source: &str, text: &str) -> Classified {
    if text.len() > MAX_IMPORT_BYTES {
        return Classified::Here(Err(Failure {
            source: source.to_string(),
            problem: Problem::TooBig { bytes: text.len() },
        }));
    }
    let json = || serde_json::from_str::<Value>(text.trim_start()).unwrap_or(Value::Null);
    match import::detect(text) {
        Kind::Pricing => Classified::Here(import_pricing(source, json())),
        Kind::Scenario => Classified::Here(Ok((
            Imported::Scenario(json()),
            SourceReport {
                source: source.to_string(),
                summary: Summary::Scenario,
                report: None,
                read: Vec::new(),
                check: Vec::new(),
            },
        ))),
        Kind::TaskDefinitions | Kind::Compose | Kind::Unknown => Classified::InWorker,
    }
}

/// Adds `services` to `doc`, renaming any whose name is taken.
pub fn add_services(doc: &mut ScenarioDoc, services: Vec<Value>) -> Vec<AppLine> {
    let mut renamed = Vec::new();
    for mut service in services {
        let name = service
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("service")
            .to_string();
        let free = doc.unused_name(&name);
        if free != name {
            renamed.push(AppLine::Renamed {
                name: name.clone(),
                free: free.clone(),
            });
            if let Some(object) = service.as_object_mut() {
                object.insert("name".to_string(), Value::String(free));
            }
        }
        doc.push_service(service);
    }
    renamed
}

/// The one-line summary, in the page's language.
pub fn summary(summary: &Summary) -> String {
    match summary {
        Summary::Scenario => s().import_scenario_file.to_string(),
        Summary::TaskDefinitions { services } => s().taskdefs_summary(*services),
        Summary::Compose { services } => s().compose_summary(*services),
        Summary::Prices { region } => s().import_prices_summary(region),
    }
}

/// A source's report lines in the page's language: the worker's, then the app's.
pub fn shown_lines(report: &SourceReport) -> Lines {
    let mut shown = report
        .report
        .as_ref()
        .map(|r| r.get(crate::strings::current_lang()).clone())
        .unwrap_or_default();
    shown.read.extend(report.read.iter().map(AppLine::text));
    shown.check.extend(report.check.iter().map(AppLine::text));
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One source read as the app reads it: on the page, or through the
    /// worker's JSON messages (`worker_protocol::handle_import`).
    fn read(source: &str, text: &str) -> Result<(Imported, SourceReport), Failure> {
        match classify(source, text) {
            Classified::Here(result) => result,
            Classified::InWorker => {
                let request = crate::worker_protocol::ImportRequest {
                    import: 9,
                    source: source.to_string(),
                    text: text.to_string(),
                };
                let reply = crate::worker_protocol::handle_import(
                    &serde_json::to_string(&request).unwrap(),
                );
                let reply: crate::worker_protocol::ImportResponse =
                    serde_json::from_str(&reply).unwrap();
                assert_eq!(reply.import, 9);
                from_worker(source, reply.result)
            }
        }
    }

    fn kind(text: &str) -> String {
        match read("t", text) {
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
        let (_, report) = read("shop.yaml", compose).unwrap();
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
        let failure = read("bad.yaml", "services: []\n").unwrap_err();
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
        let failure = read(
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
        let mut doc = ScenarioDoc::from_value(serde_json::json!({"services": [{"name": "web"}]}));
        let renamed = add_services(&mut doc, vec![serde_json::json!({"name": "web"})]);
        assert_eq!(renamed.len(), 1);
        assert_eq!(doc.as_value()["services"][1]["name"], "web-2");
    }
}
