//! Korean verdict sentences ([`VerdictFinding`]), with the layout parts
//! (issue 11's sentences from translation memory §18).

use super::labels::*;
use super::plan::unplaced_reason;
use crate::findings::{LayoutCost, VerdictFinding};
use crate::scenario::LaunchType;
use crate::text::figures::{pct0, scale2_ko, scale_ko, size_label, usd};

/// One part of the layout sentence, as a sentence of its own; the first
/// part opens with `EC2에서는`.
pub(super) fn layout_cost(part: &LayoutCost, first: bool) -> String {
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
pub(super) fn providers_phrase(providers: u32) -> String {
    if providers > 1 {
        format!("태스크 형태별 용량 공급자 {providers}개를 둔 ")
    } else {
        String::new()
    }
}

/// One verdict sentence.
pub fn verdict(finding: &VerdictFinding) -> String {
    match finding {
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
            unplaced_reason(reason)
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
