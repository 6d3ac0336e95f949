//! The app's one store: the scenario document, its undo history, and the
//! simulation derived from it. Provided as a context; components take the
//! narrowest handle they need.

use ecs_planner_engine::pricing::{bundled, PriceBook};
use leptos::prelude::*;
use serde_json::Value;

use crate::history::History;
use crate::sim::{self, Deferred, Outcome};
use crate::ui::browser;

/// A simulation and how long it took in the browser.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timed {
    pub outcome: Outcome,
    pub elapsed_ms: f64,
}

/// How long after an edit the break-even scan starts, so that typing stays
/// smooth and the matrix is painted first.
const DEFERRED_DELAY_MS: u64 = 150;

#[derive(Debug, Clone, Copy)]
pub struct Store {
    pub doc: RwSignal<Value>,
    pub history: RwSignal<History>,
    pub result: Memo<Timed>,
    /// The matrix cell the charts follow: (launch type, layout).
    pub selected: RwSignal<Option<(String, String)>>,
    /// Hour of the horizon for hour-based views.
    pub hour: RwSignal<u32>,
    /// Break-even scan and full verdict, computed shortly after the edit.
    pub deferred: RwSignal<Option<Deferred>>,
    /// The prices simulated with: the bundled book plus imported pricing files.
    pub prices: RwSignal<PriceBook>,
    /// Messages for the user (a link that did not open, storage recovered),
    /// shown as dismissible banners by `ui::share::Notices`.
    pub notices: RwSignal<Vec<String>>,
}

impl Store {
    pub fn new(initial: Value) -> Self {
        let doc = RwSignal::new(initial);
        let prices = RwSignal::new(bundled().clone());
        let result = Memo::new(move |_| {
            let current = doc.get();
            let started = browser::now_ms();
            let outcome = prices.with(|book| sim::run(&current, book));
            let elapsed_ms = browser::now_ms() - started;
            browser::record_timing("simulate", elapsed_ms);
            Timed {
                outcome,
                elapsed_ms,
            }
        });
        let deferred = RwSignal::new(None);
        // After each simulation, once the page has shown it, run the slower
        // break-even scan; a newer edit makes older scheduled runs skip.
        let generation = StoredValue::new(0u64);
        Effect::new(move |_| {
            let (scenario, report) =
                result.with(|r| (r.outcome.scenario.clone(), r.outcome.report.clone()));
            let (Some(scenario), Some(report)) = (scenario, report) else {
                return;
            };
            generation.update_value(|g| *g = g.wrapping_add(1));
            let mine = generation.get_value();
            set_timeout(
                move || {
                    if generation.get_value() != mine {
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
        Self {
            doc,
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
    pub fn edit(&self, field: Option<&str>, change: impl FnOnce(&mut Value)) {
        let before = self.doc.get_untracked();
        let mut next = before.clone();
        change(&mut next);
        if next == before {
            return;
        }
        self.history.update(|h| h.record(before, field));
        self.doc.set(next);
    }

    pub fn undo(&self) {
        let current = self.doc.get_untracked();
        let mut previous = None;
        self.history.update(|h| previous = h.undo(current));
        if let Some(previous) = previous {
            self.doc.set(previous);
        }
    }

    pub fn redo(&self) {
        let current = self.doc.get_untracked();
        let mut next = None;
        self.history.update(|h| next = h.redo(current));
        if let Some(next) = next {
            self.doc.set(next);
        }
    }

    /// Text of the issues (errors first) at a JSON path, for the field there.
    pub fn issues_at(&self, path: &str) -> Vec<String> {
        self.result
            .with(|r| r.outcome.issues_at(path))
            .into_iter()
            .map(|i| i.message)
            .collect()
    }
}

pub fn use_store() -> Store {
    use_context::<Store>().unwrap_or_else(|| Store::new(crate::doc::default_scenario()))
}
