//! Fuzzes `import::offer::import_offer` (AWS Price List offer files) with
//! arbitrary bytes, with and without a chosen region: it must never panic.
#![no_main]

use ecs_planner_engine::import::offer::import_offer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = import_offer(data, None);
    let _ = import_offer(data, Some("us-east-1"));
});
