//! The JSON Schema of what programs get: generated from the record types with schemars, then
//! closed (every key required, no other key allowed) so that the schema is the contract: a key
//! is always present, `null` where there is no value.
//!
//! The CSV and TSV columns come from the same schema ([`super::machine`]), so the columns, the
//! JSON fields and the schema cannot disagree.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::Record;

/// The version of the machine-readable contract: the JSON, JSON Lines, CSV and TSV fields and
/// the exit codes. It changes when a field is removed, renamed or changes type; `$id` carries it.
pub const CONTRACT_VERSION: u32 = 2;

/// The closed schema of one `T` as it is serialized, with its definitions under `$defs`.
pub fn of<T: JsonSchema + ?Sized>() -> Value {
    let generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut value = generator.into_root_schema_for::<T>().to_value();
    close(&mut value);
    value
}

/// The closed schema of a record `R` as the machine formats write it: its `record` field first,
/// the constant [`Record::RECORD`], then its own.
pub fn record<R: Record>() -> Value {
    let generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut value = generator.into_root_schema_for::<R>().to_value();
    if let Some(Value::Object(properties)) = value.get_mut("properties") {
        let own = std::mem::take(properties);
        properties.insert(
            "record".to_owned(),
            json!({ "type": "string", "const": R::RECORD, "description": "The kind of record this is." }),
        );
        properties.extend(own);
    }
    close(&mut value);
    value
}

/// Requires every property and allows no other, at every level.
fn close(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                let keys: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                object.insert("required".to_owned(), Value::Array(keys));
                object.insert("additionalProperties".to_owned(), Value::Bool(false));
            }
            object.values_mut().for_each(close);
        }
        Value::Array(items) => items.iter_mut().for_each(close),
        _ => {}
    }
}

/// What a command prints: a list of records (`Array`) or one record (`One`).
pub enum Shape {
    Array(Value),
    One(Value),
}

/// The schema of a command's JSON output, from the shapes it can print (`faq` prints a list, `faq
/// QUERY` one record): `$schema`, a versioned `$id`, a title, and every definition at the top.
pub fn command(name: &str, shapes: Vec<Shape>) -> Value {
    let mut defs = Map::new();
    let mut bodies: Vec<Value> = shapes
        .into_iter()
        .map(|shape| match shape {
            Shape::Array(item) => json!({
                "type": "array",
                "description": "A list: every record found, in order (JSON Lines: one a line).",
                "items": hoist(item, &["$schema", "title"], &mut defs),
            }),
            Shape::One(record) => {
                let mut record = hoist(record, &["$schema", "title"], &mut defs);
                let own = record.get("description").and_then(Value::as_str).map(|own| format!(" {own}"));
                record["description"] = json!(format!(
                    "A lookup: the one record asked for (JSON Lines: one line).{}",
                    own.unwrap_or_default()
                ));
                record
            }
        })
        .collect();
    let mut root = Map::new();
    root.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    root.insert("$id".into(), json!(id(name)));
    root.insert("title".into(), json!(format!("mlcareers {name} --format json")));
    if bodies.len() == 1 {
        if let Some(Value::Object(body)) = bodies.pop() {
            root.extend(body);
        }
    } else {
        root.insert("oneOf".into(), Value::Array(bodies));
    }
    if !defs.is_empty() {
        root.insert("$defs".into(), Value::Object(defs));
    }
    let mut root = Value::Object(root);
    drop_unknown_formats(&mut root);
    root
}

/// The `format`s draft 2020-12 defines. schemars also writes its own (`uint64`, `uint32`, `double`)
/// for Rust's number types, which a validator in strict mode (Ajv) refuses as unknown; what they
/// say is already in `type` and `minimum`, so they are dropped.
const FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Removes every `format` the draft does not define from `schema`, at any depth.
pub fn drop_unknown_formats(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.get("format").and_then(Value::as_str).is_some_and(|format| !FORMATS.contains(&format)) {
                map.shift_remove("format");
            }
            map.values_mut().for_each(drop_unknown_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_unknown_formats),
        _ => {}
    }
}

/// The schema of what words after the program name print: the output of whichever command they
/// were read as (`note: read as: mlcareers COMMAND ...` on stderr names it), so any of `commands`'
/// schemas, each branch titled with its command. `anyOf`, not `oneOf`: an empty list fits many.
pub fn any_of(name: &str, commands: Vec<Value>) -> Value {
    let mut defs = Map::new();
    // Each branch keeps its title, the command it describes.
    let branches: Vec<Value> =
        commands.into_iter().map(|schema| hoist(schema, &["$schema", "$id"], &mut defs)).collect();
    let mut root = Map::new();
    root.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    root.insert("$id".into(), json!(id(name)));
    root.insert("title".into(), json!("mlcareers WORDS... --format json"));
    root.insert(
        "description".into(),
        json!("The record of the command the words were read as; stderr's 'note: read as:' line names it, and each branch's title is that command."),
    );
    root.insert("anyOf".into(), Value::Array(branches));
    if !defs.is_empty() {
        root.insert("$defs".into(), Value::Object(defs));
    }
    Value::Object(root)
}

/// `urn:mlcareers:contract:2:roles`: the command and the contract version.
pub fn id(name: &str) -> String {
    format!("urn:mlcareers:contract:{CONTRACT_VERSION}:{}", name.replace(' ', "-"))
}

/// A root schema without the keys `drop`, its `$defs` moved into `defs`.
fn hoist(mut schema: Value, drop: &[&str], defs: &mut Map<String, Value>) -> Value {
    if let Value::Object(object) = &mut schema {
        for key in drop {
            object.remove(*key);
        }
        if let Some(Value::Object(found)) = object.remove("$defs") {
            defs.extend(found);
        }
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(JsonSchema, serde::Serialize)]
    #[allow(dead_code)]
    struct Inner {
        a: Option<u32>,
    }

    #[derive(JsonSchema, serde::Serialize)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        inner: Option<Inner>,
    }

    #[test]
    fn every_key_is_required_at_every_level() {
        let schema = command("outer", vec![Shape::Array(of::<Outer>())]);
        assert_eq!(schema["$id"], "urn:mlcareers:contract:2:outer");
        assert_eq!(schema["type"], "array");
        assert_eq!(schema["items"]["required"], json!(["name", "inner"]));
        assert_eq!(schema["$defs"]["Inner"]["required"], json!(["a"]));
        assert_eq!(schema["$defs"]["Inner"]["additionalProperties"], false);
    }
}
