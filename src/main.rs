//! The `mlcareers` binary: parse, run, turn the outcome into an exit code.
//!
//! Exit codes: 0 success, 1 nothing found or a runtime error, 2 usage error (clap's own).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use mlcareers::Outcome;
use mlcareers::cli::Cli;
use mlcareers::render::escape_controls;
use mlcareers::terminal;

fn main() -> ExitCode {
    let request = Cli::parse().into_request(std::env::var_os("MLCAREERS_DATA"));
    match mlcareers::run(&request) {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        // The reader went away (`mlcareers roles | head -1`): nothing left to say to anyone.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}");
            let prefix =
                if terminal::stderr_color(request.color) { "\x1b[1;31merror:\x1b[0m" } else { "error:" };
            let _ = writeln!(io::stderr(), "{prefix} {}", escape_controls(&message));
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
