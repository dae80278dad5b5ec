//! The dataset's serde types: exactly what `data/dataset.json` holds, nothing computed.
//!
//! Every type reads its strings as [`Text`], borrowed from bytes that live for the whole run (the
//! baked data in the binary, or a data file read once): hence the `'de: 'static` bounds.

use std::borrow::Cow;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

pub use crate::text::Text;

/// The whole dataset: every fact of the article, each record naming the guide section it comes from.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Dataset {
    pub article: Article,
    pub levels: Vec<LevelInfo>,
    pub roles: Vec<Role>,
    pub salary: Salary,
    pub skills: Skills,
    pub education: Education,
    pub industries: Industries,
    pub faq: Vec<Faq>,
    pub guide: Vec<Section>,
    /// Figures from outside the article (BLS, O*NET), shown beside it, never mixed into it.
    pub outside: Outside,
    /// Words people type for the dataset's levels and skills: read from what people type only,
    /// never from the data itself. Every entry is derived, with its reason.
    #[serde(default)]
    pub vocabulary: Vocabulary,
}

impl Dataset {
    /// The title of role `id`, or the id when no role has it.
    pub fn role_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.roles.iter().find(|role| role.id == id).map_or(id, |role| role.title.as_str())
    }

    /// The article's name for a level ("Mid Level"); Table 1's word for it if the dataset has none.
    pub fn level_title(&self, level: Level) -> &str {
        self.levels.iter().find(|info| info.id == level).map_or(level.label(), |info| &info.title)
    }
}

/// What the dataset was built from.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Article {
    pub title: Text,
    /// What the article says (or does not say) about where its figures come from.
    pub provenance: Text,
}

/// An experience level. The set is closed: the article's Table 2 has exactly these three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Entry,
    Mid,
    Senior,
}

impl Level {
    /// Every level, junior first.
    pub const ALL: [Level; 3] = [Level::Entry, Level::Mid, Level::Senior];

    /// The id used in JSON, CSV and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Level::Entry => "entry",
            Level::Mid => "mid",
            Level::Senior => "senior",
        }
    }

    /// The word Table 1 uses for the level ("Mid to Senior").
    pub fn label(self) -> &'static str {
        match self {
            Level::Entry => "Entry",
            Level::Mid => "Mid",
            Level::Senior => "Senior",
        }
    }
}

/// A level as the dataset lists it, with the article's own name for it ("Entry Level").
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct LevelInfo {
    pub id: Level,
    pub title: Text,
    pub source: Text,
}

/// A row of the article's Table 1.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Role {
    pub id: Text,
    pub title: Text,
    pub responsibilities: Text,
    /// The levels the role's experience range spans, junior first ("Mid to Senior" = mid, senior).
    pub levels: Levels,
    pub source: Text,
}

impl Role {
    /// Whether the role spans any of `levels`; no levels is no filter, so every role is open.
    pub fn is_open_at(&self, levels: &[Level]) -> bool {
        levels.is_empty() || self.levels.iter().any(|level| levels.contains(level))
    }

    /// Table 1's wording of the role's levels: "Mid to Senior" (see [`experience`]).
    pub fn experience(&self) -> String {
        experience(&self.levels).into_owned()
    }
}

/// The levels a role spans, as the data lists them: a list of levels to read and write (JSON,
/// JSON Schema), a slice to use. Up to three, every list the rules accept, are held in place; a
/// longer one, which they refuse, on the heap. A role of a file of 100,000 then needs no
/// allocation of its own for its levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Levels {
    Few { len: u8, levels: [Level; 3] },
    Many(Box<[Level]>),
}

impl From<Vec<Level>> for Levels {
    fn from(list: Vec<Level>) -> Self {
        match *list.as_slice() {
            [] => Levels::Few { len: 0, levels: [Level::Entry; 3] },
            [a] => Levels::Few { len: 1, levels: [a, Level::Entry, Level::Entry] },
            [a, b] => Levels::Few { len: 2, levels: [a, b, Level::Entry] },
            [a, b, c] => Levels::Few { len: 3, levels: [a, b, c] },
            _ => Levels::Many(list.into_boxed_slice()),
        }
    }
}

impl Deref for Levels {
    type Target = [Level];
    fn deref(&self) -> &[Level] {
        match self {
            Levels::Few { len, levels } => &levels[..usize::from(*len)],
            Levels::Many(levels) => levels,
        }
    }
}

impl Serialize for Levels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Levels {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Level>::deserialize(deserializer).map(Levels::from)
    }
}

/// Described as the list it is written as.
impl JsonSchema for Levels {
    fn inline_schema() -> bool {
        <Vec<Level>>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Vec<Level>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <Vec<Level>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<Level>>::json_schema(generator)
    }
}

/// Table 1's wording: one level alone ("Senior"), a run of levels as a range ("Mid to Senior"),
/// anything else as a list ("Entry, Senior").
pub fn experience(levels: &[Level]) -> Cow<'static, str> {
    use Level::{Entry, Mid, Senior};
    // Every list the rules accept, without an allocation: a search over a data file reads the
    // experience of each of its roles. A test holds these to the rule below.
    let accepted = match levels {
        [] => "",
        [only] => only.label(),
        [Entry, Mid] => "Entry to Mid",
        [Mid, Senior] => "Mid to Senior",
        [Entry, Mid, Senior] => "Entry to Senior",
        [Entry, Senior] => "Entry, Senior",
        _ => return experience_of_any(levels).into(),
    };
    accepted.into()
}

/// [`experience`] of any list, in full.
fn experience_of_any(levels: &[Level]) -> String {
    let contiguous = levels.windows(2).all(|pair| pair[1] as usize == pair[0] as usize + 1);
    match levels {
        [] => String::new(),
        [only] => only.label().to_owned(),
        [first, .., last] if contiguous => format!("{} to {}", first.label(), last.label()),
        _ => levels.iter().map(|level| level.label()).collect::<Vec<_>>().join(", "),
    }
}

/// The article's Table 2 and what its section says around it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Salary {
    pub bands: Vec<SalaryBand>,
    /// Pay besides base salary (bonuses, stock options, ...).
    pub extras: Vec<Text>,
    /// What the ranges vary with (location, experience level, industry).
    pub depends_on: Vec<Text>,
    pub notes: Vec<Note>,
}

/// One experience level's annual salary range in USD.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SalaryBand {
    pub level: Level,
    pub min_usd: u64,
    /// The top figure the article prints; with `open_ended` it is a floor of the top ("220,000+").
    pub max_usd: u64,
    pub open_ended: bool,
    pub source: Text,
}

impl SalaryBand {
    /// The band as a range of dollars.
    pub fn range(&self) -> UsdRange {
        UsdRange { min: self.min_usd, max: self.max_usd, open_ended: self.open_ended }
    }
}

/// An annual salary range in USD: a band of Table 2, or a range derived from bands. Shown as
/// `$80,000 – $110,000`, or `$170,000 – $220,000+` when the top is open (its `Display` is in `usd.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UsdRange {
    /// `min_usd`, `max_usd`, `open_ended`: one name for a salary range everywhere, as in a band.
    #[serde(rename = "min_usd")]
    pub min: u64,
    /// The top figure given; with `open_ended` it is a floor of the top ("220,000+"), not a ceiling.
    #[serde(rename = "max_usd")]
    pub max: u64,
    pub open_ended: bool,
}

impl Salary {
    /// The sections this part of the dataset cites, one entry per record.
    pub fn sources(&self) -> Vec<&str> {
        let bands = self.bands.iter().map(|band| band.source.as_str());
        bands.chain(self.notes.iter().map(|note| note.source.as_str())).collect()
    }
}

/// A sentence of the article kept beside a structured view.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Note {
    pub text: Text,
    pub source: Text,
}

/// The article's skills, in the groups it names them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Skills {
    /// The skills the article names for machine learning jobs in general, so every role: its
    /// essential skills (source `skills`) and those it names elsewhere, each with its section.
    pub groups: Vec<SkillGroup>,
    pub notes: Vec<Note>,
    /// Skills one role asks for beyond the general ones, each derived from the role's own text in
    /// Table 1 or from O*NET, with the reason.
    pub by_role: Vec<RoleSkill>,
}

impl Skills {
    /// The essential skills, every group's in the article's order: what every role asks for.
    pub fn essential(&self) -> impl Iterator<Item = &str> {
        self.groups.iter().flat_map(|group| group.skills.iter().map(Text::as_str))
    }

    /// The sections this part of the dataset cites, one entry per record.
    pub fn sources(&self) -> Vec<&str> {
        let groups = self.groups.iter().map(|group| group.source.as_str());
        groups.chain(self.notes.iter().map(|note| note.source.as_str())).collect()
    }
}

/// A skill one role asks for, derived from a source that speaks of that role.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct RoleSkill {
    /// A role id.
    pub role: Text,
    pub skill: Text,
    /// Always true: the article lists no skills per role, so every link here is a reading of a source.
    pub derived: bool,
    /// Why the role asks for it, citing the source's words.
    pub reason: Text,
    pub source: Text,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SkillGroup {
    pub id: Text,
    pub title: Text,
    pub kind: SkillKind,
    pub skills: Vec<Text>,
    /// The article's reason for the group, in its words.
    pub why: Text,
    pub source: Text,
}

/// The article's "blend of technical and interpersonal skills"; `general` for the skills it names
/// elsewhere as neither (domain knowledge, analytical thinking).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    Technical,
    Interpersonal,
    General,
}

impl SkillKind {
    /// The id used in JSON and CSV.
    pub fn id(self) -> &'static str {
        match self {
            SkillKind::Technical => "technical",
            SkillKind::Interpersonal => "interpersonal",
            SkillKind::General => "general",
        }
    }
}

/// The article's education and learning pathways.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Education {
    pub pathways: Vec<Pathway>,
    pub notes: Vec<Note>,
}

impl Education {
    /// The sections this part of the dataset cites, one entry per record.
    pub fn sources(&self) -> Vec<&str> {
        let pathways = self.pathways.iter().map(|pathway| pathway.source.as_str());
        pathways.chain(self.notes.iter().map(|note| note.source.as_str())).collect()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Pathway {
    pub id: Text,
    pub title: Text,
    pub kind: PathwayKind,
    pub options: Vec<Text>,
    /// The article's sentence about this pathway.
    pub detail: Text,
    pub source: Text,
}

/// Formal education, or one of the entry points the article names beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PathwayKind {
    Formal,
    Alternative,
}

impl PathwayKind {
    /// The id used in JSON and CSV.
    pub fn id(self) -> &'static str {
        match self {
            PathwayKind::Formal => "formal",
            PathwayKind::Alternative => "alternative",
        }
    }
}

/// Where machine learning is used and who hires for it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Industries {
    pub entries: Vec<Industry>,
    pub notes: Vec<Note>,
}

impl Industries {
    /// The sections this part of the dataset cites, one entry per record.
    pub fn sources(&self) -> Vec<&str> {
        let entries = self.entries.iter().map(|entry| entry.source.as_str());
        entries.chain(self.notes.iter().map(|note| note.source.as_str())).collect()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Industry {
    pub kind: IndustryKind,
    pub name: Text,
    /// What the article says the sector uses machine learning for (may be empty).
    pub uses: Vec<Text>,
    pub source: Text,
}

/// A sector that has adopted machine learning, a kind of employer that recruits, or an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum IndustryKind {
    Industry,
    Employer,
    Application,
}

impl IndustryKind {
    /// The id used in JSON and CSV.
    pub fn id(self) -> &'static str {
        match self {
            IndustryKind::Industry => "industry",
            IndustryKind::Employer => "employer",
            IndustryKind::Application => "application",
        }
    }
}

/// One of the article's questions and its answer, numbered in article order.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Faq {
    pub number: u32,
    pub question: Text,
    /// Paragraphs separated by a blank line.
    pub answer: Text,
    pub source: Text,
}

/// One section of the article, in article order, with its prose verbatim.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Section {
    pub id: Text,
    pub title: Text,
    pub paragraphs: Vec<Text>,
    /// Captions of the article's tables in this section (their rows are structured data).
    #[serde(default)]
    pub tables: Vec<Text>,
}

/// Words people type that mean one of the dataset's levels or skills.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Vocabulary {
    /// The level words of job ads (`junior`, `graduate`), each standing for one level.
    #[serde(default)]
    pub level_words: Vec<LevelWord>,
    /// Other names for a skill or a skill group: shorthand (`stats`) and well-known instances of
    /// an article skill (`PyTorch` is a machine learning library).
    #[serde(default)]
    pub skill_aliases: Vec<SkillAlias>,
    /// Words people search with for what the data names otherwise (`pay` for salary): a query
    /// holding one also looks for what it means.
    #[serde(default)]
    pub search_words: Vec<SearchWord>,
    /// The abbreviations the article and its outside sources use, and people type (`ML`, `NLP`),
    /// with what each stands for: `mlcareers glossary`.
    #[serde(default)]
    pub abbreviations: Vec<Abbreviation>,
}

/// An abbreviation and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Abbreviation {
    /// As it is written (`NLP`); matched in any case.
    pub abbreviation: Text,
    /// What it stands for (`natural language processing`).
    pub meaning: Text,
    /// Always true: the article spells none of them out; the meaning is common knowledge.
    pub derived: bool,
    pub reason: Text,
}

/// A word people search with, and the words of the data it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SearchWord {
    /// The word as people type it (`pay`); matched in any case.
    pub word: Text,
    /// The words of the data it stands for (`salary`).
    pub means: Text,
    /// Always true: reading one word as another is a reading, not the article's text.
    pub derived: bool,
    pub reason: Text,
}

/// A word of job ads for one of the article's levels. Read from what people type only: a role in
/// a data file must still name a level by its id.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct LevelWord {
    pub word: Text,
    pub level: Level,
    /// Always true: the article uses no such word; the mapping is a reading.
    pub derived: bool,
    pub reason: Text,
}

/// Another name for a skill (or a skill group's title), as people type it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SkillAlias {
    /// The name as it is shown back (`PyTorch`); matched in any case.
    pub alias: Text,
    /// The skill, or the title of a skill group, it counts as.
    pub skill: Text,
    /// Always true: the article names none of these; counting one as a skill is a reading.
    pub derived: bool,
    pub reason: Text,
}

/// Public figures from outside the article, always labelled with source, period and address.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Outside {
    pub sources: Vec<OutsideSource>,
    pub occupations: Vec<Occupation>,
    /// Roles with no matching outside occupation, and why.
    pub unmapped: Unmapped,
    pub notes: Vec<Note>,
}

/// A public page the dataset quotes. Its `id` is what `source` fields name.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct OutsideSource {
    pub id: Text,
    pub publisher: Text,
    pub title: Text,
    pub address: Text,
}

/// A BLS occupation (by its SOC code) that one or more of the article's roles correspond to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Occupation {
    pub soc: Text,
    pub title: Text,
    /// Role ids.
    pub roles: Vec<Text>,
    /// How the roles relate to the occupation, in words ("corresponds", "is closest to").
    pub mapping: Text,
    pub figures: Vec<Figure>,
}

/// One published figure for a whole occupation: a median or a projection, never a level's pay.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Figure {
    pub figure: Text,
    pub value: Text,
    /// The period the figure describes ("May 2024", "2024-34").
    pub period: Text,
    /// How the figure was read: "on the BLS page itself" or "as quoted from BLS by third-party career sites".
    pub read: Text,
    pub source: Text,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Unmapped {
    /// Role ids.
    pub roles: Vec<Text>,
    pub text: Text,
    pub source: Text,
}

impl Outside {
    /// The outside source `id` names.
    pub fn source(&self, id: &str) -> Option<&OutsideSource> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The occupation a role corresponds to, if any.
    pub fn occupation_of(&self, role: &str) -> Option<&Occupation> {
        self.occupations.iter().find(|occupation| occupation.roles.iter().any(|id| id == role))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn levels_read_and_write_as_the_list_they_are() {
        for list in
            [vec![], vec![Mid], vec![Entry, Senior], vec![Entry, Mid, Senior], vec![Senior, Mid, Mid, Entry]]
        {
            let levels = Levels::from(list.clone());
            assert_eq!(*levels, list[..]);
            let json = serde_json::to_string(&levels).unwrap();
            assert_eq!(json, serde_json::to_string(&list).unwrap());
            let back: Levels = serde_json::from_str(&json).unwrap();
            assert_eq!(back, levels);
        }
    }

    #[test]
    fn experience_reads_like_table_1() {
        assert_eq!(experience(&[Mid, Senior]), "Mid to Senior");
        assert_eq!(experience(&[Entry, Mid, Senior]), "Entry to Senior");
        assert_eq!(experience(&[Senior]), "Senior");
        assert_eq!(experience(&[Entry, Senior]), "Entry, Senior");
        // Written out for the lists the rules accept, and the same as the rule for every list
        // of up to three levels, in any order, repeats too.
        let lists = (0..=3).flat_map(|len| {
            (0..3usize.pow(len))
                .map(move |n| (0..len).map(|i| Level::ALL[n / 3usize.pow(i) % 3]).collect::<Vec<Level>>())
        });
        for levels in lists {
            assert_eq!(experience(&levels), experience_of_any(&levels), "{levels:?}");
        }
    }
}
