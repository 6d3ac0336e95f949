//! The page's side of imports that run in the Web Worker
//! ([`crate::worker_protocol::ImportRequest`]): task definitions, Compose
//! files and text of no known shape are read there, so that the page's
//! wasm does not carry the YAML parser and the importers.
//!
//! One worker, started on the first such import (the same binary as the
//! simulation worker, a separate instance: a big scenario's simulation
//! never waits behind an import, nor an import behind it) and kept for the
//! next. A worker that cannot start, stops, or does not answer within
//! [`ANSWER_TIMEOUT_MS`] is a [`Problem::WorkerFailed`] for that source
//! (the scenario is left as it was), and the next import starts a fresh one.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::import::{from_worker, Failure, Imported, Problem, SourceReport};
use crate::worker_protocol::{ImportRequest, ImportResponse, IMPORT_WORKER_URL, READY};

/// How long an answer may take (starting the worker included), ms: the
/// 8 MiB an import may be reads in well under a second; a slow machine
/// that loads the worker's wasm for the first time takes a few.
pub const ANSWER_TIMEOUT_MS: i32 = 30_000;

thread_local! {
    /// The import worker once it has said it is listening.
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The last import's number.
    static LAST_ID: RefCell<u64> = const { RefCell::new(0) };
}

/// Reads `text` (named `source`) in the worker.
pub async fn read(source: &str, text: &str) -> Result<(Imported, SourceReport), Failure> {
    let failed = || Failure {
        source: source.to_string(),
        problem: Problem::WorkerFailed,
    };
    let id = LAST_ID.with(|last| {
        let mut last = last.borrow_mut();
        *last = last.wrapping_add(1).max(1);
        *last
    });
    let request = ImportRequest {
        import: id,
        source: source.to_string(),
        text: text.to_string(),
    };
    let request = serde_json::to_string(&request).map_err(|_| failed())?;
    let answer = match ask(&request).await {
        Some(answer) => answer,
        None => {
            stop();
            return Err(failed());
        }
    };
    match serde_json::from_str::<ImportResponse>(&answer) {
        Ok(reply) if reply.import == id => from_worker(source, reply.result),
        _ => {
            stop();
            Err(failed())
        }
    }
}

/// Stops the worker (it failed): the next import starts a fresh one.
fn stop() {
    if let Some(worker) = WORKER.with(|w| w.borrow_mut().take()) {
        worker.terminate();
    }
}

/// Posts `request` to the worker (started first if need be) and waits for
/// its answer; `None` if it could not start, failed or did not answer.
async fn ask(request: &str) -> Option<String> {
    let worker = match WORKER.with(|w| w.borrow().clone()) {
        Some(worker) => worker,
        None => {
            let worker = web_sys::Worker::new(IMPORT_WORKER_URL).ok()?;
            // Messages posted before the worker listens are lost: wait for it.
            if next_message(&worker, None).await.as_deref() != Some(READY) {
                worker.terminate();
                return None;
            }
            WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
            worker
        }
    };
    next_message(&worker, Some(request)).await
}

/// The worker's next message (after posting `send`, if any), or `None` on
/// an error event or after [`ANSWER_TIMEOUT_MS`].
async fn next_message(worker: &web_sys::Worker, send: Option<&str>) -> Option<String> {
    let mut callbacks: Vec<JsValue> = Vec::new();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let _ = resolve.call1(&JsValue::NULL, &event.data());
            },
        )
        .into_js_value();
        let failed = reject.clone();
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let _ = failed.call0(&JsValue::NULL);
        })
        .into_js_value();
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ANSWER_TIMEOUT_MS);
        }
        callbacks.push(on_message);
        callbacks.push(on_error);
    });
    if let Some(send) = send {
        worker.post_message(&JsValue::from_str(send)).ok()?;
    }
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop(callbacks);
    answer.ok().and_then(|value| value.as_string())
}
