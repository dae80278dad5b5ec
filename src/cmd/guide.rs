//! `mlcareers guide [SECTION]`: the article's sections, or one of them in full.

use anyhow::Result;

use super::{Ctx, Outcome, command, resolve};
use crate::model::{Dataset, Section};
use crate::query::Target;
use crate::render::{Block, Column, Document, Listing, Tabular};

pub fn run(ctx: &mut Ctx, section: Option<&str>) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let Some(query) = section else {
        let notes =
            vec!["Read one with: mlcareers guide SECTION (for example: mlcareers guide outlook)".to_owned()];
        let empty_note = "the dataset has no sections".to_owned();
        return ctx.list(&Listing::new(&dataset.guide, notes, empty_note));
    };
    let section = resolve("section", query, &dataset.guide, "mlcareers guide")?;
    let mut blocks: Vec<Block> =
        section.paragraphs.iter().map(|paragraph| Block::Paragraph(paragraph.to_string())).collect();
    if !section.tables.is_empty() {
        blocks.push(Block::List {
            heading: "Tables in this section".to_owned(),
            items: section.tables.iter().map(ToString::to_string).collect(),
        });
    }
    let related = related_commands(dataset, &section.id);
    if !related.is_empty() {
        blocks.push(Block::List { heading: "See also".to_owned(), items: related });
    }
    let doc = Document { title: section.title.to_string(), blocks };
    ctx.page(section, &doc)
}

/// The commands that show records taken from `section`, in the order the commands are listed.
fn related_commands(dataset: &Dataset, section: &str) -> Vec<String> {
    let views = [
        (Target::Roles, dataset.roles.iter().map(|role| role.source.as_str()).collect()),
        (Target::Salary(None), dataset.salary.sources()),
        (Target::Skills, dataset.skills.sources()),
        (Target::Education, dataset.education.sources()),
        (Target::Industries, dataset.industries.sources()),
    ];
    let mut commands: Vec<String> = views
        .into_iter()
        .filter(|(_, sources): &(_, Vec<&str>)| sources.contains(&section))
        .map(|(target, _)| command(target))
        .collect();
    let questions = dataset.faq.iter().filter(|faq| faq.source == section);
    commands.extend(questions.map(|faq| format!("{}: {}", command(Target::Faq(faq.number)), faq.question)));
    commands
}

impl Tabular for Section {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Section", |section: &Self| section.id.to_string()),
            Column::new("Title", |section: &Self| section.title.to_string()),
        ]
    }
}
