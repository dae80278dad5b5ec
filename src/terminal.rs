//! What stdout can show, decided once at start-up and handed down: width, colour and charset.

use std::ffi::OsString;
use std::io::IsTerminal;

#[cfg(doc)]
use crate::render::PROSE_WIDTH;
use crate::render::{FALLBACK_WIDTH, Format, Options};
use crate::request::ColorChoice;

/// Looks at stdout and the environment once.
pub fn detect(format: Format, choice: ColorChoice) -> Options {
    let stdout = std::io::stdout();
    let env = Env::read(stdout.is_terminal());
    let size = |fd: std::os::fd::BorrowedFd<'_>| {
        terminal_size::terminal_size_of(fd).map(|(width, _)| usize::from(width.0)).filter(|&w| w > 0)
    };
    // The terminal the user is looking at: stdout's, else stderr's (`mlcareers roles | less`),
    // else the controlling terminal's (`mlcareers roles 2>&1 | less`). Only asked when
    // `COLUMNS` is not set.
    let screen_width = || {
        use std::os::fd::AsFd;
        first_width([&|| size(stdout.as_fd()), &|| size(std::io::stderr().as_fd()), &|| {
            std::fs::File::open("/dev/tty").ok().and_then(|tty| size(tty.as_fd()))
        }])
    };
    decide(format, choice, &env, screen_width)
}

/// The first width a probe finds, asking each only if the ones before it found none.
fn first_width(probes: [&dyn Fn() -> Option<usize>; 3]) -> Option<usize> {
    probes.iter().find_map(|probe| probe())
}

/// Whether messages on stderr (`error:`) are coloured, by the same rules as stdout.
pub fn stderr_color(choice: ColorChoice) -> bool {
    color(choice, &Env::read(std::io::stderr().is_terminal()))
}

/// What `decide` reads from the environment.
struct Env {
    is_terminal: bool,
    columns: Option<OsString>,
    no_color: Option<OsString>,
    clicolor_force: Option<OsString>,
    term: Option<OsString>,
    /// `LC_ALL`, `LC_CTYPE`, `LANG`: the first that is set and not empty names the charset.
    locale: [Option<OsString>; 3],
}

impl Env {
    /// `TERM=dumb`: no colour, no Unicode drawing.
    fn is_dumb(&self) -> bool {
        self.term.as_ref().is_some_and(|term| term == "dumb")
    }

    /// The process's own environment.
    fn read(is_terminal: bool) -> Self {
        Self::from_lookup(is_terminal, |name| std::env::var_os(name))
    }

    /// The variables as `lookup` gives them: the process environment, or a test's own values, so
    /// no test depends on what the shell running it exports.
    fn from_lookup(is_terminal: bool, lookup: impl Fn(&str) -> Option<OsString>) -> Self {
        Env {
            is_terminal,
            columns: lookup("COLUMNS"),
            no_color: lookup("NO_COLOR"),
            clicolor_force: lookup("CLICOLOR_FORCE"),
            term: lookup("TERM"),
            locale: ["LC_ALL", "LC_CTYPE", "LANG"].map(lookup),
        }
    }
}

/// Width, one rule for tables and prose: `COLUMNS` when it is a positive number, else the width of
/// the terminal the user is looking at (`screen_width`: stdout, stderr, or the controlling
/// terminal), else [`FALLBACK_WIDTH`]. Prose wraps at no more than [`PROSE_WIDTH`] of it.
/// Colour: see [`color`].
/// Unicode (box drawing, bar blocks): when the locale's charset is UTF-8 and `TERM` is not `dumb`;
/// no locale at all is the C locale, which is ASCII.
fn decide(
    format: Format,
    choice: ColorChoice,
    env: &Env,
    screen_width: impl FnOnce() -> Option<usize>,
) -> Options {
    let columns = env.columns.as_ref().and_then(|value| value.to_str()?.trim().parse::<usize>().ok());
    let width = columns.filter(|&width| width > 0).or_else(screen_width).unwrap_or(FALLBACK_WIDTH);
    let dumb = env.is_dumb();
    let locale = env.locale.iter().flatten().find(|value| !value.is_empty());
    let utf8 = locale.is_some_and(|value| {
        let value = value.to_string_lossy().to_ascii_lowercase();
        value.contains("utf-8") || value.contains("utf8")
    });
    Options { format, width, color: color(choice, env), unicode: utf8 && !dumb, headers: true }
}

/// `--color always` and `never` are final. `auto`: `CLICOLOR_FORCE` (set, not empty, not `0`)
/// forces colour on; otherwise colour only on a terminal, with `NO_COLOR` unset or empty and
/// `TERM` not `dumb`.
fn color(choice: ColorChoice, env: &Env) -> bool {
    let set = |value: &Option<OsString>| value.as_ref().is_some_and(|value| !value.is_empty());
    let forced = set(&env.clicolor_force) && env.clicolor_force.as_deref() != Some("0".as_ref());
    let no_color = set(&env.no_color);
    let dumb = env.is_dumb();
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => forced || (env.is_terminal && !no_color && !dumb),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(is_terminal: bool, columns: Option<&str>, no_color: Option<&str>, term: Option<&str>) -> Env {
        Env {
            is_terminal,
            columns: columns.map(Into::into),
            no_color: no_color.map(Into::into),
            clicolor_force: None,
            term: term.map(Into::into),
            locale: [None, None, Some("en_US.UTF-8".into())],
        }
    }

    fn options(env: &Env) -> (usize, bool) {
        let options = decide(Format::Table, ColorChoice::Auto, env, || Some(132));
        (options.width, options.color)
    }

    /// Options for a piped stdout whose environment is `vars` and nothing else.
    fn options_from(vars: &[(&str, &str)]) -> Options {
        terminal_options_from(false, vars)
    }

    fn terminal_options_from(is_terminal: bool, vars: &[(&str, &str)]) -> Options {
        let lookup = |name: &str| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.into());
        decide(Format::Table, ColorChoice::Auto, &Env::from_lookup(is_terminal, lookup), || None)
    }

    #[test]
    fn each_variable_is_read_under_its_own_name() {
        let plain = options_from(&[]);
        assert_eq!((plain.width, plain.color, plain.unicode), (80, false, false));
        assert_eq!(options_from(&[("COLUMNS", "72")]).width, 72);
        assert!(options_from(&[("CLICOLOR_FORCE", "1")]).color);
        assert!(terminal_options_from(true, &[]).color);
        assert!(!terminal_options_from(true, &[("NO_COLOR", "1")]).color);
        assert!(options_from(&[("LANG", "C.UTF-8")]).unicode);
        assert!(options_from(&[("LC_CTYPE", "C.UTF-8"), ("LANG", "C")]).unicode);
        assert!(!options_from(&[("LC_ALL", "C"), ("LANG", "C.UTF-8")]).unicode);
        assert!(!options_from(&[("LANG", "C.UTF-8"), ("TERM", "dumb")]).unicode);
    }

    #[test]
    fn a_terminal_gets_its_width_and_colour() {
        assert_eq!(options(&env(true, None, None, Some("xterm"))), (132, true));
    }

    #[test]
    fn columns_wins_over_the_terminal_and_works_when_piped() {
        assert_eq!(options(&env(true, Some("90"), None, None)), (90, true));
        assert_eq!(options(&env(false, Some(" 70 "), None, None)), (70, false));
        let asked = decide(Format::Table, ColorChoice::Auto, &env(false, Some("70"), None, None), || {
            panic!("the terminal is not asked when COLUMNS is set")
        });
        assert_eq!(asked.width, 70);
    }

    #[test]
    fn unusable_columns_are_ignored() {
        assert_eq!(options(&env(true, Some("0"), None, None)).0, 132);
        assert_eq!(options(&env(true, Some("wide"), None, None)).0, 132);
        assert_eq!(options(&env(false, Some("-5"), None, None)).0, 132);
    }

    #[test]
    fn piped_output_fits_the_screen_the_user_looks_at_and_has_no_colour() {
        // `mlcareers roles | less`: stdout is a pipe, the screen (stderr, /dev/tty) is 132 wide.
        let piped =
            decide(Format::Table, ColorChoice::Auto, &env(false, None, None, Some("xterm")), || Some(132));
        assert_eq!((piped.width, piped.color), (132, false));
    }

    #[test]
    fn with_no_terminal_anywhere_the_width_is_80() {
        let detached = decide(Format::Table, ColorChoice::Auto, &env(false, None, None, None), || None);
        assert_eq!(detached.width, 80);
    }

    #[test]
    fn the_screen_is_stdout_then_stderr_then_the_controlling_terminal() {
        let never = || -> Option<usize> { panic!("asked after an earlier probe answered") };
        assert_eq!(first_width([&|| Some(100), &never, &never]), Some(100));
        assert_eq!(first_width([&|| None, &|| Some(90), &never]), Some(90));
        assert_eq!(first_width([&|| None, &|| None, &|| Some(70)]), Some(70));
        assert_eq!(first_width([&|| None, &|| None, &|| None]), None);
    }

    fn unicode(term: Option<&str>, locale: [Option<&str>; 3]) -> bool {
        let env = Env { locale: locale.map(|value| value.map(Into::into)), ..env(false, None, None, term) };
        decide(Format::Table, ColorChoice::Auto, &env, || None).unicode
    }

    #[test]
    fn unicode_follows_the_locale_charset_and_term() {
        assert!(unicode(Some("xterm"), [None, None, Some("en_US.UTF-8")]));
        assert!(unicode(None, [None, None, Some("C.utf8")]));
        assert!(!unicode(Some("dumb"), [None, None, Some("en_US.UTF-8")]));
        assert!(!unicode(None, [None, None, None]), "no locale is the C locale");
        assert!(!unicode(None, [None, None, Some("C")]));
        assert!(!unicode(None, [Some("POSIX"), None, Some("en_US.UTF-8")]), "LC_ALL wins");
        assert!(unicode(None, [Some(""), Some("de_DE.UTF-8"), Some("C")]), "empty values are skipped");
        assert!(!unicode(None, [None, None, Some("en_US.ISO-8859-1")]));
    }

    #[test]
    fn the_flag_wins_and_clicolor_force_forces_auto_on() {
        let piped = env(false, None, Some("1"), Some("dumb"));
        assert!(color(ColorChoice::Always, &piped));
        assert!(!color(ColorChoice::Never, &env(true, None, None, Some("xterm"))));
        let forced = |value: &str| Env { clicolor_force: Some(value.into()), ..env(false, None, None, None) };
        assert!(color(ColorChoice::Auto, &forced("1")));
        assert!(!color(ColorChoice::Auto, &forced("0")));
        assert!(!color(ColorChoice::Auto, &forced("")));
        assert!(!color(ColorChoice::Never, &forced("1")));
    }

    #[test]
    fn no_color_and_dumb_terminals_turn_colour_off() {
        assert!(!options(&env(true, None, Some("1"), None)).1);
        assert!(options(&env(true, None, Some(""), None)).1, "an empty NO_COLOR does not count");
        assert!(!options(&env(true, None, None, Some("dumb"))).1);
    }
}
