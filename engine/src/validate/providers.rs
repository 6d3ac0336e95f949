//! `ec2.capacity_providers` (the providers the user names) and
//! `services[i].capacity_provider` (the service's binding). A provider:
//! `name` (required: letters, digits, `-`, `_`; not starting with `aws`,
//! `ecs` or `fargate`, which ECS reserves; not one of the planner's own
//! names), `instance_type` (optional, checked against the region's
//! catalogue; absent = the cluster's own choice), and `spot_share`,
//! `spot_on_demand_base`, `spot_discount_pct` (optional; absent = the
//! `ec2.spot_*` settings). A daemon takes no provider; a bound service's
//! architecture must match its provider's type. A provider no service is
//! bound to is a warning.

use serde_json::{Map, Value};

use super::ec2::{check_instance_type, read_ec2_spot};
use super::json::{field, object, read_array, read_str, Issues};
use super::suggest::closest;
use super::{NameOf, Problem, RegionInfo, Valid, MAX_NAME_CHARS};
use crate::scenario::{Arch, CapacityProvider, Ec2Settings, Service};

/// Most named capacity providers (ECS allows 20 per cluster).
pub const MAX_CAPACITY_PROVIDERS: usize = 20;
/// Name prefixes ECS reserves for its own capacity providers.
pub const RESERVED_PROVIDER_PREFIXES: [&str; 3] = ["aws", "ecs", "fargate"];

const PROVIDER_FIELDS: &[&str] = &[
    "name",
    "instance_type",
    "spot_share",
    "spot_on_demand_base",
    "spot_discount_pct",
];

/// The planner's own provider names (kept in step with
/// `ec2::providers::automatic_provider_names`, a higher layer).
fn automatic_names() -> Vec<String> {
    let mut names = vec!["shared".to_string()];
    for arch in Arch::ALL {
        for band in ["cpu", "general", "memory"] {
            names.push(format!("{}-{band}", arch.as_str()));
        }
    }
    names
}

pub(super) fn read_capacity_providers(
    issues: &mut Issues,
    ec2: &Map<String, Value>,
    region: &Option<String>,
    region_info: &RegionInfo<'_>,
) -> Option<Vec<CapacityProvider>> {
    let path = "ec2.capacity_providers";
    let Some(v) = field(ec2, "capacity_providers") else {
        return Some(Vec::new());
    };
    let list = read_array(issues, v, path, Valid::CapacityProviders)?;
    if list.len() > MAX_CAPACITY_PROVIDERS {
        issues.error(
            path,
            &serde_json::json!(list.len()),
            Problem::TooManyProviders {
                max: MAX_CAPACITY_PROVIDERS,
            },
        );
        return None;
    }
    let catalogue = region_info.prices.and_then(|p| p.ec2.as_ref());
    let mut out = Vec::with_capacity(list.len());
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Some(map) = object(issues, item, &at, PROVIDER_FIELDS) else {
            ok = false;
            continue;
        };
        let name = read_provider_name(issues, map, &format!("{at}.name"));
        if let Some(n) = &name {
            if let Some(first) = out.iter().position(|p: &CapacityProvider| &p.name == n) {
                issues.error(
                    &format!("{at}.name"),
                    &Value::String(n.clone()),
                    Problem::DuplicateName {
                        of: NameOf::Provider,
                        first,
                    },
                );
                ok = false;
                continue;
            }
        }
        let instance_type = match field(map, "instance_type") {
            None => Some(None),
            Some(t) => {
                let type_path = format!("{at}.instance_type");
                read_str(issues, t, &type_path, Valid::InstanceType).and_then(|name| {
                    check_instance_type(issues, t, &type_path, name, region, catalogue)
                        .then(|| Some(name.to_string()))
                })
            }
        };
        let has_spot = ["spot_share", "spot_on_demand_base", "spot_discount_pct"]
            .iter()
            .any(|k| field(map, k).is_some());
        let spot = if has_spot {
            read_ec2_spot(issues, map, &at).map(Some)
        } else {
            Some(None)
        };
        match (name, instance_type, spot) {
            (Some(name), Some(instance_type), Some(spot)) => out.push(CapacityProvider {
                name,
                instance_type,
                spot,
                services: Vec::new(),
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_provider_name(issues: &mut Issues, map: &Map<String, Value>, path: &str) -> Option<String> {
    let Some(v) = field(map, "name") else {
        issues.missing(
            path,
            Problem::Missing {
                valid: Valid::Name {
                    of: NameOf::Provider,
                },
            },
        );
        return None;
    };
    let name = read_str(
        issues,
        v,
        path,
        Valid::Name {
            of: NameOf::Provider,
        },
    )?;
    let problem = if name.trim().is_empty() {
        Some(Problem::EmptyName {
            of: NameOf::Provider,
        })
    } else if name.chars().count() > MAX_NAME_CHARS {
        Some(Problem::NameTooLong {
            max: MAX_NAME_CHARS,
        })
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Some(Problem::ProviderNameChars)
    } else if let Some(prefix) = RESERVED_PROVIDER_PREFIXES
        .iter()
        .find(|p| name.to_ascii_lowercase().starts_with(*p))
    {
        Some(Problem::ProviderNamePrefix {
            prefix: prefix.to_string(),
        })
    } else if automatic_names().iter().any(|n| n == name) {
        Some(Problem::ProviderNameReserved {
            names: automatic_names(),
        })
    } else {
        None
    };
    match problem {
        Some(problem) => {
            issues.error(path, v, problem);
            None
        }
        None => Some(name.to_string()),
    }
}

/// Reads each `services[i].capacity_provider` against the named providers
/// and records the bound services in them (file order); warns about
/// providers nothing is bound to.
pub(super) fn bind_services(
    issues: &mut Issues,
    top: &Map<String, Value>,
    services: &[Service],
    ec2: &mut Ec2Settings,
    region_info: &RegionInfo<'_>,
) {
    let raw = top
        .get("services")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let catalogue = region_info.prices.and_then(|p| p.ec2.as_ref());
    let known: Vec<String> = ec2
        .capacity_providers
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for (i, (service, value)) in services.iter().zip(&raw).enumerate() {
        let Some(v) = value.get("capacity_provider").filter(|v| !v.is_null()) else {
            continue;
        };
        let path = format!("services[{i}].capacity_provider");
        let Some(name) = read_str(issues, v, &path, Valid::ProviderName) else {
            continue;
        };
        let Some(provider) = ec2.capacity_providers.iter_mut().find(|p| p.name == name) else {
            let suggestion = closest(name, known.iter().map(String::as_str), 3)
                .first()
                .map(|n| n.to_string());
            issues.error(
                &path,
                v,
                Problem::UnknownProvider {
                    suggestion,
                    known: known.clone(),
                },
            );
            continue;
        };
        if service.daemon {
            issues.error(&path, v, Problem::DaemonWithProvider);
            continue;
        }
        if let Some((t, arch)) = provider
            .instance_type
            .as_deref()
            .and_then(|t| Some((t, catalogue?.get(t)?.arch)))
        {
            if arch != service.arch {
                issues.error(
                    &path,
                    v,
                    Problem::ProviderArchMismatch {
                        provider: provider.name.clone(),
                        instance_type: t.to_string(),
                        type_arch: arch,
                        service_arch: service.arch,
                    },
                );
                continue;
            }
        }
        provider.services.push(service.name.clone());
    }
    for (k, provider) in ec2.capacity_providers.iter().enumerate() {
        if provider.services.is_empty() {
            issues.warn(
                &format!("ec2.capacity_providers[{k}].name"),
                &Value::String(provider.name.clone()),
                Problem::ProviderUnused {
                    provider: provider.name.clone(),
                },
            );
        }
    }
}
