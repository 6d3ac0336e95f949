//! Wires `persist` (share link in the address bar, autosave, offline
//! service worker) into the store: what the app opens with, and keeping the
//! link and the autosave current on every change.

use ecs_planner_engine::link::{self, LinkView};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::validate::parse_scenario_value;
use leptos::prelude::*;
use serde_json::Value;

use crate::persist::{self, KeyValueStore, MemoryStore, Startup};
use crate::ui::store::Store;

fn validate(scenario: &Value) -> Result<(), String> {
    parse_scenario_value(scenario, bundled())
        .map(|_| ())
        .map_err(|e| {
            e.errors
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        })
}

/// The scenario to open: the link in the address bar, else the autosave,
/// else the example (with notices when something could not be opened).
#[cfg(target_arch = "wasm32")]
pub fn startup() -> Startup {
    let hash = persist::browser::location_hash();
    let result = match persist::browser::LocalStorage::open() {
        Ok(store) => persist::startup(&hash, &store, &validate),
        Err(_) => persist::startup(&hash, &MemoryStore::default(), &validate),
    };
    persist::browser::register_service_worker();
    result
}

#[cfg(not(target_arch = "wasm32"))]
pub fn startup() -> Startup {
    persist::startup("", &MemoryStore::default(), &validate)
}

/// Selects the option and hour a link or autosave carried.
pub fn apply_view(store: Store, view: &LinkView) {
    if let Some((launch, layout)) = view.option.as_deref().and_then(|o| o.split_once('/')) {
        store
            .selected
            .set(Some((launch.to_string(), layout.to_string())));
    }
    if let Some(hour) = view.hour {
        store.hour.set(hour);
    }
}

fn current_view(store: Store) -> LinkView {
    LinkView {
        option: store
            .selected
            .get()
            .map(|(launch, layout)| format!("{launch}/{layout}")),
        hour: Some(store.hour.get()),
    }
}

/// On every change of the scenario or the view: rewrite the link in the
/// address bar and the autosave.
pub fn keep_saved(store: Store) {
    Effect::new(move |_| {
        let view = current_view(store);
        let doc = store.doc.get();
        save(&doc, &view);
    });
}

#[cfg(target_arch = "wasm32")]
fn save(doc: &Value, view: &LinkView) {
    if let Ok(storage) = persist::browser::LocalStorage::open() {
        let _ = persist::save_autosave(&storage as &dyn KeyValueStore, doc, view);
    }
    let _ = persist::browser::replace_location_hash(&link::encode(doc, view));
}

#[cfg(not(target_arch = "wasm32"))]
fn save(doc: &Value, view: &LinkView) {
    let _ = persist::save_autosave(&MemoryStore::default() as &dyn KeyValueStore, doc, view);
    let _ = link::encode(doc, view);
}

/// Copies the page address (the share link) to the clipboard; `false` when
/// the browser offers no clipboard (the link is still in the address bar).
pub fn copy_link() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(href) = window.location().href() else {
        return false;
    };
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).ok();
    let clipboard = navigator
        .as_ref()
        .and_then(|n| js_sys::Reflect::get(n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined());
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    match (clipboard, write) {
        (Some(c), Some(f)) => f.call1(&c, &href.into()).is_ok(),
        _ => false,
    }
}
