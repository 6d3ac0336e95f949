//! The one entry point of the analysis: the CLI, the page and the Web
//! Worker all call these, so the three cannot drift apart.
//!
//! ```text
//! costs(scenario, prices)            simulate → verdict (no scan) → English text
//! complete(scenario, &report, prices) break-even scan (reusing the report at 1×)
//!                                     → verdict with crossovers → English text
//! analyze = costs + complete
//! ```
//!
//! The page shows `costs` at once and `complete` a moment later (the scan
//! runs eight more simulations). Text is rendered from the typed findings
//! (`verdict_findings`) by `crate::text`; `text::render_report` re-renders
//! a report in another language without simulating again.

use crate::breakeven::{break_even, DEFAULT_SCALES};
use crate::ec2::placement::effective_chain;
use crate::lang::Lang;
use crate::pricing::PriceBook;
use crate::report::{cheapest_index, BreakEven, OptionResult, SimulationReport};
use crate::scenario::{LaunchType, Layout, PlacementStrategy, Scenario};
use crate::simulate::simulate;
use crate::text::render_report;
use crate::verdict::verdict;

/// The report with the break-even scan behind its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub report: SimulationReport,
    pub break_even: BreakEven,
}

/// The fast half: every option costed, ranked, with the verdict that needs
/// no scan, rendered in English.
pub fn costs(scenario: &Scenario, prices: &PriceBook) -> SimulationReport {
    let mut report = simulate(scenario, prices);
    report.verdict_findings = verdict(&report, None);
    render_report(&mut report, Lang::En);
    report
}

/// The slow half, after [`costs`]: the break-even scan over
/// [`DEFAULT_SCALES`] (at 1× it reads `report`) and the full verdict.
/// The returned report is `report` with `verdict`, `verdict_findings` and
/// `break_even` filled in.
pub fn complete(scenario: &Scenario, report: &SimulationReport, prices: &PriceBook) -> Analysis {
    let scan = break_even(scenario, prices, report, &DEFAULT_SCALES);
    let mut report = report.clone();
    add_binpack_figures(scenario, prices, &mut report);
    report.verdict_findings = verdict(&report, Some(&scan));
    render_report(&mut report, Lang::En);
    report.break_even = Some(scan.clone());
    Analysis {
        report,
        break_even: scan,
    }
}

/// When the placement chain has no binpack link (ECS's default spread
/// included), simulates the best complete EC2 option's layout once more
/// with `binpack:cpu` and records that option's figure there
/// (`binpack_monthly_cost_usd`), for the verdict's "what binpack would
/// save" (one layout only: the scan already runs eight simulations).
fn add_binpack_figures(scenario: &Scenario, prices: &PriceBook, report: &mut SimulationReport) {
    let binpack = [
        PlacementStrategy::BinpackCpu,
        PlacementStrategy::BinpackMemory,
    ];
    if effective_chain(&scenario.ec2.strategy)
        .iter()
        .any(|s| binpack.contains(s))
    {
        return;
    }
    let ec2: Vec<OptionResult> = report
        .options
        .iter()
        .filter(|o| o.launch_type == LaunchType::Ec2 && o.layout != Layout::Custom)
        .cloned()
        .collect();
    let Some(best) = cheapest_index(&ec2).and_then(|i| ec2.get(i)) else {
        return;
    };
    let key = best.key();
    let mut packed = scenario.clone();
    packed.ec2.strategy = vec![PlacementStrategy::BinpackCpu];
    packed.layouts = vec![best.layout];
    let packed = simulate(&packed, prices);
    let figure = packed
        .options
        .iter()
        .find(|p| p.key() == key && !p.incomplete)
        .map(|p| p.monthly_cost_usd);
    if let Some(option) = report.options.iter_mut().find(|o| o.key() == key) {
        option.binpack_monthly_cost_usd = figure;
    }
}

/// Both halves: what `ecs-planner simulate` prints.
pub fn analyze(scenario: &Scenario, prices: &PriceBook) -> Analysis {
    complete(scenario, &costs(scenario, prices), prices)
}
