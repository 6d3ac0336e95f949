//! The one place the app calls the engine's analysis: scenario JSON in,
//! validation issues, the simulation report and the break-even scan out.
//! Both halves are the engine's `analysis::costs` and `analysis::complete`
//! (the CLI's `analyze` is the two in a row), on the page and in the worker.

use ecs_planner_engine::analysis;
use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::findings::VerdictFinding;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::PriceBook;
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::Scenario;
use ecs_planner_engine::text::{render_all, render_report};
use ecs_planner_engine::validate::{parse_scenario_value, FieldIssue, IssueKind};

use crate::doc::ScenarioDoc;

/// The placement chart replays one hour of an EC2 cluster with the
/// engine's own simulator (not a second copy of it).
pub use ecs_planner_engine::ec2::{placement_at, Ec2ClusterInput};

/// A problem with one field of the scenario, by its JSON path
/// (e.g. `services[0].cpu`); its words come in the user's language when
/// shown ([`Issue::message`]), so a language switch re-renders them.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: String,
    issue: FieldIssue,
}

impl Issue {
    /// `"5l2" — is not a size …` (the value found, then what would be
    /// valid), in `lang`; the value stays verbatim.
    pub fn message(&self, lang: Lang) -> String {
        let message = self.issue.message_in(lang);
        if self.issue.value.is_empty() || self.issue.kind == IssueKind::Missing {
            message
        } else {
            format!("{} — {message}", self.issue.value)
        }
    }
}

impl From<FieldIssue> for Issue {
    fn from(issue: FieldIssue) -> Self {
        Self {
            path: issue.path.clone(),
            issue,
        }
    }
}

/// Everything the results pane shows for one state of the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub scenario: Option<Scenario>,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    pub report: Option<SimulationReport>,
}

/// The slower half of the analysis, computed after the edit has been shown:
/// the break-even scan and the verdict that names its crossovers.
#[derive(Debug, Clone, PartialEq)]
pub struct Deferred {
    /// The scenario this was computed for (stale when it differs).
    pub scenario: Scenario,
    pub break_even: BreakEven,
    /// The verdict as the worker sent it (rendered there, in the language
    /// of the request), or in English on the page.
    pub verdict: Vec<String>,
    /// The verdict as typed findings (on the page; empty from the worker,
    /// whose findings are not read back).
    pub findings: Vec<VerdictFinding>,
}

impl Deferred {
    /// The full verdict in `lang`: rendered from the findings when the page
    /// computed them, else the worker's text (requested in `lang`).
    pub fn verdict_in(&self, lang: Lang) -> Vec<String> {
        if self.findings.is_empty() {
            self.verdict.clone()
        } else {
            render_all(&self.findings, lang)
        }
    }
}

/// The verdict the page shows: the full one (naming the break-even
/// crossovers) once the deferred half is done for this very scenario, until
/// then the fast one from the report, marked incomplete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShownVerdict {
    /// The sentences, in the page's language.
    pub lines: Vec<String>,
    /// The full verdict's typed findings (empty until it is complete, and
    /// from the worker, which renders its text itself).
    pub findings: Vec<VerdictFinding>,
    /// The break-even scan for this scenario is done.
    pub complete: bool,
}

/// Chooses the verdict to show in `lang` for `scenario`: the deferred one
/// when it was computed for that scenario, else the fast one of `shown`,
/// the report already rendered in `lang` (a deferred result for an earlier
/// state is never shown as current).
pub fn shown_verdict(
    scenario: Option<&Scenario>,
    shown: Option<&SimulationReport>,
    deferred: Option<&Deferred>,
    lang: Lang,
) -> ShownVerdict {
    match deferred {
        Some(later) if scenario == Some(&later.scenario) => ShownVerdict {
            lines: later.verdict_in(lang),
            findings: later.findings.clone(),
            complete: true,
        },
        _ => ShownVerdict {
            lines: shown.map(|r| r.verdict.clone()).unwrap_or_default(),
            findings: Vec::new(),
            complete: false,
        },
    }
}

/// `report` with its verdict and notes in `lang`, from its typed findings
/// (no simulation: the language switch calls this). A report from the
/// worker has no findings and keeps its text, which the worker rendered in
/// the language of the request.
pub fn in_lang(report: &SimulationReport, lang: Lang) -> SimulationReport {
    let mut report = report.clone();
    render_report(&mut report, lang);
    report
}

impl Outcome {
    /// Issues (errors, then warnings) for the field at `path` or inside it.
    pub fn issues_at(&self, path: &str) -> Vec<Issue> {
        let inside_dot = format!("{path}.");
        let inside_index = format!("{path}[");
        self.errors
            .iter()
            .chain(self.warnings.iter())
            .filter(|i| {
                i.path == path
                    || i.path.starts_with(&inside_dot)
                    || i.path.starts_with(&inside_index)
            })
            .cloned()
            .collect()
    }
}

/// Validates and simulates the document (the fast path, run on every edit).
pub fn run(doc: &ScenarioDoc, prices: &PriceBook) -> Outcome {
    let mut outcome = validate(doc, prices);
    if let Some(scenario) = &outcome.scenario {
        outcome.report = Some(costs(scenario, prices));
    }
    outcome
}

/// The fast half of the analysis for a validated scenario: every option
/// costed, with the verdict that needs no break-even scan.
pub fn costs(scenario: &Scenario, prices: &PriceBook) -> SimulationReport {
    analysis::costs(scenario, prices)
}

/// Validates the document only (`report` stays `None`).
pub fn validate(doc: &ScenarioDoc, prices: &PriceBook) -> Outcome {
    match parse_scenario_value(doc.as_value(), prices) {
        Ok(parsed) => Outcome {
            scenario: Some(parsed.scenario),
            errors: Vec::new(),
            warnings: parsed.warnings.into_iter().map(Issue::from).collect(),
            report: None,
        },
        Err(errors) => Outcome {
            errors: errors.errors.into_iter().map(Issue::from).collect(),
            ..Outcome::default()
        },
    }
}

/// The slow half, after [`costs`]: the engine's `analysis::complete` (the
/// break-even scan, reusing `report` at 1×, and the verdict that names its
/// crossovers).
pub fn deferred(scenario: &Scenario, report: &SimulationReport, prices: &PriceBook) -> Deferred {
    let complete = analysis::complete(scenario, report, prices);
    Deferred {
        scenario: scenario.clone(),
        break_even: complete.break_even,
        verdict: complete.report.verdict,
        findings: complete.report.verdict_findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecs_planner_engine::pricing::bundled;
    use ecs_planner_engine::scenario::Layout;
    use serde_json::Value;

    #[test]
    fn default_scenario_fargate_cost_matches_hand_computation() {
        // us-east-1 Fargate: 0.04048 USD/vCPU-h, 0.004445 USD/GB-h.
        // api    4 × (0.5 × 0.04048 + 1 × 0.004445) = 4 × 0.024685 = 0.09874 /h
        // worker 2 × (1 × 0.04048 + 2 × 0.004445)   = 2 × 0.04937  = 0.09874 /h
        // web    256/512: 0.25 × 0.04048 + 0.5 × 0.004445 = 0.0123425 per task-hour,
        //        examples/shop.json profile: 8 h × 2 + 10 h × 6 + 6 h × 3 = 94
        //        task-hours a day, monthly 94 / 24 × 730 × 0.0123425 = 35.289266...
        // monthly = 0.19748 × 730 + 35.289266 = 144.1604 + 35.289266 = 179.449666
        let outcome = run(&ScenarioDoc::default_scenario(), bundled());
        let report = outcome.report.unwrap();
        let single = report
            .options
            .iter()
            .find(|o| o.layout == Layout::Single)
            .unwrap();
        assert!(
            (single.monthly_cost_usd - 179.449666).abs() < 0.001,
            "{}",
            single.monthly_cost_usd
        );
        assert!(!report.verdict.is_empty());
    }

    #[test]
    fn bad_text_is_an_issue_at_its_path() {
        let mut doc = ScenarioDoc::default_scenario();
        doc.set_service_field(1, "cpu", Value::String("5l2".into()));
        let outcome = run(&doc, bundled());
        assert!(outcome.report.is_none());
        let issues = outcome.issues_at("services[1].cpu");
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].message(Lang::En).contains("5l2"), "{issues:?}");
        // The same issue in Korean: the value and the hint's examples verbatim.
        // "5l2" has the unit "l2", which no CPU field takes.
        assert_eq!(
            issues[0].message(Lang::Ko),
            "\"5l2\" — 알 수 없는 단위입니다: \"l2\". CPU 단위를 정수로 입력하세요(1024 = 1 vCPU). 예: 512, \"512\", \"0.5 vCPU\", \"1 vCPU\""
        );
        assert!(!outcome.issues_at("services[1]").is_empty());
        assert!(outcome.issues_at("services[0].cpu").is_empty());
    }

    #[test]
    fn a_report_switches_language_without_simulating_again() {
        let outcome = run(&ScenarioDoc::default_scenario(), bundled());
        let report = outcome.report.unwrap();
        let ko = in_lang(&report, Lang::Ko);
        // Same figures, same options; only the words change.
        assert_eq!(ko.options.len(), report.options.len());
        for (a, b) in ko.options.iter().zip(&report.options) {
            assert_eq!(a.monthly_cost_usd, b.monthly_cost_usd);
        }
        assert!(ko.verdict[0].starts_with("최저 비용: "), "{:?}", ko.verdict);
        assert_eq!(in_lang(&ko, Lang::En).verdict, report.verdict);
        let later = deferred(outcome.scenario.as_ref().unwrap(), &report, bundled());
        assert_eq!(later.verdict_in(Lang::En), later.verdict);
        let korean = later.verdict_in(Lang::Ko);
        assert_eq!(korean.len(), later.verdict.len());
        assert!(
            korean
                .iter()
                .all(|v| v.chars().any(|c| ('가'..='힣').contains(&c))),
            "{korean:?}"
        );
        // A worker's deferred verdict has no findings: its text is kept.
        let from_worker = Deferred {
            findings: Vec::new(),
            verdict: korean.clone(),
            ..later
        };
        assert_eq!(from_worker.verdict_in(Lang::En), korean);
    }

    #[test]
    fn the_full_verdict_is_shown_only_for_its_own_scenario() {
        let outcome = run(&ScenarioDoc::default_scenario(), bundled());
        let report = outcome.report.clone().unwrap();
        let later = deferred(outcome.scenario.as_ref().unwrap(), &report, bundled());
        let scenario = outcome.scenario.as_ref();
        // Before the scan: the report's verdict, pending.
        let fast = shown_verdict(scenario, Some(&report), None, Lang::En);
        assert_eq!(
            (fast.lines.clone(), fast.complete),
            (report.verdict.clone(), false)
        );
        // After it, for the same scenario: the full verdict, in either language.
        let korean = in_lang(&report, Lang::Ko);
        let full = shown_verdict(scenario, Some(&korean), Some(&later), Lang::Ko);
        assert!(full.complete);
        assert_eq!(full.lines, later.verdict_in(Lang::Ko));
        assert_eq!(full.findings, later.findings);
        // A scan for an earlier state (api at 4 tasks) is not shown for api at 5.
        let mut edited = ScenarioDoc::default_scenario();
        edited.set_desired(0, serde_json::json!(5));
        let now = run(&edited, bundled());
        let now_report = now.report.as_ref();
        let stale = shown_verdict(now.scenario.as_ref(), now_report, Some(&later), Lang::En);
        assert!(!stale.complete);
        assert_eq!(stale.lines, now_report.unwrap().verdict);
    }
}
