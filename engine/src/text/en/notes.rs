//! English notes of an option ([`OptionNote`]).

use super::labels::*;
use super::plan::{run_note, type_choice};
use crate::findings::{OptionNote, RoundingCause};
use crate::text::figures::{pct0, size_label, usd};

/// One note of an option.
pub fn option_note(note: &OptionNote) -> String {
    match note {
        OptionNote::InstanceType { cluster, reason } => {
            format!("{cluster}: {}", type_choice(reason))
        }
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
                "{service}: requested {cpu_units} CPU units / {memory_mib} MiB ({}), {why}; billed as the cheapest valid size that covers it, {billed_cpu_units} CPU units / {billed_memory_mib} MiB ({}), wasting {}/month",
                size_label(*cpu_units, *memory_mib),
                size_label(*billed_cpu_units, *billed_memory_mib),
                usd(*monthly_waste_usd),
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
