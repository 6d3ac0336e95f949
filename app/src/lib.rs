//! ECS Planner in the browser: a Leptos (CSR) app over the engine.
//!
//! The whole app state is the scenario document ([`doc::ScenarioDoc`], the
//! scenario JSON with its edits as methods); every edit goes
//! through [`ui::store::Store::edit`] (undoable) and re-simulates through
//! [`sim::run`]. Charts are pure plotters functions ([`charts`]) drawn on
//! canvas by [`ui::charts_view`].

pub mod chart_data;
pub mod chart_export;
pub mod charts;
pub mod doc;
pub mod format;
pub mod history;
pub mod import;
pub mod persist;
pub mod rows;
pub mod scheduler;
pub mod showback;
pub mod sim;
pub mod strings;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
pub mod worker_protocol;

/// Mounts the app on `<body>`; in the simulation Web Worker (the same
/// wasm, started by `public/sim-worker.js`, see [`worker`]) answers
/// simulation requests instead.
pub fn start() {
    console_error_panic_hook::set_once();
    #[cfg(target_arch = "wasm32")]
    if worker::in_worker() {
        let last = std::cell::RefCell::new(None);
        worker::serve(move |request, post| {
            worker_protocol::handle_with(request, worker::now_ms, post, &mut last.borrow_mut());
        });
        return;
    }
    leptos::mount::mount_to_body(ui::app::App);
}
