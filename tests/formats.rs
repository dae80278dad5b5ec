//! The formats agree: CSV, read back by the contract's one rule (`tests/common/contract.rs`), is
//! the JSON records, for every list command and every lookup.

use serde_json::Value;

mod common;

/// Lookups by part of a name, a search cut to nothing, and a comparison of three, on top of
/// every view in [`common::views::VIEWS`] (each command's examples).
const MORE: &[&[&str]] = &[
    &["roles", "--level", "entry"],
    &["role", "nlp"],
    &["guide", "outlook"],
    &["search", "machine", "learning", "--limit", "0"],
    &["compare", "nlp", "cve", "data-scientist"],
];

fn commands() -> impl Iterator<Item = &'static &'static [&'static str]> {
    common::views::VIEWS.iter().chain(MORE)
}

fn run(args: &[&str], format: &str) -> String {
    let output = common::mlcareers().args(args).args(["--format", format]).output().unwrap();
    assert!(output.status.success(), "{args:?} {format}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn csv_rows_carry_the_json_records() {
    for args in commands() {
        let json: Value = serde_json::from_str(&run(args, "json")).unwrap();
        let records = match &json {
            Value::Array(records) => records.clone(),
            record => vec![record.clone()],
        };
        let schema = mlcareers::schema(common::contract::schema_name(args)).unwrap();
        let schema = common::contract::record_schema(&schema, json.is_array());
        let back = common::contract::read_back(&schema, &run(args, "csv"), false);
        assert_eq!(back, records, "{args:?}");
    }
}

/// Whether `word` is a subcommand's name (from the command tree itself); any other first word is
/// a topic or a question.
fn is_command(word: &str) -> bool {
    mlcareers::cli::whole_command().get_subcommands().any(|command| command.get_name() == word)
}

/// Whether `args` ask for one record (a lookup: `role NAME`, `salary FIGURE`), by the shapes the
/// command's schema allows: one object; or a list, and one record when something is named.
fn is_lookup(args: &[&str]) -> bool {
    let schema = mlcareers::schema(common::contract::schema_name(args)).unwrap();
    match schema.get("oneOf") {
        Some(_) => args.len() > 1 && !args[1].starts_with('-'),
        None => schema["type"] == "object",
    }
}

#[test]
fn json_lists_are_arrays_of_objects_and_lookups_are_objects() {
    for args in commands() {
        let json: Value = serde_json::from_str(&run(args, "json")).unwrap();
        // Words after the program name answer with the command that answers them: an object for
        // a section, a role or an answer, a list for a list (the degree question: education).
        let is_topic = !is_command(args[0]);
        let is_lookup = !is_topic && is_lookup(args);
        if is_topic {
            assert!(
                json.is_object()
                    || json.as_array().is_some_and(|records| records.iter().all(Value::is_object)),
                "{args:?}"
            );
        } else if is_lookup {
            assert!(json.is_object(), "{args:?}");
        } else {
            let records = json.as_array().unwrap_or_else(|| panic!("{args:?} is not an array"));
            assert!(!records.is_empty() && records.iter().all(Value::is_object), "{args:?}");
        }
    }
}

#[test]
fn role_salaries_in_json_are_open_ended_where_the_top_band_is() {
    let json: Value = serde_json::from_str(&run(&["roles"], "json")).unwrap();
    for role in json.as_array().unwrap() {
        let salary = &role["salary_usd"];
        assert_eq!(salary.as_object().unwrap().len(), 3, "a salary range is min, max, open-ended: {role}");
        assert_eq!(salary["open_ended"], true, "every role spans the senior band: {role}");
        assert_eq!(salary["max_usd"], 220_000);
    }
    let bands: Value = serde_json::from_str(&run(&["salary"], "json")).unwrap();
    let open: Vec<&str> = bands
        .as_array()
        .unwrap()
        .iter()
        .filter(|band| band["salary_usd"]["open_ended"] == true)
        .map(|band| band["id"].as_str().unwrap())
        .collect();
    assert_eq!(open, ["senior"]);
}

#[test]
fn csv_rows_end_in_crlf_and_tsv_rows_in_lf() {
    let csv = run(&["roles"], "csv");
    let rows: Vec<&str> = csv.split_inclusive('\n').collect();
    assert_eq!(rows.len(), 6, "{csv:?}");
    assert!(rows.iter().all(|row| row.ends_with("\r\n")), "RFC 4180: {csv:?}");
    let tsv = run(&["roles"], "tsv");
    assert!(!tsv.contains('\r') && tsv.ends_with('\n'), "{tsv:?}");
}
