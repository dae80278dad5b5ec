//! What the formats for programs share: each record tagged with its kind, and CSV's and TSV's
//! one flattening rule, all from a record's `Serialize`.
//!
//! CSV and TSV flatten each record by one rule (`docs/contract.md`): a nested object becomes its
//! fields, named `parent.child`; a list is one cell holding its JSON array text; `null` is an
//! empty cell. The columns come from the record's schema ([`super::schema`]), not from the values,
//! so a record whose `occupation` is `null` has the same columns as one that has one.
//!
//! A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
//! or a carriage return) gets a leading `'`, as OWASP recommends; so does one that starts with `'`
//! itself, so that a reader drops one leading `'` from any text cell and has the text back.
//! Numbers and booleans never get one.

use std::io;

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Record, escape_controls, json, schema};

/// A record as it is written: `record` (its kind) first, then its own fields.
#[derive(Serialize)]
pub(super) struct Tagged<'r, R> {
    record: &'static str,
    #[serde(flatten)]
    fields: &'r R,
}

impl<'r, R: Record> Tagged<'r, R> {
    pub(super) fn new(fields: &'r R) -> Self {
        Tagged { record: R::RECORD, fields }
    }
}

/// CSV's and TSV's columns for records of type `R`, and each record's cells in them.
pub(super) struct Flat {
    columns: Vec<Vec<String>>,
    tsv: bool,
}

impl Flat {
    /// The columns of `R`, flattened from its schema; `tsv` for TSV's escapes in the cells.
    pub(super) fn of<R: Record>(tsv: bool) -> Flat {
        Flat { columns: columns(&schema::record::<R>()), tsv }
    }

    /// The header row: each column's key path, joined with dots.
    pub(super) fn headers(&self) -> Vec<String> {
        self.columns.iter().map(|path| path.join(".")).collect()
    }

    /// `record`'s cells, one per column: made a row at a time, so a large dataset is never held
    /// twice.
    pub(super) fn row<R: Record>(&self, record: &R) -> io::Result<Vec<String>> {
        let value = serde_json::to_value(Tagged::new(record)).map_err(io::Error::other)?;
        self.columns.iter().map(|path| Cell::of(lookup(&value, path)).text(self.tsv)).collect()
    }
}

/// The columns of a record with schema `schema`: the key paths to every value that is not an
/// object, in the order of the fields.
pub fn columns(schema: &Value) -> Vec<Vec<String>> {
    let mut columns = Vec::new();
    if let Some(properties) = properties(schema, schema) {
        walk(properties, schema, &mut Vec::new(), &mut columns);
    }
    columns
}

fn walk(
    properties: &Map<String, Value>,
    root: &Value,
    path: &mut Vec<String>,
    columns: &mut Vec<Vec<String>>,
) {
    for (key, property) in properties {
        path.push(key.clone());
        match self::properties(property, root) {
            Some(nested) => walk(nested, root, path, columns),
            None => columns.push(path.clone()),
        }
        path.pop();
    }
}

/// The properties of `schema` if it is an object (or an object or `null`), following `$ref`s.
fn properties<'s>(schema: &'s Value, root: &'s Value) -> Option<&'s Map<String, Value>> {
    let schema = resolve(schema, root);
    if let Some(Value::Object(properties)) = schema.get("properties") {
        return Some(properties);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(branches)) = schema.get(key) {
            let objects: Vec<&Value> = branches.iter().filter(|branch| branch["type"] != "null").collect();
            if let [only] = objects.as_slice() {
                return properties(only, root);
            }
        }
    }
    None
}

/// `schema`, or the definition its `$ref` names.
fn resolve<'s>(schema: &'s Value, root: &'s Value) -> &'s Value {
    match schema.get("$ref").and_then(Value::as_str).and_then(|at| at.strip_prefix("#/$defs/")) {
        Some(name) => resolve(&root["$defs"][name], root),
        None => schema,
    }
}

/// The value at `path`, `null` when a parent on the way is `null`.
fn lookup<'v>(value: &'v Value, path: &[String]) -> &'v Value {
    path.iter().fold(value, |value, key| value.get(key).unwrap_or(&Value::Null))
}

/// One cell, before the format's own quoting.
enum Cell<'v> {
    Null,
    Text(&'v str),
    Plain(String),
    List(&'v Value),
}

impl<'v> Cell<'v> {
    fn of(value: &'v Value) -> Self {
        match value {
            Value::Null => Cell::Null,
            Value::String(text) => Cell::Text(text),
            Value::Bool(flag) => Cell::Plain(flag.to_string()),
            Value::Number(number) => Cell::Plain(number.to_string()),
            Value::Array(_) | Value::Object(_) => Cell::List(value),
        }
    }

    /// The cell's text: a formula neutralised, a list as JSON, TSV's escapes for `tsv`, then
    /// any other control character escaped as every text format escapes it.
    fn text(&self, tsv: bool) -> io::Result<String> {
        let text = match self {
            Cell::Null => String::new(),
            Cell::Text(text) => neutralise(text).into_owned(),
            Cell::Plain(text) => text.clone(),
            Cell::List(value) => json::line(value)?,
        };
        let text = match self {
            _ if tsv => self::tsv(&text),
            // CSV keeps newlines and quotes as CSV does, and shows other controls escaped; a
            // backslash is doubled so that an escape and the same characters typed are told apart.
            Cell::Text(_) if text.contains('\\') => text.replace('\\', "\\\\"),
            _ => text,
        };
        Ok(escape_controls(&text).into_owned())
    }
}

/// `text` with a `'` before it when a spreadsheet would run it as a formula, or when it starts
/// with `'` (so that dropping one leading `'` always gives the text back).
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A TSV cell: backslash, tab, newline and carriage return written `\\`, `\t`, `\n`, `\r`.
fn tsv(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_a_leading_quote_kept_apart() {
        assert_eq!(neutralise("=1+2"), "'=1+2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-5"), "'-5");
        assert_eq!(neutralise("'quoted"), "''quoted");
        assert_eq!(neutralise("plain = text"), "plain = text");
    }

    #[test]
    fn tsv_escapes_what_would_break_a_line_or_a_cell() {
        assert_eq!(tsv("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
    }
}
