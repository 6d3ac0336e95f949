//! The CLI's language: `--lang en|ko` anywhere on the command line (a clap
//! global option read by [`parse_lang`]), else the
//! POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one
//! set and non-empty, as `setlocale` reads them), else English. And the
//! display width of text, for tables: Hangul takes two terminal columns.

use ecs_planner_engine::lang::Lang;

/// The value of `--lang`: `en` or `ko`.
pub fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value).ok_or_else(|| format!("--lang {value}: unknown language; use en or ko"))
}

/// The language of the locale variables `var` reads.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.trim().is_empty())
        .map_or(Lang::En, |value| Lang::from_locale(&value))
}

/// Terminal columns of `text`: East Asian wide characters (Hangul, CJK,
/// full-width forms) take two, everything else one.
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F     // Hangul Jamo (leading consonants)
        | 0x2E80..=0x303E   // CJK radicals, punctuation
        | 0x3041..=0x33FF   // kana, Hangul compatibility Jamo, CJK symbols
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xA960..=0xA97F   // Hangul Jamo extended A
        | 0xAC00..=0xD7A3   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0xFE30..=0xFE4F   // CJK compatibility forms
        | 0xFF00..=0xFF60   // full-width forms
        | 0xFFE0..=0xFFE6)
}

/// `text` padded with spaces to `width` columns, on the right (`left`
/// aligned) or on the left.
pub fn pad(text: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(text)));
    if left {
        format!("{text}{fill}")
    } else {
        format!("{fill}{text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_takes_en_or_ko() {
        assert_eq!(parse_lang("ko"), Ok(Lang::Ko));
        assert_eq!(parse_lang("en"), Ok(Lang::En));
        assert!(parse_lang("fr").unwrap_err().contains("--lang fr"));
    }

    #[test]
    fn the_locale_is_read_in_the_order_setlocale_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(from_locale(env(&[("LANG", "ko_KR.UTF-8")])), Lang::Ko);
        assert_eq!(
            from_locale(env(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            from_locale(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "ko_KR"),
                ("LANG", "C")
            ])),
            Lang::Ko
        );
        assert_eq!(from_locale(env(&[])), Lang::En);
    }

    #[test]
    fn hangul_is_two_columns_wide() {
        // "CPU " 4 + 3 syllables × 2 = 10; 6 syllables × 2 + 2 spaces = 14.
        assert_eq!(display_width("CPU 예약률"), 10);
        assert_eq!(display_width("최저 비용 옵션"), 14);
        assert_eq!(display_width("$1,234.56 ×·"), 12);
        assert_eq!(pad("월 비용", 9, true), "월 비용  ");
        assert_eq!(pad("$1.00", 7, false), "  $1.00");
    }
}
