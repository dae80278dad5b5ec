//! Finding one named thing (a role, a guide section) from what a person typed.

use super::words::{normalize, normalizes_to, query_words, similarity, tokens, words};
use crate::model::{Role, Section};

/// What a lookup found.
#[derive(Debug, PartialEq)]
pub enum Lookup<T> {
    Found(T),
    /// Several candidates match equally well; the caller lists them.
    Ambiguous(Vec<T>),
    /// Nothing matches; `closest` is a near miss worth suggesting, if any.
    NotFound {
        closest: Option<T>,
    },
}

/// Something that can be looked up by its id or its title.
pub trait Named {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
}

impl Named for Role {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Named for Section {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

/// Below this average word similarity a near miss is not worth suggesting.
const SUGGEST_THRESHOLD: f64 = 0.6;

/// Finds the candidate `query` names, trying in turn:
/// 1. the whole id or title (case, spaces and hyphens do not matter): `nlp-engineer`, `NLP Engineer`;
///    or one word that is all of a title's initials: `ds`, `mle` (`de` is Data Engineer, not Deep
///    Learning Engineer);
/// 2. every query word starting a word of the id or title, or another form of one: `nlp`,
///    `comp vis`, `outlook`, `vision`, `ai` (one distinctive word is enough), `researcher` (~
///    research), `data science` (~ scientist), `ml engineer` (`ml` is machine learning);
/// 3. the initials of the title's leading words, two or more: `mle`, `cve`, `cv`, `ds`.
///
/// The rules read the names themselves, so they hold for any data file, not a list of nicknames.
///
/// The first step with any match decides; two or more matches there are ambiguous. With none,
/// the closest near miss is named, for the error to suggest.
pub fn find<'a, T: Named>(query: &str, candidates: &'a [T]) -> Lookup<&'a T> {
    match named(query, candidates) {
        Lookup::NotFound { .. } => {
            let names: Vec<String> = candidates.iter().map(name_words).collect();
            Lookup::NotFound { closest: closest(&query_words(query), candidates, &names) }
        }
        found => found,
    }
}

/// [`find`] without looking for a near miss, for a caller with no use for one (words that may
/// name a role or may be a question): `NotFound`'s `closest` is always `None`.
pub fn named<'a, T: Named>(query: &str, candidates: &'a [T]) -> Lookup<&'a T> {
    // An id as it is written names its entry: found without normalizing every name (explore
    // opens the page of each entry it selects, by id, among as many as 100,000 roles).
    if let Some(exact) = candidates.iter().find(|c| c.id() == query) {
        return Lookup::Found(exact);
    }
    let wanted = normalize(query);
    if wanted.is_empty() {
        return Lookup::NotFound { closest: None };
    }
    if let Some(exact) =
        candidates.iter().find(|c| normalizes_to(c.id(), &wanted) || normalizes_to(c.title(), &wanted))
    {
        return Lookup::Found(exact);
    }

    // One word that is exactly a title's initials (`de`: Data Engineer) beats a word it starts
    // (Deep Learning Engineer): initials say the whole name. Two titles with them are ambiguous.
    let by_all_initials: Vec<&T> = candidates
        .iter()
        .filter(|c| {
            !wanted.contains(' ') && wanted.chars().count() >= 2 && initials(c.title()).eq(wanted.chars())
        })
        .collect();
    if !by_all_initials.is_empty() {
        return decide(by_all_initials);
    }

    // The words as typed (`ai`), or with shorthand spelled out (`ml` is machine learning).
    let (typed, query) = (words(query), query_words(query));
    let wanted_letters =
        [typed.iter(), query.iter()].map(|words| first_letters(words.map(String::as_str), 1 << 63));
    let by_prefix: Vec<&T> = candidates
        .iter()
        .filter(|c| {
            // A word is a form of a name's word only with its first letter: a candidate without
            // the first letter of every word is turned away before its words are read.
            let letters = first_letters(tokens(c.id()).chain(tokens(c.title())), u64::MAX);
            if wanted_letters.iter().all(|wanted| wanted & !letters != 0) {
                return false;
            }
            let names = name_words(*c);
            let fits =
                |words: &[String]| words.iter().all(|q| names.split(' ').any(|name| is_form_of(q, name)));
            fits(&typed) || fits(&query)
        })
        .collect();
    if !by_prefix.is_empty() {
        return decide(by_prefix);
    }

    let compact: String = wanted.split(' ').collect();
    let by_initials: Vec<&T> = candidates
        .iter()
        .filter(|c| {
            let mut initials = initials(c.title());
            compact.chars().count() >= 2 && compact.chars().all(|letter| initials.next() == Some(letter))
        })
        .collect();
    if !by_initials.is_empty() {
        return decide(by_initials);
    }

    Lookup::NotFound { closest: None }
}

fn decide<T>(mut matches: Vec<T>) -> Lookup<T> {
    if matches.len() == 1 { Lookup::Found(matches.remove(0)) } else { Lookup::Ambiguous(matches) }
}

/// The words of a candidate's id, then of its title, joined by spaces: one string a candidate,
/// not one a word, since every lookup reads every candidate's words.
fn name_words<T: Named>(candidate: &T) -> String {
    let mut names = normalize(candidate.id());
    let title = normalize(candidate.title());
    if !names.is_empty() && !title.is_empty() {
        names.push(' ');
    }
    names.push_str(&title);
    names
}

/// Whether query word `q` is the start of `name`, or another form of the same word: `name`
/// extended (`researcher` ~ research) or sharing a long stem (`science` ~ scientist).
fn is_form_of(q: &str, name: &str) -> bool {
    // Every way below needs the same first letter: most names are turned away here.
    if !q.is_empty() && q.as_bytes().first() != name.as_bytes().first() {
        return false;
    }
    if name.starts_with(q) {
        return true;
    }
    let (q_len, name_len) = (q.chars().count(), name.chars().count());
    if name_len >= 4 && q.starts_with(name) && q_len <= name_len + 3 {
        return true;
    }
    let stem = q.chars().zip(name.chars()).take_while(|(a, b)| a == b).count();
    stem >= 5 && stem * 3 >= q_len.min(name_len) * 2
}

/// The first letters of `words` as a set, lowercase: a bit for each ASCII letter or digit, and
/// `other` for any other character (every bit for a name's word, whose lowercase may start with
/// any letter; the last bit for a typed word, already lowercase).
fn first_letters<'w>(words: impl Iterator<Item = &'w str>, other: u64) -> u64 {
    words.filter_map(|word| word.bytes().next()).fold(0, |set, byte| {
        set | match byte.to_ascii_lowercase() {
            letter @ b'a'..=b'z' => 1 << (letter - b'a'),
            digit @ b'0'..=b'9' => 1 << (26 + digit - b'0'),
            _ => other,
        }
    })
}

/// The first letter of each word of `title`, lowercase: the first character of each of
/// [`words`], without a string for each.
fn initials(title: &str) -> impl Iterator<Item = char> + '_ {
    tokens(title).filter_map(|token| token.chars().next()?.to_lowercase().next())
}

/// The candidate whose words best cover the query's, allowing typos; ties go to the first listed.
/// `names`: each candidate's words ([`name_words`]).
fn closest<'a, T: Named>(query: &[String], candidates: &'a [T], names: &[String]) -> Option<&'a T> {
    let mut best: Option<(&T, f64)> = None;
    for (candidate, names) in candidates.iter().zip(names) {
        let total: f64 =
            query.iter().map(|q| names.split(' ').map(|name| similarity(q, name)).fold(0.0, f64::max)).sum();
        let score = total / query.len() as f64;
        if score >= SUGGEST_THRESHOLD && best.is_none_or(|(_, top)| score > top) {
            best = Some((candidate, score));
        }
    }
    best.map(|(candidate, _)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Thing(&'static str, &'static str);

    impl Named for Thing {
        fn id(&self) -> &str {
            self.0
        }
        fn title(&self) -> &str {
            self.1
        }
    }

    const ROLES: [Thing; 5] = [
        Thing("machine-learning-engineer", "Machine Learning Engineer"),
        Thing("data-scientist", "Data Scientist"),
        Thing("ai-research-scientist", "AI Research Scientist"),
        Thing("nlp-engineer", "NLP Engineer"),
        Thing("computer-vision-engineer", "Computer Vision Engineer"),
    ];

    fn found(query: &str) -> &'static str {
        match find(query, &ROLES) {
            Lookup::Found(thing) => thing.0,
            other => panic!("{query}: {:?}", matches_of(&other)),
        }
    }

    fn matches_of(lookup: &Lookup<&Thing>) -> Vec<&'static str> {
        match lookup {
            Lookup::Found(thing) => vec![thing.0],
            Lookup::Ambiguous(things) => things.iter().map(|thing| thing.0).collect(),
            Lookup::NotFound { .. } => vec![],
        }
    }

    #[test]
    fn id_and_title_match_in_any_case() {
        assert_eq!(found("nlp-engineer"), "nlp-engineer");
        assert_eq!(found("NLP Engineer"), "nlp-engineer");
        assert_eq!(found("  data SCIENTIST "), "data-scientist");
    }

    #[test]
    fn a_unique_part_matches() {
        assert_eq!(found("nlp"), "nlp-engineer");
        assert_eq!(found("vision"), "computer-vision-engineer");
        assert_eq!(found("comp vis"), "computer-vision-engineer");
        assert_eq!(found("research"), "ai-research-scientist");
        assert_eq!(found("ml engineer"), "machine-learning-engineer");
    }

    #[test]
    fn whole_initials_beat_the_start_of_a_word() {
        let roles = [
            Thing("deep-learning-engineer", "Deep Learning Engineer"),
            Thing("data-engineer", "Data Engineer"),
            Thing("data-scientist", "Data Scientist"),
        ];
        assert!(matches!(find("de", &roles), Lookup::Found(Thing("data-engineer", _))));
        assert!(matches!(find("DE", &roles), Lookup::Found(Thing("data-engineer", _))));
        let twins = [Thing("data-engineer", "Data Engineer"), Thing("design-engineer", "Design Engineer")];
        assert_eq!(
            matches_of(&find("de", &twins)),
            ["data-engineer", "design-engineer"],
            "listed, not chosen"
        );
    }

    #[test]
    fn initials_match() {
        assert_eq!(found("mle"), "machine-learning-engineer");
        assert_eq!(found("CVE"), "computer-vision-engineer");
    }

    #[test]
    fn nicknames_follow_from_the_names() {
        // Initials of the leading words.
        assert_eq!(found("cv"), "computer-vision-engineer");
        assert_eq!(found("ds"), "data-scientist");
        assert_eq!(found("ml"), "machine-learning-engineer");
        // One distinctive word.
        assert_eq!(found("ai"), "ai-research-scientist");
        assert_eq!(found("vision"), "computer-vision-engineer");
        assert_eq!(found("nlp"), "nlp-engineer");
        // Word forms.
        assert_eq!(found("researcher"), "ai-research-scientist");
        assert_eq!(found("data science"), "data-scientist");
        assert_eq!(found("AI researcher"), "ai-research-scientist");
        // Common shortenings.
        assert_eq!(found("ml engineer"), "machine-learning-engineer");
        // Several candidates are still listed.
        assert_eq!(matches_of(&find("science", &ROLES)), ["data-scientist", "ai-research-scientist"]);
    }

    #[test]
    fn nicknames_come_from_any_data() {
        let roles = [
            Thing("prompt-engineer", "Prompt Engineer"),
            Thing("robotics-researcher", "Robotics Researcher"),
        ];
        assert!(matches!(find("pe", &roles), Lookup::Found(Thing("prompt-engineer", _))));
        assert!(matches!(find("robotic", &roles), Lookup::Found(Thing("robotics-researcher", _))));
        assert!(matches!(find("research", &roles), Lookup::Found(Thing("robotics-researcher", _))));
    }

    #[test]
    fn an_exact_title_beats_a_partial_match() {
        let things = [Thing("data", "Data"), Thing("data-scientist", "Data Scientist")];
        assert!(matches!(find("data", &things), Lookup::Found(Thing("data", _))));
    }

    #[test]
    fn ambiguous_names_list_every_candidate_in_order() {
        let lookup = find("engineer", &ROLES);
        assert!(matches!(lookup, Lookup::Ambiguous(_)));
        assert_eq!(
            matches_of(&lookup),
            ["machine-learning-engineer", "nlp-engineer", "computer-vision-engineer"]
        );
        assert_eq!(matches_of(&find("scientist", &ROLES)), ["data-scientist", "ai-research-scientist"]);
    }

    #[test]
    fn near_misses_are_suggested() {
        let Lookup::NotFound { closest } = find("comptuer vision", &ROLES) else { panic!() };
        assert_eq!(closest.map(|thing| thing.0), Some("computer-vision-engineer"));
        let Lookup::NotFound { closest } = find("daat scientsit", &ROLES) else { panic!() };
        assert_eq!(closest.map(|thing| thing.0), Some("data-scientist"));
    }

    #[test]
    fn nothing_close_suggests_nothing() {
        assert_eq!(find("plumber", &ROLES), Lookup::NotFound { closest: None });
        assert_eq!(find("", &ROLES), Lookup::NotFound { closest: None });
        assert_eq!(find("--", &ROLES), Lookup::NotFound { closest: None });
    }
}
