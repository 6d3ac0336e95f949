//! Messages about the user's input, per language: validation problems
//! ([`Problem`], in a [`FieldIssue`]), size errors and share-link errors
//! ([`LinkError`]). The engine records what was wrong as typed data; this
//! module is the only place it becomes words. `en.rs` and `ko.rs` each hold
//! one exhaustive `match` per kind, so a new variant does not compile until
//! both languages say it.
//!
//! `Display` is English (the CLI's default, logs and the tests that pin the
//! English word for word); `Render::render(lang)` picks the language.

pub mod en;
pub mod ko;

use std::fmt;

use super::Render;
use crate::import::compose::{ComposeError, ComposeLine};
use crate::import::offer::{OfferError, OfferNote};
use crate::import::taskdef::TaskDefLine;
use crate::import::{ImportError, ImportReport};
use crate::lang::Lang;
use crate::link::{LinkError, LinkNotice, LINK_VERSION, MAX_FRAGMENT_CHARS, MAX_PAYLOAD_BYTES};
use crate::units::SizeError;
use crate::validate::{FieldIssue, IssueKind, Problem, ScenarioErrors};

impl Render for Problem {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::problem(self),
            Lang::Ko => ko::problem(self),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::problem(self))
    }
}

impl Render for TaskDefLine {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::taskdef_line(self),
            Lang::Ko => ko::taskdef_line(self),
        }
    }
}

impl fmt::Display for TaskDefLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::taskdef_line(self))
    }
}

impl Render for SizeError {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::size_error(self),
            Lang::Ko => ko::size_error(self),
        }
    }
}

impl fmt::Display for SizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::size_error(self))
    }
}

impl FieldIssue {
    /// What was wrong and what would be valid, in English.
    pub fn message(&self) -> String {
        en::problem(&self.problem)
    }

    /// What was wrong and what would be valid, in `lang` (no path, no value).
    pub fn message_in(&self, lang: Lang) -> String {
        self.problem.render(lang)
    }
}

/// `services[2].memory = "lots": …`, `region = (missing): …`, `scenario: …`.
/// Path and value stay verbatim in every language.
impl Render for FieldIssue {
    fn render(&self, lang: Lang) -> String {
        let (whole_file, missing) = match lang {
            Lang::En => (en::WHOLE_FILE, en::MISSING_VALUE),
            Lang::Ko => (ko::WHOLE_FILE, ko::MISSING_VALUE),
        };
        let path = if self.path.is_empty() {
            whole_file
        } else {
            &self.path
        };
        let message = self.message_in(lang);
        if self.kind == IssueKind::Missing {
            format!("{path} = {missing}: {message}")
        } else if self.value.is_empty() {
            format!("{path}: {message}")
        } else {
            format!("{path} = {}: {message}", self.value)
        }
    }
}

impl fmt::Display for FieldIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl ScenarioErrors {
    /// Every error, one per line under a heading, in `lang`: what the CLI
    /// prints for `simulate --lang ko` on a bad scenario file.
    pub fn render(&self, lang: Lang) -> String {
        let heading = match lang {
            Lang::En => en::errors_heading(self.errors.len()),
            Lang::Ko => ko::errors_heading(self.errors.len()),
        };
        let mut out = heading;
        out.push('\n');
        for issue in &self.errors {
            out.push_str("  ");
            out.push_str(&issue.render(lang));
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&ScenarioErrors::render(self, Lang::En))
    }
}

impl Render for LinkError {
    fn render(&self, lang: Lang) -> String {
        match lang {
            // The English lives beside the error (`link.rs`, layer 1).
            Lang::En => self.to_string(),
            Lang::Ko => link_error_ko(self),
        }
    }
}

impl Render for LinkNotice {
    fn render(&self, lang: Lang) -> String {
        match lang {
            // The English lives beside the notice (`link.rs`).
            Lang::En => self.to_string(),
            Lang::Ko => link_notice_ko(self),
        }
    }
}

impl Render for ComposeError {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::compose_error(self),
            Lang::Ko => ko::compose_error(self),
        }
    }
}

impl fmt::Display for ComposeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::compose_error(self))
    }
}

impl Render for ImportError {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::import_error(self),
            Lang::Ko => ko::import_error(self),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::import_error(self))
    }
}

/// An import report as three lists of lines in one language: what was
/// read, what was ignored, and what the user should check (assumptions,
/// unreadable values, task definitions that could not be read). Task
/// definition lines start with the service's name (`orders: cpu: …`);
/// Compose lines name their field path.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportSections {
    pub read: Vec<String>,
    pub ignored: Vec<String>,
    pub check: Vec<String>,
}

impl ImportReport {
    /// The report's lines in `lang`, by section.
    pub fn sections(&self, lang: Lang) -> ReportSections {
        let mut out = ReportSections::default();
        match self {
            ImportReport::TaskDefinitions(outcomes) => {
                for (position, outcome) in outcomes.iter().enumerate() {
                    match &outcome.result {
                        Ok(imported) => {
                            let name = &imported.service.name;
                            let line = |l: &TaskDefLine| format!("{name}: {}", l.render(lang));
                            out.read.extend(imported.read.iter().map(line));
                            out.check.extend(imported.notes.iter().map(line));
                            out.ignored
                                .extend(imported.ignored.iter().map(|p| format!("{name}: {p}")));
                        }
                        Err(issues) => {
                            let number = outcome.index.unwrap_or(position) + 1;
                            let label = match lang {
                                Lang::En => en::task_definition_number(number),
                                Lang::Ko => ko::task_definition_number(number),
                            };
                            out.check.extend(
                                issues
                                    .iter()
                                    .map(|issue| format!("{label}: {}", issue.render(lang))),
                            );
                        }
                    }
                }
            }
            ImportReport::Compose(report) => {
                let lines = |l: &[ComposeLine]| -> Vec<String> {
                    l.iter().map(|line| line.render(lang)).collect()
                };
                out.read = lines(&report.read);
                out.ignored = lines(&report.ignored);
                out.check = lines(&report.warnings);
            }
        }
        out
    }
}

impl Render for OfferNote {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::offer_note(self),
            Lang::Ko => ko::offer_note(self),
        }
    }
}

impl fmt::Display for OfferNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::offer_note(self))
    }
}

impl Render for OfferError {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::offer_error(self),
            Lang::Ko => ko::offer_error(self),
        }
    }
}

impl fmt::Display for OfferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::offer_error(self))
    }
}

impl Render for ComposeLine {
    fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::compose_line(self),
            Lang::Ko => ko::compose_line(self),
        }
    }
}

impl fmt::Display for ComposeLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::compose_line(self))
    }
}

/// Korean notices of a link that opened without part of its view.
fn link_notice_ko(notice: &LinkNotice) -> String {
    match notice {
        LinkNotice::UnknownOption { option } => format!(
            "링크가 선택한 \"{option}\" 옵션은 이 버전에 없는 옵션입니다(옵션은 ec2/per-service처럼 씁니다). 선택된 옵션 없이 링크를 엽니다."
        ),
    }
}

/// Korean share-link errors (translation memory §13). `"링크 복사"` is the
/// app's Korean label of the "Copy link" button.
fn link_error_ko(error: &LinkError) -> String {
    match error {
        LinkError::Empty => "링크에 시나리오가 없습니다(`#` 뒤가 비어 있음).".into(),
        LinkError::NotALink { start } => format!(
            "`#` 뒤의 텍스트(`{start}`)는 ECS Planner 공유 링크가 아닙니다. 공유 링크는 `#v1=`로 시작합니다. 앱의 \"링크 복사\" 버튼으로 링크 전체를 다시 복사하세요."
        ),
        LinkError::UnsupportedVersion { found } => format!(
            "이 링크는 최신 ECS Planner가 만든 공유 링크 형식(v{found})을 사용합니다. 이 버전은 v{LINK_VERSION}까지만 읽을 수 있습니다. 페이지를 새로 고쳐 최신 앱을 받으세요."
        ),
        LinkError::TooLarge { length_chars } => format!(
            "링크 길이가 {length_chars}자입니다. {MAX_FRAGMENT_CHARS}자를 넘는 링크는 거부합니다. 대신 시나리오를 JSON 파일로 공유하세요."
        ),
        LinkError::PayloadTooLarge => format!(
            "링크를 풀면 {} KiB를 넘어 실제 시나리오보다 훨씬 크므로 거부했습니다. 대신 시나리오를 JSON 파일로 받으세요.",
            MAX_PAYLOAD_BYTES / 1024
        ),
        LinkError::BadBase64 {
            position,
            character,
        } => format!(
            "링크의 `v1=` 뒤 {position}번째 문자 {character:?}: 공유 링크에 나올 수 없는 문자로, 전달 중에 바뀌었습니다. 원본에서 링크 전체를 다시 복사하세요."
        ),
        LinkError::Truncated => "링크가 잘렸습니다(끝부분이 없음). 원본에서 링크 전체를 다시 복사하세요(메신저 앱이 긴 링크를 줄이기도 합니다).".into(),
        LinkError::BadCompression => "링크가 손상되었습니다(체크섬 불일치). 전달 중에 일부 문자가 바뀌었습니다. 원본에서 링크 전체를 다시 복사하세요.".into(),
        LinkError::BadPayload { detail } => format!(
            "올바른 v1 시나리오 링크가 아닙니다({detail}). 원본에서 링크 전체를 다시 복사하고, 그래도 실패하면 링크와 함께 신고해 주세요."
        ),
    }
}
