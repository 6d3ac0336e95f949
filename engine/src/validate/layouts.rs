//! `layouts` and `custom_clusters`, and the checks across them and the
//! services (a custom Fargate cluster refuses daemons, Windows and tasks
//! above Fargate's largest size; unlisted services go to
//! [`UNASSIGNED_CLUSTER`]).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use super::json::{field, join, object, read_array, read_str, strings, Issues};
use super::services::read_name;
use super::suggest::closest;
use super::{NameOf, Problem, Valid, MAX_CUSTOM_CLUSTERS, UNASSIGNED_CLUSTER};
use crate::fargate;
use crate::scenario::{CustomCluster, LaunchType, Layout, Os, Service};

pub(super) const CUSTOM_FIELDS: &[&str] = &["name", "launch_type", "services"];

pub(super) fn read_layouts(issues: &mut Issues, map: &Map<String, Value>) -> Option<Vec<Layout>> {
    let Some(v) = field(map, "layouts") else {
        return Some(vec![Layout::Single, Layout::PerService, Layout::ByGroup]);
    };
    let names = Layout::ALL.iter().map(|l| l.as_str()).collect::<Vec<_>>();
    let list = read_array(
        issues,
        v,
        "layouts",
        Valid::Layouts {
            names: strings(&names),
        },
    )?;
    if list.is_empty() {
        issues.error(
            "layouts",
            v,
            Problem::EmptyLayouts {
                names: strings(&names),
            },
        );
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (i, item) in list.iter().enumerate() {
        let path = format!("layouts[{i}]");
        match item.as_str().and_then(Layout::parse) {
            Some(l) if out.contains(&l) => {
                issues.warn(&path, item, Problem::ListedTwice);
            }
            Some(l) => out.push(l),
            None => {
                issues.error(
                    &path,
                    item,
                    Problem::NotALayout {
                        names: strings(&names),
                    },
                );
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

pub(super) fn read_custom_clusters(
    issues: &mut Issues,
    map: &Map<String, Value>,
    services: Option<&[Service]>,
) -> Option<Vec<CustomCluster>> {
    let Some(v) = field(map, "custom_clusters") else {
        return Some(Vec::new());
    };
    let list = read_array(issues, v, "custom_clusters", Valid::CustomClusters)?;
    if list.len() > MAX_CUSTOM_CLUSTERS {
        issues.error(
            "custom_clusters",
            &json!(list.len()),
            Problem::TooManyClusters {
                max: MAX_CUSTOM_CLUSTERS,
            },
        );
        return None;
    }
    let by_name: BTreeMap<&str, &Service> = services
        .unwrap_or_default()
        .iter()
        .map(|s| (s.name.as_str(), s))
        .collect();
    let mut out = Vec::new();
    let mut ok = true;
    let mut cluster_names: BTreeMap<String, usize> = BTreeMap::new();
    let mut placed_in: BTreeMap<String, usize> = BTreeMap::new();
    for (ci, item) in list.iter().enumerate() {
        let path = format!("custom_clusters[{ci}]");
        let Some(cmap) = object(issues, item, &path, CUSTOM_FIELDS) else {
            ok = false;
            continue;
        };
        let name = read_name(issues, cmap, &join(&path, "name"), NameOf::Cluster);
        if let Some(n) = &name {
            if let Some(first) = cluster_names.get(n) {
                issues.error(
                    &join(&path, "name"),
                    &json!(n),
                    Problem::DuplicateName {
                        of: NameOf::Cluster,
                        first: *first,
                    },
                );
                ok = false;
            } else {
                cluster_names.insert(n.clone(), ci);
            }
        }
        let launch_type = match field(cmap, "launch_type") {
            None => {
                issues.missing(
                    &join(&path, "launch_type"),
                    Problem::Missing {
                        valid: Valid::LaunchType,
                    },
                );
                None
            }
            Some(lt) => match lt
                .as_str()
                .and_then(|s| LaunchType::parse(&s.to_ascii_lowercase()))
            {
                Some(launch_type) => Some(launch_type),
                None => {
                    issues.error(&join(&path, "launch_type"), lt, Problem::NotLaunchType);
                    None
                }
            },
        };
        let members_path = join(&path, "services");
        let members = match field(cmap, "services") {
            None => Some(Vec::new()),
            Some(sv) => read_array(issues, sv, &members_path, Valid::ServiceNames).map(|a| {
                let mut names = Vec::new();
                for (si, s) in a.iter().enumerate() {
                    let spath = format!("{members_path}[{si}]");
                    let Some(sname) = read_str(issues, s, &spath, Valid::ServiceName) else {
                        ok = false;
                        continue;
                    };
                    if services.is_some() && !by_name.contains_key(sname) {
                        let near = closest(sname, by_name.keys().copied(), 3);
                        issues.error(
                            &spath,
                            s,
                            Problem::NotAServiceHere {
                                suggestion: near.first().map(|n| n.to_string()),
                            },
                        );
                        ok = false;
                        continue;
                    }
                    let is_daemon = by_name.get(sname).is_some_and(|s| s.daemon);
                    if let (Some(first), false) = (placed_in.get(sname), is_daemon) {
                        issues.error(&spath, s, Problem::AlreadyInCluster { first: *first });
                        ok = false;
                        continue;
                    }
                    placed_in.insert(sname.to_string(), ci);
                    if launch_type == Some(LaunchType::Fargate) {
                        if let Some(service) = by_name.get(sname) {
                            if let Some(reason) = fargate_refusal(service) {
                                issues.error(&spath, s, reason);
                                ok = false;
                                continue;
                            }
                        }
                    }
                    names.push(sname.to_string());
                }
                names
            }),
        };
        match (name, launch_type, members) {
            (Some(name), Some(launch_type), Some(services)) => out.push(CustomCluster {
                name,
                launch_type,
                services,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// Why a service cannot go in a custom cluster the user puts on Fargate.
fn fargate_refusal(service: &Service) -> Option<Problem> {
    let name = service.name.clone();
    if service.daemon {
        return Some(Problem::DaemonOnFargate { service: name });
    }
    if service.os == Os::Windows {
        return Some(Problem::WindowsOnFargate { service: name });
    }
    if !fargate::fits_fargate(service.cpu_units, service.memory_mib) {
        return Some(Problem::TooBigForFargate {
            service: name,
            cpu_units: service.cpu_units,
            memory_mib: service.memory_mib,
        });
    }
    None
}

pub(super) fn check_custom_layout(
    issues: &mut Issues,
    map: &Map<String, Value>,
    layouts: &[Layout],
    custom: &[CustomCluster],
    services: Option<&[Service]>,
) {
    let uses_custom = layouts.contains(&Layout::Custom);
    if uses_custom && custom.is_empty() {
        let index = layouts
            .iter()
            .position(|l| *l == Layout::Custom)
            .unwrap_or(0);
        issues.error(
            &format!("layouts[{index}]"),
            &json!("custom"),
            Problem::CustomNeedsClusters,
        );
        return;
    }
    if !uses_custom && !custom.is_empty() {
        if let Some(v) = map.get("custom_clusters") {
            issues.warn("custom_clusters", v, Problem::CustomUnused);
        }
        return;
    }
    let Some(services) = services else { return };
    let listed: BTreeSet<&str> = custom
        .iter()
        .flat_map(|c| c.services.iter().map(String::as_str))
        .collect();
    // Daemons need no listing: they run in every EC2 cluster.
    let unlisted: Vec<&str> = services
        .iter()
        .filter(|s| !s.daemon)
        .map(|s| s.name.as_str())
        .filter(|n| !listed.contains(n))
        .collect();
    if uses_custom && !unlisted.is_empty() {
        if let Some(clash) = custom.iter().position(|c| c.name == UNASSIGNED_CLUSTER) {
            issues.error(
                &format!("custom_clusters[{clash}].name"),
                &json!(UNASSIGNED_CLUSTER),
                Problem::UnassignedClash {
                    services: strings(&unlisted),
                },
            );
            return;
        }
        if let Some(v) = map.get("custom_clusters") {
            issues.warn(
                "custom_clusters",
                v,
                Problem::Unassigned {
                    services: strings(&unlisted),
                },
            );
        }
    }
}
