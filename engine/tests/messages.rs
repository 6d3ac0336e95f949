//! Validation problems and share-link errors render in every language:
//! non-empty, Korean in Hangul, the same figures, field path and quoted
//! JSON values in both; a few Korean messages checked word for word.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::has_hangul;
use ecs_planner_engine::import::compose::{ComposeError, ComposeLine, NotCompose};
use ecs_planner_engine::import::offer::{FargatePlatform, OfferError, OfferNote};
use ecs_planner_engine::import::taskdef::{ContainerMemory, TaskDefLine};
use ecs_planner_engine::import::yaml::Found;
use ecs_planner_engine::import::{ImportError, Kind};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::link::{LinkError, LinkNotice};
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::{Arch, NetworkMode, Os};
use ecs_planner_engine::text::Render;
use ecs_planner_engine::units::SizeError;
use ecs_planner_engine::validate::*;
use serde_json::json;

fn names(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn known() -> KnownRegions {
    KnownRegions {
        count: 22,
        examples: names(&["us-east-1", "eu-west-1"]),
    }
}

/// Every `Valid` hint (the match in `covered_valid` keeps the list whole).
fn all_valid() -> Vec<Valid> {
    vec![
        Valid::HorizonHours,
        Valid::SpotShare,
        Valid::RegionCode { known: known() },
        Valid::RegionCodeLike,
        Valid::ServiceList,
        Valid::ServicesAsObjects,
        Valid::CpuForms,
        Valid::MemoryForms,
        Valid::GroupName,
        Valid::HostPort,
        Valid::Name {
            of: NameOf::Service,
        },
        Valid::Name {
            of: NameOf::Cluster,
        },
        Valid::Name {
            of: NameOf::Provider,
        },
        Valid::TaskCount { max: 10_000 },
        Valid::ProfileLengths,
        Valid::CountOrProfile,
        Valid::TargetCapacity,
        Valid::AvailabilityZones { max: 6 },
        Valid::MemoryOverhead { max: 65_536 },
        Valid::MinInstances { max: 1000 },
        Valid::OpsPerCluster,
        Valid::OpsPerInstance,
        Valid::OpsEngineer,
        Valid::Ec2SpotShare,
        Valid::Ec2SpotBase,
        Valid::Ec2SpotDiscount,
        Valid::Ec2SpotDiscountNeeded,
        Valid::InstanceTypes,
        Valid::InstanceType,
        Valid::CapacityProviders,
        Valid::ProviderName,
        Valid::StrategyChain {
            max: 5,
            names: names(&["binpack:cpu", "spread:az"]),
        },
        Valid::Layouts {
            names: names(&["single", "per-service"]),
        },
        Valid::CustomClusters,
        Valid::ServiceNames,
        Valid::ServiceName,
        Valid::LaunchType,
        Valid::Discount,
    ]
}

/// Fails to compile when a `Valid` variant is added without a case above.
fn covered_valid(v: &Valid) {
    match v {
        Valid::HorizonHours
        | Valid::SpotShare
        | Valid::RegionCode { .. }
        | Valid::RegionCodeLike
        | Valid::ServiceList
        | Valid::ServicesAsObjects
        | Valid::CpuForms
        | Valid::MemoryForms
        | Valid::GroupName
        | Valid::HostPort
        | Valid::Name { .. }
        | Valid::TaskCount { .. }
        | Valid::ProfileLengths
        | Valid::CountOrProfile
        | Valid::TargetCapacity
        | Valid::AvailabilityZones { .. }
        | Valid::MemoryOverhead { .. }
        | Valid::MinInstances { .. }
        | Valid::OpsPerCluster
        | Valid::OpsPerInstance
        | Valid::OpsEngineer
        | Valid::Ec2SpotShare
        | Valid::Ec2SpotBase
        | Valid::Ec2SpotDiscount
        | Valid::Ec2SpotDiscountNeeded
        | Valid::InstanceTypes
        | Valid::InstanceType
        | Valid::CapacityProviders
        | Valid::ProviderName
        | Valid::StrategyChain { .. }
        | Valid::Layouts { .. }
        | Valid::CustomClusters
        | Valid::ServiceNames
        | Valid::ServiceName
        | Valid::LaunchType
        | Valid::Discount => {}
    }
}

fn all_size_errors() -> Vec<SizeError> {
    vec![
        SizeError::WrongType,
        SizeError::Unreadable,
        SizeError::UnknownUnit("GB".into()),
        SizeError::NotPositive,
        SizeError::Fractional,
        SizeError::TooLarge,
    ]
}

/// Every `Problem` (the match in `covered` keeps the list whole); the
/// generic ones once per hint.
fn all_problems() -> Vec<Problem> {
    let mut out = vec![
        Problem::NotJson {
            detail: "expected value at line 1 column 2".into(),
        },
        Problem::NotAScenario,
        Problem::NotAnObject {
            fields: names(&["name", "cpu"]),
        },
        Problem::UnknownField {
            suggestion: Some("memory".into()),
            known: names(&["name", "memory"]),
        },
        Problem::UnknownField {
            suggestion: None,
            known: names(&["name", "memory"]),
        },
        Problem::NotBool,
        Problem::NoVersion,
        Problem::WrongVersion,
        Problem::UnknownRegion {
            suggestions: names(&["us-east-1"]),
            known: known(),
        },
        Problem::UnknownRegion {
            suggestions: vec![],
            known: known(),
        },
        Problem::NoFargateRates {
            region: "eu-south-2".into(),
        },
        Problem::NoServices,
        Problem::TooManyServices { max: 2_000 },
        Problem::TooManyTasks {
            total: 100_001,
            max: 100_000,
        },
        Problem::DuplicateName {
            of: NameOf::Service,
            first: 0,
        },
        Problem::DuplicateName {
            of: NameOf::Cluster,
            first: 1,
        },
        Problem::DuplicateName {
            of: NameOf::Provider,
            first: 2,
        },
        Problem::CpuAboveEc2 {
            max_cpu_units: 196_608,
        },
        Problem::MemoryAboveEc2 {
            max_memory_mib: 1_572_864,
        },
        Problem::EmptyGroup,
        Problem::NotArch,
        Problem::NotOs,
        Problem::NotNetworkMode,
        Problem::NotLaunchType,
        Problem::ReservedHostPort,
        Problem::HostPortIgnoredInAwsvpc,
        Problem::WindowsOnArm,
        Problem::EmptyName {
            of: NameOf::Service,
        },
        Problem::EmptyName {
            of: NameOf::Cluster,
        },
        Problem::EmptyName {
            of: NameOf::Provider,
        },
        Problem::NameTooLong { max: 255 },
        Problem::CountAndProfile,
        Problem::ProfileLength { found: 25 },
        Problem::NotASeed,
        Problem::EmptyInstanceTypes,
        Problem::InstanceTypesUnchecked {
            region: "eu-south-2".into(),
            bundled_ec2_regions: 21,
        },
        Problem::NotSoldInRegion {
            region: Some("ap-south-1".into()),
            price_list_date: "2026-07-20".into(),
            nearest: names(&["m5.large", "m6i.large"]),
        },
        Problem::NotSoldInRegion {
            region: None,
            price_list_date: "2026-07-20".into(),
            nearest: names(&["m5.large"]),
        },
        Problem::UnknownInstanceType {
            suggestions: names(&["m5.large"]),
        },
        Problem::UnknownInstanceType {
            suggestions: vec![],
        },
        Problem::ListedTwice,
        Problem::StrategyCount {
            found: 6,
            max: 5,
            names: names(&["binpack:cpu", "random"]),
        },
        Problem::NotAStrategy {
            suggestion: Some("binpack:cpu".into()),
            names: names(&["binpack:cpu", "random"]),
        },
        Problem::NotAStrategy {
            suggestion: None,
            names: names(&["binpack:cpu", "random"]),
        },
        Problem::EmptyLayouts {
            names: names(&["single", "custom"]),
        },
        Problem::NotALayout {
            names: names(&["single", "custom"]),
        },
        Problem::TooManyClusters { max: 200 },
        Problem::NotAServiceHere {
            suggestion: Some("api".into()),
        },
        Problem::NotAServiceHere { suggestion: None },
        Problem::TooManyProviders { max: 20 },
        Problem::ProviderNameChars,
        Problem::ProviderNamePrefix {
            prefix: "aws".into(),
        },
        Problem::ProviderNameReserved {
            names: names(&["shared", "x86_64-cpu"]),
        },
        Problem::UnknownProvider {
            suggestion: Some("memory".into()),
            known: names(&["memory", "batch"]),
        },
        Problem::UnknownProvider {
            suggestion: None,
            known: names(&["memory", "batch"]),
        },
        Problem::UnknownProvider {
            suggestion: None,
            known: Vec::new(),
        },
        Problem::DaemonWithProvider,
        Problem::ProviderArchMismatch {
            provider: "graviton".into(),
            instance_type: "m6g.large".into(),
            type_arch: ecs_planner_engine::scenario::Arch::Arm64,
            service_arch: ecs_planner_engine::scenario::Arch::X86_64,
        },
        Problem::ProviderUnused {
            provider: "spare".into(),
        },
        Problem::AlreadyInCluster { first: 0 },
        Problem::DaemonOnFargate {
            service: "agent".into(),
        },
        Problem::WindowsOnFargate {
            service: "legacy".into(),
        },
        Problem::TooBigForFargate {
            service: "big".into(),
            cpu_units: 32_768,
            memory_mib: 262_144,
        },
        Problem::CustomNeedsClusters,
        Problem::CustomUnused,
        Problem::UnassignedClash {
            services: names(&["api", "web"]),
        },
        Problem::Unassigned {
            services: names(&["api"]),
        },
        Problem::TaskDefNotAnObject,
        Problem::TaskDefNoFamily,
        Problem::TaskDefContainerCount { max: 10 },
        Problem::TaskDefNetworkMode,
        Problem::TaskDefWindowsArch,
        Problem::TaskDefNotWhole,
        Problem::TaskDefCpuAboveEc2,
        Problem::TaskDefContainersCpuAboveEc2,
        Problem::TaskDefMemoryAboveEc2,
        Problem::TaskDefContainerMemoryMissing,
        Problem::TaskDefContainersMemoryAboveEc2,
    ];
    for valid in all_valid() {
        for problem in [
            NumberProblem::OutOfRange,
            NumberProblem::NotANumber,
            NumberProblem::Negative,
            NumberProblem::NotWhole,
        ] {
            out.push(Problem::Number {
                problem,
                valid: valid.clone(),
            });
        }
        out.push(Problem::NotString {
            valid: valid.clone(),
        });
        out.push(Problem::NotList {
            valid: valid.clone(),
        });
        out.push(Problem::Missing {
            valid: valid.clone(),
        });
    }
    for error in all_size_errors() {
        out.push(Problem::Size {
            error,
            valid: Valid::MemoryForms,
        });
    }
    out
}

/// Fails to compile when a `Problem` variant is added without a case above.
fn covered(p: &Problem) {
    match p {
        Problem::NotJson { .. }
        | Problem::NotAScenario
        | Problem::NotAnObject { .. }
        | Problem::UnknownField { .. }
        | Problem::Number { .. }
        | Problem::NotBool
        | Problem::NotString { .. }
        | Problem::NotList { .. }
        | Problem::Missing { .. }
        | Problem::Size { .. }
        | Problem::NoVersion
        | Problem::WrongVersion
        | Problem::UnknownRegion { .. }
        | Problem::NoFargateRates { .. }
        | Problem::NoServices
        | Problem::TooManyServices { .. }
        | Problem::TooManyTasks { .. }
        | Problem::DuplicateName { .. }
        | Problem::CpuAboveEc2 { .. }
        | Problem::MemoryAboveEc2 { .. }
        | Problem::EmptyGroup
        | Problem::NotArch
        | Problem::NotOs
        | Problem::NotNetworkMode
        | Problem::NotLaunchType
        | Problem::ReservedHostPort
        | Problem::HostPortIgnoredInAwsvpc
        | Problem::WindowsOnArm
        | Problem::EmptyName { .. }
        | Problem::NameTooLong { .. }
        | Problem::CountAndProfile
        | Problem::ProfileLength { .. }
        | Problem::NotASeed
        | Problem::EmptyInstanceTypes
        | Problem::InstanceTypesUnchecked { .. }
        | Problem::NotSoldInRegion { .. }
        | Problem::UnknownInstanceType { .. }
        | Problem::ListedTwice
        | Problem::StrategyCount { .. }
        | Problem::NotAStrategy { .. }
        | Problem::EmptyLayouts { .. }
        | Problem::NotALayout { .. }
        | Problem::TooManyClusters { .. }
        | Problem::NotAServiceHere { .. }
        | Problem::AlreadyInCluster { .. }
        | Problem::DaemonOnFargate { .. }
        | Problem::WindowsOnFargate { .. }
        | Problem::TooBigForFargate { .. }
        | Problem::CustomNeedsClusters
        | Problem::CustomUnused
        | Problem::UnassignedClash { .. }
        | Problem::Unassigned { .. }
        | Problem::TaskDefNotAnObject
        | Problem::TaskDefNoFamily
        | Problem::TaskDefContainerCount { .. }
        | Problem::TaskDefNetworkMode
        | Problem::TaskDefWindowsArch
        | Problem::TaskDefNotWhole
        | Problem::TaskDefCpuAboveEc2
        | Problem::TaskDefContainersCpuAboveEc2
        | Problem::TaskDefMemoryAboveEc2
        | Problem::TaskDefContainerMemoryMissing
        | Problem::TaskDefContainersMemoryAboveEc2
        | Problem::TooManyProviders { .. }
        | Problem::ProviderNameChars
        | Problem::ProviderNamePrefix { .. }
        | Problem::ProviderNameReserved { .. }
        | Problem::UnknownProvider { .. }
        | Problem::DaemonWithProvider
        | Problem::ProviderArchMismatch { .. }
        | Problem::ProviderUnused { .. } => {}
    }
}

/// The runs of digits in `text` (`"1 to 8760"` → `["1", "8760"]`).
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The `"quoted"` and `` `code` `` parts of `text`: JSON values, field
/// names and commands, which stay verbatim in every language.
fn verbatim(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for quote in ['"', '`'] {
        out.extend(
            text.split(quote)
                .skip(1)
                .step_by(2)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
    }
    out
}

/// Korean says what English says: every figure and every verbatim part of
/// the English appears in the Korean.
fn check_same_figures(en: &str, ko: &str) {
    assert!(!en.is_empty() && !ko.is_empty());
    assert!(!has_hangul(en), "English has Hangul: {en}");
    assert!(has_hangul(ko), "no Hangul in: {ko}");
    for n in numbers(en) {
        assert!(
            numbers(ko).contains(&n),
            "{n} missing from {ko:?} (en {en:?})"
        );
    }
    for v in verbatim(en) {
        assert!(ko.contains(&v), "{v:?} missing from {ko:?} (en {en:?})");
    }
}

#[test]
fn every_problem_renders_in_both_languages_with_the_same_figures() {
    let all = all_problems();
    for v in all_valid() {
        covered_valid(&v);
    }
    for problem in &all {
        covered(problem);
        let en = problem.render(Lang::En);
        assert_eq!(en, problem.to_string(), "Display is the English");
        check_same_figures(&en, &problem.render(Lang::Ko));
    }
}

#[test]
fn every_size_error_renders_in_both_languages() {
    for error in all_size_errors() {
        check_same_figures(&error.render(Lang::En), &error.render(Lang::Ko));
    }
}

#[test]
fn every_link_error_renders_in_both_languages() {
    let all = [
        LinkError::Empty,
        LinkError::NotALink {
            start: "abc".into(),
        },
        LinkError::UnsupportedVersion { found: 9 },
        LinkError::TooLarge {
            length_chars: 70_000,
        },
        LinkError::PayloadTooLarge,
        LinkError::BadBase64 {
            position: 12,
            character: '%',
        },
        LinkError::Truncated,
        LinkError::BadCompression,
        LinkError::BadPayload {
            detail: "the data ends early".into(),
        },
    ];
    for error in &all {
        let en = error.render(Lang::En);
        let ko = error.render(Lang::Ko);
        assert!(has_hangul(&ko) && !has_hangul(&en), "{ko}");
        for n in numbers(&en) {
            assert!(numbers(&ko).contains(&n), "{n} missing from {ko:?}");
        }
        // Backticked parts stay verbatim (the button label is translated).
        for part in en.split('`').skip(1).step_by(2) {
            assert!(ko.contains(part), "{part:?} missing from {ko:?}");
        }
    }
    // 1024 KiB = MAX_PAYLOAD_BYTES (1 MiB) / 1024.
    assert_eq!(
        LinkError::PayloadTooLarge.render(Lang::Ko),
        "링크를 풀면 1024 KiB를 넘어 실제 시나리오보다 훨씬 크므로 거부했습니다. 대신 시나리오를 JSON 파일로 받으세요."
    );
}

#[test]
fn every_link_notice_renders_in_both_languages() {
    // A name that ends in a consonant (단) and one in a vowel (e), so a
    // particle written for either would show.
    for option in ["custom", "단", "fargate/none"] {
        let notice = LinkNotice::UnknownOption {
            option: option.into(),
        };
        let en = notice.render(Lang::En);
        let ko = notice.render(Lang::Ko);
        assert_eq!(en, notice.to_string(), "Display is the English");
        assert!(en.contains(&format!("\"{option}\"")), "{en}");
        assert!(ko.contains(&format!("\"{option}\"")), "{ko}");
        assert!(has_hangul(&ko), "{ko}");
        no_particle_after(&ko, &format!("\"{option}\""));
        // The example key is verbatim in both.
        assert!(en.contains("ec2/per-service") && ko.contains("ec2/per-service"));
    }
    assert_eq!(
        LinkNotice::UnknownOption {
            option: "custom".into()
        }
        .render(Lang::Ko),
        "링크가 선택한 \"custom\" 옵션은 이 버전에 없는 옵션입니다(옵션은 ec2/per-service처럼 씁니다). 선택된 옵션 없이 링크를 엽니다."
    );
}

/// The errors of `input` in `lang`, one string each, path first.
fn errors_in(input: serde_json::Value, lang: Lang) -> Vec<String> {
    match parse_scenario_value(&input, bundled()) {
        Ok(_) => panic!("should fail"),
        Err(e) => e.errors.iter().map(|i| i.render(lang)).collect(),
    }
}

#[test]
fn services_2_memory_out_of_range_reads_in_korean_with_its_path_and_value() {
    let mut input = json!({
        "version": 1, "region": "us-east-1",
        "services": [
            {"name": "a", "cpu": 256, "memory": 512, "count": 1},
            {"name": "b", "cpu": 256, "memory": 512, "count": 1},
            {"name": "c", "cpu": 256, "memory": "2 TB", "count": 1}
        ]
    });
    assert_eq!(
        errors_in(input.clone(), Lang::Ko),
        ["services[2].memory = \"2 TB\": 알 수 없는 단위입니다: \"TB\". 메모리를 MiB 단위 정수로 입력하세요. 예: 1024, \"1024\", \"512 MiB\", \"1 GB\", \"2GB\""]
    );
    // 2,000 GiB = 2,048,000 MiB, above the largest EC2 type's 1,572,864.
    input["services"][2]["memory"] = json!(2_048_000);
    assert_eq!(
        errors_in(input.clone(), Lang::Ko),
        ["services[2].memory = 2048000: 가장 큰 EC2 인스턴스보다 큽니다. 최대 1572864 MiB(1,536 GiB)입니다"]
    );
    assert_eq!(
        errors_in(input, Lang::En),
        ["services[2].memory = 2048000: is more than the largest EC2 instance offers; at most 1572864 MiB (1,536 GiB)"]
    );
}

#[test]
fn missing_fields_and_the_whole_file_read_in_korean() {
    let input = json!({"version": 1, "services": [{"name": "api", "cpu": 512, "memory": 1024}]});
    let errors = match parse_scenario_value(&input, bundled()) {
        Ok(_) => panic!("should fail"),
        Err(e) => e,
    };
    let ko = errors.render(Lang::Ko);
    // Two errors: no region, and neither count nor profile for api.
    assert!(ko.starts_with("시나리오에 오류가 2개 있습니다:\n"), "{ko}");
    assert!(
        ko.contains(
            "  region = (없음): AWS 리전 코드를 입력하세요. 예: \"us-east-1\"(가격이 있는 리전 "
        ),
        "{ko}"
    );
    assert!(ko.contains("  services[0].count = (없음): count(매시간 태스크 수, 예: 2) 또는 profile(시간별 태스크 수 24개 또는 168개)을 지정하세요\n"), "{ko}");
    assert_eq!(errors.render(Lang::En), errors.to_string());
    assert!(errors
        .to_string()
        .starts_with("the scenario has 2 errors:\n"));
    let not_json = parse_scenario("{", bundled()).unwrap_err();
    assert!(
        not_json.errors[0]
            .render(Lang::Ko)
            .starts_with("시나리오: 올바른 JSON이 아닙니다(EOF while parsing"),
        "{}",
        not_json.errors[0].render(Lang::Ko)
    );
}

#[test]
fn every_task_definition_report_line_renders_in_both_languages() {
    let all = [
        TaskDefLine::Compatibilities {
            list: names(&["FARGATE", "EC2"]),
        },
        TaskDefLine::Platform {
            arch: Arch::Arm64,
            os: Os::Linux,
            defaulted: false,
        },
        TaskDefLine::Platform {
            arch: Arch::X86_64,
            os: Os::Linux,
            defaulted: true,
        },
        TaskDefLine::CpuTaskLevel { cpu_units: 512 },
        TaskDefLine::CpuSumOfContainers {
            cpu_units: 768,
            containers: 3,
        },
        TaskDefLine::CpuAssumed { cpu_units: 256 },
        TaskDefLine::MemoryTaskLevel { memory_mib: 2048 },
        TaskDefLine::MemorySumOfContainers {
            memory_mib: 1280,
            parts: vec![
                ContainerMemory {
                    name: Some("app".into()),
                    memory_mib: 1024,
                    reservation: true,
                },
                ContainerMemory {
                    name: None,
                    memory_mib: 256,
                    reservation: false,
                },
            ],
        },
        TaskDefLine::NetworkModeAsBridge {
            mode: "none".into(),
        },
        TaskDefLine::NetworkModeFargateDefault,
        TaskDefLine::NetworkModeEc2Default,
        TaskDefLine::NetworkMode {
            mode: NetworkMode::Bridge,
        },
        TaskDefLine::HostPort {
            port: 8080,
            path: "containerDefinitions[0].portMappings[0]".into(),
        },
        TaskDefLine::SeveralHostPorts { count: 2, kept: 80 },
        TaskDefLine::CountSetToOne {
            service: "api".into(),
        },
    ];
    for line in &all {
        // Exhaustive: a new line kind needs a case here.
        match line {
            TaskDefLine::Compatibilities { .. }
            | TaskDefLine::Platform { .. }
            | TaskDefLine::CpuTaskLevel { .. }
            | TaskDefLine::CpuSumOfContainers { .. }
            | TaskDefLine::CpuAssumed { .. }
            | TaskDefLine::MemoryTaskLevel { .. }
            | TaskDefLine::MemorySumOfContainers { .. }
            | TaskDefLine::NetworkModeAsBridge { .. }
            | TaskDefLine::NetworkModeFargateDefault
            | TaskDefLine::NetworkModeEc2Default
            | TaskDefLine::NetworkMode { .. }
            | TaskDefLine::HostPort { .. }
            | TaskDefLine::SeveralHostPorts { .. }
            | TaskDefLine::CountSetToOne { .. } => {}
        }
        let en = line.render(Lang::En);
        let ko = line.render(Lang::Ko);
        assert_eq!(en, line.to_string());
        for n in numbers(&en) {
            assert!(numbers(&ko).contains(&n), "{n} missing from {ko:?}");
        }
        for v in verbatim(&en) {
            assert!(ko.contains(&v), "{v:?} missing from {ko:?}");
        }
        // Report lines name JSON fields verbatim; the words around them are Korean
        // except for lines that are only a field and its value.
        if !en.starts_with("networkMode: ") && !en.starts_with("runtimePlatform: arm64") {
            assert!(has_hangul(&ko), "no Hangul in {ko:?}");
        }
    }
    assert_eq!(
        all[7].render(Lang::Ko),
        "memory: 1280 MiB(태스크 수준 memory 없음, app 1024 (memoryReservation) + 컨테이너 256 (memory)의 합)"
    );
}

#[test]
fn every_compose_refusal_renders_in_both_languages() {
    let all = [
        ComposeError::TooLarge { bytes: 2_000_000 },
        ComposeError::Syntax {
            line: 3,
            column: 7,
            message: "mapping values are not allowed".into(),
        },
        ComposeError::TooManyNodes,
        ComposeError::TooDeep,
        ComposeError::NotCompose {
            why: NotCompose::NoServices,
        },
        ComposeError::NotCompose {
            why: NotCompose::NotAMapping {
                found: Found::Scalar("hello".into()),
            },
        },
        ComposeError::NotCompose {
            why: NotCompose::ServicesNotAMapping { found: Found::List },
        },
        ComposeError::NotCompose {
            why: NotCompose::ServicesEmpty,
        },
    ];
    for error in &all {
        match error {
            ComposeError::NotCompose { why } => match why {
                NotCompose::NotAMapping { .. }
                | NotCompose::NoServices
                | NotCompose::ServicesNotAMapping { .. }
                | NotCompose::ServicesEmpty => {}
            },
            ComposeError::TooLarge { .. }
            | ComposeError::Syntax { .. }
            | ComposeError::TooManyNodes
            | ComposeError::TooDeep => {}
        }
        let en = error.render(Lang::En);
        let ko = error.render(Lang::Ko);
        assert_eq!(en, error.to_string());
        assert!(has_hangul(&ko) && !has_hangul(&en), "{ko}");
        for n in numbers(&en) {
            assert!(numbers(&ko).contains(&n), "{n} missing from {ko:?}");
        }
        for part in en.split('`').skip(1).step_by(2) {
            assert!(ko.contains(part), "{part:?} missing from {ko:?}");
        }
        no_particle_after(&ko, "\"hello\"");
    }
    assert_eq!(
        all[5].render(Lang::En),
        "This is not a Compose file the planner can read: the file holds \"hello\" instead of a \
         mapping. A Compose file has a top-level `services:` mapping, e.g. `services: {web: {image: nginx}}`."
    );
    assert!(all[6]
        .render(Lang::Ko)
        .contains(": `services` 값이 매핑이 아닙니다(값: 목록)."));
    // 1 MiB = 1024 KiB, the largest Compose file read.
    assert_eq!(
        all[0].render(Lang::Ko),
        "파일 크기가 2000000바이트입니다. 1024 KiB를 넘는 Compose 파일은 거부합니다. 번들이 아니라 서비스를 정의한 파일을 가져오세요."
    );
}

/// Korean never puts a particle straight after a runtime value (the right
/// form depends on its last syllable): the character after each `value` in
/// `ko` is not 은/는/이/가/을/를/으/로/과/와.
fn no_particle_after(ko: &str, value: &str) {
    for (at, _) in ko.match_indices(value) {
        let next = ko[at + value.len()..].chars().next();
        assert!(
            !matches!(
                next,
                Some('은' | '는' | '이' | '가' | '을' | '를' | '으' | '로' | '과' | '와')
            ),
            "particle after {value:?} in {ko:?}"
        );
    }
}

/// Every Compose report line, with names, paths and figures that appear
/// nowhere else, so that a missing one is caught.
fn all_compose_lines() -> Vec<ComposeLine> {
    let service = || "shop-web".to_string();
    vec![
        ComposeLine::Cpu {
            service: service(),
            source: "deploy.resources.limits.cpus".into(),
            cpu_units: 512,
        },
        ComposeLine::Memory {
            service: service(),
            source: "mem_limit".into(),
            memory_mib: 1536,
        },
        ComposeLine::Global { service: service() },
        ComposeLine::Count {
            service: service(),
            source: "deploy.replicas".into(),
            count: 7,
        },
        ComposeLine::CountDefault { service: service() },
        ComposeLine::HostPort {
            service: service(),
            port: 8443,
        },
        ComposeLine::NetworkMode {
            service: service(),
            mode: NetworkMode::Host,
        },
        ComposeLine::Platform {
            service: service(),
            platform: "linux/arm64".into(),
            os: Os::Linux,
            arch: Arch::Arm64,
        },
        ComposeLine::IgnoredTopLevel {
            key: "x-defaults".into(),
        },
        ComposeLine::IgnoredField {
            path: "services.shop-web.build".into(),
        },
        ComposeLine::SeveralDocuments,
        ComposeLine::ServiceNotAMapping {
            service: service(),
            found: Found::List,
        },
        ComposeLine::DefaultSize {
            service: service(),
            cpu_units: 256,
            memory_mib: 512,
        },
        ComposeLine::BadCpus {
            service: service(),
            source: "cpus".into(),
            found: Found::Scalar("lots".into()),
        },
        ComposeLine::NoCpu {
            service: service(),
            cpu_units: 256,
        },
        ComposeLine::CpuSources {
            service: service(),
            used: "deploy.resources.reservations.cpus".into(),
            cpu_units: 1024,
            other: "deploy.resources.limits.cpus".into(),
            other_cpu_units: 2048,
        },
        ComposeLine::BadMemory {
            service: service(),
            source: "mem_limit".into(),
            found: Found::Scalar("12X".into()),
        },
        ComposeLine::NoMemory {
            service: service(),
            memory_mib: 512,
        },
        ComposeLine::MemorySources {
            service: service(),
            used: "deploy.resources.reservations.memory".into(),
            memory_mib: 1536,
            other: "deploy.resources.limits.memory".into(),
            other_memory_mib: 2048,
        },
        ComposeLine::UnknownDeployMode {
            service: service(),
            mode: "sharded".into(),
        },
        ComposeLine::BadReplicas {
            service: service(),
            source: "scale".into(),
            found: Found::Scalar("-1".into()),
        },
        ComposeLine::PortsNotAList {
            service: service(),
            found: Found::Mapping,
        },
        ComposeLine::PortRange {
            service: service(),
            index: 3,
            range: "8000-8010".into(),
        },
        ComposeLine::BadPort {
            service: service(),
            index: 4,
            found: Found::Scalar("nonsense".into()),
        },
        ComposeLine::ExtraHostPorts {
            service: service(),
            more: 2,
            kept: 8443,
        },
        ComposeLine::UnknownNetworkMode {
            service: service(),
            mode: "service:other".into(),
        },
        ComposeLine::UnknownPlatform {
            service: service(),
            platform: "linux/s390x".into(),
        },
    ]
}

/// Fails to compile when a `ComposeLine` variant is added without a case above.
fn covered_compose(line: &ComposeLine) -> bool {
    // true: the line is a field and what it became, with no words around
    // it to translate.
    match line {
        ComposeLine::Memory { .. }
        | ComposeLine::Count { .. }
        | ComposeLine::NetworkMode { .. }
        | ComposeLine::Platform { .. }
        | ComposeLine::IgnoredField { .. } => true,
        ComposeLine::Cpu { .. }
        | ComposeLine::Global { .. }
        | ComposeLine::CountDefault { .. }
        | ComposeLine::HostPort { .. }
        | ComposeLine::IgnoredTopLevel { .. }
        | ComposeLine::SeveralDocuments
        | ComposeLine::ServiceNotAMapping { .. }
        | ComposeLine::DefaultSize { .. }
        | ComposeLine::BadCpus { .. }
        | ComposeLine::NoCpu { .. }
        | ComposeLine::CpuSources { .. }
        | ComposeLine::BadMemory { .. }
        | ComposeLine::NoMemory { .. }
        | ComposeLine::MemorySources { .. }
        | ComposeLine::UnknownDeployMode { .. }
        | ComposeLine::BadReplicas { .. }
        | ComposeLine::PortsNotAList { .. }
        | ComposeLine::PortRange { .. }
        | ComposeLine::BadPort { .. }
        | ComposeLine::ExtraHostPorts { .. }
        | ComposeLine::UnknownNetworkMode { .. }
        | ComposeLine::UnknownPlatform { .. } => false,
    }
}

/// The names and paths a line carries, which both languages print verbatim.
fn compose_names(line: &ComposeLine) -> Vec<String> {
    let text = format!("{line:?}");
    // The Debug form lists every string field as "…"; Found scalars too.
    text.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_compose_report_line_renders_in_both_languages_with_the_same_names_and_figures() {
    for line in all_compose_lines() {
        let field_only = covered_compose(&line);
        let en = line.render(Lang::En);
        let ko = line.render(Lang::Ko);
        assert_eq!(en, line.to_string(), "Display is the English");
        assert!(!has_hangul(&en), "{en}");
        assert_eq!(has_hangul(&ko), !field_only, "{ko}");
        assert_eq!(
            numbers(&en),
            numbers(&ko),
            "the same figures in order: {en} / {ko}"
        );
        for v in verbatim(&en) {
            assert!(ko.contains(&v), "{v:?} missing from {ko:?} (en {en:?})");
        }
        for name in compose_names(&line) {
            assert!(en.contains(&name), "{name:?} missing from {en:?}");
            assert!(ko.contains(&name), "{name:?} missing from {ko:?}");
            no_particle_after(&ko, &name);
        }
    }
    // Reservations win: 1024 units used, the 2048 limit is not.
    assert_eq!(
        all_compose_lines()[15].render(Lang::Ko),
        "services.shop-web: 배치 기준은 deploy.resources.reservations.cpus 값(1024 CPU 단위)이고 deploy.resources.limits.cpus 값(2048)은 쓰지 않았습니다. ECS는 태스크가 예약한 양을 기준으로 배치합니다"
    );
}

#[test]
fn every_offer_note_and_refusal_renders_in_both_languages() {
    let notes = [
        OfferNote::Ec2Types {
            types: 264,
            known_enis: 250,
        },
        OfferNote::DefaultEnis {
            total: 23,
            named: names(&["x9z.mega", "u7i.huge"]),
            max_enis: 2,
        },
        OfferNote::NoFargateLinuxX86,
        OfferNote::FargateRates {
            have: vec![FargatePlatform::LinuxX86, FargatePlatform::LinuxArm],
            missing: vec![FargatePlatform::Windows, FargatePlatform::Spot],
        },
    ];
    for note in &notes {
        match note {
            OfferNote::Ec2Types { .. }
            | OfferNote::DefaultEnis { .. }
            | OfferNote::NoFargateLinuxX86
            | OfferNote::FargateRates { .. } => {}
        }
        let (en, ko) = (note.render(Lang::En), note.render(Lang::Ko));
        assert_eq!(en, note.to_string());
        assert!(!has_hangul(&en) && has_hangul(&ko), "{ko}");
        assert_eq!(numbers(&en), numbers(&ko), "{en} / {ko}");
        for name in ["x9z.mega", "u7i.huge", "Linux/ARM"] {
            assert_eq!(en.contains(name), ko.contains(name), "{name}: {en} / {ko}");
        }
    }
    // 23 types, 2 named: the list ends with ", ...".
    assert!(notes[1]
        .render(Lang::Ko)
        .ends_with(": x9z.mega, u7i.huge, ..."));
    assert_eq!(
        notes[3].render(Lang::En),
        "Fargate: rates for Linux/x86, Linux/ARM; not in the file: Windows, Spot"
    );
    assert_eq!(
        notes[3].render(Lang::Ko),
        "Fargate: 요금 있음: Linux/x86, Linux/ARM. 파일에 없음: Windows, 스팟"
    );
    let errors = [
        OfferError::Malformed("expected value at line 1 column 1".into()),
        OfferError::UnsupportedOffer("AmazonS3".into()),
        OfferError::NothingFound {
            offer_code: "AmazonEC2".into(),
        },
        OfferError::SeveralRegions(names(&["eu-west-1", "us-west-2"])),
        OfferError::RegionNotInFile {
            region: "ap-northeast-2".into(),
            found: names(&["us-east-1"]),
        },
    ];
    for error in &errors {
        match error {
            OfferError::Malformed(_)
            | OfferError::UnsupportedOffer(_)
            | OfferError::NothingFound { .. }
            | OfferError::SeveralRegions(_)
            | OfferError::RegionNotInFile { .. } => {}
        }
        let (en, ko) = (error.render(Lang::En), error.render(Lang::Ko));
        assert_eq!(en, error.to_string());
        assert!(!has_hangul(&en) && has_hangul(&ko), "{ko}");
        for n in numbers(&en) {
            assert!(numbers(&ko).contains(&n), "{n} missing from {ko:?}");
        }
        for name in [
            "AmazonS3",
            "AmazonEC2",
            "eu-west-1",
            "us-west-2",
            "ap-northeast-2",
            "--region",
        ] {
            assert_eq!(en.contains(name), ko.contains(name), "{name}: {en} / {ko}");
            no_particle_after(&ko, name);
        }
    }
}

#[test]
fn every_import_refusal_renders_in_both_languages() {
    let all = [
        ImportError::Empty,
        ImportError::NotJson {
            detail: "EOF while parsing an object at line 1 column 12".into(),
        },
        ImportError::Compose(ComposeError::TooDeep),
        ImportError::NotServices {
            kind: Kind::Scenario,
        },
        ImportError::NotServices {
            kind: Kind::Pricing,
        },
        ImportError::Unrecognised,
    ];
    for error in &all {
        match error {
            ImportError::Empty
            | ImportError::NotJson { .. }
            | ImportError::Compose(_)
            | ImportError::NotServices { .. }
            | ImportError::Unrecognised => {}
        }
        check_same_figures(&error.render(Lang::En), &error.render(Lang::Ko));
    }
}
