//! Korean text for the plan itself: assumptions, unplaced reasons, the
//! instance-type search's reasons and EC2 run notes. Wording from the
//! translation memory (`ko-translation-memory.md` §5–§10): names get a noun
//! (`{type} 유형`, `{service} 서비스`, `{region} 리전`) and counts a counter.

use super::labels::*;
use crate::findings::{
    Assumption, CandidateWhy, DaemonMisfit, Ec2Assumption, NoFit, NoTypeWhy, RunNote, TypeChoice,
    UnplacedReason, Versus,
};
use crate::text::figures::{pct0, size_label, usd};

/// One EC2 modelling choice.
pub fn ec2_assumption(assumption: Ec2Assumption) -> &'static str {
    match assumption {
        Ec2Assumption::HourlySteps => "시간은 1시간 단위로 진행합니다. 매시간 서비스의 원하는 태스크 수가 한꺼번에 적용되고, 용량 공급자는 같은 시간 안에 대응합니다(실제 AWS는 몇 분 안에 대응하며 약 15분 후 스케일 인합니다).",
        Ec2Assumption::WholeHourBilling => "인스턴스는 실행된 모든 시간에 대해 1시간 단위로 과금합니다.",
        Ec2Assumption::RegisteredCapacity => "등록되는 CPU는 vCPU × 1024 단위입니다. 등록되는 메모리는 명목 메모리에서 OS 오버헤드를 뺀 값으로, memory_overhead_mib를 지정하면 그 값을, 아니면 명목 메모리의 2.53%를 뺍니다(AWS 가이드의 m4.large 예시는 8192 MiB 중 7985 MiB를 등록합니다).",
        Ec2Assumption::OneTypePerCluster => "용량 공급자(오토 스케일링 그룹 1개)마다 인스턴스 유형 하나를 사용하며, 클러스터 하나에 용량 공급자를 여러 개 둘 수 있습니다. 플래너는 클러스터마다 모든 서비스가 함께 쓰는 용량 공급자 1개와 태스크 형태(아키텍처, vCPU당 메모리 3 GiB 이하·6 GiB 이하·그 이상)별 용량 공급자를 비교해, 태스크를 더 많이 빠뜨리지 않는 쪽 중 더 저렴한 쪽을 택합니다. 데몬은 모든 용량 공급자의 모든 인스턴스에서 실행되고, 용량 공급자마다 min_instances를 따로 유지합니다. 클러스터 자체에는 비용이 들지 않습니다. instance_types 목록이 있으면 용량 공급자마다 그중 가장 좋은 유형 하나를 고르고, 없으면 용량 공급자 아키텍처의 전체 카탈로그를 검색합니다. 버스터블 유형(t3, t3a, t4g)은 vCPU가 기준 성능까지만 지속되므로 allow_burstable 옵션을 켜지 않으면 검색에서 제외합니다.",
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
        Assumption::Ec2Spot {
            share_pct,
            on_demand_base,
            discount_pct,
        } => format!(
            "EC2 스팟: 용량 공급자마다 온디맨드 인스턴스 {on_demand_base}대를 기본으로 두고, 나머지 중 {}%에 해당하는 인스턴스를 오토 스케일링 혼합 인스턴스 정책처럼 스팟으로 실행하며, 지정한 평균 스팟 할인율({}%)을 적용합니다. 실시간 스팟 가격은 포함되어 있지 않습니다. 비율은 매시간 인스턴스 수에 평균으로 적용하고, 절감형 플랜 할인은 온디맨드 시간에만 적용하며, 인스턴스 유형 검색은 온디맨드 가격으로 순위를 매깁니다. 스팟 인스턴스는 2분 전 알림 후 중단될 수 있으며, 그때 ECS가 태스크를 다른 곳에 다시 배치합니다. 이 계획은 중단을 모델링하지 않습니다.",
            trim_number(*share_pct),
            trim_number(*discount_pct),
        ),
        Assumption::NamedProviders { providers } => format!(
            "직접 지정한 용량 공급자: {}. 용량 공급자에 연결한 서비스는 그 서비스가 있는 모든 EC2 클러스터에서 해당 용량 공급자로 실행되며(모든 데몬도 함께 실행), 나머지 서비스는 플래너가 고른 용량 공급자를 그대로 씁니다.",
            providers
                .iter()
                .map(|(name, instance_type)| match instance_type {
                    Some(t) => format!("{name}(인스턴스 유형 {t})"),
                    None => format!("{name}(클러스터가 고른 인스턴스 유형)"),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Assumption::ProviderSpot {
            provider,
            share_pct,
            on_demand_base,
            discount_pct,
        } => format!(
            "용량 공급자 {provider}: 자체 EC2 스팟 설정으로 온디맨드 인스턴스 {on_demand_base}대를 기본으로 두고, 나머지 중 {}%에 해당하는 인스턴스를 평균 할인율 {}%의 스팟으로 실행합니다(실시간 스팟 가격은 포함되어 있지 않으며, 스팟 인스턴스는 2분 전 알림 후 중단될 수 있습니다).",
            trim_number(*share_pct),
            trim_number(*discount_pct),
        ),
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
        UnplacedReason::Ec2Windows => "EC2에서는 Windows 태스크를 시뮬레이션하지 않음: EC2 Windows 인스턴스 가격이 포함되어 있지 않습니다. 이 서비스는 Fargate에서 실행하세요".to_string(),
        UnplacedReason::Architecture {
            task_arch,
            instance_type,
            type_arch,
        } => format!(
            "태스크는 {}용인데 {instance_type} 유형은 {}임",
            task_arch.as_str(),
            type_arch.as_str()
        ),
        UnplacedReason::ReservedHostPort { port } => format!(
            "호스트 포트 {port}번은 모든 컨테이너 인스턴스에서 예약되어 있음(22, 2375, 2376, 51678, 51679). 다른 host_port를 지정하세요"
        ),
        UnplacedReason::NoFit(why) => no_fit(why),
        UnplacedReason::TypeUnusable(misfit) => format!(
            "{} 유형을 사용할 수 없음: {}",
            misfit.instance_type,
            daemon_misfit(misfit)
        ),
        UnplacedReason::NoTypeCanRun(why) => format!(
            "이 클러스터를 실행할 수 있는 인스턴스 유형이 없음: {}",
            no_type_why(why)
        ),
        UnplacedReason::StillPending => {
            "해당 시간에 용량 공급자가 스케일 아웃한 뒤에도 대기 상태로 남음".to_string()
        }
    }
}

/// Why a task does not fit an instance (a fragment, §9 E5–E14).
pub fn no_fit(why: &NoFit) -> String {
    let eni_hint = |trunking: bool| {
        if trunking {
            ". ENI 트렁킹을 켜거나 bridge 네트워킹을 사용하세요"
        } else {
            ". bridge 네트워킹이나 ENI가 더 많은 유형을 사용하세요"
        }
    };
    match why {
        NoFit::HostPortTakenByDaemon { daemon } => format!(
            "모든 인스턴스에서 데몬 {daemon}의 태스크가 이미 같은 호스트 포트를 사용 중임. 둘 중 하나의 호스트 포트를 바꾸세요"
        ),
        NoFit::CpuTooBig {
            cpu_units,
            instance_type,
            registered_cpu_units,
        } => format!(
            "태스크 하나에 {cpu_units} CPU 단위가 필요한데 {instance_type} 유형의 등록 CPU는 {registered_cpu_units} 단위임. 이 유형에는 너무 큼"
        ),
        NoFit::CpuLeftAfterDaemons {
            cpu_units,
            instance_type,
            free_cpu_units,
        } => format!(
            "태스크 하나에 {cpu_units} CPU 단위가 필요한데 {instance_type} 유형은 데몬을 뺀 뒤 {free_cpu_units} 단위만 남음"
        ),
        NoFit::MemoryTooBig {
            memory_mib,
            instance_type,
            registered_memory_mib,
        } => format!(
            "태스크 하나에 {memory_mib} MiB가 필요한데 {instance_type} 유형의 등록 메모리는 {registered_memory_mib} MiB임. 이 유형에는 너무 큼"
        ),
        NoFit::MemoryLeftAfterDaemons {
            memory_mib,
            instance_type,
            free_memory_mib,
        } => format!(
            "태스크 하나에 {memory_mib} MiB가 필요한데 {instance_type} 유형은 데몬을 뺀 뒤 {free_memory_mib} MiB만 남음"
        ),
        NoFit::EniNoneToSpare {
            instance_type,
            trunking_supported,
        } => format!(
            "ENI 한도: awsvpc 태스크는 태스크마다 네트워크 인터페이스가 필요한데 {instance_type} 유형에는 남는 ENI가 없음{}",
            eni_hint(*trunking_supported)
        ),
        NoFit::EniTakenByDaemons {
            instance_type,
            task_enis,
            trunking_supported,
        } => format!(
            "ENI 한도: {instance_type} 유형의 태스크용 ENI {task_enis}개를 awsvpc 데몬이 모두 사용함{}",
            eni_hint(*trunking_supported)
        ),
        NoFit::DoesNotFit { instance_type } => {
            format!("빈 {instance_type} 인스턴스에도 태스크가 들어가지 않음")
        }
    }
}

/// A daemon that rules its type out (a fragment, §9 E4).
pub fn daemon_misfit(misfit: &DaemonMisfit) -> String {
    format!(
        "데몬 서비스 {}({} CPU 단위, {} MiB)의 태스크가 빈 {} 인스턴스에 들어가지 않음({})",
        misfit.daemon,
        misfit.cpu_units,
        misfit.memory_mib,
        misfit.instance_type,
        no_fit(&misfit.why)
    )
}

pub(super) fn no_type_why(why: &NoTypeWhy) -> String {
    match why {
        NoTypeWhy::Unusable(misfit) => daemon_misfit(misfit),
        NoTypeWhy::NoTypeOfArch { arch } => format!(
            "카탈로그에 사용할 수 있는 {} 인스턴스 유형이 없음",
            arch.as_str()
        ),
    }
}

/// A note of one EC2 cluster's run (§9, §8 R18).
pub fn run_note(note: &RunNote) -> String {
    match note {
        RunNote::CannotRunCluster(misfit) => format!(
            "{} 유형으로는 이 클러스터를 실행할 수 없습니다: {}. 비용에서 모든 태스크가 제외됩니다.",
            misfit.instance_type,
            daemon_misfit(misfit)
        ),
        RunNote::CostExcludesUnplaced {
            instance_type,
            services,
        } => format!(
            "{instance_type} 유형에는 일부 태스크({})를 배치할 수 없습니다. Fargate가 받을 수 있는 태스크는 같은 클러스터의 Fargate에서 실행되어 비용에 포함되고, 나머지는 배치되지 않은 태스크로 표시됩니다.",
            services.join(", ")
        ),
        RunNote::TrunkingInferred {
            instance_type,
            tasks,
        } => format!(
            "ENI 트렁킹 사용 시 {instance_type} 인스턴스 한 대는 awsvpc 태스크 {tasks}개를 실행합니다. ECS가 공표한 트렁킹 표에 이 패밀리가 없어 이전 세대의 같은 크기에서 추정한 값입니다."
        ),
        RunNote::Burstable {
            instance_type,
            baseline_vcpus,
            vcpus,
            usd_per_vcpu_hour,
            surplus_vcpu_hours,
        } => format!(
            "{instance_type} 유형은 버스터블 인스턴스입니다. vCPU {vcpus}개 중 {baseline_vcpus:.2}개만큼만 지속적으로 쓸 수 있으며, 이를 넘는 예약 CPU는 vCPU 시간당 {}의 잉여 CPU 크레딧으로 과금됩니다(기본값인 무제한 모드). 시뮬레이션 기간 동안 {surplus_vcpu_hours:.1} vCPU 시간입니다.",
            usd(*usd_per_vcpu_hour)
        ),
        RunNote::RegisteredCapacity {
            instance_type,
            cpu_units,
            registered_memory_mib,
            memory_mib,
            overhead_basis_points,
            overhead_mib,
        } => format!(
            "{instance_type} 인스턴스 한 대는 {cpu_units} CPU 단위와 메모리 {memory_mib} MiB 중 {registered_memory_mib} MiB를 등록합니다(기본 메모리 오버헤드 {}, {overhead_mib} MiB. 바꾸려면 memory_overhead_mib를 지정하세요).",
            crate::text::en::basis_points(*overhead_basis_points)
        ),
        RunNote::RepackFallback { hours } => format!(
            "{hours}시간 동안은 처음부터 다시 배치하는 쪽이 ECS 자체 배치보다 인스턴스가 더 필요했습니다. 그 시간의 이상적 재배치에는 ECS의 인스턴스 수를 표시합니다."
        ),
        RunNote::MixedArchitectures { arch, services } => format!(
            "이 클러스터에는 CPU 아키텍처가 섞여 있습니다. 태스크가 가장 많은 {} 아키텍처로 실행하므로 {} 서비스는 여기서 실행할 수 없습니다. 해당 서비스는 별도 클러스터로 분리하세요.",
            arch.as_str(),
            services.join(", ")
        ),
    }
}

pub(super) fn unknown_types_note(unknown: &[String]) -> String {
    if unknown.is_empty() {
        String::new()
    } else {
        format!(" 가격 카탈로그에 없어 무시한 유형: {}.", unknown.join(", "))
    }
}

/// Why the search chose the cluster's type (§8.2: the head ends a
/// sentence; the hours part takes the runner-up clause or `입니다`).
pub fn type_choice(choice: &TypeChoice) -> String {
    match choice {
        TypeChoice::NoTypeCanRun { why, unknown_types } => format!(
            "이 클러스터를 실행할 수 있는 인스턴스 유형이 없습니다: {}.{}",
            no_type_why(why),
            unknown_types_note(unknown_types)
        ),
        TypeChoice::NoTypeCanHold { unknown_types } => format!(
            "이 클러스터의 태스크를 수용할 수 있는 인스턴스 유형이 없습니다.{}",
            unknown_types_note(unknown_types)
        ),
        TypeChoice::Chosen {
            instance_type,
            from_list,
            candidates,
            arch,
            largest_task,
            instance_hours,
            horizon_hours,
            monthly_usd,
            runner_up,
            unplaced_tasks,
            simulated,
            ruled_out,
            unknown_types,
        } => {
            let mut reason = if *from_list {
                format!("클러스터를 실행할 수 있는 지정 인스턴스 유형 {candidates}개 중 {instance_type} 유형이 가장 좋습니다")
            } else {
                format!(
                    "모든 태스크를 수용하는 {} 인스턴스 유형 {candidates}개 중 {instance_type} 유형이 가장 저렴합니다",
                    arch.as_str()
                )
            };
            if let Some((cpu_units, memory_mib)) = largest_task {
                reason.push_str(&format!(
                    " (가장 큰 태스크: {cpu_units} CPU 단위, {memory_mib} MiB)"
                ));
            }
            reason.push_str(&format!(
                ". {horizon_hours}시간 동안 인스턴스 {instance_hours}시간, 할인 전 온디맨드 기준 월 약 {}",
                usd(*monthly_usd)
            ));
            match runner_up {
                Some(next) => {
                    let name = &next.instance_type;
                    let next_usd = usd(next.monthly_usd);
                    reason.push_str(&match &next.versus {
                        Versus::MoreUnplaced => format!(
                            "이며, 차순위인 {name} 유형(월 {next_usd})은 배치되지 않는 태스크가 더 많습니다"
                        ),
                        Versus::Cheaper { saving_pct } => format!(
                            "로, 차순위인 {name} 유형(월 {next_usd})보다 {saving_pct:.1}% 저렴합니다"
                        ),
                        Versus::FewerAtPeak {
                            peak,
                            runner_up_peak,
                        } => format!(
                            "로 {name} 유형과 비용은 같지만 최대 인스턴스 수가 더 적습니다({runner_up_peak}대 대신 {peak}대)"
                        ),
                        Versus::Tie => format!(
                            "로 {name} 유형과 비용이 같습니다(동률이면 이름순으로 앞선 유형을 선택)"
                        ),
                    });
                    reason.push('.');
                }
                None => reason.push_str("입니다."),
            }
            if *unplaced_tasks > 0 {
                reason.push_str(&format!(
                    " 이 유형으로는 태스크 {unplaced_tasks}개를 배치할 수 없습니다(Fargate 대체 실행과 배치되지 않은 태스크 참고)."
                ));
            }
            reason.push_str(&format!(
                " 유형 {simulated}개를 시간 단위로 시뮬레이션했고, {ruled_out}개는 하한 비용(단독으로, 또는 이미 시뮬레이션한 시간에 더해)이 여섯 번째로 저렴한 유형보다 높아 제외했습니다.{}",
                unknown_types_note(unknown_types)
            ));
            reason
        }
    }
}

/// A cluster's `instance_type_reason` in Korean.
pub fn instance_type_reason(cluster: &str, choice: &TypeChoice, burstable_excluded: u32) -> String {
    let mut reason = format!("{cluster}: {}", type_choice(choice));
    if burstable_excluded > 0 {
        reason.push_str(&format!(
            " 버스터블(T) 유형 {burstable_excluded}개는 검색에서 제외했습니다. 이 유형의 vCPU는 기준 성능까지만 지속되는데, ECS는 상시 감당할 수 없는 만큼 예약을 채울 수 있기 때문입니다. 포함하려면 allow_burstable 옵션을 켜세요."
        ));
    }
    reason
}

/// How a runner-up did (§8 R1, R2).
pub fn candidate_why(why: &CandidateWhy) -> String {
    let mut text = format!(
        "인스턴스 {}시간(최대 {}대), 시간당 {}. 평균 CPU 예약률 {}, 메모리 예약률 {}",
        why.instance_hours,
        why.peak_instances,
        usd(why.usd_per_hour),
        pct0(why.cpu_reserved_pct),
        pct0(why.memory_reserved_pct)
    );
    if why.credit_monthly_usd > 0.0 {
        text.push_str(&format!(
            ", 잉여 CPU 크레딧 월 {}",
            usd(why.credit_monthly_usd)
        ));
    }
    if why.unplaced_tasks > 0 {
        text.push_str(&format!(", 태스크 {}개 미배치", why.unplaced_tasks));
    }
    text
}

/// A cluster's `instance_type_reason` in Korean when it runs a provider per
/// task shape (translation memory N12-3).
pub fn providers_reason(cluster: &str, choice: &crate::findings::ProvidersChoice) -> String {
    let providers: Vec<String> = choice
        .providers
        .iter()
        .map(|(name, instance_type)| format!("{name}: {instance_type}"))
        .collect();
    if choice.providers_usd > choice.shared_usd {
        return format!(
            "{cluster} 클러스터는 태스크 형태별로 용량 공급자 {}개를 사용합니다: {}. 월 {}로 공유 용량 공급자 1개(월 {})보다 월 {} 더 들지만, 공유 용량 공급자로는 배치할 수 없는 태스크가 있습니다.",
            choice.providers.len(),
            providers.join(", "),
            usd(choice.providers_usd),
            usd(choice.shared_usd),
            usd(choice.providers_usd - choice.shared_usd),
        );
    }
    format!(
        "{cluster} 클러스터는 태스크 형태별로 용량 공급자 {}개를 사용합니다: {}. 월 {}로, 공유 용량 공급자 1개(월 {})보다 월 {} 저렴합니다.",
        choice.providers.len(),
        providers.join(", "),
        usd(choice.providers_usd),
        usd(choice.shared_usd),
        usd(choice.shared_usd - choice.providers_usd),
    )
}
