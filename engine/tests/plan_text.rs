//! The plan's own findings (assumptions, unplaced reasons, EC2 run notes,
//! the instance-type choice and the runners-up) render in every language:
//! every variant is listed here (an exhaustive `match` fails to compile
//! when a variant is added without a sample), each rendering is non-empty,
//! the Korean one is Korean (has Hangul), and both print the same figures
//! (Korean adding at most the "1" of `1시간 단위`, "hourly").
//! A few Korean sentences are checked word for word, by hand.

#![allow(clippy::panic, clippy::unwrap_used)] // test helpers fail loudly

mod common;

use common::has_hangul;
use ecs_planner_engine::findings::{
    Assumption, CandidateWhy, DaemonMisfit, Ec2Assumption, NoFit, NoTypeWhy, RunNote, RunnerUp,
    TypeChoice, UnplacedReason, Versus,
};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::scenario::{Arch, Os};
use ecs_planner_engine::text::{instance_type_reason, Render};

fn misfit() -> DaemonMisfit {
    DaemonMisfit {
        daemon: "agent".into(),
        cpu_units: 4096,
        memory_mib: 512,
        instance_type: "m5.large".into(),
        why: NoFit::CpuTooBig {
            cpu_units: 4096,
            instance_type: "m5.large".into(),
            registered_cpu_units: 2048,
        },
    }
}

fn no_fits() -> Vec<NoFit> {
    let t = || "c5.large".to_string();
    vec![
        NoFit::HostPortTakenByDaemon {
            daemon: "proxy".into(),
        },
        NoFit::CpuTooBig {
            cpu_units: 4096,
            instance_type: t(),
            registered_cpu_units: 2048,
        },
        NoFit::CpuLeftAfterDaemons {
            cpu_units: 1024,
            instance_type: t(),
            free_cpu_units: 768,
        },
        NoFit::MemoryTooBig {
            memory_mib: 8192,
            instance_type: t(),
            registered_memory_mib: 3892,
        },
        NoFit::MemoryLeftAfterDaemons {
            memory_mib: 2048,
            instance_type: t(),
            free_memory_mib: 1380,
        },
        NoFit::EniNoneToSpare {
            instance_type: t(),
            trunking_supported: true,
        },
        NoFit::EniTakenByDaemons {
            instance_type: t(),
            task_enis: 2,
            trunking_supported: false,
        },
        NoFit::DoesNotFit { instance_type: t() },
    ]
}

fn no_fit_index(n: &NoFit) -> usize {
    match n {
        NoFit::HostPortTakenByDaemon { .. } => 0,
        NoFit::CpuTooBig { .. } => 1,
        NoFit::CpuLeftAfterDaemons { .. } => 2,
        NoFit::MemoryTooBig { .. } => 3,
        NoFit::MemoryLeftAfterDaemons { .. } => 4,
        NoFit::EniNoneToSpare { .. } => 5,
        NoFit::EniTakenByDaemons { .. } => 6,
        NoFit::DoesNotFit { .. } => 7,
    }
}

fn unplaced_reasons() -> Vec<UnplacedReason> {
    let mut out = vec![
        UnplacedReason::FargateTooLarge {
            service: "huge".into(),
            cpu_units: 32768,
            memory_mib: 262144,
        },
        UnplacedReason::FargateTooLargeForWindows {
            service: "bigwin".into(),
            cpu_units: 8192,
            memory_mib: 16384,
        },
        UnplacedReason::FargateNotPriced {
            service: "armsvc".into(),
            arch: Arch::Arm64,
            os: Os::Linux,
            region: "ap-south-1".into(),
        },
        UnplacedReason::Ec2Windows,
        UnplacedReason::Architecture {
            task_arch: Arch::Arm64,
            instance_type: "c6a.large".into(),
            type_arch: Arch::X86_64,
        },
        UnplacedReason::ReservedHostPort { port: 2375 },
        UnplacedReason::TypeUnusable(misfit()),
        UnplacedReason::NoTypeCanRun(NoTypeWhy::Unusable(misfit())),
        UnplacedReason::NoTypeCanRun(NoTypeWhy::NoTypeOfArch { arch: Arch::Arm64 }),
        UnplacedReason::StillPending,
    ];
    out.extend(no_fits().into_iter().map(UnplacedReason::NoFit));
    out
}

fn unplaced_index(r: &UnplacedReason) -> usize {
    match r {
        UnplacedReason::FargateTooLarge { .. } => 0,
        UnplacedReason::FargateTooLargeForWindows { .. } => 1,
        UnplacedReason::FargateNotPriced { .. } => 2,
        UnplacedReason::Ec2Windows => 3,
        UnplacedReason::Architecture { .. } => 4,
        UnplacedReason::ReservedHostPort { .. } => 5,
        UnplacedReason::NoFit(_) => 6,
        UnplacedReason::TypeUnusable(_) => 7,
        UnplacedReason::NoTypeCanRun(_) => 8,
        UnplacedReason::StillPending => 9,
    }
}

fn run_notes() -> Vec<RunNote> {
    vec![
        RunNote::CannotRunCluster(misfit()),
        RunNote::CostExcludesUnplaced {
            instance_type: "m5.large".into(),
            services: vec!["api".into(), "web".into()],
        },
        RunNote::TrunkingInferred {
            instance_type: "m7i.4xlarge".into(),
            tasks: 60,
        },
        RunNote::Burstable {
            instance_type: "t3.large".into(),
            baseline_vcpus: 0.6,
            vcpus: 2,
            usd_per_vcpu_hour: 0.05,
            surplus_vcpu_hours: 12.5,
        },
        RunNote::RegisteredCapacity {
            instance_type: "m5.large".into(),
            cpu_units: 2048,
            registered_memory_mib: 7985,
            memory_mib: 8192,
            overhead_basis_points: 253,
            overhead_mib: 207,
        },
        RunNote::RepackFallback { hours: 3 },
        RunNote::MixedArchitectures {
            arch: Arch::X86_64,
            services: vec!["armsvc".into()],
        },
    ]
}

fn run_note_index(n: &RunNote) -> usize {
    match n {
        RunNote::CannotRunCluster(_) => 0,
        RunNote::CostExcludesUnplaced { .. } => 1,
        RunNote::TrunkingInferred { .. } => 2,
        RunNote::Burstable { .. } => 3,
        RunNote::RegisteredCapacity { .. } => 4,
        RunNote::RepackFallback { .. } => 5,
        RunNote::MixedArchitectures { .. } => 6,
    }
}

fn chosen(runner_up: Option<RunnerUp>, from_list: bool, unplaced_tasks: u32) -> TypeChoice {
    TypeChoice::Chosen {
        instance_type: "m5.large".into(),
        from_list,
        candidates: 87,
        arch: Arch::X86_64,
        largest_task: Some((1024, 2048)),
        instance_hours: 504,
        horizon_hours: 168,
        monthly_usd: 2190.0,
        runner_up,
        unplaced_tasks,
        simulated: 6,
        ruled_out: 81,
        unknown_types: if from_list {
            vec!["nope.large".into()]
        } else {
            Vec::new()
        },
    }
}

fn runner(versus: Versus) -> Option<RunnerUp> {
    Some(RunnerUp {
        instance_type: "m6i.large".into(),
        monthly_usd: 2299.5,
        versus,
    })
}

fn type_choices() -> Vec<TypeChoice> {
    vec![
        chosen(runner(Versus::Cheaper { saving_pct: 4.76 }), false, 0),
        chosen(runner(Versus::MoreUnplaced), true, 2),
        chosen(
            runner(Versus::FewerAtPeak {
                peak: 3,
                runner_up_peak: 4,
            }),
            false,
            0,
        ),
        chosen(runner(Versus::Tie), false, 0),
        chosen(None, true, 0),
        TypeChoice::NoTypeCanRun {
            why: NoTypeWhy::Unusable(misfit()),
            unknown_types: vec!["nope.large".into()],
        },
        TypeChoice::NoTypeCanHold {
            unknown_types: Vec::new(),
        },
    ]
}

fn assumptions() -> Vec<Assumption> {
    let mut out = vec![
        Assumption::Prices {
            snapshot:
                "Fargate 2025-11 (AWS Fargate pricing page); EC2 2026-07-20 (AWS Price List API)"
                    .into(),
        },
        Assumption::Horizon { hours: 168 },
        Assumption::FargateBilling,
        Assumption::NoEc2Prices {
            region: "eu-south-2".into(),
            bundled_ec2_regions: 22,
        },
        Assumption::Ops {
            usd_per_cluster_month: 150.0,
            usd_per_instance_month: 12.5,
            engineer_usd_per_hour: Some(95.0),
        },
        Assumption::Ops {
            usd_per_cluster_month: 1200.0,
            usd_per_instance_month: 0.0,
            engineer_usd_per_hour: None,
        },
        Assumption::Ec2Spot {
            share_pct: 50.0,
            on_demand_base: 1,
            discount_pct: 70.0,
        },
        Assumption::NamedProviders {
            providers: vec![
                ("memory".into(), Some("r5.large".into())),
                ("batch".into(), None),
            ],
        },
        Assumption::ProviderSpot {
            provider: "batch".into(),
            share_pct: 80.0,
            on_demand_base: 2,
            discount_pct: 65.0,
        },
    ];
    out.extend(Ec2Assumption::ALL.map(Assumption::Ec2));
    out
}

fn assumption_index(a: &Assumption) -> usize {
    match a {
        Assumption::Prices { .. } => 0,
        Assumption::Horizon { .. } => 1,
        Assumption::FargateBilling => 2,
        Assumption::NoEc2Prices { .. } => 3,
        Assumption::Ec2(_) => 4,
        Assumption::Ops { .. } => 5,
        Assumption::Ec2Spot { .. } => 6,
        Assumption::NamedProviders { .. } => 7,
        Assumption::ProviderSpot { .. } => 8,
    }
}

fn ec2_assumption_index(a: Ec2Assumption) -> usize {
    // Exhaustive: a new assumption must be added to `Ec2Assumption::ALL`.
    match a {
        Ec2Assumption::HourlySteps
        | Ec2Assumption::WholeHourBilling
        | Ec2Assumption::RegisteredCapacity
        | Ec2Assumption::OneTypePerCluster
        | Ec2Assumption::BurstableCredits
        | Ec2Assumption::AwsvpcEnis
        | Ec2Assumption::OneTaskPerInstance
        | Ec2Assumption::DaemonsFirst
        | Ec2Assumption::DefaultStrategy
        | Ec2Assumption::ScaleIn
        | Ec2Assumption::LargestTaskFirst
        | Ec2Assumption::CapacityProvider
        | Ec2Assumption::TasksStay
        | Ec2Assumption::IdealAndLowerBound
        | Ec2Assumption::RandomSeed
        | Ec2Assumption::WindowsNotOnEc2
        | Ec2Assumption::MixedArchitectures
        | Ec2Assumption::WhatCostsInclude => {
            Ec2Assumption::ALL.iter().position(|&x| x == a).unwrap()
        }
    }
}

fn candidate_whys() -> Vec<CandidateWhy> {
    let why = CandidateWhy {
        instance_hours: 504,
        peak_instances: 4,
        usd_per_hour: 0.096,
        cpu_reserved_pct: 62.4,
        memory_reserved_pct: 48.6,
        credit_monthly_usd: 0.0,
        unplaced_tasks: 0,
    };
    vec![
        why.clone(),
        CandidateWhy {
            credit_monthly_usd: 1234.5,
            unplaced_tasks: 3,
            ..why
        },
    ]
}

/// Number tokens of a text (`$1,234.56` → `1234.56`, `4.8%` → `4.8`),
/// sorted: the figures a sentence prints, whatever their order.
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let t = current.trim_end_matches(['.', ',']).replace(',', "");
        if !t.is_empty() {
            out.push(t);
        }
        current.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() || ((c == '.' || c == ',') && !current.is_empty()) {
            current.push(c);
        } else {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out.sort();
    out
}

/// Rendered in both languages: non-empty, Korean has Hangul, same figures.
fn check<T: Render + std::fmt::Debug>(finding: &T) {
    let en = finding.render(Lang::En);
    let ko = finding.render(Lang::Ko);
    assert!(!en.trim().is_empty(), "{finding:?}");
    assert!(has_hangul(&ko), "{finding:?}: {ko}");
    assert!(!has_hangul(&en), "{finding:?}: {en}");
    // Every English figure is in the Korean; Korean may add only the "1"
    // of its counting idiom (`1시간 단위`, hourly).
    let mut extra = figures(&ko);
    for figure in figures(&en) {
        let at = extra.iter().position(|f| *f == figure);
        let at = at.unwrap_or_else(|| panic!("{finding:?}: {figure} missing\n{en}\n{ko}"));
        extra.remove(at);
    }
    assert!(
        extra.iter().all(|f| f == "1"),
        "{finding:?}: Korean adds {extra:?}\n{en}\n{ko}"
    );
}

fn covers(indices: impl Iterator<Item = usize>, count: usize, what: &str) {
    let mut seen = vec![false; count];
    for i in indices {
        seen[i] = true;
    }
    assert!(
        seen.iter().all(|&s| s),
        "{what}: a variant has no sample: {seen:?}"
    );
}

#[test]
fn every_variant_renders_in_both_languages_with_the_same_figures() {
    let reasons = unplaced_reasons();
    covers(reasons.iter().map(unplaced_index), 10, "UnplacedReason");
    covers(no_fits().iter().map(no_fit_index), 8, "NoFit");
    reasons.iter().for_each(check);
    let notes = run_notes();
    covers(notes.iter().map(run_note_index), 7, "RunNote");
    notes.iter().for_each(check);
    let assumptions = assumptions();
    covers(assumptions.iter().map(assumption_index), 9, "Assumption");
    covers(
        Ec2Assumption::ALL.iter().map(|&a| ec2_assumption_index(a)),
        18,
        "Ec2Assumption",
    );
    assumptions.iter().for_each(check);
    type_choices().iter().for_each(check);
    candidate_whys().iter().for_each(check);
    for lang in Lang::ALL {
        for excluded in [0, 14] {
            let text = instance_type_reason("api", &type_choices()[0], excluded, lang);
            assert!(text.starts_with("api: "), "{text}");
            assert_eq!(text.contains("14"), excluded == 14, "{text}");
        }
    }
}

#[test]
fn korean_sentences_read_as_written_by_hand() {
    // §8.2 of the translation memory, assembled: head, largest task, then
    // the hours clause carrying the runner-up comparison.
    assert_eq!(
        type_choices()[0].render(Lang::Ko),
        "모든 태스크를 수용하는 x86_64 인스턴스 유형 87개 중 m5.large 유형이 가장 저렴합니다 (가장 큰 태스크: 1024 CPU 단위, 2048 MiB). 168시간 동안 인스턴스 504시간, 할인 전 온디맨드 기준 월 약 $2,190.00로, 차순위인 m6i.large 유형(월 $2,299.50)보다 4.8% 저렴합니다. 유형 6개를 시간 단위로 시뮬레이션했고, 81개는 하한 비용(단독으로, 또는 이미 시뮬레이션한 시간에 더해)이 여섯 번째로 저렴한 유형보다 높아 제외했습니다."
    );
    // No runner-up: the hours clause ends the sentence with 입니다.
    assert!(type_choices()[4]
        .render(Lang::Ko)
        .contains("월 약 $2,190.00입니다. 유형 6개를"));
    assert_eq!(
        UnplacedReason::StillPending.render(Lang::Ko),
        "해당 시간에 용량 공급자가 스케일 아웃한 뒤에도 대기 상태로 남음"
    );
    assert_eq!(
        UnplacedReason::FargateTooLarge {
            service: "huge".into(),
            cpu_units: 32768,
            memory_mib: 262144,
        }
        .render(Lang::Ko),
        "huge 서비스에는 32 vCPU / 256 GB 크기가 필요해 Fargate 최대 크기(16 vCPU / 120 GB)보다 큼"
    );
    assert_eq!(
        Assumption::Horizon { hours: 168 }.render(Lang::Ko),
        "168시간을 1시간 단위로 시뮬레이션합니다. 월 비용은 이 기간의 비용 × 730 / 168입니다."
    );
    assert_eq!(
        candidate_whys()[1].render(Lang::Ko),
        "인스턴스 504시간(최대 4대), 시간당 $0.10. 평균 CPU 예약률 62%, 메모리 예약률 49%, 잉여 CPU 크레딧 월 $1,234.50, 태스크 3개 미배치"
    );
    // The English of the same figures, for comparison.
    assert_eq!(
        candidate_whys()[1].render(Lang::En),
        "504 instance-hours (peak 4) at $0.10/hour; 62% of CPU and 49% of memory reserved on average; plus $1,234.50/month of surplus CPU credits; leaves 3 task(s) unplaced"
    );
}

#[test]
fn render_report_switches_the_plans_text_without_simulating_again() {
    use ecs_planner_engine::analysis::analyze;
    use ecs_planner_engine::pricing::bundled;
    use ecs_planner_engine::report::SimulationReport;
    use ecs_planner_engine::text::render_report;
    use ecs_planner_engine::validate::parse_scenario_value;
    // The shop example plus a task too big for Fargate and an ARM service
    // in a cluster of x86 tasks: unplaced on both launch types.
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../../examples/shop.json")).unwrap();
    let services = doc["services"].as_array_mut().unwrap();
    services.push(serde_json::json!({"name": "huge", "cpu": 32768, "memory": 262144, "count": 1}));
    services.push(serde_json::json!({"name": "armsvc", "cpu": 512, "memory": 1024, "count": 2, "arch": "arm64"}));
    let scenario = parse_scenario_value(&doc, bundled()).unwrap().scenario;
    let english = analyze(&scenario, bundled()).report;
    let texts = |r: &SimulationReport| -> Vec<String> {
        let mut out = r.assumptions.clone();
        for o in &r.options {
            out.extend(o.unplaced.iter().map(|u| u.reason.clone()));
            for c in &o.clusters {
                out.extend(c.instance_type_reason.clone());
                out.extend(c.runners_up.iter().map(|r| r.why.clone()));
            }
        }
        out
    };
    let mut report = english.clone();
    render_report(&mut report, Lang::Ko);
    let korean = texts(&report);
    assert!(korean.len() > 40, "{}", korean.len());
    for text in &korean {
        assert!(has_hangul(text), "{text}");
    }
    // Figures unchanged, and back to English exactly as analysed.
    assert_eq!(
        report.options[0].monthly_cost_usd,
        english.options[0].monthly_cost_usd
    );
    render_report(&mut report, Lang::En);
    assert_eq!(report, english);
    // A report read back from JSON has its text but no findings: kept.
    let mut read_back: SimulationReport =
        serde_json::from_str(&serde_json::to_string(&english).unwrap()).unwrap();
    render_report(&mut read_back, Lang::Ko);
    assert_eq!(texts(&read_back), texts(&english));
}
