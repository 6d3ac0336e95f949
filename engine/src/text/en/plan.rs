//! English text for the plan itself: assumptions, unplaced reasons, EC2 run
//! notes, the instance-type search's reasons and the runners-up.

use super::labels::*;
use crate::findings::{
    Assumption, CandidateWhy, DaemonMisfit, Ec2Assumption, NoFit, NoTypeWhy, RunNote, TypeChoice,
    UnplacedReason, Versus,
};
use crate::text::figures::{pct0, size_label, usd};

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
            task_arch.as_str(),
            type_arch.as_str()
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

pub(super) fn no_type_why(why: &NoTypeWhy) -> String {
    match why {
        NoTypeWhy::Unusable(misfit) => daemon_misfit(misfit),
        NoTypeWhy::NoTypeOfArch { arch } => format!(
            "no {} instance type is available in the catalogue",
            arch.as_str()
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
            arch.as_str(),
            services.join(", ")
        ),
    }
}

pub(super) fn unknown_types_note(unknown: &[String]) -> String {
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
                    arch.as_str()
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

/// A cluster's `instance_type_reason` when it runs a provider per task
/// shape.
pub fn providers_reason(cluster: &str, choice: &crate::findings::ProvidersChoice) -> String {
    let providers: Vec<String> = choice
        .providers
        .iter()
        .map(|(name, instance_type)| format!("{name} on {instance_type}"))
        .collect();
    // Dearer per shape only when one shared provider would leave tasks out
    // (`ec2::providers`): say so instead of a negative saving.
    if choice.providers_usd > choice.shared_usd {
        return format!(
            "{cluster}: {} capacity providers, one per task shape ({}), cost {}/month, {} more than one shared provider ({}/month), which cannot place every task.",
            choice.providers.len(),
            providers.join(", "),
            usd(choice.providers_usd),
            usd(choice.providers_usd - choice.shared_usd),
            usd(choice.shared_usd),
        );
    }
    format!(
        "{cluster}: {} capacity providers, one per task shape ({}), cost {}/month, {} less than one shared provider ({}/month).",
        choice.providers.len(),
        providers.join(", "),
        usd(choice.providers_usd),
        usd(choice.shared_usd - choice.providers_usd),
        usd(choice.shared_usd),
    )
}
