//! The text that `--help` and the man page share, written once here so the two cannot disagree:
//! the examples, the exit statuses and the environment variables.
//!
//! `cli` builds `--help` from these tables, `generate::man` the man page, and `main` takes its
//! exit codes from the same constants, so changing what a code means is an edit to this file.

use std::fmt::Write as _;

/// Success; help and version too.
pub const EXIT_SUCCESS: u8 = 0;
/// Nothing found: no hit, no role by that name, an empty filter, a data file with problems.
pub const EXIT_NOTHING: u8 = 1;
/// Any error: usage, an unreadable or invalid data file, a failed write. As grep and ripgrep.
pub const EXIT_ERROR: u8 = 2;

/// One exit status: its code, the few words `--help` gives it, and the man page's full meaning.
pub struct ExitStatus {
    pub code: u8,
    pub brief: &'static str,
    pub meaning: &'static str,
}

pub const EXIT_STATUSES: [ExitStatus; 3] = [
    ExitStatus {
        code: EXIT_SUCCESS,
        brief: "success",
        meaning: "Success; also when the reader of a pipe goes away early.",
    },
    ExitStatus {
        code: EXIT_NOTHING,
        brief: "nothing found",
        meaning: "Nothing found: a search or filter matched nothing, a lookup (role, faq, guide, compare, \
                  path, salary --role) found no entry or several, match knew none of the skills, \
                  data check found problems in the file.",
    },
    ExitStatus {
        code: EXIT_ERROR,
        brief: "error",
        meaning: "An error: an unknown command or option or a bad value, an unreadable or invalid data \
                  file, a failed write (a full disk), an unknown skill under match --strict.",
    },
];

/// The line under `--help`: "Exit status: 0 success, 1 nothing found, 2 error."
pub fn exit_status_help() -> String {
    let statuses: Vec<String> =
        EXIT_STATUSES.iter().map(|status| format!("{} {}", status.code, status.brief)).collect();
    format!("Exit status: {}.", statuses.join(", "))
}

/// The variable that names a data file when there is no `--data`.
pub const DATA_ENV: &str = "MLCAREERS_DATA";

/// Every variable the program reads, with what it does: the man page's ENVIRONMENT section.
/// `--help` names only `DATA_ENV`, beside `--data`.
pub const ENVIRONMENT: [(&str, &str); 8] = [
    (DATA_ENV, "A data file to read instead of the embedded dataset, as --data; - is standard input."),
    (
        "COLUMNS",
        "The width to fit tables and prose to. Without it, the width of the terminal the output goes \
         to, or, when piped, of the terminal you are looking at; else 80. Prose wraps at 100 at most.",
    ),
    ("NO_COLOR", "When set and not empty, no colour (unless --color always)."),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour even when the output is not a terminal (unless --color never).",
    ),
    ("TERM", "dumb turns colour off and prints rules, dashes, bullets and charts in ASCII."),
    (
        crate::pager::PAGER_ENV,
        "The pager for output taller than the terminal, when stdout is one (before PAGER); set and empty: \
         no pager. Without either, less -FRX. --no-pager prints straight to the terminal.",
    ),
    ("PAGER", "The pager, when MLCAREERS_PAGER is not set; set and empty: no pager."),
    (
        "LC_ALL, LC_CTYPE, LANG",
        "The first set names the charset: without UTF-8, tables and charts are drawn in ASCII.",
    ),
];

/// A command line and what it shows: the top of `--help` and the man page's EXAMPLES.
pub const EXAMPLES: [(&str, &str); 15] = [
    ("mlcareers roles --level mid", "roles open to mid-level candidates"),
    ("mlcareers outlook", "a guide section, by a word of its title"),
    ("mlcareers cv", "a role, by its initials or a word of its title"),
    ("mlcareers do I need a phd", "a question: the answer, or what the search finds"),
    ("mlcareers role nlp", "one role: duties, pay by level, skills, BLS figures"),
    ("mlcareers salary --chart", "the salary bands as bars on one scale"),
    ("mlcareers salary 150k", "where a figure sits in each band"),
    ("mlcareers path ds mle", "moving from one role to another"),
    ("mlcareers search fraud", "everything about fraud, best first"),
    ("mlcareers explore", "browse everything on one screen, filtered as you type (? lists the keys)"),
    ("mlcareers match --skills python,statistics", "which roles your skills fit, what is left to learn"),
    ("mlcareers roles --level junior", "job-ad words for the article's levels work too"),
    ("mlcareers compare nlp cv", "two roles side by side"),
    ("mlcareers faq degree", "is a degree required?"),
    ("mlcareers roles --format json", "any command as JSON, CSV or Markdown"),
];

/// The examples for the top of `--help`, each meaning lined up two spaces after the longest line.
pub fn examples_help() -> String {
    let width = EXAMPLES.iter().map(|(example, _)| example.len()).max().unwrap_or(0);
    let mut text = String::from("Examples:\n");
    for (example, meaning) in EXAMPLES {
        _ = writeln!(text, "  {example:<width$}  {meaning}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_line_lists_every_code() {
        assert_eq!(exit_status_help(), "Exit status: 0 success, 1 nothing found, 2 error.");
    }

    #[test]
    fn examples_line_up() {
        let help = examples_help();
        assert!(help.starts_with("Examples:\n  mlcareers roles --level mid                 roles open"));
        assert!(help.ends_with(
            "  mlcareers roles --format json               any command as JSON, CSV or Markdown\n"
        ));
    }
}
