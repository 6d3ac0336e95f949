//! Runs `app/src/persist.rs`'s own tests natively: its logic is pure and
//! its browser glue is compiled for wasm32 only, so the module builds on the
//! host without the rest of the app.

#[path = "../src/persist.rs"]
mod persist;
