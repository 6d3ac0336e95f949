//! The Web Worker: receives scenario documents from the page and answers
//! with the analysis, or a file's text and answers with the services
//! imported from it (see `ecs_planner_app::worker_protocol`).
//! Built by Trunk as a worker (`data-type="worker"` in index.html).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let now = move || {
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
            .map(|p| p.now())
            .unwrap_or(0.0)
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        ecs_planner_app::worker_protocol::handle_message(&request, now, |reply| {
            let _ = reply_scope.post_message(&JsValue::from_str(&reply));
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(ecs_planner_app::worker_protocol::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The worker only runs in a browser; natively this binary does nothing.
}
