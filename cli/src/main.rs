//! `ecs-planner`: the engine on the command line, for scripts and CI.

fn main() {
    println!("ecs-planner {}", env!("CARGO_PKG_VERSION"));
}
