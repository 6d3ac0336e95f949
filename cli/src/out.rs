//! The CLI's standard output. A reader that stops early (`| head`) closes
//! the pipe: the rest is not wanted, so the CLI stops quietly with status 0
//! (as ripgrep does) instead of panicking, which `println!` does because
//! Rust ignores SIGPIPE. Any other write error (a full disk) is reported on
//! stderr with status 1.

use std::io::{self, Write};

/// Writes `text` to standard output as it is.
pub fn print(text: &str) {
    write(text, "");
}

/// Writes `text` and a newline to standard output.
pub fn println(text: &str) {
    write(text, "\n");
}

fn write(text: &str, end: &str) {
    let mut out = io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(end.as_bytes()))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(error) => {
            eprintln!("ecs-planner: could not write the output: {error}");
            std::process::exit(1);
        }
    }
}
