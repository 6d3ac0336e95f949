//! Every figure a rendered finding prints is a figure of the report it came
//! from, for a ladder of scenarios (discounts, Fargate and EC2 Spot, custom
//! layouts, daemons, awsvpc, Windows, ARM in Seoul with providers per task
//! shape, a task too big for anything), in English and Korean. The verdict's
//! figures are checked against report fields (or the one subtraction or
//! ratio the sentence names, worked out here by hand); every other finding
//! (option notes, assumptions, unplaced and Fargate-fallback reasons, the
//! instance-type search, providers, runners-up) prints only its own
//! figures, and each USD amount it prints is a report field or a
//! difference of two. The report's typed findings are left out of the
//! fields searched, so a figure cannot be found in itself.

#![allow(clippy::panic, clippy::unwrap_used)] // test helpers fail loudly
use ecs_planner_engine::analysis::analyze;
use ecs_planner_engine::findings::{LayoutCost, OptionKey, OptionNote, VerdictFinding};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::report::{format_usd, SimulationReport};
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::parse_scenario;
use serde_json::Value;

const SHOP: &str = include_str!("../../examples/shop.json");

/// The shop example with `edit` applied to its JSON.
fn shop_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(SHOP).unwrap();
    edit(&mut doc);
    doc.to_string()
}

fn ladder() -> Vec<(&'static str, String)> {
    vec![
        ("shop", SHOP.to_string()),
        (
            "50% Fargate discount, a 0.25 vCPU / 3 GB service",
            shop_with(|d| {
                d["pricing"]["fargate_discount_pct"] = 50.into();
                d["services"]
                    .as_array_mut()
                    .unwrap()
                    .push(serde_json::json!(
                        {"name": "odd", "cpu": 256, "memory": 3072, "count": 3}
                    ));
            }),
        ),
        (
            "half on Spot, 30% EC2 discount",
            shop_with(|d| {
                d["fargate"]["spot_share"] = 0.5.into();
                d["pricing"]["ec2_discount_pct"] = 30.into();
            }),
        ),
        (
            "custom layout",
            shop_with(|d| {
                d["layouts"] = serde_json::json!(["single", "custom"]);
                d["custom_clusters"] = serde_json::json!([
                    {"name": "front", "services": ["api", "web"], "launch_type": "fargate"},
                    {"name": "back", "services": ["worker"], "launch_type": "ec2"}
                ]);
            }),
        ),
        (
            "daemon, awsvpc, a task too big for anything",
            shop_with(|d| {
                let services = d["services"].as_array_mut().unwrap();
                services[0]["network_mode"] = "awsvpc".into();
                services.push(serde_json::json!(
                    {"name": "agent", "cpu": 128, "memory": 256, "daemon": true}
                ));
                services.push(serde_json::json!(
                    {"name": "huge", "cpu": 32768, "memory": 262144, "count": 1}
                ));
            }),
        ),
        (
            "Windows on Fargate beside EC2, ECS's default strategy, ops figures",
            shop_with(|d| {
                d["ec2"] = serde_json::json!({
                    "ops_usd_per_cluster_month": 150, "ops_usd_per_instance_month": 12.5,
                    "ops_engineer_usd_per_hour": 95
                });
                d["services"]
                    .as_array_mut()
                    .unwrap()
                    .push(serde_json::json!(
                        {"name": "legacy", "cpu": 2048, "memory": 8192, "count": 4, "os": "windows"}
                    ));
            }),
        ),
        (
            "nothing complete: an 8 vCPU Windows task",
            shop_with(|d| {
                d["services"].as_array_mut().unwrap().push(serde_json::json!(
                    {"name": "big-win", "cpu": 8192, "memory": 16384, "count": 1, "os": "windows"}
                ));
            }),
        ),
        (
            "Seoul, ARM and x86 services, providers per task shape",
            shop_with(|d| {
                d["region"] = "ap-northeast-2".into();
                d["services"].as_array_mut().unwrap().extend([
                    serde_json::json!({"name": "graph", "cpu": 1024, "memory": 2048, "count": 2, "arch": "arm64"}),
                    serde_json::json!({"name": "cache", "cpu": 512, "memory": 4096, "count": 3}),
                ]);
            }),
        ),
        (
            "EC2 Spot: half the rest at 70% off after one on-demand instance",
            shop_with(|d| {
                d["ec2"]["spot_share"] = 0.5.into();
                d["ec2"]["spot_on_demand_base"] = 1.into();
                d["ec2"]["spot_discount_pct"] = 70.into();
            }),
        ),
        (
            "named capacity providers, one with its own Spot",
            shop_with(|d| {
                d["ec2"]["capacity_providers"] = serde_json::json!([
                    {"name": "front", "instance_type": "c5.large"},
                    {"name": "batch", "spot_share": 0.5, "spot_discount_pct": 60}
                ]);
                d["services"][0]["capacity_provider"] = "front".into();
                d["services"][2]["capacity_provider"] = "batch".into();
            }),
        ),
        (
            "EC2 Spot discount set, no Spot share yet: Spot would change it",
            shop_with(|d| {
                d["ec2"]["spot_discount_pct"] = 70.into();
            }),
        ),
        (
            "EC2 wins: big steady tasks, deep EC2 discount",
            shop_with(|d| {
                d["pricing"]["ec2_discount_pct"] = 60.into();
                d["services"] = serde_json::json!([
                    {"name": "batch", "cpu": 4096, "memory": 8192, "count": 12}
                ]);
            }),
        ),
    ]
}

/// Every number anywhere in the report's JSON.
fn numbers(value: &Value, out: &mut Vec<f64>) {
    match value {
        Value::Number(n) => out.extend(n.as_f64()),
        Value::Array(items) => items.iter().for_each(|v| numbers(v, out)),
        Value::Object(map) => map.values().for_each(|v| numbers(v, out)),
        _ => {}
    }
}

/// The report's fields that hold findings (typed copies of figures).
const FINDING_FIELDS: [&str; 7] = [
    "verdict_findings",
    "note_findings",
    "assumption_findings",
    "reason_finding",
    "why_finding",
    "instance_type_choice",
    "providers_choice",
];

fn strip_findings(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(strip_findings),
        Value::Object(map) => {
            for key in FINDING_FIELDS {
                map.remove(key);
            }
            map.values_mut().for_each(strip_findings);
        }
        _ => {}
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

struct Fields(Vec<f64>);

impl Fields {
    /// The report's figures, without the typed findings it also carries
    /// (`verdict_findings`, `note_findings`, …): a finding's figure must be
    /// found in a field beside it, not in itself.
    fn of(report: &SimulationReport) -> Self {
        let mut value = serde_json::to_value(report).unwrap();
        strip_findings(&mut value);
        let mut out = Vec::new();
        numbers(&value, &mut out);
        Fields(out)
    }

    fn has(&self, x: f64) -> bool {
        self.0.iter().any(|&v| close(v, x))
    }

    /// `x` is `a − b` for two report figures.
    fn has_difference(&self, x: f64) -> bool {
        self.0
            .iter()
            .any(|&a| self.0.iter().any(|&b| close(a - b, x)))
    }
}

fn option_cost(report: &SimulationReport, key: &str) -> f64 {
    report
        .options
        .iter()
        .find(|o| o.key() == key)
        .map(|o| o.monthly_cost_usd)
        .unwrap_or_else(|| panic!("no option {key}"))
}

/// The finding's figures are the report's.
fn check_against_report(
    name: &str,
    f: &VerdictFinding,
    report: &SimulationReport,
    fields: &Fields,
) {
    let ctx = format!("{name}: {f:?}");
    match f {
        VerdictFinding::NothingToCompare => {}
        VerdictFinding::Cheapest {
            winner,
            winner_usd,
            saving_usd,
            saving_pct,
            rival,
            rival_usd,
        } => {
            assert_eq!(
                *winner_usd,
                option_cost(report, &winner.to_string()),
                "{ctx}"
            );
            assert_eq!(*rival_usd, option_cost(report, &rival.to_string()), "{ctx}");
            // saving = rival − winner; its share of the rival's bill.
            assert!(close(*saving_usd, rival_usd - winner_usd), "{ctx}");
            assert!(close(*saving_pct, saving_usd / rival_usd * 100.0), "{ctx}");
        }
        VerdictFinding::SameCost {
            winner,
            monthly_usd,
            ..
        }
        | VerdictFinding::OnlyOption {
            winner,
            monthly_usd,
        } => assert_eq!(
            *monthly_usd,
            option_cost(report, &winner.to_string()),
            "{ctx}"
        ),
        VerdictFinding::Ec2Wins {
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
            strategy,
            ..
        } => {
            assert!(
                fields.has(*cpu_reserved_pct) && fields.has(*memory_reserved_pct),
                "{ctx}"
            );
            assert!(fields.has(*idle_usd), "{ctx}");
            assert_eq!(strategy, &report.placement_strategy, "{ctx}");
        }
        VerdictFinding::FargateWins {
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
            ..
        } => {
            assert!(
                fields.has(*cpu_reserved_pct) && fields.has(*memory_reserved_pct),
                "{ctx}"
            );
            assert!(fields.has(*idle_usd), "{ctx}");
        }
        VerdictFinding::FargateParity {
            instance_type,
            share,
        } => assert!(
            report
                .options
                .iter()
                .flat_map(|o| &o.clusters)
                .any(|c| c.instance_type.as_ref() == Some(instance_type)
                    && c.fargate_parity_share == Some(*share)),
            "{ctx}"
        ),
        VerdictFinding::EniLimit {
            tasks_per_instance,
            tasks_with_trunking,
            cpu_reserved_pct,
            ..
        } => {
            assert!(fields.has(f64::from(*tasks_per_instance)), "{ctx}");
            assert!(fields.has(f64::from(*tasks_with_trunking)), "{ctx}");
            assert!(fields.has(*cpu_reserved_pct), "{ctx}");
        }
        VerdictFinding::Rounding {
            service,
            monthly_waste_usd,
            ..
        } => {
            assert!(fields.has(*monthly_waste_usd), "{ctx}");
            // The Fargate option's note prints the same figure.
            // One money formatter: the note and the verdict both print
            // `report::format_usd`.
            let note = format!("wasting {}/month", format_usd(*monthly_waste_usd));
            assert!(
                report
                    .options
                    .iter()
                    .flat_map(|o| &o.notes)
                    .any(|n| n.starts_with(&format!("{service}:")) && n.contains(&note)),
                "{ctx}: no note says {note}"
            );
        }
        VerdictFinding::Layouts { parts } => {
            for part in parts {
                match part {
                    // ec2/<layout> − ec2/single.
                    LayoutCost::Dearer {
                        layout,
                        extra_usd,
                        ops_usd,
                        daemons_usd,
                        instances_usd,
                        avg_instances,
                        single_avg_instances,
                        ..
                    } => {
                        let other = report
                            .options
                            .iter()
                            .find(|o| o.key() == OptionKey::new(LaunchType::Ec2, *layout))
                            .unwrap();
                        let single = report
                            .options
                            .iter()
                            .find(|o| o.key() == "ec2/single")
                            .unwrap();
                        // ec2/<layout> − ec2/single, and its parts: the
                        // ops and daemon figures' differences, and the rest.
                        assert!(
                            close(*extra_usd, other.monthly_cost_usd - single.monthly_cost_usd),
                            "{ctx}"
                        );
                        assert!(
                            close(
                                *ops_usd,
                                other.ops_monthly_cost_usd - single.ops_monthly_cost_usd
                            ),
                            "{ctx}"
                        );
                        assert!(
                            close(
                                *daemons_usd,
                                other.daemon_monthly_cost_usd - single.daemon_monthly_cost_usd
                            ),
                            "{ctx}"
                        );
                        assert!(
                            close(*instances_usd, extra_usd - ops_usd - daemons_usd),
                            "{ctx}"
                        );
                        assert_eq!(*avg_instances, other.avg_instances, "{ctx}");
                        assert_eq!(*single_avg_instances, single.avg_instances, "{ctx}");
                    }
                    LayoutCost::Cheaper { saving_usd, .. } => {
                        assert!(fields.has_difference(*saving_usd), "{ctx}")
                    }
                    LayoutCost::OnlyClusterCosts { extra_usd, .. } => {
                        assert!(fields.has_difference(*extra_usd), "{ctx}")
                    }
                    LayoutCost::SameWithProviders { .. } => {}
                }
            }
        }
        VerdictFinding::Fragmentation {
            option,
            gap_usd,
            ideal_usd,
        } => {
            assert!(fields.has(*ideal_usd), "{ctx}");
            // As-ECS − ideal.
            assert!(
                close(
                    *gap_usd,
                    option_cost(report, &option.to_string()) - ideal_usd
                ),
                "{ctx}"
            );
        }
        VerdictFinding::Unplaced { tasks, .. } => assert!(fields.has(f64::from(*tasks)), "{ctx}"),
        VerdictFinding::NoCompleteOption => {}
        VerdictFinding::FargateCheaperBeforeOps { ops_usd, .. } => {
            assert!(fields.has(*ops_usd), "{ctx}")
        }
        VerdictFinding::FargateFallback {
            option,
            parts,
            fallback_usd,
            option_usd,
        } => {
            let o = report.options.iter().find(|o| o.key() == *option).unwrap();
            assert!(
                close(*fallback_usd, o.fargate_fallback_monthly_cost_usd),
                "{ctx}"
            );
            assert!(close(*option_usd, o.monthly_cost_usd), "{ctx}");
            for p in parts {
                assert!(
                    fields.has(p.monthly_usd) && fields.has(f64::from(p.tasks)),
                    "{ctx}"
                );
            }
        }
        VerdictFinding::OpsBreakEven {
            ec2,
            fargate,
            saving_usd,
            ops_usd,
            engineer_usd_per_hour,
            hours,
        } => {
            // Best Fargate − best EC2.
            let saving =
                option_cost(report, &fargate.to_string()) - option_cost(report, &ec2.to_string());
            assert!(close(*saving_usd, saving), "{ctx}");
            assert!(fields.has(*ops_usd), "{ctx}");
            assert_eq!(
                *engineer_usd_per_hour, report.ops_engineer_usd_per_hour,
                "{ctx}"
            );
            if let (Some(rate), Some(h)) = (engineer_usd_per_hour, hours) {
                assert!(close(*h, saving / rate), "{ctx}");
            }
        }
        VerdictFinding::BinpackSaving {
            option,
            binpack_usd,
            option_usd,
            saving_usd,
            ..
        } => {
            assert!(fields.has(*binpack_usd), "{ctx}");
            assert!(
                close(*option_usd, option_cost(report, &option.to_string())),
                "{ctx}"
            );
            assert!(close(*saving_usd, option_usd - binpack_usd), "{ctx}");
        }
        VerdictFinding::WhatWouldChange {
            rival,
            winner,
            needed_pct,
        } => {
            // 1 − winner ÷ rival, in percent.
            let expected = (1.0
                - option_cost(report, &winner.to_string())
                    / option_cost(report, &rival.to_string()))
                * 100.0;
            assert!(close(*needed_pct, expected), "{ctx}");
        }
        VerdictFinding::SpotWouldChange {
            ec2,
            fargate,
            discount_pct,
            spot_usd,
            fargate_usd,
        } => {
            let rival = report.options.iter().find(|o| o.key() == *ec2).unwrap();
            // ec2's cost − its all-Spot saving; the Fargate winner's cost.
            assert!(
                close(
                    *spot_usd,
                    rival.monthly_cost_usd - rival.spot_full_saving_usd
                ),
                "{ctx}"
            );
            assert_eq!(
                *fargate_usd,
                option_cost(report, &fargate.to_string()),
                "{ctx}"
            );
            assert!(*spot_usd < *fargate_usd, "{ctx}");
            assert_eq!(*discount_pct, report.ec2_spot_discount_pct, "{ctx}");
        }
        VerdictFinding::StaysCheaperEverywhere {
            low_scale,
            high_scale,
            ..
        } => assert!(fields.has(*low_scale) && fields.has(*high_scale), "{ctx}"),
        VerdictFinding::Crossover {
            scale,
            low_scale,
            high_scale,
            ..
        } => {
            assert!(fields.has(*low_scale) && fields.has(*high_scale), "{ctx}");
            if let Some(s) = scale {
                assert!(fields.has(*s), "{ctx}");
            }
        }
    }
}

/// `$1,234.56`, `42%`, `1.25×` tokens of a sentence (a Korean scale,
/// `1.25배`, is read as `1.25×`).
fn printed_figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let money = chars[i] == '$';
        if money {
            i += 1;
        }
        let digits_start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',' || chars[i] == '.') {
            i += 1;
        }
        let mut number: String = chars[digits_start..i].iter().collect();
        while number.ends_with(['.', ',']) {
            number.pop();
            i -= 1;
        }
        if number.is_empty() {
            i = start + 1;
            continue;
        }
        let unit = chars.get(i).copied();
        if money {
            out.push(format!("${number}"));
        } else if unit == Some('%') {
            out.push(format!("{number}%"));
        } else if unit == Some('×') || unit == Some('배') {
            out.push(format!("{number}×"));
        }
    }
    out
}

/// Every way a figure of the finding may be printed.
fn spellings(f: &VerdictFinding) -> Vec<String> {
    let mut values = Vec::new();
    numbers(&serde_json::to_value(f).unwrap(), &mut values);
    let mut out = Vec::new();
    for v in values {
        out.push(format_usd(v));
        for x in [v, v * 100.0] {
            out.push(format!("{x:.0}%"));
            out.push(format!("{x}×"));
            out.push(format!("{x:.2}×"));
        }
    }
    out
}

#[test]
fn every_figure_of_every_finding_is_in_its_report() {
    let mut checked = 0;
    for (name, json) in ladder() {
        let scenario = parse_scenario(&json, bundled())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .scenario;
        let report = analyze(&scenario, bundled()).report;
        let fields = Fields::of(&report);
        assert_eq!(
            report.verdict.len(),
            report.verdict_findings.len(),
            "{name}"
        );
        if name.starts_with("EC2 Spot discount set") {
            assert!(
                report
                    .verdict_findings
                    .iter()
                    .any(|f| matches!(f, VerdictFinding::SpotWouldChange { .. })),
                "{name}: {:#?}",
                report.verdict
            );
        }
        for (finding, text) in report.verdict_findings.iter().zip(&report.verdict) {
            check_against_report(name, finding, &report, &fields);
            assert_eq!(&finding.render(Lang::En), text, "{name}");
            let allowed = spellings(finding);
            for lang in Lang::ALL {
                let text = finding.render(lang);
                for figure in printed_figures(&text) {
                    assert!(
                        allowed.contains(&figure),
                        "{name}: {text:?} prints {figure}, not a figure of {finding:?}"
                    );
                    checked += 1;
                }
            }
        }
    }
    // The ladder really exercised the sentences (a handful of figures each,
    // in each language).
    assert!(checked > 120, "only {checked} figures checked");
}

#[test]
fn every_note_is_rendered_from_its_finding_and_its_waste_is_the_reports() {
    let mut roundings = 0;
    for (name, json) in ladder() {
        let scenario = parse_scenario(&json, bundled()).unwrap().scenario;
        let report = analyze(&scenario, bundled()).report;
        for option in &report.options {
            let rendered: Vec<String> = option
                .note_findings
                .iter()
                .map(|n| n.render(Lang::En))
                .collect();
            assert_eq!(rendered, option.notes, "{name}: {}", option.key());
            for note in &option.note_findings {
                // The Korean note prints the English note's figures.
                let sorted = |text: String| {
                    let mut f = printed_figures(&text);
                    f.sort();
                    f
                };
                assert_eq!(
                    sorted(note.render(Lang::En)),
                    sorted(note.render(Lang::Ko)),
                    "{name}: {note:?}"
                );
                if let OptionNote::Rounding {
                    service,
                    monthly_waste_usd,
                    ..
                } = note
                {
                    assert!(
                        option
                            .fargate_rounding
                            .iter()
                            .any(|r| &r.service == service
                                && r.monthly_waste_usd == *monthly_waste_usd),
                        "{name}: {note:?}"
                    );
                    roundings += 1;
                }
            }
        }
    }
    assert!(roundings > 0, "the ladder has a rounded service");
}

#[test]
fn the_discounted_rounding_figure_is_the_same_in_note_and_verdict() {
    // us-east-1 Fargate: 0.04048 USD/vCPU-h. `odd` asks 0.25 vCPU / 3 GB and
    // is billed 0.5 vCPU / 3 GB: 0.25 vCPU × 0.04048 = 0.01012 USD per
    // task-hour more, × 50% discount = 0.00506; 3 tasks × 730 h =
    // 2,190 task-hours a month → 11.0814 USD/month (not the undiscounted
    // 22.16 the verdict used to print).
    let (_, json) = &ladder()[1];
    let scenario = parse_scenario(json, bundled()).unwrap().scenario;
    let report = analyze(&scenario, bundled()).report;
    let sentence = report
        .verdict
        .iter()
        .find(|s| s.starts_with("Fargate rounds odd"))
        .expect("a rounding sentence");
    assert!(sentence.contains("about $11.08/month"), "{sentence}");
    let waste = report.options[0]
        .fargate_rounding
        .iter()
        .find(|r| r.service == "odd")
        .unwrap()
        .monthly_waste_usd;
    assert!((waste - 11.0814).abs() < 1e-9, "{waste}");
    // The Fargate option's note prints the same $11.08 with the same
    // formatter, in English and in Korean.
    let rounding_note = |report: &SimulationReport| {
        report
            .options
            .iter()
            .find(|o| o.key() == "fargate/single")
            .and_then(|o| o.notes.iter().find(|n| n.starts_with("odd:")))
            .cloned()
            .expect("a rounding note on fargate/single")
    };
    let note = rounding_note(&report);
    assert!(note.ends_with("wasting $11.08/month"), "{note}");
    let mut ko = report.clone();
    ecs_planner_engine::text::render_report(&mut ko, Lang::Ko);
    let note_ko = rounding_note(&ko);
    assert!(
        note_ko.ends_with("월 $11.08의 비용이 낭비됩니다."),
        "{note_ko}"
    );
}

/// The plan's own findings against their report (and the scenario they
/// came from): assumptions, unplaced reasons, the instance-type choice, the
/// runners-up and the EC2 run notes are rendered from their findings, and
/// their figures are the report's (or its inputs'), worked out by hand.
#[test]
fn plan_findings_are_rendered_from_data_and_their_figures_are_the_reports() {
    use ecs_planner_engine::findings::{Assumption, RunNote, TypeChoice, Versus};
    use ecs_planner_engine::text::instance_type_reason;
    let mut chosen = 0;
    let mut reasons = 0;
    let mut whys = 0;
    let mut run_notes = 0;
    let mut ladder = ladder();
    ladder.push((
        "operations figures",
        shop_with(|d| {
            d["ec2"]["ops"] = serde_json::json!({
                "usd_per_cluster_month": 150, "usd_per_instance_month": 12.5,
                "engineer_usd_per_hour": 95
            });
        }),
    ));
    for (name, json) in ladder {
        let scenario = parse_scenario(&json, bundled()).unwrap().scenario;
        let report = analyze(&scenario, bundled()).report;
        let catalogue = bundled()
            .region(&report.region)
            .unwrap()
            .ec2
            .as_ref()
            .unwrap();
        // Assumptions: text from findings; the snapshot and horizon are the
        // report's, the operations figures the scenario's.
        assert_eq!(
            report.assumptions,
            render_all_en(&report.assumption_findings),
            "{name}"
        );
        for a in &report.assumption_findings {
            match a {
                Assumption::Prices { snapshot } => assert_eq!(snapshot, &report.pricing_snapshot),
                Assumption::Horizon { hours } => assert_eq!(*hours, report.horizon_hours),
                Assumption::Ops {
                    usd_per_cluster_month,
                    usd_per_instance_month,
                    engineer_usd_per_hour,
                } => {
                    let ops = &scenario.ec2.ops;
                    assert_eq!(*usd_per_cluster_month, ops.usd_per_cluster_month);
                    assert_eq!(*usd_per_instance_month, ops.usd_per_instance_month);
                    assert_eq!(*engineer_usd_per_hour, ops.engineer_usd_per_hour);
                    // 150 + 12.5 → "$150.00 per EC2 cluster … $12.50 per running instance".
                    assert!(report
                        .assumptions
                        .iter()
                        .any(|t| t.contains(
                            "$150.00 per EC2 cluster per month plus $12.50 per running instance"
                        ) && t.ends_with("An engineer's hour costs $95.00.")));
                }
                Assumption::Ec2Spot {
                    share_pct,
                    on_demand_base,
                    discount_pct,
                } => {
                    let spot = &scenario.ec2.spot;
                    assert_eq!(*share_pct, spot.share * 100.0);
                    assert_eq!(*on_demand_base, spot.on_demand_base);
                    assert_eq!(*discount_pct, spot.discount_pct);
                }
                Assumption::NamedProviders { providers } => {
                    let named: Vec<(String, Option<String>)> = scenario
                        .ec2
                        .capacity_providers
                        .iter()
                        .map(|p| (p.name.clone(), p.instance_type.clone()))
                        .collect();
                    assert_eq!(providers, &named, "{name}");
                }
                Assumption::ProviderSpot {
                    provider,
                    share_pct,
                    on_demand_base,
                    discount_pct,
                } => {
                    let spot = scenario
                        .ec2
                        .capacity_providers
                        .iter()
                        .find(|p| &p.name == provider)
                        .and_then(|p| p.spot)
                        .unwrap();
                    assert_eq!(*share_pct, spot.share * 100.0);
                    assert_eq!(*on_demand_base, spot.on_demand_base);
                    assert_eq!(*discount_pct, spot.discount_pct);
                }
                Assumption::FargateBilling
                | Assumption::NoEc2Prices { .. }
                | Assumption::Ec2(_) => {}
            }
        }
        for option in &report.options {
            for u in &option.unplaced {
                let finding = u.reason_finding.as_ref().unwrap();
                assert_eq!(u.reason, finding.render(Lang::En), "{name}");
                reasons += 1;
            }
            for cluster in &option.clusters {
                for r in &cluster.runners_up {
                    let why = r.why_finding.as_ref().unwrap();
                    assert_eq!(r.why, why.render(Lang::En), "{name}");
                    assert_eq!(why.peak_instances, r.peak_instances, "{name}");
                    // The price per hour is the catalogue's for that type.
                    let t = catalogue.get(&r.instance_type).unwrap();
                    assert_eq!(why.usd_per_hour, t.usd_per_hour, "{name}");
                    whys += 1;
                }
                let Some(choice) = &cluster.instance_type_choice else {
                    continue;
                };
                assert_eq!(
                    cluster.instance_type_reason.as_deref(),
                    Some(
                        instance_type_reason(
                            &cluster.name,
                            choice,
                            cluster.burstable_types_excluded,
                            Lang::En
                        )
                        .as_str()
                    ),
                    "{name}"
                );
                let TypeChoice::Chosen {
                    instance_type,
                    candidates,
                    largest_task,
                    instance_hours,
                    horizon_hours,
                    monthly_usd,
                    runner_up,
                    simulated,
                    ruled_out,
                    ..
                } = choice
                else {
                    continue;
                };
                let ctx = format!("{name}: {}: {choice:?}", cluster.name);
                assert_eq!(Some(instance_type), cluster.instance_type.as_ref(), "{ctx}");
                assert_eq!(*horizon_hours, report.horizon_hours, "{ctx}");
                // Instance-hours = average instances × horizon hours.
                let avg = cluster.avg_instances.unwrap();
                assert!(
                    close(avg * f64::from(*horizon_hours), *instance_hours as f64),
                    "{ctx}"
                );
                // On demand before discounts = instance-hours × the price
                // per hour × 730 / horizon, plus the (undiscounted) credits.
                let price = cluster.instance_usd_per_hour.unwrap();
                let expected = *instance_hours as f64 * price * 730.0 / f64::from(*horizon_hours)
                    + cluster.credit_monthly_cost_usd;
                assert!(close(*monthly_usd, expected), "{ctx}: {expected}");
                // Every candidate was simulated or ruled out.
                assert_eq!(simulated + ruled_out, *candidates, "{ctx}");
                // The largest task is a service of the cluster, placed first.
                if let Some((cpu, memory)) = largest_task {
                    assert!(
                        scenario
                            .services
                            .iter()
                            .any(|s| cluster.services.contains(&s.name)
                                && s.cpu_units == *cpu
                                && s.memory_mib == *memory),
                        "{ctx}"
                    );
                }
                if let Some(next) = runner_up {
                    let listed = cluster.runners_up.first().unwrap();
                    assert_eq!(next.instance_type, listed.instance_type, "{ctx}");
                    // The report's runner-up cost is after the EC2 discount d
                    // on instance-hours: (before − credits) × (1 − d) + credits.
                    let why = listed.why_finding.as_ref().unwrap();
                    let d = scenario.pricing.ec2_discount_pct / 100.0;
                    let after = (next.monthly_usd - why.credit_monthly_usd) * (1.0 - d)
                        + why.credit_monthly_usd;
                    assert!(close(after, listed.monthly_cost_usd), "{ctx}");
                    if let Versus::Cheaper { saving_pct } = next.versus {
                        // (runner-up − chosen) ÷ runner-up, in percent.
                        let pct = (next.monthly_usd - monthly_usd) / next.monthly_usd * 100.0;
                        assert!(close(saving_pct, pct), "{ctx}");
                    }
                }
                chosen += 1;
            }
            for note in &option.note_findings {
                let OptionNote::Ec2Run { note, .. } = note else {
                    continue;
                };
                if let RunNote::RegisteredCapacity {
                    instance_type,
                    memory_mib,
                    registered_memory_mib,
                    overhead_mib,
                    cpu_units,
                    ..
                } = note
                {
                    // The type's nominal memory minus the overhead it registers;
                    // vCPUs × 1024 CPU units.
                    let t = catalogue.get(instance_type).unwrap();
                    assert_eq!(*memory_mib, t.memory_mib, "{name}");
                    assert_eq!(memory_mib - overhead_mib, *registered_memory_mib, "{name}");
                    assert_eq!(*cpu_units, t.vcpu * 1024, "{name}");
                }
                run_notes += 1;
            }
        }
    }
    assert!(
        chosen > 10 && whys > 20 && reasons > 0 && run_notes > 5,
        "{chosen} choices, {whys} runners-up, {reasons} reasons, {run_notes} run notes"
    );
}

fn render_all_en<T: Render>(findings: &[T]) -> Vec<String> {
    findings.iter().map(|f| f.render(Lang::En)).collect()
}

/// Every other rendered finding of the report, with its figures as JSON:
/// option notes, assumptions, unplaced and Fargate-fallback reasons, the
/// instance-type choice and the providers' reason of each cluster, and the
/// runners-up.
fn other_findings(report: &SimulationReport, lang: Lang) -> Vec<(Value, String)> {
    use ecs_planner_engine::text::instance_type_reason;
    let json = |v: &dyn erased::Ser| v.to_json();
    let mut out: Vec<(Value, String)> = Vec::new();
    for a in &report.assumption_findings {
        out.push((json(a), a.render(lang)));
    }
    for option in &report.options {
        for n in &option.note_findings {
            out.push((json(n), n.render(lang)));
        }
        for u in &option.unplaced {
            let r = u.reason_finding.as_ref().unwrap();
            out.push((json(r), r.render(lang)));
        }
        for f in &option.fargate_fallback {
            let r = f.reason_finding.as_ref().unwrap();
            out.push((json(r), r.render(lang)));
        }
        for c in &option.clusters {
            if let Some(choice) = &c.instance_type_choice {
                let mut v = json(choice);
                // The burstable count the reason appends is the cluster's.
                v["burstable_types_excluded"] = c.burstable_types_excluded.into();
                let text = instance_type_reason(&c.name, choice, c.burstable_types_excluded, lang);
                out.push((v, text));
            }
            if let Some(choice) = &c.providers_choice {
                let mut v = json(choice);
                // The reason names the difference: |shared − per shape|.
                v["difference_usd"] = (choice.shared_usd - choice.providers_usd).abs().into();
                let mut copy = c.clone();
                copy.instance_type_choice = None;
                let mut one = SimulationReport {
                    options: vec![option.clone()],
                    ..SimulationReport::default()
                };
                one.options[0].clusters = vec![copy];
                ecs_planner_engine::text::render_report(&mut one, lang);
                let text = one.options[0].clusters[0]
                    .instance_type_reason
                    .clone()
                    .unwrap();
                out.push((v, text));
            }
            for r in &c.runners_up {
                let why = r.why_finding.as_ref().unwrap();
                out.push((json(why), why.render(lang)));
            }
        }
    }
    out
}

/// Serialising any finding to JSON, for its figures.
mod erased {
    pub trait Ser {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
}

/// Every way a figure among `values` may be printed: USD to the cent,
/// whole and one-decimal percentages (of a percent or of a share), a
/// percentage as typed (`70%`), basis points (`253` → `2.53%`), scales.
fn spellings_of(values: &[f64]) -> Vec<String> {
    let mut out = Vec::new();
    for &v in values {
        out.push(format_usd(v));
        out.push(format!("{}%", v / 100.0));
        for x in [v, v * 100.0] {
            out.push(format!("{x:.0}%"));
            out.push(format!("{x:.1}%"));
            out.push(format!("{x}%"));
            out.push(format!("{x}×"));
            out.push(format!("{x:.2}×"));
        }
    }
    out
}

/// The instance-type search's costs, "on demand before discounts", in a
/// `TypeChoice::Chosen` (the chosen type's and its runner-up's
/// `monthly_usd`): not fields of their own but named derivations of them,
/// instance-hours × `instance_usd_per_hour` × 730 / horizon + credits, and
/// the runner-up's `monthly_cost_usd` before the EC2 discount; both
/// worked out by hand in
/// `plan_findings_are_rendered_from_data_and_their_figures_are_the_reports`.
fn search_costs(figures: &Value) -> Vec<f64> {
    fn walk(v: &Value, in_choice: bool, out: &mut Vec<f64>) {
        match v {
            Value::Object(map) => {
                for (key, item) in map {
                    if in_choice && key == "monthly_usd" {
                        out.extend(item.as_f64());
                    }
                    walk(item, in_choice || key == "chosen", out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, in_choice, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(figures, false, &mut out);
    out
}

/// Figures the assumptions' wording states as facts of AWS's pricing, not
/// of the report: the burstable credit rates ($0.05 per vCPU-hour for t3
/// and t3a, $0.04 for t4g), the baselines per vCPU (5% nano … 40% xlarge)
/// and the registered-memory default (2.53%, the guide's m4.large).
const WORDING_FIGURES: [&str; 8] = ["$0.05", "$0.04", "5%", "10%", "20%", "30%", "40%", "2.53%"];

impl Fields {
    /// Sorted, for the USD checks.
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        v
    }
}

/// `$x` prints a report figure, or the difference of two, to the cent.
fn usd_is_a_field(sorted: &[f64], x: f64) -> bool {
    let near = |target: f64| {
        let i = sorted.partition_point(|&v| v < target - 0.005);
        sorted.get(i).is_some_and(|&v| v <= target + 0.005)
    };
    near(x) || sorted.iter().any(|&a| near(a - x))
}

#[test]
fn every_figure_of_every_other_finding_is_its_own_and_every_dollar_the_reports() {
    let mut checked = 0;
    let mut dollars = 0;
    for (name, json) in ladder() {
        let scenario = parse_scenario(&json, bundled()).unwrap().scenario;
        let report = analyze(&scenario, bundled()).report;
        let sorted = Fields::of(&report).sorted();
        // The scenario's own money inputs (operations figures) are printed
        // back as given in the assumptions.
        let ops = &scenario.ec2.ops;
        let inputs: Vec<f64> = [ops.usd_per_cluster_month, ops.usd_per_instance_month]
            .into_iter()
            .chain(ops.engineer_usd_per_hour)
            .collect();
        for lang in Lang::ALL {
            for (figures, text) in other_findings(&report, lang) {
                let mut values = Vec::new();
                numbers(&figures, &mut values);
                let allowed = spellings_of(&values);
                let search = search_costs(&figures);
                for figure in printed_figures(&text) {
                    assert!(
                        allowed.contains(&figure) || WORDING_FIGURES.contains(&figure.as_str()),
                        "{name}: {text:?} prints {figure}, not a figure of {figures}"
                    );
                    checked += 1;
                    if let Some(amount) = figure.strip_prefix('$') {
                        if WORDING_FIGURES.contains(&figure.as_str()) {
                            continue;
                        }
                        let x: f64 = amount.replace(',', "").parse().unwrap();
                        assert!(
                            usd_is_a_field(&sorted, x)
                                || inputs.iter().any(|i| format_usd(*i) == figure)
                                || search.iter().any(|i| format_usd(*i) == figure),
                            "{name}: {text:?} prints {figure}, which is no report field"
                        );
                        dollars += 1;
                    }
                }
            }
        }
    }
    assert!(
        checked > 300 && dollars > 100,
        "{checked} figures, {dollars} dollar figures"
    );
}
