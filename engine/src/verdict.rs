//! The verdict: plain sentences, generated from the figures, that say which
//! option wins, by how much, why, and what would change the answer.
//!
//! Every number in a sentence is read from the [`SimulationReport`] (or the
//! [`BreakEven`] scan); nothing here is canned. The sentences name the
//! option, the money, and the mechanism (reservation utilisation, Fargate
//! rounding, partly empty instances per cluster, fragmentation).

use crate::breakeven::BreakEven;
use crate::fargate::{cheapest_fargate_size, size_hour_cost_usd};
use crate::pricing::{FargateRate, PriceBook};
use crate::report::{format_usd, OptionResult, SimulationReport, HOURS_PER_MONTH};
use crate::scenario::{Arch, LaunchType, Os, Scenario};
use crate::units::{cpu_label, memory_label};

/// Differences under a cent a month count as a tie.
const TIE_USD: f64 = 0.01;

/// Sets `cheapest`, every option's `delta_vs_cheapest_usd`, and the verdict
/// sentences. `break_even`, when given, adds what scale would flip the answer.
pub fn write_verdict(
    report: &mut SimulationReport,
    scenario: &Scenario,
    prices: &PriceBook,
    break_even: Option<&BreakEven>,
) {
    report.cheapest = cheapest_index(&report.options);
    let cheapest_cost = report
        .cheapest
        .and_then(|i| report.options.get(i))
        .map(|o| o.monthly_cost_usd);
    for option in &mut report.options {
        option.delta_vs_cheapest_usd = cheapest_cost.map_or(0.0, |c| option.monthly_cost_usd - c);
    }
    report.verdict = sentences(report, scenario, prices, break_even);
}

/// The first option with the lowest monthly cost.
pub fn cheapest_index(options: &[OptionResult]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, o) in options.iter().enumerate() {
        match best {
            Some((_, cost)) if cost <= o.monthly_cost_usd + TIE_USD / 2.0 => {}
            _ => best = Some((i, o.monthly_cost_usd)),
        }
    }
    best.map(|(i, _)| i)
}

/// How a reviewer would name the option: "EC2 on one shared cluster".
pub fn option_label(option: &OptionResult) -> String {
    let launch = match option.launch_type {
        LaunchType::Fargate => "Fargate",
        LaunchType::Ec2 => "EC2",
    };
    match option.layout.as_str() {
        "single" => format!("{launch} on one shared cluster"),
        "per-service" => format!("{launch} with a cluster per service"),
        "by-group" => format!("{launch} with a cluster per group"),
        "custom" => "the custom layout".to_string(),
        other => format!("{launch} ({other})"),
    }
}

fn best_of(options: &[OptionResult], launch_type: LaunchType) -> Option<&OptionResult> {
    let candidates: Vec<OptionResult> = options
        .iter()
        .filter(|o| o.launch_type == launch_type && o.layout != "custom")
        .cloned()
        .collect();
    let index = cheapest_index(&candidates)?;
    let key = candidates.get(index)?.key();
    options.iter().find(|o| o.key() == key)
}

fn pct_of(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole * 100.0
    } else {
        0.0
    }
}

fn sentences(
    report: &SimulationReport,
    scenario: &Scenario,
    prices: &PriceBook,
    break_even: Option<&BreakEven>,
) -> Vec<String> {
    let mut out = Vec::new();
    let Some(winner) = report.cheapest.and_then(|i| report.options.get(i)) else {
        out.push("Nothing to compare yet: add a service with at least one task.".to_string());
        return out;
    };
    let fargate = best_of(&report.options, LaunchType::Fargate);
    let ec2 = best_of(&report.options, LaunchType::Ec2);

    // 1. Who wins, by how much, against the best of the other launch type.
    let rival = match winner.launch_type {
        LaunchType::Fargate => ec2,
        LaunchType::Ec2 => fargate,
    }
    .filter(|r| r.key() != winner.key())
    .or_else(|| {
        report
            .options
            .iter()
            .filter(|o| o.key() != winner.key())
            .min_by(|a, b| a.monthly_cost_usd.total_cmp(&b.monthly_cost_usd))
    });
    let winner_label = if winner.launch_type == LaunchType::Fargate && winner.layout != "custom" {
        "Fargate (on any layout: clusters are free and Fargate bills each task on its own)"
            .to_string()
    } else {
        option_label(winner)
    };
    match rival {
        Some(rival) if rival.monthly_cost_usd - winner.monthly_cost_usd >= TIE_USD => {
            let saving = rival.monthly_cost_usd - winner.monthly_cost_usd;
            out.push(format!(
                "Cheapest: {winner_label} at {}/month, {} ({:.0}%) less than {} at {}/month.",
                format_usd(winner.monthly_cost_usd),
                format_usd(saving),
                pct_of(saving, rival.monthly_cost_usd),
                option_label(rival),
                format_usd(rival.monthly_cost_usd),
            ));
        }
        Some(rival) => out.push(format!(
            "{winner_label} and {} cost the same, {}/month.",
            option_label(rival),
            format_usd(winner.monthly_cost_usd)
        )),
        None => out.push(format!(
            "Only one option was simulated: {winner_label} at {}/month.",
            format_usd(winner.monthly_cost_usd)
        )),
    }

    // 2. Why: Fargate against EC2.
    if let (Some(f), Some(e)) = (fargate, ec2) {
        out.extend(fargate_vs_ec2(report, scenario, prices, f, e));
    }

    // 3. Layouts on EC2: what separate clusters cost.
    out.extend(layout_sentence(&report.options));

    // 4. Fragmentation on the best EC2 option.
    if let Some(e) = ec2 {
        if let Some(ideal) = e.ideal_monthly_cost_usd {
            let gap = e.monthly_cost_usd - ideal;
            if gap >= 1.0 {
                out.push(format!(
                    "Fragmentation costs {}/month on {}: ECS only removes instances left empty after scale-in, while repacking every hour would need {}/month.",
                    format_usd(gap),
                    option_label(e),
                    format_usd(ideal)
                ));
            }
        }
    }

    // 5. What could not run.
    for option in [winner].into_iter().chain(rival) {
        for u in &option.unplaced {
            out.push(format!(
                "{} task(s) of {} cannot run on {} ({}); its cost excludes them.",
                u.tasks,
                u.service,
                option_label(option),
                u.reason
            ));
        }
    }

    // 6. What would change the answer.
    if let Some(rival) = rival {
        if rival.monthly_cost_usd > winner.monthly_cost_usd + TIE_USD
            && rival.launch_type != winner.launch_type
        {
            let needed = (1.0 - winner.monthly_cost_usd / rival.monthly_cost_usd) * 100.0;
            let plan = match rival.launch_type {
                LaunchType::Fargate => "Fargate discount (a Compute Savings Plan, say)",
                LaunchType::Ec2 => "EC2 discount (a Savings Plan or Reserved Instances, say)",
            };
            out.push(format!(
                "What would change it: a further {needed:.0}% {plan} would make {} as cheap as {}.",
                option_label(rival),
                option_label(winner)
            ));
        }
    }
    if let Some(scan) = break_even {
        out.extend(scan.sentences());
    }
    out
}

/// Sentences on why the best Fargate and best EC2 options differ.
fn fargate_vs_ec2(
    report: &SimulationReport,
    scenario: &Scenario,
    prices: &PriceBook,
    fargate: &OptionResult,
    ec2: &OptionResult,
) -> Vec<String> {
    let mut out = Vec::new();
    let types = instance_types_of(ec2);
    let strategy = scenario
        .ec2
        .strategy
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" then ");
    let utilisation = format!(
        "{:.0}% CPU and {:.0}% memory reservation",
        ec2.avg_cpu_reserved_pct, ec2.avg_memory_reserved_pct
    );
    let ec2_idle = ec2.idle_monthly_cost_usd;
    let break_even = break_even_utilisation(scenario, prices, ec2);
    if ec2.monthly_cost_usd < fargate.monthly_cost_usd {
        out.push(format!(
            "Why EC2 wins: placed with {strategy}, the instances ({types}) average {utilisation}, and even with {}/month of their capacity unreserved they cost less than Fargate's price for the same tasks.",
            format_usd(ec2_idle)
        ));
    } else {
        out.push(format!(
            "Why Fargate wins: on EC2 the instances ({types}) would average only {utilisation}: {}/month would pay for capacity no task reserves.",
            format_usd(ec2_idle)
        ));
    }
    if let Some((type_name, share)) = break_even {
        out.push(format!(
            "At these prices one {type_name} costs what Fargate charges for {:.0}% of its vCPU and memory: EC2 comes out ahead when tasks reserve more than that share of each instance (CPU and memory weighed at Fargate's rates).",
            share * 100.0
        ));
    }
    if let Some(eni) = eni_limit_sentence(scenario, prices, ec2) {
        out.push(eni);
    }
    if let Some(rounding) = worst_rounding(report, scenario, prices) {
        out.push(rounding);
    }
    out
}

/// When awsvpc tasks without ENI trunking cap each instance at a few tasks
/// and leave CPU and memory half used, say so: it is the lever to pull.
fn eni_limit_sentence(
    scenario: &Scenario,
    prices: &PriceBook,
    ec2: &OptionResult,
) -> Option<String> {
    const LOW_RESERVATION_PCT: f64 = 75.0;
    let awsvpc = scenario
        .services
        .iter()
        .any(|s| !s.daemon && s.network_mode == crate::scenario::NetworkMode::Awsvpc);
    if !awsvpc
        || scenario.ec2.eni_trunking
        || ec2.avg_cpu_reserved_pct >= LOW_RESERVATION_PCT
        || ec2.avg_memory_reserved_pct >= LOW_RESERVATION_PCT
    {
        return None;
    }
    let catalogue = prices.region(&scenario.region)?.ec2.as_ref()?;
    let name = ec2.clusters.iter().find_map(|c| c.instance_type.clone())?;
    let instance = catalogue.get(&name)?;
    let tasks = instance.max_enis.saturating_sub(1);
    let trunking = if let Some(limit) = instance.ecs_trunking() {
        format!(
            "turning on ENI trunking would allow {} per {name}",
            limit.tasks
        )
    } else {
        format!("{name} does not support ENI trunking; a type that does (m5, c6i, …) would hold more with trunking on")
    };
    Some(format!(
        "awsvpc tasks need one network interface each and ENI trunking is off, so a {name} holds at most {tasks} tasks whatever their size; with only {:.0}% CPU and {:.0}% memory reserved, that limit is likely what fills the instances ({trunking}).",
        ec2.avg_cpu_reserved_pct, ec2.avg_memory_reserved_pct
    ))
}

/// `m5.large` or `m5.large, c6g.xlarge` (distinct, in cluster order).
fn instance_types_of(option: &OptionResult) -> String {
    let mut names: Vec<&str> = Vec::new();
    for c in &option.clusters {
        if let Some(t) = c.instance_type.as_deref() {
            if !names.contains(&t) {
                names.push(t);
            }
        }
    }
    if names.is_empty() {
        "the instances".to_string()
    } else {
        names.join(", ")
    }
}

/// The share of an instance's nominal vCPU and memory at which Fargate costs
/// as much as the instance (ecs-domain.md §7: m5.large ≈ 0.824), for the
/// most common instance type of `ec2`.
fn break_even_utilisation(
    scenario: &Scenario,
    prices: &PriceBook,
    ec2: &OptionResult,
) -> Option<(String, f64)> {
    let region = prices.region(&scenario.region)?;
    let catalogue = region.ec2.as_ref()?;
    let fargate = region.fargate.as_ref()?;
    let name = ec2.clusters.iter().find_map(|c| c.instance_type.clone())?;
    let instance = catalogue.get(&name)?;
    let rate: FargateRate = match instance.arch {
        Arch::X86_64 => fargate.linux_x86,
        Arch::Arm64 => fargate.linux_arm?,
    };
    let fargate_equivalent = size_hour_cost_usd(instance.vcpu * 1024, instance.memory_mib, &rate);
    if fargate_equivalent <= 0.0 {
        return None;
    }
    let discount = 1.0 - scenario.pricing.ec2_discount_pct / 100.0;
    let fargate_discount = 1.0 - scenario.pricing.fargate_discount_pct / 100.0;
    let share = instance.usd_per_hour * discount / (fargate_equivalent * fargate_discount);
    Some((name, share))
}

/// "Fargate rounds `worker` up from 0.25 vCPU / 3 GB to 0.5 vCPU / 3 GB,
/// $12.34/month of its bill" for the service whose rounding costs most.
fn worst_rounding(
    report: &SimulationReport,
    scenario: &Scenario,
    prices: &PriceBook,
) -> Option<String> {
    let fargate = prices.region(&scenario.region)?.fargate.as_ref()?;
    let hours = f64::from(report.horizon_hours.max(1));
    let mut worst: Option<(f64, String)> = None;
    for service in scenario
        .services
        .iter()
        .filter(|s| !s.daemon && s.os == Os::Linux)
    {
        let rate = match service.arch {
            Arch::X86_64 => fargate.linux_x86,
            Arch::Arm64 => match fargate.linux_arm {
                Some(rate) => rate,
                None => continue,
            },
        };
        let Some(size) =
            cheapest_fargate_size(service.cpu_units, service.memory_mib, Os::Linux, &rate)
        else {
            continue;
        };
        if size.cpu_units == service.cpu_units && size.memory_mib == service.memory_mib {
            continue;
        }
        let task_hours: f64 = (0..report.horizon_hours)
            .map(|h| f64::from(service.desired.at_hour(h)))
            .sum();
        let waste_per_hour = size_hour_cost_usd(size.cpu_units, size.memory_mib, &rate)
            - size_hour_cost_usd(service.cpu_units, service.memory_mib, &rate);
        let monthly = waste_per_hour * task_hours * HOURS_PER_MONTH / hours;
        if worst.as_ref().is_none_or(|(w, _)| monthly > *w) {
            worst = Some((
                monthly,
                format!(
                    "Fargate rounds {} up from {} / {} to {}, about {}/month of its bill.",
                    service.name,
                    cpu_label(service.cpu_units),
                    memory_label(service.memory_mib),
                    size.label(),
                    format_usd(monthly)
                ),
            ));
        }
    }
    worst.filter(|(w, _)| *w >= TIE_USD).map(|(_, s)| s)
}

fn layout_phrase(layout: &str) -> &'static str {
    match layout {
        "per-service" => "a cluster per service",
        _ => "a cluster per group",
    }
}

/// On EC2: how shared and separate clusters compare.
fn layout_sentence(options: &[OptionResult]) -> Option<String> {
    let find = |layout: &str| {
        options
            .iter()
            .find(|o| o.launch_type == LaunchType::Ec2 && o.layout == layout)
    };
    let single = find("single")?;
    let mut parts = Vec::new();
    for layout in ["per-service", "by-group"] {
        let Some(other) = find(layout) else { continue };
        let diff = other.monthly_cost_usd - single.monthly_cost_usd;
        if diff >= TIE_USD {
            parts.push(format!(
                "{} costs {}/month more than one shared cluster: its {} clusters peak at {} instances against {}, each cluster carrying its own partly empty instances",
                layout_phrase(layout),
                format_usd(diff),
                other.clusters.len(),
                other.peak_instances,
                single.peak_instances
            ));
        } else if diff <= -TIE_USD {
            parts.push(format!(
                "{} is {}/month cheaper than one shared cluster, because each cluster gets the instance type that fits its own tasks",
                layout_phrase(layout),
                format_usd(-diff)
            ));
        }
    }
    if parts.is_empty() {
        None
    } else {
        Some(format!("On EC2, {}.", parts.join("; ")))
    }
}
