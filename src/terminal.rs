//! What stdout can show, decided once at start-up and handed down: width and colour.

use std::io::IsTerminal;

use crate::render::{Format, Options};

/// Looks at the environment once. Width: `COLUMNS` when set to a positive number, else the
/// terminal's width, else none (piped). Colour: only on a terminal, with `NO_COLOR` unset or
/// empty and `TERM` not `dumb`.
pub fn detect(format: Format) -> Options {
    let stdout = std::io::stdout();
    let is_terminal = stdout.is_terminal();
    let columns = std::env::var("COLUMNS").ok().and_then(|value| value.trim().parse::<usize>().ok());
    let width = columns.filter(|&width| width > 0).or_else(|| {
        if is_terminal {
            terminal_size::terminal_size_of(&stdout).map(|(width, _)| usize::from(width.0))
        } else {
            None
        }
    });
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    Options { format, width, color: is_terminal && !no_color && !dumb }
}
