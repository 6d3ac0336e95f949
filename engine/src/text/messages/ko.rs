//! Korean text for validation problems, size errors and field issues, from
//! the team's translation memory (§11–§12). Field paths, JSON field names,
//! values and CLI commands stay verbatim; no 은/는/이/가/을/를 right after a
//! runtime value (a fixed noun or a safe particle comes between).

use super::en::{container_memories, named_types, quote_list};
use crate::import::compose::{
    ComposeError, ComposeLine, NotCompose, MAX_DEPTH, MAX_INPUT_BYTES, MAX_NODES,
};
use crate::import::offer::{FargatePlatform, OfferError, OfferNote};
use crate::import::taskdef::TaskDefLine;
use crate::import::yaml::Found;
use crate::import::{ImportError, Kind};
use crate::text::figures::size_label;
use crate::units::SizeError;
use crate::validate::{KnownRegions, NameOf, NumberProblem, Problem, Valid, UNASSIGNED_CLUSTER};

fn known_regions(known: &KnownRegions) -> String {
    format!(
        "가격이 있는 리전 {}개(예: {})",
        known.count,
        quote_list(&known.examples)
    )
}

pub fn size_error(error: &SizeError) -> String {
    match error {
        SizeError::WrongType => "숫자 또는 문자열이어야 합니다".to_string(),
        SizeError::Unreadable => "이 플래너가 읽을 수 있는 크기가 아닙니다".to_string(),
        SizeError::UnknownUnit(unit) => format!("알 수 없는 단위입니다: \"{unit}\""),
        SizeError::NotPositive => "0보다 커야 합니다".to_string(),
        SizeError::Fractional => "단위의 정수배여야 합니다".to_string(),
        SizeError::TooLarge => "너무 큽니다".to_string(),
    }
}

fn number_problem(problem: NumberProblem) -> &'static str {
    match problem {
        NumberProblem::OutOfRange => "범위를 벗어났습니다",
        NumberProblem::NotANumber => "숫자여야 합니다",
        NumberProblem::Negative => "음수일 수 없습니다",
        NumberProblem::NotWhole => "정수여야 합니다",
    }
}

fn give_name(of: NameOf) -> &'static str {
    match of {
        NameOf::Service => "서비스 이름을 입력하세요. 예: \"api\"",
        NameOf::Cluster => "클러스터 이름을 입력하세요. 예: \"api\"",
        NameOf::Provider => "용량 공급자 이름을 입력하세요. 예: \"api\"",
    }
}

/// What would be valid, as an instruction (`~하세요`).
pub fn valid(valid: &Valid) -> String {
    match valid {
        Valid::HorizonHours => "1에서 8760 사이의 시간을 입력하세요(기본값 168 = 1주)".into(),
        Valid::SpotShare => {
            "0에서 1 사이의 비율을 입력하세요(0.5 = 대상 태스크의 절반을 Fargate 스팟으로)".into()
        }
        Valid::RegionCode { known } => format!(
            "AWS 리전 코드를 입력하세요. 예: \"us-east-1\"({})",
            known_regions(known)
        ),
        Valid::RegionCodeLike => "\"us-east-1\" 같은 AWS 리전 코드를 입력하세요".into(),
        Valid::ServiceList => "서비스를 하나 이상 나열하세요. 예: [{\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}]".into(),
        Valid::ServicesAsObjects => "서비스를 객체로 나열하세요".into(),
        Valid::CpuForms => "CPU 단위를 정수로 입력하세요(1024 = 1 vCPU). 예: 512, \"512\", \"0.5 vCPU\", \"1 vCPU\"".into(),
        Valid::MemoryForms => "메모리를 MiB 단위 정수로 입력하세요. 예: 1024, \"1024\", \"512 MiB\", \"1 GB\", \"2GB\"".into(),
        Valid::GroupName => "\"prod\" 같은 그룹 이름이나 null을 입력하세요".into(),
        Valid::HostPort => {
            "1에서 65535 사이의 포트를 입력하거나, 동적 호스트 포트를 쓰려면 null로 두세요".into()
        }
        Valid::Name { of } => give_name(*of).into(),
        Valid::TaskCount { max } => format!("0에서 {max} 사이의 태스크 수(정수)를 입력하세요"),
        Valid::ProfileLengths => "시간별 태스크 수를 24개 또는 168개 입력하세요".into(),
        Valid::CountOrProfile => "count(매시간 태스크 수, 예: 2) 또는 profile(시간별 태스크 수 24개 또는 168개)을 지정하세요".into(),
        Valid::TargetCapacity => {
            "1에서 100 사이의 백분율을 입력하세요(기본값 100 = 여유 인스턴스 없음)".into()
        }
        Valid::AvailabilityZones { max } => {
            format!("가용 영역 수를 1에서 {max} 사이로 입력하세요(기본값 3)")
        }
        Valid::MemoryOverhead { max } => format!(
            "인스턴스당 0에서 {max} 사이의 MiB를 입력하거나, 기본 모델을 쓰려면 null로 두세요"
        ),
        Valid::MinInstances { max } => {
            format!("0에서 {max} 사이의 인스턴스 수(정수)를 입력하세요")
        }
        Valid::OpsPerCluster => "EC2 클러스터 하나를 운영하는 데(패치, 오토 스케일링 그룹) 팀이 매월 쓰는 USD를 0 이상으로 입력하세요. 예: 400. 0 또는 null이면 반영하지 않습니다".into(),
        Valid::OpsPerInstance => "EC2 인스턴스 1대당 매월 드는 운영 작업 비용(USD)을 0 이상으로 입력하세요. 예: 15. 0 또는 null이면 반영하지 않습니다".into(),
        Valid::OpsEngineer => "엔지니어의 시간당 비용(USD)을 0 이상으로 입력하세요. 예: 90. null이면 반영하지 않습니다".into(),
        Valid::Ec2SpotShare => "온디맨드 기본 용량을 넘는 인스턴스 중 스팟으로 실행할 비율을 0에서 1 사이로 입력하세요(0.7 = 70%, 오토 스케일링 그룹의 혼합 인스턴스 정책과 같습니다)".into(),
        Valid::Ec2SpotBase => "용량 공급자마다 스팟보다 먼저 유지할 온디맨드 인스턴스 수를 0에서 1000 사이의 정수로 입력하세요".into(),
        Valid::Ec2SpotDiscount => "온디맨드 대비 EC2 스팟 평균 할인율을 0에서 95 사이의 퍼센트로 입력하세요(예: 65, 스팟 가격은 번들되어 있지 않습니다)".into(),
        Valid::Ec2SpotDiscountNeeded => "온디맨드 대비 EC2 스팟 평균 할인율을 0에서 95 사이의 퍼센트로 입력하세요(예: 65). ec2.spot_share 설정으로 인스턴스가 스팟에서 실행되며, 스팟 가격은 번들되어 있지 않습니다".into(),
        Valid::InstanceTypes => "[\"m5.large\"] 같은 인스턴스 유형 이름을 나열하거나, 카탈로그를 검색하려면 이 필드를 빼세요".into(),
        Valid::InstanceType => "\"m5.large\" 같은 인스턴스 유형을 입력하세요".into(),
        Valid::CapacityProviders => "용량 공급자를 객체 목록으로 나열하세요. 예: [{\"name\": \"memory\", \"instance_type\": \"r5.large\"}]".into(),
        Valid::ProviderName => "ec2.capacity_providers에 있는 용량 공급자 이름을 입력하세요. 예: \"memory\"".into(),
        Valid::StrategyChain { max, names } => {
            format!("{} 중에서 1~{max}개로 체인을 구성하세요", quote_list(names))
        }
        Valid::Layouts { names } => format!("{} 중 하나 이상을 지정하세요", quote_list(names)),
        Valid::CustomClusters => "클러스터를 {\"name\": \"web\", \"launch_type\": \"fargate\" 또는 \"ec2\", \"services\": [\"api\"]} 형식으로 나열하세요".into(),
        Valid::ServiceNames => "서비스 이름을 나열하세요".into(),
        Valid::ServiceName => "서비스 이름을 입력하세요".into(),
        Valid::LaunchType => "\"fargate\" 또는 \"ec2\"를 입력하세요".into(),
        Valid::Discount => "0에서 100 사이의 백분율을 입력하세요(예: 절감형 플랜 할인율)".into(),
    }
}

/// The message of a field issue, in Korean.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotJson { detail } => {
            format!("올바른 JSON이 아닙니다({detail}). 표시된 줄과 열을 확인하세요")
        }
        Problem::NotAScenario => "시나리오로 읽을 수 없습니다".into(),
        Problem::NotAnObject { fields } => {
            format!("다음 필드를 가진 JSON 객체여야 합니다: {}", fields.join(", "))
        }
        Problem::UnknownField { suggestion, known } => match suggestion {
            Some(near) => format!("알 수 없는 필드이므로 무시합니다 (\"{near}\" 필드를 의도하셨나요?)"),
            None => format!(
                "알 수 없는 필드이므로 무시합니다 (사용 가능한 필드: {})",
                known.join(", ")
            ),
        },
        Problem::Number { problem, valid: v } => {
            format!("{}. {}", number_problem(*problem), valid(v))
        }
        Problem::NotBool => "true 또는 false여야 합니다".into(),
        Problem::NotString { valid: v } => format!("문자열이어야 합니다. {}", valid(v)),
        Problem::NotList { valid: v } => format!("목록(배열)이어야 합니다. {}", valid(v)),
        Problem::Missing { valid: v } => valid(v),
        Problem::Size { error, valid: v } => format!("{}. {}", size_error(error), valid(v)),
        Problem::NoVersion => "version이 없어 버전 1로 읽었습니다".into(),
        Problem::WrongVersion => {
            "이 플래너는 버전 1 시나리오 파일만 읽습니다. \"version\": 1로 지정하세요".into()
        }
        Problem::UnknownRegion { suggestions, known } => {
            let hint = if suggestions.is_empty() {
                String::new()
            } else {
                format!("혹시 {} 리전인가요? ", quote_list(suggestions))
            };
            format!(
                "이 플래너에 가격이 있는 리전이 아닙니다. {hint}{}. 다른 리전은 `ecs-planner pricing import`로 해당 리전의 가격 목록을 가져오세요",
                known_regions(known)
            )
        }
        Problem::NoFargateRates { region } => format!(
            "Fargate 요금이 로드되지 않았는데 모든 비교에는 Fargate 비용이 필요합니다. `ecs-planner pricing import`로 {region} 리전의 AmazonECS 가격 목록을 가져오세요"
        ),
        Problem::NoServices => "비어 있습니다. 서비스를 하나 이상 나열하세요. 예: {\"name\": \"api\", \"cpu\": 512, \"memory\": 1024, \"count\": 2}".into(),
        Problem::TooManyServices { max } => {
            format!("서비스가 너무 많습니다. 최대 {max}개까지 허용됩니다. 여러 시나리오로 나누세요")
        }
        Problem::TooManyTasks { total, max } => format!(
            "최대 시점의 태스크 수가 합계 {total}개입니다(서비스마다 가장 많은 시간의 태스크 수를 더한 값). 최대 {max}개까지 허용됩니다. 태스크 수를 줄이거나 여러 시나리오로 나누세요"
        ),
        Problem::DuplicateName { of, first } => match of {
            NameOf::Service => format!(
                "이미 services[{first}]의 이름입니다. 서비스 이름은 고유해야 합니다"
            ),
            NameOf::Cluster => format!(
                "이미 custom_clusters[{first}]의 이름입니다. 클러스터 이름은 고유해야 합니다"
            ),
            NameOf::Provider => format!(
                "이미 ec2.capacity_providers[{first}]의 이름입니다. 용량 공급자 이름은 고유해야 합니다"
            ),
        },
        Problem::CpuAboveEc2 { max_cpu_units } => format!(
            "가장 큰 EC2 인스턴스보다 큽니다. 최대 {max_cpu_units} CPU 단위(192 vCPU)입니다"
        ),
        Problem::MemoryAboveEc2 { max_memory_mib } => format!(
            "가장 큰 EC2 인스턴스보다 큽니다. 최대 {max_memory_mib} MiB(1,536 GiB)입니다"
        ),
        Problem::EmptyGroup => {
            "비어 있습니다. \"prod\" 같은 그룹 이름을 입력하거나 이 필드를 빼세요".into()
        }
        Problem::NotArch => "\"x86_64\" 또는 \"arm64\"여야 합니다".into(),
        Problem::NotOs => "\"linux\" 또는 \"windows\"여야 합니다".into(),
        Problem::NotNetworkMode => "\"awsvpc\", \"bridge\", \"host\" 중 하나여야 합니다".into(),
        Problem::NotLaunchType => "\"fargate\" 또는 \"ec2\"여야 합니다".into(),
        Problem::ReservedHostPort => "ECS가 모든 컨테이너 인스턴스에서 예약한 포트(22, 2375, 2376, 51678, 51679)이므로 태스크를 배치할 수 없습니다. 다른 포트를 선택하세요".into(),
        Problem::HostPortIgnoredInAwsvpc => "awsvpc 네트워크 모드에서는 효과가 없어(태스크마다 네트워크 인터페이스가 따로 있음) 무시합니다. 인스턴스의 포트를 고정하려면 network_mode를 \"bridge\" 또는 \"host\"로 지정하세요".into(),
        Problem::WindowsOnArm => "Windows 태스크는 x86_64에서만 실행됩니다. arch를 \"x86_64\"로, 또는 os를 \"linux\"로 지정하세요".into(),
        Problem::EmptyName { of } => format!("비어 있습니다. {}", give_name(*of)),
        Problem::NameTooLong { max } => format!("너무 깁니다. 최대 {max}자입니다"),
        Problem::CountAndProfile => {
            "count(매시간 같은 수)와 profile(시간별 태스크 수) 중 하나만 지정하세요".into()
        }
        Problem::ProfileLength { found } => format!(
            "값이 {found}개입니다. 시간별 태스크 수를 24개(1일) 또는 168개(1주, 월요일 00:00부터) 입력하세요"
        ),
        Problem::NotASeed => "0에서 18446744073709551615 사이의 정수여야 합니다".into(),
        Problem::EmptyInstanceTypes => "비어 있습니다. [\"m5.large\"] 같은 인스턴스 유형 이름을 나열하거나, 카탈로그를 검색하려면 이 필드를 빼세요".into(),
        Problem::InstanceTypesUnchecked {
            region,
            bundled_ec2_regions,
        } => format!(
            "확인할 수 없습니다. {region} 리전의 EC2 가격이 로드되지 않아(이 빌드에는 다른 리전 {bundled_ec2_regions}개의 EC2 가격이 포함되어 있으며 `ecs-planner pricing list`로 확인할 수 있음) EC2 옵션의 비용을 계산할 수 없습니다. `ecs-planner pricing import`로 {region} 리전의 AmazonEC2 가격 목록을 가져오세요"
        ),
        Problem::NotSoldInRegion {
            region,
            price_list_date,
            nearest,
        } => {
            let place = match region {
                Some(code) => format!("{code} 리전에서는"),
                None => "이 리전에서는".to_string(),
            };
            format!(
                "{place} 판매하지 않는 유형입니다({price_list_date} EC2 가격 목록에 없음). 이 리전에서 판매하는 가장 가까운 유형: {}",
                quote_list(nearest)
            )
        }
        Problem::UnknownInstanceType { suggestions } => {
            let hint = if suggestions.is_empty() {
                "유효한 이름은 EC2 카탈로그를 참고하세요(예: \"m5.large\", \"c6g.xlarge\")"
                    .to_string()
            } else {
                format!("혹시 {} 유형인가요?", quote_list(suggestions))
            };
            format!("이 리전의 EC2 카탈로그에 없습니다. {hint}")
        }
        Problem::ListedTwice => "두 번 나열되어 중복 항목을 무시합니다".into(),
        Problem::StrategyCount { found, max, names } => format!(
            "전략이 {found}개입니다. ECS는 서비스당 1~{max}개를 허용합니다({}). ECS 기본값(spread:az → spread:instanceId)을 쓰려면 이 필드를 빼세요",
            valid(&Valid::StrategyChain {
                max: *max,
                names: names.clone()
            })
        ),
        Problem::NotAStrategy { suggestion, names } => {
            let hint = match suggestion {
                Some(n) => format!("혹시 \"{n}\"인가요? "),
                None => String::new(),
            };
            format!("배치 전략이 아닙니다. {hint}유효한 값: {}", quote_list(names))
        }
        Problem::EmptyLayouts { names } => format!(
            "비어 있습니다. {}",
            valid(&Valid::Layouts {
                names: names.clone()
            })
        ),
        Problem::NotALayout { names } => format!(
            "클러스터 구성 값이 아닙니다. {}",
            valid(&Valid::Layouts {
                names: names.clone()
            })
        ),
        Problem::TooManyClusters { max } => format!("클러스터가 너무 많습니다. 최대 {max}개입니다"),
        Problem::NotAServiceHere { suggestion } => match suggestion {
            Some(n) => format!("이 시나리오에 없는 서비스입니다. 혹시 \"{n}\"인가요?"),
            None => "이 시나리오에 없는 서비스입니다. 시나리오에 있는 서비스 중 하나를 지정하세요"
                .into(),
        },
        Problem::TooManyProviders { max } => format!(
            "용량 공급자가 너무 많습니다. 최대 {max}개입니다(ECS의 클러스터당 한도)"
        ),
        Problem::ProviderNameChars => "영문자, 숫자, 하이픈, 밑줄만 쓸 수 있습니다(ECS의 용량 공급자 이름 규칙). 예: \"memory-heavy\"".into(),
        Problem::ProviderNamePrefix { prefix } => format!(
            "\"{prefix}\" 접두사로 시작합니다. 이 접두사는 ECS가 자체 용량 공급자용으로 예약해 두었으니 다른 이름을 고르세요. 예: \"memory-heavy\""
        ),
        Problem::ProviderNameReserved { names } => format!(
            "플래너가 자체 용량 공급자에 붙이는 이름({})과 같습니다. 다른 이름을 고르세요. 예: \"memory-heavy\"",
            quote_list(names)
        ),
        Problem::UnknownProvider { suggestion, known } => match (suggestion, known.is_empty()) {
            (Some(n), _) => format!(
                "ec2.capacity_providers에 없는 용량 공급자입니다. 혹시 \"{n}\"인가요?"
            ),
            (None, false) => format!(
                "ec2.capacity_providers에 없는 용량 공급자입니다. 다음 중 하나를 지정하세요: {}",
                quote_list(known)
            ),
            (None, true) => "용량 공급자를 지정했지만 ec2.capacity_providers에 용량 공급자가 없습니다. 그곳에 추가하거나(예: {\"name\": \"memory\", \"instance_type\": \"r5.large\"}), 플래너의 선택을 따르려면 capacity_provider 필드를 빼세요".into(),
        },
        Problem::DaemonWithProvider => "데몬 서비스에 지정되어 있습니다. 데몬은 클러스터의 모든 용량 공급자의 모든 인스턴스에서 실행되므로 용량 공급자를 지정하지 않습니다. capacity_provider 필드를 빼세요".into(),
        Problem::ProviderArchMismatch {
            provider,
            instance_type,
            type_arch,
            service_arch,
        } => format!(
            "용량 공급자 \"{provider}\"의 인스턴스 유형 {instance_type}의 아키텍처는 {}인데, 이 서비스의 아키텍처는 {}입니다. 해당 용량 공급자의 instance_type을 {} 유형으로 바꾸거나 서비스를 다른 용량 공급자에 연결하세요",
            type_arch.as_str(),
            service_arch.as_str(),
            service_arch.as_str()
        ),
        Problem::ProviderUnused { provider } => format!(
            "용량 공급자 \"{provider}\"에 연결된 서비스가 없어(services[i].capacity_provider) 아무것도 실행하지 않습니다"
        ),
        Problem::AlreadyInCluster { first } => format!(
            "이미 custom_clusters[{first}]에 있습니다. 서비스는 클러스터 하나에만 넣을 수 있습니다"
        ),
        Problem::DaemonOnFargate { service } => format!(
            "데몬 서비스인데 Fargate는 데몬을 실행하지 않습니다. \"{service}\" 서비스를 \"launch_type\": \"ec2\"인 클러스터에 넣으세요(또는 에이전트를 각 태스크의 사이드카 컨테이너로 실행하세요)"
        ),
        Problem::WindowsOnFargate { service } => format!(
            "Windows 서비스입니다. 클러스터를 직접 구성할 때 이 플래너는 Windows 서비스를 EC2에 둡니다. \"{service}\" 서비스를 \"launch_type\": \"ec2\"인 클러스터에 넣으세요"
        ),
        Problem::TooBigForFargate {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "{} 크기가 필요해 Fargate 최대 크기(16 vCPU / 120 GB)보다 큽니다. \"{service}\" 서비스를 \"launch_type\": \"ec2\"인 클러스터에 넣으세요",
            size_label(*cpu_units, *memory_mib)
        ),
        Problem::CustomNeedsClusters => "custom_clusters가 필요합니다. [{\"name\": \"web\", \"launch_type\": \"fargate\", \"services\": [\"api\"]}]를 추가하거나 \"custom\"을 빼세요".into(),
        Problem::CustomUnused => {
            "사용되지 않습니다. 비교하려면 layouts에 \"custom\"을 추가하세요".into()
        }
        Problem::UnassignedClash { services } => format!(
            "어느 사용자 지정 클러스터에도 없는 서비스({})를 담는 EC2 클러스터에 플래너가 붙이는 이름입니다. 이 클러스터 이름을 바꾸거나 해당 서비스를 클러스터에 나열하세요",
            quote_list(services)
        ),
        Problem::Unassigned { services } => format!(
            "서비스 {}의 클러스터가 지정되지 않아, 사용자 지정 구성에서는 \"{UNASSIGNED_CLUSTER}\"라는 EC2 클러스터에 넣습니다",
            quote_list(services)
        ),
        Problem::TaskDefNotAnObject => "작업 정의 객체여야 합니다(RegisterTaskDefinition 입력 또는 DescribeTaskDefinition 출력)".into(),
        Problem::TaskDefNoFamily => {
            "작업 정의에는 family 이름이 필요합니다. 이 이름이 서비스 이름이 됩니다".into()
        }
        Problem::TaskDefContainerCount { max } => {
            format!("컨테이너 정의를 1~{max}개 나열해야 합니다")
        }
        Problem::TaskDefNetworkMode => "awsvpc, bridge, host, none, default 중 하나여야 합니다".into(),
        Problem::TaskDefWindowsArch => "Windows 작업 정의는 X86_64에서만 실행됩니다".into(),
        Problem::TaskDefNotWhole => "0 이상의 정수여야 합니다".into(),
        Problem::TaskDefCpuAboveEc2 => "어떤 EC2 인스턴스보다도 큽니다(최대 192 vCPU)".into(),
        Problem::TaskDefContainersCpuAboveEc2 => {
            "컨테이너 cpu의 합이 어떤 EC2 인스턴스보다도 큽니다(최대 192 vCPU)".into()
        }
        Problem::TaskDefMemoryAboveEc2 => {
            "어떤 EC2 인스턴스보다도 큽니다(최대 1,536 GiB)".into()
        }
        Problem::TaskDefContainerMemoryMissing => "태스크 수준 memory가 없으므로, ECS 요구 사항대로 컨테이너마다 memory 또는 memoryReservation(MiB)이 필요합니다".into(),
        Problem::TaskDefContainersMemoryAboveEc2 => {
            "컨테이너 memory의 합이 어떤 EC2 인스턴스보다도 큽니다(최대 1,536 GiB)".into()
        }
    }
}

/// `시나리오에 오류가 2개 있습니다:`
pub fn errors_heading(count: usize) -> String {
    format!("시나리오에 오류가 {count}개 있습니다:")
}

/// The path label for the whole file, and the value shown when absent.
pub const WHOLE_FILE: &str = "시나리오";
pub const MISSING_VALUE: &str = "(없음)";

/// One line of a task-definition import report, in Korean (§12.1).
pub fn taskdef_line(line: &TaskDefLine) -> String {
    match line {
        TaskDefLine::Compatibilities { list } => format!(
            "requiresCompatibilities {}: 읽었지만 플래너는 Fargate와 EC2를 모두 비교합니다",
            list.join(", ")
        ),
        TaskDefLine::Platform { arch, os, defaulted } => format!(
            "runtimePlatform: {} / {}{}",
            arch.as_str(),
            os.as_str(),
            if *defaulted {
                " (지정 안 됨: ECS 기본값 Linux/x86_64)"
            } else {
                ""
            }
        ),
        TaskDefLine::CpuTaskLevel { cpu_units } => format!("cpu: {cpu_units} 단위(태스크 수준)"),
        TaskDefLine::CpuSumOfContainers {
            cpu_units,
            containers,
        } => format!(
            "cpu: {cpu_units} 단위(컨테이너 {containers}개의 합, 태스크 수준 cpu 없음)"
        ),
        TaskDefLine::CpuAssumed { cpu_units } => format!(
            "태스크나 컨테이너 수준에 CPU가 없습니다(이 경우 EC2의 ECS는 CPU를 예약하지 않음). {cpu_units} CPU 단위로 가정했으니 필요하면 수정하세요"
        ),
        TaskDefLine::MemoryTaskLevel { memory_mib } => {
            format!("memory: {memory_mib} MiB(태스크 수준)")
        }
        TaskDefLine::MemorySumOfContainers { memory_mib, parts } => format!(
            "memory: {memory_mib} MiB(태스크 수준 memory 없음, {}의 합)",
            container_memories(parts, "컨테이너")
        ),
        TaskDefLine::NetworkModeAsBridge { mode } => format!(
            "networkMode \"{mode}\" 값은 동적 포트를 쓰는 bridge로 모델링합니다(인스턴스당 한도 없음)"
        ),
        TaskDefLine::NetworkModeFargateDefault => {
            "networkMode가 없습니다. FARGATE에는 awsvpc가 필요합니다".into()
        }
        TaskDefLine::NetworkModeEc2Default => {
            "networkMode가 없습니다. EC2에서 ECS 기본값은 bridge입니다".into()
        }
        TaskDefLine::NetworkMode { mode } => format!("networkMode: {}", mode.as_str()),
        TaskDefLine::HostPort { port, path } => {
            format!("{path}의 호스트 포트 {port}번: 이 서비스는 인스턴스당 태스크 1개만 실행됩니다")
        }
        TaskDefLine::SeveralHostPorts { count, kept } => format!(
            "고정 호스트 포트가 {count}개입니다. 하나만 있어도 인스턴스당 태스크가 1개로 제한되므로 첫 번째({kept})만 유지합니다"
        ),
        TaskDefLine::CountSetToOne { service } => format!(
            "{service}: 작업 정의에는 원하는 태스크 수가 없어 count를 1로 설정했습니다. 필요하면 수정하세요"
        ),
    }
}

/// What a YAML value was: a scalar quoted as written, or its kind.
pub fn found(found: &Found) -> String {
    match found {
        Found::Scalar(text) => format!("{text:?}"),
        Found::List => "목록".into(),
        Found::Mapping => "매핑".into(),
    }
}

fn not_compose(why: &NotCompose) -> String {
    match why {
        NotCompose::NotAMapping { found: f } => {
            format!("파일 내용이 매핑이 아닙니다(값: {})", found(f))
        }
        NotCompose::NoServices => "최상위 `services`가 없습니다".into(),
        NotCompose::ServicesNotAMapping { found: f } => {
            format!("`services` 값이 매핑이 아닙니다(값: {})", found(f))
        }
        NotCompose::ServicesEmpty => "`services` 값이 비어 있습니다".into(),
    }
}

/// Korean Compose refusals (translation memory §12.2, C1–C5). The YAML
/// parser's own message stays English.
pub fn compose_error(error: &ComposeError) -> String {
    match error {
        ComposeError::TooLarge { bytes } => format!(
            "파일 크기가 {bytes}바이트입니다. {} KiB를 넘는 Compose 파일은 거부합니다. 번들이 아니라 서비스를 정의한 파일을 가져오세요.",
            MAX_INPUT_BYTES / 1024
        ),
        ComposeError::Syntax {
            line,
            column,
            message,
        } => format!(
            "{line}행 {column}열이 올바른 YAML이 아닙니다: {message}. `docker compose config`로 파일을 확인하세요."
        ),
        ComposeError::TooManyNodes => format!(
            "파일의 YAML 별칭(`*name`)을 펼치면 값이 {MAX_NODES}개를 넘어 실제 Compose 파일보다 훨씬 많으므로 거부했습니다. `docker compose config`를 실행해 그 출력을 가져오세요."
        ),
        ComposeError::TooDeep => format!(
            "파일의 중첩 깊이가 {MAX_DEPTH}단계를 넘어 실제 Compose 파일보다 훨씬 깊으므로 거부했습니다."
        ),
        ComposeError::NotCompose { why } => format!(
            "플래너가 읽을 수 있는 Compose 파일이 아닙니다: {}. Compose 파일에는 최상위 `services:` 매핑이 있어야 합니다. 예: `services: {{web: {{image: nginx}}}}`",
            not_compose(why)
        ),
    }
}

/// One line of a Compose import report; paths and field names verbatim.
pub fn compose_line(line: &ComposeLine) -> String {
    match line {
        ComposeLine::Cpu {
            service,
            source,
            cpu_units,
        } => format!("services.{service}.{source} → cpu {cpu_units} CPU 단위"),
        ComposeLine::Memory {
            service,
            source,
            memory_mib,
        } => format!("services.{service}.{source} → memory {memory_mib} MiB"),
        ComposeLine::Global { service } => {
            format!("services.{service}.deploy.mode: global → 데몬(인스턴스마다 태스크 하나)")
        }
        ComposeLine::Count {
            service,
            source,
            count,
        } => format!("services.{service}.{source}: {count} → count {count}"),
        ComposeLine::CountDefault { service } => format!(
            "services.{service}: 복제본 수가 없어 count를 1로 설정했습니다(Compose 기본값)"
        ),
        ComposeLine::HostPort { service, port } => format!(
            "services.{service}.ports → host_port {port}(고정 호스트 포트: 인스턴스당 태스크 하나)"
        ),
        ComposeLine::NetworkMode { service, mode } => {
            let mode = mode.as_str();
            format!("services.{service}.network_mode: {mode} → network_mode {mode}")
        }
        ComposeLine::Platform {
            service,
            platform,
            os,
            arch,
        } => format!(
            "services.{service}.platform: {platform} → os {}, arch {}",
            os.as_str(),
            arch.as_str()
        ),
        ComposeLine::IgnoredTopLevel { key } => format!("{key}(플래너에서 사용하지 않음)"),
        ComposeLine::IgnoredField { path } => path.clone(),
        ComposeLine::SeveralDocuments => {
            "파일에 YAML 문서가 여러 개(`---`) 있어 첫 번째 문서만 읽었습니다".into()
        }
        ComposeLine::ServiceNotAMapping { service, found: f } => format!(
            "services.{service}: 매핑이 아닙니다(값: {}). 기본 크기로 가져왔습니다",
            found(f)
        ),
        ComposeLine::DefaultSize {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "services.{service}: CPU와 메모리가 없어 {cpu_units} CPU 단위, {memory_mib} MiB로 가정했습니다. 플래너에서 실제 크기를 설정하세요"
        ),
        ComposeLine::BadCpus {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} 값은 CPU 개수(예: \"0.5\" 또는 2)가 아니므로 무시했습니다",
            found(f)
        ),
        ComposeLine::NoCpu { service, cpu_units } => format!(
            "services.{service}: CPU가 없어(deploy.resources.reservations.cpus 또는 limits.cpus) {cpu_units} CPU 단위로 가정했습니다. 플래너에서 실제 값을 설정하세요"
        ),
        ComposeLine::CpuSources {
            service,
            used,
            cpu_units,
            other,
            other_cpu_units,
        } => format!(
            "services.{service}: 배치 기준은 {used} 값({cpu_units} CPU 단위)이고 {other} 값({other_cpu_units})은 쓰지 않았습니다. ECS는 태스크가 예약한 양을 기준으로 배치합니다"
        ),
        ComposeLine::BadMemory {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} 값은 메모리 크기(예: \"512M\", \"1.5G\" 또는 바이트 수)가 아니므로 무시했습니다",
            found(f)
        ),
        ComposeLine::NoMemory {
            service,
            memory_mib,
        } => format!(
            "services.{service}: 메모리가 없어(deploy.resources.reservations.memory 또는 limits.memory) {memory_mib} MiB로 가정했습니다. 플래너에서 실제 값을 설정하세요"
        ),
        ComposeLine::MemorySources {
            service,
            used,
            memory_mib,
            other,
            other_memory_mib,
        } => format!(
            "services.{service}: 배치 기준은 {used} 값({memory_mib} MiB)이고 {other} 값({other_memory_mib} MiB)은 쓰지 않았습니다. ECS는 memoryReservation이 있으면 그 값으로 태스크를 배치합니다"
        ),
        ComposeLine::UnknownDeployMode { service, mode } => format!(
            "services.{service}.deploy.mode: {mode:?} 값은 `replicated`도 `global`도 아니므로 replicated로 읽었습니다"
        ),
        ComposeLine::BadReplicas {
            service,
            source,
            found: f,
        } => format!(
            "services.{service}.{source}: {} 값은 복제본 수(정수)가 아니므로 무시했습니다",
            found(f)
        ),
        ComposeLine::PortsNotAList { service, found: f } => format!(
            "services.{service}.ports: {} 값은 목록이 아니므로 무시했습니다",
            found(f)
        ),
        ComposeLine::PortRange {
            service,
            index,
            range,
        } => format!(
            "services.{service}.ports[{index}]: 호스트 포트 범위 {range:?} 값은 고정 포트 하나가 아니므로 호스트 포트로 모델링하지 않습니다"
        ),
        ComposeLine::BadPort {
            service,
            index,
            found: f,
        } => format!(
            "services.{service}.ports[{index}]: {} 값은 포트 매핑(예: \"8080:80\")이 아니므로 무시했습니다",
            found(f)
        ),
        ComposeLine::ExtraHostPorts {
            service,
            more,
            kept,
        } => format!(
            "services.{service}.ports: 고정 호스트 포트가 {more}개 더 있습니다. 하나만 있어도 인스턴스당 태스크가 하나로 제한되므로 {kept}번 포트만 유지합니다"
        ),
        ComposeLine::UnknownNetworkMode { service, mode } => format!(
            "services.{service}.network_mode: {mode:?} 값에 해당하는 ECS 네트워크 모드가 없어 시나리오 기본값(awsvpc)을 사용합니다"
        ),
        ComposeLine::UnknownPlatform { service, platform } => format!(
            "services.{service}.platform: {platform:?} 값은 linux/amd64, linux/arm64, windows/amd64 중 어느 것도 아니므로 무시했습니다"
        ),
    }
}

/// A set of Fargate rates by name (Spot as the AWS Korean documentation
/// calls it).
pub fn fargate_platform(platform: FargatePlatform) -> &'static str {
    match platform {
        FargatePlatform::LinuxX86 => "Linux/x86",
        FargatePlatform::LinuxArm => "Linux/ARM",
        FargatePlatform::Windows => "Windows",
        FargatePlatform::Spot => "스팟",
    }
}

fn platforms(list: &[FargatePlatform]) -> String {
    list.iter()
        .map(|p| fargate_platform(*p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One note of an offer-file import (`ecs-planner pricing import`).
pub fn offer_note(note: &OfferNote) -> String {
    match note {
        OfferNote::Ec2Types { types, known_enis } => format!(
            "EC2: Linux 온디맨드 인스턴스 유형 {types}개(공유 테넌시, 사전 설치 소프트웨어 없음). 그중 {known_enis}개의 ENI 한도는 번들 카탈로그에서 가져왔습니다"
        ),
        OfferNote::DefaultEnis {
            total,
            named,
            max_enis,
        } => format!(
            "오퍼 파일에는 ENI 한도가 없고 번들 카탈로그에 없는 유형이 {total}개라서, 이 유형들은 보수적으로 ENI {max_enis}개(인스턴스당 awsvpc 태스크 1개), 트렁킹 없음으로 잡았습니다: {}",
            named_types(named, *total)
        ),
        OfferNote::NoFargateLinuxX86 => {
            "Fargate: 파일에 Linux/x86 vCPU·GB 요금이 없어 Fargate 가격을 쓰지 않았습니다".into()
        }
        OfferNote::FargateRates { have, missing } => format!(
            "Fargate: 요금 있음: {}{}",
            platforms(have),
            if missing.is_empty() {
                String::new()
            } else {
                format!(". 파일에 없음: {}", platforms(missing))
            }
        ),
    }
}

/// Why an offer file could not be imported. The JSON reader's own message
/// stays English.
pub fn offer_error(error: &OfferError) -> String {
    match error {
        OfferError::Malformed(e) => format!(
            "AWS Price List 오퍼 파일이 아닙니다({e}). 오퍼 파일 받는 곳: https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/<region>/index.json (또는 AmazonECS)"
        ),
        OfferError::UnsupportedOffer(code) => format!(
            "지원하지 않는 오퍼 코드입니다: \"{code}\". AmazonEC2 또는 AmazonECS 오퍼 파일을 가져오세요"
        ),
        OfferError::NothingFound { offer_code } => format!(
            "이 {offer_code} 오퍼 파일에는 쓸 수 있는 가격이 없습니다(Linux 공유 테넌시 온디맨드 인스턴스도, Fargate vCPU/GB 요금도 없음). 리전별 파일인지 확인하세요"
        ),
        OfferError::SeveralRegions(regions) => format!(
            "파일에 리전이 {}개 있습니다({}). --region 옵션으로 하나를 고르세요",
            regions.len(),
            regions.join(", ")
        ),
        OfferError::RegionNotInFile { region, found } => format!(
            "리전 {region}: 이 파일에 없습니다. 파일에 있는 리전: {}",
            found.join(", ")
        ),
    }
}

/// Why a text gave no services (`ecs-planner import`, the app's import).
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => "가져올 내용이 없습니다(파일이 비어 있음)".into(),
        ImportError::NotJson { detail } => {
            format!("올바른 JSON이 아닙니다({detail}). 표시된 행과 열을 확인하세요")
        }
        ImportError::Compose(error) => compose_error(error),
        ImportError::NotServices {
            kind: Kind::Scenario,
        } => "작업 정의나 Compose 파일이 아니라 시나리오 파일입니다. `ecs-planner simulate`로 실행하세요".into(),
        ImportError::NotServices {
            kind: Kind::Pricing,
        } => "작업 정의나 Compose 파일이 아니라 가격 파일입니다. `ecs-planner simulate --pricing`에 지정해 사용하세요".into(),
        ImportError::NotServices {
            kind: Kind::TaskDefinitions | Kind::Compose | Kind::Unknown,
        }
        | ImportError::Unrecognised => "작업 정의(`containerDefinitions`, `taskDefinition`, `family` 없음)도 Compose 파일(`services` 매핑 없음)도 아닙니다".into(),
    }
}

/// `작업 정의 2` (1-based), the label of a refused definition.
pub fn task_definition_number(number: usize) -> String {
    format!("작업 정의 {number}")
}
