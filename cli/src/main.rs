//! `ecs-planner`: the engine on the command line, for scripts and CI.
//!
//! The command line is declared with clap's derive API (`--help` on every
//! command and subcommand, `--version`; an unknown flag or a missing value
//! exits 2 with a hint). `main` only dispatches; each subcommand lives in
//! its own file and returns `Err(message)` for bad input, which exits with
//! status 2 and the message on stderr. Success exits 0. clap's own help is
//! English; everything the engine reports follows `--lang`, and so do the
//! CLI's own file errors (`files.rs`: a missing, unreadable or malformed
//! input, typed and rendered in English or Korean).

mod files;
mod import;
mod lang;
mod link;
mod out;
mod pricing;
mod simulate;

use clap::{Parser, Subcommand};
use ecs_planner_engine::lang::Lang;

/// Shown below the top-level options.
const AFTER_HELP: &str = "\
Typical usage:
  ecs-planner simulate SCENARIO.json [--format table|json|csv] [--pricing FILE]... [--lang en|ko]
  ecs-planner import FILE... [--region REGION]      (task definitions or docker-compose; alias: import-task-def)
  ecs-planner pricing list
  ecs-planner pricing import OFFER_FILE... [--region REGION] [-o OUT]
  ecs-planner link encode|decode ...

Run `ecs-planner COMMAND --help` for a command's options.
--lang en|ko (anywhere on the line) picks the language of what the engine
reports: simulate's report, validation errors, import reports and pricing
notes; without it, LC_ALL, LC_MESSAGES, then LANG decide (ko_KR.UTF-8 →
Korean, anything else → English).
Exit status: 0 on success (also when the reader of the output stops early,
as `| head` does), 2 on bad input (the reasons go to stderr), 1 when the
output cannot be written.";

/// ecs-planner: compare the cost of ECS services on Fargate and EC2.
#[derive(Debug, Parser)]
#[command(
    name = "ecs-planner",
    version,
    after_help = AFTER_HELP,
    arg_required_else_help = true,
    subcommand_value_name = "COMMAND"
)]
struct Cli {
    /// Language of what the engine reports: en or ko [default: from LC_ALL, LC_MESSAGES, then LANG]
    #[arg(long, global = true, value_name = "en|ko", value_parser = lang::parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Cost every layout of a scenario on Fargate and EC2
    Simulate(simulate::SimulateArgs),
    /// Turn ECS task definitions or a docker-compose file into a scenario
    #[command(visible_alias = "import-task-def")]
    Import(import::ImportArgs),
    /// List the bundled prices, or turn AWS Price List offer files into a pricing file
    #[command(after_help = pricing::AFTER_HELP, arg_required_else_help = true)]
    Pricing {
        #[command(subcommand)]
        command: pricing::PricingCommand,
    },
    /// Share links: a scenario file to a link fragment, and back
    #[command(after_help = link::AFTER_HELP, arg_required_else_help = true)]
    Link {
        #[command(subcommand)]
        command: link::LinkCommand,
    },
    /// Anything else: refused with the list of commands.
    #[command(external_subcommand)]
    Unknown(Vec<String>),
}

const COMMANDS: &str = "simulate, import (alias import-task-def), pricing, link";

fn main() {
    let cli = Cli::parse();
    let lang = cli
        .lang
        .unwrap_or_else(|| lang::from_locale(|name| std::env::var(name).ok()));
    let (name, result) = match cli.command {
        Command::Simulate(args) => ("simulate", simulate::run(args, lang)),
        Command::Import(args) => ("import", import::run(args, lang)),
        Command::Pricing { command } => ("pricing", pricing::run(command, lang)),
        Command::Link { command } => ("link", link::run(command, lang)),
        Command::Unknown(words) => {
            let other = words.first().map(String::as_str).unwrap_or("");
            eprintln!(
                "ecs-planner: unknown command `{other}`; the commands are {COMMANDS}\n\n\
                 For more information, try 'ecs-planner --help'."
            );
            std::process::exit(2);
        }
    };
    if let Err(message) = result {
        eprintln!("ecs-planner {name}: {message}");
        std::process::exit(2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn lang_is_read_before_and_after_the_command() {
        let cli = Cli::try_parse_from(["ecs-planner", "--lang", "ko", "pricing", "list"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::Ko));
        let cli = Cli::try_parse_from(["ecs-planner", "simulate", "s.json", "--lang=en"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::En));
        assert!(Cli::try_parse_from(["ecs-planner", "simulate", "--lang", "fr"]).is_err());
    }
}
