//! What Rust's runtime does before and after `main`, done here by hand, because the binary has
//! its own C `main` (`#![no_main]` in `src/main.rs`).
//!
//! Why: std's start-up installs a stack-overflow handler, and finding the main thread's stack
//! guard for it reads `/proc/self/maps` through glibc's `pthread_getattr_np`: about 48,000
//! instructions, 7% of a short command's whole run and more than most commands' own work
//! (BENCHMARKS.md). mlcareers keeps the rest of what std does before `main`, which is cheap:
//! - standard input, output and error are opened on `/dev/null` when the parent closed them, so
//!   that a file mlcareers opens never takes their number (output written into a data file);
//! - `SIGPIPE` is ignored, so that a closed pipe is an error a write returns (`roles | head -1`
//!   ends quietly with 0), not a signal that kills the process;
//! - a panic ends the process with 101, std's code, after the hook has printed it;
//! - standard output is flushed at the end.
//!
//! What is given up: a stack overflow is a plain `SIGSEGV`, without std's "has overflowed its
//! stack" line before it. Nothing in mlcareers recurses on its input.
//!
//! Arguments still come from `std::env::args_os`: on Linux, std reads them from the C start-up
//! code (`.init_array`), not from `main`. This module and `arena` are the crate's only unsafe code.

use std::io::{self, Write};
use std::panic::{self, UnwindSafe};

/// The exit code of a panic, as std's runtime gives it.
pub const EXIT_PANIC: u8 = 101;

/// Runs `main` as std's runtime would: the standard streams and `SIGPIPE` set up first, a panic
/// turned into [`EXIT_PANIC`], standard output flushed last. Returns the process's exit code.
pub fn run(main: impl FnOnce() -> u8 + UnwindSafe) -> i32 {
    prepare();
    let code = panic::catch_unwind(main).unwrap_or(EXIT_PANIC);
    // Output that went through std's own handle, not through `crate::stdout`'s buffer.
    let _ = io::stdout().flush();
    i32::from(code)
}

#[cfg(unix)]
#[allow(unsafe_code)]
fn prepare() {
    for fd in 0..=2 {
        // SAFETY: `fcntl(F_GETFD)` only asks whether the descriptor is open; `open` of a
        // constant path with a NUL makes a new descriptor (the lowest free: `fd` itself).
        unsafe {
            if libc::fcntl(fd, libc::F_GETFD) == -1
                && io::Error::last_os_error().raw_os_error() == Some(libc::EBADF)
                && libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) == -1
            {
                // Nowhere to say so: as std does, give up at once.
                libc::abort();
            }
        }
    }
    // SAFETY: setting a signal's disposition to "ignore" runs no code of ours in a handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn prepare() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_is_mains_and_a_panic_is_101() {
        assert_eq!(run(|| 3), 3);
        assert_eq!(run(|| panic!("a bug, on purpose")), i32::from(EXIT_PANIC));
    }
}
