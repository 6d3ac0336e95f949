//! Pure edits of the named capacity providers (`ec2.capacity_providers`)
//! and the services bound to them (`services[i].capacity_provider`).
//! A binding lives on the service, so renaming a service keeps it; renaming
//! or removing a provider follows through the services here.

use serde_json::{json, Map, Value};

use super::{services, services_mut, set_field};

/// The named providers, in file order (empty when there are none).
pub fn capacity_providers(doc: &Value) -> Vec<Value> {
    doc.get("ec2")
        .and_then(|e| e.get("capacity_providers"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// The providers' names, in file order (entries without one left out).
pub fn provider_names(doc: &Value) -> Vec<String> {
    capacity_providers(doc)
        .iter()
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
        .collect()
}

fn providers_mut(doc: &mut Value) -> Option<&mut Vec<Value>> {
    if capacity_providers(doc).is_empty() {
        set_field(
            doc,
            &["ec2", "capacity_providers"],
            Value::Array(Vec::new()),
        );
    }
    doc.get_mut("ec2")
        .and_then(|e| e.get_mut("capacity_providers"))
        .and_then(Value::as_array_mut)
}

/// Appends a provider named `provider` (or `provider-2`, …) with no
/// instance type of its own (the cluster's choice).
pub fn add_capacity_provider(doc: &mut Value) {
    let taken = provider_names(doc);
    let name = std::iter::once("provider".to_string())
        .chain((2u32..).map(|n| format!("provider-{n}")))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| "provider".to_string());
    if let Some(list) = providers_mut(doc) {
        list.push(json!({ "name": name }));
    }
}

/// Sets one field of provider `index`; `Value::Null` removes it (an
/// instance type left empty is the cluster's choice).
pub fn set_provider_field(doc: &mut Value, index: usize, key: &str, value: Value) {
    let Some(provider) = providers_mut(doc).and_then(|l| l.get_mut(index)) else {
        return;
    };
    if !provider.is_object() {
        *provider = Value::Object(Map::new());
    }
    if let Some(obj) = provider.as_object_mut() {
        if value.is_null() {
            obj.remove(key);
        } else {
            obj.insert(key.to_string(), value);
        }
    }
}

/// Renames provider `index`; the services bound to it follow.
pub fn rename_provider(doc: &mut Value, index: usize, new_name: &str) {
    let old = provider_names_at(doc, index);
    set_provider_field(doc, index, "name", Value::String(new_name.to_string()));
    let Some(old) = old else { return };
    for_each_bound(doc, &old, |service| {
        service.insert(
            "capacity_provider".into(),
            Value::String(new_name.to_string()),
        );
    });
}

/// Removes provider `index`; the services bound to it go back to the
/// planner's choice. The list goes when it is empty.
pub fn remove_provider(doc: &mut Value, index: usize) {
    let old = provider_names_at(doc, index);
    if let Some(list) = providers_mut(doc) {
        if index < list.len() {
            list.remove(index);
        }
    }
    if capacity_providers(doc).is_empty() {
        if let Some(ec2) = doc.get_mut("ec2").and_then(Value::as_object_mut) {
            ec2.remove("capacity_providers");
        }
    }
    if let Some(old) = old {
        for_each_bound(doc, &old, |service| {
            service.remove("capacity_provider");
        });
    }
}

/// Binds service `index` to `provider`, or back to the planner's choice
/// with `None`.
pub fn set_service_provider(doc: &mut Value, index: usize, provider: Option<&str>) {
    if let Some(service) = services_mut(doc)
        .and_then(|s| s.get_mut(index))
        .and_then(Value::as_object_mut)
    {
        match provider {
            Some(name) => {
                service.insert("capacity_provider".into(), json!(name));
            }
            None => {
                service.remove("capacity_provider");
            }
        }
    }
}

/// The provider service `index` is bound to, if any.
pub fn service_provider(doc: &Value, index: usize) -> Option<String> {
    services(doc)
        .get(index)
        .and_then(|s| s.get("capacity_provider"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn provider_names_at(doc: &Value, index: usize) -> Option<String> {
    capacity_providers(doc)
        .get(index)
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn for_each_bound(doc: &mut Value, provider: &str, mut edit: impl FnMut(&mut Map<String, Value>)) {
    if let Some(list) = services_mut(doc) {
        for service in list.iter_mut().filter_map(Value::as_object_mut) {
            if service.get("capacity_provider").and_then(Value::as_str) == Some(provider) {
                edit(service);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        json!({
            "services": [
                {"name": "api", "cpu": 256, "memory": 512, "count": 1},
                {"name": "cache", "cpu": 512, "memory": 8192, "count": 1}
            ],
            "ec2": {}
        })
    }

    #[test]
    fn add_bind_rename_and_remove_follow_through_the_services() {
        let mut d = doc();
        add_capacity_provider(&mut d);
        add_capacity_provider(&mut d);
        assert_eq!(provider_names(&d), vec!["provider", "provider-2"]);
        set_provider_field(&mut d, 0, "instance_type", json!("r5.large"));
        set_service_provider(&mut d, 1, Some("provider"));
        assert_eq!(service_provider(&d, 1).as_deref(), Some("provider"));
        rename_provider(&mut d, 0, "memory");
        assert_eq!(service_provider(&d, 1).as_deref(), Some("memory"));
        assert_eq!(
            capacity_providers(&d)[0],
            json!({"name": "memory", "instance_type": "r5.large"})
        );
        // An emptied type field is the cluster's choice again: no field.
        set_provider_field(&mut d, 0, "instance_type", Value::Null);
        assert_eq!(capacity_providers(&d)[0], json!({"name": "memory"}));
        remove_provider(&mut d, 0);
        assert_eq!(service_provider(&d, 1), None);
        assert!(d["services"][1].get("capacity_provider").is_none());
        remove_provider(&mut d, 0);
        assert!(d["ec2"].get("capacity_providers").is_none());
        set_service_provider(&mut d, 0, None);
        assert!(d["services"][0].get("capacity_provider").is_none());
    }
}
