//! What `search` and `faq` rank: each entry of the dataset ([`Item`]) and the text it is ranked
//! by ([`doc`]). Pure (the model and [`Doc`] only), so that `build.rs` can bake the embedded
//! data's terms from the same documents a data file's are built from.

use std::borrow::Cow;

use super::terms::{Doc, Terms};
use crate::model::{
    Dataset, Faq, Industry, Occupation, Pathway, Role, RoleSkill, SalaryBand, Section, SkillGroup, experience,
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

/// Every searchable item, in the order ties keep.
pub fn items(dataset: &Dataset) -> impl Iterator<Item = Item<'_>> {
    let roles = dataset.roles.iter().map(Item::Role);
    let bands = dataset.salary.bands.iter().map(Item::Band);
    let groups = dataset.skills.groups.iter().map(Item::Group);
    let links = dataset.skills.by_role.iter().map(Item::Link);
    let pathways = dataset.education.pathways.iter().map(Item::Pathway);
    let industries = dataset.industries.entries.iter().map(Item::Industry);
    let faqs = dataset.faq.iter().map(Item::Faq);
    let sections = dataset.guide.iter().map(Item::Section);
    let occupations = dataset.outside.occupations.iter().map(Item::Occupation);
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

/// The text `item` is ranked by: names first (a title, then other names), then parts of body text.
pub fn doc<'a>(dataset: &'a Dataset, item: Item<'a>) -> Doc<'a> {
    match item {
        Item::Role(role) => Doc {
            names: vec![text(&role.title), text(&role.id)],
            parts: vec![text(&role.responsibilities), experience(&role.levels)],
        },
        // The table's caption ("Average Salary Ranges by Experience") makes "salary" find the bands.
        Item::Band(band) => Doc {
            names: vec![text(dataset.level_title(band.level))],
            parts: section_tables(dataset, &band.source),
        },
        Item::Group(group) => Doc {
            names: std::iter::once(&group.title).chain(&group.skills).map(|name| text(name)).collect(),
            parts: vec![text(&group.why)],
        },
        Item::Link(link) => Doc {
            names: vec![format!("{} ({})", link.skill, dataset.role_title(&link.role)).into()],
            parts: vec![text(&link.reason)],
        },
        Item::Pathway(pathway) => Doc {
            names: std::iter::once(&pathway.title).chain(&pathway.options).map(|name| text(name)).collect(),
            parts: vec![text(&pathway.detail)],
        },
        Item::Industry(entry) => Doc {
            names: std::iter::once(&entry.name).chain(&entry.uses).map(|name| text(name)).collect(),
            parts: vec![],
        },
        Item::Faq(faq) => faq_doc(faq),
        Item::Section(section) => Doc {
            names: vec![text(&section.title), text(&section.id)],
            parts: section.paragraphs.iter().map(|paragraph| text(paragraph)).collect(),
        },
        Item::Occupation(occupation) => {
            // Each figure's name, value and period as they are: a query word scores its best part.
            let figures = occupation.figures.iter().flat_map(|f| [&f.figure, &f.value, &f.period]);
            Doc {
                names: vec![format!("{} (BLS {})", occupation.title, occupation.soc).into(), "BLS".into()],
                parts: std::iter::once(&occupation.mapping).chain(figures).map(|t| text(t)).collect(),
            }
        }
    }
}

/// What `faq` ranks a question by: the question, then its answer.
pub fn faq_doc(faq: &Faq) -> Doc<'_> {
    Doc { names: vec![text(&faq.question)], parts: vec![text(&faq.answer)] }
}

/// The terms of every searchable item: what `build.rs` bakes for the embedded data's `search`.
pub fn search_terms(dataset: &Dataset) -> Terms<'static> {
    Terms::build(|visit| items(dataset).for_each(|item| visit(&doc(dataset, item))))
}

/// The terms of the questions and their answers: what `build.rs` bakes for the embedded data's
/// `faq`.
pub fn faq_terms(faqs: &[Faq]) -> Terms<'static> {
    Terms::build(|visit| faqs.iter().for_each(|faq| visit(&faq_doc(faq))))
}

/// A text of the dataset, borrowed.
fn text(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}

/// The captions of the tables in section `source`.
fn section_tables<'a>(dataset: &'a Dataset, source: &str) -> Vec<Cow<'a, str>> {
    let sections = dataset.guide.iter().filter(|section| section.id == source);
    sections.flat_map(|section| section.tables.iter().map(|table| text(table))).collect()
}
