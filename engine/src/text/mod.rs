//! The renderer: findings (typed data, `crate::findings`) to text, per
//! language. The engine builds no sentence while it computes; the CLI, the
//! app and the exports all render through here.
//!
//! Layout: [`Render`] dispatches on [`Lang`]; each language file (`en.rs`,
//! later `ko.rs` with the same function signatures) has one function per
//! kind of finding with one exhaustive `match` over its variants. Figures are
//! formatted by [`figures`], shared by every language, so USD, percentages
//! and sizes read the same everywhere.

pub mod en;
pub mod figures;
pub mod ko_fair;

use crate::findings::{OptionKey, OptionNote, VerdictFinding};
use crate::lang::Lang;
use crate::report::SimulationReport;

/// Text for the user in `lang`.
pub trait Render {
    fn render(&self, lang: Lang) -> String;
}

impl Render for VerdictFinding {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::verdict(self),
            // Korean arrives with `text/ko.rs`; until then issue 11's
            // sentences in Korean (`ko_fair`), the others in English.
            Lang::Ko => ko_fair::verdict(self).unwrap_or_else(|| en::verdict(self)),
        }
    }
}

impl Render for OptionNote {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::option_note(self),
            Lang::Ko => ko_fair::option_note(self).unwrap_or_else(|| en::option_note(self)),
        }
    }
}

impl Render for OptionKey {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En | Lang::Ko => en::option_label(*self),
        }
    }
}

/// Every finding rendered, in order.
pub fn render_all<T: Render>(findings: &[T], lang: Lang) -> Vec<String> {
    findings.iter().map(|f| f.render(lang)).collect()
}

/// Fills the report's text fields (`verdict`) from its typed findings in
/// `lang`: the app calls this to switch language without re-simulating.
pub fn render_report(report: &mut SimulationReport, lang: Lang) {
    report.verdict = render_all(&report.verdict_findings, lang);
    for option in &mut report.options {
        option.notes = render_all(&option.note_findings, lang);
    }
}

/// "EC2 + Fargate for legacy (Windows)" for an EC2 option that runs some
/// services on Fargate; `None` for any other option.
pub fn fallback_label(option: &crate::report::OptionResult, lang: Lang) -> Option<String> {
    if option.fargate_fallback.is_empty() {
        return None;
    }
    let parts: Vec<crate::findings::FallbackPart> = option
        .fargate_fallback
        .iter()
        .map(|f| crate::findings::FallbackPart {
            service: f.service.clone(),
            tasks: f.tasks,
            cause: f.cause.clone(),
            monthly_usd: f.monthly_cost_usd,
        })
        .collect();
    Some(match lang {
        Lang::En => en::fallback_label(&parts),
        Lang::Ko => ko_fair::fallback_label(&parts),
    })
}

/// The option's name in `lang` ("EC2 on one shared cluster"); its key for a
/// hand-made report with an unknown layout.
pub fn option_name(option: &crate::report::OptionResult, lang: Lang) -> String {
    option
        .option_key()
        .map_or_else(|| option.key(), |key| key.render(lang))
}
