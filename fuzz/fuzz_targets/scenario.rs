//! Fuzzes `validate::parse_scenario` with arbitrary text against the
//! bundled prices: it must never panic. A scenario it accepts, written back
//! as its canonical file (`scenario_to_json`), must be accepted again and
//! give the same scenario.
#![no_main]

use ecs_planner_engine::{pricing, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let prices = pricing::bundled();
    if let Ok(parsed) = validate::parse_scenario(text, prices) {
        let canonical = validate::scenario_to_json(&parsed.scenario);
        let again = validate::parse_scenario_value(&canonical, prices)
            .expect("the canonical file of an accepted scenario is accepted");
        assert_eq!(parsed.scenario, again.scenario);
    }
});
