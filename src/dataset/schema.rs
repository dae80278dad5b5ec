//! The dataset's JSON Schema, generated from the model, for editors to check a file as it is typed.

use crate::model::Dataset;

/// The dataset's JSON Schema, for editors to validate a data file while it is typed.
///
/// # Panics
///
/// Never: a schema is a JSON value, and a value always serializes.
pub fn schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Dataset)).expect("a schema is JSON");
    crate::render::schema::drop_unknown_formats(&mut schema);
    // Named as the commands' schemas are, with the contract version: `urn:mlcareers:contract:2:data`.
    if let serde_json::Value::Object(map) = &mut schema {
        map.shift_insert(1, "$id".into(), serde_json::json!(crate::render::schema::id("data")));
    }
    serde_json::to_string_pretty(&schema).expect("a schema is JSON")
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::dataset::EMBEDDED_JSON;

    #[test]
    fn the_schema_describes_the_dataset_and_closes_it() {
        let schema: Value = serde_json::from_str(&schema()).unwrap();
        let required: Vec<&str> =
            schema["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let embedded: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        // Every field is required but the vocabulary, which a data file written before it may lack.
        let fields: Vec<String> =
            embedded.as_object().unwrap().keys().filter(|key| *key != "vocabulary").cloned().collect();
        assert_eq!(required, fields, "every top-level field is required, in the file's order");
        assert!(schema["properties"]["vocabulary"].is_object(), "the vocabulary is described");
        assert_eq!(
            schema["$defs"]["LevelWord"]["required"],
            serde_json::json!(["word", "level", "derived", "reason"])
        );
        assert_eq!(schema["additionalProperties"], false, "unknown fields are errors, as in check");
        let level = &schema["$defs"]["Level"];
        let values: Vec<&str> = level["enum"].as_array().map_or_else(
            || level["oneOf"].as_array().unwrap().iter().filter_map(|v| v["const"].as_str()).collect(),
            |values| values.iter().filter_map(Value::as_str).collect(),
        );
        assert_eq!(values, ["entry", "mid", "senior"]);
        assert_eq!(schema["$defs"]["Role"]["properties"]["levels"]["items"]["$ref"], "#/$defs/Level");
    }

    #[test]
    fn the_model_s_own_string_and_list_types_are_plain_json_in_the_schema() {
        // `Text` and `Levels` are how the program holds a string and a role's levels; a file
        // holds a string and a list, and the schema says so inline, as for `String` and `Vec`.
        let schema: Value = serde_json::from_str(&schema()).unwrap();
        let role = &schema["$defs"]["Role"]["properties"];
        assert_eq!(role["title"], serde_json::json!({"type": "string"}));
        assert_eq!(role["levels"]["type"], "array");
        assert!(!schema["$defs"].as_object().unwrap().keys().any(|name| name == "Text" || name == "Levels"));
    }
}
