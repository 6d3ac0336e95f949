//! Fuzzes `import::import` (the CLI's `import` and the app's import panel)
//! with arbitrary text: it must return, never panic; every service is an
//! object with a name, a CPU and a memory; and every report renders in
//! both languages.
#![no_main]

use ecs_planner_engine::import::{detect, import};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::text::Render;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = detect(text);
    match import(text) {
        Ok(imported) => {
            for service in &imported.services {
                assert!(service["name"].is_string(), "{service}");
                assert!(service["cpu"].as_u64().is_some_and(|c| c > 0), "{service}");
                assert!(service["memory"].as_u64().is_some_and(|m| m > 0), "{service}");
            }
            for lang in Lang::ALL {
                let _ = imported.report.sections(lang);
            }
        }
        Err(error) => {
            for lang in Lang::ALL {
                assert!(!error.render(lang).is_empty());
            }
        }
    }
});
