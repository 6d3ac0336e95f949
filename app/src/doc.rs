//! The scenario document: [`ScenarioDoc`], the scenario JSON the app
//! edits, with the pure edits the editor applies to it as its methods
//! (named capacity providers in `doc/providers.rs`), and the text helpers
//! the editor's fields read and write with (`number_or_text`,
//! `cpu_from_text`, `field_text`, `profile_preset`, …), which touch no
//! document.

use ecs_planner_engine::scenario::{Arch, Layout};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// The example workload shipped with the repository.
const SHOP_JSON: &str = include_str!("../../examples/shop.json");

/// The scenario as the editor holds it: the scenario file's JSON (v1),
/// raw, with its edits and reads as methods.
///
/// It stays JSON, not the engine's typed `Scenario`, because the editor
/// keeps what the user is half-way through typing: `"cpu": "5l2"` or a
/// profile entry `"x"` would not make a `Scenario`, but stay here as the
/// text typed, so the field keeps showing it and the engine's validation
/// names it at its path. The edits never refuse: one that does not apply
/// (an index past the end) changes nothing.
///
/// All the app's state is this one document (with the page's own row ids,
/// `crate::rows`): share links, local storage and undo/redo need nothing
/// else. The boundaries take the JSON itself — [`ScenarioDoc::as_value`]
/// for validation, the share link, the autosave and the export,
/// [`ScenarioDoc::into_value`] for the library — and serde writes the
/// document as that JSON (`transparent`: the worker's request is what it
/// was).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ScenarioDoc(Value);

impl ScenarioDoc {
    /// The default workload: `examples/shop.json` (a small shop in
    /// us-east-1), written out canonically so that every field the editor
    /// shows is present. Falls back to [`ScenarioDoc::builtin`] if the file
    /// ever stops parsing.
    pub fn default_scenario() -> Self {
        let book = ecs_planner_engine::pricing::bundled();
        match ecs_planner_engine::validate::parse_scenario(SHOP_JSON, book) {
            Ok(parsed) => Self(ecs_planner_engine::validate::scenario_to_json(
                &parsed.scenario,
            )),
            Err(_) => Self::builtin(),
        }
    }

    /// A small shop in us-east-1 built in code (the fallback of
    /// [`ScenarioDoc::default_scenario`]).
    pub fn builtin() -> Self {
        Self(json!({
            "version": 1,
            "region": "us-east-1",
            "horizon_hours": 168,
            "services": [
                service_json("api", 512, 1024, json!(4), Some("frontend")),
                service_json(
                    "web",
                    256,
                    512,
                    json!(profile_preset(ProfilePreset::BusinessHours, 2, 6)),
                    Some("frontend")
                ),
                service_json("worker", 1024, 2048, json!(2), Some("backend")),
            ],
            "layouts": [Layout::Single.as_str(), Layout::PerService.as_str(), Layout::ByGroup.as_str()],
            "custom_clusters": [],
            "fargate": { "spot_share": 0 },
            "ec2": {
                "instance_types": null,
                "strategy": ["spread:az", "binpack:memory"],
                "target_capacity": 100,
                "availability_zones": 3,
                "eni_trunking": false,
                "memory_overhead_mib": null,
                "min_instances": 0,
                "seed": 1
            },
            "pricing": { "ec2_discount_pct": 0, "fargate_discount_pct": 0 }
        }))
    }

    /// The document of a scenario file, a link or a saved scenario, as it
    /// is (the editor shows what is wrong with it field by field).
    pub fn from_value(value: Value) -> Self {
        Self(value)
    }

    /// The scenario JSON, for the boundaries that read it.
    pub fn as_value(&self) -> &Value {
        &self.0
    }

    /// The scenario JSON, for the boundaries that keep it.
    pub fn into_value(self) -> Value {
        self.0
    }
}

fn service_json(
    name: &str,
    cpu_units: u32,
    memory_mib: u32,
    desired: Value,
    group: Option<&str>,
) -> Value {
    let desired_key = if desired.is_array() {
        "profile"
    } else {
        "count"
    };
    let mut service = json!({
        "name": name,
        "cpu": cpu_units,
        "memory": memory_mib,
        "group": group,
        "arch": Arch::X86_64.as_str(),
        "os": "linux",
        "network_mode": "awsvpc",
        "host_port": null,
        "distinct_instance": false,
        "daemon": false
    });
    if let Some(obj) = service.as_object_mut() {
        obj.insert(desired_key.to_string(), desired);
    }
    service
}

/// Load-profile presets offered by the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfilePreset {
    /// The same count all day.
    Flat,
    /// Peak 08:00–18:00 (10 hours), base otherwise; 24 values.
    BusinessHours,
    /// Peak 07:00–23:00 (16 hours), base at night; 24 values.
    DayNight,
    /// Business hours on Monday–Friday, base at night and all weekend;
    /// 168 values starting Monday 00:00.
    Weekly,
}

impl ProfilePreset {
    pub const ALL: [ProfilePreset; 4] = [
        ProfilePreset::Flat,
        ProfilePreset::BusinessHours,
        ProfilePreset::DayNight,
        ProfilePreset::Weekly,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ProfilePreset::Flat => "flat",
            ProfilePreset::BusinessHours => "business-hours",
            ProfilePreset::DayNight => "day-night",
            ProfilePreset::Weekly => "weekly",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The hourly task counts of a preset between `base` and `peak` tasks.
pub fn profile_preset(preset: ProfilePreset, base: u32, peak: u32) -> Vec<u32> {
    let day = |from: u32, to: u32| -> Vec<u32> {
        (0..24)
            .map(|h| if (from..to).contains(&h) { peak } else { base })
            .collect()
    };
    match preset {
        ProfilePreset::Flat => vec![peak; 24],
        ProfilePreset::BusinessHours => day(8, 18),
        ProfilePreset::DayNight => day(7, 23),
        ProfilePreset::Weekly => {
            let weekday = day(8, 18);
            let mut week = Vec::with_capacity(168);
            for _ in 0..5 {
                week.extend_from_slice(&weekday);
            }
            week.extend(std::iter::repeat_n(base, 48));
            week
        }
    }
}

/// The editor's text for a profile: `2, 2, 6, …`.
pub fn profile_text(values: &[Value]) -> String {
    values
        .iter()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses a typed comma list into a JSON array; entries that are not whole
/// numbers stay as text so that validation can point at them.
pub fn profile_from_text(text: &str) -> Value {
    Value::Array(
        text.split([',', ' ', '\n', '\t', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(number_or_text)
            .collect(),
    )
}

/// `"512"` → `512`, `"0.5"` → `0.5`, anything else stays text (the engine
/// reports it; the field keeps showing it).
///
/// Only text that reads back the same becomes a number, so that typing
/// `0.` on the way to `0.5` is not rewritten under the cursor.
pub fn number_or_text(text: &str) -> Value {
    let trimmed = text.trim();
    if let Ok(n) = trimmed.parse::<u64>() {
        if n.to_string() == trimmed {
            return Value::from(n);
        }
    }
    if let Ok(f) = trimmed.parse::<f64>() {
        if f.is_finite() && f.to_string() == trimmed {
            return Value::from(f);
        }
    }
    Value::String(text.to_string())
}

/// CPU as typed: `512`, `0.5 vCPU`, `2 vcpu` → CPU units; other text stays.
pub fn cpu_from_text(text: &str) -> Value {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(v) = lower.strip_suffix("vcpu") {
        if let Ok(vcpu) = v.trim().parse::<f64>() {
            if vcpu.is_finite() && vcpu > 0.0 {
                return Value::from((vcpu * 1024.0).round() as u64);
            }
        }
    }
    number_or_text(text)
}

/// Memory as typed: `1024`, `2 GB`, `2GiB`, `512 MiB` → MiB; other text stays.
pub fn memory_from_text(text: &str) -> Value {
    let lower = text.trim().to_ascii_lowercase();
    for (suffix, factor) in [
        ("gib", 1024.0),
        ("gb", 1024.0),
        ("g", 1024.0),
        ("mib", 1.0),
        ("mb", 1.0),
    ] {
        if let Some(v) = lower.strip_suffix(suffix) {
            if let Ok(n) = v.trim().parse::<f64>() {
                if n.is_finite() && n > 0.0 {
                    return Value::from((n * factor).round() as u64);
                }
            }
            break;
        }
    }
    number_or_text(text)
}

/// A value as the text shown in an input.
pub fn field_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        // 0.0 written by the engine reads as "0" in a field.
        Some(Value::Number(n)) if n.is_f64() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            _ => n.to_string(),
        },
        Some(other) => other.to_string(),
    }
}

impl ScenarioDoc {
    /// A field at `doc[key1][key2]…` (objects only), if it is there.
    pub fn field(&self, keys: &[&str]) -> Option<&Value> {
        keys.iter().try_fold(&self.0, |node, key| node.get(key))
    }

    /// The strings of the list at `doc[key1][key2]…` (entries that are not
    /// strings left out); `None` when there is no list there.
    pub fn strings_at(&self, keys: &[&str]) -> Option<Vec<String>> {
        self.field(keys).and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
    }

    /// Sets `doc[key1][key2]…` (objects only), creating objects on the way;
    /// no keys replaces the whole document.
    pub fn set_field(&mut self, keys: &[&str], value: Value) {
        let Some((last, parents)) = keys.split_last() else {
            self.0 = value;
            return;
        };
        let mut node = &mut self.0;
        for key in parents {
            if !node.is_object() {
                *node = Value::Object(Map::new());
            }
            let Some(obj) = node.as_object_mut() else {
                return;
            };
            node = obj
                .entry(key.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
        }
        if !node.is_object() {
            *node = Value::Object(Map::new());
        }
        if let Some(obj) = node.as_object_mut() {
            obj.insert(last.to_string(), value);
        }
    }

    /// The region code (`us-east-1`; empty when missing or not text).
    pub fn region(&self) -> &str {
        self.0.get("region").and_then(Value::as_str).unwrap_or("")
    }

    /// The services array (empty when missing or malformed).
    pub fn services(&self) -> &[Value] {
        self.0
            .get("services")
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    /// How many services the document has.
    pub fn service_count(&self) -> usize {
        self.services().len()
    }

    fn services_mut(&mut self) -> Option<&mut Vec<Value>> {
        let obj = self.0.as_object_mut()?;
        let entry = obj
            .entry("services")
            .or_insert_with(|| Value::Array(Vec::new()));
        if !entry.is_array() {
            *entry = Value::Array(Vec::new());
        }
        entry.as_array_mut()
    }

    /// One field of service `index`, if it is there.
    pub fn service_field(&self, index: usize, key: &str) -> Option<&Value> {
        self.services().get(index).and_then(|s| s.get(key))
    }

    /// Sets one field of service `index`.
    pub fn set_service_field(&mut self, index: usize, key: &str, value: Value) {
        if let Some(service) = self.services_mut().and_then(|s| s.get_mut(index)) {
            if let Some(obj) = service.as_object_mut() {
                obj.insert(key.to_string(), value);
            }
        }
    }

    /// Service `index`'s desired tasks: its `profile` array if it has one,
    /// else its `count`.
    pub fn desired(&self, index: usize) -> Option<&Value> {
        let service = self.services().get(index)?;
        service
            .get("profile")
            .filter(|p| !p.is_null())
            .or_else(|| service.get("count"))
    }

    /// Sets service `index`'s desired tasks: an array goes to `profile`,
    /// anything else to `count`, and the other key is removed.
    pub fn set_desired(&mut self, index: usize, value: Value) {
        if let Some(obj) = self
            .services_mut()
            .and_then(|s| s.get_mut(index))
            .and_then(Value::as_object_mut)
        {
            let (key, other) = if value.is_array() {
                ("profile", "count")
            } else {
                ("count", "profile")
            };
            obj.remove(other);
            obj.insert(key.to_string(), value);
        }
    }

    /// Service `index`'s name, if it has one.
    fn service_name(&self, index: usize) -> Option<String> {
        self.service_field(index, "name")
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    /// Renames service `index`, and follows the rename in the custom
    /// layout's mapping so that it keeps pointing at the same service.
    pub fn rename_service(&mut self, index: usize, new_name: &str) {
        let old_name = self.service_name(index);
        self.set_service_field(index, "name", Value::String(new_name.to_string()));
        let Some(old_name) = old_name else { return };
        if let Some(clusters) = self
            .0
            .get_mut("custom_clusters")
            .and_then(Value::as_array_mut)
        {
            for cluster in clusters {
                if let Some(list) = cluster.get_mut("services").and_then(Value::as_array_mut) {
                    for name in list.iter_mut() {
                        if name.as_str() == Some(old_name.as_str()) {
                            *name = Value::String(new_name.to_string());
                        }
                    }
                }
            }
        }
    }

    /// A name not used by any service: `base`, `base-2`, `base-3`, …
    pub fn unused_name(&self, base: &str) -> String {
        let taken: Vec<&str> = self
            .services()
            .iter()
            .filter_map(|s| s.get("name").and_then(Value::as_str))
            .collect();
        if !taken.contains(&base) {
            return base.to_string();
        }
        (2u32..)
            .map(|n| format!("{base}-{n}"))
            .find(|candidate| !taken.contains(&candidate.as_str()))
            .unwrap_or_else(|| base.to_string())
    }

    /// Appends a new 256 CPU / 512 MiB service with one task.
    pub fn add_service(&mut self) {
        let name = self.unused_name("service");
        if let Some(list) = self.services_mut() {
            list.push(service_json(&name, 256, 512, json!(1), None));
        }
    }

    /// Appends `service` as it is (an imported one); a document that is no
    /// JSON object becomes one first, so that the service is not lost.
    pub fn push_service(&mut self, service: Value) {
        if !self.0.is_object() {
            self.0 = json!({});
        }
        if let Some(list) = self.services_mut() {
            list.push(service);
        }
    }

    /// Inserts a copy of service `index` right after it, with a fresh name.
    pub fn duplicate_service(&mut self, index: usize) {
        let Some(mut copy) = self.services().get(index).cloned() else {
            return;
        };
        let base = copy
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("service")
            .to_string();
        let name = self.unused_name(&format!("{base}-copy"));
        if let Some(obj) = copy.as_object_mut() {
            obj.insert("name".into(), Value::String(name));
        }
        if let Some(list) = self.services_mut() {
            let at = (index + 1).min(list.len());
            list.insert(at, copy);
        }
    }

    /// Removes service `index` (and its entries in the custom mapping).
    pub fn remove_service(&mut self, index: usize) {
        let name = self.service_name(index);
        if let Some(list) = self.services_mut() {
            if index < list.len() {
                list.remove(index);
            }
        }
        if let (Some(name), Some(clusters)) = (
            name,
            self.0
                .get_mut("custom_clusters")
                .and_then(Value::as_array_mut),
        ) {
            for cluster in clusters.iter_mut() {
                if let Some(list) = cluster.get_mut("services").and_then(Value::as_array_mut) {
                    list.retain(|n| n.as_str() != Some(name.as_str()));
                }
            }
            clusters.retain(|c| {
                c.get("services")
                    .and_then(Value::as_array)
                    .is_some_and(|s| !s.is_empty())
            });
        }
    }

    /// Swaps service `index` with its neighbour: `offset` −1 moves it up,
    /// +1 down.
    pub fn move_service(&mut self, index: usize, offset: isize) {
        if let Some(list) = self.services_mut() {
            let Some(target) = index.checked_add_signed(offset) else {
                return;
            };
            if index < list.len() && target < list.len() {
                list.swap(index, target);
            }
        }
    }

    /// Turns `layout` on or off (a layout the document names that is no
    /// layout stays, last, for validation to report).
    pub fn toggle_layout(&mut self, layout: Layout, on: bool) {
        let id = layout.as_str();
        let mut layouts = self.strings_at(&["layouts"]).unwrap_or_default();
        layouts.retain(|l| l != id);
        if on {
            layouts.push(id.to_string());
        }
        // Keep the canonical order so the matrix does not reshuffle.
        ecs_planner_engine::sort::sort_by_key(&mut layouts, |l| {
            Layout::ALL
                .iter()
                .position(|o| o.as_str() == l)
                .unwrap_or(Layout::ALL.len())
        });
        self.set_field(&["layouts"], json!(layouts));
    }

    /// The layouts currently on, in the document's order (a name that is
    /// no layout is left out: validation reports it).
    pub fn layouts(&self) -> Vec<Layout> {
        self.0
            .get("layouts")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .filter_map(Layout::parse)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Where the custom layout puts `service`: (cluster name, launch type);
    /// `None` for a service not mapped.
    pub fn custom_assignment(&self, service: &str) -> Option<(String, String)> {
        self.0
            .get("custom_clusters")?
            .as_array()?
            .iter()
            .find(|c| {
                c.get("services")
                    .and_then(Value::as_array)
                    .is_some_and(|s| s.iter().any(|n| n.as_str() == Some(service)))
            })
            .map(|c| {
                (
                    c.get("name")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    c.get("launch_type")
                        .and_then(Value::as_str)
                        .unwrap_or("fargate")
                        .to_string(),
                )
            })
    }

    /// Puts `service` in the custom cluster `cluster` running on
    /// `launch_type` (creating the cluster; an empty cluster name unmaps
    /// the service). Every cluster of one name shares one launch type: the
    /// last one set wins.
    pub fn assign_custom(&mut self, service: &str, cluster: &str, launch_type: &str) {
        let mut clusters: Vec<Value> = self
            .0
            .get("custom_clusters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for c in clusters.iter_mut() {
            if let Some(list) = c.get_mut("services").and_then(Value::as_array_mut) {
                list.retain(|n| n.as_str() != Some(service));
            }
        }
        let cluster = cluster.trim();
        if !cluster.is_empty() {
            match clusters
                .iter_mut()
                .find(|c| c.get("name").and_then(Value::as_str) == Some(cluster))
            {
                Some(c) => {
                    if let Some(obj) = c.as_object_mut() {
                        obj.insert("launch_type".into(), json!(launch_type));
                        if let Some(list) = obj.get_mut("services").and_then(Value::as_array_mut) {
                            list.push(json!(service));
                        }
                    }
                }
                None => clusters.push(json!({
                    "name": cluster,
                    "launch_type": launch_type,
                    "services": [service],
                })),
            }
        }
        clusters.retain(|c| {
            c.get("services")
                .and_then(Value::as_array)
                .is_some_and(|s| !s.is_empty())
        });
        self.set_field(&["custom_clusters"], Value::Array(clusters));
    }
}

mod providers;

#[cfg(test)]
mod tests {
    use super::*;

    fn names(doc: &ScenarioDoc) -> Vec<String> {
        doc.services()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn presets_have_the_documented_shape() {
        let bh = profile_preset(ProfilePreset::BusinessHours, 2, 6);
        // 10 peak hours (08..18) and 14 base hours.
        assert_eq!(bh.len(), 24);
        assert_eq!(bh.iter().filter(|&&n| n == 6).count(), 10);
        assert_eq!((bh[7], bh[8], bh[17], bh[18]), (2, 6, 6, 2));
        let week = profile_preset(ProfilePreset::Weekly, 1, 4);
        // 5 weekdays × 10 peak hours = 50.
        assert_eq!(week.len(), 168);
        assert_eq!(week.iter().filter(|&&n| n == 4).count(), 50);
        let dn = profile_preset(ProfilePreset::DayNight, 1, 3);
        assert_eq!(dn.iter().filter(|&&n| n == 3).count(), 16);
    }

    #[test]
    fn typed_profile_keeps_bad_entries_as_text() {
        assert_eq!(profile_from_text("1, 2,x ,3"), json!([1, 2, "x", 3]));
        assert_eq!(profile_text(&[json!(1), json!("x")]), "1, x");
    }

    #[test]
    fn add_duplicate_move_remove() {
        let mut doc = ScenarioDoc::default_scenario();
        doc.add_service();
        assert_eq!(names(&doc), ["api", "web", "worker", "service"]);
        doc.duplicate_service(0);
        assert_eq!(names(&doc), ["api", "api-copy", "web", "worker", "service"]);
        doc.duplicate_service(0);
        assert_eq!(names(&doc)[1], "api-copy-2");
        doc.move_service(0, 1);
        assert_eq!(names(&doc)[..2], ["api-copy-2", "api"]);
        doc.move_service(0, -1);
        assert_eq!(names(&doc)[0], "api-copy-2");
        doc.remove_service(0);
        doc.remove_service(99);
        assert_eq!(names(&doc), ["api", "api-copy", "web", "worker", "service"]);
    }

    #[test]
    fn custom_mapping_follows_renames_and_removals() {
        let mut doc = ScenarioDoc::default_scenario();
        doc.assign_custom("api", "edge", "fargate");
        doc.assign_custom("web", "edge", "ec2");
        assert_eq!(
            doc.custom_assignment("api"),
            Some(("edge".into(), "ec2".into()))
        );
        doc.rename_service(0, "gateway");
        assert_eq!(
            doc.custom_assignment("gateway"),
            Some(("edge".into(), "ec2".into()))
        );
        doc.remove_service(0);
        doc.remove_service(0);
        assert_eq!(doc.as_value()["custom_clusters"], json!([]));
    }

    #[test]
    fn layouts_toggle_in_canonical_order() {
        let mut doc = ScenarioDoc::default_scenario();
        doc.toggle_layout(Layout::Single, false);
        doc.toggle_layout(Layout::Custom, true);
        doc.toggle_layout(Layout::Single, true);
        assert_eq!(
            doc.as_value()["layouts"],
            json!(["single", "per-service", "by-group", "custom"])
        );
        assert_eq!(doc.layouts(), Layout::ALL);
    }

    #[test]
    fn desired_moves_between_count_and_profile() {
        let mut doc = ScenarioDoc::default_scenario();
        assert_eq!(doc.desired(0), Some(&json!(4)));
        doc.set_desired(0, json!([1, 2]));
        assert_eq!(doc.services()[0].get("count"), None);
        assert_eq!(doc.desired(0), Some(&json!([1, 2])));
        doc.set_desired(0, json!("3x"));
        assert_eq!(doc.services()[0].get("profile"), None);
        assert_eq!(doc.desired(0), Some(&json!("3x")));
    }

    #[test]
    fn the_default_is_the_repository_example() {
        let doc = ScenarioDoc::default_scenario();
        assert_eq!(doc.as_value()["services"][1]["name"], json!("web"));
        // examples/shop.json: web 2 tasks at night, 6 from 08:00, 3 from 18:00.
        assert_eq!(doc.as_value()["services"][1]["profile"][8], json!(6));
        assert_eq!(doc.as_value()["services"][1]["profile"][18], json!(3));
        assert_ne!(doc, ScenarioDoc::builtin());
    }

    #[test]
    fn builtin_scenario_is_valid_without_warnings() {
        let parsed = ecs_planner_engine::validate::parse_scenario_value(
            ScenarioDoc::builtin().as_value(),
            ecs_planner_engine::pricing::bundled(),
        )
        .unwrap();
        assert_eq!(parsed.warnings, vec![]);
    }

    #[test]
    fn default_scenario_is_valid_without_warnings() {
        let parsed = ecs_planner_engine::validate::parse_scenario_value(
            ScenarioDoc::default_scenario().as_value(),
            ecs_planner_engine::pricing::bundled(),
        )
        .unwrap();
        assert_eq!(parsed.warnings, vec![]);
        assert_eq!(parsed.scenario.services.len(), 3);
    }

    #[test]
    fn numbers_parse_and_text_survives() {
        assert_eq!(number_or_text("512"), json!(512));
        assert_eq!(number_or_text(" 0.5 "), json!(0.5));
        assert_eq!(number_or_text("5l2"), json!("5l2"));
        assert_eq!(number_or_text("0."), json!("0."));
        assert_eq!(field_text(Some(&json!(0.0))), "0");
        assert_eq!(field_text(Some(&json!(0.25))), "0.25");
        assert_eq!(field_text(Some(&json!(12))), "12");
        assert_eq!(cpu_from_text("0.5 vCPU"), json!(512));
        assert_eq!(cpu_from_text("2vcpu"), json!(2048));
        assert_eq!(memory_from_text("2 GB"), json!(2048));
        assert_eq!(memory_from_text("512MiB"), json!(512));
        assert_eq!(memory_from_text("lots"), json!("lots"));
    }
}
