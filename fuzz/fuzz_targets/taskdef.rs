//! Fuzzes `import::taskdef::import_task_definition` with arbitrary JSON: it
//! must never panic, and an imported service must make a scenario that the
//! scenario parser accepts (the importer's own contract).
#![no_main]

use ecs_planner_engine::import::taskdef::{import_task_definition, scenario_from_services};
use ecs_planner_engine::{pricing, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Ok(imported) = import_task_definition(&value) {
        let scenario = scenario_from_services("us-east-1", vec![imported.service]);
        let file = validate::scenario_to_json(&scenario);
        let parsed = validate::parse_scenario_value(&file, pricing::bundled())
            .expect("an imported task definition makes a valid scenario");
        assert_eq!(parsed.scenario, scenario);
    }
});
