//! The dataset: where it comes from, loading it, checking a user's file, and the problems found.

use std::fmt;
use std::path::PathBuf;

use anyhow::{Result, anyhow};
use serde::Serialize;

use crate::model::Dataset;
use crate::render;

// One job a file, so each can change alone:
mod diagnose; // every syntax and type error of a malformed file
mod keys; // keys given twice in one object
mod load; // the text: embedded, a file or standard input, and the 64 MiB limit
mod rules; // the rules serde cannot check, one function per section
mod schema; // the JSON Schema for editors
mod strings; // every string with its path, for the text rules

pub use load::{EMBEDDED_JSON, MAX_DATA_BYTES, NotUtf8, embedded, read};
pub use rules::validate;
pub use schema::schema;

/// Where the dataset comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Embedded,
    File(PathBuf),
    Stdin,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Embedded => write!(f, "the embedded dataset"),
            // A path is an argument: shown by the rule for text that did not come from us.
            Source::File(path) => {
                write!(f, "{}", render::shown_at(&path.to_string_lossy(), render::SHOWN_PATH_CHARS))
            }
            Source::Stdin => write!(f, "standard input"),
        }
    }
}

/// Loads the dataset from `source`. A user's file must pass every check: a broken file is an
/// error listing each problem, never a silent fall back to the embedded data.
pub fn load(source: &Source) -> Result<Dataset> {
    if *source == Source::Embedded {
        return embedded();
    }
    let text = read(source)?;
    check(text).map_err(|problems| {
        let file = match source {
            Source::File(_) => source.to_string(),
            Source::Stdin | Source::Embedded => "-".to_owned(),
        };
        anyhow!(
            "{source} {}\n(check a file as you fix it with: mlcareers data check {file})",
            describe(&problems)
        )
    })
}

/// The last problem listed when checking stopped at its limit of type errors: the rest of the
/// file was not checked, so the count is a floor.
pub const STOPPED: &str = "checking stopped here, after 50 type errors: fix these and check again";

/// "has 2 problems:" and the problems, one per indented line.
pub fn describe(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|problem| format!("\n  {problem}")).collect();
    format!("{}:{}", count(problems), lines.concat())
}

/// "has 1 problem", "has 3 problems"; "has at least 50 problems" when checking stopped.
pub fn count(problems: &[Problem]) -> String {
    match problems.split_last() {
        Some((last, found)) if last.path.is_empty() && last.message == STOPPED => {
            format!("has at least {} problems", found.len())
        }
        _ if problems.len() == 1 => "has 1 problem".to_owned(),
        _ => format!("has {} problems", problems.len()),
    }
}

/// Parses and checks a dataset (a user's file), reporting every problem it can find at once:
/// a syntax error (with line and column), then every type error (with the field path), then
/// every broken rule of [`validate`].
pub fn check(json: &'static str) -> std::result::Result<Dataset, Vec<Problem>> {
    // A byte-order mark is not JSON, but editors write one; it says nothing, so it is skipped.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // A well-formed file, the usual case, is read straight into the dataset. Only a file serde
    // refuses is diagnosed through a `serde_json::Value`, which finds every type error but costs
    // several times the file's size in memory.
    if let Ok(dataset) = serde_json::from_str::<Dataset>(json) {
        // serde keeps the last of a key given twice: a file that says two things is refused.
        let mut problems = keys::duplicates(json);
        problems.extend(validate(&dataset));
        return if problems.is_empty() { Ok(dataset) } else { Err(problems) };
    }
    // serde refuses a key given twice at the top of an object it reads into a struct, and the
    // diagnosis (which reads the sections one by one) would keep the last: said here once.
    let twice = keys::duplicates(json);
    match diagnose::check_malformed(json) {
        Ok(dataset) if twice.is_empty() => Ok(dataset),
        Ok(_) => Err(twice),
        Err(problems) => Err(twice.into_iter().chain(problems).collect()),
    }
}

/// One problem of a dataset: where it is (a field path, or a line and column for a syntax error)
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// The field path (`roles[3].levels[0]`); empty for a syntax error and for the whole file.
    pub path: String,
    /// The line of a syntax error; `null` for every other problem.
    pub line: Option<usize>,
    /// The column of a syntax error; `null` for every other problem.
    pub column: Option<usize>,
    pub message: String,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: path.into(), line: None, column: None, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}: {}", self.message),
            _ if self.path.is_empty() => write!(f, "{}", self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dataset_passes_the_check_and_a_bom_is_skipped() {
        assert!(check(EMBEDDED_JSON).is_ok());
        assert!(check(format!("\u{feff}{EMBEDDED_JSON}").leak()).is_ok());
    }
}
