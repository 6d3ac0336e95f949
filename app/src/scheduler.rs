//! Where and when a state of the document simulates: the page's
//! simulation scheduler as a plain state machine (no Leptos, no browser),
//! so that every transition is tested natively. `ui::store` is its wiring:
//! it feeds the scheduler what happened (an edit, a worker message, a
//! worker that would not start) and carries out the [`Command`]s it gets
//! back (start, post, terminate).
//!
//! - Small scenarios simulate on the page, within a frame; big ones
//!   ([`runs_in_worker`]) in the simulation Web Worker, unless the worker
//!   failed to load: then the page simulates them itself ([`Route`]).
//! - Requests are numbered; a request made before the worker said
//!   [`READY`] waits (one, the latest) and is posted on READY.
//! - An edit while the worker is still on an older request stops that
//!   worker and starts a fresh one rather than queue behind it.
//! - Replies for an older request than the latest are stale: a report is
//!   still shown (marked stale) until the fresh one comes, unless a newer
//!   one is already shown; an older scan is dropped.

use ecs_planner_engine::breakeven::BreakEven;
use ecs_planner_engine::report::SimulationReport;
use ecs_planner_engine::scenario::Scenario;

use crate::worker_protocol::{runs_in_worker, Response, LOAD_FAILED, READY};

/// Where a validated scenario simulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// On the page, at once (small scenarios, or no working worker).
    Page,
    /// In the simulation worker (its latest report is shown).
    Worker,
}

/// What the store does for the scheduler, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Stop the worker (it is busy with an older state).
    Terminate,
    /// Start a worker (none is running). If it cannot start, tell the
    /// scheduler with [`Scheduler::load_failed`].
    Start,
    /// Post this request text to the worker (it is ready).
    Post(String),
}

/// What a worker message meant, for the store to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Nothing for the store to do (a stale scan, an unreadable message);
    /// the scheduler's own state may have changed (a load failure).
    Nothing,
    /// The worker is ready: post this request that was waiting for it.
    Post(String),
    /// A report for the latest request came, `round_trip_ms` after it was
    /// posted (or after the worker said READY, for a request that waited).
    Report { round_trip_ms: f64 },
    /// A report for an older request came (shown as stale).
    StaleReport,
    /// The latest request's scan and full verdict.
    Complete {
        break_even: BreakEven,
        verdict: Vec<String>,
        since_posted_ms: f64,
    },
}

/// The worker's side of the result, for the results pane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkerView<'a> {
    /// The latest report the worker sent (for this or an older request).
    pub report: Option<&'a SimulationReport>,
    /// Round trip of the latest fresh report, ms.
    pub round_trip_ms: f64,
    /// The report shown is for an earlier state (or there is none yet):
    /// the worker is on the latest.
    pub stale: bool,
}

/// The simulation scheduler's whole state.
#[derive(Debug, Clone, PartialEq)]
pub struct Scheduler {
    /// The latest request's id (0: none yet).
    requested: u64,
    posted_at_ms: f64,
    /// The latest report the worker sent.
    reply: Option<Response>,
    round_trip_ms: f64,
    /// A worker has been started (and not terminated since).
    started: bool,
    /// The worker has said it is listening (messages sent earlier are lost).
    ready: bool,
    /// The latest request, posted once the worker is ready.
    pending: Option<String>,
    /// The worker is on a request whose last answer has not come back.
    busy: bool,
    /// False once the worker failed to start or load: the page simulates
    /// big scenarios itself from then on.
    available: bool,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self {
            requested: 0,
            posted_at_ms: 0.0,
            reply: None,
            round_trip_ms: 0.0,
            started: false,
            ready: false,
            pending: None,
            busy: false,
            available: true,
        }
    }
}

impl Scheduler {
    /// Where `scenario` simulates now.
    pub fn route(&self, scenario: &Scenario) -> Route {
        Self::route_for(runs_in_worker(scenario), self.available)
    }

    /// Where a scenario simulates: `big` is [`runs_in_worker`]'s answer.
    pub fn route_for(big: bool, available: bool) -> Route {
        if big && available {
            Route::Worker
        } else {
            Route::Page
        }
    }

    /// Whether the worker can still be used.
    pub fn available(&self) -> bool {
        self.available
    }

    /// A request is being worked on (progress: its last answer is due).
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// The latest request's id (0 before the first).
    pub fn requested(&self) -> u64 {
        self.requested
    }

    /// A new state of a big scenario to simulate in the worker, at
    /// `now_ms`: `request_for(id)` writes the request text for its id
    /// (`None`: nothing to send). Returns what the store must do, in order.
    /// Nothing once the worker is unavailable (the page simulates).
    pub fn submit(
        &mut self,
        now_ms: f64,
        request_for: impl FnOnce(u64) -> Option<String>,
    ) -> Vec<Command> {
        if !self.available {
            return Vec::new();
        }
        let mut commands = Vec::new();
        if self.busy {
            // Still on an older state: stop it rather than queue behind it.
            commands.push(Command::Terminate);
            self.started = false;
            self.busy = false;
        }
        if !self.started {
            commands.push(Command::Start);
            self.started = true;
            self.ready = false;
            self.pending = None;
        }
        let id = self.requested.wrapping_add(1);
        let Some(text) = request_for(id) else {
            return commands;
        };
        self.requested = id;
        self.posted_at_ms = now_ms;
        self.busy = true;
        if self.ready {
            commands.push(Command::Post(text));
        } else {
            self.pending = Some(text);
        }
        commands
    }

    /// The worker could not start, failed to load the page's wasm, or
    /// reported an error: the page simulates from now on. Returns whether
    /// this changed anything (a second report of the same failure does not).
    pub fn load_failed(&mut self) -> bool {
        let changed = self.available;
        self.available = false;
        self.busy = false;
        self.pending = None;
        changed
    }

    /// A message from the worker, at `now_ms`.
    pub fn on_message(&mut self, text: &str, now_ms: f64) -> Handled {
        if text == LOAD_FAILED {
            self.load_failed();
            return Handled::Nothing;
        }
        if text == READY {
            self.ready = true;
            let Some(request) = self.pending.take() else {
                return Handled::Nothing;
            };
            // A request that waited counts its round trip from now (not
            // the time the worker took to load).
            self.posted_at_ms = now_ms;
            return Handled::Post(request);
        }
        let Ok(reply) = serde_json::from_str::<Response>(text) else {
            return Handled::Nothing;
        };
        self.on_reply(reply, now_ms)
    }

    /// A reply from the worker, at `now_ms`.
    pub fn on_reply(&mut self, reply: Response, now_ms: f64) -> Handled {
        let fresh = reply.id() == self.requested;
        let since_posted_ms = now_ms - self.posted_at_ms;
        if reply.report().is_some() {
            // First answer: the report.
            if fresh {
                self.round_trip_ms = since_posted_ms;
                self.reply = Some(reply);
                return Handled::Report {
                    round_trip_ms: since_posted_ms,
                };
            }
            // Older than the one shown: dropped.
            if self.reply.as_ref().is_some_and(|r| r.id() > reply.id()) {
                return Handled::Nothing;
            }
            self.reply = Some(reply);
            return Handled::StaleReport;
        }
        // Last answer: the scan and full verdict (or nothing for a request
        // that did not validate); an older request's is dropped.
        if !fresh {
            return Handled::Nothing;
        }
        self.busy = false;
        match reply {
            Response::Complete {
                break_even,
                verdict,
                ..
            } => Handled::Complete {
                break_even,
                verdict,
                since_posted_ms,
            },
            Response::Invalid { .. } | Response::Costs { .. } => Handled::Nothing,
        }
    }

    /// What the results pane shows from the worker.
    pub fn view(&self) -> WorkerView<'_> {
        let reply = self.reply.as_ref();
        WorkerView {
            report: reply.and_then(Response::report),
            round_trip_ms: self.round_trip_ms,
            stale: reply.is_none_or(|r| r.id() != self.requested),
        }
    }
}

/// Tickets for the page's deferred break-even scan: each result issues
/// one, and a scan scheduled earlier skips when a newer ticket exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tickets {
    latest: u64,
}

impl Tickets {
    /// A ticket for the newest result (older tickets are outdated).
    pub fn issue(&mut self) -> u64 {
        self.latest = self.latest.wrapping_add(1);
        self.latest
    }

    /// Whether `ticket` is still the newest.
    pub fn is_latest(&self, ticket: u64) -> bool {
        ticket == self.latest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::ScenarioDoc;
    use crate::sim;
    use ecs_planner_engine::pricing::bundled;

    fn report() -> SimulationReport {
        sim::run(&ScenarioDoc::default_scenario(), bundled())
            .report
            .unwrap()
    }

    /// The first answer as the worker sends it (without typed findings,
    /// `for_the_page`).
    fn costs(id: u64) -> String {
        let mut report = report();
        crate::worker_protocol::for_the_page(&mut report);
        serde_json::to_string(&Response::Costs {
            id,
            report,
            elapsed_ms: 0.0,
        })
        .unwrap()
    }

    fn complete(id: u64) -> String {
        serde_json::to_string(&Response::Complete {
            id,
            break_even: sim::deferred(
                &sim::run(&ScenarioDoc::default_scenario(), bundled())
                    .scenario
                    .unwrap(),
                &report(),
                bundled(),
            )
            .break_even,
            verdict: vec![format!("verdict {id}")],
            elapsed_ms: 0.0,
        })
        .unwrap()
    }

    fn text(id: u64) -> Option<String> {
        Some(format!("request {id}"))
    }

    #[test]
    fn small_scenarios_run_on_the_page_big_ones_in_the_worker() {
        let scheduler = Scheduler::default();
        let small = sim::run(&ScenarioDoc::default_scenario(), bundled())
            .scenario
            .unwrap();
        assert_eq!(scheduler.route(&small), Route::Page);
        let mut doc = ScenarioDoc::default_scenario();
        doc.set_desired(0, serde_json::json!(2000));
        let big = sim::run(&doc, bundled()).scenario.unwrap();
        assert_eq!(scheduler.route(&big), Route::Worker);
        assert_eq!(Scheduler::route_for(true, false), Route::Page);
        assert_eq!(Scheduler::route_for(false, true), Route::Page);
    }

    #[test]
    fn the_first_request_waits_for_ready_and_is_posted_then() {
        let mut s = Scheduler::default();
        // No worker yet: start one; the request waits (it would be lost).
        assert_eq!(s.submit(100.0, text), [Command::Start]);
        assert_eq!(s.requested(), 1);
        assert!(s.busy());
        assert!(s.view().stale, "nothing shown yet");
        // READY at 400 ms: the waiting request is posted, timed from then.
        assert_eq!(
            s.on_message(READY, 400.0),
            Handled::Post("request 1".into())
        );
        // A second READY has nothing left to post.
        assert_eq!(s.on_message(READY, 401.0), Handled::Nothing);
        // The report 250 ms after READY (400 → 650), not 550 after submit.
        assert_eq!(
            s.on_message(&costs(1), 650.0),
            Handled::Report {
                round_trip_ms: 250.0
            }
        );
        let view = s.view();
        assert!(!view.stale);
        assert_eq!(view.round_trip_ms, 250.0);
        // The worker's report: Fargate on one cluster, 179.449666 USD/month
        // (the default shop, hand-computed in `sim`'s tests).
        let single = &view.report.unwrap().options[0];
        assert_eq!(single.layout, ecs_planner_engine::scenario::Layout::Single);
        assert!((single.monthly_cost_usd - 179.449666).abs() < 0.001);
        assert!(s.busy(), "the scan is still due");
        let Handled::Complete {
            verdict,
            since_posted_ms,
            ..
        } = s.on_message(&complete(1), 900.0)
        else {
            panic!("the scan of the latest request")
        };
        assert_eq!(verdict, ["verdict 1"]);
        assert_eq!(since_posted_ms, 500.0); // 900 − 400
        assert!(!s.busy());
    }

    #[test]
    fn a_ready_worker_gets_the_next_request_at_once() {
        let mut s = Scheduler::default();
        s.submit(0.0, text);
        s.on_message(READY, 10.0);
        s.on_message(&costs(1), 20.0);
        s.on_message(&complete(1), 30.0);
        // Idle and ready: post, no restart.
        assert_eq!(s.submit(40.0, text), [Command::Post("request 2".into())]);
        assert_eq!(s.requested(), 2);
        // Until the new report comes, the old one is shown, marked stale.
        assert!(s.view().stale);
        assert!(s.view().report.is_some());
    }

    #[test]
    fn an_edit_while_busy_restarts_the_worker_and_old_replies_are_dropped() {
        let mut s = Scheduler::default();
        s.submit(0.0, text);
        s.on_message(READY, 10.0);
        s.on_message(&costs(1), 20.0);
        // Edit while request 1's scan is due: stop that worker, start a
        // fresh one; request 2 waits for its READY.
        assert_eq!(s.submit(30.0, text), [Command::Terminate, Command::Start]);
        assert_eq!(s.requested(), 2);
        // A late scan of request 1 (queued before the terminate): dropped,
        // and the worker stays busy with request 2.
        assert_eq!(s.on_message(&complete(1), 35.0), Handled::Nothing);
        assert!(s.busy());
        // Request 1's report is still what is shown, marked stale.
        assert!(s.view().stale);
        assert_eq!(s.on_message(READY, 50.0), Handled::Post("request 2".into()));
        assert_eq!(
            s.on_message(&costs(2), 80.0),
            Handled::Report {
                round_trip_ms: 30.0
            }
        );
        // A report of request 1 arriving after request 2's: not shown.
        assert_eq!(s.on_message(&costs(1), 90.0), Handled::Nothing);
        assert!(!s.view().stale);
        assert!(matches!(
            s.on_message(&complete(2), 100.0),
            Handled::Complete { .. }
        ));
        assert!(!s.busy());
    }

    #[test]
    fn an_older_report_before_the_fresh_one_is_shown_as_stale() {
        let mut s = Scheduler::default();
        s.submit(0.0, text);
        s.submit(1.0, text); // busy: restart, request 2
        assert_eq!(s.on_message(&costs(1), 5.0), Handled::StaleReport);
        let view = s.view();
        assert!(view.stale);
        assert!(view.report.is_some());
        // No round trip is recorded for a stale report.
        assert_eq!(view.round_trip_ms, 0.0);
    }

    #[test]
    fn a_worker_that_fails_to_load_hands_big_scenarios_to_the_page() {
        let mut s = Scheduler::default();
        assert_eq!(s.submit(0.0, text), [Command::Start]);
        assert_eq!(s.on_message(LOAD_FAILED, 5.0), Handled::Nothing);
        assert!(!s.available());
        assert!(!s.busy());
        assert_eq!(Scheduler::route_for(true, s.available()), Route::Page);
        // Nothing more goes to the worker, and a READY has nothing to post.
        assert!(s.submit(10.0, text).is_empty());
        assert_eq!(s.on_message(READY, 11.0), Handled::Nothing);
        // A second report of the failure (onerror after the message)
        // changes nothing.
        assert!(!s.load_failed());
    }

    #[test]
    fn a_worker_that_cannot_start_is_a_load_failure() {
        let mut s = Scheduler::default();
        assert_eq!(s.submit(0.0, text), [Command::Start]);
        // The browser refused to create it: the store says so.
        assert!(s.load_failed());
        assert!(!s.available());
        assert!(s.submit(1.0, text).is_empty());
    }

    #[test]
    fn back_to_a_small_scenario_the_page_simulates_and_the_worker_is_left_alone() {
        let mut s = Scheduler::default();
        s.submit(0.0, text);
        s.on_message(READY, 10.0);
        // The scenario becomes small: the page simulates it (the store
        // submits nothing); the worker's late answers change only its own
        // view, which the page no longer reads.
        let small = sim::run(&ScenarioDoc::default_scenario(), bundled())
            .scenario
            .unwrap();
        assert_eq!(s.route(&small), Route::Page);
        assert_eq!(
            s.on_message(&costs(1), 30.0),
            Handled::Report {
                round_trip_ms: 20.0
            }
        );
        assert!(matches!(
            s.on_message(&complete(1), 40.0),
            Handled::Complete { .. }
        ));
        // Big again: the idle, ready worker gets the request at once.
        assert_eq!(s.submit(50.0, text), [Command::Post("request 2".into())]);
    }

    #[test]
    fn an_invalid_reply_ends_the_request_and_garbage_is_ignored() {
        let mut s = Scheduler::default();
        s.submit(0.0, text);
        s.on_message(READY, 1.0);
        let invalid = serde_json::to_string(&Response::Invalid { id: 1 }).unwrap();
        assert_eq!(s.on_message(&invalid, 2.0), Handled::Nothing);
        assert!(!s.busy());
        assert_eq!(s.on_message("not json", 3.0), Handled::Nothing);
        // Nothing to send: no request is numbered.
        assert!(s.submit(4.0, |_| None).is_empty());
        assert_eq!(s.requested(), 1);
    }

    #[test]
    fn only_the_newest_page_scan_runs() {
        let mut tickets = Tickets::default();
        let first = tickets.issue();
        let second = tickets.issue();
        assert!(!tickets.is_latest(first));
        assert!(tickets.is_latest(second));
    }
}
