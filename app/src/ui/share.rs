//! Share link, autosave, named scenarios and notices: the page's side of
//! [`crate::persist`].
//!
//! * [`startup`] picks what the page opens with: the link in the address bar,
//!   else the autosave, else the example (with notices for anything that
//!   could not be read).
//! * [`keep_in_sync`] writes the link (`#v1=…`, `history.replaceState`) and
//!   the autosave on every change of the scenario or the view.
//! * [`CopyLink`], [`ScenariosMenu`] and [`Notices`] are the controls.
//!
//! User strings (scenario names, notices quoting them) only ever become
//! text nodes.

use ecs_planner_engine::link::{self, LinkView};
use leptos::prelude::*;
use serde_json::Value;

use crate::doc::ScenarioDoc;
use crate::persist::{
    self, KeyValueStore, Library, MemoryStore, Notice, Rejection, SaveMode, StoreError,
};
use crate::strings::current as s;
use crate::ui::store::{use_store, Store};

/// What the page starts with.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub doc: ScenarioDoc,
    pub view: LinkView,
    pub notices: Vec<Notice>,
}

thread_local! {
    /// Used when the browser refuses localStorage: work lasts for the tab.
    static FALLBACK: MemoryStore = MemoryStore::default();
}

/// Runs `f` with the browser's localStorage, or the in-memory fallback
/// (then also returns why storage is unavailable).
pub fn with_storage<R>(f: impl FnOnce(&dyn KeyValueStore) -> R) -> (R, Option<StoreError>) {
    #[cfg(target_arch = "wasm32")]
    {
        match persist::browser::LocalStorage::open() {
            Ok(storage) => (f(&storage), None),
            Err(error) => (FALLBACK.with(|m| f(m)), Some(error)),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        (FALLBACK.with(|m| f(m)), None)
    }
}

fn location_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        persist::browser::location_hash()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// The address of this page (with the current link), for "Copy link" and
/// the Markdown summary.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The app opens any JSON object: the editor shows what is wrong with it
/// field by field, so nothing the user typed is thrown away at startup.
fn openable(value: &Value) -> Result<(), Rejection> {
    if value.is_object() {
        Ok(())
    } else {
        Err(Rejection::NotAnObject)
    }
}

/// Chooses the opening scenario: link > autosave > example.
pub fn startup() -> Opening {
    let fragment = location_hash();
    let (start, unavailable) = with_storage(|kv| persist::startup(&fragment, kv, &openable));
    let mut notices = start.notices;
    notices.extend(unavailable.map(Notice::Storage));
    Opening {
        doc: start
            .scenario
            .map_or_else(ScenarioDoc::default_scenario, ScenarioDoc::from_value),
        view: start.view,
        notices,
    }
}

/// The view (selected option, hour) as a link carries it.
pub fn current_view(store: &Store) -> LinkView {
    LinkView {
        option: store.selected.get(),
        hour: Some(store.hour.get()),
    }
}

/// Shows `view` in the store.
pub fn apply_view(store: &Store, view: &LinkView) {
    // A link's option that names no key (an old link's "custom") was
    // dropped by the decoder with a notice: nothing is selected, and the
    // charts follow the cheapest option.
    if let Some(key) = view.option {
        store.selected.set(Some(key));
    }
    if let Some(hour) = view.hour {
        store.hour.set(hour);
    }
}

/// Adds a notice unless the same one is already shown.
pub fn notify(store: &Store, notice: Notice) {
    store.notices.update(|list| {
        if !list.contains(&notice) {
            list.push(notice);
        }
    });
}

/// On every change of the scenario or the view: the link in the address
/// bar and the autosave.
pub fn keep_in_sync(store: Store) {
    Effect::new(move |_| {
        let view = current_view(&store);
        let doc = store.doc.get();
        // A scenario too large for a link (thousands of services with
        // hourly profiles) clears the address bar's link, with a notice,
        // rather than leave one that cannot open; the autosave keeps it.
        let fragment = match link::encode_checked(doc.as_value(), &view) {
            Ok(fragment) => fragment,
            Err(_) => {
                notify(
                    &store,
                    Notice::LinkTooLarge {
                        max_chars: link::MAX_FRAGMENT_CHARS,
                    },
                );
                String::new()
            }
        };
        #[cfg(target_arch = "wasm32")]
        if let Err(problem) = persist::browser::replace_location_hash(&fragment) {
            gloo::console::warn!(format!("ECS Planner: address bar not updated: {problem}"));
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = fragment;
        let (saved, _) = with_storage(|kv| persist::save_autosave(kv, doc.as_value(), &view));
        if let Err(error) = saved {
            notify(&store, Notice::Storage(error));
        }
    });
}

/// Dismissible banners for [`Store::notices`], each rendered in the page's
/// language when shown (the page is rebuilt on a switch, so a banner created
/// in English reads in Korean after it).
#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let lang = crate::strings::current_lang();
    let each = move || -> Vec<(usize, Notice)> { notices.get().into_iter().enumerate().collect() };
    view! {
        <div class="notices" data-testid="notices">
            <For
                each=each
                key=move |(i, notice)| (*i, notice.text(lang))
                children=move |(_, notice)| {
                    let text = notice.text(lang);
                    let dismissed = notice;
                    view! {
                        <div class="notice-banner" role="alert" data-testid="notice">
                            <p>{text}</p>
                            <button
                                type="button"
                                class="dismiss"
                                aria-label=s().dismiss_notice
                                on:click=move |_| notices.update(|l| l.retain(|n| n != &dismissed))
                            >
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}

/// "Copy link": copies the address (which always holds the current link);
/// when the clipboard is refused, shows the link in a read-only field.
#[component]
pub fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let fallback = RwSignal::new(None::<String>);
    let copy = move |_| {
        let href = current_href();
        fallback.set(None);
        let Some(window) = web_sys::window() else {
            fallback.set(Some(href));
            return;
        };
        let promise = window.navigator().clipboard().write_text(&href);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set(Some(s().link_copied)),
                Err(_) => {
                    status.set(Some(s().link_copy_by_hand));
                    fallback.set(Some(href));
                }
            }
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" data-testid="copy-link" on:click=copy>{s().copy_link}</button>
            <span class="muted small" role="status" data-testid="copy-status">{move || status.get()}</span>
            {move || fallback.get().map(|href| view! {
                <input
                    type="text"
                    readonly=true
                    class="link-field"
                    data-testid="link-field"
                    aria-label=s().link_field
                    prop:value=href
                    on:focus=|e| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                />
            })}
        </span>
    }
}

fn load_library(store: &Store) -> Library {
    let (loaded, _) = with_storage(persist::load_library);
    if let Some(notice) = loaded.notice {
        notify(store, notice);
    }
    loaded.library
}

fn write_library(store: &Store, library: &Library) {
    let (written, _) = with_storage(|kv| persist::store_library(kv, library));
    if let Err(error) = written {
        notify(store, Notice::Storage(error));
    }
}

/// The named scenarios: save as, open, rename, delete. A `<details>` menu:
/// every control is a native button or input, so it works from the keyboard.
#[component]
pub fn ScenariosMenu() -> impl IntoView {
    let store = use_store();
    let library = RwSignal::new(load_library(&store));
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(String::new());

    let save = move || {
        let scenario = store.doc.get_untracked().into_value();
        let mut next = library.get_untracked();
        let wanted = name.get_untracked();
        match next.save_as(&wanted, scenario, SaveMode::Overwrite) {
            Ok(saved) => {
                write_library(&store, &next);
                library.set(next);
                message.set(Some(s().saved_as(&saved)));
                name.set(String::new());
            }
            Err(error) => message.set(Some(error.text(crate::strings::current_lang()))),
        }
    };
    let open = move |wanted: String| {
        if let Some(scenario) = library.with_untracked(|l| l.get(&wanted).cloned()) {
            store.edit(None, move |d| *d = ScenarioDoc::from_value(scenario));
            message.set(Some(s().opened(&wanted)));
        }
    };
    let rename = move |from: String| {
        let mut next = library.get_untracked();
        match next.rename(&from, &new_name.get_untracked()) {
            Ok(to) => {
                write_library(&store, &next);
                library.set(next);
                renaming.set(None);
                message.set(Some(s().renamed(&from, &to)));
            }
            Err(error) => message.set(Some(error.text(crate::strings::current_lang()))),
        }
    };
    let delete = move |wanted: String| {
        let mut next = library.get_untracked();
        match next.delete(&wanted) {
            Ok(_) => {
                write_library(&store, &next);
                library.set(next);
                message.set(Some(s().deleted(&wanted)));
            }
            Err(error) => message.set(Some(error.text(crate::strings::current_lang()))),
        }
    };

    view! {
        <details class="menu scenarios-menu" data-testid="scenarios-menu">
            <summary>{s().scenarios}</summary>
            <div class="menu-panel">
                <form class="save-as" on:submit=move |e| { e.prevent_default(); save(); }>
                    <label>
                        {s().scenario_name}
                        <input
                            type="text"
                            data-testid="scenario-name"
                            maxlength="80"
                            prop:value=move || name.get()
                            on:input=move |e| name.set(event_target_value(&e))
                        />
                    </label>
                    <button type="submit" data-testid="save-as">{s().save_as}</button>
                </form>
                <p class="muted small" role="status" data-testid="scenarios-status">{move || message.get()}</p>
                {move || library.with(|l| l.is_empty()).then(|| view! { <p class="muted small">{s().no_saved_scenarios}</p> })}
                <ul class="saved-list" data-testid="saved-scenarios">
                    {move || library.with(|l| l.names().into_iter().map(str::to_string).collect::<Vec<_>>()).into_iter().map(|saved| {
                        let (o, r, d, k) = (saved.clone(), saved.clone(), saved.clone(), saved.clone());
                        let is_renaming = {
                            let saved = saved.clone();
                            move || renaming.get().as_deref() == Some(saved.as_str())
                        };
                        view! {
                            <li>
                                <span class="saved-name">{saved.clone()}</span>
                                <button type="button" aria-label=s().open_label(&saved) on:click=move |_| open(o.clone())>{s().open}</button>
                                <button type="button" aria-label=s().rename_label(&saved) on:click=move |_| { new_name.set(r.clone()); renaming.set(Some(r.clone())); }>{s().rename}</button>
                                <button type="button" aria-label=s().delete_label(&saved) on:click=move |_| delete(d.clone())>{s().delete}</button>
                                {move || is_renaming().then(|| {
                                    let from = k.clone();
                                    view! {
                                        <form class="rename" on:submit=move |e| { e.prevent_default(); rename(from.clone()); }>
                                            <input
                                                type="text"
                                                maxlength="80"
                                                aria-label=s().new_name
                                                data-testid="rename-input"
                                                prop:value=move || new_name.get()
                                                on:input=move |e| new_name.set(event_target_value(&e))
                                            />
                                            <button type="submit">{s().rename_ok}</button>
                                            <button type="button" on:click=move |_| renaming.set(None)>{s().cancel}</button>
                                        </form>
                                    }
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </details>
    }
}
