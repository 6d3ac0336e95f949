//! Pure edits of the named capacity providers (`ec2.capacity_providers`)
//! and the services bound to them (`services[i].capacity_provider`).
//! A binding lives on the service, so renaming a service keeps it; renaming
//! or removing a provider follows through the services here.

use serde_json::{json, Map, Value};

use super::ScenarioDoc;

impl ScenarioDoc {
    /// The named providers, in file order (empty when there are none).
    pub fn capacity_providers(&self) -> &[Value] {
        self.field(&["ec2", "capacity_providers"])
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    /// The providers' names, in file order (entries without one left out).
    pub fn provider_names(&self) -> Vec<String> {
        self.capacity_providers()
            .iter()
            .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
            .collect()
    }

    /// One field of provider `index`, if it is there.
    pub fn provider_field(&self, index: usize, key: &str) -> Option<&Value> {
        self.capacity_providers()
            .get(index)
            .and_then(|p| p.get(key))
    }

    fn providers_mut(&mut self) -> Option<&mut Vec<Value>> {
        if self.capacity_providers().is_empty() {
            self.set_field(&["ec2", "capacity_providers"], Value::Array(Vec::new()));
        }
        self.0
            .get_mut("ec2")
            .and_then(|e| e.get_mut("capacity_providers"))
            .and_then(Value::as_array_mut)
    }

    /// Appends a provider named `provider` (or `provider-2`, …) with no
    /// instance type of its own (the cluster's choice).
    pub fn add_capacity_provider(&mut self) {
        let taken = self.provider_names();
        let name = std::iter::once("provider".to_string())
            .chain((2u32..).map(|n| format!("provider-{n}")))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_else(|| "provider".to_string());
        if let Some(list) = self.providers_mut() {
            list.push(json!({ "name": name }));
        }
    }

    /// Sets one field of provider `index`; `Value::Null` removes it (an
    /// instance type left empty is the cluster's choice).
    pub fn set_provider_field(&mut self, index: usize, key: &str, value: Value) {
        let Some(provider) = self.providers_mut().and_then(|l| l.get_mut(index)) else {
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
    pub fn rename_provider(&mut self, index: usize, new_name: &str) {
        let old = self.provider_name_at(index);
        self.set_provider_field(index, "name", Value::String(new_name.to_string()));
        let Some(old) = old else { return };
        self.for_each_bound(&old, |service| {
            service.insert(
                "capacity_provider".into(),
                Value::String(new_name.to_string()),
            );
        });
    }

    /// Removes provider `index`; the services bound to it go back to the
    /// planner's choice. The list goes when it is empty.
    pub fn remove_provider(&mut self, index: usize) {
        let old = self.provider_name_at(index);
        if let Some(list) = self.providers_mut() {
            if index < list.len() {
                list.remove(index);
            }
        }
        if self.capacity_providers().is_empty() {
            if let Some(ec2) = self.0.get_mut("ec2").and_then(Value::as_object_mut) {
                ec2.remove("capacity_providers");
            }
        }
        if let Some(old) = old {
            self.for_each_bound(&old, |service| {
                service.remove("capacity_provider");
            });
        }
    }

    /// Binds service `index` to `provider`, or back to the planner's choice
    /// with `None`.
    pub fn set_service_provider(&mut self, index: usize, provider: Option<&str>) {
        if let Some(service) = self
            .services_mut()
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
    pub fn service_provider(&self, index: usize) -> Option<String> {
        self.service_field(index, "capacity_provider")
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    fn provider_name_at(&self, index: usize) -> Option<String> {
        self.provider_field(index, "name")
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    fn for_each_bound(&mut self, provider: &str, mut edit: impl FnMut(&mut Map<String, Value>)) {
        if let Some(list) = self.services_mut() {
            for service in list.iter_mut().filter_map(Value::as_object_mut) {
                if service.get("capacity_provider").and_then(Value::as_str) == Some(provider) {
                    edit(service);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> ScenarioDoc {
        ScenarioDoc::from_value(json!({
            "services": [
                {"name": "api", "cpu": 256, "memory": 512, "count": 1},
                {"name": "cache", "cpu": 512, "memory": 8192, "count": 1}
            ],
            "ec2": {}
        }))
    }

    #[test]
    fn add_bind_rename_and_remove_follow_through_the_services() {
        let mut d = doc();
        d.add_capacity_provider();
        d.add_capacity_provider();
        assert_eq!(d.provider_names(), vec!["provider", "provider-2"]);
        d.set_provider_field(0, "instance_type", json!("r5.large"));
        d.set_service_provider(1, Some("provider"));
        assert_eq!(d.service_provider(1).as_deref(), Some("provider"));
        d.rename_provider(0, "memory");
        assert_eq!(d.service_provider(1).as_deref(), Some("memory"));
        assert_eq!(
            d.capacity_providers()[0],
            json!({"name": "memory", "instance_type": "r5.large"})
        );
        // An emptied type field is the cluster's choice again: no field.
        d.set_provider_field(0, "instance_type", Value::Null);
        assert_eq!(d.capacity_providers()[0], json!({"name": "memory"}));
        d.remove_provider(0);
        assert_eq!(d.service_provider(1), None);
        assert!(d.as_value()["services"][1]
            .get("capacity_provider")
            .is_none());
        d.remove_provider(0);
        assert!(d.as_value()["ec2"].get("capacity_providers").is_none());
        d.set_service_provider(0, None);
        assert!(d.as_value()["services"][0]
            .get("capacity_provider")
            .is_none());
    }
}
