//! English text for every finding. One function per kind of finding, one
//! exhaustive `match` each; figures come formatted from [`super::figures`].
//! `ko.rs` will mirror these signatures.

use super::figures::{pct0, scale, scale2, size_label, usd};
use crate::findings::{
    FallbackCause, FallbackPart, LayoutCost, OptionKey, OptionNote, RoundingCause, VerdictFinding,
};
use crate::scenario::{Arch, LaunchType, Layout};

/// How a reviewer would name the option: "EC2 on one shared cluster".
pub fn option_label(key: OptionKey) -> String {
    let launch = launch_type(key.launch_type);
    match key.layout {
        Layout::Single => format!("{launch} on one shared cluster"),
        Layout::PerService => format!("{launch} with a cluster per service"),
        Layout::ByGroup => format!("{launch} with a cluster per group"),
        Layout::Custom => "the custom layout".to_string(),
    }
}

pub fn launch_type(launch_type: LaunchType) -> &'static str {
    match launch_type {
        LaunchType::Fargate => "Fargate",
        LaunchType::Ec2 => "EC2",
    }
}

/// The winner's name in the first sentence: a Fargate winner on a standard
/// layout is "Fargate (on any layout …)", since Fargate clusters are free.
fn winner_label(key: OptionKey) -> String {
    if key.launch_type == LaunchType::Fargate && key.layout != Layout::Custom {
        "Fargate (on any layout: clusters are free and Fargate bills each task on its own)"
            .to_string()
    } else {
        option_label(key)
    }
}

/// `option_label` with a lowercase first letter, except "EC2 …".
fn option_label_mid_sentence(key: OptionKey) -> String {
    let label = option_label(key);
    if label.starts_with("EC2") {
        return label;
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Money under a cent counts as none.
const TIE: f64 = 0.005;

/// "Windows", "arm64", "does not fit m5.large".
fn fallback_cause(cause: &FallbackCause) -> String {
    match cause {
        FallbackCause::Windows => "Windows".to_string(),
        FallbackCause::Architecture { arch } => match arch {
            Arch::X86_64 => "x86_64".to_string(),
            Arch::Arm64 => "arm64".to_string(),
        },
        FallbackCause::DoesNotFit { instance_type } => format!("does not fit {instance_type}"),
    }
}

/// "EC2 + Fargate for legacy (Windows)": the name of an EC2 option that
/// runs some services on Fargate.
pub fn fallback_label(parts: &[FallbackPart]) -> String {
    let names: Vec<String> = parts
        .iter()
        .map(|p| format!("{} ({})", p.service, fallback_cause(&p.cause)))
        .collect();
    format!("EC2 + Fargate for {}", names.join(", "))
}

/// "on one shared cluster", "with a cluster per service", …
fn layout_suffix(layout: Layout) -> &'static str {
    match layout {
        Layout::Single => "on one shared cluster",
        Layout::PerService => "with a cluster per service",
        Layout::ByGroup => "with a cluster per group",
        Layout::Custom => "on the custom layout",
    }
}

fn layout_phrase(layout: Layout) -> &'static str {
    match layout {
        Layout::PerService => "a cluster per service",
        Layout::Single | Layout::ByGroup | Layout::Custom => "a cluster per group",
    }
}

fn instance_types(names: &[String]) -> String {
    if names.is_empty() {
        "the instances".to_string()
    } else {
        names.join(", ")
    }
}

fn layout_cost(part: &LayoutCost) -> String {
    match part {
        LayoutCost::Dearer {
            layout,
            extra_usd,
            clusters,
            peak_instances,
            single_peak_instances,
        } => format!(
            "{} costs {}/month more than one shared cluster: its {clusters} clusters peak at {peak_instances} instances against {single_peak_instances}, each cluster carrying its own partly empty instances",
            layout_phrase(*layout),
            usd(*extra_usd),
        ),
        LayoutCost::Cheaper { layout, saving_usd } => format!(
            "{} is {}/month cheaper than one shared cluster, because each cluster gets the instance type that fits its own tasks",
            layout_phrase(*layout),
            usd(*saving_usd)
        ),
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
            "{tasks} task(s) of {service} cannot run on {} ({reason}), so its figure leaves them out and it is not ranked.",
            option_label(*option)
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

/// One note of an option.
pub fn option_note(note: &OptionNote) -> String {
    match note {
        OptionNote::InstanceType { cluster, reason } => format!("{cluster}: {reason}"),
        OptionNote::BurstableCredits {
            cluster,
            instance_type,
            baseline_vcpus,
            vcpus,
            usd_per_vcpu_hour,
            monthly_usd,
        } => format!(
            "{cluster}: {instance_type} is burstable: it sustains {baseline_vcpus:.2} of its {vcpus} vCPUs; reserved CPU above that is billed as surplus CPU credits at ${usd_per_vcpu_hour:.2} per vCPU-hour (unlimited mode, the default), {}/month included in this cost (assuming tasks use what they reserve, settled per hour).",
            usd(*monthly_usd)
        ),
        OptionNote::BurstableExcluded { cluster, types } => format!(
            "{cluster}: {types} burstable (T) types were left out of the search: their vCPUs sustain only a baseline share, and ECS would fill them with reservations they cannot run full-time; set allow_burstable to include them."
        ),
        OptionNote::Ec2Run { cluster, note } => format!("{cluster}: {note}"),
        OptionNote::UnplacedExcluded => "This option's cost excludes the unplaced tasks listed: they run neither on its instances nor on Fargate, so it is not ranked.".to_string(),
        OptionNote::FargateFallback {
            cluster,
            service,
            tasks,
            cause,
            monthly_usd,
        } => format!(
            "{cluster}: EC2 cannot place {service} ({}), so its {tasks} task(s) run on Fargate in the same cluster for {}/month, included in this option's cost.",
            fallback_cause(cause),
            usd(*monthly_usd)
        ),
        OptionNote::NoSpotRates { region } => format!(
            "no Fargate Spot rates are loaded for {region}, so every task is priced on-demand despite spot_share; import the AmazonECS price list with `ecs-planner pricing import` to price Spot"
        ),
        OptionNote::SpotShare { share_pct } => format!(
            "{} of Linux task-hours (x86, and ARM where an ARM Spot rate is loaded) are priced at Fargate Spot snapshot rates; Spot prices move, and Spot tasks can be stopped with two minutes' warning",
            pct0(*share_pct)
        ),
        OptionNote::FargateDiscount { discount_pct } => format!(
            "a {discount_pct}% Fargate discount (e.g. a Compute Savings Plan) is applied to on-demand vCPU and memory charges, not to Spot or the Windows licence fee"
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
                RoundingCause::WindowsMinimum => "Windows tasks on Fargate need at least 1 vCPU",
                RoundingCause::NotAValidSize => "not a valid Fargate size",
            };
            format!(
                "{service}: requested {cpu_units} CPU units / {memory_mib} MiB ({}), {why}; billed as the cheapest valid size that covers it, {billed_cpu_units} CPU units / {billed_memory_mib} MiB ({}), wasting {monthly_waste_usd:.2} USD/month",
                size_label(*cpu_units, *memory_mib),
                size_label(*billed_cpu_units, *billed_memory_mib),
            )
        }
        OptionNote::SpotIneligible { service, platform } => format!(
            "{service}: runs on {platform}, which Fargate Spot does not offer (Spot is Linux only), so all its tasks stay on on-demand"
        ),
        OptionNote::ArmSpotRatesMissing { service, region } => format!(
            "{service}: Fargate Spot rates for Linux/ARM are not bundled for {region}, so all its tasks stay on on-demand; import the AmazonECS offer file for {region} with `ecs-planner pricing import` to price them"
        ),
        OptionNote::FargateDaemon { service } => format!(
            "{service} is a daemon service; Fargate does not run daemons, so it is left out of the Fargate options (on Fargate, run its agent as a sidecar container in each task)"
        ),
    }
}
