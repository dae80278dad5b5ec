//! Every syntax and type error of a file serde refused, each with its line or field path.

use std::fmt::Write as _;

use serde_json::Value;
use serde_path_to_error::{Path, Segment};

use super::rules::validate;
use super::{EMBEDDED_JSON, Problem};
use crate::model::Dataset;

/// After this many type errors, checking stops: a file this broken is better fixed in order.
const MAX_TYPE_ERRORS: usize = 50;

/// Every syntax and type error of a file serde refused, then the rules broken by the rest of it.
pub(super) fn check_malformed(json: &str) -> Result<Dataset, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|err| vec![Problem::syntax(&err)])?;
    if let Some(problem) = not_an_object(&value) {
        return Err(vec![problem]);
    }
    let embedded: Value = serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is JSON");

    // Each type error stops serde, so the offending element is swapped for a well-formed one
    // from the embedded dataset and deserializing goes on, until it gets through.
    let mut repaired = value;
    let mut problems = Vec::new();
    let mut patched: Vec<String> = Vec::new();
    let dataset = loop {
        match serde_path_to_error::deserialize::<_, Dataset>(&repaired) {
            Ok(dataset) => break Some(dataset),
            Err(err) => {
                let path = err.path().clone();
                let message = err.into_inner().to_string();
                problems.push(Problem::at(&path, &message));
                match patch(&mut repaired, &embedded, &path, &Fault::of(&message)) {
                    Some(region) if problems.len() < MAX_TYPE_ERRORS => patched.push(region),
                    _ => break None,
                }
            }
        }
    };
    if let Some(dataset) = &dataset {
        // What the swapped-in elements break is not the file's fault.
        let rules = validate(dataset).into_iter().filter(|problem| !within(&problem.path, &patched));
        problems.extend(rules);
    }
    match dataset {
        Some(dataset) if problems.is_empty() => Ok(dataset),
        _ => Err(problems),
    }
}

/// The one problem of a file whose top level is not an object, if it is not.
fn not_an_object(value: &Value) -> Option<Problem> {
    let found = match value {
        Value::Object(_) => return None,
        Value::Array(_) => "a list",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
    };
    Some(Problem::new("", format!("the top level must be an object (the dataset), not {found}")))
}

/// What a type error is about. serde's errors carry no kind of their own (`classify()` says only
/// `Data`, and the field is in no accessor), so this is read from the wording of serde's
/// `unknown_field` and `missing_field` errors; `serde_words_errors_as_this_module_reads_them`
/// pins that wording, so a serde that changes it fails a test instead of patching less.
#[derive(Debug, PartialEq, Eq)]
enum Fault {
    UnknownField(String),
    MissingField(String),
    BadValue,
}

impl Fault {
    fn of(message: &str) -> Fault {
        let named = |prefix: &str| message.strip_prefix(prefix)?.split('`').next().map(str::to_owned);
        if let Some(field) = named("unknown field `") {
            Fault::UnknownField(field)
        } else if let Some(field) = named("missing field `") {
            Fault::MissingField(field)
        } else {
            Fault::BadValue
        }
    }
}

/// Makes the value at `path` well-formed, so deserializing can go past it, and returns the path
/// of what was changed. An unknown field is dropped; a missing one is added; a bad value is
/// replaced by the value at the same place in `good` (list indexes taken as its first element),
/// or, where `good` has nothing there, the nearest enclosing value that it has. `None` when
/// nothing can be changed.
fn patch(value: &mut Value, good: &Value, path: &Path, fault: &Fault) -> Option<String> {
    let segments: Vec<&Segment> = path.iter().collect();
    match fault {
        Fault::UnknownField(field) => {
            // The path may end at the unknown field itself or at the object holding it.
            let holder = match segments.last() {
                Some(Segment::Map { key }) if key == field => &segments[..segments.len() - 1],
                _ => &segments[..],
            };
            value.pointer_mut(&pointer(holder, false))?.as_object_mut()?.remove(field)?;
            Some(join_path(holder, Some(field)))
        }
        Fault::MissingField(field) => {
            let filler = good.pointer(&format!("{}/{field}", pointer(&segments, true)))?.clone();
            value.pointer_mut(&pointer(&segments, false))?.as_object_mut()?.insert(field.clone(), filler);
            Some(join_path(&segments, Some(field)))
        }
        Fault::BadValue => {
            for end in (1..=segments.len()).rev() {
                let Some(filler) = good.pointer(&pointer(&segments[..end], true)) else { continue };
                let target = value.pointer_mut(&pointer(&segments[..end], false))?;
                if target == filler {
                    return None;
                }
                *target = filler.clone();
                return Some(join_path(&segments[..end], None));
            }
            None
        }
    }
}

/// The JSON pointer of `segments`, with every list index taken as 0 when `first` (to find the
/// matching element of a list in the embedded dataset).
fn pointer(segments: &[&Segment], first: bool) -> String {
    segments
        .iter()
        .map(|segment| match segment {
            Segment::Seq { index } => format!("/{}", if first { 0 } else { *index }),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                format!("/{}", key.replace('~', "~0").replace('/', "~1"))
            }
            Segment::Unknown => "/?".to_owned(),
        })
        .collect()
}

/// A path as problems print it: `roles[3].levels`.
fn join_path(segments: &[&Segment], field: Option<&str>) -> String {
    let mut path = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => _ = write!(path, "[{index}]"),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Unknown => path.push_str(".?"),
        }
    }
    if let Some(field) = field {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
    }
    path
}

/// Whether a problem at `path` may come from a swapped-in value at one of `regions`: it is at
/// the region, inside it, or at the value holding it (`roles[3].levels` holds `roles[3].levels[0]`).
fn within(path: &str, regions: &[String]) -> bool {
    let inside = |path: &str, region: &str| {
        path == region || path.strip_prefix(region).is_some_and(|rest| rest.starts_with(['.', '[']))
    };
    regions.iter().any(|region| inside(path, region) || parent(region).is_some_and(|parent| parent == path))
}

/// `roles[3].levels` for `roles[3].levels[0]`, `roles[3]` for `roles[3].title`.
fn parent(path: &str) -> Option<&str> {
    path.rfind(['.', '[']).map(|at| &path[..at])
}

impl Problem {
    /// A syntax error, its place taken from `line()` and `column()`.
    fn syntax(err: &serde_json::Error) -> Self {
        let message = err.to_string();
        // serde_json gives its message only through `Display`, ending with the place; the place
        // goes in its own fields, so that exact ending is cut off (its wording is pinned by
        // `serde_words_errors_as_this_module_reads_them`).
        let place = format!(" at line {} column {}", err.line(), err.column());
        let message = message.strip_suffix(&place).unwrap_or(&message);
        Problem {
            path: String::new(),
            line: Some(err.line()),
            column: Some(err.column()),
            message: message.to_owned(),
        }
    }

    /// A type error at `path`, in words a person editing JSON reads easily: serde's "unknown
    /// variant" is an unknown value (an unknown level under `levels` or `level`), and its
    /// backquotes are JSON's double quotes.
    fn at(path: &Path, message: &str) -> Self {
        let segments: Vec<_> = path.iter().collect();
        let mut message = message.replace("unknown variant", "unknown value").replace('`', "\"");
        let is_level = segments.iter().rev().find_map(|segment| match segment {
            Segment::Map { key } => Some(key == "levels" || key == "level"),
            _ => None,
        });
        if is_level == Some(true) {
            message = message.replace("unknown value", "unknown level");
        }
        Problem::new(join_path(&segments, None), message)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::dataset::check;
    use crate::model::Level;

    fn embedded_value() -> Value {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    /// serde's message for a type error in `json` read as a `T`, as `check_malformed` gets it.
    fn serde_message<T: DeserializeOwned + std::fmt::Debug>(json: &Value) -> String {
        serde_path_to_error::deserialize::<_, T>(json).unwrap_err().into_inner().to_string()
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        a: u8,
        b: u8,
    }

    /// The wording of serde and `serde_json` this module reads where they offer no structured
    /// alternative. If a serde upgrade fails this test, update `Fault::of`, `Problem::syntax` and
    /// `Problem::at` to the new wording, then this test.
    #[test]
    fn serde_words_errors_as_this_module_reads_them() {
        let syntax = serde_json::from_str::<Value>("{\n  \"roles\": [,]\n}").unwrap_err();
        assert_eq!(
            syntax.to_string(),
            "expected value at line 2 column 13",
            "Problem::syntax strips the place"
        );
        let unknown = serde_message::<Pair>(&serde_json::json!({"a": 1, "b": 2, "c": 3}));
        assert_eq!(unknown, "unknown field `c`, expected `a` or `b`", "Fault::of reads the field");
        assert_eq!(Fault::of(&unknown), Fault::UnknownField("c".to_owned()));
        let missing = serde_message::<Pair>(&serde_json::json!({"a": 1}));
        assert_eq!(missing, "missing field `b`", "Fault::of reads the field");
        assert_eq!(Fault::of(&missing), Fault::MissingField("b".to_owned()));
        let variant = serde_message::<Level>(&serde_json::json!("junior"));
        assert_eq!(
            variant, "unknown variant `junior`, expected one of `entry`, `mid`, `senior`",
            "Problem::at says \"unknown value\" for \"unknown variant\""
        );
        assert_eq!(Fault::of(&variant), Fault::BadValue);
    }

    fn checked(value: &Value) -> Vec<String> {
        match check(&value.to_string()) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(Problem::to_string).collect(),
        }
    }

    #[test]
    fn unknown_level_is_a_type_error_at_its_path() {
        let mut value = embedded_value();
        value["roles"][3]["levels"][0] = "junior".into();
        assert_eq!(
            checked(&value),
            ["roles[3].levels[0]: unknown level \"junior\", expected one of \"entry\", \"mid\", \"senior\""]
        );
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let problems = check("{\n  \"roles\": [,]\n}").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (Some(2), Some(13)));
        assert_eq!(problems[0].to_string(), "line 2, column 13: expected value");
    }

    #[test]
    fn every_type_error_and_broken_rule_is_reported_at_once() {
        let mut value = embedded_value();
        value["roles"][1]["levels"][0] = "junior".into();
        value["roles"][3]["title"] = 7.into();
        value["faq"][0].as_object_mut().unwrap().remove("answer");
        value["guide"][2]["colour"] = "blue".into();
        value["salary"]["bands"][0]["min_usd"] = 500_000.into();
        value["roles"][4]["id"] = "data-scientist".into();
        let problems = checked(&value);
        assert_eq!(
            problems,
            [
                "roles[1].levels[0]: unknown level \"junior\", expected one of \"entry\", \"mid\", \"senior\"",
                "roles[3].title: invalid type: integer \"7\", expected a string",
                "faq[0]: missing field \"answer\"",
                "guide[2].colour: unknown field \"colour\", expected one of \"id\", \"title\", \"paragraphs\", \"tables\"",
                "roles[4]: duplicate id \"data-scientist\"",
                "salary.bands[0]: min_usd 500000 is greater than max_usd 110000",
                // Renaming roles[4] left what named it pointing nowhere: real problems too.
                "skills.by_role[11].role: \"computer-vision-engineer\" names no role",
                "outside.unmapped.roles[2]: \"computer-vision-engineer\" names no role",
            ]
        );
    }

    #[test]
    fn wrong_top_level_type_is_one_problem() {
        assert_eq!(
            checked(&serde_json::json!([1, 2])),
            ["the top level must be an object (the dataset), not a list"]
        );
    }

    #[test]
    fn problems_inside_swapped_elements_are_dropped() {
        assert!(within("roles[3].id", &["roles[3]".to_owned()]));
        assert!(within("roles[3]", &["roles[3]".to_owned()]));
        assert!(!within("roles[31].id", &["roles[3]".to_owned()]));
        assert!(within("roles[3].levels", &["roles[3].levels[0]".to_owned()]));
        assert!(!within("roles[4]", &["roles[3].levels[0]".to_owned()]));
    }
}
