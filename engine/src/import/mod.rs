//! Importers: other tools' files turned into scenario services.

pub mod compose;
