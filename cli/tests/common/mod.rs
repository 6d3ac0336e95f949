//! Helpers shared by the CLI's integration tests (`mod common;`): run the
//! binary as a user would (no locale unless given, so messages are the
//! English ones), read its output, and place files for it. Each test file
//! uses some of them, so the unused rest is not dead code.

#![allow(dead_code, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Runs `ecs-planner args` with only the locale variables `locale` set and
/// `stdin` (empty when `None`) on its standard input.
pub fn run_full(args: &[&str], locale: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecs-planner"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in locale {
        command.env(name, value);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs ecs-planner");
    let mut input = child.stdin.take().expect("stdin");
    input
        .write_all(stdin.unwrap_or("").as_bytes())
        .expect("writes stdin");
    drop(input);
    child.wait_with_output().expect("waits")
}

/// Runs the CLI with no locale set (English), whatever the machine's is.
pub fn run(args: &[&str]) -> Output {
    run_full(args, &[], None)
}

/// [`run`] with `stdin` on standard input.
pub fn run_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    run_full(args, &[], stdin)
}

/// [`run`] with only the locale variables `locale` set.
pub fn run_with_locale(args: &[&str], locale: &[(&str, &str)]) -> Output {
    run_full(args, locale, None)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file of `cli/tests/fixtures/`.
pub fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// A path for `name` in the test's scratch directory.
pub fn temp(name: &str) -> String {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// Writes `text` to [`temp`]`(name)` and returns the path.
pub fn write_temp(name: &str, text: &str) -> String {
    let path = temp(name);
    std::fs::write(&path, text).expect("writes temp file");
    path
}

/// Equal to a millionth (figures computed by hand to the last digit).
pub fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "expected {expected}, got {actual}"
    );
}
