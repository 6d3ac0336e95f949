//! ECS Planner's engine: the scenario model, prices, Fargate costing and the
//! EC2 placement simulation.
//!
//! Pure and deterministic: no IO, no clock, no web dependency. Prices and
//! seeds come in as arguments; the same input gives the same output natively
//! and in the browser.

pub mod analysis;
pub mod breakeven;
pub mod ec2;
pub mod export;
pub mod fallback;
pub mod fargate;
pub mod findings;
pub mod import;
pub mod lang;
pub mod layout;
pub mod link;
pub mod pricing;
pub mod pricing_file;
pub mod report;
pub mod scenario;
pub mod simulate;
pub mod sort;
pub mod text;
pub mod units;
pub mod validate;
pub mod verdict;
