//! Korean for issue 11's findings (complete options, the operations
//! break-even, binpack's saving, burstable notes), until `ko.rs` (being
//! written on the `korean-findings` branch) lands: its `verdict` and
//! `option_note` take these arms then. Wording from
//! `/work/briefs/ko-translation-memory.md` §18, with its particle rules (no
//! final-consonant particle right after a runtime value). `None` for a
//! finding this file does not cover.

use super::figures::usd;
use crate::findings::{FallbackCause, FallbackPart, OptionNote, VerdictFinding};
use crate::scenario::{Arch, Layout};

use super::ko::option_label;

/// "Windows", "arm64", "m5.large 유형에 맞지 않음".
fn fallback_cause(cause: &FallbackCause) -> String {
    match cause {
        FallbackCause::Windows => "Windows".to_string(),
        FallbackCause::Architecture { arch } => match arch {
            Arch::X86_64 => "x86_64".to_string(),
            Arch::Arm64 => "arm64".to_string(),
        },
        FallbackCause::DoesNotFit { instance_type } => {
            format!("{instance_type} 유형에 맞지 않음")
        }
    }
}

/// "EC2 + Fargate(legacy: Windows)" (translation memory N11-1).
pub fn fallback_label(parts: &[FallbackPart]) -> String {
    format!("EC2 + Fargate({})", fallback_services(parts))
}

fn fallback_services(parts: &[FallbackPart]) -> String {
    parts
        .iter()
        .map(|p| format!("{}: {}", p.service, fallback_cause(&p.cause)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "EC2 + Fargate · 단일 공유 클러스터(legacy: Windows)" (N11-1a, without
/// a count that would read as a figure).
fn fallback_label_with_layout(parts: &[FallbackPart], layout: Layout) -> String {
    let layout = match layout {
        Layout::Single => "단일 공유 클러스터",
        Layout::PerService => "서비스별 클러스터",
        Layout::ByGroup => "그룹별 클러스터",
        Layout::Custom => "사용자 지정 구성",
    };
    format!("EC2 + Fargate · {layout}({})", fallback_services(parts))
}

/// One verdict sentence of issue 11 in Korean.
pub fn verdict(finding: &VerdictFinding) -> Option<String> {
    Some(match finding {
        VerdictFinding::NoCompleteOption => "전체 워크로드를 실행하는 옵션이 없어 어떤 옵션도 순위에 넣지 않습니다. 아래 수치에는 나열된 태스크가 빠져 있습니다.".to_string(),
        VerdictFinding::FargateFallback {
            option,
            parts,
            fallback_usd,
            option_usd,
        } => {
            let each: Vec<String> = parts
                .iter()
                .map(|p| {
                    format!(
                        "{} 서비스의 태스크 {}개({}, 월 {})",
                        p.service,
                        p.tasks,
                        fallback_cause(&p.cause),
                        usd(p.monthly_usd)
                    )
                })
                .collect();
            format!(
                "{}: EC2에 배치할 수 없는 {}는 같은 클러스터의 Fargate에서 실행하며, 이 옵션의 월 {}에는 이 태스크의 Fargate 비용 월 {}가 포함되어 있습니다.",
                fallback_label_with_layout(parts, option.layout),
                each.join(", "),
                usd(*option_usd),
                usd(*fallback_usd)
            )
        }
        VerdictFinding::OpsBreakEven {
            ec2,
            fargate,
            saving_usd,
            ops_usd,
            engineer_usd_per_hour,
            hours,
        } => {
            let ops = if *ops_usd >= 0.005 {
                format!("(입력한 EC2 운영 작업 비용 월 {}를 더한 뒤)", usd(*ops_usd))
            } else {
                String::new()
            };
            let in_hours = match (engineer_usd_per_hour, hours) {
                (Some(rate), Some(h)) => format!("(시간당 {} 기준 약 {h:.1}시간)", usd(*rate)),
                _ => String::new(),
            };
            format!(
                "{} 옵션이 {} 옵션보다 월 {} 저렴합니다{ops}. 인스턴스 패치와 운영에 드는 엔지니어링 시간이 매월 이 금액{in_hours}을 넘으면 Fargate가 더 저렴합니다.",
                option_label(*ec2),
                option_label(*fargate),
                usd(*saving_usd),
            )
        }
        VerdictFinding::FargateCheaperBeforeOps {
            ops_usd,
            before_ops,
        } => {
            if *before_ops {
                "EC2 운영 작업 비용을 더하기 전에도 Fargate가 더 저렴합니다.".to_string()
            } else {
                format!(
                    "입력한 EC2 운영 작업 비용 월 {}를 더하면 Fargate가 더 저렴합니다.",
                    usd(*ops_usd)
                )
            }
        }
        VerdictFinding::BinpackSaving {
            option,
            strategy,
            binpack_usd,
            option_usd,
            saving_usd,
        } => format!(
            "{} 배치에서 {} 옵션의 비용은 월 {}입니다. 같은 태스크를 binpack:cpu로 배치하면 더 적은 인스턴스에 채워 월 {}로, 월 {} 줄어듭니다(대신 가용 영역과 인스턴스에 덜 분산됩니다).",
            strategy.join(" → "),
            option_label(*option),
            usd(*option_usd),
            usd(*binpack_usd),
            usd(*saving_usd)
        ),
        _ => return None,
    })
}

/// One option note of issue 11 in Korean.
pub fn option_note(note: &OptionNote) -> Option<String> {
    Some(match note {
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
        _ => return None,
    })
}
