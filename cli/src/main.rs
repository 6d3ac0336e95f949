//! `ecs-planner`: the engine on the command line, for scripts and CI.

// --- `link` subcommand (branch `links`). When merging the dispatcher, keep
// `mod link;` and route `link` to `link::run(rest)`, exiting 2 on `Err`.
mod link;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(("link", rest)) = args.split_first().map(|(c, r)| (c.as_str(), r)) {
        if let Err(message) = link::run(rest) {
            eprintln!("ecs-planner link: {message}");
            std::process::exit(2);
        }
        return;
    }
    // --- end of `link` dispatch.
    println!("ecs-planner {}", env!("CARGO_PKG_VERSION"));
}
