//! `ecs-planner import-task-def FILE... [--region REGION]`
//!
//! Reads ECS task definitions (RegisterTaskDefinition input, or the output
//! of `aws ecs describe-task-definition`; a file may also hold a JSON list
//! of them) and prints a scenario file (version 1) with one service per
//! definition on stdout. What was read, assumed and ignored goes to stderr.
//! Any definition that cannot be read fails the whole import (exit 2) with
//! every problem listed, so a script never gets a partial scenario.

use ecs_planner_engine::import::taskdef::{import_task_definition, scenario_from_services};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::validate::{parse_scenario_value, scenario_to_json};
use serde_json::Value;

use crate::files::read_text;

const USAGE: &str = "\
usage: ecs-planner import-task-def FILE... [--region REGION]

Prints a scenario (one service per task definition, count 1) on stdout.
FILE holds a RegisterTaskDefinition input, a DescribeTaskDefinition output
({\"taskDefinition\": {...}}), or a JSON list of either; `-` reads stdin.
  --region   the scenario's region (default us-east-1)";

/// Runs `import-task-def` with the arguments after the command name.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    let mut region = "us-east-1".to_string();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--region" => {
                region = args
                    .next()
                    .ok_or("--region needs a region code, e.g. us-east-1")?
                    .clone();
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"))
            }
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return Err(format!("give at least one task definition FILE\n\n{USAGE}"));
    }
    let mut services = Vec::new();
    let mut problems = Vec::new();
    for path in &files {
        let text = read_text(path)?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{path}: not valid JSON ({e})"))?;
        let definitions: Vec<(String, &Value)> = match &value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{path}[{i}]"), v))
                .collect(),
            single => vec![(path.clone(), single)],
        };
        for (label, definition) in definitions {
            match import_task_definition(definition) {
                Ok(imported) => {
                    eprintln!("{label}: service \"{}\"", imported.service.name);
                    for line in &imported.read {
                        eprintln!("  read: {line}");
                    }
                    for note in &imported.notes {
                        eprintln!("  note: {note}");
                    }
                    if !imported.ignored.is_empty() {
                        eprintln!("  ignored: {}", imported.ignored.join(", "));
                    }
                    services.push(imported.service);
                }
                Err(issues) => {
                    for issue in issues {
                        problems.push(format!("  {label}: {issue}"));
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "could not read every task definition:\n{}",
            problems.join("\n")
        ));
    }
    let scenario = scenario_from_services(&region, services);
    let json = scenario_to_json(&scenario);
    // The printed file must open: check it as `simulate` would.
    parse_scenario_value(&json, bundled()).map_err(|errors| {
        format!("the imported services do not make a valid scenario for {region}: {errors}")
    })?;
    let text = serde_json::to_string_pretty(&json)
        .map_err(|e| format!("could not print the scenario: {e}"))?;
    println!("{text}");
    Ok(())
}
