//! The Leptos components. Thin: the behaviour lives in the pure modules
//! (`doc`, `history`, `sim`, `showback`, `charts`).

pub mod app;
pub mod browser;
pub mod charts_view;
pub mod download;
pub mod editor;
pub mod editor_window;
pub mod import_worker;
pub mod lang;
pub mod results;
pub mod share;
pub mod store;
pub mod transfer;
