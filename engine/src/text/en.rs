//! English text for every finding. One function per kind of finding, one
//! exhaustive `match` each; figures come formatted from [`super::figures`].
//! `ko.rs` will mirror these signatures.

use super::figures::{pct0, scale, scale2, size_label, usd};
use crate::findings::{LayoutCost, OptionKey, OptionNote, RoundingCause, VerdictFinding};
use crate::scenario::{LaunchType, Layout};

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
            ops_usd,
            clusters,
            peak_instances,
            single_peak_instances,
        } => {
            let mut text = format!(
                "{} costs {}/month more than one shared cluster: its {clusters} clusters peak at {peak_instances} instances against {single_peak_instances}, each cluster carrying its own partly empty instances",
                layout_phrase(*layout),
                usd(*extra_usd),
            );
            if *ops_usd >= 0.005 {
                text.push_str(&format!(
                    "; {} of it is your operations figures",
                    usd(*ops_usd)
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

/// ", with a capacity provider per task shape (3)" when the shared cluster
/// runs several providers.
fn providers_phrase(providers: u32) -> String {
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
        VerdictFinding::Unplaced {
            option,
            service,
            tasks,
            reason,
        } => format!(
            "{tasks} task(s) of {service} cannot run on {} ({reason}); its cost excludes them.",
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
        OptionNote::Burstable {
            cluster,
            instance_type,
        } => format!(
            "{cluster}: {instance_type} is a burstable type: ECS registers all its vCPUs, but CPU use above its baseline costs CPU credits, which this plan does not price."
        ),
        OptionNote::Ec2Run { cluster, note } => format!("{cluster}: {note}"),
        OptionNote::UnplacedExcluded => "The EC2 cost excludes the unplaced tasks listed; they would need capacity this option does not have.".to_string(),
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
