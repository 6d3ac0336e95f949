//! Importers: ECS task definitions ([`taskdef`]) and docker-compose files
//! ([`compose`], over the bounded YAML loader [`yaml`]) into scenario
//! services, and AWS Price List offer files ([`offer`]) into the project's
//! pricing format. All take already-read data (a JSON value, a string, or
//! any `std::io::Read`): the engine opens no files itself.
//!
//! One shape for the CLI (`ecs-planner import`) and the app's import panel:
//! [`detect`] says what a text is, [`import`] turns task definitions or a
//! Compose file into scenario-file service objects and a typed
//! [`ImportReport`] (`crate::text::messages` renders it per language).

pub mod compose;
pub mod offer;
pub mod taskdef;
pub mod yaml;

use serde_json::Value;

use crate::validate::{scenario_to_json, FieldIssue};
use compose::{ComposeError, ComposeImport};
use taskdef::{import_task_definition, scenario_from_services, ImportedService};

/// What a text is, by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// ECS task definitions: one (RegisterTaskDefinition input or
    /// DescribeTaskDefinition output) or a JSON list of them.
    TaskDefinitions,
    /// A docker-compose file (YAML, or JSON with a `services` mapping).
    Compose,
    /// A scenario file (`services` is a list).
    Scenario,
    /// A pricing file (`ecs-planner-pricing/1`).
    Pricing,
    /// Empty, broken JSON, or JSON of none of these shapes.
    Unknown,
}

/// Text that starts like JSON is read as JSON only (a broken JSON file is
/// not then mistaken for YAML).
fn looks_json(trimmed: &str) -> bool {
    trimmed.starts_with('{') || trimmed.starts_with('[')
}

/// What `text` is: JSON by its fields, anything else that is not empty is
/// read as a Compose file (YAML).
pub fn detect(text: &str) -> Kind {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Kind::Unknown;
    }
    match serde_json::from_str::<Value>(trimmed) {
        Ok(value) => kind_of(&value),
        Err(_) if looks_json(trimmed) => Kind::Unknown,
        Err(_) => Kind::Compose,
    }
}

/// What a JSON document is, by its fields.
pub fn kind_of(value: &Value) -> Kind {
    let Some(object) = value.as_object() else {
        return if value.is_array() {
            Kind::TaskDefinitions
        } else {
            Kind::Unknown
        };
    };
    let pricing_tag = object
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| f.starts_with("ecs-planner-pricing"));
    if pricing_tag
        || (object.contains_key("region")
            && (object.contains_key("fargate") || object.contains_key("ec2"))
            && !object.contains_key("services"))
    {
        Kind::Pricing
    } else if object.contains_key("containerDefinitions")
        || object.contains_key("taskDefinition")
        || object.contains_key("family")
    {
        Kind::TaskDefinitions
    } else if object.get("services").is_some_and(Value::is_array) {
        Kind::Scenario
    } else if object.get("services").is_some_and(Value::is_object) {
        Kind::Compose
    } else {
        Kind::Unknown
    }
}

/// Services imported from one text, and what was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// Scenario-file service objects, in the file's order; task definitions
    /// that could not be read are left out (their problems are in the report).
    pub services: Vec<Value>,
    pub report: ImportReport,
}

/// What an import read, assumed and ignored, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportReport {
    /// One outcome per task definition, in the file's order.
    TaskDefinitions(Vec<TaskDefOutcome>),
    Compose(compose::ImportReport),
}

/// One task definition of a file: the service it became, or its problems.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDefOutcome {
    /// Position in a JSON list of definitions (0-based); `None` when the
    /// file holds one definition.
    pub index: Option<usize>,
    pub result: Result<ImportedService, Vec<FieldIssue>>,
}

impl ImportReport {
    /// Every problem of a task definition that could not be read, with its
    /// position (`None` for a single definition); empty for Compose.
    pub fn refused(&self) -> Vec<(Option<usize>, &FieldIssue)> {
        match self {
            ImportReport::TaskDefinitions(outcomes) => outcomes
                .iter()
                .filter_map(|o| o.result.as_ref().err().map(|issues| (o.index, issues)))
                .flat_map(|(index, issues)| issues.iter().map(move |issue| (index, issue)))
                .collect(),
            ImportReport::Compose(_) => Vec::new(),
        }
    }
}

/// Why a text gave no services at all. Rendered per language by
/// `crate::text::messages` (`Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but white space.
    Empty,
    /// Starts like JSON but is not valid JSON (the reader's words, English).
    NotJson { detail: String },
    /// Read as a Compose file, and refused.
    Compose(ComposeError),
    /// A scenario or pricing file: not services to add.
    NotServices { kind: Kind },
    /// JSON of no shape the planner imports.
    Unrecognised,
}

impl std::error::Error for ImportError {}

/// One task definition as a scenario-file service object.
fn service_value(service: crate::scenario::Service) -> Option<Value> {
    let scenario = scenario_from_services("us-east-1", vec![service]);
    scenario_to_json(&scenario)
        .get("services")
        .and_then(|s| s.get(0))
        .cloned()
}

/// Imports the task definitions or the Compose file in `text` (see
/// [`detect`]). Task definitions that cannot be read do not fail the
/// import: their problems are in the report ([`ImportReport::refused`]),
/// for the caller to refuse the whole file (the CLI) or add the rest (the
/// app).
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    match detect(text) {
        Kind::TaskDefinitions => {
            let value: Value = serde_json::from_str(trimmed).map_err(|e| ImportError::NotJson {
                detail: e.to_string(),
            })?;
            Ok(import_task_definitions(&value))
        }
        Kind::Compose => {
            let ComposeImport { services, report } =
                compose::import_compose(text).map_err(ImportError::Compose)?;
            Ok(Imported {
                services,
                report: ImportReport::Compose(report),
            })
        }
        kind @ (Kind::Scenario | Kind::Pricing) => Err(ImportError::NotServices { kind }),
        Kind::Unknown => Err(match serde_json::from_str::<Value>(trimmed) {
            Err(e) => ImportError::NotJson {
                detail: e.to_string(),
            },
            Ok(_) => ImportError::Unrecognised,
        }),
    }
}

fn import_task_definitions(value: &Value) -> Imported {
    let definitions: Vec<(Option<usize>, &Value)> = match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Some(i), v))
            .collect(),
        single => vec![(None, single)],
    };
    let mut services = Vec::new();
    let mut outcomes = Vec::new();
    for (index, definition) in definitions {
        let result = import_task_definition(definition);
        if let Ok(imported) = &result {
            services.extend(service_value(imported.service.clone()));
        }
        outcomes.push(TaskDefOutcome { index, result });
    }
    Imported {
        services,
        report: ImportReport::TaskDefinitions(outcomes),
    }
}

/// A scenario file (JSON) for `services` (scenario-file service objects) in
/// `region`, every other setting at its default: what `ecs-planner import`
/// prints. A name used before gets `-2`, `-3`, … as
/// [`scenario_from_services`] does.
pub fn scenario_json(region: &str, services: Vec<Value>) -> Value {
    let mut seen: Vec<String> = Vec::new();
    let services: Vec<Value> = services
        .into_iter()
        .map(|mut service| {
            let base = service
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("service")
                .to_string();
            let mut name = base.clone();
            let mut n = 2;
            while seen.contains(&name) {
                name = format!("{base}-{n}");
                n += 1;
            }
            seen.push(name.clone());
            if let Some(object) = service.as_object_mut() {
                object.insert("name".into(), Value::String(name));
            }
            service
        })
        .collect();
    let mut scenario = scenario_to_json(&scenario_from_services(region, Vec::new()));
    if let Some(object) = scenario.as_object_mut() {
        object.insert("services".into(), Value::Array(services));
    }
    scenario
}
