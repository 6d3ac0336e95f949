//! Every kind of finding renders in every language with the same figures:
//! one value of each variant (and of each branch a sentence takes) is
//! rendered in English and Korean; both must be non-empty, the Korean must
//! be Korean (Hangul, not the English), and the figures — numbers, `$`
//! amounts, percentages, scale factors — must be the same set in both.
//!
//! `kind` below matches every variant without a wildcard, so a new variant
//! fails to compile here until it has a sample.

#![allow(clippy::panic, clippy::unwrap_used)] // test helpers fail loudly

mod common;

use common::has_hangul;
use std::collections::BTreeSet;

use ecs_planner_engine::findings::{
    LayoutCost, OptionKey, OptionNote, RoundingCause, VerdictFinding,
};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::scenario::{LaunchType, Layout};
use ecs_planner_engine::text::Render;

fn key(launch: LaunchType, layout: Layout) -> OptionKey {
    OptionKey::new(launch, layout)
}

const EC2_SINGLE: OptionKey = OptionKey {
    launch_type: LaunchType::Ec2,
    layout: Layout::Single,
};
const FARGATE_SINGLE: OptionKey = OptionKey {
    launch_type: LaunchType::Fargate,
    layout: Layout::Single,
};

fn verdict_kind(f: &VerdictFinding) -> &'static str {
    match f {
        VerdictFinding::NothingToCompare => "nothing_to_compare",
        VerdictFinding::Cheapest { .. } => "cheapest",
        VerdictFinding::SameCost { .. } => "same_cost",
        VerdictFinding::OnlyOption { .. } => "only_option",
        VerdictFinding::Ec2Wins { .. } => "ec2_wins",
        VerdictFinding::FargateWins { .. } => "fargate_wins",
        VerdictFinding::FargateParity { .. } => "fargate_parity",
        VerdictFinding::EniLimit { .. } => "eni_limit",
        VerdictFinding::Rounding { .. } => "rounding",
        VerdictFinding::Layouts { .. } => "layouts",
        VerdictFinding::Fragmentation { .. } => "fragmentation",
        VerdictFinding::Unplaced { .. } => "unplaced",
        VerdictFinding::WhatWouldChange { .. } => "what_would_change",
        VerdictFinding::SpotWouldChange { .. } => "spot_would_change",
        VerdictFinding::StaysCheaperEverywhere { .. } => "stays_cheaper_everywhere",
        VerdictFinding::Crossover { .. } => "crossover",
        VerdictFinding::NoCompleteOption => "no_complete_option",
        VerdictFinding::FargateFallback { .. } => "fargate_fallback",
        VerdictFinding::OpsBreakEven { .. } => "ops_break_even",
        VerdictFinding::FargateCheaperBeforeOps { .. } => "fargate_cheaper_before_ops",
        VerdictFinding::BinpackSaving { .. } => "binpack_saving",
    }
}

const VERDICT_KINDS: usize = 21;

fn note_kind(n: &OptionNote) -> &'static str {
    match n {
        OptionNote::InstanceType { .. } => "instance_type",
        OptionNote::Ec2Run { .. } => "ec2_run",
        OptionNote::UnplacedExcluded => "unplaced_excluded",
        OptionNote::NoSpotRates { .. } => "no_spot_rates",
        OptionNote::SpotShare { .. } => "spot_share",
        OptionNote::FargateDiscount { .. } => "fargate_discount",
        OptionNote::Rounding { .. } => "rounding",
        OptionNote::ArmSpotRatesMissing { .. } => "arm_spot_rates_missing",
        OptionNote::SpotIneligible { .. } => "spot_ineligible",
        OptionNote::FargateDaemon { .. } => "fargate_daemon",
        OptionNote::FargateFallback { .. } => "fargate_fallback",
    }
}

const NOTE_KINDS: usize = 11;

fn verdict_samples() -> Vec<VerdictFinding> {
    let mut out = vec![
        VerdictFinding::NothingToCompare,
        VerdictFinding::Cheapest {
            winner: FARGATE_SINGLE,
            winner_usd: 179.45,
            saving_usd: 41.85,
            saving_pct: 18.9,
            rival: EC2_SINGLE,
            rival_usd: 221.3,
        },
        VerdictFinding::Cheapest {
            winner: EC2_SINGLE,
            winner_usd: 1121.96,
            saving_usd: 57.49,
            saving_pct: 4.9,
            rival: key(LaunchType::Fargate, Layout::Custom),
            rival_usd: 1179.45,
        },
        VerdictFinding::SameCost {
            winner: key(LaunchType::Ec2, Layout::PerService),
            rival: key(LaunchType::Ec2, Layout::ByGroup),
            monthly_usd: 70.08,
        },
        VerdictFinding::OnlyOption {
            winner: FARGATE_SINGLE,
            monthly_usd: 36.04,
        },
        VerdictFinding::Ec2Wins {
            strategy: vec!["spread:az".into(), "binpack:memory".into()],
            instance_types: vec!["m5.large".into(), "c6g.xlarge".into()],
            cpu_reserved_pct: 81.6,
            memory_reserved_pct: 64.2,
            idle_usd: 23.5,
        },
        VerdictFinding::Ec2Wins {
            strategy: vec!["binpack:cpu".into()],
            instance_types: Vec::new(),
            cpu_reserved_pct: 90.0,
            memory_reserved_pct: 70.0,
            idle_usd: 3.0,
        },
        VerdictFinding::FargateWins {
            instance_types: vec!["m5.large".into()],
            cpu_reserved_pct: 41.4,
            memory_reserved_pct: 37.0,
            idle_usd: 98.77,
        },
        // Fully reserved and still dearer: no "$0.00 would pay for idle".
        VerdictFinding::FargateWins {
            instance_types: vec!["c5.large".into()],
            cpu_reserved_pct: 100.0,
            memory_reserved_pct: 100.0,
            idle_usd: 0.0,
        },
        VerdictFinding::FargateParity {
            instance_type: "m5.large".into(),
            share: 0.62,
        },
        VerdictFinding::Rounding {
            service: "odd".into(),
            cpu_units: 256,
            memory_mib: 3072,
            billed_cpu_units: 512,
            billed_memory_mib: 3072,
            monthly_waste_usd: 11.0814,
        },
        VerdictFinding::Layouts {
            parts: vec![
                // 84.10 = 45.00 instances + 15.10 daemons + 24.00 ops.
                LayoutCost::Dearer {
                    layout: Layout::PerService,
                    extra_usd: 84.1,
                    ops_usd: 24.0,
                    daemons_usd: 15.1,
                    instances_usd: 45.0,
                    clusters: 3,
                    avg_instances: 4.5,
                    single_avg_instances: 2.0,
                    peak_instances: 5,
                    single_peak_instances: 2,
                },
                LayoutCost::Dearer {
                    layout: Layout::ByGroup,
                    extra_usd: 12.5,
                    ops_usd: 0.0,
                    daemons_usd: 0.0,
                    instances_usd: 12.5,
                    clusters: 2,
                    avg_instances: 2.0,
                    single_avg_instances: 2.0,
                    peak_instances: 2,
                    single_peak_instances: 2,
                },
                LayoutCost::Cheaper {
                    layout: Layout::ByGroup,
                    saving_usd: 7.25,
                },
            ],
        },
        VerdictFinding::Layouts {
            parts: vec![
                LayoutCost::OnlyClusterCosts {
                    layout: Layout::PerService,
                    extra_usd: 24.0,
                    clusters: 2,
                    shared_providers: 2,
                },
                LayoutCost::SameWithProviders {
                    layout: Layout::ByGroup,
                    shared_providers: 3,
                },
            ],
        },
        VerdictFinding::Fragmentation {
            option: EC2_SINGLE,
            gap_usd: 14.6,
            ideal_usd: 207.0,
        },
        VerdictFinding::Unplaced {
            option: key(LaunchType::Ec2, Layout::PerService),
            service: "huge".into(),
            tasks: 4,
            reason: ecs_planner_engine::findings::UnplacedReason::Ec2Windows,
        },
        VerdictFinding::StaysCheaperEverywhere {
            ec2_cheaper: true,
            low_scale: 0.25,
            high_scale: 4.0,
        },
        VerdictFinding::StaysCheaperEverywhere {
            ec2_cheaper: false,
            low_scale: 0.5,
            high_scale: 3.0,
        },
        VerdictFinding::NoCompleteOption,
        VerdictFinding::FargateFallback {
            option: EC2_SINGLE,
            parts: vec![ecs_planner_engine::findings::FallbackPart {
                service: "legacy".into(),
                tasks: 4,
                cause: ecs_planner_engine::findings::FallbackCause::Architecture {
                    arch: ecs_planner_engine::scenario::Arch::Arm64,
                },
                monthly_usd: 659.91416,
            }],
            fallback_usd: 659.91416,
            option_usd: 940.23416,
        },
        VerdictFinding::OpsBreakEven {
            ec2: EC2_SINGLE,
            fargate: FARGATE_SINGLE,
            saving_usd: 38.0048,
            ops_usd: 10.0,
            engineer_usd_per_hour: Some(40.0),
            hours: Some(0.95012),
        },
        VerdictFinding::FargateCheaperBeforeOps {
            ops_usd: 12.5,
            before_ops: false,
        },
        VerdictFinding::BinpackSaving {
            option: EC2_SINGLE,
            strategy: vec!["spread:az".into(), "spread:instanceId".into()],
            binpack_usd: 70.08,
            option_usd: 140.16,
            saving_usd: 70.08,
        },
    ];
    for (trunking_supported, tasks_with_trunking) in [(true, 10), (false, 0)] {
        out.push(VerdictFinding::EniLimit {
            instance_type: "t3.medium".into(),
            tasks_per_instance: 2,
            cpu_reserved_pct: 25.0,
            memory_reserved_pct: 31.0,
            trunking_supported,
            tasks_with_trunking,
        });
    }
    for (rival, winner) in [(FARGATE_SINGLE, EC2_SINGLE), (EC2_SINGLE, FARGATE_SINGLE)] {
        out.push(VerdictFinding::WhatWouldChange {
            rival,
            winner,
            needed_pct: 18.2,
        });
    }
    for discount_pct in [Some(60.0), None] {
        out.push(VerdictFinding::SpotWouldChange {
            ec2: EC2_SINGLE,
            fargate: FARGATE_SINGLE,
            discount_pct,
            spot_usd: 140.25,
            fargate_usd: 179.45,
        });
    }
    for scale in [Some(1.254), None] {
        for ec2_cheaper_above in [true, false] {
            out.push(VerdictFinding::Crossover {
                option: key(LaunchType::Ec2, Layout::ByGroup),
                scale,
                ec2_cheaper_above,
                low_scale: 0.25,
                high_scale: 4.0,
            });
        }
    }
    out
}

fn note_samples() -> Vec<OptionNote> {
    let rounding = |cause| OptionNote::Rounding {
        service: "legacy".into(),
        cpu_units: 512,
        memory_mib: 1024,
        billed_cpu_units: 1024,
        billed_memory_mib: 2048,
        cause,
        monthly_waste_usd: 36.04,
    };
    vec![
        OptionNote::InstanceType {
            cluster: "shared".into(),
            reason: ecs_planner_engine::findings::TypeChoice::NoTypeCanHold {
                unknown_types: Vec::new(),
            },
        },
        OptionNote::Ec2Run {
            cluster: "shared".into(),
            note: ecs_planner_engine::findings::RunNote::TrunkingInferred {
                instance_type: "m7i.4xlarge".into(),
                tasks: 60,
            },
        },
        OptionNote::UnplacedExcluded,
        OptionNote::NoSpotRates {
            region: "eu-west-1".into(),
        },
        OptionNote::SpotShare { share_pct: 50.0 },
        OptionNote::FargateDiscount { discount_pct: 12.5 },
        rounding(RoundingCause::NotAValidSize),
        rounding(RoundingCause::WindowsMinimum),
        OptionNote::ArmSpotRatesMissing {
            service: "api".into(),
            region: "ap-south-1".into(),
        },
        OptionNote::SpotIneligible {
            service: "legacy".into(),
            platform: "Windows/x86".into(),
        },
        OptionNote::FargateDaemon {
            service: "agent".into(),
        },
        OptionNote::FargateFallback {
            cluster: "shared".into(),
            service: "legacy".into(),
            tasks: 4,
            cause: ecs_planner_engine::findings::FallbackCause::Windows,
            monthly_usd: 659.91416,
        },
    ]
}

/// Words one language spells out and the other writes as digits, each
/// pair a fixed part of a template (no figure of a finding): removed
/// before comparing figures, and only when both sides are present.
const SPELLED: &[(&str, &str)] = &[("two minutes", "2분")];

/// The figures of a text: `$` amounts, percentages, scale factors (`×` in
/// English, `배` in Korean, both written `×` here) and other numbers that do
/// not belong to a name (`m5`, `x86_64`, `v1` are not figures).
fn figures(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let money = c == '$';
        let starts_number = c.is_ascii_digit()
            && !i
                .checked_sub(1)
                .map(|p| chars[p])
                .is_some_and(|p| p.is_ascii_alphanumeric() || p == '_' || p == '.');
        if !(money || starts_number) {
            i += 1;
            continue;
        }
        let start = if money { i + 1 } else { i };
        let mut end = start;
        while end < chars.len()
            && (chars[end].is_ascii_digit() || chars[end] == ',' || chars[end] == '.')
        {
            end += 1;
        }
        while end > start && matches!(chars[end - 1], ',' | '.') {
            end -= 1;
        }
        if end == start {
            i += 1;
            continue;
        }
        let number: String = chars[start..end].iter().collect();
        // A number glued to letters (`2xlarge`, `16xlarge`) is a name.
        if !money && chars.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
            i = end;
            continue;
        }
        let figure = match chars.get(end) {
            _ if money => format!("${number}"),
            Some('%') => format!("{number}%"),
            Some('×') | Some('배') => format!("{number}×"),
            _ => number,
        };
        out.insert(figure);
        i = end;
    }
    out
}

/// Both renderings non-empty, the Korean Korean, the figures the same.
fn check(what: &str, en: String, ko: String) {
    assert!(!en.trim().is_empty(), "{what}: empty English");
    assert!(!ko.trim().is_empty(), "{what}: empty Korean");
    assert!(has_hangul(&ko), "{what}: no Hangul in {ko:?}");
    assert!(!has_hangul(&en), "{what}: Hangul in the English {en:?}");
    assert_ne!(en, ko, "{what}");
    let (mut en_text, mut ko_text) = (en.clone(), ko.clone());
    for (english, korean) in SPELLED {
        if en_text.contains(english) && ko_text.contains(korean) {
            en_text = en_text.replace(english, "");
            ko_text = ko_text.replace(korean, "");
        }
    }
    assert_eq!(
        figures(&en_text),
        figures(&ko_text),
        "{what}: figures differ\n  en: {en}\n  ko: {ko}"
    );
}

#[test]
fn the_figure_reader_reads_money_percentages_scales_and_counts_but_not_names() {
    let read = |t: &str| figures(t).into_iter().collect::<Vec<_>>();
    assert_eq!(
        read("Cheapest: $1,234.56/month, 19% less, 1.25× today's; 4 tasks on m5.large."),
        ["$1,234.56", "1.25×", "19%", "4"]
    );
    assert_eq!(
        read("태스크 4개, 현재의 1.25배, x86_64, c6i, 2xlarge."),
        ["1.25×", "4"]
    );
}

#[test]
fn every_verdict_finding_renders_in_both_languages_with_the_same_figures() {
    let samples = verdict_samples();
    let kinds: BTreeSet<_> = samples.iter().map(verdict_kind).collect();
    assert_eq!(kinds.len(), VERDICT_KINDS, "a sample of every variant");
    for f in &samples {
        check(&format!("{f:?}"), f.render(Lang::En), f.render(Lang::Ko));
    }
}

#[test]
fn every_option_note_renders_in_both_languages_with_the_same_figures() {
    let samples = note_samples();
    let kinds: BTreeSet<_> = samples.iter().map(note_kind).collect();
    assert_eq!(kinds.len(), NOTE_KINDS, "a sample of every variant");
    for n in &samples {
        let (en, ko) = (n.render(Lang::En), n.render(Lang::Ko));
        match n {
            // These carry a lower module's English text (typed in a later
            // step): the Korean frame is only the cluster prefix.
            OptionNote::InstanceType { .. } | OptionNote::Ec2Run { .. } => {
                assert_eq!(figures(&en), figures(&ko), "{n:?}")
            }
            _ => check(&format!("{n:?}"), en, ko),
        }
    }
}

#[test]
fn every_option_label_is_named_in_both_languages() {
    for launch in [LaunchType::Fargate, LaunchType::Ec2] {
        for layout in [
            Layout::Single,
            Layout::PerService,
            Layout::ByGroup,
            Layout::Custom,
        ] {
            let k = key(launch, layout);
            check(&k.to_string(), k.render(Lang::En), k.render(Lang::Ko));
        }
    }
    // The matrix's naming: launch type · layout.
    assert_eq!(EC2_SINGLE.render(Lang::Ko), "EC2 · 공유 클러스터 하나");
}

#[test]
fn korean_sentences_read_as_the_translation_memory_assembles_them() {
    // Figures as the English: $179.45 vs $221.30, saving $41.85 (19%).
    let cheapest = &verdict_samples()[1];
    assert_eq!(
        cheapest.render(Lang::Ko),
        "최저 비용: Fargate(클러스터 구성과 무관: 클러스터는 무료이며 Fargate는 태스크마다 따로 과금), 월 $179.45. EC2 · 공유 클러스터 하나 옵션(월 $221.30)보다 $41.85(19%) 저렴합니다."
    );
    let crossover = VerdictFinding::Crossover {
        option: EC2_SINGLE,
        scale: Some(1.254),
        ec2_cheaper_above: true,
        low_scale: 0.25,
        high_scale: 4.0,
    };
    assert_eq!(
        crossover.render(Lang::Ko),
        "태스크 수가 현재의 약 1.25배를 넘으면 EC2 · 공유 클러스터 하나 옵션이 Fargate보다 저렴해집니다."
    );
    let layouts = verdict_samples()
        .into_iter()
        .find(|f| verdict_kind(f) == "layouts")
        .unwrap();
    let text = layouts.render(Lang::Ko);
    assert!(
        text.starts_with(
            "EC2에서는 서비스별 클러스터 구성(클러스터 3개)이 공유 클러스터 하나보다 월 $84.10 더 듭니다. 내역: 일부만 찬 인스턴스(클러스터마다 인스턴스를 따로 두어 평균 4.5대, 공유 클러스터는 2.0대) 월 $45.00, 모든 클러스터의 모든 인스턴스에서 실행되는 데몬 월 $15.10, 입력한 운영 비용 월 $24.00."
        ),
        "{text}"
    );
    assert!(
        text.contains(" 그룹별 클러스터 구성이 공유 클러스터 하나보다 월 $7.25 저렴합니다."),
        "{text}"
    );
}
