//! Cluster layouts: which services share a cluster.
//!
//! - `single`: one cluster, [`SHARED_CLUSTER`], with every service.
//! - `per-service`: one cluster per service, named after it, in file order.
//! - `by-group`: one cluster per `group` value, sorted by name; services
//!   without a group go to [`DEFAULT_GROUP_CLUSTER`] (a group literally
//!   named "default" shares it). Services keep file order inside a cluster.
//! - `custom`: the scenario's `custom_clusters` in file order, each with its
//!   own launch type and its services in the order listed; services no
//!   custom cluster lists go to an EC2 cluster
//!   named [`UNASSIGNED_CLUSTER`] at the end (validation warns about them).
//!
//! Daemon services are not clusters of their own: a daemon runs one task on
//! every instance of every EC2 cluster, so each cluster of every layout gets
//! all the daemons appended (after its own services), and their cost
//! multiplies with the number of clusters. Fargate costing leaves daemons
//! out. Custom Fargate clusters get no daemons; a daemon listed in a custom
//! EC2 cluster is not repeated there.
//!
//! Clusters themselves are free (docs/ecs-domain.md §7); a layout only changes
//! which tasks can share instances.

use std::collections::BTreeMap;

use crate::scenario::{LaunchType, Layout, Scenario};
pub use crate::validate::UNASSIGNED_CLUSTER;

/// The one cluster of the `single` layout.
pub const SHARED_CLUSTER: &str = "shared";
/// The `by-group` cluster of services without a group.
pub const DEFAULT_GROUP_CLUSTER: &str = "default";

/// One cluster of a layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterSpec {
    pub name: String,
    /// `Some` only for the custom layout, whose clusters choose their own
    /// launch type; the standard layouts are costed on both.
    pub launch_type: Option<LaunchType>,
    /// Indices into `scenario.services`: file order, except in custom
    /// clusters, which keep the order the user listed.
    pub services: Vec<usize>,
}

/// The clusters of `layout` for `scenario`.
pub fn clusters_for(scenario: &Scenario, layout: Layout) -> Vec<ClusterSpec> {
    let daemons: Vec<usize> = (0..scenario.services.len())
        .filter(|&i| scenario.services.get(i).is_some_and(|s| s.daemon))
        .collect();
    let mut clusters = clusters_without_daemons(scenario, layout);
    for cluster in &mut clusters {
        if cluster.launch_type == Some(LaunchType::Fargate) {
            continue;
        }
        for &d in &daemons {
            if !cluster.services.contains(&d) {
                cluster.services.push(d);
            }
        }
    }
    clusters
}

fn clusters_without_daemons(scenario: &Scenario, layout: Layout) -> Vec<ClusterSpec> {
    let is_daemon = |i: usize| scenario.services.get(i).is_some_and(|s| s.daemon);
    let all: Vec<usize> = (0..scenario.services.len())
        .filter(|&i| !is_daemon(i))
        .collect();
    match layout {
        Layout::Single => vec![ClusterSpec {
            name: SHARED_CLUSTER.to_string(),
            launch_type: None,
            services: all,
        }],
        Layout::PerService => scenario
            .services
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.daemon)
            .map(|(i, s)| ClusterSpec {
                name: s.name.clone(),
                launch_type: None,
                services: vec![i],
            })
            .collect(),
        Layout::ByGroup => {
            let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for (i, s) in scenario
                .services
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.daemon)
            {
                let name = s.group.as_deref().unwrap_or(DEFAULT_GROUP_CLUSTER);
                groups.entry(name).or_default().push(i);
            }
            groups
                .into_iter()
                .map(|(name, services)| ClusterSpec {
                    name: name.to_string(),
                    launch_type: None,
                    services,
                })
                .collect()
        }
        Layout::Custom => {
            let mut listed = vec![false; scenario.services.len()];
            let mut clusters: Vec<ClusterSpec> = scenario
                .custom_clusters
                .iter()
                .map(|c| {
                    let services = c
                        .services
                        .iter()
                        .filter_map(|name| scenario.services.iter().position(|s| &s.name == name))
                        .collect::<Vec<_>>();
                    for &i in &services {
                        if let Some(flag) = listed.get_mut(i) {
                            *flag = true;
                        }
                    }
                    ClusterSpec {
                        name: c.name.clone(),
                        launch_type: Some(c.launch_type),
                        services,
                    }
                })
                .collect();
            let unassigned: Vec<usize> = listed
                .iter()
                .enumerate()
                .filter(|(i, listed)| !**listed && !is_daemon(*i))
                .map(|(i, _)| i)
                .collect();
            if !unassigned.is_empty() {
                clusters.push(ClusterSpec {
                    name: UNASSIGNED_CLUSTER.to_string(),
                    launch_type: Some(LaunchType::Ec2),
                    services: unassigned,
                });
            }
            clusters
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::bundled;
    use crate::validate::parse_scenario_value;
    use serde_json::json;

    fn scenario() -> Scenario {
        parse_scenario_value(
            &json!({
                "region": "us-east-1",
                "services": [
                    {"name": "api", "cpu": 512, "memory": 1024, "count": 1, "group": "prod"},
                    {"name": "web", "cpu": 256, "memory": 512, "count": 1},
                    {"name": "worker", "cpu": 1024, "memory": 2048, "count": 1, "group": "dev"},
                    {"name": "cron", "cpu": 256, "memory": 512, "count": 1, "group": "prod"}
                ],
                "layouts": ["custom"],
                "custom_clusters": [
                    {"name": "front", "launch_type": "fargate", "services": ["web", "api"]}
                ]
            }),
            bundled(),
        )
        .unwrap()
        .scenario
    }

    fn check(layout: Layout, expected: &[(&str, Option<LaunchType>, &[usize])]) {
        let got = clusters_for(&scenario(), layout);
        let got: Vec<(&str, Option<LaunchType>, &[usize])> = got
            .iter()
            .map(|c| (c.name.as_str(), c.launch_type, c.services.as_slice()))
            .collect();
        assert_eq!(got, expected, "{layout:?}");
    }

    #[test]
    fn layouts() {
        check(Layout::Single, &[("shared", None, &[0, 1, 2, 3])]);
        check(
            Layout::PerService,
            &[
                ("api", None, &[0]),
                ("web", None, &[1]),
                ("worker", None, &[2]),
                ("cron", None, &[3]),
            ],
        );
        // Sorted by name: default, dev, prod.
        check(
            Layout::ByGroup,
            &[
                ("default", None, &[1]),
                ("dev", None, &[2]),
                ("prod", None, &[0, 3]),
            ],
        );
        // Listed order inside the cluster; the rest on EC2 "unassigned".
        check(
            Layout::Custom,
            &[
                ("front", Some(LaunchType::Fargate), &[1, 0]),
                ("unassigned", Some(LaunchType::Ec2), &[2, 3]),
            ],
        );
    }
}
