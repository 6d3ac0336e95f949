//! English verdict sentences ([`VerdictFinding`]), with the layout parts.

use super::labels::*;
use super::plan::unplaced_reason;
use crate::findings::{LayoutCost, VerdictFinding};
use crate::scenario::LaunchType;
use crate::text::figures::{pct0, scale, scale2, size_label, usd};

/// Money under a cent counts as none.
pub(super) const TIE: f64 = 0.005;

pub(super) fn layout_cost(part: &LayoutCost) -> String {
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
                        format!("partly empty instances (its clusters run {avg_instances:.1} instances on average against {single_avg_instances:.1}, each cluster keeping its own)")
                    } else {
                        format!("dearer instance types (as many instances, {avg_instances:.1} on average)")
                    },
                ));
            }
            if *daemons_usd >= 0.005 {
                why.push((
                    *daemons_usd,
                    "daemons, which run on every instance of every cluster".to_string(),
                ));
            }
            if *ops_usd >= 0.005 {
                why.push((*ops_usd, "your operations figures".to_string()));
            }
            let alone = why.len() == 1 && *instances_usd > -0.005;
            let why: Vec<String> = why
                .into_iter()
                .map(|(amount, what)| {
                    if alone {
                        what
                    } else {
                        format!("{} of {what}", usd(amount))
                    }
                })
                .collect();
            let mut text = format!(
                "{} ({clusters} clusters) costs {}/month more than one shared cluster",
                layout_phrase(*layout),
                usd(*extra_usd),
            );
            if !why.is_empty() {
                text.push_str(": ");
                text.push_str(&and_list(&why));
            }
            if *instances_usd <= -0.005 {
                text.push_str(&format!(
                    ", less the {} its instances save",
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
            "one shared cluster{} costs the same in instances as {} ({clusters} clusters), apart from the {}/month of operations each extra cluster carries",
            providers_phrase(*shared_providers),
            layout_phrase(*layout),
            usd(*extra_usd),
        ),
        LayoutCost::SameWithProviders {
            layout,
            shared_providers,
        } => format!(
            "one shared cluster{} costs the same as {}: clusters are free, and separate clusters buy no better instance fit",
            providers_phrase(*shared_providers),
            layout_phrase(*layout),
        ),
        LayoutCost::Cheaper { layout, saving_usd } => format!(
            "{} is {}/month cheaper than one shared cluster: its services pack better on instances of their own (the shared cluster already gives each task shape its own capacity provider)",
            layout_phrase(*layout),
            usd(*saving_usd)
        ),
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// ", with a capacity provider per task shape (3)" when the shared cluster
/// runs several providers.
pub(super) fn providers_phrase(providers: u32) -> String {
    if providers > 1 {
        format!(" with a capacity provider per task shape ({providers} providers)")
    } else {
        String::new()
    }
}

/// One verdict sentence.
pub fn verdict(finding: &VerdictFinding) -> String {
    match finding {
        VerdictFinding::NothingToCompare => {
            "Nothing to compare yet: add a service with at least one task.".to_string()
        }
        VerdictFinding::Cheapest {
            winner,
            winner_usd,
            saving_usd,
            saving_pct,
            rival,
            rival_usd,
        } => format!(
            "Cheapest: {} at {}/month, {} ({}) less than {} at {}/month.",
            winner_label(*winner),
            usd(*winner_usd),
            usd(*saving_usd),
            pct0(*saving_pct),
            option_label(*rival),
            usd(*rival_usd),
        ),
        VerdictFinding::SameCost {
            winner,
            rival,
            monthly_usd,
        } => format!(
            "{} and {} cost the same, {}/month.",
            winner_label(*winner),
            option_label(*rival),
            usd(*monthly_usd)
        ),
        VerdictFinding::OnlyOption {
            winner,
            monthly_usd,
        } => format!(
            "Only one option was simulated: {} at {}/month.",
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
            "Why EC2 wins: placed with {}, the instances ({}) average {} CPU and {} memory reservation, and even with {}/month of their capacity unreserved they cost less than Fargate's price for the same tasks.",
            strategy.join(" then "),
            instance_types(types),
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
            "Why Fargate wins: on EC2 the instances ({}) would be reserved {} for CPU and {} for memory, with no idle capacity to speak of, and still cost more at these prices.",
            instance_types(types),
            pct0(*cpu_reserved_pct),
            pct0(*memory_reserved_pct),
        ),
        VerdictFinding::FargateWins {
            instance_types: types,
            cpu_reserved_pct,
            memory_reserved_pct,
            idle_usd,
        } => format!(
            "Why Fargate wins: on EC2 the instances ({}) would average only {} CPU and {} memory reservation: {}/month would pay for capacity no task reserves.",
            instance_types(types),
            pct0(*cpu_reserved_pct),
            pct0(*memory_reserved_pct),
            usd(*idle_usd)
        ),
        VerdictFinding::FargateParity {
            instance_type,
            share,
        } => format!(
            "At these prices one {instance_type} costs what Fargate charges for {} of its vCPU and memory: EC2 comes out ahead when tasks reserve more than that share of each instance (CPU and memory weighed at Fargate's rates).",
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
                format!("turning on ENI trunking would allow {tasks_with_trunking} per {name}")
            } else {
                format!("{name} does not support ENI trunking; a type that does (m5, c6i, …) would hold more with trunking on")
            };
            format!(
                "awsvpc tasks need one network interface each and ENI trunking is off, so a {name} holds at most {tasks_per_instance} tasks whatever their size; with only {} CPU and {} memory reserved, that limit is likely what fills the instances ({trunking}).",
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
            "Fargate rounds {service} up from {} to {}, about {}/month of its bill.",
            size_label(*cpu_units, *memory_mib),
            size_label(*billed_cpu_units, *billed_memory_mib),
            usd(*monthly_waste_usd)
        ),
        VerdictFinding::Layouts { parts } => format!(
            "On EC2, {}.",
            parts.iter().map(layout_cost).collect::<Vec<_>>().join("; ")
        ),
        VerdictFinding::Fragmentation {
            option,
            gap_usd,
            ideal_usd,
        } => format!(
            "Fragmentation costs {}/month on {}: ECS only removes instances left empty after scale-in, while repacking every hour would need {}/month.",
            usd(*gap_usd),
            option_label(*option),
            usd(*ideal_usd)
        ),
        VerdictFinding::NoCompleteOption => "No option runs the whole workload, so none is ranked: every figure below leaves out the tasks listed.".to_string(),
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
                        "{} task(s) of {} ({}, {}/month)",
                        p.tasks,
                        p.service,
                        fallback_cause(&p.cause),
                        usd(p.monthly_usd)
                    )
                })
                .collect();
            format!(
                "{} {}: EC2 cannot place {}, so they run on Fargate in the same cluster; its {}/month includes {}/month of Fargate for them.",
                fallback_label(parts),
                layout_suffix(option.layout),
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
            let ops = if *ops_usd >= TIE {
                format!(" (after the {}/month of operations work you entered)", usd(*ops_usd))
            } else {
                String::new()
            };
            let in_hours = match (engineer_usd_per_hour, hours) {
                (Some(rate), Some(h)) => {
                    format!(" (about {h:.1} hours at {}/hour)", usd(*rate))
                }
                _ => String::new(),
            };
            format!(
                "{} saves {}/month over {}{ops}; if patching and running its instances takes more than that in engineering time each month{in_hours}, Fargate is cheaper.",
                option_label(*ec2),
                usd(*saving_usd),
                option_label(*fargate),
            )
        }
        VerdictFinding::FargateCheaperBeforeOps {
            ops_usd,
            before_ops,
        } => {
            if *before_ops {
                "Fargate is cheaper even before EC2's operations work is counted.".to_string()
            } else {
                format!(
                    "Fargate is cheaper once the {}/month of EC2 operations work you entered is counted.",
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
            "Placed with {}, {} costs {}/month; binpack:cpu would pack the same tasks onto fewer instances for {}/month, {}/month less (at the cost of spreading less across zones and instances).",
            strategy.join(" then "),
            option_label(*option),
            usd(*option_usd),
            usd(*binpack_usd),
            usd(*saving_usd)
        ),
        VerdictFinding::Unplaced {
            option,
            service,
            tasks,
            reason,
        } => format!(
            "{tasks} task(s) of {service} cannot run on {} ({}), so its figure leaves them out and it is not ranked.",
            option_label(*option),
            unplaced_reason(reason)
        ),
        VerdictFinding::WhatWouldChange {
            rival,
            winner,
            needed_pct,
        } => {
            let plan = match rival.launch_type {
                LaunchType::Fargate => "Fargate discount (a Compute Savings Plan, say)",
                LaunchType::Ec2 => "EC2 discount (a Savings Plan or Reserved Instances, say)",
            };
            format!(
                "What would change it: a further {} {plan} would make {} as cheap as {}.",
                pct0(*needed_pct),
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
            "EC2 Spot would change it too: with every EC2 instance above the on-demand base on Spot at {}, {} would cost {}/month, less than {} at {}/month (Spot instances can be interrupted at two minutes' notice).",
            match discount_pct {
                Some(d) => format!("the {} average discount you set", pct0(*d)),
                None => "the average discounts you set".to_string(),
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
                ("EC2", "Fargate")
            } else {
                ("Fargate", "EC2")
            };
            format!(
                "{cheaper} stays cheaper than {dearer} on every layout from {} to {} today's task counts.",
                scale(*low_scale),
                scale(*high_scale)
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
                "{} starts to beat Fargate at about {} today's task counts.",
                option_label(*option),
                scale2(*s)
            ),
            (Some(s), false) => format!(
                "{} stops beating Fargate above about {} today's task counts.",
                option_label(*option),
                scale2(*s)
            ),
            (None, true) => format!(
                "{} stays cheaper than Fargate from {} to {} today's task counts.",
                option_label(*option),
                scale(*low_scale),
                scale(*high_scale)
            ),
            (None, false) => format!(
                "Fargate stays cheaper than {} from {} to {} today's task counts.",
                option_label_mid_sentence(*option),
                scale(*low_scale),
                scale(*high_scale)
            ),
        },
    }
}
