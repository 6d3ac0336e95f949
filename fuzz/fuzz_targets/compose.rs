//! Fuzzes `import::compose::import_compose` with arbitrary text: it must
//! return (Ok or Err), never panic, hang or run out of memory, and every
//! imported service must be an object with a name, a CPU and a memory.
#![no_main]

use ecs_planner_engine::import::compose::import_compose;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(imported) = import_compose(text) {
        for service in &imported.services {
            assert!(service["name"].is_string(), "{service}");
            assert!(service["cpu"].as_u64().is_some_and(|c| c > 0), "{service}");
            assert!(service["memory"].as_u64().is_some_and(|m| m > 0), "{service}");
        }
    }
});
