//! Importers: ECS task definitions into scenario services
//! ([`taskdef`]), and AWS Price List offer files into the project's pricing
//! format ([`offer`]). Both take already-read data (a JSON value, or any
//! `std::io::Read`): the engine opens no files itself.

pub mod offer;
pub mod taskdef;
