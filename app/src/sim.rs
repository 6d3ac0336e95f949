//! The one place the app calls the engine: scenario JSON in, validation
//! issues, the simulation report and the break-even scan out.

use ecs_planner_engine::breakeven::{break_even, BreakEven, DEFAULT_SCALES};
use ecs_planner_engine::pricing::PriceBook;
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::Scenario;
use ecs_planner_engine::simulate::simulate;
use ecs_planner_engine::validate::{parse_scenario_value, FieldIssue};
use ecs_planner_engine::verdict::write_verdict;
use serde_json::Value;

/// A problem with one field of the scenario, by its JSON path
/// (e.g. `services[0].cpu`), in words for the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: String,
    pub message: String,
}

impl From<FieldIssue> for Issue {
    fn from(issue: FieldIssue) -> Self {
        let message = if issue.value.is_empty() || issue.value == "(missing)" {
            issue.message
        } else {
            format!("{} — {}", issue.value, issue.message)
        };
        Self {
            path: issue.path,
            message,
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
    pub verdict: Vec<String>,
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
pub fn run(doc: &Value, prices: &PriceBook) -> Outcome {
    let mut outcome = validate(doc, prices);
    if let Some(scenario) = &outcome.scenario {
        outcome.report = Some(simulate(scenario, prices));
    }
    outcome
}

/// Validates the document only (`report` stays `None`).
pub fn validate(doc: &Value, prices: &PriceBook) -> Outcome {
    match parse_scenario_value(doc, prices) {
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

/// The break-even scan over the engine's default scales and the verdict
/// with its crossovers (the same as `simulate::analyze`, split so that the
/// page shows the matrix first).
pub fn deferred(scenario: &Scenario, report: &SimulationReport, prices: &PriceBook) -> Deferred {
    let scan = break_even(scenario, prices, &DEFAULT_SCALES);
    let mut with_scan = report.clone();
    write_verdict(&mut with_scan, scenario, prices, Some(&scan));
    Deferred {
        scenario: scenario.clone(),
        break_even: scan,
        verdict: with_scan.verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::default_scenario;
    use ecs_planner_engine::pricing::bundled;

    #[test]
    fn default_scenario_fargate_cost_matches_hand_computation() {
        // us-east-1 Fargate: 0.04048 USD/vCPU-h, 0.004445 USD/GB-h.
        // api    4 × (0.5 × 0.04048 + 1 × 0.004445) = 4 × 0.024685 = 0.09874 /h
        // worker 2 × (1 × 0.04048 + 2 × 0.004445)   = 2 × 0.04937  = 0.09874 /h
        // web    256/512: 0.25 × 0.04048 + 0.5 × 0.004445 = 0.0123425 per task-hour,
        //        examples/shop.json profile: 8 h × 2 + 10 h × 6 + 6 h × 3 = 94
        //        task-hours a day, monthly 94 / 24 × 730 × 0.0123425 = 35.289266...
        // monthly = 0.19748 × 730 + 35.289266 = 144.1604 + 35.289266 = 179.449666
        let outcome = run(&default_scenario(), bundled());
        let report = outcome.report.unwrap();
        let single = report
            .options
            .iter()
            .find(|o| o.layout == "single")
            .unwrap();
        assert!(
            (single.monthly_cost_usd - 179.449666).abs() < 0.001,
            "{}",
            single.monthly_cost_usd
        );
        assert!(!report.verdict.is_empty());
        // The deferred verdict is the engine's `analyze` verdict.
        let scenario = outcome.scenario.unwrap();
        let later = deferred(&scenario, &report, bundled());
        let analysis = ecs_planner_engine::simulate::analyze(&scenario, bundled());
        assert_eq!(later.verdict, analysis.report.verdict);
        assert_eq!(later.break_even, analysis.break_even);
    }

    #[test]
    fn bad_text_is_an_issue_at_its_path() {
        let mut doc = default_scenario();
        crate::doc::set_service_field(&mut doc, 1, "cpu", Value::String("5l2".into()));
        let outcome = run(&doc, bundled());
        assert!(outcome.report.is_none());
        let issues = outcome.issues_at("services[1].cpu");
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].message.contains("5l2"), "{issues:?}");
        assert!(!outcome.issues_at("services[1]").is_empty());
        assert!(outcome.issues_at("services[0].cpu").is_empty());
    }
}
