//! The app's one store: the scenario document, its undo history, and the
//! simulation derived from it. Provided as a context; components take the
//! narrowest handle they need.

use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{bundled, PriceBook};
use ecs_planner_engine::report::SimulationReport;
use leptos::prelude::*;

use crate::doc::ScenarioDoc;
use crate::history::History;
use crate::rows::{RowEdit, RowId, Rows};
use crate::scheduler::{Command, Handled, Route, Scheduler, Tickets};
use crate::sim::{self, Deferred, Outcome, ShownVerdict};
use crate::ui::browser;
use crate::worker_protocol::{imported_prices, runs_in_worker, Request, SIM_WORKER_URL};

/// A simulation and how long it took in the browser.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timed {
    pub outcome: Outcome,
    pub elapsed_ms: f64,
    /// Simulated in the Web Worker (a big scenario).
    pub in_worker: bool,
    /// The report shown is for an earlier state; the worker is on it.
    pub stale: bool,
}

/// How long after an edit the break-even scan starts, so that typing stays
/// smooth and the matrix is painted first.
const DEFERRED_DELAY_MS: u64 = 150;

#[derive(Debug, Clone, Copy)]
pub struct Store {
    pub doc: RwSignal<ScenarioDoc>,
    /// A stable id per service, in the document's order (never written
    /// into the document: `crate::rows`).
    pub rows: RwSignal<Rows>,
    /// The service rows whose details panel is open, by id: the panel
    /// stays with its service through ↑/↓ and removals, and, kept here
    /// above the page, through a language switch.
    pub open_rows: RwSignal<Vec<RowId>>,
    /// Earlier and later states: the document with its row ids.
    pub history: RwSignal<History<(ScenarioDoc, Rows)>>,
    pub result: Memo<Timed>,
    /// The matrix cell the charts follow (`ec2/per-service`); `None`: the
    /// cheapest option.
    pub selected: RwSignal<Option<OptionKey>>,
    /// Hour of the horizon for hour-based views.
    pub hour: RwSignal<u32>,
    /// Break-even scan and full verdict, computed shortly after the edit.
    pub deferred: RwSignal<Option<Deferred>>,
    /// The prices simulated with: the bundled book plus imported pricing files.
    pub prices: RwSignal<PriceBook>,
    /// Notices for the user (a link that did not open, storage recovered),
    /// kept typed and shown as dismissible banners by `ui::share::Notices`
    /// in the page's language at display time.
    pub notices: RwSignal<Vec<crate::persist::Notice>>,
    /// Each service's monthly cost on Fargate (the first Fargate option), in
    /// scenario order: computed once per result for every editor row to read
    /// (with 2,000 services, computing it per row took half a minute);
    /// `None` for a service Fargate cannot run.
    pub fargate_by_service: Memo<Option<Vec<Option<f64>>>>,
    /// The report in the page's language (text from its typed findings,
    /// figures unchanged), for the matrix and the exports; `None` while
    /// there is none (errors, no services, the worker's first answer).
    pub shown_report: Memo<Option<SimulationReport>>,
    /// The verdict the page shows and exports (`sim::shown_verdict`).
    pub verdict: Memo<ShownVerdict>,
}

impl Store {
    /// `lang`: the page's language; the simulation does not depend on it,
    /// except that a worker renders its text in it (see `Request::lang`).
    pub fn new(initial: ScenarioDoc, lang: Signal<Lang>) -> Self {
        let rows = RwSignal::new(Rows::new(initial.service_count()));
        let doc = RwSignal::new(initial);
        let prices = RwSignal::new(bundled().clone());
        let deferred = RwSignal::new(None);
        // Page or worker, request ids, READY, restarts, stale replies: the
        // pure state machine in `crate::scheduler`; this is its wiring.
        let scheduler = RwSignal::new(Scheduler::default());
        let worker: StoredValue<Option<web_sys::Worker>, LocalStorage> =
            StoredValue::new_local(None);
        // Validation is cheap and always runs on the page.
        let validated = Memo::new(move |_| {
            let outcome = prices.with(|book| sim::validate(&doc.get(), book));
            let big = outcome.scenario.as_ref().is_some_and(runs_in_worker);
            (outcome, big)
        });
        // Big scenarios: post the document to the worker.
        Effect::new(move |_| {
            let (ok, big) = validated.with(|(o, big)| (o.scenario.is_some(), *big));
            if !(ok && big) {
                return;
            }
            // Tracked: a new language asks the worker again (its reply
            // carries text, not the findings to re-render).
            let lang = lang.get();
            let mut commands = Vec::new();
            scheduler.maybe_update(|s| {
                if !s.available() {
                    return false;
                }
                commands = s.submit(browser::now_ms(), |id| {
                    serde_json::to_string(&Request {
                        id,
                        doc: doc.get_untracked(),
                        prices: prices.with_untracked(imported_prices),
                        lang,
                    })
                    .ok()
                });
                true
            });
            for command in commands {
                match command {
                    Command::Terminate => worker.update_value(|w| {
                        if let Some(old) = w.take() {
                            old.terminate();
                        }
                    }),
                    Command::Start => match start_worker(scheduler, deferred, validated) {
                        Some(started) => worker.set_value(Some(started)),
                        None => {
                            scheduler.maybe_update(Scheduler::load_failed);
                            return;
                        }
                    },
                    Command::Post(text) => post(&worker, &text),
                }
            }
        });
        let result = Memo::new(move |_| {
            let (mut outcome, big) = validated.get();
            let Some(scenario) = outcome.scenario.clone() else {
                return Timed {
                    outcome,
                    ..Timed::default()
                };
            };
            // The scheduler is read only for big scenarios, so that its
            // changes never simulate a small one again (once the worker has
            // failed, the scheduler no longer changes).
            let available = big && scheduler.with(Scheduler::available);
            if Scheduler::route_for(big, available) == Route::Worker {
                return scheduler.with(|s| {
                    let view = s.view();
                    outcome.report = view.report.cloned();
                    Timed {
                        outcome,
                        elapsed_ms: view.round_trip_ms,
                        in_worker: true,
                        stale: view.stale,
                    }
                });
            }
            // Small scenarios (or no worker): simulate here, within a frame.
            let started = browser::now_ms();
            outcome.report = Some(prices.with(|book| sim::costs(&scenario, book)));
            let elapsed_ms = browser::now_ms() - started;
            browser::record_timing("simulate", elapsed_ms);
            Timed {
                outcome,
                elapsed_ms,
                in_worker: false,
                stale: false,
            }
        });
        // After each simulation, once the page has shown it, run the slower
        // break-even scan; a newer edit makes older scheduled runs skip.
        let tickets = StoredValue::new(Tickets::default());
        Effect::new(move |_| {
            if result.with(|r| r.in_worker) {
                return; // the worker sends the break-even scan with its report
            }
            let (scenario, report) =
                result.with(|r| (r.outcome.scenario.clone(), r.outcome.report.clone()));
            let (Some(scenario), Some(report)) = (scenario, report) else {
                return;
            };
            let mut mine = 0;
            tickets.update_value(|t| mine = t.issue());
            set_timeout(
                move || {
                    if !tickets.with_value(|t| t.is_latest(mine)) {
                        return;
                    }
                    let started = browser::now_ms();
                    let later =
                        prices.with_untracked(|book| sim::deferred(&scenario, &report, book));
                    browser::record_timing("break-even", browser::now_ms() - started);
                    deferred.set(Some(later));
                },
                std::time::Duration::from_millis(DEFERRED_DELAY_MS),
            );
        });
        let fargate_by_service = Memo::new(move |_| {
            result.with(|r| {
                let (scenario, report) = (r.outcome.scenario.as_ref()?, r.outcome.report.as_ref()?);
                let option = report
                    .options
                    .iter()
                    .find(|o| o.launch_type == ecs_planner_engine::scenario::LaunchType::Fargate)?;
                // A service Fargate cannot run has no Fargate figure.
                Some(
                    crate::showback::by_service(scenario, option)
                        .into_iter()
                        .map(|(name, usd)| {
                            (!option.unplaced.iter().any(|u| u.service == name)).then_some(usd)
                        })
                        .collect(),
                )
            })
        });
        let shown_report = Memo::new(move |_| {
            let lang = lang.get();
            result.with(|r| r.outcome.report.as_ref().map(|rep| sim::in_lang(rep, lang)))
        });
        // Its fast half is `shown_report`'s verdict (rendered once there).
        let verdict = Memo::new(move |_| {
            let lang = lang.get();
            result.with(|r| {
                shown_report.with(|shown| {
                    deferred.with(|d| {
                        sim::shown_verdict(
                            r.outcome.scenario.as_ref(),
                            shown.as_ref(),
                            d.as_ref(),
                            lang,
                        )
                    })
                })
            })
        });
        Self {
            fargate_by_service,
            shown_report,
            verdict,
            doc,
            rows,
            open_rows: RwSignal::new(Vec::new()),
            history: RwSignal::new(History::default()),
            result,
            selected: RwSignal::new(None),
            hour: RwSignal::new(10),
            deferred,
            prices,
            notices: RwSignal::new(Vec::new()),
        }
    }

    /// Applies `change` to the document as one undoable step. `field` names
    /// the edited field so that typing in it coalesces into one step.
    /// Service rows keep their ids by position (new ones at the end get
    /// fresh ids); moves, removals and duplicates go through
    /// [`Store::edit_rows`] so that ids follow their services.
    pub fn edit(&self, field: Option<&str>, change: impl FnOnce(&mut ScenarioDoc)) {
        // Only this line is generic (one copy per call site in the wasm):
        // the rest is `commit`, compiled once.
        let (before, mut next) = self.draft();
        change(&mut next);
        self.commit(field, before, next, None);
    }

    /// Moves, removes or duplicates a service row as one undoable step, its
    /// id (and so its open details panel) going with it.
    pub fn edit_rows(&self, edit: RowEdit) {
        let (before, mut next) = self.draft();
        edit.apply_to_doc(&mut next);
        self.commit(None, before, next, Some(edit));
    }

    /// The document now, and a copy to edit.
    fn draft(&self) -> (ScenarioDoc, ScenarioDoc) {
        let before = self.doc.get_untracked();
        let next = before.clone();
        (before, next)
    }

    /// Records `before` and shows `next` (nothing when they are equal); the
    /// row ids follow `edit`, or keep their positions.
    fn commit(
        &self,
        field: Option<&str>,
        before: ScenarioDoc,
        next: ScenarioDoc,
        edit: Option<RowEdit>,
    ) {
        if next == before {
            return;
        }
        let rows_before = self.rows.get_untracked();
        let mut rows = rows_before.clone();
        match edit {
            Some(edit) => rows.apply(edit),
            None => rows.fit(next.service_count()),
        }
        let moved = rows != rows_before;
        self.history
            .update(|h| h.record((before, rows_before), field));
        if moved {
            self.rows.set(rows);
        }
        self.doc.set(next);
    }

    fn restore(&self, (doc, rows): (ScenarioDoc, Rows)) {
        if rows != self.rows.get_untracked() {
            self.rows.set(rows);
        }
        self.doc.set(doc);
    }

    pub fn undo(&self) {
        let current = (self.doc.get_untracked(), self.rows.get_untracked());
        let mut previous = None;
        self.history.update(|h| previous = h.undo(current));
        if let Some(previous) = previous {
            self.restore(previous);
        }
    }

    pub fn redo(&self) {
        let current = (self.doc.get_untracked(), self.rows.get_untracked());
        let mut next = None;
        self.history.update(|h| next = h.redo(current));
        if let Some(next) = next {
            self.restore(next);
        }
    }

    /// Whether row `id`'s details panel is open (tracked).
    pub fn row_open(&self, id: RowId) -> bool {
        self.open_rows.with(|open| open.contains(&id))
    }

    /// Opens or closes row `id`'s details panel.
    pub fn toggle_row(&self, id: RowId) {
        self.open_rows.update(|open| {
            if let Some(at) = open.iter().position(|&o| o == id) {
                open.remove(at);
            } else {
                open.push(id);
            }
        });
    }

    /// Text of the issues (errors first) at a JSON path, for the field there.
    pub fn issues_at(&self, path: &str) -> Vec<String> {
        self.result
            .with(|r| r.outcome.issues_at(path))
            .into_iter()
            .map(|i| i.message(crate::strings::current_lang()))
            .collect()
    }
}

/// Posts `text` to the worker, if there is one.
fn post(worker: &StoredValue<Option<web_sys::Worker>, LocalStorage>, text: &str) {
    worker.with_value(|w| {
        if let Some(w) = w {
            let _ = w.post_message(&wasm_bindgen::JsValue::from_str(text));
        }
    });
}

/// Starts the simulation worker (the page's own wasm in a module worker,
/// see `crate::worker`) and routes its messages through the scheduler;
/// `None` when the browser cannot start it. A worker that fails to load
/// (or errs) is a load failure: the page then simulates itself.
fn start_worker(
    scheduler: RwSignal<Scheduler>,
    deferred: RwSignal<Option<Deferred>>,
    validated: Memo<(Outcome, bool)>,
) -> Option<web_sys::Worker> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(SIM_WORKER_URL, &options).ok()?;
    // The glue that loaded this page's wasm, and the compiled module: the
    // worker instantiates the same code without fetching or compiling it.
    let start = js_sys::Object::new();
    let glue = browser::wasm_glue_url()?;
    js_sys::Reflect::set(
        &start,
        &JsValue::from_str("glue"),
        &JsValue::from_str(&glue),
    )
    .ok()?;
    js_sys::Reflect::set(
        &start,
        &JsValue::from_str("module"),
        &wasm_bindgen::module(),
    )
    .ok()?;
    worker.post_message(&start).ok()?;
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        scheduler.maybe_update(Scheduler::load_failed);
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let sender = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let mut handled = Handled::Nothing;
            let read_started = browser::now_ms();
            scheduler.update(|s| handled = s.on_message(&text, browser::now_ms()));
            match handled {
                Handled::Nothing | Handled::StaleReport => {}
                Handled::Post(request) => {
                    let _ = sender.post_message(&JsValue::from_str(&request));
                }
                Handled::Report { round_trip_ms } => {
                    // Reading the report (parsing it, mostly), then the
                    // round trip.
                    browser::record_timing("worker-reply-parse", browser::now_ms() - read_started);
                    browser::record_timing("simulate-worker", round_trip_ms);
                }
                Handled::Complete {
                    break_even,
                    verdict,
                    since_posted_ms,
                } => {
                    let Some(scenario) = validated.with_untracked(|(o, _)| o.scenario.clone())
                    else {
                        return;
                    };
                    browser::record_timing("break-even-worker", since_posted_ms);
                    deferred.set(Some(Deferred {
                        scenario,
                        break_even,
                        verdict,
                        findings: Vec::new(),
                    }));
                }
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    Some(worker)
}

/// The store `App` provides. Every component is rendered inside `App`, so
/// the context is always there; a missing one is a programming error that
/// Leptos reports by the component's name (not a second, silent store).
pub fn use_store() -> Store {
    expect_context::<Store>()
}
