//! Saving and restoring: the share link in the address bar, the autosave,
//! the user's named scenarios, and the offline service worker.
//!
//! Nothing a user typed may be lost, and nothing stored or linked may crash
//! the app. So every read here is total: a broken link, a corrupt or
//! newer-format store gives the last good (or default) scenario plus a
//! notice for the user, and unreadable stored text is copied under a
//! `ecs-planner/recovered/…` key before anything overwrites it.
//!
//! The logic is pure and tested natively over [`KeyValueStore`] (see
//! [`MemoryStore`]); only [`browser`] touches `window` (compiled for wasm32
//! only).
//!
//! Storage layout (localStorage, all JSON):
//! * [`AUTOSAVE_KEY`] `ecs-planner/autosave/v1`:
//!   `{"format": 1, "scenario": {…scenario file…}, "view": {"option": "ec2/single"|null, "hour": 3|null}}`.
//!   A bare scenario file under that key (an early build's format) is
//!   migrated on read.
//! * [`LIBRARY_KEY`] `ecs-planner/scenarios/v1`:
//!   `{"format": 1, "scenarios": [{"name": "…", "scenario": {…}}, …]}`.
//! * [`RECOVERED_KEY_PREFIX`]`autosave` / `…scenarios`: the last unreadable
//!   text found under those keys, kept verbatim for manual rescue.
//! * [`PRICES_KEY`] `ecs-planner/prices/v1`: the pricing files imported, so
//!   that a reload simulates with them too:
//!   `{"format": 1, "regions": [RegionPrices, …]}`.
//! * [`LANG_KEY`] `ecs-planner/lang/v1`: the language chosen, `en` or `ko`.

// The app wires in what it needs; the rest is API for later screens.
#![allow(dead_code)]

use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::link::{self, LinkError, LinkNotice, LinkView};
use ecs_planner_engine::pricing::RegionPrices;
use ecs_planner_engine::text::Render;
use serde_json::{json, Map, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// The autosave: the scenario being edited, written on every change.
pub const AUTOSAVE_KEY: &str = "ecs-planner/autosave/v1";
/// The named scenarios.
pub const LIBRARY_KEY: &str = "ecs-planner/scenarios/v1";
/// The language the user chose with the header switch: `en` or `ko`
/// (never in a share link: a link opens in each reader's language).
pub const LANG_KEY: &str = "ecs-planner/lang/v1";
/// Imported pricing files: `{"format": 1, "regions": [RegionPrices, …]}`.
pub const PRICES_KEY: &str = "ecs-planner/prices/v1";
/// Where unreadable stored text is kept: `…autosave`, `…scenarios`.
pub const RECOVERED_KEY_PREFIX: &str = "ecs-planner/recovered/";
/// The `format` this code writes under both keys.
pub const STORAGE_FORMAT: u64 = 1;
/// Longest scenario name, characters.
pub const MAX_NAME_CHARS: usize = 80;

// ---------------------------------------------------------------------------
// Storage.

/// Why browser storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all (disabled, or a private window that forbids it).
    Unavailable,
    /// A write failed: storage is full or blocked.
    WriteFailed,
}

impl StoreError {
    /// The notice in `lang` (`"링크 복사"` is the Korean "Copy link" button).
    pub fn text(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, StoreError::Unavailable) => {
                "This browser does not let the planner save (storage is disabled, e.g. in some \
                 private windows): your work lasts until the tab is closed. Use \"Copy link\" or \
                 export the scenario to keep it."
                    .into()
            }
            (Lang::En, StoreError::WriteFailed) => {
                "Could not save in the browser's storage (it is full or blocked). Delete some \
                 saved scenarios, or use \"Copy link\" or export to keep this one."
                    .into()
            }
            (Lang::Ko, StoreError::Unavailable) => {
                "이 브라우저에서는 저장할 수 없습니다(일부 시크릿 창처럼 저장소가 꺼져 있음). 작업 내용은 \
                 탭을 닫을 때까지만 유지됩니다. 보관하려면 \"링크 복사\"를 쓰거나 시나리오를 내보내세요."
                    .into()
            }
            (Lang::Ko, StoreError::WriteFailed) => {
                "브라우저 저장소에 저장하지 못했습니다(가득 찼거나 차단됨). 저장된 시나리오를 일부 \
                 삭제하거나, \"링크 복사\" 또는 내보내기로 이 시나리오를 보관하세요."
                    .into()
            }
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for StoreError {}

/// String storage by key: localStorage in the browser, [`MemoryStore`] in
/// tests or when localStorage is unavailable.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// A [`KeyValueStore`] in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.entries
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
}

/// Keeps unreadable text under the recovery key for `what`, so that a
/// later write cannot destroy it. Returns the key, or `None` if even that
/// failed.
fn keep_unreadable(store: &dyn KeyValueStore, what: &str, text: &str) -> Option<String> {
    let key = format!("{RECOVERED_KEY_PREFIX}{what}");
    store.set(&key, text).ok().map(|()| key)
}

fn view_to_json(view: &LinkView) -> Value {
    json!({"option": view.option, "hour": view.hour})
}

/// A view read leniently: anything unexpected is just "no selection".
fn view_from_json(value: Option<&Value>) -> LinkView {
    LinkView {
        option: value
            .and_then(|v| v.get("option"))
            .and_then(Value::as_str)
            .and_then(OptionKey::parse),
        hour: value
            .and_then(|v| v.get("hour"))
            .and_then(Value::as_u64)
            .and_then(|h| u32::try_from(h).ok()),
    }
}

// ---------------------------------------------------------------------------
// Autosave.

/// What [`load_autosave`] found.
#[derive(Debug, Clone, PartialEq)]
pub enum AutosaveLoad {
    /// Nothing saved yet.
    Empty,
    Loaded {
        scenario: Value,
        view: LinkView,
    },
    /// Something was stored but could not be used; the notice says what and
    /// where it was kept.
    Unreadable {
        notice: Notice,
    },
}

/// What was stored and could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// The autosave.
    Autosave,
    /// The named scenarios.
    Library,
}

/// Why stored text could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadableReason {
    NotJson,
    NotAnObject,
    NoScenario,
    /// Written by a newer build (its storage format).
    Newer {
        format: u64,
    },
    UnknownFormat,
    /// The scenario is there but does not validate (the message is already
    /// in the page's language).
    Invalid {
        message: String,
    },
    /// Some of the named scenarios could not be read.
    SomeUnreadable {
        count: usize,
    },
}

/// Why the app's check refused a scenario at startup (see [`startup`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// The app opens any JSON object (the editor then names what is wrong
    /// field by field); anything else is refused.
    NotAnObject,
    /// A stricter check's message, shown verbatim.
    Invalid { message: String },
}

/// Why the link in the address bar was not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// It decoded, but its scenario is not a JSON object.
    NotAnObject,
    /// It decoded, but its scenario does not validate (the check's message).
    Invalid { message: String },
    /// It could not be decoded.
    Unopenable(LinkError),
}

/// A notice for the user (storage, the opening link, the share link),
/// typed: it is kept as data and rendered by [`Notice::text`] in the page's
/// language each time it is shown, so a banner follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Browser storage could not be used (or a write failed).
    Storage(StoreError),
    /// The scenario is too large for a share link: the address bar holds
    /// none (the autosave keeps the scenario).
    LinkTooLarge { max_chars: usize },
    /// Stored text could not be read; it was kept under `kept_under`.
    Unreadable {
        what: Stored,
        reason: UnreadableReason,
        kept_under: Option<String>,
    },
    /// The link was not opened; `instead` is what the page shows.
    Link {
        problem: LinkProblem,
        instead: StartSource,
    },
    /// The link opened without part of its view (an option this version
    /// does not know); the engine words it.
    LinkView(LinkNotice),
}

impl Notice {
    /// The notice in `lang` (translation memory §15: AP3–AP26).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Notice::Storage(error) => error.text(lang),
            Notice::LinkTooLarge { max_chars } => match lang {
                Lang::En => format!(
                    "This scenario is too large for a share link (at most {max_chars} characters), \
                     so the address bar holds none; share it with Export → Scenario JSON instead."
                ),
                Lang::Ko => format!(
                    "이 시나리오는 공유 링크로 담기에 너무 큽니다(최대 {max_chars}자). 그래서 주소 표시줄에 링크가 없습니다. \
                     대신 내보내기 → 시나리오 JSON으로 공유하세요."
                ),
            },
            Notice::Unreadable {
                what,
                reason,
                kept_under,
            } => {
                let reason = reason.text(*what, lang);
                match (lang, what, kept_under) {
                    (Lang::En, what, Some(key)) => format!(
                        "{} could not be read ({reason}). The stored text was kept in browser \
                         storage under \"{key}\".",
                        stored_en(*what)
                    ),
                    (Lang::En, what, None) => {
                        format!("{} could not be read ({reason}).", stored_en(*what))
                    }
                    (Lang::Ko, what, Some(key)) => format!(
                        "{}: 읽지 못했습니다({reason}). 저장된 텍스트는 브라우저 저장소의 \"{key}\" 키에 보관했습니다.",
                        stored_ko(*what)
                    ),
                    (Lang::Ko, what, None) => {
                        format!("{}: 읽지 못했습니다({reason}).", stored_ko(*what))
                    }
                }
            }
            Notice::Link { problem, instead } => {
                let problem = match (lang, problem) {
                    (Lang::En, LinkProblem::NotAnObject) => {
                        "The link opened, but its scenario is not a JSON object.".to_string()
                    }
                    (Lang::Ko, LinkProblem::NotAnObject) => {
                        "링크는 열렸지만 시나리오가 JSON 객체가 아닙니다.".to_string()
                    }
                    (Lang::En, LinkProblem::Invalid { message }) => {
                        format!("The link opened, but its scenario is not valid: {message}")
                    }
                    (Lang::En, LinkProblem::Unopenable(error)) => {
                        format!("The link could not be opened. {}", error.render(Lang::En))
                    }
                    (Lang::Ko, LinkProblem::Invalid { message }) => {
                        format!("링크는 열렸지만 시나리오가 올바르지 않습니다: {message}")
                    }
                    (Lang::Ko, LinkProblem::Unopenable(error)) => {
                        format!("링크를 열 수 없습니다. {}", error.render(Lang::Ko))
                    }
                };
                let instead = match (lang, instead) {
                    (Lang::En, StartSource::Autosave) => {
                        "Your last autosaved scenario is shown instead."
                    }
                    (Lang::En, _) => "The example scenario is shown instead.",
                    (Lang::Ko, StartSource::Autosave) => {
                        "대신 마지막으로 자동 저장된 시나리오를 표시합니다."
                    }
                    (Lang::Ko, _) => "대신 예제 시나리오를 표시합니다.",
                };
                format!("{problem} {instead}")
            }
            Notice::LinkView(notice) => notice.render(lang),
        }
    }
}

fn stored_en(what: Stored) -> &'static str {
    match what {
        Stored::Autosave => "Your last autosaved scenario",
        Stored::Library => "Your saved scenarios",
    }
}

fn stored_ko(what: Stored) -> &'static str {
    match what {
        Stored::Autosave => "마지막으로 자동 저장된 시나리오",
        Stored::Library => "저장된 시나리오 목록",
    }
}

impl UnreadableReason {
    /// The reason in `lang`; the library's reasons speak of a list.
    fn text(&self, what: Stored, lang: Lang) -> String {
        let list = what == Stored::Library;
        match lang {
            Lang::En => match self {
                UnreadableReason::NotJson if list => "the list is not valid JSON".into(),
                UnreadableReason::NotJson => "it is not valid JSON".into(),
                UnreadableReason::NotAnObject => "it is not a JSON object".into(),
                UnreadableReason::NoScenario => "it holds no scenario".into(),
                UnreadableReason::Newer { format } if list => format!(
                    "they were saved by a newer version of the planner (storage format {format}); \
                     reload the page to get the newest version"
                ),
                UnreadableReason::Newer { format } => format!(
                    "it was saved by a newer version of the planner (storage format {format}); \
                     reload the page to get the newest version"
                ),
                UnreadableReason::UnknownFormat if list => {
                    "the list's format is not one this version knows".into()
                }
                UnreadableReason::UnknownFormat => {
                    "its format is not one this version knows".into()
                }
                UnreadableReason::Invalid { message } => format!("it is not valid: {message}"),
                UnreadableReason::SomeUnreadable { count } => {
                    format!("{count} of them could not be read and are not listed")
                }
            },
            Lang::Ko => match self {
                UnreadableReason::NotJson if list => "목록이 올바른 JSON이 아님".into(),
                UnreadableReason::NotJson => "올바른 JSON이 아님".into(),
                UnreadableReason::NotAnObject => "JSON 객체가 아님".into(),
                UnreadableReason::NoScenario => "시나리오가 없음".into(),
                UnreadableReason::Newer { format } => format!(
                    "최신 버전의 플래너가 저장함(저장 형식 {format}). 페이지를 새로 고쳐 최신 버전을 받으세요"
                ),
                UnreadableReason::UnknownFormat if list => "목록 형식을 이 버전이 알지 못함".into(),
                UnreadableReason::UnknownFormat => "이 버전이 모르는 형식임".into(),
                UnreadableReason::Invalid { message } => format!("올바르지 않음: {message}"),
                UnreadableReason::SomeUnreadable { count } => {
                    format!("그중 {count}개를 읽지 못해 목록에서 뺐음")
                }
            },
        }
    }
}

/// Writes the autosave. Call on every change of the scenario or view.
pub fn save_autosave(
    store: &dyn KeyValueStore,
    scenario: &Value,
    view: &LinkView,
) -> Result<(), StoreError> {
    let document = json!({
        "format": STORAGE_FORMAT,
        "scenario": scenario,
        "view": view_to_json(view),
    });
    store.set(AUTOSAVE_KEY, &document.to_string())
}

/// Reads the autosave; never fails (see [`AutosaveLoad`]).
pub fn load_autosave(store: &dyn KeyValueStore) -> AutosaveLoad {
    let text = match store.get(AUTOSAVE_KEY) {
        Ok(Some(text)) => text,
        Ok(None) | Err(_) => return AutosaveLoad::Empty,
    };
    let unreadable = |reason: UnreadableReason| {
        let kept = keep_unreadable(store, "autosave", &text);
        // Clear it so the next start does not show the notice again.
        let _ = store.remove(AUTOSAVE_KEY);
        AutosaveLoad::Unreadable {
            notice: Notice::Unreadable {
                what: Stored::Autosave,
                reason,
                kept_under: kept,
            },
        }
    };
    let document: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(_) => return unreadable(UnreadableReason::NotJson),
    };
    let Some(object) = document.as_object() else {
        return unreadable(UnreadableReason::NotAnObject);
    };
    match object.get("format").map(Value::as_u64) {
        Some(Some(STORAGE_FORMAT)) => match object.get("scenario") {
            Some(scenario @ Value::Object(_)) => AutosaveLoad::Loaded {
                scenario: scenario.clone(),
                view: view_from_json(object.get("view")),
            },
            _ => unreadable(UnreadableReason::NoScenario),
        },
        Some(Some(newer)) if newer > STORAGE_FORMAT => {
            unreadable(UnreadableReason::Newer { format: newer })
        }
        // Migration: early builds stored the bare scenario file here.
        None if object.contains_key("services") || object.contains_key("version") => {
            AutosaveLoad::Loaded {
                scenario: document.clone(),
                view: LinkView::default(),
            }
        }
        _ => unreadable(UnreadableReason::UnknownFormat),
    }
}

// ---------------------------------------------------------------------------
// Startup: link, else autosave, else default.

/// Where the scenario shown at startup came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartSource {
    /// The share link in the address bar.
    Link,
    /// The autosave.
    Autosave,
    /// Neither: the app's default scenario.
    Default,
}

/// What to show when the app starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// `None` with [`StartSource::Default`]: use the default scenario.
    pub scenario: Option<Value>,
    pub view: LinkView,
    pub source: StartSource,
    /// Messages for the user (a link that did not open, storage recovered).
    pub notices: Vec<Notice>,
}

/// Chooses the startup scenario from the URL fragment (`location.hash`, with
/// or without `#`) and the store. `validate` is the app's scenario check
/// (e.g. `validate::parse_scenario_value` mapped to its message): a link or
/// autosave whose scenario it rejects is not opened, with a notice.
pub fn startup(
    fragment: &str,
    store: &dyn KeyValueStore,
    validate: &dyn Fn(&Value) -> Result<(), Rejection>,
) -> Startup {
    let mut notices = Vec::new();
    let link_problem = match link::decode(fragment) {
        Ok(opened) => match validate(&opened.scenario) {
            Ok(()) => {
                notices.extend(opened.notices.into_iter().map(Notice::LinkView));
                return Startup {
                    scenario: Some(opened.scenario),
                    view: opened.view,
                    source: StartSource::Link,
                    notices,
                };
            }
            Err(Rejection::NotAnObject) => Some(LinkProblem::NotAnObject),
            Err(Rejection::Invalid { message }) => Some(LinkProblem::Invalid { message }),
        },
        Err(LinkError::Empty) => None,
        Err(error) => Some(LinkProblem::Unopenable(error)),
    };
    let (scenario, view, source) = match load_autosave(store) {
        AutosaveLoad::Loaded { scenario, view } => match validate(&scenario) {
            Ok(()) => (Some(scenario), view, StartSource::Autosave),
            Err(rejection) => {
                let kept = store
                    .get(AUTOSAVE_KEY)
                    .ok()
                    .flatten()
                    .and_then(|text| keep_unreadable(store, "autosave", &text));
                notices.push(Notice::Unreadable {
                    what: Stored::Autosave,
                    reason: match rejection {
                        Rejection::NotAnObject => UnreadableReason::NotAnObject,
                        Rejection::Invalid { message } => UnreadableReason::Invalid { message },
                    },
                    kept_under: kept,
                });
                (None, LinkView::default(), StartSource::Default)
            }
        },
        AutosaveLoad::Unreadable { notice } => {
            notices.push(notice);
            (None, LinkView::default(), StartSource::Default)
        }
        AutosaveLoad::Empty => (None, LinkView::default(), StartSource::Default),
    };
    if let Some(problem) = link_problem {
        notices.insert(
            0,
            Notice::Link {
                problem,
                instead: source,
            },
        );
    }
    Startup {
        scenario,
        view,
        source,
        notices,
    }
}

// ---------------------------------------------------------------------------
// Named scenarios.

/// One named scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedScenario {
    pub name: String,
    pub scenario: Value,
}

/// The user's named scenarios, kept sorted by name (case-insensitively).
/// Names are unique ignoring case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Library {
    scenarios: Vec<SavedScenario>,
}

/// Whether [`Library::save_as`] may replace a scenario of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// Fail with [`LibraryError::NameTaken`] if the name is in use.
    CreateNew,
    /// Replace the scenario of that name.
    Overwrite,
}

/// Why a library operation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryError {
    EmptyName,
    NameTooLong { chars: usize },
    NameTaken { name: String },
    NotFound { name: String },
}

impl LibraryError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => match self {
                LibraryError::EmptyName => "Give the scenario a name.".into(),
                LibraryError::NameTooLong { chars } => {
                    format!("The name is {chars} characters long; use at most {MAX_NAME_CHARS}.")
                }
                LibraryError::NameTaken { name } => format!(
                    "A saved scenario is already called \"{name}\". Choose another name, or \
                     overwrite it."
                ),
                LibraryError::NotFound { name } => format!(
                    "There is no saved scenario called \"{name}\" (it may have been deleted in \
                     another tab)."
                ),
            },
            Lang::Ko => match self {
                LibraryError::EmptyName => "시나리오 이름을 입력하세요.".into(),
                LibraryError::NameTooLong { chars } => {
                    format!("이름이 {chars}자입니다. 최대 {MAX_NAME_CHARS}자까지 쓸 수 있습니다.")
                }
                LibraryError::NameTaken { name } => format!(
                    "\"{name}\" 이름의 시나리오가 이미 저장되어 있습니다. 다른 이름을 고르거나 덮어쓰세요."
                ),
                LibraryError::NotFound { name } => format!(
                    "\"{name}\" 이름의 저장된 시나리오가 없습니다(다른 탭에서 삭제되었을 수 있습니다)."
                ),
            },
        }
    }
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for LibraryError {}

/// A name as stored: control characters become spaces, runs of whitespace
/// one space, ends trimmed.
pub fn normalize_name(name: &str) -> Result<String, LibraryError> {
    let cleaned = clean_name(name);
    if cleaned.is_empty() {
        return Err(LibraryError::EmptyName);
    }
    let chars = cleaned.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(LibraryError::NameTooLong { chars });
    }
    Ok(cleaned)
}

/// [`normalize_name`] without the checks.
fn clean_name(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

impl Library {
    /// The names, in display order.
    pub fn names(&self) -> Vec<&str> {
        self.scenarios.iter().map(|s| s.name.as_str()).collect()
    }

    pub fn len(&self) -> usize {
        self.scenarios.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scenarios.is_empty()
    }

    /// The scenario saved under `name` (ignoring case).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.position(name)
            .and_then(|i| self.scenarios.get(i))
            .map(|s| &s.scenario)
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| same_name(&s.name, name))
    }

    fn sort(&mut self) {
        ecs_planner_engine::sort::sort_by_key(&mut self.scenarios, |s| s.name.to_lowercase());
    }

    /// Saves `scenario` under `name` (normalized; returned).
    pub fn save_as(
        &mut self,
        name: &str,
        scenario: Value,
        mode: SaveMode,
    ) -> Result<String, LibraryError> {
        let name = normalize_name(name)?;
        match (self.position(&name), mode) {
            (Some(_), SaveMode::CreateNew) => return Err(LibraryError::NameTaken { name }),
            (Some(i), SaveMode::Overwrite) => {
                self.scenarios.remove(i);
            }
            (None, _) => {}
        }
        self.scenarios.push(SavedScenario {
            name: name.clone(),
            scenario,
        });
        self.sort();
        Ok(name)
    }

    /// Renames `from` to `to` (normalized; returned). Renaming to the same
    /// name in another case is allowed.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<String, LibraryError> {
        let to = normalize_name(to)?;
        let index = self.position(from).ok_or_else(|| LibraryError::NotFound {
            name: from.to_string(),
        })?;
        if let Some(other) = self.position(&to) {
            if other != index {
                return Err(LibraryError::NameTaken { name: to });
            }
        }
        if let Some(entry) = self.scenarios.get_mut(index) {
            entry.name = to.clone();
        }
        self.sort();
        Ok(to)
    }

    /// Deletes `name`, returning what was deleted (for an undo).
    pub fn delete(&mut self, name: &str) -> Result<SavedScenario, LibraryError> {
        let index = self.position(name).ok_or_else(|| LibraryError::NotFound {
            name: name.to_string(),
        })?;
        Ok(self.scenarios.remove(index))
    }

    /// A free name based on `base`: `base` itself, else `base (2)`,
    /// `base (3)`, …
    pub fn suggest_name(&self, base: &str) -> String {
        // Leave room for " (999999)".
        let base: String = clean_name(base).chars().take(MAX_NAME_CHARS - 9).collect();
        let base = match base.trim_end() {
            "" => "Scenario".to_string(),
            trimmed => trimmed.to_string(),
        };
        if self.position(&base).is_none() {
            return base;
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|candidate| self.position(candidate).is_none())
            .unwrap_or(base)
    }

    fn to_json(&self) -> Value {
        let scenarios: Vec<Value> = self
            .scenarios
            .iter()
            .map(|s| json!({"name": s.name, "scenario": s.scenario}))
            .collect();
        json!({"format": STORAGE_FORMAT, "scenarios": scenarios})
    }
}

/// What [`load_library`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryLoad {
    pub library: Library,
    /// Set when stored scenarios could not all be read.
    pub notice: Option<Notice>,
}

/// Reads the named scenarios; never fails. Unreadable entries are left out
/// and the whole stored text is kept under the recovery key first.
pub fn load_library(store: &dyn KeyValueStore) -> LibraryLoad {
    let text = match store.get(LIBRARY_KEY) {
        Ok(Some(text)) => text,
        Ok(None) | Err(_) => {
            return LibraryLoad {
                library: Library::default(),
                notice: None,
            }
        }
    };
    let unreadable = |reason: UnreadableReason, library: Library| {
        let kept = keep_unreadable(store, "scenarios", &text);
        LibraryLoad {
            library,
            notice: Some(Notice::Unreadable {
                what: Stored::Library,
                reason,
                kept_under: kept,
            }),
        }
    };
    let document: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(_) => return unreadable(UnreadableReason::NotJson, Library::default()),
    };
    let format = document.get("format").and_then(Value::as_u64);
    if let Some(newer) = format.filter(|f| *f > STORAGE_FORMAT) {
        return unreadable(
            UnreadableReason::Newer { format: newer },
            Library::default(),
        );
    }
    let entries = match (format, document.get("scenarios")) {
        (Some(STORAGE_FORMAT), Some(Value::Array(entries))) => entries,
        _ => return unreadable(UnreadableReason::UnknownFormat, Library::default()),
    };
    let mut library = Library::default();
    let mut skipped = 0usize;
    for entry in entries {
        let name = entry.get("name").and_then(Value::as_str);
        let scenario = entry.get("scenario").filter(|s| s.is_object());
        let saved = match (name, scenario) {
            (Some(name), Some(scenario)) => {
                // A clashing name (e.g. two tabs) gets a fresh one, never lost.
                let free = library.suggest_name(name);
                library.save_as(&free, scenario.clone(), SaveMode::CreateNew)
            }
            _ => Err(LibraryError::EmptyName),
        };
        if saved.is_err() {
            skipped += 1;
        }
    }
    if skipped > 0 {
        return unreadable(UnreadableReason::SomeUnreadable { count: skipped }, library);
    }
    LibraryLoad {
        library,
        notice: None,
    }
}

/// Writes the named scenarios. Call after every change to the library.
pub fn store_library(store: &dyn KeyValueStore, library: &Library) -> Result<(), StoreError> {
    store.set(LIBRARY_KEY, &library.to_json().to_string())
}

/// The view as the JSON object the autosave stores (for exports).
pub fn view_json(view: &LinkView) -> Map<String, Value> {
    match view_to_json(view) {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

// ---------------------------------------------------------------------------
// Imported prices.

/// The pricing files imported earlier (none when nothing, or nothing
/// readable, is stored: the bundled prices then apply).
pub fn stored_prices(store: &dyn KeyValueStore) -> Vec<RegionPrices> {
    store
        .get(PRICES_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|v| v.get("regions").cloned())
        .and_then(|regions| serde_json::from_value::<Vec<RegionPrices>>(regions).ok())
        .unwrap_or_default()
}

/// Keeps an imported pricing file, replacing one kept for the same region.
pub fn keep_prices(store: &dyn KeyValueStore, prices: &RegionPrices) -> Result<(), StoreError> {
    let mut all = stored_prices(store);
    all.retain(|p| p.region != prices.region);
    all.push(prices.clone());
    let document = json!({"format": STORAGE_FORMAT, "regions": all});
    store.set(PRICES_KEY, &document.to_string())
}

// ---------------------------------------------------------------------------
// The language.

/// The page's language: the user's stored choice, else the browser's first
/// preferred language (`navigator.languages`): Korean for `ko*`, English
/// otherwise. An unreadable stored value is ignored.
pub fn load_lang(store: &dyn KeyValueStore, browser_languages: &[String]) -> Lang {
    let stored = store.get(LANG_KEY).ok().flatten();
    stored
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(|| {
            browser_languages
                .first()
                .map(|tag| Lang::from_locale(tag))
                .unwrap_or_default()
        })
}

/// Remembers the language chosen with the switch.
pub fn store_lang(store: &dyn KeyValueStore, lang: Lang) -> Result<(), StoreError> {
    store.set(LANG_KEY, lang.code())
}

// ---------------------------------------------------------------------------
// The browser.

/// `window` glue: localStorage, the address bar, the service worker.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use super::{KeyValueStore, StoreError};
    use wasm_bindgen::prelude::*;

    /// `window.localStorage`.
    #[derive(Debug)]
    pub struct LocalStorage(web_sys::Storage);

    impl LocalStorage {
        /// localStorage, or [`StoreError::Unavailable`] when the browser
        /// refuses it (then fall back to a `MemoryStore` and show the error).
        pub fn open() -> Result<Self, StoreError> {
            web_sys::window()
                .and_then(|window| window.local_storage().ok().flatten())
                .map(LocalStorage)
                .ok_or(StoreError::Unavailable)
        }
    }

    impl KeyValueStore for LocalStorage {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.get_item(key).map_err(|_| StoreError::Unavailable)
        }

        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0
                .set_item(key, value)
                .map_err(|_| StoreError::WriteFailed)
        }

        fn remove(&self, key: &str) -> Result<(), StoreError> {
            self.0.remove_item(key).map_err(|_| StoreError::WriteFailed)
        }
    }

    /// `location.hash` (with its `#`, or empty).
    pub fn location_hash() -> String {
        web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }

    /// Shows `fragment` (from `link::encode`, without `#`) in the address bar
    /// with `history.replaceState`: no new history entry, no reload, no
    /// `hashchange` event. (`web_sys::History` is enabled through gloo's
    /// `utils` feature.)
    pub fn replace_location_hash(fragment: &str) -> Result<(), String> {
        let window = web_sys::window().ok_or("no window")?;
        let history = window
            .history()
            .map_err(|_| "the browser refused access to history".to_string())?;
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")))
            .map_err(|_| "the browser refused to update the address".to_string())
    }

    #[wasm_bindgen(inline_js = r#"
export function ecs_planner_register_service_worker() {
  if (!('serviceWorker' in navigator)) return;
  // The build id: the hashed wasm file Trunk wrote into index.html, so every
  // build registers a new worker URL and gets fresh caches.
  const wasm = document.querySelector('link[href$="_bg.wasm"]');
  const build = wasm ? wasm.getAttribute('href') : 'dev';
  navigator.serviceWorker
    .register('./sw.js?v=' + encodeURIComponent(build), { scope: './' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // Everything this page loaded (incl. wasm-bindgen snippets), for the
      // worker to cache on the very first visit.
      const urls = performance.getEntriesByType('resource')
        .map((entry) => entry.name)
        .concat([location.href.split('#')[0]]);
      if (registration.active) registration.active.postMessage({ type: 'precache', urls });
    })
    .catch((error) => console.warn('ECS Planner: offline use unavailable:', error));
}
"#)]
    extern "C" {
        fn ecs_planner_register_service_worker();
    }

    /// Registers `sw.js` (served next to `index.html`) for offline use.
    /// Call once at startup; failures only log a warning.
    pub fn register_service_worker() {
        ecs_planner_register_service_worker();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_language_wins_over_the_browsers_and_ko_browsers_get_korean() {
        let check = |stored: Option<&str>, browser: &[&str], expected: Lang| {
            let store = MemoryStore::default();
            if let Some(code) = stored {
                store.set(LANG_KEY, code).unwrap();
            }
            let browser: Vec<String> = browser.iter().map(|t| t.to_string()).collect();
            assert_eq!(
                load_lang(&store, &browser),
                expected,
                "{stored:?} {browser:?}"
            );
        };
        check(None, &["ko-KR", "en-US"], Lang::Ko);
        check(None, &["en-US", "ko-KR"], Lang::En);
        check(None, &[], Lang::En);
        check(Some("en"), &["ko-KR"], Lang::En);
        check(Some("ko"), &["en-US"], Lang::Ko);
        // Garbage in storage: the browser decides.
        check(Some("klingon"), &["ko"], Lang::Ko);
        let store = MemoryStore::default();
        store_lang(&store, Lang::Ko).unwrap();
        assert_eq!(load_lang(&store, &["en".to_string()]), Lang::Ko);
    }

    fn always_valid(_: &Value) -> Result<(), Rejection> {
        Ok(())
    }

    /// The start's notices, in English.
    fn notices_en(start: &Startup) -> Vec<String> {
        start.notices.iter().map(|n| n.text(Lang::En)).collect()
    }

    fn scenario(name: &str) -> Value {
        json!({"version": 1, "region": "us-east-1",
               "services": [{"name": name, "cpu": 256, "memory": 512, "count": 1}]})
    }

    fn view(option: Option<&str>, hour: Option<u32>) -> LinkView {
        LinkView {
            option: option.map(|text| OptionKey::parse(text).expect("an option key")),
            hour,
        }
    }

    #[test]
    fn autosave_round_trips_with_its_view() {
        let store = MemoryStore::default();
        assert_eq!(load_autosave(&store), AutosaveLoad::Empty);
        save_autosave(
            &store,
            &scenario("<img src=x onerror=alert(1)>"),
            &view(Some("ec2/single"), Some(4)),
        )
        .expect("saves");
        assert_eq!(
            load_autosave(&store),
            AutosaveLoad::Loaded {
                scenario: scenario("<img src=x onerror=alert(1)>"),
                view: view(Some("ec2/single"), Some(4)),
            }
        );
    }

    #[test]
    fn autosave_migrates_a_bare_scenario_file() {
        let store = MemoryStore::default();
        store
            .set(AUTOSAVE_KEY, &scenario("api").to_string())
            .expect("set");
        assert_eq!(
            load_autosave(&store),
            AutosaveLoad::Loaded {
                scenario: scenario("api"),
                view: LinkView::default()
            }
        );
    }

    #[test]
    fn corrupt_or_newer_autosave_is_kept_and_reported() {
        fn check(stored: &str, reason: &str) {
            let store = MemoryStore::default();
            store.set(AUTOSAVE_KEY, stored).expect("set");
            let expected = format!(
                "Your last autosaved scenario could not be read ({reason}). The stored text was \
                 kept in browser storage under \"ecs-planner/recovered/autosave\"."
            );
            let AutosaveLoad::Unreadable { notice } = load_autosave(&store) else {
                panic!("should be unreadable: {stored}");
            };
            assert_eq!(notice.text(Lang::En), expected, "{stored}");
            // Kept verbatim, and cleared so the notice shows once.
            assert_eq!(
                store.get("ecs-planner/recovered/autosave"),
                Ok(Some(stored.to_string()))
            );
            assert_eq!(store.get(AUTOSAVE_KEY), Ok(None));
        }
        check("{\"format\": 1, \"scen", "it is not valid JSON");
        check("[1, 2]", "it is not a JSON object");
        check("{\"format\": 1, \"scenario\": 7}", "it holds no scenario");
        check(
            "{\"format\": 2, \"scenario\": {}}",
            "it was saved by a newer version of the planner (storage format 2); reload the \
             page to get the newest version",
        );
        check(
            "{\"hello\": true}",
            "its format is not one this version knows",
        );
    }

    #[test]
    fn startup_prefers_the_link_then_the_autosave_then_the_default() {
        let store = MemoryStore::default();
        let from_link = scenario("from-link");
        let fragment = link::encode(&from_link, &view(Some("ec2/by-group"), Some(9)));

        // No link, nothing saved: the default, silently.
        let start = startup("", &store, &always_valid);
        assert_eq!(
            (start.source, start.scenario, start.notices.len()),
            (StartSource::Default, None, 0)
        );

        save_autosave(&store, &scenario("autosaved"), &view(None, Some(2))).expect("saves");
        // A good link wins over the autosave.
        let start = startup(&format!("#{fragment}"), &store, &always_valid);
        assert_eq!(start.source, StartSource::Link);
        assert_eq!(start.scenario, Some(from_link));
        assert_eq!(start.view, view(Some("ec2/by-group"), Some(9)));
        assert!(start.notices.is_empty());

        // No link: the autosave, with its view.
        let start = startup("#", &store, &always_valid);
        assert_eq!(start.source, StartSource::Autosave);
        assert_eq!(start.scenario, Some(scenario("autosaved")));
        assert_eq!(start.view, view(None, Some(2)));
    }

    #[test]
    fn a_golden_link_with_an_unknown_option_opens_with_no_selection_and_a_notice() {
        // The third golden v1 link selects "custom" (written before options
        // were typed): it opens, its scenario shown, nothing selected.
        let golden = include_str!("../../tests/golden/links-v1.txt");
        let fragment = golden
            .lines()
            .filter_map(|line| line.strip_prefix("link: "))
            .nth(2)
            .expect("a third golden link");
        let store = MemoryStore::default();
        save_autosave(&store, &scenario("autosaved"), &view(None, Some(2))).expect("saves");
        let start = startup(&format!("#{fragment}"), &store, &always_valid);
        assert_eq!(start.source, StartSource::Link);
        assert_eq!(
            start.scenario.as_ref().map(|s| s["x-note"].clone()),
            Some(json!("kept as-is"))
        );
        assert_eq!(start.view, LinkView::default());
        assert_eq!(
            start.notices,
            vec![Notice::LinkView(LinkNotice::UnknownOption {
                option: "custom".into()
            })]
        );
        assert!(start.notices[0].text(Lang::En).contains("\"custom\""));
        assert!(start.notices[0]
            .text(Lang::Ko)
            .contains("\"custom\" 옵션은"));
    }

    #[test]
    fn an_autosaved_view_with_an_unknown_option_selects_nothing() {
        let store = MemoryStore::default();
        store
            .set(
                AUTOSAVE_KEY,
                &json!({"format": 1, "scenario": scenario("a"),
                        "view": {"option": "custom", "hour": 3}})
                .to_string(),
            )
            .expect("stores");
        let start = startup("", &store, &always_valid);
        assert_eq!(start.source, StartSource::Autosave);
        assert_eq!(start.view, view(None, Some(3)));
    }

    #[test]
    fn a_broken_link_opens_the_autosave_with_a_notice() {
        let store = MemoryStore::default();
        save_autosave(&store, &scenario("autosaved"), &LinkView::default()).expect("saves");
        let start = startup("#v1=eNpj4GBmYrNg", &store, &always_valid);
        assert_eq!(start.source, StartSource::Autosave);
        assert_eq!(
            notices_en(&start),
            [format!(
                "The link could not be opened. {} Your last autosaved scenario is shown instead.",
                LinkError::Truncated
            )]
        );

        // Without an autosave: the example scenario.
        let empty = MemoryStore::default();
        let start = startup("#v9=abc", &empty, &always_valid);
        assert_eq!(start.source, StartSource::Default);
        assert_eq!(
            notices_en(&start),
            [format!(
                "The link could not be opened. {} The example scenario is shown instead.",
                LinkError::UnsupportedVersion { found: 9 }
            )]
        );
    }

    #[test]
    fn an_invalid_scenario_in_a_link_or_autosave_is_not_opened() {
        let reject_all = |_: &Value| {
            Err(Rejection::Invalid {
                message: "services[0].cpu: 0 is not a CPU size".to_string(),
            })
        };
        let store = MemoryStore::default();
        save_autosave(&store, &scenario("bad"), &LinkView::default()).expect("saves");
        let fragment = link::encode(&scenario("also-bad"), &LinkView::default());
        let start = startup(&fragment, &store, &reject_all);
        assert_eq!(start.source, StartSource::Default);
        assert_eq!(
            notices_en(&start),
            [
                "The link opened, but its scenario is not valid: services[0].cpu: 0 is not a CPU \
                 size The example scenario is shown instead."
                    .to_string(),
                "Your last autosaved scenario could not be read (it is not valid: services[0].cpu: \
                 0 is not a CPU size). The stored text was kept in browser storage \
                 under \"ecs-planner/recovered/autosave\"."
                    .to_string(),
            ]
        );
    }

    #[test]
    fn names_are_normalized_and_checked() {
        let cases: [(&str, Result<&str, LibraryError>); 5] = [
            ("  Prod  plan ", Ok("Prod plan")),
            ("a\tb\nc", Ok("a b c")),
            (
                "<img src=x onerror=alert(1)>",
                Ok("<img src=x onerror=alert(1)>"),
            ),
            ("   ", Err(LibraryError::EmptyName)),
            (
                &"x".repeat(81),
                Err(LibraryError::NameTooLong { chars: 81 }),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                normalize_name(input),
                expected.map(str::to_string),
                "{input:?}"
            );
        }
    }

    #[test]
    fn library_save_as_open_rename_delete() {
        let mut library = Library::default();
        assert_eq!(
            library.save_as(" staging ", scenario("a"), SaveMode::CreateNew),
            Ok("staging".into())
        );
        library
            .save_as("Prod", scenario("b"), SaveMode::CreateNew)
            .expect("saves");
        library
            .save_as("alpha", scenario("c"), SaveMode::CreateNew)
            .expect("saves");
        // Sorted ignoring case.
        assert_eq!(library.names(), ["alpha", "Prod", "staging"]);
        // Names are unique ignoring case.
        assert_eq!(
            library.save_as("PROD", scenario("d"), SaveMode::CreateNew),
            Err(LibraryError::NameTaken {
                name: "PROD".into()
            })
        );
        library
            .save_as("PROD", scenario("d"), SaveMode::Overwrite)
            .expect("overwrites");
        assert_eq!(library.names(), ["alpha", "PROD", "staging"]);
        assert_eq!(library.get("prod"), Some(&scenario("d")));

        assert_eq!(
            library.rename("alpha", "staging"),
            Err(LibraryError::NameTaken {
                name: "staging".into()
            })
        );
        assert_eq!(library.rename("alpha", "Alpha"), Ok("Alpha".into()));
        assert_eq!(
            library.rename("zeta", "x"),
            Err(LibraryError::NotFound {
                name: "zeta".into()
            })
        );
        assert_eq!(library.rename("Alpha", "zulu"), Ok("zulu".into()));
        assert_eq!(library.names(), ["PROD", "staging", "zulu"]);

        let deleted = library.delete("STAGING").expect("deletes");
        assert_eq!(deleted.scenario, scenario("a"));
        assert_eq!(library.names(), ["PROD", "zulu"]);
        assert_eq!(
            library.delete("staging"),
            Err(LibraryError::NotFound {
                name: "staging".into()
            })
        );
    }

    #[test]
    fn suggests_free_names() {
        let mut library = Library::default();
        assert_eq!(library.suggest_name("plan"), "plan");
        library
            .save_as("plan", scenario("a"), SaveMode::CreateNew)
            .expect("saves");
        assert_eq!(library.suggest_name("Plan"), "Plan (2)");
        library
            .save_as("plan (2)", scenario("a"), SaveMode::CreateNew)
            .expect("saves");
        assert_eq!(library.suggest_name("plan"), "plan (3)");
        assert_eq!(library.suggest_name("  "), "Scenario");
        // 71 characters kept, so "(n)" still fits in 80.
        assert_eq!(library.suggest_name(&"y".repeat(100)).chars().count(), 71);
    }

    #[test]
    fn library_round_trips_through_storage() {
        let store = MemoryStore::default();
        let mut library = Library::default();
        library
            .save_as("支付 plan", scenario("支付服务"), SaveMode::CreateNew)
            .expect("saves");
        library
            .save_as(
                "<b>bold</b>",
                scenario("<img src=x onerror=alert(1)>"),
                SaveMode::CreateNew,
            )
            .expect("saves");
        store_library(&store, &library).expect("stores");
        assert_eq!(
            load_library(&store),
            LibraryLoad {
                library,
                notice: None
            }
        );
    }

    #[test]
    fn corrupt_library_entries_are_left_out_and_the_text_kept() {
        let store = MemoryStore::default();
        let stored = json!({"format": 1, "scenarios": [
            {"name": "good", "scenario": scenario("a")},
            {"name": "no scenario"},
            {"scenario": scenario("no name")},
            {"name": "Good", "scenario": scenario("b")},
            "junk"
        ]})
        .to_string();
        store.set(LIBRARY_KEY, &stored).expect("set");
        let loaded = load_library(&store);
        // The clashing "Good" is renamed, not lost.
        assert_eq!(loaded.library.names(), ["good", "Good (2)"]);
        assert_eq!(
            loaded.notice.map(|n| n.text(Lang::En)).as_deref(),
            Some(
                "Your saved scenarios could not be read (3 of them could not be read and are \
                 not listed). The stored text was kept in browser storage under \
                 \"ecs-planner/recovered/scenarios\"."
            )
        );
        assert_eq!(
            store.get("ecs-planner/recovered/scenarios"),
            Ok(Some(stored))
        );
    }

    #[test]
    fn unreadable_or_newer_libraries_start_empty_with_a_notice() {
        for (stored, reason) in [
            ("not json", "the list is not valid JSON"),
            (
                "{\"scenarios\": []}",
                "the list's format is not one this version knows",
            ),
            (
                "{\"format\": 3, \"scenarios\": []}",
                "they were saved by a newer version of the planner (storage format 3); reload \
                 the page to get the newest version",
            ),
        ] {
            let store = MemoryStore::default();
            store.set(LIBRARY_KEY, stored).expect("set");
            let loaded = load_library(&store);
            assert!(loaded.library.is_empty());
            assert_eq!(
                loaded.notice.map(|n| n.text(Lang::En)),
                Some(format!(
                    "Your saved scenarios could not be read ({reason}). The stored text was \
                     kept in browser storage under \"ecs-planner/recovered/scenarios\"."
                ))
            );
        }
    }

    #[test]
    fn every_notice_reads_in_both_languages_with_its_figures_and_key() {
        let reasons = [
            UnreadableReason::NotJson,
            UnreadableReason::NotAnObject,
            UnreadableReason::NoScenario,
            UnreadableReason::Newer { format: 7 },
            UnreadableReason::UnknownFormat,
            UnreadableReason::Invalid {
                message: "services[0].cpu".into(),
            },
            UnreadableReason::SomeUnreadable { count: 3 },
        ];
        let mut notices = Vec::new();
        for what in [Stored::Autosave, Stored::Library] {
            for reason in &reasons {
                for kept_under in [None, Some("ecs-planner/recovered/autosave".to_string())] {
                    notices.push(Notice::Unreadable {
                        what,
                        reason: reason.clone(),
                        kept_under,
                    });
                }
            }
        }
        notices.push(Notice::Storage(StoreError::Unavailable));
        notices.push(Notice::Storage(StoreError::WriteFailed));
        notices.push(Notice::LinkTooLarge { max_chars: 65_536 });
        for instead in [StartSource::Autosave, StartSource::Default] {
            notices.push(Notice::Link {
                problem: LinkProblem::NotAnObject,
                instead,
            });
            notices.push(Notice::Link {
                problem: LinkProblem::Invalid {
                    message: "services[0].cpu".into(),
                },
                instead,
            });
            notices.push(Notice::Link {
                problem: LinkProblem::Unopenable(LinkError::UnsupportedVersion { found: 9 }),
                instead,
            });
        }
        let digits = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_ascii_digit())
                .filter(|d| !d.is_empty())
                .map(str::to_string)
                .collect()
        };
        for notice in &notices {
            let en = notice.text(Lang::En);
            let ko = notice.text(Lang::Ko);
            assert!(
                ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                "{ko}"
            );
            assert_eq!(digits(&en), digits(&ko), "{en} / {ko}");
            for verbatim in ["ecs-planner/recovered/autosave", "services[0].cpu"] {
                assert_eq!(en.contains(verbatim), ko.contains(verbatim), "{en} / {ko}");
            }
        }
        assert_eq!(
            Notice::Link {
                problem: LinkProblem::Unopenable(LinkError::Truncated),
                instead: StartSource::Autosave,
            }
            .text(Lang::Ko),
            "링크를 열 수 없습니다. 링크가 잘렸습니다(끝부분이 없음). 원본에서 링크 전체를 다시 복사하세요(메신저 앱이 긴 링크를 줄이기도 합니다). 대신 마지막으로 자동 저장된 시나리오를 표시합니다."
        );
        for error in [StoreError::Unavailable, StoreError::WriteFailed] {
            assert!(error.text(Lang::Ko).contains("\"링크 복사\""));
            assert_eq!(error.text(Lang::En), error.to_string());
        }
        // 90 characters against the limit of 80.
        assert_eq!(
            LibraryError::NameTooLong { chars: 90 }.text(Lang::Ko),
            "이름이 90자입니다. 최대 80자까지 쓸 수 있습니다."
        );
    }

    #[test]
    fn imported_prices_are_kept_one_file_per_region() {
        let prices = |region: &str, vcpu: f64| -> RegionPrices {
            serde_json::from_value(json!({
                "region": region,
                "fargate": {
                    "linux_x86": {"usd_per_vcpu_hour": vcpu, "usd_per_gb_hour": 0.004},
                    "snapshot": {"date": "2026-01", "source": "test"}
                }
            }))
            .expect("a pricing file")
        };
        let store = MemoryStore::default();
        assert_eq!(stored_prices(&store), vec![]);
        keep_prices(&store, &prices("eu-west-1", 0.04)).expect("kept");
        keep_prices(&store, &prices("ap-northeast-2", 0.05)).expect("kept");
        // A second file for eu-west-1 replaces the first.
        keep_prices(&store, &prices("eu-west-1", 0.03)).expect("kept");
        assert_eq!(
            stored_prices(&store),
            vec![prices("ap-northeast-2", 0.05), prices("eu-west-1", 0.03)]
        );
        // Unreadable text under the key: nothing stored, nothing lost at start.
        store.set(PRICES_KEY, "{not json").expect("set");
        assert_eq!(stored_prices(&store), vec![]);
    }

    /// A notice is data: the same value reads in whichever language the page
    /// is in when it is shown (a banner follows a language switch).
    #[test]
    fn a_notice_is_rendered_in_the_language_it_is_shown_in() {
        let not_object = |value: &Value| {
            if value.is_object() {
                Ok(())
            } else {
                Err(Rejection::NotAnObject)
            }
        };
        let fragment = link::encode(&json!([1, 2]), &LinkView::default());
        let start = startup(&fragment, &MemoryStore::default(), &not_object);
        assert_eq!(start.source, StartSource::Default);
        let [notice] = start.notices.as_slice() else {
            panic!("one notice: {:?}", start.notices);
        };
        // The link codec itself refuses a scenario that is not an object.
        assert_eq!(
            notice.text(Lang::En),
            "The link could not be opened. The link is not a valid v1 scenario link (the \
             scenario is not a JSON object). Copy the whole link again from the original; if it \
             still fails, report it with the link. The example scenario is shown instead."
        );
        let korean = notice.text(Lang::Ko);
        assert!(korean.starts_with("링크를 열 수 없습니다. "), "{korean}");
        assert!(
            korean.ends_with(" 대신 예제 시나리오를 표시합니다."),
            "{korean}"
        );
        // The app's own check, for a decoded scenario that is not an object.
        let refused = Notice::Link {
            problem: LinkProblem::NotAnObject,
            instead: StartSource::Autosave,
        };
        assert_eq!(
            refused.text(Lang::En),
            "The link opened, but its scenario is not a JSON object. Your last autosaved \
             scenario is shown instead."
        );
        assert_eq!(
            refused.text(Lang::Ko),
            "링크는 열렸지만 시나리오가 JSON 객체가 아닙니다. 대신 마지막으로 자동 저장된 시나리오를 표시합니다."
        );
        // 64 × 1024 = 65536 characters, the same figure in both languages.
        let too_large = Notice::LinkTooLarge {
            max_chars: link::MAX_FRAGMENT_CHARS,
        };
        assert!(too_large
            .text(Lang::En)
            .contains("at most 65536 characters"));
        assert!(too_large.text(Lang::Ko).contains("최대 65536자"));
    }
}
