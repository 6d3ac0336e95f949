//! Helpers shared by the engine's integration tests (`mod common;` in each
//! file that uses them): a scenario from JSON, its report on the bundled
//! prices, one option of it by key, and the comparisons of figures. Each
//! test file uses some of them, so the unused rest is not dead code.

#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use ecs_planner_engine::analysis::costs;
use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::report::{OptionResult, SimulationReport};
use ecs_planner_engine::scenario::Scenario;
use ecs_planner_engine::validate::{parse_scenario, parse_scenario_value};
use serde_json::Value;

/// The scenario a JSON value describes, on the bundled prices; fails the
/// test with the validation message if it is not valid.
pub fn scenario(value: Value) -> Scenario {
    parse_scenario_value(&value, bundled())
        .unwrap_or_else(|e| panic!("{e}"))
        .scenario
}

/// The report (costs, ranks; no scan) for a scenario JSON value.
pub fn run(value: Value) -> SimulationReport {
    costs(&scenario(value), bundled())
}

/// [`run`] for a scenario file's text.
pub fn run_text(json: &str) -> SimulationReport {
    let parsed = parse_scenario(json, bundled()).unwrap_or_else(|e| panic!("{e}"));
    costs(&parsed.scenario, bundled())
}

/// The option written `key`, e.g. `ec2/per-service` (a test that names no
/// option key fails here, before looking).
pub fn option<'r>(report: &'r SimulationReport, key: &str) -> &'r OptionResult {
    let typed = OptionKey::parse(key).unwrap_or_else(|| panic!("{key} is no option key"));
    report
        .options
        .iter()
        .find(|o| o.key() == typed)
        .unwrap_or_else(|| panic!("no option {key}"))
}

/// Equal to a millionth (figures computed by hand to the last digit).
pub fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "expected {expected}, got {actual}"
    );
}

/// Equal to the cent (figures computed by hand from rounded prices).
pub fn assert_usd(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.005,
        "expected ${expected:.4}, got ${actual:.4}"
    );
}

/// Whether `text` has a Hangul syllable (a Korean rendering does).
pub fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}
