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
    //
    // A file read so has no key given twice: every object of a dataset is read into a struct
    // (no maps, nothing flattened, no unknown field skipped), and serde refuses a struct's field
    // given twice (a test holds the model to that), so only a refused file is searched for them,
    // below. Searching every file took a quarter of `search` over 100,000 roles.
    if let Ok(dataset) = serde_json::from_str::<Dataset>(json) {
        let problems = validate(&dataset);
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

    /// `check` reads a file that serde takes without looking for keys given twice: it holds
    /// only because serde refuses any key given twice in any object of the model. Each kind of
    /// object of the embedded dataset (the first at each path, indexes left out) with its first
    /// key given again, the same value or another, must be refused, and then be found by
    /// `keys::duplicates`.
    #[test]
    fn serde_refuses_a_key_given_twice_in_every_kind_of_object() {
        let value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        let mut objects = Vec::new();
        kinds_of_object(&value, &mut objects);
        assert!(objects.len() > 20, "{objects:?}");
        for (kind, path) in objects {
            for again in [false, true] {
                let mut json = String::new();
                write_twice(&value, &path, again, &mut json);
                let json: &'static str = json.leak();
                assert!(serde_json::from_str::<Dataset>(json).is_err(), "{kind}: a key given twice was read");
                assert_eq!(keys::duplicates(json).len(), 1, "{kind}");
                assert!(check(json).is_err(), "{kind}");
            }
        }
    }

    /// The first object at each path of `value` (`roles[].levels`, indexes left out), with the
    /// way to it as indexes and keys.
    fn kinds_of_object(value: &serde_json::Value, found: &mut Vec<(String, Vec<String>)>) {
        fn walk(
            value: &serde_json::Value,
            kind: &str,
            path: &mut Vec<String>,
            found: &mut Vec<(String, Vec<String>)>,
        ) {
            match value {
                serde_json::Value::Object(map) => {
                    if !map.is_empty() && !found.iter().any(|(seen, _)| seen == kind) {
                        found.push((kind.to_owned(), path.clone()));
                    }
                    for (key, value) in map {
                        path.push(key.clone());
                        walk(value, &format!("{kind}.{key}"), path, found);
                        path.pop();
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        path.push(i.to_string());
                        walk(item, &format!("{kind}[]"), path, found);
                        path.pop();
                    }
                }
                _ => {}
            }
        }
        walk(value, "", &mut Vec::new(), found);
    }

    /// `value` as JSON text, the object at `path` with its first key written twice: first with
    /// its own value, then (`again`) the value itself, or else an empty string first.
    fn write_twice(value: &serde_json::Value, path: &[String], again: bool, out: &mut String) {
        match value {
            serde_json::Value::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if path.is_empty() && i == 0 {
                        let first = if again { item.clone() } else { serde_json::Value::from("") };
                        out.push_str(&serde_json::to_string(key).unwrap());
                        out.push(':');
                        out.push_str(&serde_json::to_string(&first).unwrap());
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(key).unwrap());
                    out.push(':');
                    if path.first() == Some(key) {
                        write_twice(item, &path[1..], again, out);
                    } else {
                        out.push_str(&serde_json::to_string(item).unwrap());
                    }
                }
                out.push('}');
            }
            serde_json::Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if path.first() == Some(&i.to_string()) {
                        write_twice(item, &path[1..], again, out);
                    } else {
                        out.push_str(&serde_json::to_string(item).unwrap());
                    }
                }
                out.push(']');
            }
            _ => out.push_str(&serde_json::to_string(value).unwrap()),
        }
    }

    #[test]
    fn the_embedded_dataset_passes_the_check_and_a_bom_is_skipped() {
        assert!(check(EMBEDDED_JSON).is_ok());
        assert!(check(format!("\u{feff}{EMBEDDED_JSON}").leak()).is_ok());
    }
}
