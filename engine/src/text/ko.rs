//! Korean text for every finding, as Korean engineers write about ECS (the
//! terms of AWS's Korean documentation). The same signatures as `en.rs`,
//! one exhaustive `match` each; figures come formatted from
//! [`super::figures`], so every USD amount, percentage and count reads as
//! in English.
//!
//! Wording follows the team's translation memory. Its one rule that shapes
//! every template: no particle whose form depends on the last syllable
//! (`은/는`, `이/가`, `을/를`, `과/와`, `으로/로`) directly after runtime text
//! (a service, cluster, type, region or option name, a reason). A fixed noun
//! goes between (`{service} 서비스의`, `{option} 옵션이`, `{region} 리전의`),
//! or a particle of one form (`의`, `에`, `에서`, `보다`, `도`), or a colon or
//! parentheses. Figures read in a fixed way (`$1.00` "달러", `42%`
//! "퍼센트", counters `개`/`대`/`시간`) take the vowel form (`월 $1.00로`).

use super::figures::{pct0, scale2_ko, scale_ko, size_label, usd};
use crate::findings::{LayoutCost, OptionKey, OptionNote, RoundingCause, VerdictFinding};
use crate::scenario::{LaunchType, Layout};

/// The option's name, as the page's matrix names it: `EC2 · 공유 클러스터
/// 하나`. In a sentence it is followed by the noun `옵션`.
pub fn option_label(key: OptionKey) -> String {
    let launch = launch_type(key.launch_type);
    match key.layout {
        Layout::Single => format!("{launch} · 공유 클러스터 하나"),
        Layout::PerService => format!("{launch} · 서비스별 클러스터"),
        Layout::ByGroup => format!("{launch} · 그룹별 클러스터"),
        Layout::Custom => "사용자 지정 구성".to_string(),
    }
}

pub fn launch_type(launch_type: LaunchType) -> &'static str {
    match launch_type {
        LaunchType::Fargate => "Fargate",
        LaunchType::Ec2 => "EC2",
    }
}

/// The winner in the first sentence: a Fargate winner on a standard layout
/// is Fargate on any layout, since Fargate clusters are free.
fn winner_label(key: OptionKey) -> String {
    if key.launch_type == LaunchType::Fargate && key.layout != Layout::Custom {
        "Fargate(클러스터 구성과 무관: 클러스터는 무료이며 Fargate는 태스크마다 따로 과금)"
            .to_string()
    } else {
        option_label(key)
    }
}

/// A separate layout, followed by the noun `구성` in a sentence.
fn layout_phrase(layout: Layout) -> &'static str {
    match layout {
        Layout::PerService => "서비스별 클러스터",
        Layout::Single | Layout::ByGroup | Layout::Custom => "그룹별 클러스터",
    }
}

/// `인스턴스(m5.large, c5.xlarge)`, or just `인스턴스` without types.
fn instances(names: &[String]) -> String {
    if names.is_empty() {
        "인스턴스".to_string()
    } else {
        format!("인스턴스({})", names.join(", "))
    }
}

/// One part of the layout sentence, as a sentence of its own; the first
/// part opens with `EC2에서는`.
fn layout_cost(part: &LayoutCost, first: bool) -> String {
    let lead = if first { "EC2에서는 " } else { "" };
    match part {
        LayoutCost::Dearer {
            layout,
            extra_usd,
            ops_usd,
            daemons_usd,
            instances_usd,
            clusters,
            avg_instances,
            single_avg_instances,
            ..
        } => {
            // (amount, what it is): one part alone needs no amount.
            let mut why: Vec<(f64, String)> = Vec::new();
            if *instances_usd >= 0.005 {
                why.push((
                    *instances_usd,
                    if avg_instances - single_avg_instances >= 0.05 {
                        format!("일부만 찬 인스턴스(클러스터마다 인스턴스를 따로 두어 평균 {avg_instances:.1}대, 공유 클러스터는 {single_avg_instances:.1}대)")
                    } else {
                        format!("더 비싼 인스턴스 유형(인스턴스 수는 평균 {avg_instances:.1}대로 같음)")
                    },
                ));
            }
            if *daemons_usd >= 0.005 {
                why.push((
                    *daemons_usd,
                    "모든 클러스터의 모든 인스턴스에서 실행되는 데몬".to_string(),
                ));
            }
            if *ops_usd >= 0.005 {
                why.push((*ops_usd, "입력한 운영 비용".to_string()));
            }
            let alone = why.len() == 1 && *instances_usd > -0.005;
            let why: Vec<String> = why
                .into_iter()
                .map(|(amount, what)| {
                    if alone {
                        what
                    } else {
                        format!("{what} 월 {}", usd(amount))
                    }
                })
                .collect();
            let mut text = format!(
                "{lead}{} 구성(클러스터 {clusters}개)이 공유 클러스터 하나보다 월 {} 더 듭니다.",
                layout_phrase(*layout),
                usd(*extra_usd),
            );
            if !why.is_empty() {
                text.push_str(&format!(" 내역: {}.", why.join(", ")));
            }
            if *instances_usd <= -0.005 {
                text.push_str(&format!(
                    " 인스턴스에서는 월 {} 절감됩니다.",
                    usd(-*instances_usd)
                ));
            }
            text
        }
        LayoutCost::OnlyClusterCosts {
            layout,
            extra_usd,
            clusters,
            shared_providers,
        } => format!(
            "{lead}{}공유 클러스터 하나는 {} 구성(클러스터 {clusters}개)과 인스턴스 비용이 같으며, 차이는 클러스터가 하나 늘 때마다 드는 운영 비용 월 {}뿐입니다.",
            providers_phrase(*shared_providers),
            layout_phrase(*layout),
            usd(*extra_usd),
        ),
        LayoutCost::SameWithProviders {
            layout,
            shared_providers,
        } => format!(
            "{lead}{}공유 클러스터 하나는 {} 구성과 비용이 같습니다. 클러스터 자체에는 비용이 들지 않고, 클러스터를 나눠도 인스턴스 유형 적합도가 나아지지 않습니다.",
            providers_phrase(*shared_providers),
            layout_phrase(*layout),
        ),
        LayoutCost::Cheaper { layout, saving_usd } => format!(
            "{lead}{} 구성이 공유 클러스터 하나보다 월 {} 저렴합니다. 서비스가 각자의 인스턴스에서 더 잘 채워지기 때문입니다(공유 클러스터도 이미 태스크 형태별 용량 공급자를 둡니다).",
            layout_phrase(*layout),
            usd(*saving_usd)
        ),
    }
}

/// `태스크 형태별 용량 공급자 2개를 둔 ` when the shared cluster runs several
/// providers.
fn providers_phrase(providers: u32) -> String {
    if providers > 1 {
        format!("태스크 형태별 용량 공급자 {providers}개를 둔 ")
    } else {
        String::new()
    }
}

/// One verdict sentence.
pub fn verdict(finding: &VerdictFinding) -> String {
    match finding {
        // Issue 11's sentences: `ko_fair` (translation memory §18).
        VerdictFinding::NoCompleteOption
        | VerdictFinding::FargateFallback { .. }
        | VerdictFinding::OpsBreakEven { .. }
        | VerdictFinding::FargateCheaperBeforeOps { .. }
        | VerdictFinding::BinpackSaving { .. } => {
            super::ko_fair::verdict(finding).unwrap_or_default()
        }
        VerdictFinding::NothingToCompare => {
            "아직 비교할 대상이 없습니다. 태스크가 하나 이상인 서비스를 추가하세요.".to_string()
        }
        VerdictFinding::Cheapest {
            winner,
            winner_usd,
            saving_usd,
            saving_pct,
            rival,
            rival_usd,
        } => format!(
            "최저 비용: {}, 월 {}. {} 옵션(월 {})보다 {}({}) 저렴합니다.",
            winner_label(*winner),
            usd(*winner_usd),
            option_label(*rival),
            usd(*rival_usd),
            usd(*saving_usd),
            pct0(*saving_pct),
        ),
        VerdictFinding::SameCost {
            winner,
            rival,
            monthly_usd,
        } => format!(
            "{} 옵션과 {} 옵션의 비용이 월 {}로 같습니다.",
            winner_label(*winner),
            option_label(*rival),
            usd(*monthly_usd)
        ),
        VerdictFinding::OnlyOption {
            winner,
            monthly_usd,
        } => format!(
            "시뮬레이션한 옵션이 하나뿐입니다: {}, 월 {}.",
            winner_label(*winner),
            usd(*monthly_usd)
        ),
        VerdictFinding::Ec2Wins {
            strategy,
            instance_types: types,
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
        } => format!(
            "EC2가 저렴한 이유: {} 전략으로 배치한 {}의 평균 CPU 예약률은 {}, 메모리 예약률은 {}입니다. 용량 중 월 {}어치가 예약되지 않은 채 남아도 같은 태스크를 Fargate로 실행하는 요금보다 저렴합니다.",
            strategy.join(" → "),
            instances(types),
            pct0(*cpu_reserved_pct),
            pct0(*memory_reserved_pct),
            usd(*idle_usd)
        ),
        VerdictFinding::FargateWins {
            instance_types: types,
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
        } if *idle_usd < 0.005 => format!(
            "Fargate가 저렴한 이유: EC2에서는 {}의 예약률(CPU {}, 메모리 {})이 높아 유휴 용량이 거의 없는데도 이 가격에서는 비용이 더 듭니다.",
            instances(types),
            pct0(*cpu_reserved_pct),
            pct0(*memory_reserved_pct),
        ),
        VerdictFinding::FargateWins {
            instance_types: types,
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
        } => format!(
            "Fargate가 저렴한 이유: EC2에서는 {}의 평균 CPU 예약률이 {}, 메모리 예약률이 {}에 그쳐, 어떤 태스크도 예약하지 않은 용량에 월 {} 지불하게 됩니다.",
            instances(types),
            pct0(*cpu_reserved_pct),
            pct0(*memory_reserved_pct),
            usd(*idle_usd)
        ),
        VerdictFinding::FargateParity {
            instance_type,
            share,
        } => format!(
            "현재 가격에서 {instance_type} 한 대의 비용은 그 vCPU와 메모리의 {}를 Fargate로 쓰는 요금과 같습니다. 태스크가 인스턴스마다 이 비율보다 많이 예약하면 EC2가 유리합니다(CPU와 메모리는 Fargate 요금으로 가중).",
            pct0(share * 100.0)
        ),
        VerdictFinding::EniLimit {
            instance_type: name,
            tasks_per_instance,
            cpu_reserved_pct,
            memory_reserved_pct,
            trunking_supported,
            tasks_with_trunking,
        } => {
            let trunking = if *trunking_supported {
                format!("ENI 트렁킹을 켜면 {name} 한 대에 태스크 {tasks_with_trunking}개까지 가능")
            } else {
                format!("{name} 유형은 ENI 트렁킹을 지원하지 않음. 지원하는 유형(m5, c6i 등)에서 트렁킹을 켜면 더 많이 들어감")
            };
            format!(
                "awsvpc 태스크는 태스크마다 네트워크 인터페이스(ENI)가 하나씩 필요한데 ENI 트렁킹이 꺼져 있어, {name} 한 대에는 크기와 관계없이 태스크가 최대 {tasks_per_instance}개만 들어갑니다. CPU 예약률 {}, 메모리 예약률 {}에 그치는 것으로 보아 인스턴스를 채우는 것은 이 한도일 가능성이 높습니다({trunking}).",
                pct0(*cpu_reserved_pct),
                pct0(*memory_reserved_pct)
            )
        }
        VerdictFinding::Rounding {
            service,
            cpu_units,
            memory_mib,
            billed_cpu_units,
            billed_memory_mib,
            monthly_waste_usd,
        } => format!(
            "Fargate는 {service} 서비스의 태스크를 {}에서 {} 크기로 올려 과금하며, 그 차이는 월 약 {}입니다.",
            size_label(*cpu_units, *memory_mib),
            size_label(*billed_cpu_units, *billed_memory_mib),
            usd(*monthly_waste_usd)
        ),
        VerdictFinding::Layouts { parts } => parts
            .iter()
            .enumerate()
            .map(|(i, part)| layout_cost(part, i == 0))
            .collect::<Vec<_>>()
            .join(" "),
        VerdictFinding::Fragmentation {
            option,
            gap_usd,
            ideal_usd,
        } => format!(
            "{} 옵션에서는 단편화로 월 {}가 더 듭니다. ECS는 스케일 인 후 완전히 비어 있는 인스턴스만 제거하기 때문이며, 매시간 처음부터 다시 배치한다면 월 {}로 충분합니다.",
            option_label(*option),
            usd(*gap_usd),
            usd(*ideal_usd)
        ),
        VerdictFinding::Unplaced {
            option,
            service,
            tasks,
            reason,
        } => format!(
            "{service} 서비스의 태스크 {tasks}개는 {} 옵션에서 실행할 수 없으므로({}) 이 옵션의 비용에서 빠져 있습니다.",
            option_label(*option),
            super::ko_plan::unplaced_reason(reason)
        ),
        VerdictFinding::WhatWouldChange {
            rival,
            winner,
            needed_pct,
        } => {
            let plan = match rival.launch_type {
                LaunchType::Fargate => "Fargate에 {pct} 할인(예: Compute 절감형 플랜)",
                LaunchType::Ec2 => "EC2에 {pct} 할인(예: 절감형 플랜 또는 예약 인스턴스)",
            };
            format!(
                "결론을 바꿀 조건: {}이 추가로 적용되면 {} 옵션이 {} 옵션만큼 저렴해집니다.",
                plan.replace("{pct}", &pct0(*needed_pct)),
                option_label(*rival),
                option_label(*winner)
            )
        }
        VerdictFinding::SpotWouldChange {
            ec2,
            fargate,
            discount_pct,
            spot_usd,
            fargate_usd,
        } => format!(
            "EC2 스팟도 결론을 바꿀 수 있습니다: 온디맨드 기본 용량을 넘는 EC2 인스턴스를 모두 스팟({})으로 실행하면 {} 옵션은 월 {}, 즉 {} 옵션(월 {})보다 저렴해집니다. 스팟 인스턴스는 2분 전 알림 후 중단될 수 있습니다.",
            match discount_pct {
                Some(d) => format!("입력한 평균 할인율 {}", pct0(*d)),
                None => "입력한 평균 할인율".to_string(),
            },
            option_label(*ec2),
            usd(*spot_usd),
            option_label(*fargate),
            usd(*fargate_usd)
        ),
        VerdictFinding::StaysCheaperEverywhere {
            ec2_cheaper,
            low_scale,
            high_scale,
        } => {
            let (cheaper, dearer) = if *ec2_cheaper {
                ("EC2가", "Fargate")
            } else {
                ("Fargate가", "EC2")
            };
            format!(
                "태스크 수가 현재의 {}에서 {} 사이인 모든 클러스터 구성에서 {cheaper} {dearer}보다 저렴합니다.",
                scale_ko(*low_scale),
                scale_ko(*high_scale)
            )
        }
        VerdictFinding::Crossover {
            option,
            scale: at,
            ec2_cheaper_above,
            low_scale,
            high_scale,
        } => match (at, ec2_cheaper_above) {
            (Some(s), true) => format!(
                "태스크 수가 현재의 약 {}를 넘으면 {} 옵션이 Fargate보다 저렴해집니다.",
                scale2_ko(*s),
                option_label(*option)
            ),
            (Some(s), false) => format!(
                "태스크 수가 현재의 약 {}를 넘으면 {} 옵션이 더 이상 Fargate보다 저렴하지 않습니다.",
                scale2_ko(*s),
                option_label(*option)
            ),
            (None, true) => format!(
                "태스크 수가 현재의 {}에서 {} 사이이면 {} 옵션이 계속 Fargate보다 저렴합니다.",
                scale_ko(*low_scale),
                scale_ko(*high_scale),
                option_label(*option)
            ),
            (None, false) => format!(
                "태스크 수가 현재의 {}에서 {} 사이이면 계속 Fargate가 {} 옵션보다 저렴합니다.",
                scale_ko(*low_scale),
                scale_ko(*high_scale),
                option_label(*option)
            ),
        },
    }
}

/// One note of an option.
pub fn option_note(note: &OptionNote) -> String {
    match note {
        OptionNote::FargateFallback { .. } => super::ko_fair::option_note(note).unwrap_or_default(),
        OptionNote::InstanceType { cluster, reason } => {
            format!("{cluster}: {}", super::ko_plan::type_choice(reason))
        }
        OptionNote::Burstable {
            cluster,
            instance_type,
        } => format!(
            "{cluster}: {instance_type} 유형은 버스터블 인스턴스입니다. ECS는 vCPU 전체를 등록하지만 기준 성능을 넘는 CPU 사용에는 CPU 크레딧 비용이 들며, 이 계획에는 그 비용이 포함되어 있지 않습니다."
        ),
        OptionNote::Ec2Run { cluster, note } => {
            format!("{cluster}: {}", super::ko_plan::run_note(note))
        }
        OptionNote::UnplacedExcluded => "EC2 비용에는 아래 배치되지 않은 태스크가 빠져 있습니다. 이 태스크를 실행하려면 이 옵션에 없는 용량이 필요합니다.".to_string(),
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
                "{service}: 요청 크기({cpu_units} CPU 단위 / {memory_mib} MiB, {})는 {why}. 이를 충족하는 가장 저렴한 유효 크기({billed_cpu_units} CPU 단위 / {billed_memory_mib} MiB, {})로 과금되어 월 {monthly_waste_usd:.2} USD가 낭비됩니다.",
                size_label(*cpu_units, *memory_mib),
                size_label(*billed_cpu_units, *billed_memory_mib),
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
