//! `path`, `compare` and `match` over generated datasets: the bytes choose each skill group's
//! skills (repeats and near repeats included: `data check` must refuse what `path` cannot take),
//! each role's own skills and levels, and which roles and skills are asked about. Every dataset
//! `data check` calls valid answers without panicking or printing a raw control.

#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mlcareers::request::{Command, Compare, Match, Path};
use serde_json::{Value, json};

/// Skill names to draw from: few, so that the same one comes up twice; one differing only in case,
/// one with an escape sequence, one long.
const NAMES: [&str; 10] = [
    "Python",
    "python",
    "SQL",
    "Statistics",
    "Deep learning",
    "Model training",
    "Model deployment",
    "C; C++",
    "x\u{1b}[2J\u{202e}",
    "A skill whose name goes on and on and on and on and on and on and on and on",
];

fn embedded() -> &'static Value {
    static VALUE: OnceLock<Value> = OnceLock::new();
    VALUE.get_or_init(|| serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.iter().copied();
    let mut next = move || usize::from(bytes.next().unwrap_or(0));
    let mut value = embedded().clone();
    for group in value["skills"]["groups"].as_array_mut().unwrap() {
        let count = next() % 5 + 1;
        group["skills"] = (0..count).map(|_| json!(NAMES[next() % NAMES.len()])).collect();
    }
    let roles: Vec<String> = value["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|role| role["id"].as_str().unwrap().to_owned())
        .collect();
    for link in value["skills"]["by_role"].as_array_mut().unwrap() {
        link["role"] = json!(roles[next() % roles.len()]);
        link["skill"] = json!(NAMES[next() % NAMES.len()]);
    }
    for role in value["roles"].as_array_mut().unwrap() {
        let levels: Vec<&str> = ["entry", "mid", "senior"]
            .into_iter()
            .enumerate()
            .filter(|(i, _)| next() & (1 << i) != 0)
            .map(|(_, l)| l)
            .collect();
        if !levels.is_empty() {
            role["levels"] = json!(levels);
        }
    }
    let text: &'static str = serde_json::to_string(&value).unwrap().leak();
    let Ok(dataset) = mlcareers::dataset::check(text) else { return };
    let role = |i: usize| roles[i % roles.len()].clone();
    let (a, b, c) = (next(), next(), next());
    let skills: Vec<String> = (0..next() % 4 + 1).map(|_| NAMES[next() % NAMES.len()].to_owned()).collect();
    let views = [
        Command::Path(Path { from: role(a), to: role(b) }),
        Command::Compare(Compare { roles: vec![role(a), role(b), role(c)] }),
        Command::Match(Match { skills, levels: Vec::new(), strict: next() % 2 == 0, all: next() % 2 == 0 }),
    ];
    for view in &views {
        common::run_everywhere(&dataset, view);
    }
});
