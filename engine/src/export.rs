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
use crate::text::{option_name, render_all};

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The header of [`results_csv`] in English (the column names scripts read).
pub const RESULTS_CSV_HEADER: &str = "launch_type,layout,cluster,services,instance_type,peak_instances,avg_instances,cluster_monthly_cost_usd,option_monthly_cost_usd,cluster_ideal_monthly_cost_usd,capacity_providers";

/// The same columns named in Korean, for a spreadsheet opened in a Korean
/// design review. The values stay identifiers (`fargate`, `single`) and
/// figures, as in English.
pub const RESULTS_CSV_HEADER_KO: &str = "시작 유형,클러스터 구성,클러스터,서비스,인스턴스 유형,최대 인스턴스 수,평균 인스턴스 수,클러스터 월 비용(USD),옵션 월 비용(USD),클러스터 이상적 재배치 월 비용(USD),용량 공급자";

/// The header of [`results_csv`] in `lang`.
pub fn results_csv_header(lang: Lang) -> &'static str {
    match lang {
        Lang::En => RESULTS_CSV_HEADER,
        Lang::Ko => RESULTS_CSV_HEADER_KO,
    }
}

/// One row per option × cluster; costs in USD to the cent; the header in
/// `lang` (`--lang en` for scripts that read the English column names).
pub fn results_csv(report: &SimulationReport, lang: Lang) -> String {
    let mut out = format!("{}\n", results_csv_header(lang));
    for option in &report.options {
        for cluster in &option.clusters {
            let row = [
                csv_field(option.launch_type.as_str()),
                csv_field(option.layout.as_str()),
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
                // `name: peak × type` per capacity provider, `;` between.
                csv_field(
                    &cluster
                        .providers
                        .iter()
                        .map(|p| format!("{}: {} × {}", p.name, p.peak_instances, p.instance_type))
                        .collect::<Vec<_>>()
                        .join(";"),
                ),
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

/// The fixed words of the summary, per language.
struct SummaryWords {
    title: &'static str,
    comparison: &'static str,
    header: &'static str,
    cheapest: &'static str,
    clusters: &'static str,
    verdict: &'static str,
    assumptions: &'static str,
}

fn summary_words(lang: Lang) -> SummaryWords {
    match lang {
        Lang::En => SummaryWords {
            title: "# ECS Planner: Fargate or EC2, and how many clusters",
            comparison: "## Comparison",
            header: "| option | monthly | vs cheapest | peak instances | CPU reserved | memory reserved | ideal repack | idle / rounding |",
            cheapest: " (cheapest)",
            clusters: "## Clusters",
            verdict: "## Verdict",
            assumptions: "## Assumptions",
        },
        Lang::Ko => SummaryWords {
            title: "# ECS Planner: Fargate와 EC2, 그리고 클러스터 구성",
            comparison: "## 비교",
            header: "| 옵션 | 월 비용 | 최저 대비 | 최대 인스턴스 | CPU 예약률 | 메모리 예약률 | 이상적 재배치 | 유휴·올림 비용 |",
            cheapest: " (최저가)",
            clusters: "## 클러스터",
            verdict: "## 결론",
            assumptions: "## 이 수치의 전제",
        },
    }
}

/// The design-review summary in `lang`. `link`: the share link to the same
/// picture. The verdict is rendered from the report's typed findings when it
/// carries them (else its text is used as it is, e.g. a report read back
/// from the page's worker, already rendered in `lang`).
pub fn markdown_summary(report: &SimulationReport, link: Option<&str>, lang: Lang) -> String {
    let words = summary_words(lang);
    let mut out = format!("{}\n\n", words.title);
    let hours = report.horizon_hours;
    let region = markdown_text(&report.region);
    out.push_str(&match lang {
        Lang::En => format!(
            "Region **{region}**, {hours} simulated hours (monthly = cost over the horizon × 730 / {hours}).\n\n"
        ),
        Lang::Ko => format!(
            "리전 **{region}**, 시뮬레이션 {hours}시간(월 비용 = 기간 비용 × 730 / {hours}).\n\n"
        ),
    });
    if let Some(link) = link {
        let link = link.replace(['<', '>', ' '], "");
        out.push_str(&match lang {
            Lang::En => format!("Open this picture: <{link}>\n\n"),
            Lang::Ko => format!("이 결과 열기: <{link}>\n\n"),
        });
    }
    out.push_str(&format!("{}\n\n{}\n", words.comparison, words.header));
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (i, option) in report.options.iter().enumerate() {
        let mark = if report.cheapest == Some(i) {
            words.cheapest
        } else {
            ""
        };
        let ec2 = option.launch_type == LaunchType::Ec2;
        out.push_str(&format!(
            "| {}{mark} | {} | +{} | {} | {:.1}% | {:.1}% | {} | {} |\n",
            markdown_text(&option_name(option, lang)),
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
    out.push_str(&format!("\n{}\n\n", words.clusters));
    for option in &report.options {
        out.push_str(&format!(
            "**{}**\n\n",
            markdown_text(&option_name(option, lang))
        ));
        for cluster in &option.clusters {
            let named = cluster.providers.iter().any(|p| p.named);
            let instances = match (&cluster.instance_type, cluster.peak_instances) {
                // Several providers, or one the user named: each
                // provider's name, peak and type, and its services.
                _ if cluster.providers.len() > 1 || named => {
                    let providers: Vec<String> = cluster
                        .providers
                        .iter()
                        .map(|p| {
                            let (name, t, peak) = (
                                markdown_text(&p.name),
                                markdown_text(&p.instance_type),
                                p.peak_instances,
                            );
                            let services: Vec<String> =
                                p.services.iter().map(|s| markdown_text(s)).collect();
                            let services = services.join(", ");
                            match lang {
                                Lang::En => format!("{name} up to {peak} × {t} ({services})"),
                                Lang::Ko => format!("{name} 최대 {t} {peak}대({services})"),
                            }
                        })
                        .collect();
                    match lang {
                        Lang::En => format!(", capacity providers: {}", providers.join("; ")),
                        Lang::Ko => format!(", 용량 공급자: {}", providers.join("; ")),
                    }
                }
                (Some(t), Some(peak)) => match lang {
                    Lang::En => format!(", up to {peak} × {}", markdown_text(t)),
                    Lang::Ko => format!(", 최대 {} {peak}대", markdown_text(t)),
                },
                _ => String::new(),
            };
            let services: Vec<String> = cluster.services.iter().map(|s| markdown_text(s)).collect();
            out.push_str(&format!(
                "- {}: {}{instances} ({})\n",
                markdown_text(&cluster.name),
                format_usd(cluster.monthly_cost_usd),
                services.join(", ")
            ));
        }
        for u in &option.unplaced {
            let (tasks, service, reason) =
                (u.tasks, markdown_text(&u.service), markdown_text(&u.reason));
            out.push_str(&match lang {
                Lang::En => format!("- unplaced: {tasks} × {service}: {reason}\n"),
                Lang::Ko => format!("- 미배치: {service} 서비스의 태스크 {tasks}개: {reason}\n"),
            });
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n\n", words.verdict));
    let verdict = if report.verdict_findings.is_empty() {
        report.verdict.clone()
    } else {
        render_all(&report.verdict_findings, lang)
    };
    for sentence in &verdict {
        out.push_str(&format!("- {}\n", markdown_text(sentence)));
    }
    out.push_str(&format!("\n{}\n\n", words.assumptions));
    for assumption in &report.assumptions {
        out.push_str(&format!("- {}\n", markdown_text(assumption)));
    }
    let snapshot = markdown_text(&report.pricing_snapshot);
    out.push_str(&match lang {
        Lang::En => format!("\nPrice snapshot: {snapshot}.\n"),
        Lang::Ko => format!("\n가격 스냅샷: {snapshot}.\n"),
    });
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
        let summary = markdown_summary(&xss_report(), Some("http://127.0.0.1/#v1=abc"), Lang::En);
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
        let csv = results_csv(&xss_report(), Lang::En);
        let first_row = csv.lines().nth(1).unwrap();
        // 2 × 0.024685 × 730 = 36.0401 → 36.04; no ideal, no providers on Fargate.
        assert_eq!(
            first_row,
            format!("fargate,single,shared,{XSS},,,,36.04,36.04,,")
        );
    }

    #[test]
    fn the_korean_summary_has_korean_words_and_the_english_figures() {
        let report = xss_report();
        let en = markdown_summary(&report, Some("http://127.0.0.1/#v1=abc"), Lang::En);
        let ko = markdown_summary(&report, Some("http://127.0.0.1/#v1=abc"), Lang::Ko);
        // The same $36.04 (2 × 0.024685 × 730 = 36.0401) under Korean words.
        assert!(
            ko.contains("# ECS Planner: Fargate와 EC2, 그리고 클러스터 구성"),
            "{ko}"
        );
        assert!(ko.contains("| 옵션 | 월 비용 | 최저 대비 |"), "{ko}");
        assert!(
            ko.contains("| Fargate · 공유 클러스터 하나 (최저가) | $36.04 |"),
            "{ko}"
        );
        assert!(
            ko.contains("## 결론") && ko.contains("## 이 수치의 전제"),
            "{ko}"
        );
        assert!(
            ko.contains("이 결과 열기: <http://127.0.0.1/#v1=abc>"),
            "{ko}"
        );
        assert!(ko.contains("리전 **us-east-1**, 시뮬레이션 24시간"), "{ko}");
        assert!(ko.contains("최저 비용: Fargate"), "{ko}");
        assert!(!ko.contains("<img"), "{ko}");
        for english in ["## Verdict", "Cheapest:", "Region **", "(cheapest)"] {
            assert!(!ko.contains(english), "{english} left in {ko}");
        }
        // Every `$` amount: `$` then digits, commas and a decimal point.
        let dollars = |text: &str| -> Vec<String> {
            text.split('$')
                .skip(1)
                .map(|rest| {
                    let amount: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                        .collect();
                    amount.trim_end_matches(['.', ',']).to_string()
                })
                .collect()
        };
        let (mut a, mut b) = (dollars(&en), dollars(&ko));
        a.sort();
        b.sort();
        assert!(!a.is_empty());
        assert_eq!(a, b, "the same dollar figures in both summaries");
    }

    #[test]
    fn the_korean_csv_names_its_columns_in_korean_over_the_same_rows() {
        let report = xss_report();
        let en = results_csv(&report, Lang::En);
        let ko = results_csv(&report, Lang::Ko);
        assert_eq!(en.lines().next(), Some(RESULTS_CSV_HEADER));
        assert_eq!(ko.lines().next(), Some(RESULTS_CSV_HEADER_KO));
        assert_eq!(
            RESULTS_CSV_HEADER.split(',').count(),
            RESULTS_CSV_HEADER_KO.split(',').count()
        );
        // Rows are identifiers and figures: the same in both languages.
        assert_eq!(
            en.lines().skip(1).collect::<Vec<_>>(),
            ko.lines().skip(1).collect::<Vec<_>>()
        );
    }
}
