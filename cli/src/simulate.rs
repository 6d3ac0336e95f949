//! `ecs-planner simulate SCENARIO.json [--format table|json|csv] [--pricing FILE]...`
//!
//! Validates the scenario (errors → exit 2 with every problem on stderr;
//! warnings → stderr, run continues), runs the engine's `analysis::analyze` (the
//! report plus the break-even scan behind the verdict) and prints:
//! - `json`: the report, the output contract (`report.rs`);
//! - `table`: aligned, costs to the cent, for people;
//! - `csv`: one row per option × cluster, for spreadsheets.

use clap::Args;
use ecs_planner_engine::analysis::analyze;
use ecs_planner_engine::export::results_csv;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::report::{format_usd, OptionResult, SimulationReport};
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::text;
use ecs_planner_engine::text::{render_report, Render};
use ecs_planner_engine::validate::parse_scenario;

use crate::files::{price_book, read_text, Role};
use crate::lang::pad;

/// Shown below `simulate`'s options.
const AFTER_HELP: &str = "\
--lang en|ko: the table, the JSON's text fields (verdict, notes), the CSV
header and validation errors; default from LC_ALL, LC_MESSAGES, then LANG.
Figures, keys and identifiers are the same in every language.";

/// `ecs-planner simulate`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct SimulateArgs {
    /// The scenario file; `-` reads stdin
    #[arg(value_name = "SCENARIO.json")]
    path: Option<String>,
    /// table (for people), json (the report contract) or csv (one row per option and cluster)
    #[arg(long, short = 'f', value_name = "table|json|csv", default_value = "table", value_parser = parse_format)]
    format: Format,
    /// A pricing file from `ecs-planner pricing import`; replaces the bundled prices of its region (repeatable, later files win)
    #[arg(long, value_name = "FILE")]
    pricing: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Csv,
}

fn parse_format(value: &str) -> Result<Format, String> {
    match value {
        "table" => Ok(Format::Table),
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        other => Err(format!(
            "--format {other}: unknown format; use table, json or csv"
        )),
    }
}

/// Runs `simulate`.
pub fn run(args: SimulateArgs, lang: Lang) -> Result<(), String> {
    let SimulateArgs {
        path,
        format,
        pricing,
    } = args;
    let path = path.ok_or(
        "missing SCENARIO.json, e.g. `ecs-planner simulate examples/shop.json` (see `ecs-planner simulate --help`)",
    )?;
    let book = price_book(&pricing).map_err(|e| e.render(lang))?;
    let text = read_text(&path, Role::Input).map_err(|e| e.render(lang))?;
    let parsed = parse_scenario(&text, &book)
        .map_err(|errors| format!("{path}: {}", errors.render(lang).trim_end()))?;
    for warning in &parsed.warnings {
        eprintln!("warning: {path}: {}", warning.render(lang));
    }
    if let Some(notice) = book.ec2_prices_notice(&parsed.scenario.region) {
        eprintln!("note: {notice}");
    }
    let mut report = analyze(&parsed.scenario, &book).report;
    render_report(&mut report, lang);
    let output = match format {
        Format::Json => serde_json::to_string_pretty(&report)
            .map_err(|e| format!("could not write the report as JSON: {e}"))?,
        Format::Table => table(&report, lang),
        Format::Csv => results_csv(&report, lang),
    };
    crate::out::println(&output);
    Ok(())
}

fn option_name(option: &OptionResult) -> String {
    format!("{} / {}", option.launch_type.as_str(), option.layout)
}

fn pct(value: f64) -> String {
    format!("{value:.1}%")
}

/// Aligns columns by display width (a Hangul syllable is two columns):
/// left for the first and for those in `left`, right for the others
/// (numbers).
fn aligned(rows: &[Vec<String>], left: &[usize]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| crate::lang::display_width(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if c > 0 {
                line.push_str("  ");
            }
            line.push_str(&pad(cell, *width, c == 0 || left.contains(&c)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The table's fixed words in one language.
struct Words {
    no_options: &'static str,
    header: [&'static str; 10],
    cheapest: &'static str,
    cluster_header: [&'static str; 4],
    verdict: &'static str,
    assumptions: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            no_options: "No options to compare.",
            header: [
                "option",
                "monthly",
                "vs cheapest",
                "peak inst.",
                "avg inst.",
                "ideal",
                "idle/rounding",
                "CPU reserved",
                "memory reserved",
                "unplaced",
            ],
            cheapest: "* cheapest",
            cluster_header: ["  cluster", "monthly", "instances", "services"],
            verdict: "Verdict",
            assumptions: "Assumptions",
        },
        Lang::Ko => Words {
            no_options: "비교할 옵션이 없습니다.",
            header: [
                "옵션",
                "월 비용",
                "최저 대비",
                "최대 인스턴스",
                "평균 인스턴스",
                "이상적",
                "유휴/올림",
                "CPU 예약률",
                "메모리 예약률",
                "미배치",
            ],
            cheapest: "* 최저가",
            cluster_header: ["  클러스터", "월 비용", "인스턴스", "서비스"],
            verdict: "결론",
            assumptions: "이 수치의 전제",
        },
    }
}

fn table(report: &SimulationReport, lang: Lang) -> String {
    let words = words(lang);
    let (region, hours, prices) = (
        &report.region,
        report.horizon_hours,
        &report.pricing_snapshot,
    );
    let mut out = match lang {
        Lang::En => format!(
            "Region {region} · horizon {hours} h · monthly = horizon cost × 730 / {hours}\nPrices: {prices}\n\n"
        ),
        Lang::Ko => format!(
            "리전 {region} · 기간 {hours}시간 · 월 비용 = 기간 비용 × 730 / {hours}\n가격: {prices}\n\n"
        ),
    };
    if report.options.is_empty() {
        out.push_str(words.no_options);
        out.push('\n');
        return out;
    }
    let mut rows = vec![words.header.map(str::to_string).to_vec()];
    for (i, option) in report.options.iter().enumerate() {
        let marker = if report.cheapest == Some(i) {
            " *"
        } else if option.incomplete {
            " (incomplete)"
        } else {
            ""
        };
        rows.push(vec![
            format!("{}{marker}", option_name(option)),
            format_usd(option.monthly_cost_usd),
            if option.incomplete || report.cheapest.is_none() {
                "-".to_string()
            } else {
                format!("+{}", format_usd(option.delta_vs_cheapest_usd))
            },
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
        out.push_str(words.cheapest);
        out.push('\n');
    }
    if report.options.iter().any(|o| o.incomplete) {
        out.push_str("(incomplete) leaves out the unplaced tasks listed below: not ranked\n");
    }
    for option in &report.options {
        out.push_str(&format!("\n{}\n", option_name(option)));
        if let Some(label) = text::fallback_label(option, lang) {
            out.push_str(&format!(
                "  {label}: {} of its {} is Fargate\n",
                format_usd(option.fargate_fallback_monthly_cost_usd),
                format_usd(option.monthly_cost_usd)
            ));
        }
        let mut rows = vec![words.cluster_header.map(str::to_string).to_vec()];
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
        for f in &option.fargate_fallback {
            out.push_str(&format!(
                "  on Fargate: {} × {} ({}/month): {}\n",
                f.tasks,
                f.service,
                format_usd(f.monthly_cost_usd),
                f.reason
            ));
        }
        for u in &option.unplaced {
            let (tasks, service, reason) = (u.tasks, &u.service, &u.reason);
            out.push_str(&match lang {
                Lang::En => format!("  unplaced: {tasks} × {service}: {reason}\n"),
                Lang::Ko => format!("  미배치: {service} 서비스의 태스크 {tasks}개: {reason}\n"),
            });
        }
        let note_label = match lang {
            Lang::En => "note",
            Lang::Ko => "참고",
        };
        for note in &option.notes {
            out.push_str(&format!("  {note_label}: {note}\n"));
        }
    }
    if !report.verdict.is_empty() {
        out.push_str(&format!("\n{}\n", words.verdict));
        for sentence in &report.verdict {
            out.push_str(&format!("  {sentence}\n"));
        }
    }
    if !report.assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", words.assumptions));
        for assumption in &report.assumptions {
            out.push_str(&format!("  - {assumption}\n"));
        }
    }
    out.trim_end().to_string()
}
