//! Skills a role asks for, and reading what skills a person names.
//!
//! Every role asks for the article's essential skills (they are for machine learning jobs in
//! general) plus its own derived skills (`skills.by_role`: Table 1 or O*NET, each with a reason).

use serde::Serialize;
use strsim::jaro_winkler;

use super::words::{is_stopword, normalize, normalizes_to, query_words, similarity, words};
use crate::model::{Dataset, Role, RoleSkill, SkillAlias, Text};

/// One skill a role asks for.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Requirement<'a> {
    pub skill: &'a str,
    /// False for the article's essential skills, which every role asks for; true for a role's own.
    pub derived: bool,
    /// Why the role asks for it (derived skills only; `null` for the essential ones).
    pub reason: Option<&'a str>,
    pub source: &'a str,
    /// Who published the source, when it is outside the article (`O*NET OnLine`); `None` for the
    /// article's own text.
    pub publisher: Option<&'a str>,
}

/// The skills `role` asks for: the essential ones in the article's order, then its own.
pub fn requirements<'a>(dataset: &'a Dataset, role: &Role) -> Vec<Requirement<'a>> {
    let own: Vec<&RoleSkill> = dataset.skills.by_role.iter().filter(|link| link.role == role.id).collect();
    requirements_with(dataset, &own)
}

/// [`requirements`] of a role whose own links (`skills.by_role`) are `own`: for a caller that
/// goes through many roles and finds every role's links in one pass.
pub fn requirements_with<'a>(dataset: &'a Dataset, own: &[&'a RoleSkill]) -> Vec<Requirement<'a>> {
    let general = dataset.skills.groups.iter().flat_map(|group| {
        group.skills.iter().map(|skill| Requirement {
            skill,
            derived: false,
            reason: None,
            source: &group.source,
            publisher: None,
        })
    });
    let own = own.iter().map(|link| Requirement {
        skill: &link.skill,
        derived: true,
        reason: Some(&link.reason),
        source: &link.source,
        publisher: dataset.outside.source(&link.source).map(|source| source.publisher.as_str()),
    });
    general.chain(own).collect()
}

/// What one skill a person typed was read as.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading<'a> {
    /// Skills as the dataset names them (a group's name stands for all of its skills).
    Skills(Vec<&'a str>),
    /// Another name the vocabulary gives for `skills` (`PyTorch`: machine learning libraries).
    Counted { alias: &'a SkillAlias, skills: Vec<&'a str> },
    /// Several skills fit equally; the person should say which.
    Ambiguous(Vec<&'a str>),
    /// Nothing the dataset names; `closest` is the nearest name of its whole vocabulary (skills,
    /// group titles and aliases), if one is near.
    Unknown { closest: Option<&'a str> },
}

/// Every skill name the dataset knows, once, in dataset order.
pub fn known_skills(dataset: &Dataset) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    let essential = dataset.skills.essential();
    let own = dataset.skills.by_role.iter().map(|link| link.skill.as_str());
    essential.chain(own).filter(|name| seen.insert(*name)).collect()
}

/// The skills a skill's or group's name stands for: the skill itself, or the group's skills.
fn named<'a>(dataset: &'a Dataset, known: &[&'a str], name: &str) -> Option<Vec<&'a str>> {
    if let Some(skill) = known.iter().find(|skill| normalizes_to(skill, name)) {
        return Some(vec![skill]);
    }
    let groups = &dataset.skills.groups;
    groups
        .iter()
        .find(|group| normalizes_to(&group.title, name) || normalizes_to(&group.id, name))
        .map(|group| group.skills.iter().map(Text::as_str).collect())
}

/// What [`read`] reads `typed` as when it is a skill's or group's name or an alias as written
/// (case and spacing aside): `None` where `read` would go on to word forms and typos. For words
/// that may be a skill or something else (`mlcareers pytorch`, `mlcareers do I need a phd`).
pub fn read_exactly<'a>(dataset: &'a Dataset, typed: &str) -> Option<Reading<'a>> {
    exactly_among(dataset, &known_skills(dataset), typed)
}

/// [`read_exactly`], with the dataset's [`known_skills`] found once for many words.
pub fn exactly_among<'a>(dataset: &'a Dataset, known: &[&'a str], typed: &str) -> Option<Reading<'a>> {
    exactly(dataset, known, &normalize(typed))
}

/// The first steps of [`read`]: `typed` (normalized) as a name, else as an alias.
fn exactly<'a>(dataset: &'a Dataset, known: &[&'a str], typed: &str) -> Option<Reading<'a>> {
    if typed.is_empty() {
        return None;
    }
    if let Some(skills) = named(dataset, known, typed) {
        return Some(Reading::Skills(skills));
    }
    let alias = dataset.vocabulary.skill_aliases.iter().find(|alias| normalizes_to(&alias.alias, typed))?;
    let skills = named(dataset, known, &normalize(&alias.skill))?;
    Some(Reading::Counted { alias, skills })
}

/// Reads one skill as typed: case, spacing, word forms and small typos do not matter; a group's
/// title (`mathematics`) means all of the group's skills; the vocabulary's aliases (`stats`,
/// `PyTorch`) count as the skill they stand for.
pub fn read<'a>(dataset: &'a Dataset, typed: &str) -> Reading<'a> {
    read_among(dataset, &known_skills(dataset), typed)
}

/// [`read`], with the dataset's [`known_skills`] found once for many words.
pub fn read_among<'a>(dataset: &'a Dataset, known: &[&'a str], typed: &str) -> Reading<'a> {
    let typed = normalize(typed);
    if typed.is_empty() {
        return Reading::Unknown { closest: None };
    }
    if let Some(reading) = exactly(dataset, known, &typed) {
        return reading;
    }
    let aliases = &dataset.vocabulary.skill_aliases;
    // "skills" says nothing about which skill: "communication skills" is the communication group.
    let wanted: Vec<String> = query_words(&typed)
        .into_iter()
        .filter(|w| !is_stopword(w) && w != "skill" && w != "skills")
        .collect();
    let fits = |name: &str| {
        let name = words(name);
        !wanted.is_empty() && wanted.iter().all(|w| name.iter().any(|n| similarity(w, n) > 0.0))
    };
    let mut by_words: Vec<&str> = known.iter().copied().filter(|skill| fits(skill)).collect();
    // Of several, those whose words the typed ones are closest to: a word form or a one-edit typo
    // of a name's word (`statistic`, `statistcs`: Statistics) beats the start of another's
    // (Statistical software).
    if by_words.len() > 1 {
        let score = |skill: &str| -> usize {
            let name = words(skill);
            wanted.iter().map(|w| name.iter().map(|n| closeness(w, n)).max().unwrap_or(0)).sum()
        };
        let best = by_words.iter().map(|skill| score(skill)).max().unwrap_or(0);
        by_words.retain(|skill| score(skill) == best);
    }
    match by_words.as_slice() {
        [one] => return Reading::Skills(vec![one]),
        [_, _, ..] => return Reading::Ambiguous(by_words),
        [] => {}
    }
    let groups = &dataset.skills.groups;
    let by_group: Vec<_> = groups.iter().filter(|group| fits(&group.title)).collect();
    if let [group] = by_group.as_slice() {
        return Reading::Skills(group.skills.iter().map(Text::as_str).collect());
    }
    // Suggestions look at the whole vocabulary, so `pytroch` is PyTorch, never Python.
    let vocabulary = known
        .iter()
        .copied()
        .chain(groups.iter().map(|group| group.title.as_str()))
        .chain(aliases.iter().map(|alias| alias.alias.as_str()));
    let closest = vocabulary
        .map(|name| (normalize(name), name))
        .filter(|(normalized, _)| may_be_close(&typed, normalized))
        .map(|(normalized, name)| (jaro_winkler(&typed, &normalized), name))
        .filter(|(similar, _)| *similar >= CLOSE)
        .fold(None::<(f64, &str)>, |best, (similar, name)| match best {
            Some((top, _)) if top >= similar => best,
            _ => Some((similar, name)),
        });
    Reading::Unknown { closest: closest.map(|(_, name)| name) }
}

/// How similar (Jaro-Winkler) a name must be to what was typed to be suggested.
const CLOSE: f64 = 0.8;

/// Whether `jaro_winkler(a, b)` can reach [`CLOSE`], counted cheaply: most names are far from
/// what was typed, and the comparison is most of the cost of reading a phrase that names no skill.
///
/// Jaro-Winkler adds to a Jaro similarity only above 0.7, so it needs Jaro above 0.7; and Jaro is
/// at most (c / |a| + c / |b| + 1) / 3, for c the characters the two share (with repeats). The
/// margin keeps rounding from deciding; beyond ASCII it does not judge.
fn may_be_close(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() || !a.is_ascii() || !b.is_ascii() {
        return true;
    }
    let mut counts = [0u32; 128];
    for byte in a.bytes() {
        counts[usize::from(byte)] += 1;
    }
    let mut shared = 0u32;
    for byte in b.bytes() {
        let count = &mut counts[usize::from(byte)];
        if *count > 0 {
            *count -= 1;
            shared += 1;
        }
    }
    let shared = f64::from(shared);
    (shared / a.len() as f64 + shared / b.len() as f64 + 1.0) / 3.0 >= 0.7 - 1e-9
}

/// How close typed word `w` is to a name's word `n`: 3 the same, 2 a word form (`statistic` ~
/// statistics) or one edit away (`statistcs`), 1 any other likeness [`similarity`] accepts, 0 none.
fn closeness(w: &str, n: &str) -> usize {
    if w == n {
        return 3;
    }
    let (short, long) = if w.len() <= n.len() { (w, n) } else { (n, w) };
    let form = ["s", "es"].iter().any(|ending| long.strip_suffix(ending) == Some(short));
    if form || (short.chars().count() >= 4 && super::words::within_edits(w, n, 1)) {
        return 2;
    }
    usize::from(similarity(w, n) > 0.0)
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

    /// The skills `typed` counts as, read directly or through an alias.
    fn skills_of(typed: &str) -> Vec<&'static str> {
        match reading(typed) {
            Reading::Skills(skills) | Reading::Counted { skills, .. } => skills,
            other => panic!("{typed}: {other:?}"),
        }
    }

    #[test]
    fn read_exactly_is_read_without_the_typo_tolerant_steps() {
        for typed in ["PyTorch", "stats", "Python", "mathematics", "statistcs", "do I need a phd", "", "sql"]
        {
            if let Some(exact) = read_exactly(&DATA, typed) {
                assert_eq!(exact, reading(typed), "{typed}");
            }
        }
        assert!(matches!(read_exactly(&DATA, "Python"), Some(Reading::Skills(_))));
        assert!(matches!(read_exactly(&DATA, "pytorch"), Some(Reading::Counted { .. })));
        assert_eq!(read_exactly(&DATA, "statistcs"), None, "a typo is read only by `read`");
        assert_eq!(read_exactly(&DATA, "do I need a phd"), None);
    }

    #[test]
    fn well_known_libraries_count_as_machine_learning_libraries() {
        for library in ["pytorch", "PyTorch", "tensorflow", "Keras", "scikit-learn", "XGBoost", "jax"] {
            let Reading::Counted { alias, skills } = reading(library) else { panic!("{library}") };
            assert_eq!(skills, ["Machine learning libraries"], "{library}");
            assert!(alias.derived && !alias.reason.is_empty());
        }
    }

    #[test]
    fn may_be_close_never_turns_away_a_close_name() {
        let data = &*DATA;
        let names = known_skills(data).into_iter().chain(data.skills.groups.iter().map(|g| &*g.title));
        let typed = [
            "pytroch",
            "tensorflw",
            "do i need a degree phd",
            "statistcs",
            "sql",
            "a",
            "comunication skills",
        ];
        for name in names {
            let name = normalize(name);
            for typed in typed {
                if jaro_winkler(typed, &name) >= CLOSE {
                    assert!(may_be_close(typed, &name), "{typed} {name}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn may_be_close_is_a_true_bound(a in "[a-e ]{0,12}", b in "[a-e ]{0,12}") {
            if jaro_winkler(&a, &b) >= CLOSE {
                proptest::prop_assert!(may_be_close(&a, &b));
            }
        }
    }

    #[test]
    fn typos_are_suggested_from_the_whole_vocabulary() {
        assert_eq!(reading("pytroch"), Reading::Unknown { closest: Some("PyTorch") });
        assert_eq!(reading("tensorflw"), Reading::Unknown { closest: Some("TensorFlow") });
        assert_eq!(reading("cobol"), Reading::Unknown { closest: None });
    }

    #[test]
    fn the_skills_named_outside_the_skills_section_are_skills() {
        for (typed, skill) in [
            ("software engineering", "Software engineering"),
            ("domain knowledge", "Domain knowledge"),
            ("analytical thinking", "Analytical thinking"),
            ("problem solving", "Problem-solving"),
            ("Problem-Solving", "Problem-solving"),
        ] {
            assert_eq!(skills_of(typed), [skill], "{typed}");
        }
        let group =
            |skill: &str| DATA.skills.groups.iter().find(|g| g.skills.iter().any(|s| s == skill)).unwrap();
        assert_eq!(group("Software engineering").source, "machine-learning-careers");
        assert_eq!(group("Analytical thinking").source, "what-are-ml-jobs");
        assert_eq!(skills_of("statistics"), ["Statistics"]);
    }

    #[test]
    fn skills_are_read_leniently() {
        assert_eq!(reading("python"), Reading::Skills(vec!["Python"]));
        assert_eq!(reading("  PYTHON "), Reading::Skills(vec!["Python"]));
        assert_eq!(skills_of("stats"), ["Statistics"]);
        assert_eq!(reading("statstics"), Reading::Skills(vec!["Statistics"]));
        assert_eq!(reading("statistic"), Reading::Skills(vec!["Statistics"]), "a word form beats a start");
        assert_eq!(reading("statistcs"), Reading::Skills(vec!["Statistics"]), "a typo beats a start");
        assert_eq!(reading("statistical"), Reading::Skills(vec!["Statistical software"]));
        assert_eq!(reading("r"), Reading::Skills(vec!["R"]));
        assert_eq!(reading("linear-algebra"), Reading::Skills(vec!["Linear algebra"]));
        assert_eq!(reading("deployment"), Reading::Skills(vec!["Model deployment"]));
        assert_eq!(skills_of("nlp"), ["Natural language processing"]);
        assert_eq!(reading("ml libraries"), Reading::Skills(vec!["Machine learning libraries"]));
    }

    #[test]
    fn a_group_name_stands_for_its_skills() {
        assert_eq!(
            reading("mathematics"),
            Reading::Skills(vec!["Linear algebra", "Probability", "Statistics"])
        );
        assert_eq!(skills_of("math"), ["Linear algebra", "Probability", "Statistics"]);
        let Reading::Skills(communication) = reading("communication") else { panic!() };
        assert_eq!(communication.len(), 2);
        assert_eq!(reading("communication skills"), Reading::Skills(communication), "the article's phrase");
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
    fn how_to_prepare_names_skills_for_everyone() {
        // "a strong foundation in data handling and algorithm design", for machine learning jobs
        // in general: an essential skill, not one role's own.
        assert_eq!(reading("data handling"), Reading::Skills(vec!["Data handling"]));
        assert_eq!(reading("algorithm design"), Reading::Skills(vec!["Algorithm design"]));
        let essential: Vec<&str> = DATA.skills.essential().collect();
        assert!(essential.contains(&"Data handling") && essential.contains(&"Algorithm design"));
        let group =
            DATA.skills.groups.iter().find(|g| g.skills.iter().any(|s| s == "Data handling")).unwrap();
        assert_eq!(group.source, "how-to-prepare");
        assert!(!DATA.skills.by_role.iter().any(|link| essential.contains(&link.skill.as_str())));
    }

    #[test]
    fn every_role_asks_for_the_essential_skills_then_its_own() {
        let data = dataset::embedded().unwrap();
        let nlp = data.roles.iter().find(|role| role.id == "nlp-engineer").unwrap();
        let asks = requirements(&data, nlp);
        assert_eq!(asks.iter().filter(|need| !need.derived).count(), 16);
        let own: Vec<&str> = asks.iter().filter(|need| need.derived).map(|need| need.skill).collect();
        assert_eq!(own, ["Natural language processing"]);
        assert!(asks.iter().filter(|need| need.derived).all(|need| need.reason.is_some()));
    }
}
