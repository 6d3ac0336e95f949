//! What an imported file or pasted text is, and what it turns into: the
//! import panel's pure part (tested natively; `ui::transfer` applies it).
//!
//! JSON is told apart by its shape: a scenario file (replaces the scenario),
//! ECS task definitions (one, or a JSON array; add services), a Compose file
//! written as JSON, or a pricing file (`RegionPrices`, as `ecs-planner
//! pricing import` writes; merged into the price book). Anything else is read
//! as docker-compose YAML. Every import ends with a [`SourceReport`] of what
//! was read and what was ignored.

use ecs_planner_engine::import::{compose, taskdef};
use ecs_planner_engine::pricing::{RegionPrices, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{read_pricing_file, PricingFileError};
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::scenario_to_json;
use serde_json::Value;

use crate::strings::current as s;

/// Longest text accepted by any import, bytes.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// What one file or pasted text turned into.
#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    /// A whole scenario file: replaces the scenario.
    Scenario(Value),
    /// Services (scenario-file objects) to add to the scenario.
    Services(Vec<Value>),
    /// Prices to merge into the price book.
    Prices(Box<RegionPrices>),
}

/// What was read from one source, for the import report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceReport {
    pub source: String,
    pub summary: String,
    pub read: Vec<String>,
    pub ignored: Vec<String>,
    pub check: Vec<String>,
}

fn json_kind(value: &Value) -> &'static str {
    let Some(object) = value.as_object() else {
        return if value.is_array() {
            "taskdefs"
        } else {
            "other"
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
        "pricing"
    } else if object.contains_key("containerDefinitions") || object.contains_key("taskDefinition") {
        "taskdefs"
    } else if object.get("services").is_some_and(Value::is_array) {
        "scenario"
    } else if object.get("services").is_some_and(Value::is_object) {
        "compose"
    } else {
        "other"
    }
}

/// One task definition as a scenario-file service object.
fn service_value(service: ecs_planner_engine::scenario::Service) -> Option<Value> {
    let scenario = taskdef::scenario_from_services("us-east-1", vec![service]);
    scenario_to_json(&scenario)
        .get("services")
        .and_then(|s| s.get(0))
        .cloned()
}

fn import_taskdefs(source: &str, value: &Value) -> Result<(Imported, SourceReport), String> {
    let definitions: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut report = SourceReport {
        source: source.to_string(),
        ..SourceReport::default()
    };
    let mut services = Vec::new();
    let lang = crate::strings::current_lang();
    for (i, definition) in definitions.iter().enumerate() {
        match taskdef::import_task_definition(definition) {
            Ok(imported) => {
                let name = imported.service.name.clone();
                report.read.extend(
                    imported
                        .read
                        .iter()
                        .map(|r| format!("{name}: {}", r.render(lang))),
                );
                report
                    .ignored
                    .extend(imported.ignored.iter().map(|r| format!("{name}: {r}")));
                report.check.extend(
                    imported
                        .notes
                        .iter()
                        .map(|r| format!("{name}: {}", r.render(lang))),
                );
                services.extend(service_value(imported.service));
            }
            Err(issues) => report.check.extend(issues.into_iter().map(|issue| {
                s().task_definition_issue(i + 1, &issue.path, &issue.value, &issue.message_in(lang))
            })),
        }
    }
    if services.is_empty() {
        return Err(s().no_taskdef_read(source, &report.check.join(" ")));
    }
    report.summary = s().taskdefs_summary(services.len());
    Ok((Imported::Services(services), report))
}

fn import_compose(source: &str, text: &str) -> Result<(Imported, SourceReport), String> {
    let lang = crate::strings::current_lang();
    let imported =
        compose::import_compose(text).map_err(|e| format!("{source}: {}", e.render(lang)))?;
    let report = SourceReport {
        source: source.to_string(),
        summary: s().compose_summary(imported.services.len()),
        read: imported.report.read,
        ignored: imported.report.ignored,
        check: imported.report.warnings,
    };
    Ok((Imported::Services(imported.services), report))
}

fn import_pricing(source: &str, value: Value) -> Result<(Imported, SourceReport), String> {
    // The engine's one reader (a file needs the format tag and some prices).
    let prices: RegionPrices = read_pricing_file(value).map_err(|e| match e {
        PricingFileError::OtherFormat(format) => {
            s().pricing_other_format(source, &format, PRICING_FORMAT)
        }
        PricingFileError::NoFormat => s().pricing_no_format(source, PRICING_FORMAT),
        PricingFileError::NoPrices => s().pricing_no_prices(source),
        PricingFileError::NotJson(why) | PricingFileError::Unreadable(why) => {
            s().not_a_pricing_file(source, PRICING_FORMAT, &why)
        }
    })?;
    let mut read = Vec::new();
    if let Some(f) = &prices.fargate {
        read.push(s().fargate_rates_read(&f.snapshot.date, &f.snapshot.source));
    }
    if let Some(e) = &prices.ec2 {
        read.push(s().ec2_rates_read(e.types.len(), &e.snapshot.date, &e.snapshot.source));
    }
    let report = SourceReport {
        source: source.to_string(),
        summary: s().import_prices_summary(&prices.region),
        read,
        ..SourceReport::default()
    };
    Ok((Imported::Prices(Box::new(prices)), report))
}

/// Reads one file or pasted text: JSON is a scenario, task definition(s),
/// a Compose file or a pricing file by its shape; anything else is read as
/// docker-compose YAML.
pub fn classify(source: &str, text: &str) -> Result<(Imported, SourceReport), String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(s().import_too_big(source, text.len(), MAX_IMPORT_BYTES / (1024 * 1024)));
    }
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(s().nothing_to_import(source));
    }
    let looks_json = trimmed.starts_with('{') || trimmed.starts_with('[');
    let value = match serde_json::from_str::<Value>(trimmed) {
        Ok(value) => value,
        Err(_) if !looks_json => return import_compose(source, text),
        Err(e) => return Err(s().import_not_json(source, &e.to_string())),
    };
    match json_kind(&value) {
        "pricing" => import_pricing(source, value),
        "taskdefs" => import_taskdefs(source, &value),
        "compose" => import_compose(source, text),
        "scenario" => Ok((
            Imported::Scenario(value),
            SourceReport {
                source: source.to_string(),
                summary: s().import_scenario_file.to_string(),
                ..SourceReport::default()
            },
        )),
        _ => Err(s().not_importable(source, PRICING_FORMAT)),
    }
}

/// Adds `services` to `doc`, renaming any whose name is taken.
pub fn add_services(doc: &mut Value, services: Vec<Value>) -> Vec<String> {
    let mut renamed = Vec::new();
    for mut service in services {
        let name = service
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("service")
            .to_string();
        let free = crate::doc::unused_name(doc, &name);
        if free != name {
            renamed.push(s().service_renamed(&name, &free));
            if let Some(object) = service.as_object_mut() {
                object.insert("name".to_string(), Value::String(free));
            }
        }
        if !doc.is_object() {
            *doc = serde_json::json!({});
        }
        if let Some(object) = doc.as_object_mut() {
            let list = object
                .entry("services")
                .or_insert_with(|| Value::Array(Vec::new()));
            if !list.is_array() {
                *list = Value::Array(Vec::new());
            }
            if let Some(items) = list.as_array_mut() {
                items.push(service);
            }
        }
    }
    renamed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> String {
        match classify("t", text) {
            Ok((Imported::Scenario(_), _)) => "scenario".into(),
            Ok((Imported::Services(s), _)) => format!("services:{}", s.len()),
            Ok((Imported::Prices(p), _)) => format!("prices:{}", p.region),
            Err(e) => format!("error:{}", e.split(':').next().unwrap_or("")),
        }
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(kind(text), expected, "input: {text}");
    }

    #[test]
    fn classifies_by_shape() {
        check(
            r#"{"version":1,"region":"us-east-1","services":[]}"#,
            "scenario",
        );
        check(
            r#"{"family":"web","cpu":"256","memory":"512","containerDefinitions":[{"name":"web","image":"x","essential":true}]}"#,
            "services:1",
        );
        check(
            r#"[{"family":"a","cpu":"256","memory":"512","containerDefinitions":[{"name":"a","image":"x"}]},{"family":"b","cpu":"512","memory":"1024","containerDefinitions":[{"name":"b","image":"y"}]}]"#,
            "services:2",
        );
        check(
            "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n",
            "services:1",
        );
        check(
            r#"{"format":"ecs-planner-pricing/1","region":"eu-west-1","fargate":{"linux_x86":{"usd_per_vcpu_hour":0.04,"usd_per_gb_hour":0.004},"snapshot":{"date":"2026-01","source":"test"}}}"#,
            "prices:eu-west-1",
        );
        // The engine's one reader: no tag, or no prices, is not a pricing file.
        check(
            r#"{"format":"ecs-planner-pricing/1","region":"eu-west-1"}"#,
            "error:t",
        );
        check("", "error:t");
        check("{not json", "error:t");
        check(r#"{"hello":1}"#, "error:t");
    }

    #[test]
    fn added_services_get_free_names() {
        let mut doc = serde_json::json!({"services": [{"name": "web"}]});
        let renamed = add_services(&mut doc, vec![serde_json::json!({"name": "web"})]);
        assert_eq!(renamed.len(), 1);
        assert_eq!(doc["services"][1]["name"], "web-2");
    }
}
