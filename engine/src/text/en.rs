//! English text for every finding. One function per kind of finding, one
//! exhaustive `match` each; figures come formatted from [`super::figures`].
//! `ko.rs` mirrors these signatures.

use super::figures::{pct0, scale, scale2, size_label, usd};
use crate::findings::{
    Assumption, CandidateWhy, DaemonMisfit, Ec2Assumption, FallbackCause, FallbackPart, LayoutCost,
    NoFit, NoTypeWhy, OptionKey, OptionNote, RoundingCause, RunNote, TypeChoice, UnplacedReason,
    VerdictFinding, Versus,
};
use crate::scenario::{Arch, LaunchType, Layout, Os};

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

/// One note of an option.
pub fn option_note(note: &OptionNote) -> String {
    match note {
        OptionNote::InstanceType { cluster, reason } => {
            format!("{cluster}: {}", type_choice(reason))
        }
        OptionNote::Burstable {
            cluster,
            instance_type,
        } => format!(
            "{cluster}: {instance_type} is a burstable type: ECS registers all its vCPUs, but CPU use above its baseline costs CPU credits, which this plan does not price."
        ),
        OptionNote::Ec2Run { cluster, note } => format!("{cluster}: {}", run_note(note)),
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

/// One EC2 modelling choice.
pub fn ec2_assumption(assumption: Ec2Assumption) -> &'static str {
    match assumption {
        Ec2Assumption::HourlySteps => "Time moves in hourly steps: each hour the services' desired counts apply at once, and the capacity provider reacts within the same hour (AWS reacts within minutes and scales in after about 15 minutes).",
        Ec2Assumption::WholeHourBilling => "Instances are billed for every hour in which they run, as whole hours.",
        Ec2Assumption::RegisteredCapacity => "Registered CPU is vCPUs x 1024 units. Registered memory is the nominal memory minus an OS overhead: your memory_overhead_mib if set, otherwise 2.53% of the nominal memory (the AWS guide's m4.large example registers 7985 of 8192 MiB).",
        Ec2Assumption::OneTypePerCluster => "Each capacity provider (an Auto Scaling group) runs one instance type, and a cluster may hold several. For each cluster the planner compares one provider shared by all its services with one provider per task shape (architecture, and memory per vCPU up to 3 GiB, up to 6 GiB or more) and keeps the cheaper that leaves no more tasks out; daemons run on every instance of every provider, and each provider keeps its own min_instances; clusters themselves cost nothing. With an instance_types list each provider gets the best single type from the list; without one, the planner searches the whole catalogue of the provider's architecture, leaving burstable types (t3, t3a, t4g) out unless allow_burstable is set, because their vCPUs sustain only a baseline share.",
        Ec2Assumption::BurstableCredits => "Burstable types (t3, t3a, t4g) run in unlimited mode, AWS's default: each instance-hour bills surplus CPU credits for max(0, reserved CPU units / 1024 - baseline x vCPUs) at $0.05 per vCPU-hour (t3, t3a) or $0.04 (t4g), with baselines per vCPU of 5% (nano), 10% (micro), 20% (small, medium), 30% (large) and 40% (xlarge, 2xlarge). This assumes tasks use what they reserve, settles credits per hour rather than over AWS's rolling 24 hours, uses the same rate in every region, and applies no discount to credits.",
        Ec2Assumption::AwsvpcEnis => "awsvpc tasks take one network interface each: max ENIs minus 1 per instance, or ECS's own task limit with ENI trunking (the ECS developer guide's trunking table; for families newer than that table, inferred from the same size of the previous generation, and said so in the notes). T families have no trunking. bridge and host tasks take none.",
        Ec2Assumption::OneTaskPerInstance => "host networking, a fixed host port or distinct_instance allow one task of the service per instance; services with the same host port never share an instance; host ports 22, 2375, 2376, 51678 and 51679 are reserved.",
        Ec2Assumption::DaemonsFirst => "Daemon services run one task on every instance and are placed first; a daemon that does not fit an empty instance rules that type out.",
        Ec2Assumption::DefaultStrategy => "Without a placement strategy, tasks are placed by ECS's service default: spread across availability zones, then across instances (spread:az, then spread:instanceId). When the whole chain ties, a new task goes to the oldest instance and scale-in stops a task on the newest.",
        Ec2Assumption::ScaleIn => "Scale-in follows the strategy: binpack stops tasks on the instance that will have the most left, spread:instanceId on the instance with the most tasks of the service, spread:az keeps zones balanced, and random (or spread:az with nothing after it) stops a task on a randomly drawn instance.",
        Ec2Assumption::LargestTaskFirst => "Services are placed largest task first each hour; scale-in happens before scale-out.",
        Ec2Assumption::CapacityProvider => "New instances go to the availability zone with the fewest instances. The capacity provider estimates the instances pending tasks need by first-fit-decreasing packing on empty instances, keeps target_capacity headroom (instances = ceil(needed x 100 / target)) and at least min_instances, and removes only instances running nothing but daemons, from the fullest AZ, newest first.",
        Ec2Assumption::TasksStay => "Tasks stay where they were placed until scale-in stops them: ECS never moves running tasks, so fragmentation left by scale-in keeps instances alive and costs money.",
        Ec2Assumption::IdealAndLowerBound => "Ideal = every task repacked from scratch each hour (first-fit decreasing, same constraints and headroom), never more than what ECS runs. Lower bound = total CPU, memory, ENIs or one-per-instance tasks divided by what one instance offers after daemons, rounded up, with the same headroom.",
        Ec2Assumption::RandomSeed => "The random strategy uses the scenario's seed: the same scenario always gives the same placement.",
        Ec2Assumption::WindowsNotOnEc2 => "Windows tasks are not placed on EC2: EC2 Windows prices are not bundled.",
        Ec2Assumption::MixedArchitectures => "A cluster whose services need different CPU architectures runs the architecture of most tasks; the others are listed as unplaced.",
        Ec2Assumption::WhatCostsInclude => "Costs are on-demand Linux prices of the bundled snapshot, less the EC2 discount you set (on instance-hours only), plus surplus CPU credits and any operations figures you set; they exclude unplaced tasks, EBS, data transfer and load balancers.",
    }
}

/// One assumption behind the report's figures.
pub fn assumption(assumption: &Assumption) -> String {
    match assumption {
        Assumption::Prices { snapshot } => format!("Prices: {snapshot}."),
        Assumption::Horizon { hours } => format!(
            "Hourly steps over {hours} hours; monthly figures are the cost over that horizon × 730 / {hours}."
        ),
        Assumption::FargateBilling => "Fargate bills every task at the cheapest valid Fargate size covering its CPU and memory; rounding is reported. Fargate runs no daemons; per-second billing and the one-minute minimum are rounded to whole task-hours.".to_string(),
        Assumption::NoEc2Prices { region, bundled_ec2_regions } => format!(
            "No EC2 prices are loaded for {region} (this build bundles EC2 prices for {bundled_ec2_regions} regions, not this one), so only Fargate can be costed there. To compare with EC2, import the AmazonEC2 price list for {region} (`ecs-planner pricing import`, offer file https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/{region}/index.json) or choose a region with bundled EC2 prices (`ecs-planner pricing list`)."
        ),
        Assumption::Ec2(a) => ec2_assumption(*a).to_string(),
        Assumption::Ops {
            usd_per_cluster_month,
            usd_per_instance_month,
            engineer_usd_per_hour,
        } => {
            let mut sentence = format!(
                "EC2 operations work, your figures: {} per EC2 cluster per month plus {} per running instance per month (per average instance: instance-hours x the figure / 730), added to every EC2 cluster; Fargate needs none of it.",
                usd(*usd_per_cluster_month),
                usd(*usd_per_instance_month)
            );
            if let Some(rate) = engineer_usd_per_hour {
                sentence.push_str(&format!(" An engineer's hour costs {}.", usd(*rate)));
            }
            sentence
        }
        Assumption::Ec2Spot {
            share_pct,
            on_demand_base,
            discount_pct,
        } => format!(
            "EC2 Spot: each capacity provider runs {on_demand_base} on-demand instance(s), then {}% of the rest on Spot, as an Auto Scaling mixed instances policy does, at the average Spot discount you set ({}%); no live Spot prices are bundled. Shares apply to each hour's instance count as averages; a Savings Plan discount covers the on-demand hours only; the instance-type search ranks types at on-demand prices. Spot instances can be interrupted with a 2-minute warning; ECS then places their tasks elsewhere, which this plan does not model.",
            trim_number(*share_pct),
            trim_number(*discount_pct),
        ),
        Assumption::NamedProviders { providers } => format!(
            "Capacity providers you named: {}. The services bound to one run on it in every EC2 cluster that holds them (with every daemon beside them); the other services keep the planner's providers.",
            providers
                .iter()
                .map(|(name, instance_type)| match instance_type {
                    Some(t) => format!("{name} on {t}"),
                    None => format!("{name} on the cluster's own instance type choice"),
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
            "Capacity provider {provider} has its own EC2 Spot settings: {on_demand_base} on-demand instance(s), then {}% of the rest on Spot at your {}% average discount (no live Spot prices are bundled; Spot instances can be interrupted with a 2-minute warning).",
            trim_number(*share_pct),
            trim_number(*discount_pct),
        ),
    }
}

/// Fargate's name for a platform: `Linux/ARM (Graviton)`.
pub fn fargate_platform(arch: Arch, os: Os) -> &'static str {
    match (os, arch) {
        (Os::Windows, _) => "Windows/x86",
        (Os::Linux, Arch::Arm64) => "Linux/ARM (Graviton)",
        (Os::Linux, Arch::X86_64) => "Linux/x86",
    }
}

/// Why tasks could not run (a fragment: no final period).
pub fn unplaced_reason(reason: &UnplacedReason) -> String {
    match reason {
        UnplacedReason::FargateTooLarge {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "{service} needs {}, more than Fargate's largest size (16 vCPU / 120 GB)",
            size_label(*cpu_units, *memory_mib)
        ),
        UnplacedReason::FargateTooLargeForWindows {
            service,
            cpu_units,
            memory_mib,
        } => format!(
            "{service} needs {}, but Fargate runs Windows tasks at 1, 2 or 4 vCPU only (at most 4 vCPU / 30 GB); it is not placed on Fargate",
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
                "{service} runs on {platform}, and Fargate {platform} rates are not bundled for {region}, so it is not priced on Fargate there (no rate is invented); to price it, import the AmazonECS offer file for {region} with `ecs-planner pricing import` (https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/{region}/index.json) and load the result"
            )
        }
        UnplacedReason::Ec2Windows => "Windows tasks are not simulated on EC2: EC2 Windows instance prices are not bundled; run this service on Fargate instead".to_string(),
        UnplacedReason::Architecture {
            task_arch,
            instance_type,
            type_arch,
        } => format!(
            "its tasks are built for {}, but {instance_type} is {}",
            arch_name(*task_arch),
            arch_name(*type_arch)
        ),
        UnplacedReason::ReservedHostPort { port } => format!(
            "host port {port} is reserved on every container instance (22, 2375, 2376, 51678, 51679); pick another host_port"
        ),
        UnplacedReason::NoFit(why) => no_fit(why),
        UnplacedReason::TypeUnusable(misfit) => format!(
            "{} cannot be used: {}",
            misfit.instance_type,
            daemon_misfit(misfit)
        ),
        UnplacedReason::NoTypeCanRun(why) => {
            format!("no instance type can run this cluster: {}", no_type_why(why))
        }
        UnplacedReason::StillPending => {
            "still pending after the capacity provider scaled out in that hour".to_string()
        }
    }
}

pub fn arch_name(arch: Arch) -> &'static str {
    match arch {
        Arch::X86_64 => "x86_64",
        Arch::Arm64 => "arm64",
    }
}

/// Why a task does not fit an instance (a fragment).
pub fn no_fit(why: &NoFit) -> String {
    let eni_hint = |trunking: bool| {
        if trunking {
            "; turn on ENI trunking or use bridge networking"
        } else {
            "; use bridge networking or a type with more ENIs"
        }
    };
    match why {
        NoFit::HostPortTakenByDaemon { daemon } => format!(
            "its host port is already taken by daemon {daemon} on every instance; change one of the host ports"
        ),
        NoFit::CpuTooBig {
            cpu_units,
            instance_type,
            registered_cpu_units,
        } => format!(
            "a task needs {cpu_units} CPU units but {instance_type} registers {registered_cpu_units}; too big for this type"
        ),
        NoFit::CpuLeftAfterDaemons {
            cpu_units,
            instance_type,
            free_cpu_units,
        } => format!(
            "a task needs {cpu_units} CPU units but {instance_type} has {free_cpu_units} left after daemons"
        ),
        NoFit::MemoryTooBig {
            memory_mib,
            instance_type,
            registered_memory_mib,
        } => format!(
            "a task needs {memory_mib} MiB but {instance_type} registers {registered_memory_mib} MiB; too big for this type"
        ),
        NoFit::MemoryLeftAfterDaemons {
            memory_mib,
            instance_type,
            free_memory_mib,
        } => format!(
            "a task needs {memory_mib} MiB but {instance_type} has {free_memory_mib} MiB left after daemons"
        ),
        NoFit::EniNoneToSpare {
            instance_type,
            trunking_supported,
        } => format!(
            "ENI limit: awsvpc tasks need a network interface each and {instance_type} has none to spare{}",
            eni_hint(*trunking_supported)
        ),
        NoFit::EniTakenByDaemons {
            instance_type,
            task_enis,
            trunking_supported,
        } => format!(
            "ENI limit: the {task_enis} task ENIs of {instance_type} are all taken by awsvpc daemons{}",
            eni_hint(*trunking_supported)
        ),
        NoFit::DoesNotFit { instance_type } => {
            format!("a task does not fit on an empty {instance_type}")
        }
    }
}

/// A daemon that rules its type out (a fragment).
pub fn daemon_misfit(misfit: &DaemonMisfit) -> String {
    format!(
        "daemon {} ({} CPU units, {} MiB) does not fit on an empty {} ({})",
        misfit.daemon,
        misfit.cpu_units,
        misfit.memory_mib,
        misfit.instance_type,
        no_fit(&misfit.why)
    )
}

fn no_type_why(why: &NoTypeWhy) -> String {
    match why {
        NoTypeWhy::Unusable(misfit) => daemon_misfit(misfit),
        NoTypeWhy::NoTypeOfArch { arch } => format!(
            "no {} instance type is available in the catalogue",
            arch_name(*arch)
        ),
    }
}

/// A note of one EC2 cluster's run.
pub fn run_note(note: &RunNote) -> String {
    match note {
        RunNote::CannotRunCluster(misfit) => format!(
            "{} cannot run this cluster: {}. Cost excludes every task.",
            misfit.instance_type,
            daemon_misfit(misfit)
        ),
        RunNote::CostExcludesUnplaced {
            instance_type,
            services,
        } => format!(
            "{instance_type} cannot place some tasks of {}: they run on Fargate in the same cluster where Fargate can take them (included in the cost), and are listed as unplaced otherwise.",
            services.join(", ")
        ),
        RunNote::TrunkingInferred {
            instance_type,
            tasks,
        } => format!(
            "With ENI trunking a {instance_type} runs {tasks} awsvpc tasks: inferred from the same size of the previous generation, because ECS's published trunking table predates this family."
        ),
        RunNote::Burstable {
            instance_type,
            baseline_vcpus,
            vcpus,
            usd_per_vcpu_hour,
            surplus_vcpu_hours,
        } => format!(
            "{instance_type} is burstable: it sustains {baseline_vcpus:.2} of its {vcpus} vCPUs; reserved CPU above that is billed as surplus CPU credits at {} per vCPU-hour (unlimited mode, the default), {surplus_vcpu_hours:.1} vCPU-hours over the horizon.",
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
            "Each {instance_type} registers {cpu_units} CPU units and {registered_memory_mib} MiB of its {memory_mib} MiB (default memory overhead of {}, {overhead_mib} MiB; set memory_overhead_mib to change it).",
            basis_points(*overhead_basis_points)
        ),
        RunNote::RepackFallback { hours } => format!(
            "In {hours} hour(s) the from-scratch repack needed more instances than ECS's own placement; the ideal shows ECS's count there."
        ),
        RunNote::MixedArchitectures { arch, services } => format!(
            "This cluster mixes CPU architectures; it runs {} (the architecture of most tasks), so {} cannot run here; give them their own cluster.",
            arch_name(*arch),
            services.join(", ")
        ),
    }
}

/// `253` → `2.53%`.
pub(super) fn basis_points(bp: u32) -> String {
    format!("{}.{:02}%", bp / 100, bp % 100)
}

fn unknown_types_note(unknown: &[String]) -> String {
    if unknown.is_empty() {
        String::new()
    } else {
        format!(
            " Not in the price catalogue, so ignored: {}.",
            unknown.join(", ")
        )
    }
}

/// Why the search chose the cluster's type (or none).
pub fn type_choice(choice: &TypeChoice) -> String {
    match choice {
        TypeChoice::NoTypeCanRun { why, unknown_types } => format!(
            "No instance type can run this cluster: {}.{}",
            no_type_why(why),
            unknown_types_note(unknown_types)
        ),
        TypeChoice::NoTypeCanHold { unknown_types } => format!(
            "No instance type can hold this cluster's tasks.{}",
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
                format!("{instance_type} is the best of the {candidates} listed instance type(s) that can run the cluster")
            } else {
                format!(
                    "{instance_type} is the cheapest of the {candidates} {} instance types that hold every task",
                    arch_name(*arch)
                )
            };
            if let Some((cpu_units, memory_mib)) = largest_task {
                reason.push_str(&format!(
                    " (largest task: {cpu_units} CPU units, {memory_mib} MiB)"
                ));
            }
            reason.push_str(&format!(
                ": {instance_hours} instance-hours over {horizon_hours} hours, about {}/month on demand before discounts",
                usd(*monthly_usd)
            ));
            if let Some(next) = runner_up {
                let name = &next.instance_type;
                let next_usd = usd(next.monthly_usd);
                reason.push_str(&match &next.versus {
                    Versus::MoreUnplaced => format!(
                        "; the runner-up {name} ({next_usd}/month) would leave more tasks unplaced"
                    ),
                    Versus::Cheaper { saving_pct } => format!(
                        ", {saving_pct:.1}% less than the runner-up {name} ({next_usd}/month)"
                    ),
                    Versus::FewerAtPeak {
                        peak,
                        runner_up_peak,
                    } => format!(
                        ", the same cost as {name} but with fewer instances at peak ({peak} instead of {runner_up_peak})"
                    ),
                    Versus::Tie => format!(
                        ", the same cost as {name} (the tie goes to the name that sorts first)"
                    ),
                });
            }
            reason.push('.');
            if *unplaced_tasks > 0 {
                reason.push_str(&format!(
                    " It cannot place {unplaced_tasks} task(s) itself (see the Fargate fallback and the unplaced tasks)."
                ));
            }
            reason.push_str(&format!(
                " {simulated} type(s) were simulated hour by hour; {ruled_out} were ruled out because their lower bound (alone, or after the hours already simulated) cost more than the sixth best.{}",
                unknown_types_note(unknown_types)
            ));
            reason
        }
    }
}

/// A cluster's `instance_type_reason`: its name, the choice, and the
/// burstable types the search left out.
pub fn instance_type_reason(cluster: &str, choice: &TypeChoice, burstable_excluded: u32) -> String {
    let mut reason = format!("{cluster}: {}", type_choice(choice));
    if burstable_excluded > 0 {
        reason.push_str(&format!(
            " {burstable_excluded} burstable (T) types were left out of the search: their vCPUs sustain only a baseline share, and ECS would fill them with reservations they cannot run full-time; set allow_burstable to include them."
        ));
    }
    reason
}

/// How a runner-up did.
pub fn candidate_why(why: &CandidateWhy) -> String {
    let mut text = format!(
        "{} instance-hours (peak {}) at {}/hour; {} of CPU and {} of memory reserved on average",
        why.instance_hours,
        why.peak_instances,
        usd(why.usd_per_hour),
        pct0(why.cpu_reserved_pct),
        pct0(why.memory_reserved_pct)
    );
    if why.credit_monthly_usd > 0.0 {
        text.push_str(&format!(
            "; plus {}/month of surplus CPU credits",
            usd(why.credit_monthly_usd)
        ));
    }
    if why.unplaced_tasks > 0 {
        text.push_str(&format!("; leaves {} task(s) unplaced", why.unplaced_tasks));
    }
    text
}

/// A percentage as the user typed it: `70`, `65.5`.
fn trim_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A cluster's `instance_type_reason` when it runs a provider per task
/// shape.
pub fn providers_reason(cluster: &str, choice: &crate::findings::ProvidersChoice) -> String {
    let providers: Vec<String> = choice
        .providers
        .iter()
        .map(|(name, instance_type)| format!("{name} on {instance_type}"))
        .collect();
    format!(
        "{cluster}: {} capacity providers, one per task shape ({}), cost {}/month, {} less than one shared provider ({}/month).",
        choice.providers.len(),
        providers.join(", "),
        usd(choice.providers_usd),
        usd(choice.shared_usd - choice.providers_usd),
        usd(choice.shared_usd),
    )
}
