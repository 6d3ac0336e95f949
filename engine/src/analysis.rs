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
use crate::lang::Lang;
use crate::pricing::PriceBook;
use crate::report::{BreakEven, SimulationReport};
use crate::scenario::Scenario;
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
    report.verdict_findings = verdict(&report, Some(&scan));
    render_report(&mut report, Lang::En);
    report.break_even = Some(scan.clone());
    Analysis {
        report,
        break_even: scan,
    }
}

/// Both halves: what `ecs-planner simulate` prints.
pub fn analyze(scenario: &Scenario, prices: &PriceBook) -> Analysis {
    complete(scenario, &costs(scenario, prices), prices)
}
