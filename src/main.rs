//! The `mlcareers` binary: parse, run, turn the outcome into an exit code.
//!
//! The exit codes, and what each means, are in `mlcareers::manual`, with the text that documents them.
//!
//! The binary has its own C `main`, so that std's runtime start-up (a stack-overflow handler that
//! costs more than most commands) is not run; `mlcareers::start` does the rest of it, and says why.

#![no_main]

use std::io::{self, Write};

use mlcareers::cli::Cli;
use mlcareers::manual::{DATA_ENV, EXIT_ERROR, EXIT_NOTHING, EXIT_SUCCESS};
use mlcareers::render::escape_controls;
use mlcareers::terminal;
use mlcareers::{Negative, Outcome};

/// Allocations come from a bump arena before the system allocator (why: `mlcareers::arena`).
#[global_allocator]
static ALLOCATOR: mlcareers::arena::Arena<{ mlcareers::arena::ARENA_BYTES }> = mlcareers::arena::Arena::new();

/// The process's entry, called by the C start-up code; see `mlcareers::start`.
#[unsafe(no_mangle)]
extern "C" fn main(_argc: std::ffi::c_int, _argv: *const *const std::ffi::c_char) -> std::ffi::c_int {
    mlcareers::start::run(run)
}

fn run() -> u8 {
    let cli = match Cli::parse_args(std::env::args_os()) {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&mlcareers::cli::shown_error(err)),
    };
    let request = cli.into_request(std::env::var_os(DATA_ENV));
    match mlcareers::run(&request) {
        Ok(Outcome::Found) => EXIT_SUCCESS,
        Ok(Outcome::NothingFound) => EXIT_NOTHING,
        // The reader went away (`mlcareers roles | head -1`): nothing left to say to anyone.
        Err(err) if is_broken_pipe(&err) => EXIT_SUCCESS,
        Err(err) => {
            let message = format!("{err:#}");
            let prefix =
                if terminal::stderr_color(request.color) { "\x1b[1;31merror:\x1b[0m" } else { "error:" };
            let _ = writeln!(io::stderr(), "{prefix} {}", escape_controls(&message));
            // A lookup that found nothing is an answer (1); everything else is an error (2).
            let negative = err.chain().any(|cause| cause.downcast_ref::<Negative>().is_some());
            if negative { EXIT_NOTHING } else { EXIT_ERROR }
        }
    }
}

/// Help and version (exit 0) and usage errors (exit 2), as clap prints them; failing to write
/// help or version is an error like any other output's, and a closed pipe a quiet success.
fn clap_exit(err: &clap::Error) -> u8 {
    // Help and version go through the same standard output as every command's output, so that a
    // failed write is seen (`mlcareers --help 1</dev/null`); usage errors go to stderr.
    // On a terminal clap styles it as it does on its own.
    // Written as rendered, escaped once more as every message is (clap's own print strips an
    // escape sequence from a pipe instead of showing it).
    let text = err.render().to_string();
    let text = escape_controls(&text);
    let written = if err.use_stderr() {
        io::stderr().write_all(text.as_bytes())
    } else {
        let mut out = mlcareers::stdout();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    match written {
        // What clap's own `exit_code` decides, with the codes from the one table.
        Ok(()) => {
            if err.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_SUCCESS
            }
        }
        Err(io) if io.kind() == io::ErrorKind::BrokenPipe => EXIT_SUCCESS,
        Err(io) => {
            let _ = writeln!(io::stderr(), "error: cannot write output: {io}");
            EXIT_ERROR
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
