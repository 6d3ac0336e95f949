//! Reading input files for the subcommands. What goes wrong is typed
//! ([`FileError`]) and rendered in `--lang` (English or Korean, one
//! exhaustive `match` per language), naming the file, the problem and the
//! fix.

use std::io::ErrorKind;

use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{bundled, PriceBook, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{parse_pricing_file, PricingFileError};

/// What the file was for: it picks the fix a missing file's message gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A scenario, task definitions or a Compose file.
    Input,
    /// A pricing file (`simulate --pricing`).
    Pricing,
    /// An AWS Price List offer file (`pricing import`).
    Offer,
}

/// Why a file that exists could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// No permission to read it.
    Denied,
    /// A directory, not a file.
    Directory,
    /// Not UTF-8 text.
    NotText,
    /// Anything else: the system's message.
    Other(String),
}

/// An input file the CLI could not use.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// No file at `path`.
    Missing { path: String, role: Role },
    /// The file is there but cannot be read.
    Unreadable { path: String, problem: ReadProblem },
    /// Read, but not a pricing file this version reads.
    NotPricing {
        path: String,
        error: PricingFileError,
    },
}

impl FileError {
    /// `path` (`-`: standard input) could not be opened or read.
    pub fn from_io(path: &str, role: Role, error: &std::io::Error) -> Self {
        let path = if path == "-" { "stdin" } else { path }.to_string();
        let problem = match error.kind() {
            ErrorKind::NotFound => return FileError::Missing { path, role },
            ErrorKind::PermissionDenied => ReadProblem::Denied,
            ErrorKind::IsADirectory => ReadProblem::Directory,
            ErrorKind::InvalidData => ReadProblem::NotText,
            _ => ReadProblem::Other(error.to_string()),
        };
        FileError::Unreadable { path, problem }
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en(self),
            Lang::Ko => ko(self),
        }
    }
}

/// The command that makes a pricing file at `path`.
fn import_command(path: &str) -> String {
    format!("`ecs-planner pricing import OFFER_FILE -o {path}`")
}

fn en(error: &FileError) -> String {
    match error {
        FileError::Missing { path, role } => match role {
            Role::Input => {
                format!("{path}: no such file; check the path (relative paths start from the current directory)")
            }
            Role::Pricing => format!(
                "{path}: no such pricing file; check the path, or make one with {}",
                import_command(path)
            ),
            Role::Offer => format!(
                "{path}: no such offer file; check the path (where to download offer files: `ecs-planner pricing --help`)"
            ),
        },
        FileError::Unreadable { path, problem } => match problem {
            ReadProblem::Denied => format!(
                "{path}: cannot read the file (permission denied); make it readable (`chmod u+r {path}`) or copy it somewhere you can read"
            ),
            ReadProblem::Directory => format!(
                "{path}: is a directory, not a file; give the path of a file in it"
            ),
            ReadProblem::NotText => format!(
                "{path}: cannot read the file: it is not UTF-8 text; save it as UTF-8"
            ),
            ReadProblem::Other(why) => format!(
                "{path}: cannot read the file ({why}); check that it is a readable file"
            ),
        },
        FileError::NotPricing { path, error } => {
            let why = match error {
                PricingFileError::NotJson(why) | PricingFileError::Unreadable(why) => why.clone(),
                PricingFileError::OtherFormat(other) => format!("its format is \"{other}\""),
                PricingFileError::NoFormat => "it has no \"format\" field".to_string(),
                PricingFileError::NoPrices => {
                    "it holds neither Fargate nor EC2 prices".to_string()
                }
            };
            // Not `-o {path}`: the file may be the user's scenario, passed
            // by mistake.
            format!(
                "{path}: not a pricing file in the {PRICING_FORMAT} format ({why}); pass a file made by {}",
                import_command("PRICES.json")
            )
        }
    }
}

/// Korean. No particle follows a path or a value: each is followed by a
/// colon, a bracket or a noun.
fn ko(error: &FileError) -> String {
    match error {
        FileError::Missing { path, role } => match role {
            Role::Input => format!(
                "{path}: 파일이 없습니다. 경로를 확인하세요(상대 경로는 현재 디렉터리 기준)"
            ),
            Role::Pricing => format!(
                "{path}: 가격 파일이 없습니다. 경로를 확인하거나 {} 명령으로 가격 파일을 만드세요",
                import_command(path)
            ),
            Role::Offer => format!(
                "{path}: 오퍼 파일이 없습니다. 경로를 확인하세요(오퍼 파일 내려받는 곳: `ecs-planner pricing --help`)"
            ),
        },
        FileError::Unreadable { path, problem } => match problem {
            ReadProblem::Denied => format!(
                "{path}: 파일을 읽을 권한이 없습니다. 읽기 권한을 주거나(`chmod u+r {path}`) 읽을 수 있는 위치에 복사하세요"
            ),
            ReadProblem::Directory => format!(
                "{path}: 파일이 아니라 디렉터리입니다. 그 안에 있는 파일의 경로를 지정하세요"
            ),
            ReadProblem::NotText => format!(
                "{path}: UTF-8 텍스트가 아니어서 파일을 읽을 수 없습니다. UTF-8 인코딩으로 저장하세요"
            ),
            ReadProblem::Other(why) => format!(
                "{path}: 파일을 읽을 수 없습니다({why}). 읽을 수 있는 파일인지 확인하세요"
            ),
        },
        FileError::NotPricing { path, error } => {
            let why = match error {
                PricingFileError::NotJson(why) => format!("JSON 오류: {why}"),
                PricingFileError::Unreadable(why) => format!("가격 항목 오류: {why}"),
                PricingFileError::OtherFormat(other) => format!("format 필드 값: \"{other}\""),
                PricingFileError::NoFormat => "\"format\" 필드 없음".to_string(),
                PricingFileError::NoPrices => "Fargate 가격도 EC2 가격도 없음".to_string(),
            };
            format!(
                "{path}: {PRICING_FORMAT} 형식의 가격 파일이 아닙니다({why}). {} 명령으로 만든 가격 파일을 지정하세요",
                import_command("PRICES.json")
            )
        }
    }
}

/// The whole file, or stdin for `-`.
pub fn read_text(path: &str, role: Role) -> Result<String, FileError> {
    if path == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| FileError::from_io(path, role, &e))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| FileError::from_io(path, role, &e))
}

/// The bundled prices with each `--pricing` file merged in, in order.
pub fn price_book(pricing_files: &[String]) -> Result<PriceBook, FileError> {
    let mut book = bundled().clone();
    for path in pricing_files {
        let text = read_text(path, Role::Pricing)?;
        let prices = parse_pricing_file(&text).map_err(|error| FileError::NotPricing {
            path: path.clone(),
            error,
        })?;
        book.merge(prices);
    }
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant in both languages: the file named at the start, then a
    /// colon (never a particle after it), and the fix.
    #[test]
    fn every_error_names_the_file_and_the_fix_in_both_languages() {
        let path = "prices/seoul.json";
        let mut errors = Vec::new();
        for role in [Role::Input, Role::Pricing, Role::Offer] {
            errors.push(FileError::Missing {
                path: path.into(),
                role,
            });
        }
        for problem in [
            ReadProblem::Denied,
            ReadProblem::Directory,
            ReadProblem::NotText,
            ReadProblem::Other("Input/output error (os error 5)".into()),
        ] {
            errors.push(FileError::Unreadable {
                path: path.into(),
                problem,
            });
        }
        for error in [
            PricingFileError::NotJson("EOF while parsing an object at line 1 column 1".into()),
            PricingFileError::Unreadable("missing field `region`".into()),
            PricingFileError::OtherFormat("other/2".into()),
            PricingFileError::NoFormat,
            PricingFileError::NoPrices,
        ] {
            errors.push(FileError::NotPricing {
                path: path.into(),
                error,
            });
        }
        for error in &errors {
            let en = error.render(Lang::En);
            let ko = error.render(Lang::Ko);
            for text in [&en, &ko] {
                assert!(text.starts_with("prices/seoul.json: "), "{text}");
            }
            // The Korean is Korean, and carries the same commands and values.
            assert!(
                ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                "{ko}"
            );
            assert!(
                !en.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                "{en}"
            );
            for token in en.split('`').skip(1).step_by(2) {
                assert!(ko.contains(token), "`{token}` missing from {ko}");
            }
            for quoted in ["other/2", "missing field `region`", "os error 5"] {
                assert_eq!(en.contains(quoted), ko.contains(quoted), "{en} / {ko}");
            }
            // The particle rule: no particle right after a runtime value.
            for value in [path, "other/2\"", "`region`", "(os error 5)", "column 1"] {
                for (at, _) in ko.match_indices(value) {
                    let next = &ko[at + value.len()..];
                    for particle in ["은", "는", "이", "가", "을", "를", "으로", "로", "과", "와"]
                    {
                        assert!(
                            !next.starts_with(particle),
                            "{particle} after {value}: {ko}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn io_errors_map_to_their_problem() {
        let of = |kind: ErrorKind| FileError::from_io("a.json", Role::Input, &kind.into());
        assert_eq!(
            of(ErrorKind::NotFound),
            FileError::Missing {
                path: "a.json".into(),
                role: Role::Input
            }
        );
        let problem = |e: FileError| match e {
            FileError::Unreadable { problem, .. } => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            problem(of(ErrorKind::PermissionDenied)),
            ReadProblem::Denied
        );
        assert_eq!(problem(of(ErrorKind::IsADirectory)), ReadProblem::Directory);
        assert_eq!(problem(of(ErrorKind::InvalidData)), ReadProblem::NotText);
        assert!(matches!(
            problem(of(ErrorKind::Interrupted)),
            ReadProblem::Other(_)
        ));
        assert!(matches!(
            FileError::from_io("-", Role::Input, &ErrorKind::InvalidData.into()),
            FileError::Unreadable { path, .. } if path == "stdin"
        ));
    }
}
