//! Number formatting for the page: USD amounts, percentages, durations.
//!
//! Pure functions so that native tests pin the exact text the e2e tests and
//! outside checks read (`$1,234.56`).

/// `1234.5` → `$1,234.50`; negative amounts get a leading minus sign. The
/// engine's one money formatter (`report::format_usd`), so the page and the
/// CLI agree to the cent; a non-finite figure shows as a dash.
pub fn usd(amount_usd: f64) -> String {
    if !amount_usd.is_finite() {
        return "—".to_string();
    }
    ecs_planner_engine::report::format_usd(amount_usd)
}

/// Four decimals for hourly figures: `0.271535` → `$0.2715`.
pub fn usd4(amount_usd: f64) -> String {
    if !amount_usd.is_finite() {
        return "—".to_string();
    }
    format!("${amount_usd:.4}")
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `42.345` → `42.3%`.
pub fn pct(value_pct: f64) -> String {
    if !value_pct.is_finite() {
        return "—".to_string();
    }
    format!("{value_pct:.1}%")
}

/// Signed delta against the cheapest option, e.g. `+$12.00 (+8.1%)`.
pub fn delta_usd(amount_usd: f64, cheapest_usd: f64) -> String {
    let diff = amount_usd - cheapest_usd;
    let rel = if cheapest_usd > 0.0 {
        diff / cheapest_usd * 100.0
    } else {
        0.0
    };
    format!("+{} (+{rel:.1}%)", usd(diff))
}

/// Milliseconds with one decimal.
pub fn ms(value_ms: f64) -> String {
    format!("{value_ms:.1} ms")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(amount: f64, expected: &str) {
        assert_eq!(usd(amount), expected, "usd({amount})");
    }

    #[test]
    fn usd_groups_thousands_and_rounds_to_cents() {
        check(0.0, "$0.00");
        check(0.004, "$0.00");
        check(0.005, "$0.01");
        check(1234.5, "$1,234.50");
        check(177.19668, "$177.20");
        check(1_000_000.0, "$1,000,000.00");
        check(-12.345, "-$12.35");
        check(f64::NAN, "—");
    }

    #[test]
    fn delta_is_signed_and_relative() {
        // 110 vs 100: +$10.00, 10 / 100 = 10.0%
        assert_eq!(delta_usd(110.0, 100.0), "+$10.00 (+10.0%)");
    }
}
