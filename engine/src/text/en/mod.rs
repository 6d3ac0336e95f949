//! English text for every finding. One function per kind of finding, one
//! exhaustive `match` each; figures come formatted from
//! [`super::figures`]. The files mirror `../ko/`: `labels.rs` (option,
//! layout and platform names), `verdict.rs` (the verdict), `notes.rs`
//! (option notes), `plan.rs` (assumptions, unplaced reasons, run notes, the
//! instance-type search) — a sentence's two languages sit in files of the
//! same name, with the same signatures.

mod labels;
mod notes;
mod plan;
mod verdict;

pub use labels::*;
pub use notes::*;
pub use plan::*;
pub use verdict::*;
