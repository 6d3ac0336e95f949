//! `ecs-planner`: the engine on the command line, for scripts and CI.
//!
//! `main` only dispatches; each subcommand lives in its own file and returns
//! `Err(message)` for bad input, which exits with status 2 and the message
//! on stderr. Success exits 0.

mod files;
mod import;
mod lang;
mod link;
mod pricing;
mod simulate;

/// Top-level usage text.
const USAGE: &str = "\
ecs-planner: compare the cost of ECS services on Fargate and EC2.

usage: ecs-planner simulate SCENARIO.json [--format table|json|csv] [--pricing FILE]... [--lang en|ko]
       ecs-planner import-task-def FILE... [--region REGION]
       ecs-planner pricing list
       ecs-planner pricing import OFFER_FILE... [--region REGION] [-o OUT]
       ecs-planner link encode|decode ...
       ecs-planner --help | --version

Run `ecs-planner COMMAND --help` for a command's options.
--lang en|ko (anywhere on the line) picks the language of simulate's report
and of validation errors; without it, LC_ALL, LC_MESSAGES, then LANG decide
(ko_KR.UTF-8 → Korean, anything else → English).
Exit status: 0 on success, 2 on bad input (the reasons go to stderr).";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (lang, args) = match lang::take_lang_flag(args) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("ecs-planner: {message}");
            std::process::exit(2);
        }
    };
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let result = match command.as_str() {
        "simulate" => simulate::run(rest, lang),
        "import-task-def" => import::run(rest),
        "pricing" => pricing::run(rest),
        "link" => link::run(rest),
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        "--version" | "-V" => {
            println!("ecs-planner {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    if let Err(message) = result {
        eprintln!("ecs-planner {command}: {message}");
        std::process::exit(2);
    }
}
