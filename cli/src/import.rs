//! `ecs-planner import FILE... [--region REGION]` (alias `import-task-def`)
//!
//! Reads ECS task definitions (RegisterTaskDefinition input, the output of
//! `aws ecs describe-task-definition`, or a JSON list of them) or
//! docker-compose files, detected by their shape (`import::detect`), and
//! prints a scenario file (version 1) with their services on stdout. What
//! was read, assumed and ignored goes to stderr, in `--lang`'s language.
//! Any task definition that cannot be read, or any file that is neither,
//! fails the whole import (exit 2) with every problem listed, so a script
//! never gets a partial scenario.

use clap::Args;
use ecs_planner_engine::import::{import, scenario_json, ImportReport};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::parse_scenario_value;

use crate::files::{read_text, Role};

/// Shown below `import`'s options.
const AFTER_HELP: &str = "\
Prints a scenario on stdout: one service per task definition (count 1), or
one per Compose service (its replicas, CPU and memory). FILE holds a
RegisterTaskDefinition input, a DescribeTaskDefinition output
({\"taskDefinition\": {...}}), a JSON list of either, or a docker-compose
YAML file; `-` reads stdin. The report of what was read goes to stderr.";

/// `ecs-planner import`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ImportArgs {
    /// Task definition JSON or docker-compose YAML; `-` reads stdin
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,
    /// The scenario's region
    #[arg(long, value_name = "REGION", default_value = "us-east-1")]
    region: String,
}

/// The report's fixed words in one language.
struct Words {
    read: &'static str,
    note: &'static str,
    ignored: &'static str,
    not_every_definition: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            read: "read",
            note: "note",
            ignored: "ignored",
            not_every_definition: "could not read every task definition:",
        },
        Lang::Ko => Words {
            read: "읽음",
            note: "참고",
            ignored: "무시",
            not_every_definition: "읽지 못한 작업 정의가 있습니다:",
        },
    }
}

/// `FILE: service "orders"` / `FILE: 서비스 "orders"`.
fn service_heading(label: &str, name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{label}: service \"{name}\""),
        Lang::Ko => format!("{label}: 서비스 \"{name}\""),
    }
}

/// `FILE: 2 services from a docker-compose file: web, db`.
fn compose_heading(label: &str, names: &[String], lang: Lang) -> String {
    let list = names.join(", ");
    match lang {
        Lang::En => format!(
            "{label}: {} service(s) from a docker-compose file: {list}",
            names.len()
        ),
        Lang::Ko => format!(
            "{label}: docker-compose 파일의 서비스 {}개: {list}",
            names.len()
        ),
    }
}

/// Runs `import`.
pub fn run(args: ImportArgs, lang: Lang) -> Result<(), String> {
    let ImportArgs { files, region } = args;
    let w = words(lang);
    let mut services = Vec::new();
    let mut problems = Vec::new();
    for path in &files {
        let text = read_text(path, Role::Input).map_err(|e| e.render(lang))?;
        let imported = import(&text).map_err(|e| format!("{path}: {}", e.render(lang)))?;
        match &imported.report {
            ImportReport::TaskDefinitions(outcomes) => {
                for outcome in outcomes {
                    let label = match outcome.index {
                        Some(i) => format!("{path}[{i}]"),
                        None => path.clone(),
                    };
                    match &outcome.result {
                        Ok(definition) => {
                            eprintln!(
                                "{}",
                                service_heading(&label, &definition.service.name, lang)
                            );
                            for line in &definition.read {
                                eprintln!("  {}: {}", w.read, line.render(lang));
                            }
                            for note in &definition.notes {
                                eprintln!("  {}: {}", w.note, note.render(lang));
                            }
                            if !definition.ignored.is_empty() {
                                eprintln!("  {}: {}", w.ignored, definition.ignored.join(", "));
                            }
                        }
                        Err(issues) => problems.extend(
                            issues
                                .iter()
                                .map(|issue| format!("  {label}: {}", issue.render(lang))),
                        ),
                    }
                }
            }
            ImportReport::Compose(report) => {
                let names: Vec<String> = imported
                    .services
                    .iter()
                    .filter_map(|s| s.get("name").and_then(|n| n.as_str()))
                    .map(str::to_string)
                    .collect();
                eprintln!("{}", compose_heading(path, &names, lang));
                for line in &report.read {
                    eprintln!("  {}: {}", w.read, line.render(lang));
                }
                for line in &report.warnings {
                    eprintln!("  {}: {}", w.note, line.render(lang));
                }
                if !report.ignored.is_empty() {
                    let ignored: Vec<String> =
                        report.ignored.iter().map(|l| l.render(lang)).collect();
                    eprintln!("  {}: {}", w.ignored, ignored.join(", "));
                }
            }
        }
        services.extend(imported.services);
    }
    if !problems.is_empty() {
        return Err(format!(
            "{}\n{}",
            w.not_every_definition,
            problems.join("\n")
        ));
    }
    let json = scenario_json(&region, services);
    // The printed file must open: check it as `simulate` would.
    let parsed = parse_scenario_value(&json, bundled()).map_err(|errors| match lang {
        Lang::En => format!(
            "the imported services do not make a valid scenario for {region}: {}",
            errors.render(lang).trim_end()
        ),
        Lang::Ko => format!(
            "가져온 서비스로는 리전 {region}의 올바른 시나리오를 만들 수 없습니다: {}",
            errors.render(lang).trim_end()
        ),
    })?;
    for warning in &parsed.warnings {
        eprintln!("warning: {}", warning.render(lang));
    }
    let text = serde_json::to_string_pretty(&json)
        .map_err(|e| format!("could not print the scenario: {e}"))?;
    crate::out::println(&text);
    Ok(())
}
