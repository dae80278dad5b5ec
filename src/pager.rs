//! Pages that start at their top: output taller than the screen goes through a pager when stdout
//! is a terminal, as git and bat do. `$MLCAREERS_PAGER`, else `$PAGER`, else `less -FRX` (it
//! quits at once when the page fits and keeps colour); `--no-pager`, or a pager variable that is
//! set and empty, turns it off; never for a machine format or when stdout is not a terminal; a
//! pager program that cannot be started falls back to printing.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

/// The variable that names the pager for mlcareers alone, before `PAGER`.
pub const PAGER_ENV: &str = "MLCAREERS_PAGER";

/// The pager when no variable names one: `-F` quits when the page fits the screen, `-R` keeps
/// colour, `-X` leaves the page on the screen after quitting.
const DEFAULT: &[&str] = &["less", "-FRX"];

/// The pager to send output through, as a program and its arguments: `None` when output goes
/// straight to stdout.
pub fn choose(no_pager: bool, machine: bool) -> Option<Vec<OsString>> {
    if no_pager || machine || !io::stdout().is_terminal() {
        return None;
    }
    from_variables(std::env::var_os(PAGER_ENV), std::env::var_os("PAGER"))
}

/// The pager the variables name: the first one set wins, and a set but empty (or blank) one
/// means no pager; neither set is `less -FRX`.
fn from_variables(own: Option<OsString>, pager: Option<OsString>) -> Option<Vec<OsString>> {
    match own.or(pager) {
        None => Some(DEFAULT.iter().map(OsString::from).collect()),
        Some(value) => {
            let words: Vec<OsString> =
                value.to_string_lossy().split_whitespace().map(OsString::from).collect();
            (!words.is_empty()).then_some(words)
        }
    }
}

/// The rows of the terminal on stdout, if it has any.
pub fn rows() -> Option<usize> {
    use std::os::fd::AsFd;
    terminal_size::terminal_size_of(io::stdout().as_fd())
        .map(|(_, height)| usize::from(height.0))
        .filter(|&rows| rows > 0)
}

/// Writes `page` through `pager` when it is taller than `rows`, else (or when the pager cannot
/// be started) straight to `out`. A pager quit before the end (`q` in less) is no error.
pub fn show(page: &[u8], pager: &[OsString], rows: Option<usize>, out: &mut dyn Write) -> io::Result<()> {
    let lines = page.split(|&byte| byte == b'\n').count() - 1;
    let fits = rows.is_none_or(|rows| lines < rows);
    if fits || pager.is_empty() {
        return out.write_all(page);
    }
    let mut command = Command::new(&pager[0]);
    command.args(&pager[1..]).stdin(Stdio::piped());
    // less reads LESS for its options; where it is unset, the same ones as the default pager.
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    let Ok(mut child) = command.spawn() else {
        return out.write_all(page);
    };
    let written = child.stdin.take().map_or(Ok(()), |mut stdin| stdin.write_all(page));
    let status = child.wait();
    match written {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(err),
        _ => status.map(drop),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_variable_set_names_the_pager_and_an_empty_one_turns_it_off() {
        let words = |list: &[&str]| Some(list.iter().map(OsString::from).collect::<Vec<_>>());
        assert_eq!(from_variables(None, None), words(&["less", "-FRX"]));
        assert_eq!(from_variables(None, Some("more".into())), words(&["more"]));
        assert_eq!(from_variables(Some("bat -p".into()), Some("more".into())), words(&["bat", "-p"]));
        assert_eq!(from_variables(Some(String::new().into()), Some("more".into())), None);
        assert_eq!(from_variables(None, Some("  ".into())), None);
    }

    #[test]
    fn a_page_that_fits_or_a_missing_pager_is_printed() {
        let mut out = Vec::new();
        show(b"a\nb\n", &[OsString::from("/nonexistent/pager")], Some(1), &mut out).unwrap();
        assert_eq!(out, b"a\nb\n", "a pager that cannot start falls back to printing");
        let mut out = Vec::new();
        show(b"a\n", &[OsString::from("/nonexistent/pager")], Some(24), &mut out).unwrap();
        assert_eq!(out, b"a\n");
    }
}
