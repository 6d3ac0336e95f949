//! The page's language: chosen on first visit from the browser, then by the
//! header switch, remembered in localStorage (`persist::LANG_KEY`), never
//! carried by a share link. Components read it as the [`UiLang`] context
//! (phase 2 of issue 15 hands it to the engine's renderers); the app's own
//! texts come from `strings::current()`, which [`enter`] keeps in step.

use leptos::prelude::*;

use crate::strings::{self, current as s, Lang};

/// The language the page is shown in, as a context.
#[derive(Debug, Clone, Copy)]
pub struct UiLang(pub Signal<Lang>);

impl UiLang {
    /// The current language (tracked).
    pub fn get(self) -> Lang {
        self.0.get()
    }
}

/// The [`UiLang`] context (provided by [`provide_language`]).
pub fn use_lang() -> UiLang {
    expect_context::<UiLang>()
}

/// The language to start in (stored choice, else the browser's), made
/// current at once so that texts written before the first render (startup
/// notices) are in it too. Call once, before building the store.
pub fn start() -> Lang {
    let lang = initial_lang();
    strings::set_current_lang(lang);
    lang
}

fn initial_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let languages: Vec<String> = web_sys::window()
            .map(|w| {
                let navigator = w.navigator();
                let mut tags: Vec<String> = navigator
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect();
                if tags.is_empty() {
                    tags.extend(navigator.language());
                }
                tags
            })
            .unwrap_or_default();
        match crate::persist::browser::LocalStorage::open() {
            Ok(store) => crate::persist::load_lang(&store, &languages),
            Err(_) => {
                crate::persist::load_lang(&crate::persist::MemoryStore::default(), &languages)
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::default()
    }
}

/// Sets `<html lang>` and the document title to follow the language.
fn reflect_in_document(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document.set_title(strings::strings(lang).app_title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// Remembers the switch's choice (a refusing browser only loses the memory).
fn remember(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(store) = crate::persist::browser::LocalStorage::open() {
        let _ = crate::persist::store_lang(&store, lang);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// Provides [`UiLang`] and the setter the switch uses, starting in `initial`.
/// The page builds its view in `<For each=move || [lang.get()] …>` with
/// [`enter`] first, so a new language builds the page afresh in it and drops
/// the old one. (Not a closure that rebuilds in place, nor a component with
/// children: both instantiate the in-place diffing code of the whole view
/// tree, about 25 KiB gzipped.) State that must survive a switch — the
/// document, its undo history, the simulation, the chosen matrix cell and
/// hour — lives in the store, created above, so a switch does not
/// re-simulate.
pub fn provide_language(initial: Lang) -> UiLang {
    let lang = RwSignal::new(initial);
    provide_context(UiLang(lang.into()));
    provide_context(SetLang(lang.write_only()));
    UiLang(lang.into())
}

/// Makes `lang` the one `strings::current()` answers with and `<html lang>`
/// shows; call at the top of the function that builds the page.
pub fn enter(lang: Lang) {
    strings::set_current_lang(lang);
    reflect_in_document(lang);
}

/// Changes the page's language (the header switch).
#[derive(Debug, Clone, Copy)]
struct SetLang(WriteSignal<Lang>);

/// The header switch: English / 한국어, a labelled radio group (reachable and
/// operable with the keyboard like any radio group).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let set = expect_context::<SetLang>();
    let choose = move |choice: Lang| {
        if lang.0.get_untracked() != choice {
            remember(choice);
            set.0.set(choice);
        }
    };
    view! {
        <fieldset class="lang-switch" data-testid="lang-switch">
            <legend class="sr-only">{s().language}</legend>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <label lang=option.code()>
                            <input
                                type="radio"
                                name="ui-lang"
                                value=option.code()
                                data-testid=format!("lang-{}", option.code())
                                prop:checked=move || lang.get() == option
                                on:change=move |_| choose(option)
                            />
                            {option.native_name()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
