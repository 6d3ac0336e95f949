//! The few browser calls the app makes outside Leptos: a clock for timings,
//! the timings array the e2e tests read, the colour scheme and pixel ratio,
//! and moving the keyboard focus.

use wasm_bindgen::{JsCast, JsValue};

/// `performance.now()` in milliseconds (0 when unavailable).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The absolute URL of the wasm-bindgen glue that loaded this page's wasm:
/// Trunk preloads `NAME_bg.wasm` (hashed) from index.html, and wasm-bindgen
/// writes its glue beside it as `NAME.js`.
pub fn wasm_glue_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document
        .query_selector("link[rel=\"preload\"][href$=\"_bg.wasm\"]")
        .ok()??;
    let href = link.get_attribute("href")?;
    let glue = format!("{}.js", href.strip_suffix("_bg.wasm")?);
    let base = document.base_uri().ok()??;
    web_sys::Url::new_with_base(&glue, &base)
        .ok()
        .map(|u| u.href())
}

/// Appends a re-simulation time to `window.__ecsPlannerTimings` (created on
/// first use) so that tests and curious users can read the figures: `kind`,
/// `ms`, and `at`, the `performance.now()` when it was recorded.
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
    let _ = js_sys::Reflect::set(&entry, &"at".into(), &JsValue::from_f64(now_ms()));
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

/// Moves the keyboard focus to the first element `selector` matches, if any.
pub fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
