//! How one record names another: `{id, title}`, for a role, a level or an occupation alike, and
//! a list of levels as a list of them. One shape for a reference in every command's output.

use std::borrow::Cow;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use crate::model::{Dataset, Level, Role};

/// An entry named inside another record: its id, to join on, and its title, to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Ref<'a> {
    /// The entry's id: a role id, a level (`entry`, `mid`, `senior`), a SOC code.
    pub id: &'a str,
    pub title: &'a str,
}

impl<'a> Ref<'a> {
    pub fn role(role: &'a Role) -> Self {
        Ref { id: &role.id, title: &role.title }
    }

    pub fn level(dataset: &'a Dataset, level: Level) -> Self {
        Ref { id: level.id(), title: dataset.level_title(level) }
    }
}

/// Levels as records give them: a slice of levels to use, written as a list of [`Ref`]s with the
/// dataset's titles (`{"id": "mid", "title": "Mid Level"}`).
#[derive(Clone, Copy)]
pub struct LevelRefs<'a> {
    levels: &'a [Level],
    dataset: &'a Dataset,
}

impl<'a> LevelRefs<'a> {
    pub fn new(dataset: &'a Dataset, levels: &'a [Level]) -> Self {
        LevelRefs { levels, dataset }
    }
}

impl Deref for LevelRefs<'_> {
    type Target = [Level];
    fn deref(&self) -> &[Level] {
        self.levels
    }
}

impl std::fmt::Debug for LevelRefs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.levels).finish()
    }
}

impl Serialize for LevelRefs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.levels.iter().map(|&level| Ref::level(self.dataset, level)))
    }
}

/// Described as the list of references it is written as.
impl JsonSchema for LevelRefs<'_> {
    fn schema_name() -> Cow<'static, str> {
        <Vec<Ref>>::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <Vec<Ref>>::json_schema(generator)
    }
}

/// `text` as an id: lowercase letters and digits, each other run of characters one hyphen, none
/// at either end (`Natural language processing` is `natural-language-processing`; `C++` is `c`).
/// Text with no letter or digit gives `entry`.
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() { "entry".to_owned() } else { slug }
}

/// The [`slug`] of each of `names`, made unique in order: a slug met before gets `-2`, `-3`, ...
pub fn unique_slugs<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .into_iter()
        .map(|name| {
            let base = slug(name);
            let mut id = base.clone();
            let mut n = 1;
            while !seen.insert(id.clone()) {
                n += 1;
                id = format!("{base}-{n}");
            }
            id
        })
        .collect()
}

/// The id of each entry of `industries`, in order: its name as a slug, unique within the list.
pub fn industry_ids(industries: &[crate::model::Industry]) -> Vec<String> {
    unique_slugs(industries.iter().map(|entry| entry.name.as_str()))
}

/// The id of each abbreviation of the glossary, in order: as a slug, unique within the list.
pub fn abbreviation_ids(abbreviations: &[crate::model::Abbreviation]) -> Vec<String> {
    unique_slugs(abbreviations.iter().map(|entry| entry.abbreviation.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens_and_unique() {
        assert_eq!(slug("Natural language processing"), "natural-language-processing");
        assert_eq!(slug("O*NET"), "o-net");
        assert_eq!(slug("  C++ "), "c");
        assert_eq!(slug("++"), "entry");
        assert_eq!(unique_slugs(["C++", "C#", "c", "Go"]), ["c", "c-2", "c-3", "go"]);
    }
}
