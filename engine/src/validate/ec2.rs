//! `ec2`: instance types (checked against the region's catalogue), the
//! placement strategy chain, capacity-provider settings, EC2 Spot and
//! operations costs.

use serde_json::{Map, Value};

use super::json::{
    field, join, object, read_array, read_bool, read_f64, read_str, read_u32, strings,
    whole_number, Issues,
};
use super::suggest::closest;
use super::{
    Problem, RegionInfo, Valid, DEFAULT_AVAILABILITY_ZONES, DEFAULT_TARGET_CAPACITY,
    MAX_AVAILABILITY_ZONES, MAX_MEMORY_OVERHEAD_MIB, MAX_MIN_INSTANCES, MAX_OPS_USD,
    MAX_SPOT_DISCOUNT_PCT, MAX_STRATEGIES,
};
use crate::scenario::{Ec2Settings, Ec2Spot, OpsCost, PlacementStrategy};

pub(super) const EC2_FIELDS: &[&str] = &[
    "instance_types",
    "strategy",
    "target_capacity",
    "availability_zones",
    "eni_trunking",
    "memory_overhead_mib",
    "min_instances",
    "seed",
    "allow_burstable",
    "ops_usd_per_cluster_month",
    "ops_usd_per_instance_month",
    "ops_engineer_usd_per_hour",
    "spot_share",
    "spot_on_demand_base",
    "spot_discount_pct",
    "capacity_providers",
];

pub(super) fn read_ec2(
    issues: &mut Issues,
    top: &Map<String, Value>,
    region: &Option<String>,
    region_info: &RegionInfo<'_>,
) -> Option<Ec2Settings> {
    let empty = Map::new();
    let map = match field(top, "ec2") {
        None => &empty,
        Some(v) => object(issues, v, "ec2", EC2_FIELDS)?,
    };

    let instance_types = match field(map, "instance_types") {
        None => Some(None),
        Some(v) => read_instance_types(issues, v, region, region_info).map(Some),
    };

    // No strategy: ECS's service default (spread:az, then spread:instanceId),
    // kept as an empty chain (see `placement::effective_chain`).
    let strategy = match field(map, "strategy") {
        None => Some(Vec::new()),
        Some(v) => read_strategy(issues, v),
    };

    let target_capacity = match field(map, "target_capacity") {
        None => Some(DEFAULT_TARGET_CAPACITY),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.target_capacity",
            1..=100,
            Valid::TargetCapacity,
        ),
    };
    let availability_zones = match field(map, "availability_zones") {
        None => Some(DEFAULT_AVAILABILITY_ZONES),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.availability_zones",
            1..=MAX_AVAILABILITY_ZONES,
            Valid::AvailabilityZones {
                max: MAX_AVAILABILITY_ZONES,
            },
        ),
    };
    let eni_trunking = match field(map, "eni_trunking") {
        None => Some(false),
        Some(v) => read_bool(issues, v, "ec2.eni_trunking"),
    };
    let memory_overhead_mib = match field(map, "memory_overhead_mib") {
        None => Some(None),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.memory_overhead_mib",
            0..=MAX_MEMORY_OVERHEAD_MIB,
            Valid::MemoryOverhead {
                max: MAX_MEMORY_OVERHEAD_MIB,
            },
        )
        .map(Some),
    };
    let min_instances = match field(map, "min_instances") {
        None => Some(0),
        Some(v) => read_u32(
            issues,
            v,
            "ec2.min_instances",
            0..=MAX_MIN_INSTANCES,
            Valid::MinInstances {
                max: MAX_MIN_INSTANCES,
            },
        ),
    };
    let seed = match field(map, "seed") {
        None => Some(0),
        Some(v) => match whole_number(v) {
            Ok(n) => Some(n),
            Err(_) => {
                issues.error("ec2.seed", v, Problem::NotASeed);
                None
            }
        },
    };
    let allow_burstable = match field(map, "allow_burstable") {
        None => Some(false),
        Some(v) => read_bool(issues, v, "ec2.allow_burstable"),
    };
    let ops = read_ops(issues, map);
    let spot = read_ec2_spot(issues, map, "ec2");
    let capacity_providers =
        super::providers::read_capacity_providers(issues, map, region, region_info);
    Some(Ec2Settings {
        instance_types: instance_types?,
        strategy: strategy?,
        target_capacity: target_capacity?,
        availability_zones: availability_zones?,
        eni_trunking: eni_trunking?,
        memory_overhead_mib: memory_overhead_mib?,
        min_instances: min_instances?,
        seed: seed?,
        allow_burstable: allow_burstable?,
        ops: ops?,
        spot: spot?,
        capacity_providers: capacity_providers?,
    })
}

/// `ec2.spot_share`, `ec2.spot_on_demand_base`, `ec2.spot_discount_pct`:
/// all absent means no Spot. A share above 0 needs the discount, since no
/// Spot prices are bundled.
pub(super) fn read_ec2_spot(
    issues: &mut Issues,
    map: &Map<String, Value>,
    prefix: &str,
) -> Option<Ec2Spot> {
    let share = match field(map, "spot_share") {
        None => Some(0.0),
        Some(v) => read_f64(
            issues,
            v,
            &join(prefix, "spot_share"),
            0.0..=1.0,
            Valid::Ec2SpotShare,
        ),
    };
    let base = match field(map, "spot_on_demand_base") {
        None => Some(0),
        Some(v) => read_u32(
            issues,
            v,
            &join(prefix, "spot_on_demand_base"),
            0..=MAX_MIN_INSTANCES,
            Valid::Ec2SpotBase,
        ),
    };
    let discount = match field(map, "spot_discount_pct") {
        None => Some(None),
        Some(v) => read_f64(
            issues,
            v,
            &join(prefix, "spot_discount_pct"),
            0.0..=MAX_SPOT_DISCOUNT_PCT,
            Valid::Ec2SpotDiscount,
        )
        .map(Some),
    };
    let (share, base, discount) = (share?, base?, discount?);
    let discount = match discount {
        Some(d) => d,
        None if share > 0.0 => {
            issues.missing(
                &join(prefix, "spot_discount_pct"),
                Problem::Missing {
                    valid: Valid::Ec2SpotDiscountNeeded,
                },
            );
            return None;
        }
        None => 0.0,
    };
    Some(Ec2Spot {
        share,
        on_demand_base: base,
        discount_pct: discount,
    })
}

/// `ec2.ops_usd_per_cluster_month`, `ec2.ops_usd_per_instance_month` (0 when
/// absent) and `ec2.ops_engineer_usd_per_hour` (absent when absent).
fn read_ops(issues: &mut Issues, map: &Map<String, Value>) -> Option<OpsCost> {
    let usd = |issues: &mut Issues, key: &str, valid: Valid| match field(map, key) {
        None => Some(None),
        Some(v) => read_f64(issues, v, &join("ec2", key), 0.0..=MAX_OPS_USD, valid).map(Some),
    };
    let per_cluster = usd(issues, "ops_usd_per_cluster_month", Valid::OpsPerCluster);
    let per_instance = usd(issues, "ops_usd_per_instance_month", Valid::OpsPerInstance);
    let engineer = usd(issues, "ops_engineer_usd_per_hour", Valid::OpsEngineer);
    Some(OpsCost {
        usd_per_cluster_month: per_cluster?.unwrap_or(0.0),
        usd_per_instance_month: per_instance?.unwrap_or(0.0),
        engineer_usd_per_hour: engineer?,
    })
}

fn read_instance_types(
    issues: &mut Issues,
    v: &Value,
    region: &Option<String>,
    region_info: &RegionInfo<'_>,
) -> Option<Vec<String>> {
    let path = "ec2.instance_types";
    let list = read_array(issues, v, path, Valid::InstanceTypes)?;
    if list.is_empty() {
        issues.error(path, v, Problem::EmptyInstanceTypes);
        return None;
    }
    let catalogue = region_info.prices.and_then(|p| p.ec2.as_ref());
    if catalogue.is_none() {
        if let Some(code) = region {
            issues.warn(
                path,
                v,
                Problem::InstanceTypesUnchecked {
                    region: code.clone(),
                    bundled_ec2_regions: crate::pricing::bundled_ec2_region_count(),
                },
            );
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Some(name) = read_str(issues, item, &item_path, Valid::InstanceType) else {
            ok = false;
            continue;
        };
        if !check_instance_type(issues, item, &item_path, name, region, catalogue) {
            ok = false;
            continue;
        }
        if names.iter().any(|n| n == name) {
            issues.warn(&item_path, item, Problem::ListedTwice);
            continue;
        }
        names.push(name.to_string());
    }
    ok.then_some(names)
}

/// Whether `name` (at `item_path`) is sold in the region's catalogue;
/// records the error (nearest types, or the region's) when not. Unchecked
/// (true) without a catalogue.
pub(super) fn check_instance_type(
    issues: &mut Issues,
    item: &Value,
    item_path: &str,
    name: &str,
    region: &Option<String>,
    catalogue: Option<&crate::pricing::Ec2Catalogue>,
) -> bool {
    if let Some(catalogue) = catalogue {
        if catalogue.get(name).is_none() {
            if let Some(known) = crate::pricing::bundled_instance_type(name) {
                let near: Vec<&str> = catalogue
                    .nearest(known, 3)
                    .into_iter()
                    .map(|t| t.name.as_str())
                    .collect();
                issues.error(
                    item_path,
                    item,
                    Problem::NotSoldInRegion {
                        region: region.clone(),
                        price_list_date: catalogue.snapshot.date.clone(),
                        nearest: strings(&near),
                    },
                );
                return false;
            }
            let near = closest(name, catalogue.types.iter().map(|t| t.name.as_str()), 3);
            issues.error(
                item_path,
                item,
                Problem::UnknownInstanceType {
                    suggestions: strings(&near),
                },
            );
            return false;
        }
    }
    true
}

fn read_strategy(issues: &mut Issues, v: &Value) -> Option<Vec<PlacementStrategy>> {
    let path = "ec2.strategy";
    let valid_names = PlacementStrategy::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>();
    let valid = Valid::StrategyChain {
        max: MAX_STRATEGIES,
        names: strings(&valid_names),
    };
    let list = read_array(issues, v, path, valid)?;
    if list.is_empty() || list.len() > MAX_STRATEGIES {
        issues.error(
            path,
            v,
            Problem::StrategyCount {
                found: list.len(),
                max: MAX_STRATEGIES,
                names: strings(&valid_names),
            },
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        match item.as_str().and_then(PlacementStrategy::parse) {
            Some(s) => out.push(s),
            None => {
                let near = item
                    .as_str()
                    .map(|s| closest(s, valid_names.iter().copied(), 5))
                    .unwrap_or_default();
                issues.error(
                    &item_path,
                    item,
                    Problem::NotAStrategy {
                        suggestion: near.first().map(|n| n.to_string()),
                        names: strings(&valid_names),
                    },
                );
                ok = false;
            }
        }
    }
    ok.then_some(out)
}
