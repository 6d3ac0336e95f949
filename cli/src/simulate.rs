//! `ecs-planner simulate SCENARIO.json [--format table|json|csv] [--pricing FILE]...`
//!
//! Validates the scenario (errors → exit 2 with every problem on stderr;
//! warnings → stderr, run continues), runs the engine's `analysis::analyze` (the
//! report plus the break-even scan behind the verdict) and prints:
//! - `json`: the report, the output contract (`report.rs`);
//! - `table`: aligned, costs to the cent, for people;
//! - `csv`: one row per option × cluster, for spreadsheets.

use ecs_planner_engine::analysis::analyze;
use ecs_planner_engine::export::results_csv;
use ecs_planner_engine::report::{format_usd, OptionResult, SimulationReport};
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::validate::parse_scenario;

use crate::files::{price_book, read_text};

const USAGE: &str = "\
usage: ecs-planner simulate SCENARIO.json [--format table|json|csv] [--pricing FILE]...

Costs every layout of the scenario on Fargate and EC2.
  --format   table (default), json (the report contract) or csv (one row per option and cluster)
  --pricing  a pricing file from `ecs-planner pricing import`; replaces the bundled
             prices of its region (repeatable, later files win)
SCENARIO.json may be `-` for stdin.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Csv,
}

/// Runs `simulate` with the arguments after the command name.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut format = Format::Table;
    let mut pricing = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--format" | "-f" => {
                let value = args
                    .next()
                    .ok_or("--format needs a value: table, json or csv")?;
                format = match value.as_str() {
                    "table" => Format::Table,
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!(
                            "--format {other}: unknown format; use table, json or csv"
                        ))
                    }
                };
            }
            "--pricing" => {
                let file = args
                    .next()
                    .ok_or("--pricing needs a pricing file (from `ecs-planner pricing import`)")?;
                pricing.push(file.clone());
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"))
            }
            file if path.is_none() => path = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`\n\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| format!("missing SCENARIO.json\n\n{USAGE}"))?;
    let book = price_book(&pricing)?;
    let text = read_text(&path)?;
    let parsed = parse_scenario(&text, &book)
        .map_err(|errors| format!("{path}: {}", errors.to_string().trim_end()))?;
    for warning in &parsed.warnings {
        eprintln!("warning: {path}: {warning}");
    }
    if let Some(notice) = book.ec2_prices_notice(&parsed.scenario.region) {
        eprintln!("note: {notice}");
    }
    let report = analyze(&parsed.scenario, &book).report;
    let output = match format {
        Format::Json => serde_json::to_string_pretty(&report)
            .map_err(|e| format!("could not write the report as JSON: {e}"))?,
        Format::Table => table(&report),
        Format::Csv => results_csv(&report),
    };
    println!("{output}");
    Ok(())
}

fn option_name(option: &OptionResult) -> String {
    format!("{} / {}", option.launch_type.as_str(), option.layout)
}

fn pct(value: f64) -> String {
    format!("{value:.1}%")
}

/// Aligns columns: left for the first and for those in `left`, right for
/// the others (numbers).
fn aligned(rows: &[Vec<String>], left: &[usize]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if c == 0 {
                line.push_str(&format!("{cell:<width$}"));
            } else if left.contains(&c) {
                line.push_str(&format!("  {cell:<width$}"));
            } else {
                line.push_str(&format!("  {cell:>width$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn table(report: &SimulationReport) -> String {
    let mut out = format!(
        "Region {} · horizon {} h · monthly = horizon cost × 730 / {}\nPrices: {}\n\n",
        report.region, report.horizon_hours, report.horizon_hours, report.pricing_snapshot
    );
    if report.options.is_empty() {
        out.push_str("No options to compare.\n");
        return out;
    }
    let mut rows = vec![vec![
        "option".to_string(),
        "monthly".to_string(),
        "vs cheapest".to_string(),
        "peak inst.".to_string(),
        "avg inst.".to_string(),
        "ideal".to_string(),
        "idle/rounding".to_string(),
        "CPU reserved".to_string(),
        "memory reserved".to_string(),
        "unplaced".to_string(),
    ]];
    for (i, option) in report.options.iter().enumerate() {
        let marker = if report.cheapest == Some(i) { " *" } else { "" };
        rows.push(vec![
            format!("{}{marker}", option_name(option)),
            format_usd(option.monthly_cost_usd),
            format!("+{}", format_usd(option.delta_vs_cheapest_usd)),
            match option.launch_type {
                LaunchType::Fargate => "-".to_string(),
                LaunchType::Ec2 => option.peak_instances.to_string(),
            },
            match option.launch_type {
                LaunchType::Fargate => "-".to_string(),
                LaunchType::Ec2 => format!("{:.1}", option.avg_instances),
            },
            option
                .ideal_monthly_cost_usd
                .map_or_else(|| "-".to_string(), format_usd),
            format_usd(option.idle_monthly_cost_usd),
            pct(option.avg_cpu_reserved_pct),
            pct(option.avg_memory_reserved_pct),
            option
                .unplaced
                .iter()
                .map(|u| u.tasks)
                .sum::<u32>()
                .to_string(),
        ]);
    }
    out.push_str(&aligned(&rows, &[]));
    if report.cheapest.is_some() {
        out.push_str("* cheapest\n");
    }
    for option in &report.options {
        out.push_str(&format!("\n{}\n", option_name(option)));
        let mut rows = vec![vec![
            "  cluster".to_string(),
            "monthly".to_string(),
            "instances".to_string(),
            "services".to_string(),
        ]];
        for cluster in &option.clusters {
            let instances = cluster
                .peak_instances_label()
                .unwrap_or_else(|| "-".to_string());
            rows.push(vec![
                format!("  {}", cluster.name),
                format_usd(cluster.monthly_cost_usd),
                instances,
                cluster.services.join(", "),
            ]);
        }
        out.push_str(&aligned(&rows, &[3]));
        for u in &option.unplaced {
            out.push_str(&format!(
                "  unplaced: {} × {}: {}\n",
                u.tasks, u.service, u.reason
            ));
        }
        for note in &option.notes {
            out.push_str(&format!("  note: {note}\n"));
        }
    }
    if !report.verdict.is_empty() {
        out.push_str("\nVerdict\n");
        for sentence in &report.verdict {
            out.push_str(&format!("  {sentence}\n"));
        }
    }
    if !report.assumptions.is_empty() {
        out.push_str("\nAssumptions\n");
        for assumption in &report.assumptions {
            out.push_str(&format!("  - {assumption}\n"));
        }
    }
    out.trim_end().to_string()
}
