//! `mlcareers guide [SECTION]`: the article's sections, or one of them in full.

use anyhow::Result;

use super::{Ctx, Outcome, resolve};
use crate::model::{Dataset, Section};
use crate::render::{Block, Document, Listing, Tabular};

pub fn run(ctx: &mut Ctx, section: Option<&str>) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let Some(query) = section else {
        let notes =
            vec!["Read one with: mlcareers guide SECTION (for example: mlcareers guide outlook)".to_owned()];
        let empty_note = "the dataset has no sections".to_owned();
        return ctx.list(&Listing { records: &dataset.guide, notes, empty_note });
    };
    let section = resolve("section", query, &dataset.guide, "mlcareers guide")?;
    let mut blocks: Vec<Block> = section.paragraphs.iter().cloned().map(Block::Paragraph).collect();
    if !section.tables.is_empty() {
        blocks.push(Block::List {
            heading: "Tables in this section".to_owned(),
            items: section.tables.clone(),
        });
    }
    let related = related_commands(dataset, &section.id);
    if !related.is_empty() {
        blocks.push(Block::List { heading: "See also".to_owned(), items: related });
    }
    let doc = Document { title: section.title.clone(), blocks };
    ctx.page(section, &doc)
}

/// The commands that show records taken from `section`, in the order the commands are listed.
fn related_commands(dataset: &Dataset, section: &str) -> Vec<String> {
    let views = [
        ("mlcareers roles", dataset.roles.iter().map(|role| role.source.as_str()).collect()),
        ("mlcareers salary", dataset.salary.sources()),
        ("mlcareers skills", dataset.skills.sources()),
        ("mlcareers education", dataset.education.sources()),
        ("mlcareers industries", dataset.industries.sources()),
    ];
    let mut commands: Vec<String> = views
        .into_iter()
        .filter(|(_, sources): &(_, Vec<&str>)| sources.contains(&section))
        .map(|(command, _)| command.to_owned())
        .collect();
    let questions = dataset.faq.iter().filter(|faq| faq.source == section);
    commands.extend(questions.map(|faq| format!("mlcareers faq {}: {}", faq.number, faq.question)));
    commands
}

impl Tabular for Section {
    const HEADERS: &'static [&'static str] = &["Section", "Title"];
    const CSV_HEADERS: &'static [&'static str] = &["id", "title", "text"];

    fn cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.title.clone()]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.title.clone(), self.paragraphs.join("\n\n")]
    }
}
