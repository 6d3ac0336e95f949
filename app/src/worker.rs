//! The worker side of both Web Workers (see [`crate::worker_protocol`]):
//! listen for JSON strings, answer with JSON strings, say [`READY`] first.
//!
//! - The simulation worker is the page's own wasm: `public/sim-worker.js`
//!   imports the page's wasm-bindgen glue and instantiates the compiled
//!   module the page posts it, and [`crate::start`] sees it is not in a
//!   window and calls [`serve`] with the simulation handler. The bundle
//!   therefore carries the engine once, and starting the worker downloads
//!   and compiles nothing.
//! - The import worker is its own small binary (`ecs-planner-import-worker`):
//!   only it links the YAML parser and the importers.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::worker_protocol::READY;

/// Whether this wasm instance runs in a worker (no window).
pub fn in_worker() -> bool {
    js_sys::global().dyn_ref::<web_sys::Window>().is_none()
}

/// Milliseconds from the worker's clock (0 without one).
pub fn now_ms() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Answers every message with `handle(request, post)`, after posting
/// [`READY`].
pub fn serve(handle: impl Fn(&str, &mut dyn FnMut(String)) + 'static) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        handle(&request, &mut |reply| {
            let _ = reply_scope.post_message(&JsValue::from_str(&reply));
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}
