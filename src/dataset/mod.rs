//! Loading the dataset and checking it: parse errors say where, validation lists every problem.

use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use serde::Serialize;
use serde_json::Value;

use crate::model::{Dataset, Level};

mod strings;

/// The dataset compiled into the binary: the article, as structured JSON.
pub const EMBEDDED_JSON: &str = include_str!("../../data/dataset.json");

/// The embedded dataset, parsed.
///
/// It is not validated again at run time: the test `embedded_dataset_is_valid` holds every build
/// to the rules, and validating cost a third of a whole `roles` run (callgrind: 568k of 1.78M
/// instructions).
pub fn embedded() -> Result<Dataset> {
    serde_json::from_str(EMBEDDED_JSON)
        .context("the embedded dataset is broken (a bug in this build of mlcareers)")
}

/// Where the dataset comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Embedded,
    File(PathBuf),
    Stdin,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Embedded => write!(f, "the embedded dataset"),
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Stdin => write!(f, "standard input"),
        }
    }
}

/// Loads the dataset from `source`. A user's file must pass every check: a broken file is an
/// error listing each problem, never a silent fall back to the embedded data.
pub fn load(source: &Source) -> Result<Dataset> {
    if *source == Source::Embedded {
        return embedded();
    }
    let text = read(source)?;
    check(&text).map_err(|problems| anyhow!("{source} {}", describe(&problems)))
}

/// The largest data file mlcareers reads: 64 MiB. A generated dataset of 100,000 roles is 26 MB;
/// a file over the limit is refused before it is read, so memory stays bounded.
pub const MAX_DATA_BYTES: u64 = 64 * 1024 * 1024;

/// The text of a user's data file, or of standard input, refused past [`MAX_DATA_BYTES`].
pub fn read(source: &Source) -> Result<String> {
    let mut bytes = Vec::new();
    match source {
        Source::Embedded => return Ok(EMBEDDED_JSON.to_owned()),
        Source::File(path) => {
            let mut file =
                File::open(path).with_context(|| format!("cannot read data file {}", path.display()))?;
            // The size a file says it has is checked first, so a huge file costs nothing to refuse;
            // `take` below still bounds a file that grows, or a device that reports no size.
            if let Ok(meta) = file.metadata()
                && meta.len() > MAX_DATA_BYTES
            {
                return Err(too_big(source, Some(meta.len())));
            }
            read_up_to_limit(&mut file, &mut bytes)
                .with_context(|| format!("cannot read data file {}", path.display()))?;
        }
        Source::Stdin => {
            read_up_to_limit(&mut io::stdin().lock(), &mut bytes)
                .context("cannot read data from standard input")?;
        }
    }
    if bytes.len() as u64 > MAX_DATA_BYTES {
        return Err(too_big(source, None));
    }
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        anyhow!("{source} is not UTF-8 text (invalid byte at offset {at})")
    })
}

/// Reads at most one byte past the limit: enough to know the limit was passed.
fn read_up_to_limit(reader: &mut dyn Read, bytes: &mut Vec<u8>) -> io::Result<usize> {
    reader.take(MAX_DATA_BYTES + 1).read_to_end(bytes)
}

fn too_big(source: &Source, size: Option<u64>) -> anyhow::Error {
    let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
    let limit = mib(MAX_DATA_BYTES);
    match size {
        Some(size) => anyhow!("{source} is {} MiB, over the {limit} MiB limit for data files", mib(size)),
        None => anyhow!("{source} is over the {limit} MiB limit for data files"),
    }
}

/// "has 2 problems:" and the problems, one per indented line.
pub fn describe(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|problem| format!("\n  {problem}")).collect();
    format!("{}:{}", count(problems.len()), lines.concat())
}

/// "has 1 problem", "has 3 problems".
pub fn count(problems: usize) -> String {
    if problems == 1 { "has 1 problem".to_owned() } else { format!("has {problems} problems") }
}

/// Parses and checks a dataset (a user's file), reporting every problem it can find at once:
/// a syntax error (with line and column), then every type error (with the field path), then
/// every broken rule of [`validate`].
pub fn check(json: &str) -> std::result::Result<Dataset, Vec<Problem>> {
    // A byte-order mark is not JSON, but editors write one; it says nothing, so it is skipped.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // A well-formed file, the usual case, is read straight into the dataset. Only a file serde
    // refuses goes through the `Value` below, which finds every type error but costs about four
    // times the file's size in memory (100,000 roles: 25 MB file, 337 MB peak).
    match serde_json::from_str::<Dataset>(json) {
        Ok(dataset) => {
            let problems = validate(&dataset);
            if problems.is_empty() { Ok(dataset) } else { Err(problems) }
        }
        Err(_) => check_malformed(json),
    }
}

/// Every syntax and type error of a file serde refused, then the rules broken by the rest of it.
fn check_malformed(json: &str) -> std::result::Result<Dataset, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|err| vec![Problem::syntax(&err)])?;
    if !value.is_object() {
        let found = match value {
            Value::Array(_) => "a list",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "a boolean",
            Value::Null => "null",
            Value::Object(_) => "an object",
        };
        return Err(vec![Problem::new(
            "",
            format!("the top level must be an object (the dataset), not {found}"),
        )]);
    }
    let embedded: Value = serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is JSON");

    // Each type error stops serde, so the offending element is swapped for a well-formed one
    // from the embedded dataset and deserializing goes on, until it gets through.
    let mut repaired = value;
    let mut problems = Vec::new();
    let mut patched: Vec<String> = Vec::new();
    let dataset = loop {
        match serde_path_to_error::deserialize::<_, Dataset>(&repaired) {
            Ok(dataset) => break Some(dataset),
            Err(err) => {
                let path = err.path().clone();
                let message = err.into_inner().to_string();
                problems.push(Problem::at(&path, &message));
                match patch(&mut repaired, &embedded, &path, &message) {
                    Some(region) if problems.len() < MAX_TYPE_ERRORS => patched.push(region),
                    _ => break None,
                }
            }
        }
    };
    if let Some(dataset) = &dataset {
        // What the swapped-in elements break is not the file's fault.
        let rules = validate(dataset).into_iter().filter(|problem| !within(&problem.path, &patched));
        problems.extend(rules);
    }
    match dataset {
        Some(dataset) if problems.is_empty() => Ok(dataset),
        _ => Err(problems),
    }
}

/// After this many type errors, checking stops: a file this broken is better fixed in order.
const MAX_TYPE_ERRORS: usize = 50;

/// Makes the value at `path` well-formed, so deserializing can go past it, and returns the path
/// of what was changed. An unknown field is dropped; a missing one is added; a bad value is
/// replaced by the value at the same place in `good` (list indexes taken as its first element),
/// or, where `good` has nothing there, the nearest enclosing value that it has. `None` when
/// nothing can be changed.
fn patch(value: &mut Value, good: &Value, path: &serde_path_to_error::Path, message: &str) -> Option<String> {
    use serde_path_to_error::Segment;

    let segments: Vec<&Segment> = path.iter().collect();
    let named = |prefix: &str| message.strip_prefix(prefix)?.split('`').next().map(str::to_owned);
    let pointer = |segments: &[&Segment], first: bool| -> String {
        segments
            .iter()
            .map(|segment| match segment {
                Segment::Seq { index } => format!("/{}", if first { 0 } else { *index }),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    format!("/{}", key.replace('~', "~0").replace('/', "~1"))
                }
                Segment::Unknown => "/?".to_owned(),
            })
            .collect()
    };

    if let Some(field) = named("unknown field `") {
        // The path may end at the unknown field itself or at the object holding it.
        let holder = match segments.last() {
            Some(Segment::Map { key }) if *key == field => &segments[..segments.len() - 1],
            _ => &segments[..],
        };
        value.pointer_mut(&pointer(holder, false))?.as_object_mut()?.remove(&field)?;
        return Some(join_path(holder, Some(&field)));
    }
    if let Some(field) = named("missing field `") {
        let filler = good.pointer(&format!("{}/{field}", pointer(&segments, true)))?.clone();
        value.pointer_mut(&pointer(&segments, false))?.as_object_mut()?.insert(field.clone(), filler);
        return Some(join_path(&segments, Some(&field)));
    }
    for end in (1..=segments.len()).rev() {
        let Some(filler) = good.pointer(&pointer(&segments[..end], true)) else { continue };
        let target = value.pointer_mut(&pointer(&segments[..end], false))?;
        if target == filler {
            return None;
        }
        *target = filler.clone();
        return Some(join_path(&segments[..end], None));
    }
    None
}

/// A path as problems print it: `roles[3].levels`.
fn join_path(segments: &[&serde_path_to_error::Segment], field: Option<&str>) -> String {
    use serde_path_to_error::Segment;
    let mut path = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Unknown => path.push_str(".?"),
        }
    }
    if let Some(field) = field {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
    }
    path
}

/// Whether a problem at `path` may come from a swapped-in value at one of `regions`: it is at
/// the region, inside it, or at the value holding it (`roles[3].levels` holds `roles[3].levels[0]`).
fn within(path: &str, regions: &[String]) -> bool {
    let inside = |path: &str, region: &str| {
        path == region || path.strip_prefix(region).is_some_and(|rest| rest.starts_with(['.', '[']))
    };
    regions.iter().any(|region| inside(path, region) || parent(region).is_some_and(|parent| parent == path))
}

/// `roles[3].levels` for `roles[3].levels[0]`, `roles[3]` for `roles[3].title`.
fn parent(path: &str) -> Option<&str> {
    path.rfind(['.', '[']).map(|at| &path[..at])
}

/// The dataset's JSON Schema, for editors to validate a data file while it is typed.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Dataset);
    serde_json::to_string_pretty(&schema).expect("a schema is JSON")
}

/// One problem of a dataset: where it is (a field path, or a line and column for a syntax error)
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The field path (`roles[3].levels[0]`); empty for a syntax error and for the whole file.
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: path.into(), line: None, column: None, message: message.into() }
    }

    fn syntax(err: &serde_json::Error) -> Self {
        let message = err.to_string();
        // serde_json ends its messages with " at line L column C": that goes in its own fields.
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(text, _)| text);
        Problem {
            path: String::new(),
            line: Some(err.line()),
            column: Some(err.column()),
            message: message.to_owned(),
        }
    }

    /// A type error at `path`, in words a person editing JSON reads easily.
    fn at(path: &serde_path_to_error::Path, message: &str) -> Self {
        let segments: Vec<_> = path.iter().collect();
        let mut message = message.replace("unknown variant", "unknown value").replace('`', "\"");
        let is_level = segments.iter().rev().find_map(|segment| match segment {
            serde_path_to_error::Segment::Map { key } => Some(key == "levels" || key == "level"),
            _ => None,
        });
        if is_level == Some(true) {
            message = message.replace("unknown value", "unknown level");
        }
        Problem::new(join_path(&segments, None), message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}: {}", self.message),
            _ if self.path.is_empty() => write!(f, "{}", self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Checks the rules serde cannot: unique slug ids, known references, ordered levels, `min <= max`,
/// sources that name a guide section, and no empty text anywhere. Returns every problem found.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Problems::default();

    // Rules for every string, wherever it sits: text is not blank, a `source` names a guide
    // section or an outside source, an id is a slug.
    let sections = dataset.guide.iter().map(|section| section.id.as_str());
    let sources: HashSet<&str> =
        sections.chain(dataset.outside.sources.iter().map(|source| source.id.as_str())).collect();
    strings::each_string(dataset, &mut |path, text| {
        if text.trim().is_empty() {
            problems.add(path.to_string(), "must not be empty");
        } else if path.field() == Some("source") && !sources.contains(text) {
            problems.add(path.to_string(), format!("\"{text}\" names no guide section or outside source"));
        } else if path.field() == Some("id") && !is_slug(text) {
            // Ids are typed at a shell and written into completion scripts: `$(...)` in one
            // would run when the script is loaded, so an id is a slug and nothing else.
            let message = format!("\"{text}\" must be lowercase letters and digits joined by single hyphens");
            problems.add(path.to_string(), message);
        }
    });

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
        self.0.push(Problem::new(path, message));
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

/// `nlp-engineer`, `future-outlook`: lowercase ASCII letters and digits, joined by single hyphens.
fn is_slug(id: &str) -> bool {
    id.split('-')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn checked(value: &Value) -> Vec<String> {
        match check(&value.to_string()) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(Problem::to_string).collect(),
        }
    }

    #[test]
    fn unknown_level_is_a_type_error_at_its_path() {
        let mut value = embedded_value();
        value["roles"][3]["levels"][0] = "junior".into();
        assert_eq!(
            checked(&value),
            ["roles[3].levels[0]: unknown level \"junior\", expected one of \"entry\", \"mid\", \"senior\""]
        );
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let problems = check("{\n  \"roles\": [,]\n}").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (Some(2), Some(13)));
        assert_eq!(problems[0].to_string(), "line 2, column 13: expected value");
    }

    #[test]
    fn every_type_error_and_broken_rule_is_reported_at_once() {
        let mut value = embedded_value();
        value["roles"][1]["levels"][0] = "junior".into();
        value["roles"][3]["title"] = 7.into();
        value["faq"][0].as_object_mut().unwrap().remove("answer");
        value["guide"][2]["colour"] = "blue".into();
        value["salary"]["bands"][0]["min_usd"] = 500_000.into();
        value["roles"][4]["id"] = "data-scientist".into();
        let problems = checked(&value);
        assert_eq!(
            problems,
            [
                "roles[1].levels[0]: unknown level \"junior\", expected one of \"entry\", \"mid\", \"senior\"",
                "roles[3].title: invalid type: integer \"7\", expected a string",
                "faq[0]: missing field \"answer\"",
                "guide[2].colour: unknown field \"colour\", expected one of \"id\", \"title\", \"paragraphs\", \"tables\"",
                "roles[4]: duplicate id \"data-scientist\"",
                "salary.bands[0]: min_usd 500000 is greater than max_usd 110000",
                // Renaming roles[4] left what named it pointing nowhere: real problems too.
                "skills.by_role[11].role: \"computer-vision-engineer\" names no role",
                "outside.unmapped.roles[2]: \"computer-vision-engineer\" names no role",
            ]
        );
    }

    #[test]
    fn the_embedded_dataset_passes_the_check_and_a_bom_is_skipped() {
        assert!(check(EMBEDDED_JSON).is_ok());
        assert!(check(&format!("\u{feff}{EMBEDDED_JSON}")).is_ok());
    }

    #[test]
    fn the_schema_describes_the_dataset_and_closes_it() {
        let schema: Value = serde_json::from_str(&schema()).unwrap();
        let required: Vec<&str> =
            schema["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let fields: Vec<String> = embedded_value().as_object().unwrap().keys().cloned().collect();
        assert_eq!(required, fields, "every top-level field is required, in the file's order");
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
    fn wrong_top_level_type_is_one_problem() {
        assert_eq!(
            checked(&serde_json::json!([1, 2])),
            ["the top level must be an object (the dataset), not a list"]
        );
    }

    #[test]
    fn problems_inside_swapped_elements_are_dropped() {
        assert!(within("roles[3].id", &["roles[3]".to_owned()]));
        assert!(within("roles[3]", &["roles[3]".to_owned()]));
        assert!(!within("roles[31].id", &["roles[3]".to_owned()]));
        assert!(within("roles[3].levels", &["roles[3].levels[0]".to_owned()]));
        assert!(!within("roles[4]", &["roles[3].levels[0]".to_owned()]));
    }
}
