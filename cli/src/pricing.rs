//! `ecs-planner pricing list` and
//! `ecs-planner pricing import OFFER_FILE... [--region REGION] [-o OUT]`
//!
//! `list` prints what this build bundles, per region, with the date of each
//! price list. `import`
//! streams AWS Price List bulk offer files (AmazonEC2 and/or AmazonECS, one
//! region) into one pricing file in the project's format
//! (`ecs-planner-pricing/1`), for `simulate --pricing` or the app. Several
//! offer files of the same region combine (EC2 from one, Fargate from the
//! other). Notes (defaults used, rates missing) go to stderr.

use std::fs::File;
use std::io::BufReader;

use clap::{Args, Subcommand};
use ecs_planner_engine::import::offer::import_offer;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{bundled, BundledCoverage, RegionPrices};
use ecs_planner_engine::text::Render;

use crate::files::{FileError, Role};

/// Shown below `pricing`'s commands.
pub const AFTER_HELP: &str = "\
usage: ecs-planner pricing list
       ecs-planner pricing import OFFER_FILE... [--region REGION] [-o OUT]

`list` prints the prices bundled with this build: per region, the EC2
instance types priced and the date of each price list (EC2; Fargate
Linux/x86, Linux/ARM, Windows; Fargate Spot x86 and ARM). \"-\" means not
bundled: import that region's offer file to price it.

`import` turns AWS Price List offer files into a pricing file for `simulate --pricing`.
Offer files: https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/REGION/index.json
             https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/REGION/index.json";

/// `ecs-planner pricing …`.
#[derive(Debug, Subcommand)]
pub enum PricingCommand {
    /// Print the prices bundled with this build: per region, the date of each price list
    List {
        /// (none: `list` takes no arguments)
        #[arg(hide = true)]
        extra: Vec<String>,
    },
    /// Turn AWS Price List offer files (AmazonEC2, AmazonECS) into a pricing file
    Import(OfferArgs),
    /// Anything else: refused with the list of commands.
    #[command(external_subcommand)]
    Unknown(Vec<String>),
}

/// `ecs-planner pricing import`.
#[derive(Debug, Args)]
pub struct OfferArgs {
    /// AWS Price List offer files of one region (EC2 from one, Fargate from another)
    #[arg(value_name = "OFFER_FILE", required = true)]
    files: Vec<String>,
    /// The region to keep when a file covers several
    #[arg(long, value_name = "REGION")]
    region: Option<String>,
    /// Write to OUT instead of stdout
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: Option<String>,
}

/// Runs `pricing …`.
pub fn run(command: PricingCommand, lang: Lang) -> Result<(), String> {
    match command {
        PricingCommand::List { extra } => list(&extra),
        PricingCommand::Import(args) => import(args, lang),
        PricingCommand::Unknown(words) => Err(format!(
            "unknown pricing command `{}`: use `list` or `import` (see `ecs-planner pricing --help`)",
            words.first().map(String::as_str).unwrap_or("")
        )),
    }
}

fn list(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!(
            "`pricing list` takes no arguments, got `{arg}` (see `ecs-planner pricing --help`)"
        ));
    }
    crate::out::print(&coverage_table(&bundled().coverage()));
    Ok(())
}

/// The `pricing list` table: one row per region, a date per price list.
fn coverage_table(coverage: &[BundledCoverage]) -> String {
    let dash = || "-".to_string();
    let date = |d: &Option<String>| d.clone().unwrap_or_else(dash);
    let header = [
        "region",
        "name",
        "EC2 types",
        "EC2",
        "Fargate x86",
        "Fargate ARM",
        "Fargate Windows",
        "Spot x86",
        "Spot ARM",
    ]
    .map(String::from);
    let mut rows = vec![header];
    for c in coverage {
        rows.push([
            c.region.clone(),
            c.region_name.clone(),
            c.ec2.as_ref().map_or_else(dash, |(n, _)| n.to_string()),
            c.ec2.as_ref().map_or_else(dash, |(_, d)| d.clone()),
            date(&c.fargate_linux_x86),
            date(&c.fargate_linux_arm),
            date(&c.fargate_windows),
            date(&c.fargate_spot_x86),
            date(&c.fargate_spot_arm),
        ]);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out.push_str("\nDates are each price list's snapshot; sources in pricing-data/README.md. \"-\" = not bundled: import the region's AmazonEC2 or AmazonECS offer file with `ecs-planner pricing import`.\n");
    out
}

fn import(args: OfferArgs, lang: Lang) -> Result<(), String> {
    let OfferArgs { files, region, out } = args;
    let mut combined: Option<RegionPrices> = None;
    for path in &files {
        let file =
            File::open(path).map_err(|e| FileError::from_io(path, Role::Offer, &e).render(lang))?;
        let imported = import_offer(BufReader::with_capacity(1 << 20, file), region.as_deref())
            .map_err(|e| format!("{path}: {}", e.render(lang)))?;
        for note in &imported.notes {
            eprintln!("{path}: {}", note.render(lang));
        }
        let prices = imported.prices;
        combined = Some(match combined {
            None => prices,
            Some(mut so_far) => {
                if so_far.region != prices.region {
                    return Err(format!(
                        "{path}: is for {}, but the earlier files are for {}; import one region at a time",
                        prices.region, so_far.region
                    ));
                }
                if prices.ec2.is_some() {
                    so_far.ec2 = prices.ec2;
                }
                if prices.fargate.is_some() {
                    so_far.fargate = prices.fargate;
                }
                so_far
            }
        });
    }
    let Some(prices) = combined else {
        return Err("no prices imported".to_string());
    };
    let text = serde_json::to_string_pretty(&prices)
        .map_err(|e| format!("could not write the pricing file: {e}"))?;
    match out {
        Some(path) => {
            std::fs::write(&path, format!("{text}\n"))
                .map_err(|e| format!("{path}: cannot write the file ({e})"))?;
            let what = match (prices.ec2.is_some(), prices.fargate.is_some()) {
                (true, true) => "EC2 and Fargate",
                (true, false) => "EC2",
                _ => "Fargate",
            };
            let region = &prices.region;
            eprintln!(
                "{}",
                match lang {
                    Lang::En => format!(
                        "wrote {path}: {region} ({what}); use it with `ecs-planner simulate SCENARIO.json --pricing {path}`"
                    ),
                    Lang::Ko => format!(
                        "{path} 파일을 썼습니다: {region} ({}). `ecs-planner simulate SCENARIO.json --pricing {path}`에 지정해 사용하세요",
                        what.replace(" and ", ", ")
                    ),
                }
            );
        }
        None => crate::out::println(&text),
    }
    Ok(())
}
