//! Reading CSV and TSV back into JSON records, by the rule `docs/contract.md` writes down and
//! knowing only the schema (`mlcareers schema COMMAND`): a column `a.b` is field `b` of object
//! `a`; a list is its JSON array text; an empty cell is `null` where the field can be `null`; one
//! leading `'` of a text cell is dropped. And a small JSON Schema validator for the subset of
//! JSON Schema the contract's schemas use.
//!
//! The validator is written here rather than taken from the `jsonschema` crate, whose dependency
//! tree (an HTTP client for remote `$ref`s, regex engines) is far larger than the subset needs:
//! `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`, `anyOf`,
//! `oneOf`, `allOf`, `$ref` to `#/$defs/...`, `minimum`, `maximum`, and the annotations `title`,
//! `description`, `format` and `default`. A keyword it does not know
//! fails the validation, so the schemas cannot grow past what is checked without anyone noticing.

#![allow(dead_code)]

use serde_json::{Map, Value};

/// The schema of one record of a command's output: `items` of an array schema, or the object
/// schema itself; for a command with two shapes, the one that fits `output` (array or object).
/// `$defs` stay at the top so `$ref`s resolve.
pub fn record_schema(command_schema: &Value, output_is_array: bool) -> Value {
    let defs = command_schema.get("$defs").cloned().unwrap_or(Value::Object(Map::new()));
    let shape = match command_schema.get("oneOf").and_then(Value::as_array) {
        Some(shapes) => shapes
            .iter()
            .find(|shape| (shape["type"] == "array") == output_is_array)
            .cloned()
            .expect("a shape that fits"),
        None => command_schema.clone(),
    };
    let mut record = if output_is_array { shape["items"].clone() } else { shape };
    if let Value::Object(object) = &mut record {
        object.insert("$defs".to_owned(), defs);
    }
    record
}

/// The records a CSV (or, with `tsv`, a TSV) text holds, as JSON, with the header row.
pub fn read_back(record_schema: &Value, text: &str, tsv: bool) -> Vec<Value> {
    let rows: Vec<Vec<String>> = if tsv {
        text.lines().map(|line| line.split('\t').map(unescape).collect()).collect()
    } else {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
        reader.records().map(|row| row.unwrap().iter().map(str::to_owned).collect()).collect()
    };
    let (headers, rows) = rows.split_first().expect("a header row");
    let columns = mlcareers::render::flat_columns(record_schema);
    let names: Vec<String> = columns.iter().map(|path| path.join(".")).collect();
    assert_eq!(headers, &names, "the header row is the schema's fields, flattened");
    rows.iter()
        .map(|row| {
            assert_eq!(row.len(), names.len(), "{row:?}");
            let cells: Map<String, Value> =
                names.iter().cloned().zip(row.iter().map(|cell| Value::String(cell.clone()))).collect();
            build(record_schema, record_schema, "", &cells, tsv)
        })
        .collect()
}

/// The object `schema` describes, from the cells of the columns under `prefix`.
fn build(schema: &Value, root: &Value, prefix: &str, cells: &Map<String, Value>, tsv: bool) -> Value {
    let schema = object_branch(schema, root).expect("an object");
    let mut object = Map::new();
    for (key, property) in schema["properties"].as_object().unwrap() {
        let name = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        let value = if object_branch(property, root).is_some() {
            let under: Vec<&str> = cells
                .iter()
                .filter(|(column, _)| column.starts_with(&format!("{name}.")))
                .map(|(_, cell)| cell.as_str().unwrap())
                .collect();
            if allows(property, root, "null") && under.iter().all(|cell| cell.is_empty()) {
                Value::Null
            } else {
                build(property, root, &name, cells, tsv)
            }
        } else {
            leaf(property, root, cells[&name].as_str().unwrap(), tsv)
        };
        object.insert(key.clone(), value);
    }
    Value::Object(object)
}

/// A cell as the value its schema says it holds.
fn leaf(schema: &Value, root: &Value, cell: &str, tsv: bool) -> Value {
    if cell.is_empty() && allows(schema, root, "null") {
        return Value::Null;
    }
    if (allows(schema, root, "array") || allows(schema, root, "object")) && cell.starts_with(['[', '{']) {
        return serde_json::from_str(cell).unwrap_or_else(|err| panic!("{cell}: {err}"));
    }
    if allows(schema, root, "boolean") {
        return Value::Bool(cell.parse().unwrap_or_else(|_| panic!("not a boolean: {cell}")));
    }
    if allows(schema, root, "integer") || allows(schema, root, "number") {
        return serde_json::from_str(cell).unwrap_or_else(|_| panic!("not a number: {cell}"));
    }
    let text = cell.strip_prefix('\'').unwrap_or(cell);
    // A TSV cell was unescaped whole; a CSV text cell's escapes are undone here (a list's JSON
    // text has none of its own).
    Value::String(if tsv { text.to_owned() } else { unescape(text) })
}

/// `schema`, following `$ref`s, if it is an object or an object or `null`.
fn object_branch<'s>(schema: &'s Value, root: &'s Value) -> Option<&'s Value> {
    let schema = resolve(schema, root);
    if schema.get("properties").is_some() {
        return Some(schema);
    }
    ["anyOf", "oneOf"].iter().find_map(|key| {
        let branches = schema.get(*key)?.as_array()?;
        let objects: Vec<&Value> = branches.iter().filter(|branch| branch["type"] != "null").collect();
        match objects.as_slice() {
            [only] => object_branch(only, root),
            _ => None,
        }
    })
}

/// Whether `schema` allows a value of JSON type `kind`.
fn allows(schema: &Value, root: &Value, kind: &str) -> bool {
    let schema = resolve(schema, root);
    let by_type = match schema.get("type") {
        Some(Value::String(one)) => one == kind || (kind == "number" && one == "integer"),
        Some(Value::Array(many)) => many.iter().any(|one| one == kind),
        _ => false,
    };
    let by_enum = kind == "string"
        && (schema.get("enum").is_some_and(|values| values.as_array().unwrap().iter().all(Value::is_string))
            || schema.get("const").is_some_and(Value::is_string));
    let by_branch = ["anyOf", "oneOf"].iter().any(|key| {
        schema
            .get(*key)
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().any(|branch| allows(branch, root, kind)))
    });
    by_type || by_enum || by_branch
}

fn resolve<'s>(schema: &'s Value, root: &'s Value) -> &'s Value {
    match schema.get("$ref").and_then(Value::as_str).and_then(|at| at.strip_prefix("#/$defs/")) {
        Some(name) => resolve(&root["$defs"][name], root),
        None => schema,
    }
}

/// Text as it was before its escapes were written: `\\`, `\t`, `\n`, `\r` (TSV's), and `\e`
/// and `\u{..}` (the escapes of control characters every text format shows).
pub fn unescape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') | None => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('e') => out.push('\u{1b}'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(
                    u32::from_str_radix(&code, 16).ok().and_then(char::from_u32).expect("a \\u{..} escape"),
                );
            }
            Some(other) => panic!("an unknown escape \\{other} in {cell:?}"),
        }
    }
    out
}

/// Every way `value` breaks `schema`, with the path to it; empty when it is valid.
pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, value, "$", &mut errors);
    errors
}

const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "oneOf",
    "allOf",
    "format",
    "minimum",
    "maximum",
    "default",
];

fn check(schema: &Value, root: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(object) = schema.as_object() else {
        if schema == &Value::Bool(false) {
            errors.push(format!("{at}: no value is allowed here"));
        }
        return;
    };
    for key in object.keys() {
        if !KNOWN.contains(&key.as_str()) {
            errors.push(format!("{at}: the validator does not know the keyword {key}"));
        }
    }
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/$defs/").expect("a local $ref");
        check(&root["$defs"][name], root, value, at, errors);
    }
    if let Some(kind) = object.get("type") {
        let kinds: Vec<&str> = match kind {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if !kinds.iter().any(|kind| is_type(value, kind)) {
            errors.push(format!("{at}: {value} is not of type {kinds:?}"));
            return;
        }
    }
    if let Some(values) = object.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        errors.push(format!("{at}: {value} is not one of {values:?}"));
    }
    if let Some(constant) = object.get("const")
        && constant != value
    {
        errors.push(format!("{at}: {value} is not {constant}"));
    }
    if let Some(minimum) = object.get("minimum").and_then(Value::as_f64)
        && value.as_f64().is_some_and(|number| number < minimum)
    {
        errors.push(format!("{at}: {value} is under {minimum}"));
    }
    if let Some(maximum) = object.get("maximum").and_then(Value::as_f64)
        && value.as_f64().is_some_and(|number| number > maximum)
    {
        errors.push(format!("{at}: {value} is over {maximum}"));
    }
    for (key, need) in [("anyOf", 1..usize::MAX), ("oneOf", 1..2)] {
        if let Some(branches) = object.get(key).and_then(Value::as_array) {
            let passing = branches.iter().filter(|branch| validate_at(branch, root, value)).count();
            if !need.contains(&passing) {
                errors.push(format!("{at}: {passing} of the {key} branches fit"));
            }
        }
    }
    if let Some(branches) = object.get("allOf").and_then(Value::as_array) {
        for branch in branches {
            check(branch, root, value, at, errors);
        }
    }
    if let Value::Object(fields) = value {
        let properties = object.get("properties").and_then(Value::as_object);
        for name in object.get("required").and_then(Value::as_array).into_iter().flatten() {
            let name = name.as_str().unwrap();
            if !fields.contains_key(name) {
                errors.push(format!("{at}: the key {name} is missing"));
            }
        }
        for (name, field) in fields {
            match properties.and_then(|properties| properties.get(name)) {
                Some(property) => check(property, root, field, &format!("{at}.{name}"), errors),
                None if object.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: the key {name} is not in the schema"));
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(item)) = (value, object.get("items")) {
        for (i, element) in items.iter().enumerate() {
            check(item, root, element, &format!("{at}[{i}]"), errors);
        }
    }
}

fn validate_at(schema: &Value, root: &Value, value: &Value) -> bool {
    let mut errors = Vec::new();
    check(schema, root, value, "", &mut errors);
    errors.is_empty()
}

fn is_type(value: &Value, kind: &str) -> bool {
    match kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "integer" => value.is_u64() || value.is_i64(),
        "number" => value.is_number(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// The name of the schema `args`' JSON output keeps to (`roles`, `data check`): the command's
/// own; for words after the program name, that of the command they are read as, which the first
/// line on stderr names (`note: read as: mlcareers guide future-outlook`).
pub fn schema_name(args: &[&str]) -> &'static str {
    let named = |name: &str| mlcareers::cmd::ALL.iter().find(|command| command.typed && command.name == name);
    let command = named(args[0]).unwrap_or_else(|| {
        let output = super::mlcareers().args(args).args(["--format", "json"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let read_as = stderr.lines().find_map(|line| line.strip_prefix("note: read as: mlcareers "));
        let first = read_as.unwrap_or_else(|| panic!("{args:?} says what it is read as: {stderr}"));
        named(first.split(' ').next().unwrap()).unwrap_or_else(|| panic!("{args:?}: {first}"))
    });
    command.schema_name.unwrap_or_else(|| panic!("{} prints no records", command.name))
}
