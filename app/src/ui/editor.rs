//! The editor: services table, cluster layouts, EC2 options, pricing.
//!
//! Every input shows the document's text for its field (the raw text when
//! the engine could not read it) and the engine's issues for its JSON path
//! right under it.

use ecs_planner_engine::ec2::placement::effective_chain;
use ecs_planner_engine::pricing::bundled;
use ecs_planner_engine::scenario::{Arch, LaunchType, Layout, PlacementStrategy};
use leptos::prelude::*;
use serde_json::{json, Value};

use crate::doc::{self, ProfilePreset, ScenarioDoc};

/// The architectures the editor offers, in the scenario file's spelling.
const ARCH_NAMES: &[&str] = &[Arch::X86_64.as_str(), Arch::Arm64.as_str()];
use crate::format;
use crate::rows::{RowEdit, RowId, Rows};
use crate::strings::current as s;
use crate::ui::editor_window::{last_page, page_rows, Pager};
use crate::ui::store::{use_store, Store};

const CPU_PRESETS: [u32; 7] = [256, 512, 1024, 2048, 4096, 8192, 16384];
const MEMORY_PRESETS: [u32; 12] = [
    512, 1024, 2048, 3072, 4096, 6144, 8192, 16384, 30720, 61440, 92160, 122880,
];

/// The issues at `path`, rendered as text under a field.
fn issues(store: Store, path: String) -> impl IntoView {
    let path_for_id = path.replace(['[', ']', '.'], "-");
    move || {
        let list = store.issues_at(&path);
        (!list.is_empty()).then(|| {
            view! {
                <ul class="issues" role="alert" id=format!("issue-{path_for_id}")>
                    {list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            }
        })
    }
}

fn service_value(store: Store, i: usize, key: &'static str) -> Option<Value> {
    store.doc.with(|d| d.service_field(i, key).cloned())
}

fn service_text(store: Store, i: usize, key: &'static str) -> String {
    doc::field_text(service_value(store, i, key).as_ref())
}

fn service_name(store: Store, i: usize) -> String {
    service_text(store, i, "name")
}

/// The service rows page `page` shows: each row's stable id
/// (`crate::rows`) and position. Both tables key their rows by the pair (one
/// key type: one copy of Leptos's keyed-list code in the wasm).
fn shown_rows(store: Store, page: usize, count: usize) -> Vec<(RowId, usize)> {
    let shown = page_rows(page, count);
    store.rows.with(|rows| {
        shown
            .filter_map(|i| rows.ids().get(i).map(|&id| (id, i)))
            .collect()
    })
}

#[component]
pub fn ServicesEditor() -> impl IntoView {
    let store = use_store();
    let count = Memo::new(move |_| store.doc.with(ScenarioDoc::service_count));
    // A big estate draws one page of rows (`editor_window`).
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || count.get());
    view! {
        <datalist id="cpu-presets">
            {CPU_PRESETS.iter().map(|c| view! { <option value=c.to_string()>{s().vcpu_hint(f64::from(*c))}</option> }).collect_view()}
        </datalist>
        <datalist id="memory-presets">
            {MEMORY_PRESETS.iter().map(|m| view! { <option value=m.to_string()>{format!("{} GB", f64::from(*m) / 1024.0)}</option> }).collect_view()}
        </datalist>
        <Pager page=page total=total testid="services-pager"/>
        <div class="table-wrap">
            <table class="services" data-testid="services-table">
                <thead>
                    <tr>
                        <th scope="col">{s().col_name}</th>
                        <th scope="col">{s().col_cpu}</th>
                        <th scope="col">{s().col_memory}</th>
                        <th scope="col">{s().col_tasks}</th>
                        <th scope="col">{s().col_group}</th>
                        <th scope="col" class="num">{s().col_fargate_monthly}</th>
                        <th scope="col"><span class="sr-only">{s().col_actions}</span></th>
                    </tr>
                </thead>
                // Keyed by the service's stable id (`crate::rows`) and its
                // position: a row's fields read the document at its position,
                // and what the page keeps per service (the open details
                // panel) follows the id through ↑/↓ and removals.
                <For each=move || shown_rows(store, page.get(), count.get()) key=|row| *row let:row>
                    <ServiceRows id=row.0 i=row.1/>
                </For>
            </table>
        </div>
        <Pager page=page total=total testid="services-pager-bottom"/>
        <p class="row-actions">
            <button type="button" class="primary" data-testid="add-service" on:click=move |_| {
                store.edit(None, ScenarioDoc::add_service);
                // The new row is the last: show its page.
                page.set(last_page(count.get_untracked()));
            }>
                "+ " {s().add_service}
            </button>
            <span class="muted">{s().monthly_note}</span>
        </p>
    }
}

/// ↑ (`by` −1) or ↓ (+1) on row `i`, keeping the keyboard focus on the
/// moved service: its rows are drawn afresh at the new position (they are
/// keyed by id and position), so the pressed button is gone and focus would
/// fall back to the page. The same button of the new row takes it, or the
/// other arrow where that one is disabled (the first or last row).
fn move_row(store: Store, i: usize, by: isize) {
    store.edit_rows(RowEdit::Move { index: i, by });
    let count = store.rows.with_untracked(Rows::len);
    let Some(to) = i.checked_add_signed(by).filter(|&to| to < count) else {
        return;
    };
    let (same, other, same_enabled) = if by < 0 {
        ("up", "down", to > 0)
    } else {
        ("down", "up", to + 1 < count)
    };
    let button = if same_enabled { same } else { other };
    let selector = format!("tbody[data-testid=\"service-{to}\"] button[data-move=\"{button}\"]");
    // After Leptos has drawn the moved rows (its effects run after this
    // handler).
    request_animation_frame(move || crate::ui::browser::focus(&selector));
}

/// One service (row `id`, at position `i`): its main row and its details row.
#[component]
fn ServiceRows(id: RowId, i: usize) -> impl IntoView {
    let store = use_store();
    let name = move || service_name(store, i);
    let count = move || store.doc.with(ScenarioDoc::service_count);
    let show_details = move || store.row_open(id);
    let fargate_cost = move || {
        store.fargate_by_service.with(|costs| {
            costs
                .as_ref()
                .and_then(|c| c.get(i).copied().flatten())
                .map_or_else(|| "—".to_string(), format::usd)
        })
    };
    let field_key = move |key: &str| format!("services[{i}].{key}");
    let text_input = move |key: &'static str,
                           convert: fn(&str) -> Value,
                           list: Option<&'static str>,
                           label: &'static str| {
        let path = field_key(key);
        let invalid = {
            let path = path.clone();
            move || (!store.issues_at(&path).is_empty()).to_string()
        };
        view! {
            <td>
                <input
                    type="text"
                    inputmode=if list.is_some() { "numeric" } else { "text" }
                    list=list
                    class="in"
                    data-field=path.clone()
                    aria-label=move || format!("{label} — {}", name())
                    aria-invalid=invalid
                    prop:value=move || service_text(store, i, key)
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        store.edit(Some(&field_key(key)), |d| d.set_service_field(i, key, doc::number_or_text(&text)));
                    }
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        store.edit(Some(&field_key(key)), |d| d.set_service_field(i, key, convert(&text)));
                    }
                />
                {issues(store, path)}
            </td>
        }
    };
    view! {
        <tbody class="service" data-testid=move || format!("service-{i}")>
            <tr>
                <td>
                    <input
                        type="text"
                        class="in name"
                        data-field=field_key("name")
                        aria-label=move || format!("{} {}", s().col_name, i + 1)
                        prop:value=name
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            store.edit(Some(&field_key("name")), |d| d.rename_service(i, &text));
                        }
                    />
                    {issues(store, field_key("name"))}
                </td>
                {text_input("cpu", doc::cpu_from_text, Some("cpu-presets"), s().col_cpu)}
                {text_input("memory", doc::memory_from_text, Some("memory-presets"), s().col_memory)}
                <td><TasksEditor i=i/></td>
                <td>
                    <input
                        type="text"
                        class="in group"
                        data-field=field_key("group")
                        aria-label=move || format!("{} — {}", s().col_group, name())
                        prop:value=move || service_text(store, i, "group")
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            let value = if text.trim().is_empty() { Value::Null } else { Value::String(text) };
                            store.edit(Some(&field_key("group")), |d| d.set_service_field(i, "group", value));
                        }
                    />
                </td>
                <td class="num cost" data-testid=move || format!("service-cost-{i}")>{fargate_cost}</td>
                <td class="actions">
                    <button type="button" class="icon" data-move="up" title=s().move_up aria-label=move || s().action_on(s().move_up, &name())
                        disabled=move || i == 0
                        on:click=move |_| move_row(store, i, -1)>"↑"</button>
                    <button type="button" class="icon" data-move="down" title=s().move_down aria-label=move || s().action_on(s().move_down, &name())
                        disabled=move || { i + 1 >= count() }
                        on:click=move |_| move_row(store, i, 1)>"↓"</button>
                    <button type="button" class="icon" title=s().duplicate aria-label=move || s().action_on(s().duplicate, &name())
                        on:click=move |_| store.edit_rows(RowEdit::Duplicate { index: i })>
                        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><rect x="1.5" y="4.5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor"/><rect x="5.5" y="1.5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor"/></svg>
                    </button>
                    <button type="button" class="icon danger" title=s().remove aria-label=move || s().action_on(s().remove, &name())
                        on:click=move |_| store.edit_rows(RowEdit::Remove { index: i })>"✕"</button>
                    <button type="button" class="icon" title=s().more_options
                        aria-expanded=move || show_details().to_string()
                        aria-label=move || s().action_on(s().more_options, &name())
                        on:click=move |_| store.toggle_row(id)>"⋯"</button>
                </td>
            </tr>
            <tr class="details" class:hidden=move || !show_details()>
                <td colspan="7">
                    <ServiceDetails i=i/>
                </td>
            </tr>
        </tbody>
    }
}

/// Arch, OS, network mode, host port, distinct instance, daemon.
#[component]
fn ServiceDetails(i: usize) -> impl IntoView {
    let store = use_store();
    let select = move |key: &'static str, label: &'static str, options: &'static [&'static str]| {
        let id = format!("svc-{i}-{key}");
        view! {
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let v = event_target_value(&ev);
                store.edit(None, |d| d.set_service_field(i, key, json!(v)));
            }>
                {options.iter().map(|o| {
                    let o = *o;
                    view! { <option value=o selected=move || service_text(store, i, key) == o>{o}</option> }
                }).collect_view()}
            </select>
        }
    };
    let check = move |key: &'static str, label: &'static str| {
        let id = format!("svc-{i}-{key}");
        let for_id = id.clone();
        view! {
            <label class="check" for=for_id>
                <input type="checkbox" id=id
                    prop:checked=move || service_value(store, i, key).and_then(|v| v.as_bool()).unwrap_or(false)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.edit(None, |d| d.set_service_field(i, key, json!(on)));
                    }/>
                {label}
            </label>
        }
    };
    let port_id = format!("svc-{i}-host_port");
    let port_path = format!("services[{i}].host_port");
    view! {
        <div class="detail-grid">
            <span>{select("arch", s().col_arch, ARCH_NAMES)}</span>
            <span>{select("os", s().col_os, &["linux", "windows"])}</span>
            <span>{select("network_mode", s().col_network, &["awsvpc", "bridge", "host"])}</span>
            <span>
                <label for=port_id.clone()>{s().col_host_port}</label>
                <input type="text" inputmode="numeric" class="in short" id=port_id
                    prop:value=move || service_text(store, i, "host_port")
                    on:input=move |ev| {
                        let t = event_target_value(&ev);
                        let v = if t.trim().is_empty() { Value::Null } else { doc::number_or_text(&t) };
                        store.edit(Some(&format!("services[{i}].host_port")), |d| d.set_service_field(i, "host_port", v));
                    }/>
                {issues(store, port_path)}
            </span>
            <span>{check("distinct_instance", s().col_distinct)}</span>
            <span>{check("daemon", s().col_daemon)}</span>
            <ServiceProvider i=i/>
        </div>
    }
}

/// The capacity provider a service runs on: the planner's choice, or one of
/// the named providers (shown once there is one to pick).
#[component]
fn ServiceProvider(i: usize) -> impl IntoView {
    let store = use_store();
    let names = move || store.doc.with(ScenarioDoc::provider_names);
    let current = move || store.doc.with(|d| d.service_provider(i));
    let id = format!("svc-{i}-capacity_provider");
    let path = format!("services[{i}].capacity_provider");
    view! {
        <Show when=move || !names().is_empty() || current().is_some()>
            <span>
                <label for=id.clone()>{s().service_provider}</label>
                <select id=id.clone() data-testid=format!("svc-{i}-provider") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.edit(None, |d| d.set_service_provider(i, (!v.is_empty()).then_some(v.as_str())));
                }>
                    <option value="" selected=move || current().is_none()>{s().service_provider_auto}</option>
                    {move || {
                        let mut list = names();
                        // A binding to a name not in the list stays visible
                        // (validation says what is wrong with it).
                        if let Some(c) = current() {
                            if !list.contains(&c) {
                                list.push(c);
                            }
                        }
                        list.into_iter().map(|n| {
                            let selected = current().as_deref() == Some(n.as_str());
                            view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                        }).collect_view()
                    }}
                </select>
                {issues(store, path.clone())}
            </span>
        </Show>
    }
}

/// The named capacity providers: name, instance type (empty: the
/// cluster's choice), remove; and an add button.
#[component]
fn ProvidersEditor() -> impl IntoView {
    let store = use_store();
    let count = move || store.doc.with(|d| d.capacity_providers().len());
    let field = move |k: usize, key: &'static str| {
        store
            .doc
            .with(|d| doc::field_text(d.provider_field(k, key)))
    };
    view! {
        <div class="field" data-testid="providers-editor">
            <span class="label">{s().ec2_providers}</span>
            <p class="muted small">{s().ec2_providers_hint}</p>
            <ul class="providers">
                {move || (0..count()).map(|k| {
                    let name_id = format!("f-provider-{k}-name");
                    let type_id = format!("f-provider-{k}-type");
                    view! {
                        <li class="field-row">
                            <div class="field">
                                <label for=name_id.clone()>{s().provider_name}</label>
                                <input type="text" class="in" id=name_id
                                    prop:value=move || field(k, "name")
                                    on:change=move |ev| {
                                        let t = event_target_value(&ev);
                                        store.edit(None, |d| d.rename_provider(k, t.trim()));
                                    }/>
                                {issues(store, format!("ec2.capacity_providers[{k}].name"))}
                            </div>
                            <div class="field">
                                <label for=type_id.clone()>{s().provider_type}</label>
                                <input type="text" class="in" id=type_id placeholder=s().provider_type_auto
                                    prop:value=move || field(k, "instance_type")
                                    on:change=move |ev| {
                                        let t = event_target_value(&ev);
                                        let v = if t.trim().is_empty() { Value::Null } else { json!(t.trim()) };
                                        store.edit(None, |d| d.set_provider_field(k, "instance_type", v));
                                    }/>
                                {issues(store, format!("ec2.capacity_providers[{k}].instance_type"))}
                            </div>
                            <button type="button" class="icon danger"
                                aria-label=move || s().action_on(s().remove, &field(k, "name"))
                                on:click=move |_| store.edit(None, |d| d.remove_provider(k))>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" data-testid="add-provider" on:click=move |_| store.edit(None, ScenarioDoc::add_capacity_provider)>
                "+ " {s().add_provider}
            </button>
            {issues(store, "ec2.capacity_providers".to_string())}
        </div>
    }
}

/// What the tasks cell currently holds.
#[derive(Debug, Clone, PartialEq)]
enum TasksMode {
    Count,
    Preset(ProfilePreset, u32, u32),
    Custom,
}

fn tasks_mode(value: Option<&Value>) -> TasksMode {
    let Some(Value::Array(values)) = value else {
        return TasksMode::Count;
    };
    let numbers: Option<Vec<u32>> = values
        .iter()
        .map(|v| v.as_u64().and_then(|n| u32::try_from(n).ok()))
        .collect();
    let Some(numbers) = numbers else {
        return TasksMode::Custom;
    };
    let (Some(&min), Some(&max)) = (numbers.iter().min(), numbers.iter().max()) else {
        return TasksMode::Custom;
    };
    ProfilePreset::ALL
        .into_iter()
        .find(|p| doc::profile_preset(*p, min, max) == numbers && *p != ProfilePreset::Flat)
        .map(|p| TasksMode::Preset(p, min, max))
        .unwrap_or(TasksMode::Custom)
}

fn preset_label(p: ProfilePreset) -> &'static str {
    match p {
        ProfilePreset::Flat => s().preset_flat,
        ProfilePreset::BusinessHours => s().preset_business,
        ProfilePreset::DayNight => s().preset_day_night,
        ProfilePreset::Weekly => s().preset_weekly,
    }
}

/// Count, preset profile (base–peak) or custom curve, with a sparkline.
#[component]
fn TasksEditor(i: usize) -> impl IntoView {
    let store = use_store();
    let value = move || store.doc.with(|d| d.desired(i).cloned());
    let mode = Memo::new(move |_| tasks_mode(value().as_ref()));
    let name = move || service_name(store, i);
    let key = format!("services[{i}].desired");
    let peak_of = move || -> u32 {
        match value() {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_u64)
                .max()
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(1),
            Some(v) => v.as_u64().and_then(|n| u32::try_from(n).ok()).unwrap_or(1),
            None => 1,
        }
    };
    let on_mode = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let peak = peak_of().max(1);
        let base = peak.div_ceil(3);
        let next = match chosen.as_str() {
            "count" => json!(peak),
            "custom" => json!(doc::profile_preset(
                ProfilePreset::BusinessHours,
                base,
                peak
            )),
            id => match ProfilePreset::from_id(id) {
                Some(ProfilePreset::Flat) | None => json!(peak),
                Some(p) => json!(doc::profile_preset(p, base, peak)),
            },
        };
        store.edit(None, |d| d.set_desired(i, next));
    };
    let mode_id = move || match mode.get() {
        TasksMode::Count => "count".to_string(),
        TasksMode::Preset(p, _, _) => p.id().to_string(),
        TasksMode::Custom => "custom".to_string(),
    };
    let set_bound = move |which_peak: bool, text: String| {
        let TasksMode::Preset(p, base, peak) = mode.get_untracked() else {
            return;
        };
        let Ok(n) = text.trim().parse::<u32>() else {
            return;
        };
        let (b, pk) = if which_peak {
            (base.min(n), n)
        } else {
            (n, peak.max(n))
        };
        store.edit(Some(&format!("services[{i}].desired")), |d| {
            d.set_desired(i, json!(doc::profile_preset(p, b, pk)))
        });
    };
    view! {
        <div class="tasks">
            <select class="mode" aria-label=move || format!("{} — {}", s().col_tasks, name()) on:change=on_mode prop:value=mode_id>
                <option value="count" selected=move || mode_id() == "count">{s().tasks_mode_count}</option>
                {[ProfilePreset::BusinessHours, ProfilePreset::DayNight, ProfilePreset::Weekly].into_iter().map(|p| view! {
                    <option value=p.id() selected=move || mode_id() == p.id()>{preset_label(p)}</option>
                }).collect_view()}
                <option value="custom" selected=move || mode_id() == "custom">{s().preset_custom}</option>
            </select>
            {move || match mode.get() {
                TasksMode::Count => {
                    let key = key.clone();
                    view! {
                        <input type="text" inputmode="numeric" class="in short" data-field=key.clone()
                            data-testid=format!("count-{i}")
                            aria-label=move || format!("{} — {}", s().col_tasks, name())
                            prop:value=move || doc::field_text(value().as_ref())
                            on:input=move |ev| {
                                let t = event_target_value(&ev);
                                store.edit(Some(&key), |d| d.set_desired(i, doc::number_or_text(&t)));
                            }/>
                    }.into_any()
                }
                TasksMode::Preset(_, base, peak) => view! {
                    <span class="range">
                        <input type="text" inputmode="numeric" class="in tiny" aria-label=move || format!("{} — {}", s().base_tasks, name())
                            prop:value=base.to_string() on:change=move |ev| set_bound(false, event_target_value(&ev))/>
                        "–"
                        <input type="text" inputmode="numeric" class="in tiny" aria-label=move || format!("{} — {}", s().peak_tasks, name())
                            prop:value=peak.to_string() on:change=move |ev| set_bound(true, event_target_value(&ev))/>
                    </span>
                    <Sparkline values=value/>
                }.into_any(),
                TasksMode::Custom => {
                    let key = key.clone();
                    view! {
                        <input type="text" class="in profile" title=s().profile_hint data-field=key.clone()
                            aria-label=move || format!("{} — {}", s().profile_hint, name())
                            prop:value=move || match value() { Some(Value::Array(a)) => doc::profile_text(&a), other => doc::field_text(other.as_ref()) }
                            on:change=move |ev| {
                                let t = event_target_value(&ev);
                                store.edit(Some(&key), |d| d.set_desired(i, doc::profile_from_text(&t)));
                            }/>
                        <Sparkline values=value/>
                    }.into_any()
                }
            }}
            {issues(store, format!("services[{i}].count"))}
            {issues(store, format!("services[{i}].profile"))}
        </div>
    }
}

/// A tiny line of the hourly task counts.
#[component]
fn Sparkline(values: impl Fn() -> Option<Value> + Send + Sync + 'static) -> impl IntoView {
    let points = move || {
        let numbers: Vec<f64> = match values() {
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_f64).collect(),
            _ => Vec::new(),
        };
        let max = numbers.iter().copied().fold(1.0_f64, f64::max);
        let n = numbers.len().max(2) as f64 - 1.0;
        numbers
            .iter()
            .enumerate()
            .map(|(x, y)| {
                format!(
                    "{:.1},{:.1}",
                    x as f64 / n * 96.0 + 2.0,
                    22.0 - y / max * 20.0
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    view! {
        <svg class="spark" viewBox="0 0 100 24" width="100" height="24" aria-hidden="true">
            <polyline points=points fill="none" stroke="currentColor" stroke-width="1.5"/>
        </svg>
    }
}

#[component]
pub fn LayoutsEditor() -> impl IntoView {
    let store = use_store();
    let has = move |layout: Layout| store.doc.with(|d| d.layouts().contains(&layout));
    let custom_on = move || has(Layout::Custom);
    let count = Memo::new(move |_| store.doc.with(ScenarioDoc::service_count));
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || count.get());
    view! {
        <fieldset class="layouts">
            <legend class="sr-only">{s().section_layouts}</legend>
            {Layout::ALL.into_iter().map(|layout| view! {
                <label class="check">
                    <input type="checkbox" data-testid=format!("layout-{layout}")
                        prop:checked=move || has(layout)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            store.edit(None, |d| d.toggle_layout(layout, on));
                        }/>
                    {s().layout_label(layout)}
                </label>
            }).collect_view()}
        </fieldset>
        {issues(store, "layouts".to_string())}
        <Show when=custom_on>
            <p class="muted small">{s().custom_hint}</p>
            <Pager page=page total=total testid="custom-pager"/>
            <table class="mapping">
                <thead><tr><th scope="col">{s().col_name}</th><th scope="col">{s().custom_cluster}</th><th scope="col">{s().custom_launch_type}</th></tr></thead>
                <tbody>
                    <For each=move || shown_rows(store, page.get(), count.get()) key=|row| *row let:row>
                        <CustomRow i=row.1/>
                    </For>
                </tbody>
            </table>
            {issues(store, "custom_clusters".to_string())}
        </Show>
    }
}

#[component]
fn CustomRow(i: usize) -> impl IntoView {
    let store = use_store();
    let name = move || service_name(store, i);
    let assignment = move || {
        store
            .doc
            .with(|d| d.custom_assignment(&service_name(store, i)))
    };
    view! {
        <tr>
            <td>{name}</td>
            <td>
                <input type="text" class="in" aria-label=move || format!("{} — {}", s().custom_cluster, name())
                    data-testid=format!("custom-cluster-{i}")
                    prop:value=move || assignment().map(|a| a.0).unwrap_or_default()
                    on:change=move |ev| {
                        let cluster = event_target_value(&ev);
                        let lt = assignment().map(|a| a.1).unwrap_or_else(|| LaunchType::Fargate.as_str().into());
                        store.edit(None, |d| d.assign_custom(&name(), &cluster, &lt));
                    }/>
            </td>
            <td>
                <select aria-label=move || format!("{} — {}", s().custom_launch_type, name())
                    on:change=move |ev| {
                        let lt = event_target_value(&ev);
                        let cluster = assignment().map(|a| a.0).unwrap_or_else(name);
                        store.edit(None, |d| d.assign_custom(&name(), &cluster, &lt));
                    }>
                    {LaunchType::ALL.into_iter().map(|lt| view! {
                        <option value=lt.as_str() selected=move || assignment().map(|a| a.1 == lt.as_str()).unwrap_or(lt == LaunchType::Fargate)>{s().launch_label(lt)}</option>
                    }).collect_view()}
                </select>
            </td>
        </tr>
    }
}

fn doc_text(store: Store, keys: [&'static str; 2]) -> String {
    store.doc.with(|d| doc::field_text(d.field(&keys)))
}

/// A labelled text input bound to `doc[keys[0]][keys[1]]`.
fn labelled_input(
    store: Store,
    keys: [&'static str; 2],
    label: &'static str,
    empty_is_null: bool,
) -> impl IntoView {
    let id = format!("f-{}-{}", keys[0], keys[1]);
    let path = format!("{}.{}", keys[0], keys[1]);
    let field = path.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input type="text" inputmode="decimal" class="in" id=id data-field=path.clone()
                prop:value=move || doc_text(store, keys)
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    let v = if empty_is_null && t.trim().is_empty() { Value::Null } else { doc::number_or_text(&t) };
                    store.edit(Some(&field), |d| d.set_field(&keys, v));
                }/>
            {issues(store, path)}
        </div>
    }
}

#[component]
pub fn Ec2Options() -> impl IntoView {
    let store = use_store();
    let types = move || {
        store
            .doc
            .with(|d| d.field(&["ec2", "instance_types"]).cloned())
    };
    let search = move || matches!(types(), None | Some(Value::Null));
    // No strategy in the document: ECS's service default, shown as its
    // chain and labelled so; the document stays free of a strategy until
    // the user changes the chain.
    let strategy_is_default = move || {
        store
            .doc
            .with(|d| d.field(&["ec2", "strategy"]).is_none_or(Value::is_null))
    };
    let strategy = move || -> Vec<String> {
        store.doc.with(|d| {
            d.strings_at(&["ec2", "strategy"]).unwrap_or_else(|| {
                effective_chain(&[])
                    .iter()
                    .map(|p| p.as_str().to_string())
                    .collect()
            })
        })
    };
    let set_strategy = move |list: Vec<String>| {
        // An emptied chain goes back to ECS's default.
        let v = if list.is_empty() {
            Value::Null
        } else {
            json!(list)
        };
        store.edit(None, |d| d.set_field(&["ec2", "strategy"], v))
    };
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=search on:change=move |ev| {
                let on = event_target_checked(&ev);
                let v = if on { Value::Null } else { json!(["m5.large"]) };
                store.edit(None, |d| d.set_field(&["ec2", "instance_types"], v));
            }/>
            {s().ec2_search}
        </label>
        <Show when=move || !search()>
            <div class="field">
                <label for="f-ec2-types">{s().ec2_types}</label>
                <input type="text" class="in" id="f-ec2-types"
                    prop:value=move || match types() { Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "), _ => String::new() }
                    on:change=move |ev| {
                        let t = event_target_value(&ev);
                        let list: Vec<String> = t.split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect();
                        store.edit(None, |d| d.set_field(&["ec2", "instance_types"], json!(list)));
                    }/>
                {issues(store, "ec2.instance_types".to_string())}
            </div>
        </Show>
        <ProvidersEditor/>
        <div class="field">
            <span class="label" id="l-strategy">{s().ec2_strategy}
                <Show when=strategy_is_default>
                    " (" <span class="muted" data-testid="strategy-default">{s().ec2_strategy_default}</span> ")"
                </Show>
            </span>
            <ol class="strategy" aria-labelledby="l-strategy">
                {move || strategy().into_iter().enumerate().map(|(k, current)| {
                    view! {
                        <li>
                            <select aria-label=format!("{} {}", s().ec2_strategy, k + 1) on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let mut list = strategy();
                                if let Some(slot) = list.get_mut(k) { *slot = v; }
                                set_strategy(list);
                            }>
                                {PlacementStrategy::ALL.into_iter().map(|p| {
                                    let id = p.as_str();
                                    view! { <option value=id selected=current == id>{id}</option> }
                                }).collect_view()}
                            </select>
                            <button type="button" class="icon danger" aria-label=s().action_on(s().remove, &current) on:click=move |_| {
                                let mut list = strategy();
                                if k < list.len() { list.remove(k); }
                                set_strategy(list);
                            }>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button type="button" disabled=move || { strategy().len() >= 5 } on:click=move |_| {
                let mut list = strategy();
                list.push("binpack:cpu".into());
                set_strategy(list);
            }>"+ " {s().ec2_add_strategy}</button>
            {issues(store, "ec2.strategy".to_string())}
        </div>
        <div class="field-row">
            {labelled_input(store, ["ec2", "target_capacity"], s().ec2_target, false)}
            {labelled_input(store, ["ec2", "availability_zones"], s().ec2_azs, false)}
            {labelled_input(store, ["ec2", "min_instances"], s().ec2_min, false)}
        </div>
        {labelled_input(store, ["ec2", "memory_overhead_mib"], s().ec2_overhead, true)}
        <label class="check">
            <input type="checkbox"
                prop:checked=move || store.doc.with(|d| d.field(&["ec2", "eni_trunking"]).and_then(Value::as_bool).unwrap_or(false))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    store.edit(None, |d| d.set_field(&["ec2", "eni_trunking"], json!(on)));
                }/>
            {s().ec2_trunking}
        </label>
        <Show when=search>
            <label class="check">
                <input type="checkbox" id="f-ec2-allow_burstable"
                    prop:checked=move || store.doc.with(|d| d.field(&["ec2", "allow_burstable"]).and_then(Value::as_bool).unwrap_or(false))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.edit(None, |d| d.set_field(&["ec2", "allow_burstable"], json!(on)));
                    }/>
                {s().ec2_allow_burstable}
            </label>
        </Show>
        <div class="field-row">
            {labelled_input(store, ["ec2", "ops_usd_per_cluster_month"], s().ec2_ops_per_cluster, true)}
            {labelled_input(store, ["ec2", "ops_usd_per_instance_month"], s().ec2_ops_per_instance, true)}
            {labelled_input(store, ["ec2", "ops_engineer_usd_per_hour"], s().ec2_ops_engineer_hour, true)}
        </div>
        <div class="field-row">
            {labelled_input(store, ["ec2", "spot_on_demand_base"], s().ec2_spot_base, true)}
            {labelled_input(store, ["ec2", "spot_share"], s().ec2_spot_share, true)}
            {labelled_input(store, ["ec2", "spot_discount_pct"], s().ec2_spot_discount, true)}
        </div>
        <p class="muted small">{s().ec2_spot_hint}</p>
    }
}

#[component]
pub fn PricingEditor() -> impl IntoView {
    let store = use_store();
    let region = move || store.doc.with(|d| d.region().to_string());
    let no_ec2 = move || {
        store
            .prices
            .with(|book| book.region(&region()).is_none_or(|r| r.ec2.is_none()))
    };
    view! {
        <div class="field">
            <label for="f-region">{s().pricing_region}</label>
            <select id="f-region" data-testid="region" on:change=move |ev| {
                let v = event_target_value(&ev);
                store.edit(None, |d| d.set_field(&["region"], json!(v)));
            }>
                {bundled().coverage().into_iter().map(|r| {
                    let code = r.region.clone();
                    let label = crate::strings::region_option_label(&code, &r.region_name, r.ec2.is_some(), r.fargate_linux_arm.is_some(), r.fargate_windows.is_some());
                    let c2 = code.clone();
                    view! { <option value=code selected=move || region() == c2>{label}</option> }
                }).collect_view()}
            </select>
            {issues(store, "region".to_string())}
            <p class="muted small">{s().pricing_region_marks}</p>
        </div>
        <Show when=no_ec2>
            <p class="notice" role="status">{move || s().region_has_no_ec2(&region())}</p>
        </Show>
        <div class="field-row">
            {labelled_input(store, ["pricing", "ec2_discount_pct"], s().pricing_ec2_discount, false)}
            {labelled_input(store, ["pricing", "fargate_discount_pct"], s().pricing_fargate_discount, false)}
        </div>
        {labelled_input(store, ["fargate", "spot_share"], s().pricing_spot, false)}
        <p class="muted small">{s().discount_assumption}</p>
        <p class="muted small">{s().pricing_snapshot} ": " {move || store.prices.with(|book| book.snapshot_label(&region()))}</p>
    }
}
