//! The few browser calls the app makes outside Leptos: a clock for timings,
//! the timings array the e2e tests read, the colour scheme and pixel ratio.

use wasm_bindgen::{JsCast, JsValue};

/// `performance.now()` in milliseconds (0 when unavailable).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Appends a re-simulation time to `window.__ecsPlannerTimings` (created on
/// first use) so that tests and curious users can read the figures.
pub fn record_timing(kind: &str, elapsed_ms: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("__ecsPlannerTimings");
    let array = match js_sys::Reflect::get(&window, &key) {
        Ok(v) if js_sys::Array::is_array(&v) => v.unchecked_into::<js_sys::Array>(),
        _ => {
            let a = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&window, &key, &a);
            a
        }
    };
    let entry = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&entry, &"kind".into(), &JsValue::from_str(kind));
    let _ = js_sys::Reflect::set(&entry, &"ms".into(), &JsValue::from_f64(elapsed_ms));
    array.push(&entry);
}

/// Whether the user prefers a dark colour scheme.
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// `window.devicePixelRatio`, at least 1.
pub fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r >= 1.0)
        .unwrap_or(1.0)
}
