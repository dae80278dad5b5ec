//! Loading the dataset and checking it: parse errors say where, validation lists every problem.

use std::collections::HashSet;
use std::fmt;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::model::{Dataset, Level};

/// The dataset compiled into the binary: the article, as structured JSON.
pub const EMBEDDED_JSON: &str = include_str!("../data/dataset.json");

/// The embedded dataset, parsed.
///
/// It is not validated again at run time: the test `embedded_dataset_is_valid` holds every build
/// to the rules, and validating cost a third of a whole `roles` run (callgrind: 568k of 1.78M
/// instructions).
pub fn embedded() -> Result<Dataset> {
    serde_json::from_str(EMBEDDED_JSON)
        .context("the embedded dataset is broken (a bug in this build of mlcareers)")
}

/// Parses a dataset from JSON text (a user's file) and validates it.
pub fn parse(json: &str) -> Result<Dataset> {
    let dataset: Dataset = serde_json::from_str(json).context("dataset is not valid")?;
    let problems = validate(&dataset);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
        bail!("dataset has {} problem(s):\n  {}", problems.len(), list.join("\n  "));
    }
    Ok(dataset)
}

/// One broken rule, with the path of the value that breaks it (`roles[3].levels`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks the rules serde cannot: unique ids, known references, ordered levels, `min <= max`,
/// sources that name a guide section, and no empty text anywhere. Returns every problem found.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Problems::default();

    // Rules for every value, wherever it sits: text is not blank, a `source` names a guide section
    // or an outside source.
    let sections = dataset.guide.iter().map(|section| section.id.as_str());
    let sources: HashSet<&str> =
        sections.chain(dataset.outside.sources.iter().map(|source| source.id.as_str())).collect();
    if let Ok(value) = serde_json::to_value(dataset) {
        check_values(&value, &mut String::new(), &sources, &mut problems);
    }

    if dataset.levels.iter().map(|level| level.id).ne(Level::ALL) {
        problems.add("levels", "must list entry, mid and senior, once each, in that order");
    }

    unique(dataset.guide.iter().map(|section| section.id.as_str()), "guide", "id", &mut problems);
    for (i, section) in dataset.guide.iter().enumerate() {
        if section.paragraphs.is_empty() {
            problems.add(format!("guide[{i}].paragraphs"), "must not be empty");
        }
    }

    unique(dataset.roles.iter().map(|role| role.id.as_str()), "roles", "id", &mut problems);
    for (i, role) in dataset.roles.iter().enumerate() {
        if role.levels.is_empty() {
            problems.add(format!("roles[{i}].levels"), "must name at least one level");
        } else if !role.levels.windows(2).all(|pair| pair[0] < pair[1]) {
            problems.add(format!("roles[{i}].levels"), "must be junior first, each level once");
        }
    }

    if dataset.salary.bands.iter().map(|band| band.level).ne(Level::ALL) {
        problems.add("salary.bands", "must hold one band per level: entry, mid, senior, in that order");
    }
    for (i, band) in dataset.salary.bands.iter().enumerate() {
        if band.min_usd > band.max_usd {
            problems.add(
                format!("salary.bands[{i}]"),
                format!("min_usd {} is greater than max_usd {}", band.min_usd, band.max_usd),
            );
        }
    }

    let groups = &dataset.skills.groups;
    unique(groups.iter().map(|group| group.id.as_str()), "skills.groups", "id", &mut problems);
    for (i, group) in groups.iter().enumerate() {
        if group.skills.is_empty() {
            problems.add(format!("skills.groups[{i}].skills"), "must name at least one skill");
        }
    }

    let roles: HashSet<&str> = dataset.roles.iter().map(|role| role.id.as_str()).collect();
    let mut known_role = |path: String, id: &str| {
        if !roles.contains(id) {
            problems.add(path, format!("\"{id}\" names no role"));
        }
    };
    for (i, link) in dataset.skills.by_role.iter().enumerate() {
        known_role(format!("skills.by_role[{i}].role"), &link.role);
    }
    for (i, occupation) in dataset.outside.occupations.iter().enumerate() {
        for (j, role) in occupation.roles.iter().enumerate() {
            known_role(format!("outside.occupations[{i}].roles[{j}]"), role);
        }
    }
    for (i, role) in dataset.outside.unmapped.roles.iter().enumerate() {
        known_role(format!("outside.unmapped.roles[{i}]"), role);
    }
    for (i, link) in dataset.skills.by_role.iter().enumerate() {
        if !link.derived {
            problems.add(
                format!("skills.by_role[{i}].derived"),
                "must be true: the article names no skill per role, so every link is derived",
            );
        }
    }
    let links = dataset.skills.by_role.iter().map(|link| format!("{} {}", link.role, link.skill));
    let links: Vec<String> = links.collect();
    unique(links.iter().map(String::as_str), "skills.by_role", "role and skill", &mut problems);
    let outside = &dataset.outside.sources;
    unique(outside.iter().map(|source| source.id.as_str()), "outside.sources", "id", &mut problems);

    let pathways = &dataset.education.pathways;
    unique(pathways.iter().map(|pathway| pathway.id.as_str()), "education.pathways", "id", &mut problems);
    for (i, pathway) in pathways.iter().enumerate() {
        if pathway.options.is_empty() {
            problems.add(format!("education.pathways[{i}].options"), "must name at least one option");
        }
    }

    let entries = &dataset.industries.entries;
    let keys: Vec<String> = entries.iter().map(|entry| format!("{:?} {}", entry.kind, entry.name)).collect();
    unique(keys.iter().map(String::as_str), "industries.entries", "kind and name", &mut problems);

    for (i, faq) in dataset.faq.iter().enumerate() {
        if usize::try_from(faq.number).ok() != Some(i + 1) {
            let message = format!("is {}, expected {} (numbered from 1, in order)", faq.number, i + 1);
            problems.add(format!("faq[{i}].number"), message);
        }
    }

    problems.0
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { path: path.into(), message: message.into() });
    }
}

/// Reports the second and later uses of an id, pointing at the repeat.
fn unique<'a>(ids: impl Iterator<Item = &'a str>, list: &str, what: &str, problems: &mut Problems) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            problems.add(format!("{list}[{i}]"), format!("duplicate {what} \"{id}\""));
        }
    }
}

/// Walks every value, keeping its path (`skills.groups[0].skills[1]`) for the message.
fn check_values(value: &Value, path: &mut String, sources: &HashSet<&str>, problems: &mut Problems) {
    match value {
        Value::String(text) if text.trim().is_empty() => problems.add(path.clone(), "must not be empty"),
        Value::String(source) if path.ends_with(".source") && !sources.contains(source.as_str()) => {
            problems.add(path.clone(), format!("\"{source}\" names no guide section or outside source"));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_values(item, path, sources, problems);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                check_values(field, path, sources, problems);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded_value() -> Value {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    fn problems_of(value: Value) -> Vec<String> {
        let dataset: Dataset = serde_json::from_value(value).unwrap();
        validate(&dataset).iter().map(Problem::to_string).collect()
    }

    #[test]
    fn embedded_dataset_is_valid() {
        let dataset = embedded().unwrap();
        assert_eq!(validate(&dataset), vec![]);
    }

    #[test]
    fn embedded_dataset_holds_the_whole_article() {
        let dataset = embedded().unwrap();
        assert_eq!(dataset.roles.len(), 5, "Table 1 has five roles");
        assert_eq!(dataset.salary.bands.len(), 3, "Table 2 has three bands");
        assert_eq!(dataset.faq.len(), 4);
        assert_eq!(dataset.guide.len(), 12, "the article has twelve sections");
        let senior = &dataset.salary.bands[2];
        assert!(senior.open_ended && senior.max_usd == 220_000, "220,000+ is an open top, not a maximum");
    }

    #[test]
    fn duplicate_ids_are_reported_at_the_repeat() {
        let mut value = embedded_value();
        value["roles"][3]["id"] = "data-scientist".into();
        let problems = problems_of(value);
        assert_eq!(problems[0], "roles[3]: duplicate id \"data-scientist\"");
        // What named the renamed role now points nowhere, and says so.
        assert!(problems[1..].iter().all(|problem| problem.ends_with("\"nlp-engineer\" names no role")));
    }

    #[test]
    fn min_above_max_is_reported() {
        let mut value = embedded_value();
        value["salary"]["bands"][1]["min_usd"] = 200_000.into();
        assert_eq!(problems_of(value), ["salary.bands[1]: min_usd 200000 is greater than max_usd 160000"]);
    }

    #[test]
    fn empty_text_is_reported_with_its_path() {
        let mut value = embedded_value();
        value["faq"][2]["answer"] = "  ".into();
        value["skills"]["groups"][0]["skills"][1] = "".into();
        let problems = problems_of(value);
        assert!(problems.contains(&"faq[2].answer: must not be empty".to_string()), "{problems:?}");
        assert!(
            problems.contains(&"skills.groups[0].skills[1]: must not be empty".to_string()),
            "{problems:?}"
        );
    }

    #[test]
    fn unknown_source_section_is_reported() {
        let mut value = embedded_value();
        value["roles"][0]["source"] = "table-9".into();
        value["industries"]["notes"][1]["source"] = "".into();
        assert_eq!(
            problems_of(value),
            [
                "roles[0].source: \"table-9\" names no guide section or outside source",
                "industries.notes[1].source: must not be empty"
            ]
        );
    }

    #[test]
    fn role_levels_must_be_ordered_and_present() {
        let mut value = embedded_value();
        value["roles"][0]["levels"] = serde_json::json!(["senior", "mid"]);
        value["roles"][1]["levels"] = serde_json::json!([]);
        assert_eq!(
            problems_of(value),
            [
                "roles[0].levels: must be junior first, each level once",
                "roles[1].levels: must name at least one level"
            ]
        );
    }

    #[test]
    fn levels_and_bands_must_cover_each_level_once() {
        let mut value = embedded_value();
        value["levels"].as_array_mut().unwrap().pop();
        value["salary"]["bands"][0]["level"] = "mid".into();
        assert_eq!(
            problems_of(value),
            [
                "levels: must list entry, mid and senior, once each, in that order",
                "salary.bands: must hold one band per level: entry, mid, senior, in that order"
            ]
        );
    }

    #[test]
    fn links_must_name_known_roles_and_be_marked_derived() {
        let mut value = embedded_value();
        value["skills"]["by_role"][0]["role"] = "plumber".into();
        value["skills"]["by_role"][1]["derived"] = false.into();
        value["outside"]["occupations"][1]["roles"][0] = "astronaut".into();
        value["outside"]["occupations"][0]["figures"][0]["source"] = "wikipedia".into();
        assert_eq!(
            problems_of(value),
            [
                "outside.occupations[0].figures[0].source: \"wikipedia\" names no guide section or outside source",
                "skills.by_role[0].role: \"plumber\" names no role",
                "outside.occupations[1].roles[0]: \"astronaut\" names no role",
                "skills.by_role[1].derived: must be true: the article names no skill per role, so every link is derived",
            ]
        );
    }

    #[test]
    fn faq_numbers_follow_article_order() {
        let mut value = embedded_value();
        value["faq"][1]["number"] = 7.into();
        assert_eq!(problems_of(value), ["faq[1].number: is 7, expected 2 (numbered from 1, in order)"]);
    }

    #[test]
    fn unknown_level_is_a_parse_error() {
        let mut value = embedded_value();
        value["roles"][3]["levels"][0] = "junior".into();
        let err = parse(&value.to_string()).unwrap_err();
        assert!(format!("{err:#}").contains("unknown variant `junior`"), "{err:#}");
    }
}
