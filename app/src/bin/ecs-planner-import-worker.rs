//! The import Web Worker: receives a file's text from the page and answers
//! with the services imported from it (`ImportRequest` → `ImportResponse`,
//! see `ecs_planner_app::worker_protocol`). Only this binary links the YAML
//! parser and the importers, so the page's wasm does not carry them.
//! Built by Trunk as a worker (`data-type="worker"` in index.html).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    ecs_planner_app::worker::serve(|request, post| {
        post(ecs_planner_app::worker_protocol::handle_import(request));
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The worker only runs in a browser; natively this binary does nothing.
}
