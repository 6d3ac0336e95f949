//! Korean text for the findings of the plan itself: assumptions, unplaced
//! reasons, the instance-type search's reasons and EC2 run notes (the
//! verdict and option notes are in `ko.rs`). Wording from the translation
//! memory (`ko-translation-memory.md` §5–§10): no particle that depends on
//! the last syllable follows a runtime name; names get a noun (`{type}
//! 유형`, `{service} 서비스`, `{region} 리전`) and counts a counter.

use super::figures::{size_label, usd};
use crate::findings::{Assumption, Ec2Assumption, UnplacedReason};
use crate::scenario::{Arch, Os};

/// One EC2 modelling choice.
pub fn ec2_assumption(assumption: Ec2Assumption) -> &'static str {
    match assumption {
        Ec2Assumption::HourlySteps => "시간은 1시간 단위로 진행합니다. 매시간 서비스의 원하는 태스크 수가 한꺼번에 적용되고, 용량 공급자는 같은 시간 안에 대응합니다(실제 AWS는 몇 분 안에 대응하며 약 15분 후 스케일 인합니다).",
        Ec2Assumption::WholeHourBilling => "인스턴스는 실행된 모든 시간에 대해 1시간 단위로 과금합니다.",
        Ec2Assumption::RegisteredCapacity => "등록되는 CPU는 vCPU × 1024 단위입니다. 등록되는 메모리는 명목 메모리에서 OS 오버헤드를 뺀 값으로, memory_overhead_mib를 지정하면 그 값을, 아니면 명목 메모리의 2.53%를 뺍니다(AWS 가이드의 m4.large 예시는 8192 MiB 중 7985 MiB를 등록합니다).",
        Ec2Assumption::OneTypePerCluster => "클러스터마다 인스턴스 유형 하나를 사용합니다. instance_types 목록이 있으면 그중 가장 좋은 유형 하나를 고르고, 없으면 클러스터 아키텍처의 전체 카탈로그를 검색합니다. 버스터블 유형(t3, t3a, t4g)은 vCPU가 기준 성능까지만 지속되므로 allow_burstable를 설정하지 않으면 검색에서 제외합니다.",
        Ec2Assumption::BurstableCredits => "버스터블 유형(t3, t3a, t4g)은 AWS 기본값인 무제한 모드로 실행합니다. 인스턴스 시간마다 max(0, 예약된 CPU 단위 / 1024 - 기준 성능 x vCPU 수)만큼의 잉여 CPU 크레딧을 vCPU 시간당 $0.05(t3, t3a) 또는 $0.04(t4g)로 과금하며, vCPU당 기준 성능은 5%(nano), 10%(micro), 20%(small, medium), 30%(large), 40%(xlarge, 2xlarge)입니다. 태스크가 예약한 만큼 CPU를 사용한다고 가정하고, 크레딧은 AWS의 24시간 누적 정산이 아니라 1시간 단위로 정산하며, 모든 리전에 같은 요금을 적용하고, 크레딧에는 할인을 적용하지 않습니다.",
        Ec2Assumption::AwsvpcEnis => "awsvpc 태스크는 태스크마다 네트워크 인터페이스를 하나씩 사용합니다. 인스턴스당 한도는 최대 ENI 수 − 1이며, ENI 트렁킹을 켜면 ECS의 태스크 한도(ECS 개발자 안내서의 트렁킹 표. 이 표보다 새로운 패밀리는 이전 세대의 같은 크기에서 추정하며, 참고에 그렇게 표시)를 적용합니다. T 패밀리는 트렁킹을 지원하지 않습니다. bridge와 host 태스크는 ENI를 사용하지 않습니다.",
        Ec2Assumption::OneTaskPerInstance => "host 네트워킹, 고정 호스트 포트, distinct_instance는 인스턴스당 해당 서비스의 태스크를 1개만 허용합니다. 같은 호스트 포트를 쓰는 서비스끼리는 인스턴스를 공유하지 않으며, 호스트 포트 22, 2375, 2376, 51678, 51679는 예약되어 있습니다.",
        Ec2Assumption::DaemonsFirst => "데몬 서비스는 모든 인스턴스에 태스크를 1개씩 실행하며 가장 먼저 배치합니다. 빈 인스턴스에 들어가지 않는 데몬이 있으면 그 인스턴스 유형은 후보에서 제외합니다.",
        Ec2Assumption::DefaultStrategy => "배치 전략이 없으면 ECS 서비스 기본값대로 가용 영역 간에 분산한 뒤 인스턴스 간에 분산합니다(spread:az → spread:instanceId). 전략 체인 전체가 동률이면 새 태스크는 가장 오래된 인스턴스에, 스케일 인은 가장 최근 인스턴스의 태스크부터 중지합니다.",
        Ec2Assumption::ScaleIn => "스케일 인도 배치 전략을 따릅니다. binpack은 남는 용량이 가장 많아질 인스턴스의 태스크를, spread:instanceId는 해당 서비스 태스크가 가장 많은 인스턴스의 태스크를 중지하고, spread:az는 가용 영역 간 균형을 유지하며, random(또는 뒤에 다른 전략이 없는 spread:az)은 무작위로 고른 인스턴스의 태스크를 중지합니다.",
        Ec2Assumption::LargestTaskFirst => "매시간 태스크가 큰 서비스부터 배치하며, 스케일 인을 스케일 아웃보다 먼저 처리합니다.",
        Ec2Assumption::CapacityProvider => "새 인스턴스는 인스턴스가 가장 적은 가용 영역에 추가합니다. 용량 공급자는 대기 중인 태스크에 필요한 인스턴스 수를 빈 인스턴스에 대한 FFD(first-fit decreasing) 패킹으로 추정하고, target_capacity 여유 용량(인스턴스 수 = ceil(필요 수 × 100 / 목표 용량))과 min_instances 이상을 유지하며, 데몬만 실행 중인 인스턴스만 인스턴스가 가장 많은 AZ에서 최근 것부터 제거합니다.",
        Ec2Assumption::TasksStay => "태스크는 스케일 인으로 중지될 때까지 처음 배치된 곳에 머뭅니다. ECS는 실행 중인 태스크를 옮기지 않으므로, 스케일 인 후 남은 단편화가 인스턴스를 계속 살려 두어 비용이 듭니다.",
        Ec2Assumption::IdealAndLowerBound => "이상적 재배치 = 매시간 모든 태스크를 처음부터 다시 배치한 경우(FFD, 같은 제약 조건과 여유 용량)이며, ECS 실제 실행 수보다 많지 않습니다. 하한 = 전체 CPU, 메모리, ENI 또는 인스턴스당 1개 태스크 수를 데몬을 뺀 인스턴스 1대의 용량으로 나눠 올림한 값이며, 같은 여유 용량을 적용합니다.",
        Ec2Assumption::RandomSeed => "random 전략은 시나리오의 seed를 사용하므로 같은 시나리오는 항상 같은 배치가 나옵니다.",
        Ec2Assumption::WindowsNotOnEc2 => "Windows 태스크는 EC2에 배치하지 않습니다. EC2 Windows 가격이 포함되어 있지 않기 때문입니다.",
        Ec2Assumption::MixedArchitectures => "서비스마다 CPU 아키텍처가 다른 클러스터는 태스크가 가장 많은 아키텍처로 실행하며, 나머지는 배치되지 않은 태스크로 표시합니다.",
        Ec2Assumption::WhatCostsInclude => "비용은 포함된 스냅샷의 Linux 온디맨드 가격에서 지정한 EC2 할인(인스턴스 시간에만 적용)을 뺀 값에 잉여 CPU 크레딧과 지정한 운영 비용을 더한 값입니다. 배치되지 않은 태스크, EBS, 데이터 전송, 로드 밸런서 비용은 포함하지 않습니다.",
    }
}

/// One assumption behind the report's figures.
pub fn assumption(assumption: &Assumption) -> String {
    match assumption {
        Assumption::Prices { snapshot } => format!("가격: {snapshot}."),
        Assumption::Horizon { hours } => format!(
            "{hours}시간을 1시간 단위로 시뮬레이션합니다. 월 비용은 이 기간의 비용 × 730 / {hours}입니다."
        ),
        Assumption::FargateBilling => "Fargate는 각 태스크를 그 CPU와 메모리를 충족하는 가장 저렴한 유효 Fargate 크기로 과금하며, 크기 올림으로 생기는 차이는 따로 표시합니다. Fargate에서는 데몬을 실행하지 않습니다. 초 단위 과금과 1분 최소 과금은 태스크 시간(1시간) 단위로 근사합니다.".to_string(),
        Assumption::NoEc2Prices { region, bundled_ec2_regions } => format!(
            "{region} 리전의 EC2 가격이 로드되지 않아(이 빌드에는 리전 {bundled_ec2_regions}개의 EC2 가격이 포함되어 있지만 이 리전은 없음) 이 리전에서는 Fargate 비용만 계산할 수 있습니다. EC2와 비교하려면 {region} 리전의 AmazonEC2 가격 목록을 가져오거나(`ecs-planner pricing import`, 오퍼 파일 https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/{region}/index.json) EC2 가격이 포함된 리전을 선택하세요(`ecs-planner pricing list`)."
        ),
        Assumption::Ec2(a) => ec2_assumption(*a).to_string(),
        Assumption::Ops {
            usd_per_cluster_month,
            usd_per_instance_month,
            engineer_usd_per_hour,
        } => {
            let mut sentence = format!(
                "EC2 운영 작업 비용(지정한 수치): EC2 클러스터당 월 {}, 실행 중인 인스턴스당 월 {}(평균 인스턴스 기준: 인스턴스 시간 x 이 수치 / 730)를 모든 EC2 클러스터에 더했습니다. Fargate에는 이 비용이 들지 않습니다.",
                usd(*usd_per_cluster_month),
                usd(*usd_per_instance_month)
            );
            if let Some(rate) = engineer_usd_per_hour {
                sentence.push_str(&format!(" 엔지니어 1시간 비용은 {}입니다.", usd(*rate)));
            }
            sentence
        }
    }
}

/// Fargate's name for a platform (§6 F2).
pub fn fargate_platform(arch: Arch, os: Os) -> &'static str {
    match (os, arch) {
        (Os::Windows, _) => "Windows/x86",
        (Os::Linux, Arch::Arm64) => "Linux/ARM(Graviton)",
        (Os::Linux, Arch::X86_64) => "Linux/x86",
    }
}

/// Why tasks could not run (a fragment shown in parentheses or after a
/// dash: no final period, §9).
pub fn unplaced_reason(reason: &UnplacedReason) -> String {
    match reason {
        UnplacedReason::FargateTooLarge {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "{service} 서비스에는 {} 크기가 필요해 Fargate 최대 크기(16 vCPU / 120 GB)보다 큼",
            size_label(*cpu_units, *memory_mib)
        ),
        UnplacedReason::FargateTooLargeForWindows {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "{service} 서비스에는 {} 크기가 필요하지만 Fargate는 Windows 태스크를 1, 2, 4 vCPU 크기로만 실행하므로(최대 4 vCPU / 30 GB) Fargate에 배치하지 않음",
            size_label(*cpu_units, *memory_mib)
        ),
        UnplacedReason::FargateNotPriced {
            service,
            arch,
            os,
            region,
        } => {
            let platform = fargate_platform(*arch, *os);
            format!(
                "{service} 서비스는 {platform}에서 실행되는데 {region} 리전에는 Fargate {platform} 요금이 포함되어 있지 않아 그 리전의 Fargate 비용을 계산하지 않음(요금을 임의로 만들지 않음). 계산하려면 `ecs-planner pricing import`로 {region} 리전의 AmazonECS 오퍼 파일(https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/{region}/index.json)을 가져와 결과를 로드하세요"
            )
        }
        // The EC2 simulator's reasons are still English (typed later).
        UnplacedReason::Ec2 { text } => text.clone(),
    }
}
