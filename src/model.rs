//! The dataset's serde types: exactly what `data/dataset.json` holds, nothing computed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The whole dataset: every fact of the article, each record naming the guide section it comes from.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    /// What the article says (or does not say) about where its figures come from.
    pub provenance: String,
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
#[serde(deny_unknown_fields)]
pub struct LevelInfo {
    pub id: Level,
    pub title: String,
    pub source: String,
}

/// A row of the article's Table 1.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub responsibilities: String,
    /// The levels the role's experience range spans, junior first ("Mid to Senior" = mid, senior).
    pub levels: Vec<Level>,
    pub source: String,
}

impl Role {
    /// Whether the role spans any of `levels`; no levels is no filter, so every role is open.
    pub fn is_open_at(&self, levels: &[Level]) -> bool {
        levels.is_empty() || self.levels.iter().any(|level| levels.contains(level))
    }

    /// Table 1's wording of the role's levels: "Mid to Senior" (see [`experience`]).
    pub fn experience(&self) -> String {
        experience(&self.levels)
    }
}

/// Table 1's wording: one level alone ("Senior"), a run of levels as a range ("Mid to Senior"),
/// anything else as a list ("Entry, Senior").
pub fn experience(levels: &[Level]) -> String {
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
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub bands: Vec<SalaryBand>,
    /// Pay besides base salary (bonuses, stock options, ...).
    pub extras: Vec<String>,
    /// What the ranges vary with (location, experience level, industry).
    pub depends_on: Vec<String>,
    pub notes: Vec<Note>,
}

/// One experience level's annual salary range in USD.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SalaryBand {
    pub level: Level,
    pub min_usd: u64,
    /// The top figure the article prints; with `open_ended` it is a floor of the top ("220,000+").
    pub max_usd: u64,
    pub open_ended: bool,
    pub source: String,
}

impl SalaryBand {
    /// The band as a range of dollars.
    pub fn range(&self) -> UsdRange {
        UsdRange { min: self.min_usd, max: self.max_usd, open_ended: self.open_ended }
    }
}

/// An annual salary range in USD: a band of Table 2, or a range derived from bands. Shown as
/// `$80,000 – $110,000`, or `$170,000 – $220,000+` when the top is open (`render` has `Display`).
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
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    pub source: String,
}

/// The article's skills, in the groups it names them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
        self.groups.iter().flat_map(|group| group.skills.iter().map(String::as_str))
    }

    /// The sections this part of the dataset cites, one entry per record.
    pub fn sources(&self) -> Vec<&str> {
        let groups = self.groups.iter().map(|group| group.source.as_str());
        groups.chain(self.notes.iter().map(|note| note.source.as_str())).collect()
    }
}

/// A skill one role asks for, derived from a source that speaks of that role.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleSkill {
    /// A role id.
    pub role: String,
    pub skill: String,
    /// Always true: the article lists no skills per role, so every link here is a reading of a source.
    pub derived: bool,
    /// Why the role asks for it, citing the source's words.
    pub reason: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    pub id: String,
    pub title: String,
    pub kind: SkillKind,
    pub skills: Vec<String>,
    /// The article's reason for the group, in its words.
    pub why: String,
    pub source: String,
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Pathway {
    pub id: String,
    pub title: String,
    pub kind: PathwayKind,
    pub options: Vec<String>,
    /// The article's sentence about this pathway.
    pub detail: String,
    pub source: String,
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub kind: IndustryKind,
    pub name: String,
    /// What the article says the sector uses machine learning for (may be empty).
    pub uses: Vec<String>,
    pub source: String,
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
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub number: u32,
    pub question: String,
    /// Paragraphs separated by a blank line.
    pub answer: String,
    pub source: String,
}

/// One section of the article, in article order, with its prose verbatim.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Captions of the article's tables in this section (their rows are structured data).
    #[serde(default)]
    pub tables: Vec<String>,
}

/// Words people type that mean one of the dataset's levels or skills.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
}

/// A word people search with, and the words of the data it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchWord {
    /// The word as people type it (`pay`); matched in any case.
    pub word: String,
    /// The words of the data it stands for (`salary`).
    pub means: String,
    /// Always true: reading one word as another is a reading, not the article's text.
    pub derived: bool,
    pub reason: String,
}

/// A word of job ads for one of the article's levels. Read from what people type only: a role in
/// a data file must still name a level by its id.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelWord {
    pub word: String,
    pub level: Level,
    /// Always true: the article uses no such word; the mapping is a reading.
    pub derived: bool,
    pub reason: String,
}

/// Another name for a skill (or a skill group's title), as people type it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillAlias {
    /// The name as it is shown back (`PyTorch`); matched in any case.
    pub alias: String,
    /// The skill, or the title of a skill group, it counts as.
    pub skill: String,
    /// Always true: the article names none of these; counting one as a skill is a reading.
    pub derived: bool,
    pub reason: String,
}

/// Public figures from outside the article, always labelled with source, period and address.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outside {
    pub sources: Vec<OutsideSource>,
    pub occupations: Vec<Occupation>,
    /// Roles with no matching outside occupation, and why.
    pub unmapped: Unmapped,
    pub notes: Vec<Note>,
}

/// A public page the dataset quotes. Its `id` is what `source` fields name.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutsideSource {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub address: String,
}

/// A BLS occupation (by its SOC code) that one or more of the article's roles correspond to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    pub soc: String,
    pub title: String,
    /// Role ids.
    pub roles: Vec<String>,
    /// How the roles relate to the occupation, in words ("corresponds", "is closest to").
    pub mapping: String,
    pub figures: Vec<Figure>,
}

/// One published figure for a whole occupation: a median or a projection, never a level's pay.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub figure: String,
    pub value: String,
    /// The period the figure describes ("May 2024", "2024-34").
    pub period: String,
    /// How the figure was read: "on the BLS page itself" or "as quoted from BLS by third-party career sites".
    pub read: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unmapped {
    /// Role ids.
    pub roles: Vec<String>,
    pub text: String,
    pub source: String,
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
    fn experience_reads_like_table_1() {
        assert_eq!(experience(&[Mid, Senior]), "Mid to Senior");
        assert_eq!(experience(&[Entry, Mid, Senior]), "Entry to Senior");
        assert_eq!(experience(&[Senior]), "Senior");
        assert_eq!(experience(&[Entry, Senior]), "Entry, Senior");
    }
}
