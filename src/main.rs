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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&err),
    };
    let request = cli.into_request(std::env::var_os("MLCAREERS_DATA"));
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

/// Help and version (exit 0) and usage errors (exit 2), as clap prints them; failing to write
/// help or version is an error like any other output's, and a closed pipe a quiet success.
fn clap_exit(err: &clap::Error) -> ExitCode {
    match err.print().and_then(|()| io::stdout().flush()) {
        Ok(()) => ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2)),
        Err(io) if io.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(io) => {
            let _ = writeln!(io::stderr(), "error: cannot write output: {io}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
