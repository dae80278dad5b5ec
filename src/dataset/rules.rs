//! The rules serde cannot check, one function per section of the dataset.

use std::collections::HashSet;

use super::{Problem, strings};
use crate::model::{Dataset, Education, Faq, Industries, Level, Outside, Section, Skills};
use crate::query::words::{normalize, normalize_into};
use crate::render::shown;

/// Checks the rules serde cannot: unique slug ids, known references, ordered levels, `min <= max`,
/// sources that name a guide section, and no empty text anywhere. Returns every problem found.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Problems::default();
    // The order of the calls is the order problems are listed in: `data check` prints them so.
    text(dataset, &mut problems);
    levels(dataset, &mut problems);
    guide(&dataset.guide, &mut problems);
    roles(dataset, &mut problems);
    salary(dataset, &mut problems);
    skill_groups(&dataset.skills, &mut problems);
    role_references(dataset, &mut problems);
    skill_links(&dataset.skills, &mut problems);
    outside(&dataset.outside, &mut problems);
    education(&dataset.education, &mut problems);
    industries(&dataset.industries, &mut problems);
    faq(&dataset.faq, &mut problems);
    level_words(dataset, &mut problems);
    skill_aliases(dataset, &mut problems);
    search_words(dataset, &mut problems);
    abbreviations(dataset, &mut problems);
    problems.0
}

/// Rules for every string, wherever it sits: text is not blank, a `source` names a guide section
/// or an outside source, an id is a slug.
fn text(dataset: &Dataset, problems: &mut Problems) {
    let sections = dataset.guide.iter().map(|section| section.id.as_str());
    let sources: HashSet<&str> =
        sections.chain(dataset.outside.sources.iter().map(|source| source.id.as_str())).collect();
    strings::each_string(dataset, &mut |path, text| {
        if text.trim().is_empty() {
            problems.add(path.to_string(), "must not be empty");
        } else if path.field() == Some("source") && !sources.contains(text) {
            problems.add(
                path.to_string(),
                format!("\"{}\" names no guide section or outside source", shown(text)),
            );
        } else if path.field() == Some("id") && !is_slug(text) {
            // Ids are typed at a shell and written into completion scripts: `$(...)` in one
            // would run when the script is loaded, so an id is a slug and nothing else.
            let message =
                format!("\"{}\" must be lowercase letters and digits joined by single hyphens", shown(text));
            problems.add(path.to_string(), message);
        }
    });
}

/// The levels are entry, mid and senior, once each, in that order.
fn levels(dataset: &Dataset, problems: &mut Problems) {
    if dataset.levels.iter().map(|level| level.id).ne(Level::ALL) {
        problems.add("levels", "must list entry, mid and senior, once each, in that order");
    }
}

/// Guide sections have unique ids and some text.
fn guide(guide: &[Section], problems: &mut Problems) {
    unique(guide.iter().map(|section| section.id.as_str()), "guide", "id", problems);
    for (i, section) in guide.iter().enumerate() {
        if section.paragraphs.is_empty() {
            problems.add(format!("guide[{i}].paragraphs"), "must not be empty");
        }
    }
}

/// Roles have unique ids and name their levels, junior first, each once.
fn roles(dataset: &Dataset, problems: &mut Problems) {
    unique(dataset.roles.iter().map(|role| role.id.as_str()), "roles", "id", problems);
    for (i, role) in dataset.roles.iter().enumerate() {
        if role.levels.is_empty() {
            problems.add(format!("roles[{i}].levels"), "must name at least one level");
        } else if !role.levels.windows(2).all(|pair| pair[0] < pair[1]) {
            problems.add(format!("roles[{i}].levels"), "must be junior first, each level once");
        }
    }
}

/// One salary band per level, in order, each with its minimum at most its maximum.
fn salary(dataset: &Dataset, problems: &mut Problems) {
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
}

/// Skill groups have unique ids and name at least one skill, and every essential skill is listed
/// once, in one group: a skill listed twice would be counted twice.
fn skill_groups(skills: &Skills, problems: &mut Problems) {
    let groups = &skills.groups;
    unique(groups.iter().map(|group| group.id.as_str()), "skills.groups", "id", problems);
    // Each skill's place (group, then skill), sorted by the skill and then by place: a skill
    // listed again stands right after where it was first listed. Eight bytes a skill: a table
    // from each skill to its first place, grown by doubling, held 170 MB more for a file of 5
    // million short skills (54 MB).
    let index =
        |n: usize| u32::try_from(n).expect("a data file of at most 64 MiB has fewer than 2^32 skills");
    let skill = |&(g, s): &(u32, u32)| groups[g as usize].skills[s as usize].as_str();
    let mut places: Vec<(u32, u32)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| (0..group.skills.len()).map(move |s| (index(g), index(s))))
        .collect();
    places.sort_unstable_by(|a, b| skill(a).cmp(skill(b)).then(a.cmp(b)));
    // Each repeat with the place it repeats, then in the file's order.
    let mut repeats: Vec<((u32, u32), (u32, u32))> = Vec::new();
    for run in places.chunk_by(|a, b| skill(a) == skill(b)) {
        repeats.extend(run[1..].iter().map(|&repeat| (repeat, run[0])));
    }
    drop(places);
    repeats.sort_unstable();
    let mut repeats = repeats.into_iter().peekable();
    for (i, group) in groups.iter().enumerate() {
        if group.skills.is_empty() {
            problems.add(format!("skills.groups[{i}].skills"), "must name at least one skill");
        }
        while let Some((repeat, (g, s))) = repeats.next_if(|((g, _), _)| *g as usize == i) {
            let message = format!(
                "skill \"{}\" is listed twice (first at skills.groups[{g}].skills[{s}])",
                shown(skill(&repeat))
            );
            problems.add(format!("skills.groups[{i}].skills[{}]", repeat.1), message);
        }
    }
}

/// Every role named elsewhere (skill links, outside occupations, unmapped roles) is a role.
fn role_references(dataset: &Dataset, problems: &mut Problems) {
    let roles: HashSet<&str> = dataset.roles.iter().map(|role| role.id.as_str()).collect();
    let mut known_role = |path: String, id: &str| {
        if !roles.contains(id) {
            problems.add(path, format!("\"{}\" names no role", shown(id)));
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
}

/// Links from roles to skills are marked derived, and each pair is linked once.
fn skill_links(skills: &Skills, problems: &mut Problems) {
    for (i, link) in skills.by_role.iter().enumerate() {
        if !link.derived {
            problems.add(
                format!("skills.by_role[{i}].derived"),
                "must be true: the article names no skill per role, so every link is derived",
            );
        }
    }
    let links: Vec<String> =
        skills.by_role.iter().map(|link| format!("{} {}", link.role, link.skill)).collect();
    unique(links.iter().map(String::as_str), "skills.by_role", "role and skill", problems);
}

/// Outside sources have unique ids.
fn outside(outside: &Outside, problems: &mut Problems) {
    let sources = &outside.sources;
    unique(sources.iter().map(|source| source.id.as_str()), "outside.sources", "id", problems);
}

/// Education pathways have unique ids and name at least one option.
fn education(education: &Education, problems: &mut Problems) {
    let pathways = &education.pathways;
    unique(pathways.iter().map(|pathway| pathway.id.as_str()), "education.pathways", "id", problems);
    for (i, pathway) in pathways.iter().enumerate() {
        if pathway.options.is_empty() {
            problems.add(format!("education.pathways[{i}].options"), "must name at least one option");
        }
    }
}

/// Each industry appears once per kind.
fn industries(industries: &Industries, problems: &mut Problems) {
    let entries = &industries.entries;
    let keys: Vec<String> = entries.iter().map(|entry| format!("{:?} {}", entry.kind, entry.name)).collect();
    unique(keys.iter().map(String::as_str), "industries.entries", "kind and name", problems);
}

/// Questions are numbered from 1, in the article's order.
fn faq(faq: &[Faq], problems: &mut Problems) {
    for (i, faq) in faq.iter().enumerate() {
        if usize::try_from(faq.number).ok() != Some(i + 1) {
            let message = format!("is {}, expected {} (numbered from 1, in order)", faq.number, i + 1);
            problems.add(format!("faq[{i}].number"), message);
        }
    }
}

/// Level words are derived, each once, and none is a level's own id or title (those are read
/// anyway, so a word that repeats one could only disagree with it).
fn level_words(dataset: &Dataset, problems: &mut Problems) {
    let words = &dataset.vocabulary.level_words;
    let normalized: Vec<String> = words.iter().map(|word| normalize(&word.word)).collect();
    unique(normalized.iter().map(String::as_str), "vocabulary.level_words", "word", problems);
    for (i, word) in words.iter().enumerate() {
        let path = format!("vocabulary.level_words[{i}]");
        if !word.derived {
            problems.add(format!("{path}.derived"), "must be true: the article uses none of these words");
        }
        let names_a_level = dataset.levels.iter().any(|level| {
            normalized[i] == normalize(level.id.id()) || normalized[i] == normalize(&level.title)
        });
        if names_a_level {
            problems.add(
                format!("{path}.word"),
                format!("\"{}\" is already a level's id or title", shown(&word.word)),
            );
        }
    }
}

/// Skill aliases are derived, each once, and each counts as a skill or skill group the dataset has.
fn skill_aliases(dataset: &Dataset, problems: &mut Problems) {
    let aliases = &dataset.vocabulary.skill_aliases;
    let normalized: Vec<String> = aliases.iter().map(|alias| normalize(&alias.alias)).collect();
    unique(normalized.iter().map(String::as_str), "vocabulary.skill_aliases", "alias", problems);
    // The skills the aliases name that the dataset has, found by reading its skills once, each
    // normalized into one buffer: a set of every skill normalized took a string of its own for
    // each (218 MB more for a file of 5 million short skills, 54 MB).
    let skills = &dataset.skills;
    let named: HashSet<String> = aliases.iter().map(|alias| normalize(&alias.skill)).collect();
    let mut known: HashSet<&str> = HashSet::new();
    let mut buffer = String::new();
    let every = skills.essential().chain(skills.by_role.iter().map(|link| link.skill.as_str()));
    for name in every.chain(skills.groups.iter().map(|group| group.title.as_str())) {
        if known.len() == named.len() {
            break;
        }
        normalize_into(name, &mut buffer);
        if let Some(skill) = named.get(buffer.as_str()) {
            known.insert(skill);
        }
    }
    for (i, alias) in aliases.iter().enumerate() {
        let path = format!("vocabulary.skill_aliases[{i}]");
        if !alias.derived {
            problems.add(format!("{path}.derived"), "must be true: the article names none of these");
        }
        if !known.contains(normalize(&alias.skill).as_str()) {
            problems.add(
                format!("{path}.skill"),
                format!("\"{}\" names no skill or skill group", shown(&alias.skill)),
            );
        }
    }
}

/// Abbreviations are derived, each once.
fn abbreviations(dataset: &Dataset, problems: &mut Problems) {
    let abbreviations = &dataset.vocabulary.abbreviations;
    let normalized: Vec<String> = abbreviations.iter().map(|entry| normalize(&entry.abbreviation)).collect();
    unique(normalized.iter().map(String::as_str), "vocabulary.abbreviations", "abbreviation", problems);
    for (i, entry) in abbreviations.iter().enumerate() {
        if !entry.derived {
            let path = format!("vocabulary.abbreviations[{i}].derived");
            problems.add(path, "must be true: the article spells out none of these");
        }
    }
}

/// Search words are derived, each once, and each stands for some words.
fn search_words(dataset: &Dataset, problems: &mut Problems) {
    let words = &dataset.vocabulary.search_words;
    let normalized: Vec<String> = words.iter().map(|word| normalize(&word.word)).collect();
    unique(normalized.iter().map(String::as_str), "vocabulary.search_words", "word", problems);
    for (i, word) in words.iter().enumerate() {
        let path = format!("vocabulary.search_words[{i}]");
        if !word.derived {
            problems.add(format!("{path}.derived"), "must be true: reading one word as another is a reading");
        }
        if normalize(&word.means).is_empty() {
            problems.add(format!("{path}.means"), "names no words to search for");
        }
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem::new(path, message));
    }
}

/// Reports the second and later uses of an id, pointing at the repeat.
fn unique<'a>(ids: impl Iterator<Item = &'a str>, list: &str, what: &str, problems: &mut Problems) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            problems.add(format!("{list}[{i}]"), format!("duplicate {what} \"{}\"", shown(id)));
        }
    }
}

/// `nlp-engineer`, `future-outlook`: lowercase ASCII letters and digits, joined by single hyphens.
fn is_slug(id: &str) -> bool {
    id.split('-')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::Value;

    use super::*;
    use crate::dataset::{EMBEDDED_JSON, embedded};

    #[test]
    fn ids_must_be_slugs() {
        for good in ["nlp-engineer", "a", "15-2051", "future-outlook"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "NLP", "a b", "$(reboot)", "a'b", "é", "a\u{1b}b"] {
            assert!(!is_slug(bad), "{bad}");
        }
        let mut value = embedded_value();
        value["roles"][0]["id"] = Value::from("x$(touch pwned)");
        value["skills"]["by_role"][0]["role"] = Value::from("x$(touch pwned)");
        let problems = problems_of(value);
        assert!(
            problems.iter().any(|p| p.starts_with("roles[0].id: \"x$(touch pwned)\" must be lowercase")),
            "{problems:?}"
        );
    }

    fn embedded_value() -> Value {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    fn problems_of(value: Value) -> Vec<String> {
        let dataset = Dataset::deserialize(value).unwrap();
        validate(&dataset).iter().map(Problem::to_string).collect()
    }

    #[test]
    fn embedded_dataset_is_valid() {
        let dataset = embedded().unwrap();
        assert_eq!(validate(&dataset), vec![]);
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
    fn a_skill_listed_twice_is_reported_at_the_repeat() {
        let mut value = embedded_value();
        value["skills"]["groups"][0]["skills"][1] = "Python".into();
        value["skills"]["groups"][2]["skills"][0] = "Python".into();
        assert_eq!(
            problems_of(value),
            [
                "skills.groups[0].skills[1]: skill \"Python\" is listed twice (first at skills.groups[0].skills[0])",
                "skills.groups[2].skills[0]: skill \"Python\" is listed twice (first at skills.groups[0].skills[0])",
            ]
        );
    }

    #[test]
    fn each_repeat_of_a_skill_names_its_first_place_in_the_file_s_order() {
        let mut value = embedded_value();
        value["skills"]["groups"][0]["skills"] = serde_json::json!(["A", "B", "A"]);
        value["skills"]["groups"][1]["skills"] = serde_json::json!([]);
        value["skills"]["groups"][2]["skills"] = serde_json::json!(["B", "C", "A", "C"]);
        value["vocabulary"]["skill_aliases"] = serde_json::json!([]);
        let groups: Vec<String> =
            problems_of(value).into_iter().filter(|problem| problem.starts_with("skills.groups")).collect();
        assert_eq!(
            groups,
            [
                "skills.groups[0].skills[2]: skill \"A\" is listed twice (first at skills.groups[0].skills[0])",
                "skills.groups[1].skills: must name at least one skill",
                "skills.groups[2].skills[0]: skill \"B\" is listed twice (first at skills.groups[0].skills[1])",
                "skills.groups[2].skills[2]: skill \"A\" is listed twice (first at skills.groups[0].skills[0])",
                "skills.groups[2].skills[3]: skill \"C\" is listed twice (first at skills.groups[2].skills[1])",
            ]
        );
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
    fn vocabulary_is_derived_and_names_what_exists() {
        let mut value = embedded_value();
        value["vocabulary"]["level_words"][0]["derived"] = false.into();
        value["vocabulary"]["level_words"][1]["word"] = "Entry-Level".into();
        value["vocabulary"]["skill_aliases"][0]["skill"] = "Plumbing".into();
        value["vocabulary"]["skill_aliases"][1]["alias"] = "STATS".into();
        assert_eq!(
            problems_of(value),
            [
                "vocabulary.level_words[0].derived: must be true: the article uses none of these words",
                "vocabulary.level_words[1].word: \"Entry-Level\" is already a level's id or title",
                "vocabulary.skill_aliases[1]: duplicate alias \"stats\"",
                "vocabulary.skill_aliases[0].skill: \"Plumbing\" names no skill or skill group",
            ]
        );
    }

    #[test]
    fn search_words_are_derived_once_and_mean_something() {
        let mut value = embedded_value();
        value["vocabulary"]["search_words"][0]["derived"] = false.into();
        value["vocabulary"]["search_words"][1]["word"] = "PAY".into();
        value["vocabulary"]["search_words"][2]["means"] = "--".into();
        assert_eq!(
            problems_of(value),
            [
                "vocabulary.search_words[1]: duplicate word \"pay\"",
                "vocabulary.search_words[0].derived: must be true: reading one word as another is a reading",
                "vocabulary.search_words[2].means: names no words to search for",
            ]
        );
    }

    #[test]
    fn a_role_may_not_use_a_level_word() {
        // Level words are for what people type; a data file names levels by their ids.
        let mut value = embedded_value();
        value["roles"][0]["levels"] = serde_json::json!(["junior"]);
        assert!(Dataset::deserialize(value).is_err());
    }

    #[test]
    fn faq_numbers_follow_article_order() {
        let mut value = embedded_value();
        value["faq"][1]["number"] = 7.into();
        assert_eq!(problems_of(value), ["faq[1].number: is 7, expected 2 (numbered from 1, in order)"]);
    }
}
