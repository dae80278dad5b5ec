//! The contract scripts rely on (`docs/contract.md`), checked against the real binary:
//!
//! - every command's output, in every machine format, validates against `mlcareers schema COMMAND`;
//! - CSV and TSV read back to the JSON records exactly, from the embedded data and from a hostile
//!   data file (lists, commas, semicolons, quotes, newlines, formulas, Unicode);
//! - JSON Lines holds the JSON records, one a line;
//! - the exit codes: found 0, nothing found 1, usage 2, an unreadable file 2, an invalid file 2,
//!   a full disk 2, for every command.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;

use common::contract::{read_back, record_schema, validate};
use common::mlcareers;

/// Every view, and the lookups, searches and checks beside them.
const MORE: &[&[&str]] = &[
    &["roles", "--level", "entry"],
    &["role", "nlp"],
    &["guide", "outlook"],
    &["search", "machine", "learning", "--limit", "0"],
    &["search", "learning"],
    &["compare", "nlp", "cve", "data-scientist"],
    &["match", "--skills", "stats,math,pyhton", "--level", "entry"],
    &["salary", "150k", "--role", "ai-research-scientist"],
];

fn commands() -> impl Iterator<Item = Vec<&'static str>> {
    common::views::VIEWS.iter().chain(MORE).map(|args| args.to_vec())
}

/// What `mlcareers schema NAME` prints, for a schema's name (`data check` is typed `data-check`).
fn schema(name: &str) -> Value {
    let output = mlcareers().args(["schema", &name.replace(' ', "-")]).output().unwrap();
    assert!(output.status.success(), "schema {name}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs `args` in `format`, reading `data` when given; stdout, and the exit code.
fn run(data: Option<&PathBuf>, args: &[&str], format: &str) -> (String, Option<i32>) {
    let mut command = mlcareers();
    if let Some(data) = data {
        command.arg("--data").arg(data);
    }
    let output = command.args(args).args(["--format", format]).output().unwrap();
    (String::from_utf8(output.stdout).unwrap(), output.status.code())
}

/// Checks one command in every machine format against its schema and against its JSON.
fn check_command(data: Option<&PathBuf>, args: &[&str]) {
    let schema = schema(common::contract::schema_name(args));
    let (json, code) = run(data, args, "json");
    assert_eq!(code, Some(0), "{args:?}");
    let json: Value = serde_json::from_str(&json).unwrap();
    let errors = validate(&schema, &json);
    assert!(errors.is_empty(), "{args:?} json against its schema: {errors:#?}");

    let records = match &json {
        Value::Array(records) => records.clone(),
        record => vec![record.clone()],
    };
    let record = record_schema(&schema, json.is_array());

    // Every other machine format, from the registry of formats, read back by its own rule.
    let machine = mlcareers::render::Format::ALL.iter().filter(|format| format.is_machine());
    for format in machine.map(|format| format.name()).filter(|name| *name != "json") {
        let (text, code) = run(data, args, format);
        assert_eq!(code, Some(0), "{args:?} {format}");
        let back: Vec<Value> = match format {
            "jsonl" => text.lines().map(|line| serde_json::from_str(line).unwrap()).collect(),
            "csv" => read_back(&record, &text, false),
            "tsv" => read_back(&record, &text, true),
            other => panic!(
                "no reader for --format {other} in tests/contract.rs: add one, so that its records are held \
                 to the schema and to the JSON"
            ),
        };
        for row in &back {
            let errors = validate(&record, row);
            assert!(errors.is_empty(), "{args:?} {format} row against its schema: {errors:#?}");
        }
        assert_eq!(back, records, "{args:?}: {format} reads back to the JSON records");
    }
}

#[test]
fn every_command_in_every_machine_format_keeps_to_its_schema() {
    for args in commands() {
        check_command(None, &args);
    }
    // `data check` lists a file's problems as records; the file is bad, so it exits 1.
    let schema = schema("data-check");
    let (json, code) = run(None, &["data", "check", "tests/fixtures/three-mistakes.json"], "json");
    assert_eq!(code, Some(1));
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert!(validate(&schema, &json).is_empty(), "{json}");
    let (json, _) = run(None, &["data", "check", "tests/fixtures/syntax-error.json"], "json");
    let json: Value = serde_json::from_str(&json).unwrap();
    assert!(validate(&schema, &json).is_empty(), "{json}");
    assert!(json[0]["line"].is_u64() && json[0]["path"] == "", "{json}");
}

#[test]
fn words_keep_to_the_words_schema_and_to_the_schema_of_the_command_they_are_read_as() {
    let words_schema = schema("words");
    for (words, command) in [
        ("nlp engineer pay", "salary"),
        ("they offered me 85000", "salary"),
        ("what is ml", "glossary"),
        ("switch from data scientist to nlp engineer", "path"),
        ("i have python and statistics", "match"),
        ("nlp or computer vision", "compare"),
        ("who hires ml engineers", "industries"),
        ("what do computer vision engineers do", "role"),
        ("which job pays the most", "roles"),
    ] {
        let args: Vec<&str> = words.split(' ').collect();
        let (json, code) = run(None, &args, "json");
        assert_eq!(code, Some(0), "{words}");
        let json: Value = serde_json::from_str(&json).unwrap();
        let errors = validate(&words_schema, &json);
        assert!(errors.is_empty(), "{words} against schema words: {errors:#?}");
        let errors = validate(&schema(command), &json);
        assert!(errors.is_empty(), "{words} against schema {command}: {errors:#?}");
    }
}

/// The embedded dataset with text a CSV or a spreadsheet trips over: list items holding `;` and
/// `,`, quotes, newlines, tabs, control characters, escapes typed as text (`\t`), formulas, a
/// leading `'`, and text outside ASCII.
fn hostile_data(name: &str) -> PathBuf {
    let mut data: Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap();
    data["roles"][0]["title"] = "=HYPERLINK(\"http://example.com\"), a; b".into();
    data["roles"][1]["title"] = "@SUM(A1) Data Scientist".into();
    data["roles"][2]["responsibilities"] = "Line one,\nline two with \"quotes\"; and a \\ backslash".into();
    data["roles"][3]["responsibilities"] = "A tab\there, the letters \\t and \\e typed, a bell \u{7}".into();
    data["roles"][4]["responsibilities"] = "Line\u{2028}separator and\u{2029}paragraph separator".into();
    data["skills"]["groups"][0]["skills"][1] = "C; C++".into();
    data["skills"]["groups"][0]["skills"].as_array_mut().unwrap().push("=1+2".into());
    data["skills"]["groups"][1]["why"] = "+34% faster, 漢字, é, 🚀, \u{202f}narrow space".into();
    data["education"]["pathways"][0]["options"][0] = "-Minus, \"quoted\"; semi".into();
    data["industries"]["entries"][0]["name"] = "'Quoted at the start".into();
    data["faq"][0]["question"] = "<b>HTML</b> & \"quotes\"?".into();
    data["guide"][0]["paragraphs"][0] =
        "First line\n\nSecond paragraph, \"quoted\"; =not a formula here".into();
    // One file per test: the tests run at once, and a file half written is an invalid file.
    let path = common::scratch_dir("contract").join(format!("hostile-{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&data).unwrap()).unwrap();
    let output = mlcareers().args(["data", "check"]).arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    path
}

#[test]
fn csv_and_tsv_read_back_exactly_from_a_hostile_data_file() {
    let data = hostile_data("read-back");
    for args in commands() {
        check_command(Some(&data), &args);
    }
    // The hostile cells, as a spreadsheet would see them: neutralised.
    let (csv, _) = run(Some(&data), &["roles"], "csv");
    assert!(csv.contains("\n'=HYPERLINK") || csv.contains(",\"'=HYPERLINK"), "{csv}");
    assert!(csv.contains(",'@SUM(A1) Data Scientist,"), "{csv}");
    let (csv, _) = run(Some(&data), &["skills"], "csv");
    assert!(csv.contains(r#""[""Python"",""C; C++"",""=1+2""]""#), "{csv}");
}

#[test]
fn command_fields_run_against_the_data_they_came_from() {
    let data = hostile_data("commands");
    let (json, _) = run(Some(&data), &["search", "python"], "json");
    let hits: Vec<Value> = serde_json::from_str(&json).unwrap();
    let expected = format!("mlcareers --data {} ", data.display());
    for hit in &hits {
        let command = hit["command"].as_str().unwrap();
        assert!(command.starts_with(&expected), "{command}");
        assert!(hit["id"].is_string() && hit["kind"].is_string(), "{hit}");
        // Run it as the shell would: the words after `mlcareers`.
        let words: Vec<&str> = command.split(' ').skip(1).collect();
        let output = mlcareers().args(&words).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{command}: {}", String::from_utf8_lossy(&output.stderr));
    }
}

#[test]
fn command_fields_run_from_any_folder_with_a_relative_data_path() {
    let (json, _) = run(Some(&PathBuf::from("data/dataset.json")), &["search", "fraud"], "json");
    let hits: Vec<Value> = serde_json::from_str(&json).unwrap();
    let command = hits[0]["command"].as_str().unwrap();
    let words: Vec<&str> = command.split(' ').skip(1).collect();
    assert!(Path::new(words[1]).is_absolute(), "{command}");
    let output = mlcareers().current_dir(std::env::temp_dir()).args(&words).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{command}: {}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn machine_formats_hold_every_hit_unless_limited() {
    let count = |args: &[&str]| {
        let (json, _) = run(None, args, "json");
        serde_json::from_str::<Vec<Value>>(&json).unwrap().len()
    };
    let all = count(&["search", "learning", "--limit", "0"]);
    assert!(all > 10, "{all}");
    assert_eq!(count(&["search", "learning"]), all);
    assert_eq!(count(&["search", "learning", "--limit", "3"]), 3);
    let (table, _) = run(None, &["search", "learning"], "table");
    assert!(table.contains(&format!("The best 10 of {all} shown")), "{table}");
}

#[test]
fn headers_can_be_left_out() {
    for format in ["csv", "tsv"] {
        let (with, _) = run(None, &["roles"], format);
        let output = mlcareers().args(["roles", "--no-headers", "--format", format]).output().unwrap();
        let without = String::from_utf8(output.stdout).unwrap();
        assert_eq!(with.split_once('\n').unwrap().1, without, "{format}");
    }
}

#[test]
fn match_says_how_it_read_each_skill() {
    let (json, code) = run(None, &["match", "--skills", "stats,math,tensorflow"], "json");
    assert_eq!(code, Some(0));
    let records: Vec<Value> = serde_json::from_str(&json).unwrap();
    let matched = &records[0]["matched"];
    assert!(
        matched
            .as_array()
            .unwrap()
            .iter()
            .any(|have| have["skill"] == "Statistics" && have["typed"] == "stats")
    );
    assert!(
        matched
            .as_array()
            .unwrap()
            .iter()
            .any(|have| have["skill"] == "Linear algebra" && have["typed"] == "math")
    );
    // Nothing known: `[]` and exit 1; --strict makes an unknown word an error.
    let (json, code) = run(None, &["match", "--skills", "plumbing"], "json");
    assert_eq!((json.as_str(), code), ("[]\n", Some(1)));
    let output = mlcareers().args(["match", "--skills", "python,plumbing", "--strict"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("error: 'plumbing'"));
}

#[test]
fn data_export_refuses_what_it_cannot_write_and_exports_what_was_loaded() {
    let output = mlcareers().args(["data", "export", "--format", "csv"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let data = hostile_data("export");
    let output = mlcareers().arg("--data").arg(&data).args(["data", "export"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(output.stdout, std::fs::read(&data).unwrap());
}

/// Beside every view's first example and the line it says finds nothing (`mlcareers::cmd::ALL`):
/// `salary FIGURE`, and the commands that are no view of the data, each a line that finds
/// something and one that finds nothing (where a valid dataset can find nothing).
const MORE_ROWS: &[(&[&str], Option<&[&str]>)] = &[
    (&["salary", "150k"], Some(&["salary", "150k", "--role", "zzzz"])),
    (&["data", "check", "data/dataset.json"], Some(&["data", "check", "tests/fixtures/three-mistakes.json"])),
    (&["data", "export"], None),
    (&["schema", "roles"], None),
    (&["completions", "bash"], None),
    (&["man"], None),
];

/// Per command: arguments that find something, and arguments that find nothing. Every command is
/// here but `explore`, which needs a terminal (`tests/process.rs` runs it in one).
fn matrix() -> Vec<(Vec<&'static str>, Option<Vec<&'static str>>)> {
    let words = |line: &'static str| line.split(' ').collect::<Vec<_>>();
    let views = mlcareers::cmd::ALL.iter().filter(|command| command.is_view());
    let mut rows: Vec<_> =
        views.map(|command| (words(command.examples[0]), command.nothing.map(words))).collect();
    rows.extend(MORE_ROWS.iter().map(|(found, none)| (found.to_vec(), none.map(<[&str]>::to_vec))));
    for command in mlcareers::cmd::ALL.iter().filter(|command| command.typed && command.name != "explore") {
        assert!(
            rows.iter().any(|(found, _)| found[0] == command.name),
            "{} has no row in the exit-code matrix",
            command.name
        );
    }
    rows
}

/// The exit code of `args`, with `DATA-NO-ENTRY` standing for a dataset with no entry-level role.
fn code(args: &[&str], stdout_full: bool) -> Option<i32> {
    let no_entry = common::scratch_dir("contract").join("no-entry.json");
    let mut data: Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap();
    for role in data["roles"].as_array_mut().unwrap() {
        role["levels"].as_array_mut().unwrap().retain(|level| level != "entry");
    }
    std::fs::write(&no_entry, data.to_string()).unwrap();
    let args: Vec<String> = args
        .iter()
        .map(|arg| if *arg == "DATA-NO-ENTRY" { no_entry.display().to_string() } else { (*arg).to_owned() })
        .collect();
    let mut command = mlcareers();
    command.args(&args);
    if stdout_full {
        command.stdout(File::options().write(true).open("/dev/full").unwrap());
    }
    command.output().unwrap().status.code()
}

#[test]
fn exit_codes_are_grep_s() {
    let mut table =
        vec!["| command | found | none | usage | unreadable file | invalid file | /dev/full |".to_owned()];
    table.push("|---|---|---|---|---|---|---|".to_owned());
    for (found, none) in matrix() {
        let (found, none) = (found.as_slice(), none.as_deref());
        let with = |before: &[&'static str]| -> Vec<&'static str> {
            before.iter().copied().chain(found.iter().copied()).collect()
        };
        // `data check FILE` reads FILE, not `--data`: its unreadable and invalid files are FILE.
        let (unreadable, invalid) = if found.starts_with(&["data", "check"]) {
            (vec!["data", "check", "/nonexistent"], vec!["data", "check", "tests/fixtures/syntax-error.json"])
        } else {
            (with(&["--data", "/nonexistent"]), with(&["--data", "tests/fixtures/three-mistakes.json"]))
        };
        let row = [
            code(found, false),
            none.map_or(Some(-1), |none| code(none, false)),
            code(&[found, &["--no-such-option"][..]].concat(), false),
            code(&unreadable, false),
            code(&invalid, false),
            code(found, true),
        ];
        let cell = |code: Option<i32>| match code {
            Some(-1) => "n/a".to_owned(),
            Some(code) => code.to_string(),
            None => "signal".to_owned(),
        };
        table.push(format!("| {} | {} |", found.join(" "), row.map(cell).join(" | ")));
        let expected_none = if none.is_some() { Some(1) } else { Some(-1) };
        // The man page and the schemas read no data: a bad data file cannot keep anyone from them.
        let reads_data = !["schema", "man"].contains(&found[0]);
        let bad_file = if reads_data { Some(2) } else { Some(0) };
        // `data check` answers "this file has problems" with 1, as any other command says "none".
        let invalid_file = if found.starts_with(&["data", "check"]) { Some(1) } else { bad_file };
        assert_eq!(
            row,
            [Some(0), expected_none, Some(2), bad_file, invalid_file, Some(2)],
            "{}",
            table.join("\n")
        );
    }
    println!("{}", table.join("\n"));
}

/// Every `format` in `value`, at any depth.
fn formats(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(format)) = map.get("format") {
                found.push(format.clone());
            }
            map.values().for_each(|value| formats(value, found));
        }
        Value::Array(items) => items.iter().for_each(|value| formats(value, found)),
        _ => {}
    }
}

/// Issue 22, item 12 (its cheap parts): `man` and `completions` refuse a `--format` they cannot
/// write, as `schema` and `data export` do; every schema uses only the `format`s draft 2020-12
/// defines (schemars' `uint64` made Ajv in strict mode refuse them); `data schema` has its `$id`.
#[test]
fn formats_are_refused_alike_and_schemas_are_strict() {
    for args in [&["man"][..], &["completions", "bash"], &["schema", "roles"], &["data", "export"]] {
        let output = mlcareers().args(args).args(["--format", "csv"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: ") && stderr.contains("drop --format"), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let data = mlcareers().args(["data", "schema"]).output().unwrap();
    let data: Value = serde_json::from_slice(&data.stdout).unwrap();
    assert_eq!(data["$id"], "urn:mlcareers:contract:2:data");
    let mut schemas = vec![data];
    // Every command's schema, from the list the `schema` command itself offers.
    schemas.extend(mlcareers::cmd::schema::names().into_iter().map(schema));
    for schema in &schemas {
        let mut found = Vec::new();
        formats(schema, &mut found);
        assert!(found.is_empty(), "{}: formats {found:?}", schema["$id"]);
    }
}

/// The shape of a JSON value, for comparing what one key holds across commands: its type, the
/// keys of an object (sorted), the shape of a list's items; `null` and an empty list fit any.
fn shape(value: &Value) -> Option<String> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(_) => "boolean".to_owned(),
        Value::Number(_) => "number".to_owned(),
        Value::String(_) => "string".to_owned(),
        Value::Array(items) => {
            let mut shapes: Vec<String> = items.iter().filter_map(shape).collect();
            shapes.sort();
            shapes.dedup();
            match shapes.as_slice() {
                [] => return None,
                [one] => format!("[{one}]"),
                _ => panic!("a list of several shapes: {value}"),
            }
        }
        Value::Object(object) => {
            let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
            keys.sort_unstable();
            format!("{{{}}}", keys.join(","))
        }
    })
}

/// Every (key, shape) pair in `value`, at any depth, with where it was seen.
fn key_shapes(value: &Value, seen: &str, found: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(object) => {
            for (key, inner) in object {
                if let Some(shape) = shape(inner) {
                    found.push((key.clone(), shape, seen.to_owned()));
                }
                key_shapes(inner, seen, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| key_shapes(item, seen, found)),
        _ => {}
    }
}

#[test]
fn one_key_has_one_type_across_every_command() {
    let mut found = Vec::new();
    let check = ["data", "check", "tests/fixtures/three-mistakes.json"].map(str::to_owned).to_vec();
    for args in commands().map(|args| args.iter().map(|arg| (*arg).to_owned()).collect()).chain([check]) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (json, _) = run(None, &args, "json");
        key_shapes(&serde_json::from_str(&json).unwrap(), &args.join(" "), &mut found);
    }
    let mut first: std::collections::BTreeMap<&str, (&str, &str)> = std::collections::BTreeMap::new();
    let mut clashes = Vec::new();
    for (key, shape, seen) in &found {
        match first.get(key.as_str()) {
            Some((other, other_seen)) if other != shape => {
                clashes.push(format!("{key}: {other} in `{other_seen}`, {shape} in `{seen}`"));
            }
            Some(_) => {}
            None => _ = first.insert(key, (shape, seen)),
        }
    }
    clashes.sort();
    clashes.dedup();
    assert!(clashes.is_empty(), "keys with two types:\n{}", clashes.join("\n"));
    // One shape per concept: a reference, a salary range.
    let reference = "{id,title}";
    for key in ["levels", "roles", "role", "from", "to"] {
        assert_eq!(first[key].0.trim_matches(['[', ']']), reference, "{key}");
    }
    for key in ["salary_usd", "from_salary_usd", "to_salary_usd"] {
        assert_eq!(first[key].0, "{max_usd,min_usd,open_ended}", "{key}");
    }
    // The names that had two meanings or shapes are gone: a level, a band, a SOC code, a name.
    for gone in ["level", "band_usd", "soc", "name", "section"] {
        assert!(!first.contains_key(gone), "{gone}: {:?}", first.get(gone));
    }
    assert_eq!(first["id"].0, "string", "an id is text everywhere");
}

#[test]
fn every_record_has_its_kind_and_an_id_and_search_hits_are_unique() {
    let checks: [&[&str]; 2] = [
        &["data", "check", "tests/fixtures/three-mistakes.json"],
        &["data", "check", "tests/fixtures/syntax-error.json"],
    ];
    let mut kinds = std::collections::BTreeSet::new();
    for args in commands().chain(checks.iter().map(|args| args.to_vec())) {
        let (json, _) = run(None, &args, "json");
        let json: Value = serde_json::from_str(&json).unwrap();
        let records = match &json {
            Value::Array(records) => records.clone(),
            record => vec![record.clone()],
        };
        for record in &records {
            assert!(record["record"].is_string(), "{args:?}: {record}");
            // Every kind of record, results (`path`, `salary FIGURE`, a problem) too.
            assert!(record["id"].is_string(), "{args:?}: {record}");
            kinds.insert(record["record"].as_str().unwrap_or_default().to_owned());
        }
    }
    for kind in ["path", "salary-position", "problem", "role", "search-hit", "abbreviation"] {
        assert!(kinds.contains(kind), "{kind} was not seen: {kinds:?}");
    }
    // A result's id says what it is of: the two roles, the figure (and the role), its place.
    let id = |args: &[&str]| {
        let (json, _) = run(None, args, "json");
        let json: Value = serde_json::from_str(&json).unwrap();
        match json {
            Value::Array(records) => records.iter().map(|record| record["id"].clone()).collect(),
            record => vec![record["id"].clone()],
        }
    };
    assert_eq!(id(&["path", "ds", "mle"]), ["data-scientist/machine-learning-engineer"]);
    assert_eq!(id(&["salary", "150k"]), ["150000"]);
    assert_eq!(id(&["salary", "150k", "--role", "nlp"]), ["nlp-engineer/150000"]);
    assert_eq!(id(&["data", "check", "tests/fixtures/three-mistakes.json"]), ["1", "2", "3"]);
    let (json, _) = run(None, &["search", "engineer"], "json");
    let hits: Vec<Value> = serde_json::from_str(&json).unwrap();
    let mut keys: Vec<(String, String)> =
        hits.iter().map(|hit| (hit["kind"].to_string(), hit["id"].to_string())).collect();
    let all = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), all, "search hits are unique by (kind, id)");
    // `faq 3` and the list are the same record; `salary` and `salary FIGURE` are told apart.
    let (band, _) = run(None, &["salary"], "jsonl");
    let (position, _) = run(None, &["salary", "150k"], "jsonl");
    assert!(band.starts_with(r#"{"record":"salary-band","#), "{band}");
    assert!(position.starts_with(r#"{"record":"salary-position","#), "{position}");
}

/// Every `command` in `value`, at any depth, with the `argv` beside it (`null` when there is none).
fn commands_and_argvs(value: &Value, found: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(object) => {
            if let Some(command) = object.get("command") {
                found.push((
                    command.as_str().unwrap().to_owned(),
                    object.get("argv").cloned().unwrap_or_default(),
                ));
            }
            object.values().for_each(|inner| commands_and_argvs(inner, found));
        }
        Value::Array(items) => items.iter().for_each(|item| commands_and_argvs(item, found)),
        _ => {}
    }
}

#[test]
fn command_fields_have_an_argv_that_runs_without_a_shell() {
    let data = hostile_data("argv");
    let (json, _) = run(Some(&data), &["search", "python"], "json");
    let hits: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert!(!hits.is_empty());
    for hit in &hits {
        let argv: Vec<&str> =
            hit["argv"].as_array().unwrap().iter().map(|arg| arg.as_str().unwrap()).collect();
        assert_eq!(argv[..3], ["mlcareers", "--data", data.to_str().unwrap()], "{hit}");
        let output = mlcareers().args(&argv[1..]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{argv:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
    // Every `command`, in every command's output, has its `argv` beside it: the same words.
    let mut found = Vec::new();
    for args in commands() {
        let (json, _) = run(None, &args, "json");
        commands_and_argvs(&serde_json::from_str(&json).unwrap(), &mut found);
    }
    assert!(found.len() > 20, "{found:?}");
    for (command, argv) in &found {
        let words: Vec<&str> = command.split(' ').collect();
        assert_eq!(argv, &serde_json::json!(words), "{command}");
    }
    let (json, _) = run(None, &["role", "nlp"], "json");
    let role: Value = serde_json::from_str(&json).unwrap();
    let question = &role["how_to_get_there"]["questions"][0];
    assert_eq!(question["argv"], serde_json::json!(["mlcareers", "faq", question["id"]]), "{question}");
}

#[test]
fn json_and_json_lines_escape_the_line_and_paragraph_separators() {
    let data = hostile_data("separators");
    for format in ["json", "jsonl"] {
        let (out, code) = run(Some(&data), &["roles"], format);
        assert_eq!(code, Some(0));
        assert!(!out.contains(['\u{2028}', '\u{2029}']), "{format}: {out}");
        assert!(out.contains(r"Line\u2028separator and\u2029paragraph separator"), "{format}: {out}");
    }
    let (lines, _) = run(Some(&data), &["roles"], "jsonl");
    // Split as a JavaScript or Unicode-aware line reader splits: still one record a line.
    let records: Vec<Value> = lines
        .split(['\n', '\u{2028}', '\u{2029}'])
        .filter(|line| !line.is_empty())
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len(), 5);
    assert_eq!(records[4]["responsibilities"], "Line\u{2028}separator and\u{2029}paragraph separator");
}

/// Where `scripts/validators.sh` installs the validators: `MLCAREERS_VALIDATORS`, else
/// `target/validators` in the project.
fn validators_dir() -> PathBuf {
    std::env::var_os("MLCAREERS_VALIDATORS")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/validators"), PathBuf::from)
}

/// Whether the validators must run: in CI (`CI=true`, or `MLCAREERS_REQUIRE_TOOLS`, which
/// `.ci/run` sets after installing them), a missing validator is a failure, not a skip.
fn validators_required() -> bool {
    std::env::var("CI").is_ok_and(|ci| ci == "true" || ci == "1")
        || std::env::var_os("MLCAREERS_REQUIRE_TOOLS").is_some()
}

/// Every command's JSON, the words form's, `data check`'s and `data export`'s, each beside the
/// schema it must keep to, written as files with a manifest for the validators to read.
fn validator_cases() -> PathBuf {
    let dir = common::scratch_dir("validators");
    let mut manifest = Vec::new();
    let mut schemas = std::collections::BTreeSet::new();
    let mut add = |label: String, schema_name: &str, schema: Option<Value>, json: &str| {
        let schema_file = format!("{schema_name}.schema.json");
        if schemas.insert(schema_name.to_owned()) {
            let schema = schema.unwrap_or_else(|| self::schema(schema_name));
            std::fs::write(dir.join(&schema_file), serde_json::to_string_pretty(&schema).unwrap()).unwrap();
        }
        let instance = format!("{}.json", manifest.len());
        std::fs::write(dir.join(&instance), json).unwrap();
        manifest.push(serde_json::json!({ "label": label, "schema": schema_file, "instance": instance }));
    };
    for args in commands() {
        let (json, code) = run(None, &args, "json");
        assert_eq!(code, Some(0), "{args:?}");
        add(args.join(" "), common::contract::schema_name(&args), None, &json);
    }
    for words in ["nlp engineer pay", "switch from data scientist to nlp engineer", "what is ml"] {
        let args: Vec<&str> = words.split(' ').collect();
        let (json, _) = run(None, &args, "json");
        add(words.to_owned(), "words", None, &json);
    }
    let (json, _) = run(None, &["data", "check", "tests/fixtures/three-mistakes.json"], "json");
    add("data check".to_owned(), "data-check", None, &json);
    let output = mlcareers().args(["data", "schema"]).output().unwrap();
    let data_schema: Value = serde_json::from_slice(&output.stdout).unwrap();
    let (json, _) = run(None, &["data", "export"], "json");
    add("data export".to_owned(), "data", Some(data_schema), &json);
    let path = dir.join("manifest.json");
    std::fs::write(&path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
    path
}

/// Runs one validator; `None` (and a loud line on stderr) when it is not installed and CI does
/// not require it.
fn run_validator(name: &str, installed: &Path, command: &mut std::process::Command) -> Option<String> {
    if !installed.exists() {
        assert!(
            !validators_required(),
            "{name} is required in CI but not installed at {}: run scripts/validators.sh",
            installed.display()
        );
        eprintln!("SKIPPED: {name} is not installed ({}); run scripts/validators.sh", installed.display());
        return None;
    }
    let output = command.output().unwrap_or_else(|error| panic!("{name}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{name} refused:\n{stdout}{}", String::from_utf8_lossy(&output.stderr));
    Some(stdout)
}

#[test]
fn every_command_s_json_passes_ajv_in_strict_mode_and_python_jsonschema() {
    let manifest = validator_cases();
    let dir = validators_dir();
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validators");
    let modules = dir.join("node_modules");
    let ajv = run_validator(
        "ajv",
        &modules.join("ajv"),
        common::tool("node").arg(scripts.join("validate.mjs")).arg(&modules).arg(&manifest),
    );
    let python = dir.join("venv/bin/python");
    let jsonschema = run_validator(
        "python jsonschema",
        &python,
        common::tool(python.to_str().unwrap()).arg(scripts.join("validate.py")).arg(&manifest),
    );
    for report in [ajv, jsonschema].into_iter().flatten() {
        eprintln!("{report}");
        assert!(report.contains(" 0 failures"), "{report}");
    }
}

/// The table of GUIDE.md's "Fields of every command", made from the registry and the schemas: a
/// row for each form of each command's output (the list, the lookup), with the name `schema`
/// knows it by, the kind of its records and the CSV header.
fn fields_table() -> String {
    let tree = mlcareers::cli::whole_command();
    let mut rows = vec![
        "| command | schema | record | fields | finds nothing |".to_owned(),
        "|---|---|---|---|---|".to_owned(),
    ];
    for command in mlcareers::cmd::ALL {
        let Some(name) = command.schema_name.filter(|name| *name != "words") else { continue };
        let schema = (command.schema)();
        // The words that name a lookup's entry, as help shows them: `role NAME`, `path FROM TO`.
        let typed = tree.find_subcommand(command.name).map(|sub| match sub.find_subcommand("check") {
            Some(check) => check.clone(),
            None => sub.clone(),
        });
        let positionals: Vec<String> = typed
            .iter()
            .flat_map(|sub| sub.get_positionals().filter(|arg| !arg.is_hide_set()))
            .map(|arg| {
                arg.get_value_names()
                    .map_or_else(|| arg.get_id().to_string().to_uppercase(), |names| names[0].to_string())
            })
            .collect();
        let lookup = if positionals.is_empty() {
            name.to_owned()
        } else {
            format!("{name} {}", positionals.join(" "))
        };
        let shapes: Vec<(bool, Value)> = match schema.get("oneOf").and_then(Value::as_array) {
            Some(shapes) => shapes
                .iter()
                .map(|shape| (shape["type"] == "array", record_schema(&schema, shape["type"] == "array")))
                .collect(),
            None => vec![(schema["type"] == "array", record_schema(&schema, schema["type"] == "array"))],
        };
        let mut forms: Vec<(Vec<String>, String, Vec<String>)> = Vec::new();
        for (list, record) in &shapes {
            let label = if *list { format!("`{name}`") } else { format!("`{lookup}`") };
            let kind = record["properties"]["record"]["const"].as_str().unwrap().to_owned();
            let fields: Vec<String> =
                mlcareers::render::flat_columns(record).iter().map(|path| path.join(".")).collect();
            match forms.iter_mut().find(|(_, other, columns)| *other == kind && *columns == fields) {
                Some((labels, _, _)) => labels.push(label),
                None => forms.push((vec![label], kind, fields)),
            }
        }
        let nothing = command.nothing.map_or_else(String::new, |line| format!("`mlcareers {line}`"));
        for (labels, kind, fields) in forms {
            let fields: Vec<String> = fields.iter().map(|field| format!("`{field}`")).collect();
            rows.push(format!(
                "| {} | `{}` | `{kind}` | {} | {nothing} |",
                labels.join(", "),
                name.replace(' ', "-"),
                fields.join(", ")
            ));
        }
    }
    rows.join("\n") + "\n"
}

/// GUIDE.md's table of every command's records is the registry's and the schemas', as
/// [`fields_table`] makes it: `MLCAREERS_DOCS=overwrite cargo test --locked --test contract` writes
/// it there after a change.
#[test]
fn the_contract_s_table_of_fields_is_every_command_s() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("GUIDE.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (begin, end) = ("<!-- fields: begin -->\n", "<!-- fields: end -->");
    let start = text.find(begin).expect("the table's start marker") + begin.len();
    let stop = text.find(end).expect("the table's end marker");
    let table = fields_table();
    if std::env::var_os("MLCAREERS_DOCS").is_some_and(|value| value == "overwrite") {
        std::fs::write(&path, format!("{}{table}{}", &text[..start], &text[stop..])).unwrap();
        return;
    }
    assert_eq!(
        text[start..stop],
        table,
        "GUIDE.md's table of fields is not the commands': MLCAREERS_DOCS=overwrite cargo test --locked --test contract"
    );
}
