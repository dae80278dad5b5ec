//! Properties over generated datasets: any dataset that passes the check renders in every format;
//! CSV and JSON read back to the records they came from; a level filter returns exactly the roles
//! open at the levels asked for.
//!
//! Datasets are the embedded one with generated roles, level titles and salary bands: arbitrary
//! Unicode text (controls, wide and combining characters included), slug ids, any `u64` figures.

use proptest::prelude::*;
use serde_json::{Value, json};

use mlcareers::dataset;
use mlcareers::model::{Dataset, Level};
use mlcareers::query::roles;
use mlcareers::render::{Format, Options};
use mlcareers::request::{Command, Faq, Match, Roles, Salary, Search};
use mlcareers::{Outcome, run_view};

mod common;

/// Text that is not blank (the check refuses blank text) and may hold anything after that.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9é漢][^\n]{0,40}"
}

fn levels() -> impl Strategy<Value = Vec<Level>> {
    proptest::sample::subsequence(Level::ALL.to_vec(), 1..=3)
}

fn role() -> impl Strategy<Value = Value> {
    ("[a-z][a-z0-9]{0,8}", text(), text(), levels()).prop_map(|(id, title, duties, levels)| {
        json!({ "id": id, "title": title, "responsibilities": duties, "levels": levels, "source": "popular-roles" })
    })
}

fn band() -> impl Strategy<Value = (u64, u64, bool)> {
    (any::<u64>(), any::<u64>(), any::<bool>()).prop_map(|(a, b, open)| (a.min(b), a.max(b), open))
}

/// The embedded dataset with 1 to 8 generated roles (ids made unique by their position), level
/// titles and salary bands; every reference to a role points at a generated one.
fn dataset_json() -> impl Strategy<Value = String> {
    (prop::collection::vec(role(), 1..=8), [text(), text(), text()], [band(), band(), band()]).prop_map(
        |(mut generated, titles, bands)| {
            let mut value: Value = serde_json::from_str(dataset::EMBEDDED_JSON).unwrap();
            for (i, role) in generated.iter_mut().enumerate() {
                role["id"] = json!(format!("{}-{i}", role["id"].as_str().unwrap()));
            }
            let id = |i: usize| generated[i % generated.len()]["id"].clone();
            for (i, link) in value["skills"]["by_role"].as_array_mut().unwrap().iter_mut().enumerate() {
                link["role"] = id(i);
            }
            for occupation in value["outside"]["occupations"].as_array_mut().unwrap() {
                occupation["roles"] = json!([id(0)]);
            }
            value["outside"]["unmapped"]["roles"] = json!([id(1)]);
            // Two links to one role and skill are a duplicate: keep the first of each.
            let mut seen = std::collections::HashSet::new();
            value["skills"]["by_role"]
                .as_array_mut()
                .unwrap()
                .retain(|link| seen.insert(format!("{} {}", link["role"], link["skill"])));
            for (level, title) in value["levels"].as_array_mut().unwrap().iter_mut().zip(titles) {
                level["title"] = json!(title);
            }
            // A generated title may read as one of the job-ad level words (`S-R` is `sr`), which
            // the rules rightly refuse: the words are the embedded data's, not these titles'.
            value["vocabulary"]["level_words"] = json!([]);
            for (band, (min, max, open)) in
                value["salary"]["bands"].as_array_mut().unwrap().iter_mut().zip(bands)
            {
                band["min_usd"] = json!(min);
                band["max_usd"] = json!(max);
                band["open_ended"] = json!(open);
            }
            value["roles"] = Value::Array(generated);
            serde_json::to_string(&value).unwrap()
        },
    )
}

fn render(dataset: &Dataset, view: &Command, format: Format) -> (anyhow::Result<Outcome>, String) {
    let options = Options { format, width: 80, color: false, unicode: true, headers: true };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let outcome = run_view(dataset, view, options, &mut out, &mut err);
    (outcome, String::from_utf8(out).expect("output is UTF-8"))
}

/// Levels as a person types them: their ids.
fn ids(levels: &[Level]) -> Vec<String> {
    levels.iter().map(|level| level.id().to_owned()).collect()
}

/// `view` with its level filter set to `levels`, when it has one.
fn at_levels(view: Command, levels: &[Level]) -> Option<Command> {
    let levels = ids(levels);
    match view {
        Command::Roles(_) => Some(Command::Roles(Roles { levels, only: false })),
        Command::Salary(Salary { figure, role, chart, .. }) => {
            Some(Command::Salary(Salary { figure, levels, role, chart }))
        }
        Command::Match(Match { skills, strict, all, .. }) => {
            Some(Command::Match(Match { skills, levels, strict, all }))
        }
        _ => None,
    }
}

/// `json` checked; the text is kept for the run, as `mlcareers` keeps a file it reads.
fn checked(json: &str) -> Dataset {
    dataset::check(json.to_owned().leak())
        .unwrap_or_else(|problems| panic!("generated an invalid dataset: {problems:?}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_valid_dataset_renders_in_every_format(json in dataset_json(), level in levels()) {
        let dataset = checked(&json);
        // The shared views, and each that filters by level again at the generated levels.
        let mut views = common::views::views_of(&dataset);
        views.extend(views.clone().into_iter().filter_map(|view| at_levels(view, &level)));
        // A lookup by number, and a search for the generated text itself.
        views.push(Command::Faq(Faq { query: Some("1".to_owned()) }));
        views.push(Command::Search(Search { query: dataset.roles[0].title.to_string(), limit: None }));
        for view in &views {
            for &format in Format::ALL {
                let (outcome, _) = render(&dataset, view, format);
                prop_assert!(outcome.is_ok(), "{view:?} as {format:?}: {outcome:?}");
            }
        }
    }

    #[test]
    fn csv_and_tsv_read_back_to_the_json_records(json in dataset_json(), level in levels()) {
        let dataset = checked(&json);
        let view = Command::Roles(Roles { levels: ids(&level), only: false });
        let (_, out) = render(&dataset, &view, Format::Json);
        let records: Vec<Value> = serde_json::from_str(&out).unwrap();
        let schema = common::contract::record_schema(&mlcareers::schema("roles").unwrap(), true);
        // A text cell shows its control characters escaped, as every text format does; a list
        // cell is JSON and keeps them exactly. TSV writes tab and carriage return as escapes it
        // reads back, so only the other controls are shown escaped there.
        let (_, csv) = render(&dataset, &view, Format::Csv);
        prop_assert_eq!(&common::contract::read_back(&schema, &csv, false), &records);
        let (_, tsv) = render(&dataset, &view, Format::Tsv);
        prop_assert_eq!(&common::contract::read_back(&schema, &tsv, true), &records);
    }

    #[test]
    fn json_reads_back_to_the_same_records(json in dataset_json(), level in levels()) {
        let dataset = checked(&json);
        let records = roles::list(&dataset, &level);
        let (_, out) = render(&dataset, &Command::Roles(Roles { levels: ids(&level), only: false }), Format::Json);
        let mut parsed: Value = serde_json::from_str(&out).unwrap();
        // Each record is tagged with its kind, then has the fields of the query's record.
        for record in parsed.as_array_mut().unwrap() {
            prop_assert_eq!(record.as_object_mut().unwrap().shift_remove("record"), Some(json!("role")));
        }
        prop_assert_eq!(parsed, serde_json::to_value(&records).unwrap());
    }

    #[test]
    fn a_level_filter_returns_exactly_the_roles_open_at_those_levels(json in dataset_json(), level in levels()) {
        let dataset = checked(&json);
        let (outcome, out) = render(&dataset, &Command::Roles(Roles { levels: ids(&level), only: false }), Format::Json);
        let listed: Vec<Value> = serde_json::from_str(&out).unwrap();
        let listed: Vec<&str> = listed.iter().map(|role| role["id"].as_str().unwrap()).collect();
        let open: Vec<&str> = dataset
            .roles
            .iter()
            .filter(|role| role.levels.iter().any(|l| level.contains(l)))
            .map(|role| role.id.as_str())
            .collect();
        prop_assert_eq!(&listed, &open);
        let expected = if open.is_empty() { Outcome::NothingFound } else { Outcome::Found };
        prop_assert_eq!(outcome.unwrap(), expected);
    }
}
