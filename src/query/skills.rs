//! Skills a role asks for, and reading what skills a person names.
//!
//! Every role asks for the article's essential skills (they are for machine learning jobs in
//! general) plus its own derived skills (`skills.by_role`: Table 1 or O*NET, each with a reason).

use serde::Serialize;
use strsim::jaro_winkler;

use super::words::{is_stopword, normalize, query_words, similarity, words};
use crate::model::{Dataset, Role};

/// One skill a role asks for.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Requirement<'a> {
    pub skill: &'a str,
    /// False for the article's essential skills, which every role asks for; true for a role's own.
    pub derived: bool,
    /// Why the role asks for it (derived skills only; `null` for the essential ones).
    pub reason: Option<&'a str>,
    pub source: &'a str,
}

/// The skills `role` asks for: the essential ones in the article's order, then its own.
pub fn requirements<'a>(dataset: &'a Dataset, role: &Role) -> Vec<Requirement<'a>> {
    let general = dataset.skills.groups.iter().flat_map(|group| {
        group.skills.iter().map(|skill| Requirement {
            skill,
            derived: false,
            reason: None,
            source: &group.source,
        })
    });
    let own = dataset.skills.by_role.iter().filter(|link| link.role == role.id).map(|link| Requirement {
        skill: &link.skill,
        derived: true,
        reason: Some(&link.reason),
        source: &link.source,
    });
    general.chain(own).collect()
}

/// What one skill a person typed was read as.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading<'a> {
    /// Skills as the dataset names them (a group's name stands for all of its skills).
    Skills(Vec<&'a str>),
    /// Several skills fit equally; the person should say which.
    Ambiguous(Vec<&'a str>),
    Unknown {
        closest: Option<&'a str>,
    },
}

/// Shorthand people type for a skill, and what it stands for.
const ALIASES: &[(&str, &str)] = &[
    ("stats", "statistics"),
    ("stat", "statistics"),
    ("math", "mathematics"),
    ("maths", "mathematics"),
    ("nlp", "natural language processing"),
    ("viz", "data visualization"),
    ("dataviz", "data visualization"),
    ("cv", "image and video recognition"),
];

/// Every skill name the dataset knows, once, in dataset order.
pub fn known_skills(dataset: &Dataset) -> Vec<&str> {
    let mut names: Vec<&str> = dataset.skills.essential().collect();
    for link in &dataset.skills.by_role {
        if !names.contains(&link.skill.as_str()) {
            names.push(&link.skill);
        }
    }
    names
}

/// Reads one skill as typed: case, spacing, word forms, small typos and common shorthand
/// (`stats`) do not matter; a group's title (`mathematics`) means all of the group's skills.
pub fn read<'a>(dataset: &'a Dataset, typed: &str) -> Reading<'a> {
    let known = known_skills(dataset);
    let typed = normalize(typed);
    let typed = ALIASES
        .iter()
        .find(|(alias, _)| *alias == typed)
        .map_or(typed.clone(), |(_, full)| (*full).to_owned());
    if typed.is_empty() {
        return Reading::Unknown { closest: None };
    }
    if let Some(skill) = known.iter().find(|skill| normalize(skill) == typed) {
        return Reading::Skills(vec![skill]);
    }
    let groups = &dataset.skills.groups;
    if let Some(group) = groups.iter().find(|g| normalize(&g.title) == typed || normalize(&g.id) == typed) {
        return Reading::Skills(group.skills.iter().map(String::as_str).collect());
    }
    let wanted: Vec<String> = query_words(&typed).into_iter().filter(|w| !is_stopword(w)).collect();
    let fits = |name: &str| {
        let name = words(name);
        !wanted.is_empty() && wanted.iter().all(|w| name.iter().any(|n| similarity(w, n) > 0.0))
    };
    let by_words: Vec<&str> = known.iter().copied().filter(|skill| fits(skill)).collect();
    match by_words.as_slice() {
        [one] => return Reading::Skills(vec![one]),
        [_, _, ..] => return Reading::Ambiguous(by_words),
        [] => {}
    }
    let by_group: Vec<_> = groups.iter().filter(|group| fits(&group.title)).collect();
    if let [group] = by_group.as_slice() {
        return Reading::Skills(group.skills.iter().map(String::as_str).collect());
    }
    let closest = known
        .iter()
        .map(|skill| (jaro_winkler(&typed, &normalize(skill)), *skill))
        .filter(|(similar, _)| *similar >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    Reading::Unknown { closest: closest.map(|(_, skill)| skill) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use std::sync::LazyLock;

    static DATA: LazyLock<Dataset> = LazyLock::new(|| dataset::embedded().unwrap());

    fn reading(typed: &str) -> Reading<'static> {
        read(&DATA, typed)
    }

    #[test]
    fn skills_are_read_leniently() {
        assert_eq!(reading("python"), Reading::Skills(vec!["Python"]));
        assert_eq!(reading("  PYTHON "), Reading::Skills(vec!["Python"]));
        assert_eq!(reading("stats"), Reading::Skills(vec!["Statistics"]));
        assert_eq!(reading("statstics"), Reading::Skills(vec!["Statistics"]));
        assert_eq!(reading("r"), Reading::Skills(vec!["R"]));
        assert_eq!(reading("linear-algebra"), Reading::Skills(vec!["Linear algebra"]));
        assert_eq!(reading("deployment"), Reading::Skills(vec!["Model deployment"]));
        assert_eq!(reading("nlp"), Reading::Skills(vec!["Natural language processing"]));
        assert_eq!(reading("ml libraries"), Reading::Skills(vec!["Machine learning libraries"]));
    }

    #[test]
    fn a_group_name_stands_for_its_skills() {
        assert_eq!(
            reading("mathematics"),
            Reading::Skills(vec!["Linear algebra", "Probability", "Statistics"])
        );
        assert_eq!(reading("math"), reading("mathematics"));
        let Reading::Skills(communication) = reading("communication") else { panic!() };
        assert_eq!(communication.len(), 2);
    }

    #[test]
    fn vague_or_unknown_skills_are_reported() {
        let Reading::Ambiguous(data) = reading("data") else { panic!("data is vague") };
        assert!(data.contains(&"Data analysis") && data.contains(&"Data mining"), "{data:?}");
        assert_eq!(reading("plumbing"), Reading::Unknown { closest: None });
        assert_eq!(reading("probabilty theory"), Reading::Unknown { closest: Some("Probability") });
        assert_eq!(reading(""), Reading::Unknown { closest: None });
    }

    #[test]
    fn every_role_asks_for_the_essential_skills_then_its_own() {
        let data = dataset::embedded().unwrap();
        let nlp = data.roles.iter().find(|role| role.id == "nlp-engineer").unwrap();
        let asks = requirements(&data, nlp);
        assert_eq!(asks.iter().filter(|need| !need.derived).count(), 10);
        let own: Vec<&str> = asks.iter().filter(|need| need.derived).map(|need| need.skill).collect();
        assert_eq!(own, ["Natural language processing"]);
        assert!(asks.iter().filter(|need| need.derived).all(|need| need.reason.is_some()));
    }
}
