//! [`scenario_to_json`]: the canonical version-1 file, every field written,
//! (each enum in its `as_str` spelling, `crate::scenario`).

use serde_json::{json, Map, Value};

use crate::scenario::{Desired, Ec2Spot, Scenario, Service};

/// The canonical version-1 file for `s`: every field written.
pub fn scenario_to_json(s: &Scenario) -> Value {
    let services: Vec<Value> = s.services.iter().map(service_to_json).collect();
    let custom: Vec<Value> = s
        .custom_clusters
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "launch_type": c.launch_type.as_str(),
                "services": c.services,
            })
        })
        .collect();
    let mut out = json!({
        "version": s.version,
        "region": s.region,
        "horizon_hours": s.horizon_hours,
        "services": services,
        "fargate": { "spot_share": s.fargate.spot_share },
        "ec2": {
            "instance_types": s.ec2.instance_types,
            // Empty = ECS's default chain, kept out of the file as null.
            "strategy": if s.ec2.strategy.is_empty() {
                Value::Null
            } else {
                json!(s.ec2.strategy.iter().map(|p| p.as_str()).collect::<Vec<_>>())
            },
            "target_capacity": s.ec2.target_capacity,
            "availability_zones": s.ec2.availability_zones,
            "eni_trunking": s.ec2.eni_trunking,
            "memory_overhead_mib": s.ec2.memory_overhead_mib,
            "min_instances": s.ec2.min_instances,
            "seed": s.ec2.seed,
            "allow_burstable": s.ec2.allow_burstable,
            "ops_usd_per_cluster_month": s.ec2.ops.usd_per_cluster_month,
            "ops_usd_per_instance_month": s.ec2.ops.usd_per_instance_month,
            "ops_engineer_usd_per_hour": s.ec2.ops.engineer_usd_per_hour,
        },
        "layouts": s.layouts.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "custom_clusters": custom,
        "pricing": {
            "ec2_discount_pct": s.pricing.ec2_discount_pct,
            "fargate_discount_pct": s.pricing.fargate_discount_pct,
        },
    });
    // EC2 Spot is written only when set, so files without it stay as they were.
    if s.ec2.spot != Ec2Spot::default() {
        if let Some(ec2) = out.get_mut("ec2").and_then(Value::as_object_mut) {
            ec2.insert("spot_share".into(), json!(s.ec2.spot.share));
            ec2.insert(
                "spot_on_demand_base".into(),
                json!(s.ec2.spot.on_demand_base),
            );
            ec2.insert("spot_discount_pct".into(), json!(s.ec2.spot.discount_pct));
        }
    }
    // Named capacity providers, and each bound service's
    // `capacity_provider`, written only when there are some.
    if !s.ec2.capacity_providers.is_empty() {
        let providers: Vec<Value> = s
            .ec2
            .capacity_providers
            .iter()
            .map(|p| {
                let mut map = Map::new();
                map.insert("name".into(), json!(p.name));
                if let Some(t) = &p.instance_type {
                    map.insert("instance_type".into(), json!(t));
                }
                if let Some(spot) = p.spot {
                    map.insert("spot_share".into(), json!(spot.share));
                    map.insert("spot_on_demand_base".into(), json!(spot.on_demand_base));
                    map.insert("spot_discount_pct".into(), json!(spot.discount_pct));
                }
                Value::Object(map)
            })
            .collect();
        if let Some(ec2) = out.get_mut("ec2").and_then(Value::as_object_mut) {
            ec2.insert("capacity_providers".into(), Value::Array(providers));
        }
        if let Some(list) = out.get_mut("services").and_then(Value::as_array_mut) {
            for (service, value) in s.services.iter().zip(list.iter_mut()) {
                if let (Some(p), Some(map)) =
                    (s.ec2.provider_of(&service.name), value.as_object_mut())
                {
                    map.insert("capacity_provider".into(), json!(p.name));
                }
            }
        }
    }
    out
}

fn service_to_json(s: &Service) -> Value {
    let mut map = Map::new();
    map.insert("name".into(), json!(s.name));
    map.insert("cpu".into(), json!(s.cpu_units));
    map.insert("memory".into(), json!(s.memory_mib));
    match &s.desired {
        Desired::Count(n) => map.insert("count".into(), json!(n)),
        Desired::Profile(p) => map.insert("profile".into(), json!(p)),
    };
    map.insert("group".into(), json!(s.group));
    map.insert("arch".into(), json!(s.arch.as_str()));
    map.insert("os".into(), json!(s.os.as_str()));
    map.insert("network_mode".into(), json!(s.network_mode.as_str()));
    map.insert("host_port".into(), json!(s.host_port));
    map.insert("distinct_instance".into(), json!(s.distinct_instance));
    map.insert("daemon".into(), json!(s.daemon));
    Value::Object(map)
}
