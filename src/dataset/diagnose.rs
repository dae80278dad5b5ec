//! Every syntax and type error of a file serde refused, each with its line or field path.
//!
//! The file is never read whole into a `serde_json::Value`, which costs several times its size:
//! its syntax is checked by a pass that builds nothing, then each section, and each element of a
//! section that is a list, is checked alone. Only an element serde refuses becomes a `Value`, to
//! be patched and read again; the rest stays the file's own text. The problems found, and their
//! order, are those of reading the whole file as one `Value` and patching it.

use std::fmt::{self, Write as _};

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;
use serde_path_to_error::Segment;

use super::rules::validate;
use super::{EMBEDDED_JSON, Problem};
use crate::model::{
    Article, Dataset, Education, Faq, Industries, LevelInfo, Outside, Role, Salary, Section, Skills,
    Vocabulary,
};
use crate::text::only_checking_types;

/// After this many type errors, checking stops: a file this broken is better fixed in order.
const MAX_TYPE_ERRORS: usize = 50;

/// Every syntax and type error of a file serde refused, then the rules broken by the rest of it.
pub(super) fn check_malformed(json: &'static str) -> Result<Dataset, Vec<Problem>> {
    let kind = serde_json::from_str::<Kind>(json).map_err(|err| vec![Problem::syntax(&err)])?;
    if let Some(problem) = not_an_object(kind) {
        return Err(vec![problem]);
    }
    let Sections(sections) = serde_json::from_str(json).map_err(|err| vec![Problem::syntax(&err)])?;
    let embedded: Value = serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is JSON");

    // Each type error stops serde, so the offending element is swapped for a well-formed one
    // from the embedded dataset and deserializing goes on, until it gets through. The sections
    // are gone through in the file's order, as serde reads them; what reads well is kept, so the
    // dataset is read once.
    let mut diagnosis = Diagnosis { problems: Vec::new(), patched: Vec::new() };
    let mut read = Read::default();
    let mut present = serde_json::Map::new();
    for (key, raw) in &sections {
        let good = embedded.get(key.as_str()).unwrap_or(&Value::Null);
        match section(key, raw, good, &mut diagnosis, &mut read) {
            Some(Kept::Read) => _ = present.insert(key.clone(), good.clone()),
            Some(Kept::Dropped) => {}
            None => return Err(diagnosis.problems),
        }
    }
    // A missing section is found once the file's are read; each is filled in from the embedded
    // dataset, one at a time, as serde names them.
    let Sections(fillers) = serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is JSON");
    while let Err(err) = serde_path_to_error::deserialize::<_, Dataset>(Value::Object(present.clone())) {
        let Fault::MissingField(field) = diagnosis.record(&[], err) else {
            return Err(diagnosis.problems);
        };
        let (Some(good), Some((_, filler))) =
            (embedded.get(&field), fillers.iter().find(|(key, _)| *key == field))
        else {
            return Err(diagnosis.problems);
        };
        if !diagnosis.go_on(field.clone())
            || section(&field, filler, good, &mut diagnosis, &mut read).is_none()
        {
            return Err(diagnosis.problems);
        }
        present.insert(field, good.clone());
    }
    let Some(dataset) = read.dataset() else { return Err(diagnosis.problems) };
    let Diagnosis { mut problems, patched } = diagnosis;
    // What the swapped-in elements break is not the file's fault.
    problems.extend(validate(&dataset).into_iter().filter(|problem| !within(&problem.path, &patched)));
    if problems.is_empty() { Ok(dataset) } else { Err(problems) }
}

/// The problems found so far and the paths of what was swapped in.
struct Diagnosis {
    problems: Vec<Problem>,
    patched: Vec<String>,
}

impl Diagnosis {
    /// Records serde's error under `prefix` (the path of the part it read) and says what it is.
    fn record(&mut self, prefix: &[Segment], err: serde_path_to_error::Error<serde_json::Error>) -> Fault {
        let path = err.path().clone();
        let inner = err.into_inner();
        let message = inner.to_string();
        // Read from text, serde_json ends its message with the place in that text, which is not
        // the file's: cut off, as the path says where.
        let place = format!(" at line {} column {}", inner.line(), inner.column());
        let message = message.strip_suffix(&place).unwrap_or(&message).to_owned();
        let segments: Vec<&Segment> = prefix.iter().chain(path.iter()).collect();
        self.problems.push(Problem::at(&segments, &message));
        Fault::of(&message)
    }

    /// Notes a swapped-in region; false once there are too many problems to go on.
    fn go_on(&mut self, region: String) -> bool {
        self.patched.push(region);
        if self.problems.len() < MAX_TYPE_ERRORS {
            return true;
        }
        // Said, so that the count reads "at least": the rest of the file was not checked.
        self.problems.push(Problem::new("", super::STOPPED));
        false
    }
}

/// The sections read so far, each read as it is in the file, or as patched.
#[derive(Default)]
struct Read {
    article: Option<Article>,
    levels: Option<Vec<LevelInfo>>,
    roles: Option<Vec<Role>>,
    salary: Option<Salary>,
    skills: Option<Skills>,
    education: Option<Education>,
    industries: Option<Industries>,
    faq: Option<Vec<Faq>>,
    guide: Option<Vec<Section>>,
    outside: Option<Outside>,
    vocabulary: Option<Vocabulary>,
}

impl Read {
    /// The dataset, once every section it needs is read.
    fn dataset(self) -> Option<Dataset> {
        Some(Dataset {
            article: self.article?,
            levels: self.levels?,
            roles: self.roles?,
            salary: self.salary?,
            skills: self.skills?,
            education: self.education?,
            industries: self.industries?,
            faq: self.faq?,
            guide: self.guide?,
            outside: self.outside?,
            vocabulary: self.vocabulary.unwrap_or_default(),
        })
    }
}

/// What became of a top-level section.
enum Kept {
    /// Read, as it is or patched.
    Read,
    /// Dropped: the dataset has no such section (a problem, recorded).
    Dropped,
}

/// Reads top-level section `key` into `read`; `None` when checking stops.
fn section(
    key: &str,
    raw: &'static RawValue,
    good: &Value,
    diagnosis: &mut Diagnosis,
    read: &mut Read,
) -> Option<Kept> {
    let at = [Segment::Map { key: key.to_owned() }];
    let at = &at[..];
    match key {
        "article" => read.article = Some(part(at, raw, good, diagnosis)?),
        "levels" => read.levels = Some(list(at, raw, good, diagnosis)?),
        "roles" => read.roles = Some(list(at, raw, good, diagnosis)?),
        "salary" => read.salary = Some(part(at, raw, good, diagnosis)?),
        "skills" => read.skills = Some(part(at, raw, good, diagnosis)?),
        "education" => read.education = Some(part(at, raw, good, diagnosis)?),
        "industries" => read.industries = Some(part(at, raw, good, diagnosis)?),
        "faq" => read.faq = Some(list(at, raw, good, diagnosis)?),
        "guide" => read.guide = Some(list(at, raw, good, diagnosis)?),
        "outside" => read.outside = Some(part(at, raw, good, diagnosis)?),
        "vocabulary" => read.vocabulary = Some(part(at, raw, good, diagnosis)?),
        _ => {
            // serde's own words for a field the dataset does not have, as it says them when it
            // meets one; the field is dropped from what is read on.
            let lone = Value::Object(std::iter::once((key.to_owned(), Value::Null)).collect());
            let err = serde_path_to_error::deserialize::<_, Dataset>(lone).err()?;
            return match diagnosis.record(&[], err) {
                Fault::UnknownField(_) if diagnosis.go_on(key.to_owned()) => Some(Kept::Dropped),
                _ => None,
            };
        }
    }
    Some(Kept::Read)
}

/// A section that is a list: each element read alone, as the elements of a well-formed list.
fn list<T>(
    prefix: &[Segment],
    raw: &'static RawValue,
    good: &Value,
    diagnosis: &mut Diagnosis,
) -> Option<Vec<T>>
where
    T: Deserialize<'static>,
{
    let Ok(elements) = serde_json::from_str::<Vec<&'static RawValue>>(raw.get()) else {
        // Not a list: the section is one part, and serde says what is wrong with it.
        return part::<Vec<T>>(prefix, raw, good, diagnosis);
    };
    let good = good.get(0).unwrap_or(&Value::Null);
    let mut read = Vec::with_capacity(elements.len());
    for (index, element) in elements.into_iter().enumerate() {
        let mut at = prefix.to_vec();
        at.push(Segment::Seq { index });
        read.push(part::<T>(&at, element, good, diagnosis)?);
    }
    Some(read)
}

/// The part at `prefix`, read as a `T`: as it is in the file if serde reads it; else each type
/// error recorded and patched from `good` (the same place in the embedded dataset), until it
/// reads. `None` when checking stops.
///
/// The patching is done on the part's text, never on a `serde_json::Value` of it (which costs many
/// times the text: 30 times for a list of short strings), and each read that finds an error keeps
/// none of the strings it read: the part costs its text twice at most, the patched copy and the
/// one kept for the process's life once it reads.
fn part<T>(prefix: &[Segment], raw: &'static RawValue, good: &Value, diagnosis: &mut Diagnosis) -> Option<T>
where
    T: Deserialize<'static>,
{
    if let Ok(read) = serde_json::from_str::<T>(raw.get()) {
        return Some(read);
    }
    let at = join_path(&prefix.iter().collect::<Vec<_>>(), None);
    let mut patched: Option<String> = None;
    loop {
        let text = patched.as_deref().unwrap_or(raw.get());
        // Read from a reader, which hands every string over to be copied: none is kept.
        let checked = only_checking_types(|| {
            serde_path_to_error::deserialize::<_, T>(&mut serde_json::Deserializer::from_reader(
                text.as_bytes(),
            ))
        });
        let Err(err) = checked else {
            // The patched text is kept as the file's is, and the part borrows its strings from it.
            let kept: &'static str = patched.map_or(raw.get(), |text| text.leak());
            return serde_json::from_str(kept).ok();
        };
        let path = err.path().clone();
        let fault = diagnosis.record(prefix, err);
        let (edit, region) = patch(text, good, &path.iter().collect::<Vec<_>>(), &fault)?;
        // The first patch copies the part's text; the next ones change that copy in place. A
        // new copy for each patch, made while the last one was still held (and one more for each
        // level of the path), held a part four times over: a section as large as the file took
        // four times the file's size.
        patched = Some(if let Some(mut text) = patched {
            text.replace_range(edit.range, &edit.with);
            text
        } else {
            let text = raw.get();
            [&text[..edit.range.start], edit.with.as_str(), &text[edit.range.end..]].concat()
        });
        if !diagnosis.go_on(under(&at, &region)) {
            return None;
        }
    }
}

/// `region` (a path within a part) as a path from the top, the part being at `at`.
fn under(at: &str, region: &str) -> String {
    match region.chars().next() {
        None => at.to_owned(),
        Some('[') => format!("{at}{region}"),
        Some(_) => format!("{at}.{region}"),
    }
}

/// What a JSON value is, read without building it: the syntax check, and the kind of the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    List,
    String,
    Number,
    Boolean,
    Null,
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KindVisitor;

        impl<'de> Visitor<'de> for KindVisitor {
            type Value = Kind;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Kind, E> {
                Ok(Kind::Boolean)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Kind, E> {
                Ok(Kind::Number)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Kind, E> {
                Ok(Kind::Number)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Kind, E> {
                Ok(Kind::Number)
            }
            fn visit_str<E>(self, _: &str) -> Result<Kind, E> {
                Ok(Kind::String)
            }
            fn visit_unit<E>(self) -> Result<Kind, E> {
                Ok(Kind::Null)
            }
            fn visit_none<E>(self) -> Result<Kind, E> {
                Ok(Kind::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Kind, A::Error> {
                while seq.next_element::<Kind>()?.is_some() {}
                Ok(Kind::List)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kind, A::Error> {
                while map.next_entry::<Kind, Kind>()?.is_some() {}
                Ok(Kind::Object)
            }
        }

        // `deserialize_any`, as reading a `Value` does, so the same text fails the same way.
        deserializer.deserialize_any(KindVisitor)
    }
}

/// The top-level object's fields in the file's order, each value as its text; a field given
/// twice keeps its first place and its last value, as in a `serde_json::Value`.
struct Sections(Vec<(String, &'static RawValue)>);

impl<'de: 'static> Deserialize<'de> for Sections {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SectionsVisitor;

        impl<'de: 'static> Visitor<'de> for SectionsVisitor {
            type Value = Sections;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Sections, A::Error> {
                let mut sections: Vec<(String, &'static RawValue)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value: &'static RawValue = map.next_value()?;
                    match sections.iter_mut().find(|(name, _)| *name == key) {
                        Some(section) => section.1 = value,
                        None => sections.push((key, value)),
                    }
                }
                Ok(Sections(sections))
            }
        }

        deserializer.deserialize_map(SectionsVisitor)
    }
}

/// The one problem of a file whose top level is not an object, if it is not.
fn not_an_object(kind: Kind) -> Option<Problem> {
    let found = match kind {
        Kind::Object => return None,
        Kind::List => "a list",
        Kind::String => "a string",
        Kind::Number => "a number",
        Kind::Boolean => "a boolean",
        Kind::Null => "null",
    };
    Some(Problem::new("", format!("the top level must be an object (the dataset), not {found}")))
}

/// What a type error is about. serde's errors carry no kind of their own (`classify()` says only
/// `Data`, and the field is in no accessor), so this is read from the wording of serde's
/// `unknown_field` and `missing_field` errors; `serde_words_errors_as_this_module_reads_them`
/// pins that wording, so a serde that changes it fails a test instead of patching less.
#[derive(Debug, PartialEq, Eq)]
enum Fault {
    UnknownField(String),
    MissingField(String),
    BadValue,
}

impl Fault {
    fn of(message: &str) -> Fault {
        let named = |prefix: &str| message.strip_prefix(prefix)?.split('`').next().map(str::to_owned);
        if let Some(field) = named("unknown field `") {
            Fault::UnknownField(field)
        } else if let Some(field) = named("missing field `") {
            Fault::MissingField(field)
        } else {
            Fault::BadValue
        }
    }
}

/// Makes the value at `path` in `text` (a part of the file) well-formed, so deserializing can go
/// past it, and returns the edit that does it and the path of what was changed. An unknown field is
/// dropped; a missing one is added; a bad value is replaced by the value at the same place in
/// `good` (list indexes taken as its first element), or, where `good` has nothing there, the
/// nearest enclosing value that it has. `None` when nothing can be changed.
fn patch(text: &str, good: &Value, segments: &[&Segment], fault: &Fault) -> Option<(Edit, String)> {
    match fault {
        Fault::UnknownField(field) => {
            // The path may end at the unknown field itself or at the object holding it.
            let holder = match segments.last() {
                Some(Segment::Map { key }) if key == field => &segments[..segments.len() - 1],
                _ => segments,
            };
            let text = edit_at(text, holder, &mut |object| {
                let members = members(object)?;
                members.iter().any(|(key, _)| key == field).then(|| {
                    object_text(
                        members
                            .iter()
                            .filter(|(key, _)| key != field)
                            .map(|(key, value)| (key.as_str(), *value)),
                    )
                })
            })?;
            Some((text, join_path(holder, Some(field))))
        }
        Fault::MissingField(field) => {
            let filler = good.pointer(&format!("{}/{field}", pointer(segments, true)))?.to_string();
            let text = edit_at(text, segments, &mut |object| {
                let members = members(object)?;
                let all = members.iter().map(|(key, value)| (key.as_str(), *value));
                Some(object_text(all.chain([(field.as_str(), filler.as_str())])))
            })?;
            Some((text, join_path(segments, Some(field))))
        }
        Fault::BadValue => {
            // Down to the part itself: the part is never the whole file, whose top level is an
            // object (found above).
            for end in (0..=segments.len()).rev() {
                let Some(filler) = good.pointer(&pointer(&segments[..end], true)) else { continue };
                // A value already the filler cannot be patched further.
                let text = edit_at(text, &segments[..end], &mut |old| {
                    let same = serde_json::from_str::<Value>(old).is_ok_and(|old| old == *filler);
                    (!same).then(|| filler.to_string())
                });
                return text.map(|text| (text, join_path(&segments[..end], None)));
            }
            None
        }
    }
}

/// A change to a text: the bytes in `range` replaced by `with`.
struct Edit {
    range: std::ops::Range<usize>,
    with: String,
}

/// The edit of `text` that replaces the value at `segments` by what `change` makes of it; `None`
/// where there is no such value or `change` makes nothing. A key given twice is the last one, as
/// in a `serde_json::Value`.
fn edit_at(
    text: &str,
    segments: &[&Segment],
    change: &mut dyn FnMut(&str) -> Option<String>,
) -> Option<Edit> {
    let Some((first, rest)) = segments.split_first() else {
        return change(text).map(|with| Edit { range: 0..text.len(), with });
    };
    let child: &str = match first {
        Segment::Map { key } | Segment::Enum { variant: key } => {
            members(text)?.into_iter().rev().find(|(name, _)| name == key)?.1
        }
        Segment::Seq { index } => serde_json::from_str::<Vec<&RawValue>>(text).ok()?.get(*index)?.get(),
        Segment::Unknown => return None,
    };
    let start = child.as_ptr().addr() - text.as_ptr().addr();
    let edit = edit_at(child, rest, change)?;
    Some(Edit { range: start + edit.range.start..start + edit.range.end, with: edit.with })
}

/// The members of the object `text` is, in order, each value as its text; `None` if it is none.
fn members(text: &str) -> Option<Vec<(String, &str)>> {
    struct Members<'a>(Vec<(String, &'a str)>);

    impl<'de> Deserialize<'de> for Members<'de> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct MembersVisitor;

            impl<'de> Visitor<'de> for MembersVisitor {
                type Value = Members<'de>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'de>, A::Error> {
                    let mut members = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        let value: &'de RawValue = map.next_value()?;
                        members.push((key, value.get()));
                    }
                    Ok(Members(members))
                }
            }

            deserializer.deserialize_map(MembersVisitor)
        }
    }

    serde_json::from_str::<Members>(text).ok().map(|members| members.0)
}

/// An object's text from its members' keys and values' texts.
fn object_text<'a>(members: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let members: Vec<String> = members.map(|(key, value)| format!("{}:{value}", Value::from(key))).collect();
    format!("{{{}}}", members.join(","))
}

/// The JSON pointer of `segments`, with every list index taken as 0 when `first` (to find the
/// matching element of a list in the embedded dataset).
fn pointer(segments: &[&Segment], first: bool) -> String {
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
}

/// A path as problems print it: `roles[3].levels`.
fn join_path(segments: &[&Segment], field: Option<&str>) -> String {
    let mut path = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => _ = write!(path, "[{index}]"),
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

impl Problem {
    /// A syntax error, its place taken from `line()` and `column()`.
    fn syntax(err: &serde_json::Error) -> Self {
        let message = err.to_string();
        // serde_json gives its message only through `Display`, ending with the place; the place
        // goes in its own fields, so that exact ending is cut off (its wording is pinned by
        // `serde_words_errors_as_this_module_reads_them`).
        let place = format!(" at line {} column {}", err.line(), err.column());
        let message = message.strip_suffix(&place).unwrap_or(&message);
        Problem {
            path: String::new(),
            line: Some(err.line()),
            column: Some(err.column()),
            message: message.to_owned(),
        }
    }

    /// A type error at `path`, in words a person editing JSON reads easily: serde's "unknown
    /// variant" is an unknown value (an unknown level under `levels` or `level`), and its
    /// backquotes are JSON's double quotes.
    fn at(segments: &[&Segment], message: &str) -> Self {
        let mut message = message.replace("unknown variant", "unknown value").replace('`', "\"");
        let is_level = segments.iter().rev().find_map(|segment| match segment {
            Segment::Map { key } => Some(key == "levels" || key == "level"),
            _ => None,
        });
        if is_level == Some(true) {
            message = message.replace("unknown value", "unknown level");
        }
        Problem::new(join_path(segments, None), message)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::dataset::check;
    use crate::model::Level;

    fn embedded_value() -> Value {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    /// serde's message for a type error in `json` read as a `T`, as `check_malformed` gets it.
    fn serde_message<T: DeserializeOwned + std::fmt::Debug>(json: &Value) -> String {
        serde_path_to_error::deserialize::<_, T>(json).unwrap_err().into_inner().to_string()
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        a: u8,
        b: u8,
    }

    /// The wording of serde and `serde_json` this module reads where they offer no structured
    /// alternative. If a serde upgrade fails this test, update `Fault::of`, `Problem::syntax` and
    /// `Problem::at` to the new wording, then this test.
    #[test]
    fn serde_words_errors_as_this_module_reads_them() {
        let syntax = serde_json::from_str::<Value>("{\n  \"roles\": [,]\n}").unwrap_err();
        assert_eq!(
            syntax.to_string(),
            "expected value at line 2 column 13",
            "Problem::syntax strips the place"
        );
        let unknown = serde_message::<Pair>(&serde_json::json!({"a": 1, "b": 2, "c": 3}));
        assert_eq!(unknown, "unknown field `c`, expected `a` or `b`", "Fault::of reads the field");
        assert_eq!(Fault::of(&unknown), Fault::UnknownField("c".to_owned()));
        let missing = serde_message::<Pair>(&serde_json::json!({"a": 1}));
        assert_eq!(missing, "missing field `b`", "Fault::of reads the field");
        assert_eq!(Fault::of(&missing), Fault::MissingField("b".to_owned()));
        let variant = serde_message::<Level>(&serde_json::json!("junior"));
        assert_eq!(
            variant, "unknown variant `junior`, expected one of `entry`, `mid`, `senior`",
            "Problem::at says \"unknown value\" for \"unknown variant\""
        );
        assert_eq!(Fault::of(&variant), Fault::BadValue);
    }

    fn checked(value: &Value) -> Vec<String> {
        match check(value.to_string().leak()) {
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
    fn every_section_of_the_dataset_is_read_as_its_own_type() {
        let Sections(sections) = serde_json::from_str(EMBEDDED_JSON).unwrap();
        let embedded = embedded_value();
        let mut diagnosis = Diagnosis { problems: Vec::new(), patched: Vec::new() };
        let mut read = Read::default();
        for (key, raw) in &sections {
            let kept = section(key, raw, &embedded[key.as_str()], &mut diagnosis, &mut read);
            assert!(matches!(kept, Some(Kept::Read)), "{key}");
        }
        assert!(diagnosis.problems.is_empty());
        let baked = serde_json::to_value(crate::dataset::embedded().unwrap()).unwrap();
        assert_eq!(serde_json::to_value(read.dataset().unwrap()).unwrap(), baked);
        // And a section it does not have is dropped, as a problem.
        let raw: &'static RawValue = serde_json::from_str("1").unwrap();
        let kept = section("colour", raw, &Value::Null, &mut diagnosis, &mut Read::default());
        assert!(matches!(kept, Some(Kept::Dropped)));
        assert_eq!(diagnosis.patched, ["colour"]);
    }

    #[test]
    fn an_element_of_a_long_list_is_found_at_its_place() {
        let mut value = embedded_value();
        let role = value["roles"][0].clone();
        let roles = value["roles"].as_array_mut().unwrap();
        for i in 0..200 {
            let mut role = role.clone();
            role["id"] = format!("role-{i}").into();
            roles.push(role);
        }
        value["roles"][199]["title"] = 7.into();
        value["roles"][204]["levels"] = "mid".into();
        assert_eq!(
            checked(&value),
            [
                "roles[199].title: invalid type: integer \"7\", expected a string",
                "roles[204].levels: invalid type: string \"mid\", expected a sequence",
            ]
        );
    }

    #[test]
    fn a_field_given_twice_is_a_problem_and_its_last_value_is_read() {
        // As in a `serde_json::Value`: the first place, the last value; and the repeat is said.
        let json = EMBEDDED_JSON.trim_end().strip_suffix('}').unwrap().to_owned() + r#","faq":7}"#;
        let problems = check(json.leak()).unwrap_err();
        let problems: Vec<String> = problems.iter().map(Problem::to_string).collect();
        assert_eq!(
            problems,
            [
                "faq: key \"faq\" is given twice in one object; only one can count",
                "faq: invalid type: integer \"7\", expected a sequence"
            ]
        );
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
