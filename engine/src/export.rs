//! Exports of a report: the results CSV (one row per option × cluster, the
//! figures the matrix shows) and the Markdown design-review summary
//! (matrix, verdict, assumptions, price snapshot, the share link).
//!
//! Both the CLI and the app call these, so a file exported from the browser
//! and one written by `ecs-planner simulate --format csv` are the same.
//! User strings (service and cluster names) are escaped for the format, so
//! a name like `<img src=x onerror=alert(1)>` stays text.

use crate::lang::Lang;
use crate::report::{format_usd, SimulationReport};
use crate::scenario::LaunchType;
use crate::text::option_name;

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The header of [`results_csv`].
pub const RESULTS_CSV_HEADER: &str = "launch_type,layout,cluster,services,instance_type,peak_instances,avg_instances,cluster_monthly_cost_usd,option_monthly_cost_usd,cluster_ideal_monthly_cost_usd";

/// One row per option × cluster; costs in USD to the cent.
pub fn results_csv(report: &SimulationReport) -> String {
    let mut out = format!("{RESULTS_CSV_HEADER}\n");
    for option in &report.options {
        for cluster in &option.clusters {
            let row = [
                csv_field(option.launch_type.as_str()),
                csv_field(&option.layout),
                csv_field(&cluster.name),
                csv_field(&cluster.services.join(";")),
                csv_field(cluster.instance_type.as_deref().unwrap_or("")),
                cluster
                    .peak_instances
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                cluster
                    .avg_instances
                    .map(|a| format!("{a:.2}"))
                    .unwrap_or_default(),
                format!("{:.2}", cluster.monthly_cost_usd),
                format!("{:.2}", option.monthly_cost_usd),
                cluster
                    .ideal_monthly_cost_usd
                    .map(|c| format!("{c:.2}"))
                    .unwrap_or_default(),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out.trim_end().to_string()
}

/// Text safe inside Markdown (and any HTML a renderer makes of it): HTML
/// special characters become entities, Markdown punctuation is escaped, and
/// line breaks become spaces.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '(' | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The design-review summary. `link`: the share link to the same picture.
pub fn markdown_summary(report: &SimulationReport, link: Option<&str>) -> String {
    let mut out = String::from("# ECS Planner: Fargate or EC2, and how many clusters\n\n");
    out.push_str(&format!(
        "Region **{}**, {} simulated hours (monthly = cost over the horizon × 730 / {}).\n\n",
        markdown_text(&report.region),
        report.horizon_hours,
        report.horizon_hours
    ));
    if let Some(link) = link {
        out.push_str(&format!(
            "Open this picture: <{}>\n\n",
            link.replace(['<', '>', ' '], "")
        ));
    }
    out.push_str("## Comparison\n\n");
    out.push_str("| option | monthly | vs cheapest | peak instances | CPU reserved | memory reserved | ideal repack | idle / rounding |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (i, option) in report.options.iter().enumerate() {
        let mark = if report.cheapest == Some(i) {
            " (cheapest)"
        } else {
            ""
        };
        let ec2 = option.launch_type == LaunchType::Ec2;
        out.push_str(&format!(
            "| {}{mark} | {} | +{} | {} | {:.1}% | {:.1}% | {} | {} |\n",
            markdown_text(&option_name(option, Lang::En)),
            format_usd(option.monthly_cost_usd),
            format_usd(option.delta_vs_cheapest_usd),
            if ec2 {
                option.peak_instances.to_string()
            } else {
                "–".to_string()
            },
            option.avg_cpu_reserved_pct,
            option.avg_memory_reserved_pct,
            option
                .ideal_monthly_cost_usd
                .map_or_else(|| "–".to_string(), format_usd),
            format_usd(option.idle_monthly_cost_usd),
        ));
    }
    out.push_str("\n## Clusters\n\n");
    for option in &report.options {
        out.push_str(&format!(
            "**{}**\n\n",
            markdown_text(&option_name(option, Lang::En))
        ));
        for cluster in &option.clusters {
            let instances = cluster
                .peak_instances_label()
                .map_or_else(String::new, |l| format!(", up to {}", markdown_text(&l)));
            let services: Vec<String> = cluster.services.iter().map(|s| markdown_text(s)).collect();
            out.push_str(&format!(
                "- {}: {}{instances} ({})\n",
                markdown_text(&cluster.name),
                format_usd(cluster.monthly_cost_usd),
                services.join(", ")
            ));
        }
        for u in &option.unplaced {
            out.push_str(&format!(
                "- unplaced: {} × {}: {}\n",
                u.tasks,
                markdown_text(&u.service),
                markdown_text(&u.reason)
            ));
        }
        out.push('\n');
    }
    out.push_str("## Verdict\n\n");
    for sentence in &report.verdict {
        out.push_str(&format!("- {}\n", markdown_text(sentence)));
    }
    out.push_str("\n## Assumptions\n\n");
    for assumption in &report.assumptions {
        out.push_str(&format!("- {}\n", markdown_text(assumption)));
    }
    out.push_str(&format!(
        "\nPrice snapshot: {}.\n",
        markdown_text(&report.pricing_snapshot)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::costs as simulate;
    use crate::pricing::bundled;
    use crate::validate::parse_scenario;

    const XSS: &str = "<img src=x onerror=alert(1)>";

    fn xss_report() -> SimulationReport {
        let json = format!(
            r#"{{"version": 1, "region": "us-east-1", "horizon_hours": 24,
                "services": [{{"name": "{XSS}", "cpu": 512, "memory": 1024, "count": 2}}],
                "layouts": ["single"]}}"#
        );
        simulate(
            &parse_scenario(&json, bundled()).unwrap().scenario,
            bundled(),
        )
    }

    #[test]
    fn markdown_text_escapes_html_and_markdown() {
        let check = |input: &str, expected: &str| assert_eq!(markdown_text(input), expected);
        check(XSS, "&lt;img src=x onerror=alert\\(1\\)&gt;");
        check("a|b", "a\\|b");
        check("[x](http://e)", "\\[x\\]\\(http://e\\)");
        check("line\nbreak", "line break");
        check("plain-name_1", "plain-name\\_1");
    }

    #[test]
    fn summary_never_carries_a_user_string_as_html() {
        let summary = markdown_summary(&xss_report(), Some("http://127.0.0.1/#v1=abc"));
        assert!(!summary.contains("<img"), "{summary}");
        assert!(summary.contains("&lt;img src=x onerror=alert\\(1\\)&gt;"));
        assert!(summary.contains("Open this picture: <http://127.0.0.1/#v1=abc>"));
        // 2 × (0.5 × 0.04048 + 1 × 0.004445) × 730 = $36.0401 → "$36.04".
        assert!(
            summary.contains("| Fargate on one shared cluster"),
            "{summary}"
        );
        assert!(summary.contains("$36.04"), "{summary}");
        assert!(summary.contains("## Verdict"));
        assert!(summary.contains("Price snapshot: Fargate 2025-11"));
    }

    #[test]
    fn csv_quotes_names_with_commas_and_quotes() {
        let check = |input: &str, expected: &str| assert_eq!(csv_field(input), expected);
        check("api", "api");
        check("a,b", "\"a,b\"");
        check("say \"hi\"", "\"say \"\"hi\"\"\"");
        let csv = results_csv(&xss_report());
        let first_row = csv.lines().nth(1).unwrap();
        // 2 × 0.024685 × 730 = 36.0401 → 36.04.
        assert_eq!(
            first_row,
            format!("fargate,single,shared,{XSS},,,,36.04,36.04,")
        );
    }
}
