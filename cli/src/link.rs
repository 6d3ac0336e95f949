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

use ecs_planner_engine::link::{self, LinkView};
use std::io::Read as _;

/// Usage text for `ecs-planner link`.
pub const USAGE: &str = "\
usage: ecs-planner link encode SCENARIO.json [--option LAUNCH_TYPE/LAYOUT] [--hour HOUR]
       ecs-planner link decode FRAGMENT|URL|-

encode  prints the share-link fragment (v1=...) for a scenario file; append it
        to the app's address after '#'. --option (e.g. ec2/per-service) and
        --hour (0-based) select what the link opens on.
decode  prints the scenario file a link carries (pretty JSON). Takes the
        fragment, with or without '#', or the whole URL; '-' reads stdin.
        The view the link selects, if any, is printed to stderr.";

/// Runs `ecs-planner link …` with the arguments after `link`. `Err` holds
/// the message for stderr; the caller exits with status 2.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.split_first() {
        Some((command, rest)) if command == "encode" => encode(rest),
        Some((command, rest)) if command == "decode" => decode(rest),
        Some((command, _)) if command == "--help" || command == "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        Some((command, _)) => Err(format!(
            "unknown link command `{command}`: use `encode` or `decode`\n\n{USAGE}"
        )),
        None => Err(format!("missing link command\n\n{USAGE}")),
    }
}

fn encode(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut view = LinkView::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--option" => {
                let option = args
                    .next()
                    .ok_or("--option needs a value, e.g. --option ec2/per-service")?;
                view.option = Some(option.clone());
            }
            "--hour" => {
                let hour = args.next().ok_or("--hour needs a value, e.g. --hour 13")?;
                view.hour = Some(hour.parse().map_err(|_| {
                    format!("--hour {hour}: expected a whole number of hours from 0, e.g. 13")
                })?);
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"))
            }
            file if path.is_none() => path = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`\n\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| format!("missing SCENARIO.json\n\n{USAGE}"))?;
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
    println!("{}", link::encode(&scenario, &view));
    Ok(())
}

fn decode(args: &[String]) -> Result<(), String> {
    let [input] = args else {
        return Err(format!(
            "link decode takes one FRAGMENT, URL or `-`\n\n{USAGE}"
        ));
    };
    let text = if input == "-" {
        read_input("-")?
    } else {
        input.clone()
    };
    // A whole URL: the fragment is everything after the first `#`.
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None => text.as_str(),
    };
    let (scenario, view) = link::decode(fragment).map_err(|error| error.to_string())?;
    let pretty = serde_json::to_string_pretty(&scenario)
        .map_err(|error| format!("could not print the scenario: {error}"))?;
    println!("{pretty}");
    if let Some(option) = &view.option {
        eprintln!("view: option {option}");
    }
    if let Some(hour) = view.hour {
        eprintln!("view: hour {hour}");
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
