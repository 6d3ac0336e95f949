//! The verdict: which option wins, by how much, why, and what would change
//! the answer — as typed findings ([`VerdictFinding`]), a pure function of
//! the report and the break-even scan. `crate::text` renders them.
//!
//! Every figure in a finding is read from the [`SimulationReport`] (or the
//! [`BreakEven`] scan); nothing here recomputes a price. The findings name
//! the option, the money, and the mechanism (reservation utilisation,
//! Fargate rounding, partly empty instances per cluster, fragmentation).

use crate::findings::{FallbackPart, LayoutCost, OptionKey, VerdictFinding};
use crate::report::{cheapest_index, BreakEven, OptionResult, SimulationReport, TIE_USD};
use crate::scenario::{LaunchType, Layout};

/// The verdict of `report`; `break_even`, when given, adds what scale would
/// flip the answer.
pub fn verdict(report: &SimulationReport, break_even: Option<&BreakEven>) -> Vec<VerdictFinding> {
    let mut out = Vec::new();
    let Some((winner, winner_key)) = report
        .cheapest
        .and_then(|i| report.options.get(i))
        .map(|o| (o, o.key()))
    else {
        if report.options.iter().any(|o| o.incomplete) {
            out.push(VerdictFinding::NoCompleteOption);
            out.extend(incomplete_findings(&report.options));
        } else {
            out.push(VerdictFinding::NothingToCompare);
        }
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
            .filter(|o| o.key() != winner.key() && !o.incomplete)
            .min_by(|a, b| a.monthly_cost_usd.total_cmp(&b.monthly_cost_usd))
    });
    let rival_key = rival.map(|r| (r, r.key()));
    match rival_key {
        Some((rival, rival_key)) if rival.monthly_cost_usd - winner.monthly_cost_usd >= TIE_USD => {
            let saving = rival.monthly_cost_usd - winner.monthly_cost_usd;
            out.push(VerdictFinding::Cheapest {
                winner: winner_key,
                winner_usd: winner.monthly_cost_usd,
                saving_usd: saving,
                saving_pct: pct_of(saving, rival.monthly_cost_usd),
                rival: rival_key,
                rival_usd: rival.monthly_cost_usd,
            });
        }
        Some((_, rival_key)) => out.push(VerdictFinding::SameCost {
            winner: winner_key,
            rival: rival_key,
            monthly_usd: winner.monthly_cost_usd,
        }),
        None => out.push(VerdictFinding::OnlyOption {
            winner: winner_key,
            monthly_usd: winner.monthly_cost_usd,
        }),
    }

    // What the winner and its rival run on Fargate for EC2.
    for option in [winner].into_iter().chain(rival) {
        out.extend(fallback_finding(option));
    }

    // 2. Why: Fargate against EC2, and the operations work that would
    // erase EC2's saving.
    if let (Some(f), Some(e)) = (fargate, ec2) {
        out.extend(fargate_vs_ec2(report, f, e));
        out.extend(ops_break_even(report, f, e));
        out.extend(binpack_saving(report, e));
    }

    // 3. Layouts on EC2: what separate clusters cost.
    out.extend(layout_finding(&report.options));

    // 4. Fragmentation on the best EC2 option.
    if let Some((e, key)) = ec2.map(|e| (e, e.key())) {
        if let Some(ideal) = e.ideal_monthly_cost_usd {
            let gap = e.monthly_cost_usd - ideal;
            if gap >= 1.0 {
                out.push(VerdictFinding::Fragmentation {
                    option: key,
                    gap_usd: gap,
                    ideal_usd: ideal,
                });
            }
        }
    }

    // 5. What could not run: the options left unranked.
    out.extend(incomplete_findings(&report.options));

    // 6. What would change the answer.
    if let Some((rival, rival_key)) = rival_key {
        if rival.monthly_cost_usd > winner.monthly_cost_usd + TIE_USD
            && rival.launch_type != winner.launch_type
        {
            out.push(VerdictFinding::WhatWouldChange {
                rival: rival_key,
                winner: winner_key,
                needed_pct: (1.0 - winner.monthly_cost_usd / rival.monthly_cost_usd) * 100.0,
            });
        }
    }
    if let Some(spot) = spot_would_change(report, winner, rival) {
        out.push(spot);
    }
    if let Some(scan) = break_even {
        out.extend(break_even_findings(scan));
    }
    out
}

/// When Fargate wins and EC2 Spot, at the user's discount, would bring
/// the EC2 rival below it.
fn spot_would_change(
    report: &SimulationReport,
    winner: &OptionResult,
    rival: Option<&OptionResult>,
) -> Option<VerdictFinding> {
    let rival = rival?;
    if winner.launch_type != LaunchType::Fargate
        || rival.launch_type != LaunchType::Ec2
        || rival.spot_full_saving_usd < TIE_USD
    {
        return None;
    }
    let spot_usd = rival.monthly_cost_usd - rival.spot_full_saving_usd;
    if spot_usd > winner.monthly_cost_usd - TIE_USD {
        return None;
    }
    Some(VerdictFinding::SpotWouldChange {
        ec2: rival.key(),
        fargate: winner.key(),
        discount_pct: report.ec2_spot_discount_pct,
        spot_usd,
        fargate_usd: winner.monthly_cost_usd,
    })
}

/// One finding per task list an incomplete option leaves out.
fn incomplete_findings(options: &[OptionResult]) -> Vec<VerdictFinding> {
    let mut out = Vec::new();
    for option in options.iter().filter(|o| o.incomplete) {
        let key = option.key();
        // Every entry the simulation writes has its typed reason.
        for u in &option.unplaced {
            let Some(reason) = &u.reason_finding else {
                continue;
            };
            out.push(VerdictFinding::Unplaced {
                option: key,
                service: u.service.clone(),
                tasks: u.tasks,
                reason: reason.clone(),
            });
        }
    }
    out
}

/// "EC2 + Fargate for legacy (Windows)": the services an EC2 option runs
/// on Fargate, with their cost.
fn fallback_finding(option: &OptionResult) -> Option<VerdictFinding> {
    if option.fargate_fallback.is_empty() {
        return None;
    }
    Some(VerdictFinding::FargateFallback {
        option: option.key(),
        parts: option
            .fargate_fallback
            .iter()
            .map(|f| FallbackPart {
                service: f.service.clone(),
                tasks: f.tasks,
                cause: f.cause.clone(),
                monthly_usd: f.monthly_cost_usd,
            })
            .collect(),
        fallback_usd: option.fargate_fallback_monthly_cost_usd,
        option_usd: option.monthly_cost_usd,
    })
}

/// EC2's saving over Fargate as the monthly operations work that would
/// erase it (whatever the user's operations figures, 0 included).
fn ops_break_even(
    report: &SimulationReport,
    fargate: &OptionResult,
    ec2: &OptionResult,
) -> Option<VerdictFinding> {
    let saving = fargate.monthly_cost_usd - ec2.monthly_cost_usd;
    if saving < TIE_USD {
        let ops = ec2.ops_monthly_cost_usd;
        return Some(VerdictFinding::FargateCheaperBeforeOps {
            ops_usd: ops,
            before_ops: fargate.monthly_cost_usd <= ec2.monthly_cost_usd - ops + TIE_USD / 2.0,
        });
    }
    let rate = report.ops_engineer_usd_per_hour.filter(|r| *r > 0.0);
    Some(VerdictFinding::OpsBreakEven {
        ec2: ec2.key(),
        fargate: fargate.key(),
        saving_usd: saving,
        ops_usd: ec2.ops_monthly_cost_usd,
        engineer_usd_per_hour: rate,
        hours: rate.map(|r| saving / r),
    })
}

/// When the chain is not binpack: what binpack:cpu would cost on the best
/// EC2 option (simulated by `analysis::complete`).
fn binpack_saving(report: &SimulationReport, ec2: &OptionResult) -> Option<VerdictFinding> {
    let binpack = ec2.binpack_monthly_cost_usd?;
    let saving = ec2.monthly_cost_usd - binpack;
    if saving < TIE_USD {
        return None;
    }
    Some(VerdictFinding::BinpackSaving {
        option: ec2.key(),
        strategy: report.placement_strategy.clone(),
        binpack_usd: binpack,
        option_usd: ec2.monthly_cost_usd,
        saving_usd: saving,
    })
}

fn best_of(options: &[OptionResult], launch_type: LaunchType) -> Option<&OptionResult> {
    let candidates: Vec<OptionResult> = options
        .iter()
        .filter(|o| o.launch_type == launch_type && o.layout != Layout::Custom)
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

/// Findings on why the best Fargate and best EC2 options differ.
fn fargate_vs_ec2(
    report: &SimulationReport,
    fargate: &OptionResult,
    ec2: &OptionResult,
) -> Vec<VerdictFinding> {
    let mut out = Vec::new();
    let types = instance_types_of(ec2);
    if ec2.monthly_cost_usd < fargate.monthly_cost_usd {
        out.push(VerdictFinding::Ec2Wins {
            strategy: report.placement_strategy.clone(),
            instance_types: types,
            cpu_reserved_pct: ec2.avg_cpu_reserved_pct,
            memory_reserved_pct: ec2.avg_memory_reserved_pct,
            idle_usd: ec2.idle_monthly_cost_usd,
        });
    } else {
        out.push(VerdictFinding::FargateWins {
            instance_types: types,
            cpu_reserved_pct: ec2.avg_cpu_reserved_pct,
            memory_reserved_pct: ec2.avg_memory_reserved_pct,
            idle_usd: ec2.idle_monthly_cost_usd,
        });
    }
    // The first cluster with an instance type speaks for the option.
    let first = ec2.clusters.iter().find(|c| c.instance_type.is_some());
    if let Some((name, share)) =
        first.and_then(|c| Some((c.instance_type.clone()?, c.fargate_parity_share?)))
    {
        out.push(VerdictFinding::FargateParity {
            instance_type: name,
            share,
        });
    }
    if let Some(eni) = eni_limit(report, ec2) {
        out.push(eni);
    }
    if let Some(rounding) = worst_rounding(fargate) {
        out.push(rounding);
    }
    out
}

/// When awsvpc tasks without ENI trunking cap each instance at a few tasks
/// and leave CPU and memory half used, say so: it is the lever to pull.
fn eni_limit(report: &SimulationReport, ec2: &OptionResult) -> Option<VerdictFinding> {
    const LOW_RESERVATION_PCT: f64 = 75.0;
    if !report.awsvpc_without_trunking
        || ec2.avg_cpu_reserved_pct >= LOW_RESERVATION_PCT
        || ec2.avg_memory_reserved_pct >= LOW_RESERVATION_PCT
    {
        return None;
    }
    let cluster = ec2.clusters.iter().find(|c| c.instance_type.is_some())?;
    let limit = cluster.awsvpc_limit.as_ref()?;
    Some(VerdictFinding::EniLimit {
        instance_type: cluster.instance_type.clone()?,
        tasks_per_instance: limit.tasks_per_instance,
        cpu_reserved_pct: ec2.avg_cpu_reserved_pct,
        memory_reserved_pct: ec2.avg_memory_reserved_pct,
        trunking_supported: limit.trunking_supported,
        tasks_with_trunking: limit.tasks_with_trunking,
    })
}

/// Distinct instance types, in cluster order.
fn instance_types_of(option: &OptionResult) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for c in &option.clusters {
        if let Some(t) = &c.instance_type {
            if !names.contains(t) {
                names.push(t.clone());
            }
        }
    }
    names
}

/// The service whose rounding costs most on `fargate` (the first of equals),
/// with the option's own figure (after discounts and Spot).
fn worst_rounding(fargate: &OptionResult) -> Option<VerdictFinding> {
    let mut worst: Option<&crate::report::RoundingWaste> = None;
    for r in &fargate.fargate_rounding {
        if worst.is_none_or(|w| r.monthly_waste_usd > w.monthly_waste_usd) {
            worst = Some(r);
        }
    }
    let w = worst.filter(|w| w.monthly_waste_usd >= TIE_USD)?;
    Some(VerdictFinding::Rounding {
        service: w.service.clone(),
        cpu_units: w.cpu_units,
        memory_mib: w.memory_mib,
        billed_cpu_units: w.billed_cpu_units,
        billed_memory_mib: w.billed_memory_mib,
        monthly_waste_usd: w.monthly_waste_usd,
    })
}

/// On EC2: how shared and separate clusters compare.
fn layout_finding(options: &[OptionResult]) -> Option<VerdictFinding> {
    let find = |layout: Layout| {
        options
            .iter()
            .find(|o| o.launch_type == LaunchType::Ec2 && o.layout == layout)
            .filter(|o| !o.incomplete)
    };
    let single = find(Layout::Single)?;
    let shared_providers = single
        .clusters
        .first()
        .map_or(0, |c| u32::try_from(c.providers.len()).unwrap_or(u32::MAX));
    let mut parts = Vec::new();
    for layout in [Layout::PerService, Layout::ByGroup] {
        let Some(other) = find(layout) else { continue };
        let clusters = u32::try_from(other.clusters.len()).unwrap_or(u32::MAX);
        let diff = other.monthly_cost_usd - single.monthly_cost_usd;
        let ops_diff = other.ops_monthly_cost_usd - single.ops_monthly_cost_usd;
        if diff >= TIE_USD && (diff - ops_diff).abs() < TIE_USD {
            parts.push(LayoutCost::OnlyClusterCosts {
                layout,
                extra_usd: diff,
                clusters,
                shared_providers,
            });
        } else if diff >= TIE_USD {
            let daemons_diff = other.daemon_monthly_cost_usd - single.daemon_monthly_cost_usd;
            parts.push(LayoutCost::Dearer {
                layout,
                extra_usd: diff,
                ops_usd: ops_diff,
                daemons_usd: daemons_diff,
                instances_usd: diff - ops_diff - daemons_diff,
                clusters,
                avg_instances: other.avg_instances,
                single_avg_instances: single.avg_instances,
                peak_instances: other.peak_instances,
                single_peak_instances: single.peak_instances,
            });
        } else if diff <= -TIE_USD {
            parts.push(LayoutCost::Cheaper {
                layout,
                saving_usd: -diff,
            });
        } else if shared_providers > 1 {
            parts.push(LayoutCost::SameWithProviders {
                layout,
                shared_providers,
            });
        }
    }
    if parts.is_empty() {
        None
    } else {
        Some(VerdictFinding::Layouts { parts })
    }
}

/// One finding per layout, or one for all when every layout has no
/// crossover in range and the same launch type stays cheaper.
pub fn break_even_findings(scan: &BreakEven) -> Vec<VerdictFinding> {
    let (Some(low), Some(high)) = (
        scan.points.first().map(|p| p.scale),
        scan.points.last().map(|p| p.scale),
    ) else {
        return Vec::new();
    };
    if scan.crossovers.len() > 1 {
        let first = scan.crossovers.first().map(|c| c.ec2_cheaper_above);
        if scan
            .crossovers
            .iter()
            .all(|c| c.scale.is_none() && Some(c.ec2_cheaper_above) == first)
        {
            return vec![VerdictFinding::StaysCheaperEverywhere {
                ec2_cheaper: first == Some(true),
                low_scale: low,
                high_scale: high,
            }];
        }
    }
    scan.crossovers
        .iter()
        .map(|c| VerdictFinding::Crossover {
            option: OptionKey::new(LaunchType::Ec2, c.layout),
            scale: c.scale,
            ec2_cheaper_above: c.ec2_cheaper_above,
            low_scale: low,
            high_scale: high,
        })
        .collect()
}
