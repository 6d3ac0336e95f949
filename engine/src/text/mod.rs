//! The renderer: findings (typed data, `crate::findings`) to text, per
//! language. The engine builds no sentence while it computes; the CLI, the
//! app and the exports all render through here.
//!
//! Layout: [`Render`] dispatches on [`Lang`]; each language folder (`en/`,
//! `ko/`, with the same files and function signatures: `labels.rs`,
//! `verdict.rs`, `notes.rs`, `plan.rs`) has one function per kind of
//! finding with one exhaustive `match` over its variants. Figures are
//! formatted by [`figures`], shared by every language, so USD, percentages
//! and sizes read the same everywhere.

pub mod en;
pub mod figures;
pub mod ko;
pub mod messages;

use crate::findings::{
    Assumption, CandidateWhy, OptionKey, OptionNote, RunNote, TypeChoice, UnplacedReason,
    VerdictFinding,
};
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
            Lang::Ko => ko::verdict(self),
        }
    }
}

impl Render for OptionNote {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::option_note(self),
            Lang::Ko => ko::option_note(self),
        }
    }
}

impl Render for OptionKey {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::option_label(*self),
            Lang::Ko => ko::option_label(*self),
        }
    }
}

impl Render for Assumption {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::assumption(self),
            Lang::Ko => ko::assumption(self),
        }
    }
}

impl Render for UnplacedReason {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::unplaced_reason(self),
            Lang::Ko => ko::unplaced_reason(self),
        }
    }
}

impl Render for RunNote {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::run_note(self),
            Lang::Ko => ko::run_note(self),
        }
    }
}

impl Render for TypeChoice {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::type_choice(self),
            Lang::Ko => ko::type_choice(self),
        }
    }
}

impl Render for CandidateWhy {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::candidate_why(self),
            Lang::Ko => ko::candidate_why(self),
        }
    }
}

/// A cluster's `instance_type_reason` in `lang`: its name, the search's
/// choice and the burstable types left out.
pub fn instance_type_reason(
    cluster: &str,
    choice: &TypeChoice,
    burstable_excluded: u32,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => en::instance_type_reason(cluster, choice, burstable_excluded),
        Lang::Ko => ko::instance_type_reason(cluster, choice, burstable_excluded),
    }
}

/// Every finding rendered, in order.
pub fn render_all<T: Render>(findings: &[T], lang: Lang) -> Vec<String> {
    findings.iter().map(|f| f.render(lang)).collect()
}

/// Fills the report's text fields (`verdict`, `assumptions`, each option's
/// `notes` and `unplaced[].reason`, each cluster's `instance_type_reason`
/// and `runners_up[].why`) from its typed findings in `lang`: the CLI and
/// the app call this to switch language without re-simulating.
pub fn render_report(report: &mut SimulationReport, lang: Lang) {
    rerender(&mut report.verdict, &report.verdict_findings, lang);
    // A report read back from JSON has text but no findings: keep its text.
    if !report.assumption_findings.is_empty() {
        report.assumptions = render_all(&report.assumption_findings, lang);
    }
    for option in &mut report.options {
        rerender(&mut option.notes, &option.note_findings, lang);
        for unplaced in &mut option.unplaced {
            if let Some(reason) = &unplaced.reason_finding {
                unplaced.reason = reason.render(lang);
            }
        }
        for moved in &mut option.fargate_fallback {
            if let Some(reason) = &moved.reason_finding {
                moved.reason = reason.render(lang);
            }
        }
        for cluster in &mut option.clusters {
            if let Some(choice) = &cluster.instance_type_choice {
                cluster.instance_type_reason = Some(instance_type_reason(
                    &cluster.name,
                    choice,
                    cluster.burstable_types_excluded,
                    lang,
                ));
            } else if let Some(choice) = &cluster.providers_choice {
                cluster.instance_type_reason = Some(match lang {
                    Lang::En => en::providers_reason(&cluster.name, choice),
                    Lang::Ko => ko::providers_reason(&cluster.name, choice),
                });
            }
            for candidate in &mut cluster.runners_up {
                if let Some(why) = &candidate.why_finding {
                    candidate.why = why.render(lang);
                }
            }
        }
    }
}

/// `text` from `findings` in `lang`, unless the findings are absent while
/// the text is not (a report read back from JSON: findings are written, not
/// read), which keeps its text.
fn rerender<T: Render>(text: &mut Vec<String>, findings: &[T], lang: Lang) {
    if !findings.is_empty() || text.is_empty() {
        *text = render_all(findings, lang);
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
        Lang::Ko => ko::fallback_label(&parts),
    })
}

/// The option's name in `lang` ("EC2 on one shared cluster").
pub fn option_name(option: &crate::report::OptionResult, lang: Lang) -> String {
    option.key().render(lang)
}
