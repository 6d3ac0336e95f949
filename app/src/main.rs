//! Entry point of the wasm bundle Trunk builds.

fn main() {
    ecs_planner_app::start();
}
