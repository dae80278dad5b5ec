//! Searching the whole dataset at once: roles, salary bands, skills, education, industries,
//! FAQ, guide sections and the outside figures, ranked by [`Index::rank`].

use std::borrow::Cow;

use super::Target;
use super::rank::{Doc, Index};
use crate::model::{
    Dataset, Faq, Industry, Occupation, Pathway, Role, RoleSkill, SalaryBand, Section, SkillGroup,
};

/// An entry of the dataset. Its [`Doc`] is what is ranked; what a hit shows is made from it only
/// when it is a hit, not for each of 100,000 roles.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
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

impl<'a> Item<'a> {
    /// The view that shows this entry in full.
    pub fn target(self) -> Target<'a> {
        match self {
            Item::Role(role) => Target::Role(&role.id),
            Item::Band(band) => Target::Salary(Some(band.level)),
            Item::Group(_) => Target::Skills,
            Item::Link(link) => Target::Role(&link.role),
            Item::Pathway(_) => Target::Education,
            Item::Industry(_) => Target::Industries,
            Item::Faq(faq) => Target::Faq(faq.number),
            Item::Section(section) => Target::Guide(&section.id),
            // An occupation opens the page of its first role; one no role maps to is in `sources`.
            Item::Occupation(occupation) => {
                occupation.roles.first().map_or(Target::Sources, |id| Target::Role(id))
            }
        }
    }
}

/// An entry that matched, with its score.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    pub item: Item<'a>,
    /// Higher is better; only the order means something.
    pub score: f64,
    /// For a guide section, the indexes of the paragraphs that match (empty when only its title does).
    pub parts: Vec<usize>,
}

/// Searchable items and their index, built once per dataset.
pub struct Searcher<'a> {
    items: Vec<Item<'a>>,
    index: Index<'a>,
    words: &'a [crate::model::SearchWord],
}

impl<'a> Searcher<'a> {
    pub fn new(dataset: &'a Dataset) -> Self {
        let (items, docs) = items(dataset).unzip();
        Searcher { items, index: Index::new(docs), words: &dataset.vocabulary.search_words }
    }

    /// The entries matching `query`, best first, at most `limit` of them; and how many matched.
    pub fn search(&self, query: &str, limit: Option<usize>) -> (Vec<Found<'a>>, usize) {
        let mut ranked = self.index.rank(&self.expand(query));
        // The article first: an outside figure (BLS) stands beside it, so on a hit that is not an
        // exact title it comes after every article entry that matched (a stable sort).
        ranked.sort_by_key(|ranked| (!ranked.exact, matches!(self.items[ranked.doc], Item::Occupation(_))));
        let found = ranked.len();
        let hits = ranked
            .into_iter()
            .take(limit.unwrap_or(found))
            .map(|ranked| Found {
                item: self.items[ranked.doc],
                score: (ranked.score * 1000.0).round() / 1000.0,
                parts: ranked.parts,
            })
            .collect();
        (hits, found)
    }

    /// What to try instead when `query` finds nothing, if something is close.
    pub fn suggest(&self, query: &str) -> Option<String> {
        self.index.suggest(query)
    }

    /// `query` with what the vocabulary's search words stand for added: `pay` also looks for
    /// `salary`.
    fn expand(&self, query: &str) -> String {
        let typed = super::words::words(query);
        let mut expanded = query.to_owned();
        for word in self.words {
            if typed.iter().any(|typed| *typed == super::words::normalize(&word.word)) {
                expanded.push(' ');
                expanded.push_str(&word.means);
            }
        }
        expanded
    }
}

/// Every searchable item with the text it is ranked by: names first (a title, then other names),
/// then parts of body text.
fn items(dataset: &Dataset) -> impl Iterator<Item = (Item<'_>, Doc<'_>)> {
    let roles = dataset.roles.iter().map(move |role| {
        let names = vec![role.title.as_str().into(), role.id.as_str().into()];
        let parts = vec![role.responsibilities.as_str().into(), role.experience().into()];
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
        let names = vec![format!("{} ({})", link.skill, dataset.role_title(&link.role)).into()];
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
        // Each figure's name, value and period as they are: a query word scores its best part.
        let figures = occupation.figures.iter().flat_map(|f| [&f.figure, &f.value, &f.period]);
        let parts =
            std::iter::once(&occupation.mapping).chain(figures).map(|text| text.as_str().into()).collect();
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

/// The captions of the tables in section `source`.
fn section_tables<'a>(dataset: &'a Dataset, source: &str) -> Vec<Cow<'a, str>> {
    let sections = dataset.guide.iter().filter(|section| section.id == source);
    sections.flat_map(|section| section.tables.iter().map(|table| table.as_str().into())).collect()
}
