//! `ecs-planner link encode|decode`: share links on the command line.
//!
//! The same codec as the app's "Copy link" button
//! ([`ecs_planner_engine::link`]), so a link made here opens in the app and a
//! link copied from the app can be turned back into a scenario file for
//! review or version control.
//!
//! ```text
//! ecs-planner link encode SCENARIO.json [--option ec2/per-service] [--hour 13]
//! ecs-planner link decode FRAGMENT|URL|-
//! ```

use clap::Subcommand;
use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::link::{self, LinkView};
use ecs_planner_engine::text::Render;
use std::io::Read as _;

/// Shown below `link`'s commands.
pub const AFTER_HELP: &str = "\
usage: ecs-planner link encode SCENARIO.json [--option LAUNCH_TYPE/LAYOUT] [--hour HOUR]
       ecs-planner link decode FRAGMENT|URL|-

encode  prints the share-link fragment (v1=...) for a scenario file; append it
        to the app's address after '#'. --option (e.g. ec2/per-service) and
        --hour (0-based) select what the link opens on.
decode  prints the scenario file a link carries (pretty JSON). Takes the
        fragment, with or without '#', or the whole URL; '-' reads stdin.
        The view the link selects, if any, is printed to stderr; an option
        this version does not know (e.g. \"custom\" from older links) is
        dropped with a note there, and the scenario is printed as usual.";

/// `ecs-planner link …`.
#[derive(Debug, Subcommand)]
pub enum LinkCommand {
    /// Print the share-link fragment (v1=...) for a scenario file
    Encode {
        /// The scenario file; `-` reads stdin
        #[arg(value_name = "SCENARIO.json")]
        path: Option<String>,
        /// The matrix cell the link opens on, e.g. ec2/per-service
        #[arg(long, value_name = "LAUNCH_TYPE/LAYOUT")]
        option: Option<String>,
        /// The hour the link opens on (0-based), e.g. 13
        #[arg(long, value_name = "HOUR", allow_hyphen_values = true)]
        hour: Option<String>,
    },
    /// Print the scenario file a link carries (pretty JSON)
    Decode {
        /// The fragment (with or without '#'), the whole URL, or `-` for stdin
        #[arg(value_name = "FRAGMENT|URL|-")]
        input: Option<String>,
    },
    /// Anything else: refused with the list of commands.
    #[command(external_subcommand)]
    Unknown(Vec<String>),
}

/// Runs `ecs-planner link …`. `Err` holds the message for stderr; the
/// caller exits with status 2.
pub fn run(command: LinkCommand, lang: Lang) -> Result<(), String> {
    match command {
        LinkCommand::Encode { path, option, hour } => encode(path, option, hour),
        LinkCommand::Decode { input } => decode(input, lang),
        LinkCommand::Unknown(words) => Err(format!(
            "unknown link command `{}`: use `encode` or `decode` (see `ecs-planner link --help`)",
            words.first().map(String::as_str).unwrap_or("")
        )),
    }
}

fn encode(
    path: Option<String>,
    option: Option<String>,
    hour: Option<String>,
) -> Result<(), String> {
    let mut view = LinkView::default();
    if let Some(option) = option {
        view.option = Some(OptionKey::parse(&option).ok_or_else(|| {
            format!(
                "--option {option}: expected LAUNCH_TYPE/LAYOUT, a launch type (fargate, ec2) \
                 and a layout (single, per-service, by-group, custom), e.g. ec2/per-service"
            )
        })?);
    }
    if let Some(hour) = hour {
        view.hour = Some(hour.parse().map_err(|_| {
            format!("--hour {hour}: expected a whole number of hours from 0, e.g. 13")
        })?);
    }
    let path = path.ok_or(
        "missing SCENARIO.json, e.g. `ecs-planner link encode examples/shop.json` (see `ecs-planner link encode --help`)",
    )?;
    let text = read_input(&path)?;
    let scenario: serde_json::Value =
        serde_json::from_str(&text).map_err(|error| format!("{path}: not valid JSON: {error}"))?;
    if !scenario.is_object() {
        return Err(format!(
            "{path}: a scenario file is a JSON object ({{\"version\": 1, \"services\": [...]}}), \
             not {}",
            kind_of(&scenario)
        ));
    }
    crate::out::println(&link::encode(&scenario, &view));
    Ok(())
}

fn decode(input: Option<String>, lang: Lang) -> Result<(), String> {
    let input = input.ok_or(
        "link decode takes one FRAGMENT, URL or `-` (see `ecs-planner link decode --help`)",
    )?;
    let text = if input == "-" {
        read_input("-")?
    } else {
        input
    };
    // A whole URL: the fragment is everything after the first `#`.
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None => text.as_str(),
    };
    let opened = link::decode(fragment).map_err(|error| error.render(lang))?;
    let pretty = serde_json::to_string_pretty(&opened.scenario)
        .map_err(|error| format!("could not print the scenario: {error}"))?;
    crate::out::println(&pretty);
    if let Some(option) = opened.view.option {
        eprintln!("view: option {option}");
    }
    if let Some(hour) = opened.view.hour {
        eprintln!("view: hour {hour}");
    }
    for notice in &opened.notices {
        eprintln!("{}", notice.render(lang));
    }
    Ok(())
}

fn read_input(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|error| format!("reading stdin: {error}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(|error| format!("{path}: {error}"))
    }
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
