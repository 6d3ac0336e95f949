//! The languages the product speaks. Every user-facing text — findings,
//! validation messages, page chrome — is rendered *per language from data*:
//! the engine and the app keep figures and names as typed values and only
//! turn them into words at the edge, with one exhaustive `match` per
//! language, so the compiler refuses a message that lacks a rendering.

use serde::{Deserialize, Serialize};

/// A language of the user interface, the CLI and the exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default everywhere a language is not known).
    #[default]
    En,
    /// Korean, as Korean engineers write about ECS (AWS's Korean terms).
    Ko,
}

impl Lang {
    /// Every language, in the order a picker lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag: `en`, `ko` (for `<html lang>` and storage).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, for a switch: "English", "한국어".
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Exactly `en` or `ko` (what `--lang` and storage hold).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// A browser language or a POSIX locale (`ko-KR`, `ko_KR.UTF-8`, `ko`,
    /// `en-US`, `C`): Korean for any `ko*`, English otherwise.
    pub fn from_locale(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "ko" || tag.starts_with("ko-") || tag.starts_with("ko_") || tag.starts_with("ko.")
        {
            Lang::Ko
        } else {
            Lang::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_starting_with_ko_are_korean_and_everything_else_english() {
        let check =
            |tag: &str, expected: Lang| assert_eq!(Lang::from_locale(tag), expected, "{tag}");
        check("ko", Lang::Ko);
        check("ko-KR", Lang::Ko);
        check("ko_KR.UTF-8", Lang::Ko);
        check("KO-kr", Lang::Ko);
        check("en-US", Lang::En);
        check("C", Lang::En);
        check("", Lang::En);
        check("kok", Lang::En); // Konkani, not Korean
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
