//! Korean notes of an option ([`OptionNote`]).

use super::labels::*;
use super::plan::{run_note, type_choice};
use crate::findings::{OptionNote, RoundingCause};
use crate::text::figures::{pct0, size_label, usd};

/// One note of an option.
pub fn option_note(note: &OptionNote) -> String {
    match note {
        OptionNote::FargateFallback {
            cluster,
            service,
            tasks,
            cause,
            monthly_usd,
        } => format!(
            "{cluster}: {service} 서비스는 EC2에 배치할 수 없어({}) 태스크 {tasks}개를 같은 클러스터의 Fargate에서 월 {}에 실행하며, 이 비용은 옵션 비용에 포함되어 있습니다.",
            fallback_cause(cause),
            usd(*monthly_usd)
        ),
        OptionNote::UnplacedExcluded => "이 옵션의 비용에는 아래 배치되지 않은 태스크가 빠져 있습니다. 이 태스크는 인스턴스에서도 Fargate에서도 실행할 수 없으므로 이 옵션은 순위에서 제외합니다.".to_string(),
        OptionNote::InstanceType { cluster, reason } => {
            format!("{cluster}: {}", type_choice(reason))
        }
        OptionNote::Ec2Run { cluster, note } => {
            format!("{cluster}: {}", run_note(note))
        }
        OptionNote::NoSpotRates { region } => format!(
            "{region} 리전의 Fargate 스팟 요금이 로드되지 않아 spot_share와 관계없이 모든 태스크를 온디맨드로 계산했습니다. 스팟 요금을 반영하려면 `ecs-planner pricing import`로 AmazonECS 가격 목록을 가져오세요."
        ),
        OptionNote::SpotShare { share_pct } => format!(
            "Linux 태스크 시간(x86, 그리고 ARM 스팟 요금이 로드된 경우 ARM)의 {}를 Fargate 스팟 스냅샷 요금으로 계산했습니다. 스팟 요금은 변동하며, 스팟 태스크는 2분 전 알림 후 중단될 수 있습니다.",
            pct0(*share_pct)
        ),
        OptionNote::FargateDiscount { discount_pct } => format!(
            "Fargate 할인 {discount_pct}%(예: Compute 절감형 플랜)는 온디맨드 vCPU·메모리 요금에만 적용되며, 스팟 요금과 Windows 라이선스 요금에는 적용되지 않습니다."
        ),
        OptionNote::Rounding {
            service,
            cpu_units,
            memory_mib,
            billed_cpu_units,
            billed_memory_mib,
            cause,
            monthly_waste_usd,
        } => {
            let why = match cause {
                RoundingCause::WindowsMinimum => {
                    "Fargate Windows 태스크의 최소 크기(1 vCPU)보다 작습니다"
                }
                RoundingCause::NotAValidSize => "유효한 Fargate 크기가 아닙니다",
            };
            format!(
                "{service}: 요청 크기({cpu_units} CPU 단위 / {memory_mib} MiB, {})는 {why}. 이를 충족하는 가장 저렴한 유효 크기({billed_cpu_units} CPU 단위 / {billed_memory_mib} MiB, {})로 과금되므로 월 {}의 비용이 낭비됩니다.",
                size_label(*cpu_units, *memory_mib),
                size_label(*billed_cpu_units, *billed_memory_mib),
                usd(*monthly_waste_usd),
            )
        }
        OptionNote::SpotIneligible { service, platform } => format!(
            "{service}: {platform}에서 실행되는데 Fargate 스팟은 이 플랫폼을 제공하지 않으므로(스팟은 Linux 전용) 모든 태스크를 온디맨드로 계산합니다."
        ),
        OptionNote::ArmSpotRatesMissing { service, region } => format!(
            "{service}: {region} 리전에는 Linux/ARM용 Fargate 스팟 요금이 포함되어 있지 않아 모든 태스크를 온디맨드로 계산합니다. 스팟으로 계산하려면 `ecs-planner pricing import`로 {region} 리전의 AmazonECS 오퍼 파일을 가져오세요."
        ),
        OptionNote::FargateDaemon { service } => format!(
            "{service} 서비스는 데몬 서비스입니다. Fargate는 데몬을 실행하지 않으므로 Fargate 옵션에서 제외했습니다(Fargate에서는 해당 에이전트를 각 태스크의 사이드카 컨테이너로 실행하세요)."
        ),
    }
}
