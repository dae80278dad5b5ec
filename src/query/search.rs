//! Searching the whole dataset at once: roles, salary bands, skills, education, industries,
//! FAQ, guide sections and the outside figures, ranked by [`Index::rank`].

use std::borrow::Cow;

use serde::Serialize;

use super::rank::{Doc, Index};
use super::roles;
use crate::model::{
    Dataset, Faq, Industry, Occupation, Pathway, Role, RoleSkill, SalaryBand, Section, SkillGroup,
};
use crate::render::usd_range;

/// One search result: the entry in full and the command that opens it.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// role, salary, skill, education, industry, employer, application, faq, guide or bls.
    pub kind: &'static str,
    pub title: String,
    /// The whole entry; for a guide section, the paragraphs that match (the first when only its
    /// title does).
    pub text: String,
    /// Higher is better; only the order means something.
    pub score: f64,
    pub command: String,
    pub source: String,
}

/// An entry of the dataset. Its [`Doc`] is what is ranked; what a hit shows is made from it only
/// when it is a hit ([`Item::entry`]), not for each of 100,000 roles.
#[derive(Clone, Copy)]
enum Item<'a> {
    Role(&'a Role),
    Band(&'a SalaryBand),
    Group(&'a SkillGroup),
    Link(&'a RoleSkill),
    Pathway(&'a Pathway),
    Industry(&'a Industry),
    Faq(&'a Faq),
    Section(&'a Section),
    Occupation(&'a Occupation),
}

/// What a hit shows of an item.
struct Entry {
    kind: &'static str,
    title: String,
    /// The text a hit shows; `None` for a guide section, which shows its matching paragraphs.
    text: Option<String>,
    command: String,
    source: String,
}

/// Searchable items and their index, built once per dataset.
pub struct Searcher<'a> {
    dataset: &'a Dataset,
    items: Vec<Item<'a>>,
    index: Index<'a>,
}

impl<'a> Searcher<'a> {
    pub fn new(dataset: &'a Dataset) -> Self {
        let (items, docs) = items(dataset).unzip();
        Searcher { dataset, items, index: Index::new(docs) }
    }

    /// The entries matching `query`, best first, at most `limit` of them; and how many matched.
    pub fn search(&self, query: &str, limit: Option<usize>) -> (Vec<Hit>, usize) {
        let ranked = self.index.rank(query);
        let found = ranked.len();
        let hits = ranked
            .into_iter()
            .take(limit.unwrap_or(found))
            .map(|ranked| {
                let entry = self.items[ranked.doc].entry(self.dataset);
                let text = entry.text.unwrap_or_else(|| {
                    let shown = if ranked.parts.is_empty() { vec![0] } else { ranked.parts };
                    let parts = shown.iter().filter_map(|&p| self.index.doc(ranked.doc).parts.get(p));
                    parts.map(|part| part.as_ref()).collect::<Vec<&str>>().join("\n\n")
                });
                Hit {
                    kind: entry.kind,
                    title: entry.title,
                    text,
                    score: (ranked.score * 1000.0).round() / 1000.0,
                    command: entry.command,
                    source: entry.source,
                }
            })
            .collect();
        (hits, found)
    }

    /// What to try instead when `query` finds nothing, if something is close.
    pub fn suggest(&self, query: &str) -> Option<String> {
        self.index.suggest(query)
    }
}

/// Every searchable item with the text it is ranked by: names first (a title, then other names),
/// then parts of body text.
fn items(dataset: &Dataset) -> impl Iterator<Item = (Item<'_>, Doc<'_>)> {
    let roles = dataset.roles.iter().map(move |role| {
        let names = vec![role.title.as_str().into(), role.id.as_str().into()];
        let parts = vec![role.responsibilities.as_str().into(), roles::experience(&role.levels).into()];
        (Item::Role(role), Doc { names, parts })
    });
    let bands = dataset.salary.bands.iter().map(move |band| {
        let names = vec![dataset.level_title(band.level).into()];
        // The table's caption ("Average Salary Ranges by Experience") makes "salary" find the bands.
        (Item::Band(band), Doc { names, parts: section_tables(dataset, &band.source) })
    });
    let groups = dataset.skills.groups.iter().map(move |group| {
        let names = std::iter::once(&group.title).chain(&group.skills).map(|name| name.as_str().into());
        (Item::Group(group), Doc { names: names.collect(), parts: vec![group.why.as_str().into()] })
    });
    let links = dataset.skills.by_role.iter().map(move |link| {
        let names = vec![format!("{} ({})", link.skill, role_title(dataset, &link.role)).into()];
        (Item::Link(link), Doc { names, parts: vec![link.reason.as_str().into()] })
    });
    let pathways = dataset.education.pathways.iter().map(move |pathway| {
        let names = std::iter::once(&pathway.title).chain(&pathway.options).map(|name| name.as_str().into());
        (Item::Pathway(pathway), Doc { names: names.collect(), parts: vec![pathway.detail.as_str().into()] })
    });
    let industries = dataset.industries.entries.iter().map(move |entry| {
        let names = std::iter::once(&entry.name).chain(&entry.uses).map(|name| name.as_str().into());
        (Item::Industry(entry), Doc { names: names.collect(), parts: vec![] })
    });
    let faqs = dataset.faq.iter().map(move |faq| {
        (
            Item::Faq(faq),
            Doc { names: vec![faq.question.as_str().into()], parts: vec![faq.answer.as_str().into()] },
        )
    });
    let sections = dataset.guide.iter().map(move |section| {
        let names = vec![section.title.as_str().into(), section.id.as_str().into()];
        let parts = section.paragraphs.iter().map(|paragraph| paragraph.as_str().into()).collect();
        (Item::Section(section), Doc { names, parts })
    });
    let occupations = dataset.outside.occupations.iter().map(move |occupation| {
        let names = vec![format!("{} (BLS {})", occupation.title, occupation.soc).into(), "BLS".into()];
        let parts = vec![occupation.mapping.as_str().into(), figures(occupation).join(" ").into()];
        (Item::Occupation(occupation), Doc { names, parts })
    });
    roles
        .chain(bands)
        .chain(groups)
        .chain(links)
        .chain(pathways)
        .chain(industries)
        .chain(faqs)
        .chain(sections)
        .chain(occupations)
}

impl Item<'_> {
    fn entry(self, dataset: &Dataset) -> Entry {
        let entry = |kind, title: String, text: Option<String>, command: String, source: &str| Entry {
            kind,
            title,
            text,
            command,
            source: source.to_owned(),
        };
        match self {
            Item::Role(role) => {
                let record = roles::record(dataset, role);
                let mut text = format!("{}. Experience: {}.", role.responsibilities, record.experience);
                if let Some(salary) = &record.salary_usd {
                    text.push_str(&format!(
                        " Salary (derived from the level bands): {}.",
                        usd_range(salary.min, salary.max, salary.open_ended)
                    ));
                }
                entry(
                    "role",
                    role.title.clone(),
                    Some(text),
                    format!("mlcareers role {}", role.id),
                    &role.source,
                )
            }
            Item::Band(band) => {
                let range = usd_range(band.min_usd, band.max_usd, band.open_ended);
                let command = format!("mlcareers salary --level {}", band.level.id());
                let title = dataset.level_title(band.level).to_owned();
                entry("salary", title, Some(format!("{range} a year.")), command, &band.source)
            }
            Item::Group(group) => {
                let text = format!("{}. {}", group.skills.join(", "), group.why);
                entry("skill", group.title.clone(), Some(text), "mlcareers skills".to_owned(), &group.source)
            }
            Item::Link(link) => {
                let title = format!("{} ({})", link.skill, role_title(dataset, &link.role));
                let text = Some(format!("Derived: {}", link.reason));
                entry("skill", title, text, format!("mlcareers role {}", link.role), &link.source)
            }
            Item::Pathway(pathway) => {
                let text = format!("{}. {}", pathway.options.join(", "), pathway.detail);
                let command = "mlcareers education".to_owned();
                entry("education", pathway.title.clone(), Some(text), command, &pathway.source)
            }
            Item::Industry(industry) => {
                let text = if industry.uses.is_empty() {
                    sentence_naming(dataset, &industry.source, &industry.name)
                } else {
                    format!("Uses machine learning for: {}.", industry.uses.join(", "))
                };
                let command = "mlcareers industries".to_owned();
                entry(industry.kind.id(), industry.name.clone(), Some(text), command, &industry.source)
            }
            Item::Faq(faq) => {
                let command = format!("mlcareers faq {}", faq.number);
                entry("faq", faq.question.clone(), Some(faq.answer.clone()), command, &faq.source)
            }
            Item::Section(section) => {
                let command = format!("mlcareers guide {}", section.id);
                entry("guide", section.title.clone(), None, command, &section.id)
            }
            Item::Occupation(occupation) => {
                let title = format!("{} (BLS {})", occupation.title, occupation.soc);
                let text = Some(format!("{} {}.", occupation.mapping, figures(occupation).join("; ")));
                let role = occupation.roles.first().map_or("", String::as_str);
                let source = occupation.figures.first().map_or("", |figure| figure.source.as_str());
                entry("bls", title, text, format!("mlcareers role {role}"), source)
            }
        }
    }
}

/// The title of role `id`, or the id when no role has it.
fn role_title<'a>(dataset: &'a Dataset, id: &'a str) -> &'a str {
    dataset.roles.iter().find(|role| role.id == id).map_or(id, |role| role.title.as_str())
}

/// "Median pay: $112,590 (May 2024)", one per figure.
fn figures(occupation: &Occupation) -> Vec<String> {
    occupation.figures.iter().map(|f| format!("{}: {} ({})", f.figure, f.value, f.period)).collect()
}

/// The captions of the tables in section `source`.
fn section_tables<'a>(dataset: &'a Dataset, source: &str) -> Vec<Cow<'a, str>> {
    let sections = dataset.guide.iter().filter(|section| section.id == source);
    sections.flat_map(|section| section.tables.iter().map(|table| table.as_str().into())).collect()
}

/// The sentence of section `source` that names `name` (its first word), or the name alone.
fn sentence_naming(dataset: &Dataset, source: &str, name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or(name).to_lowercase();
    let paragraphs = dataset.guide.iter().filter(|section| section.id == source).flat_map(|s| &s.paragraphs);
    paragraphs
        .flat_map(|paragraph| paragraph.split_inclusive(". "))
        .find(|sentence| sentence.to_lowercase().contains(&first_word))
        .map_or_else(|| name.to_owned(), |sentence| sentence.trim().to_owned())
}
