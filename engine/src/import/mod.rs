//! Importers: ECS task definitions ([`taskdef`]) and docker-compose files
//! ([`compose`], over the bounded YAML loader [`yaml`]) into scenario
//! services, and AWS Price List offer files ([`offer`]) into the project's
//! pricing format. All take already-read data (a JSON value, a string, or
//! any `std::io::Read`): the engine opens no files itself.

pub mod compose;
pub mod offer;
pub mod taskdef;
pub mod yaml;
