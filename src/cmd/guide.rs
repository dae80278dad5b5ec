//! `mlcareers guide [SECTION]`: the article's sections, or one of them in full.

use anyhow::Result;

use super::{Ctx, resolve};
use crate::model::{Dataset, Section};
use crate::query::lookup::Named;
use crate::render::{Block, Document, Listing, Tabular};

pub fn run(ctx: &mut Ctx, section: Option<&str>) -> Result<()> {
    let dataset = ctx.dataset;
    let Some(query) = section else {
        let notes = vec![
            "Read one with: mlcareers guide SECTION (for example: mlcareers guide outlook)"
                .to_owned(),
        ];
        let empty_note = "the dataset has no sections".to_owned();
        return ctx.list(&Listing {
            records: &dataset.guide,
            notes,
            empty_note,
        });
    };
    let section = resolve("section", query, &dataset.guide, "mlcareers guide")?;
    let mut blocks: Vec<Block> = section
        .paragraphs
        .iter()
        .cloned()
        .map(Block::Paragraph)
        .collect();
    if !section.tables.is_empty() {
        blocks.push(Block::List {
            heading: "Tables in this section".to_owned(),
            items: section.tables.clone(),
        });
    }
    let related = related_commands(dataset, &section.id);
    if !related.is_empty() {
        blocks.push(Block::List {
            heading: "See also".to_owned(),
            items: related,
        });
    }
    let doc = Document {
        title: section.title.clone(),
        blocks,
    };
    ctx.page(section, &doc)
}

/// The commands that show records taken from `section`, in the order the commands are listed.
fn related_commands(dataset: &Dataset, section: &str) -> Vec<String> {
    let cites = |source: &String| source == section;
    let mut commands = Vec::new();
    let mut add = |cited: bool, command: &str| {
        if cited {
            commands.push(command.to_owned());
        }
    };
    add(
        dataset.roles.iter().any(|role| cites(&role.source)),
        "mlcareers roles",
    );
    add(
        dataset.salary.bands.iter().any(|band| cites(&band.source))
            || dataset.salary.notes.iter().any(|note| cites(&note.source)),
        "mlcareers salary",
    );
    let skills = &dataset.skills;
    add(
        skills.groups.iter().any(|group| cites(&group.source))
            || skills.notes.iter().any(|note| cites(&note.source)),
        "mlcareers skills",
    );
    let education = &dataset.education;
    add(
        education
            .pathways
            .iter()
            .any(|pathway| cites(&pathway.source))
            || education.notes.iter().any(|note| cites(&note.source)),
        "mlcareers education",
    );
    let industries = &dataset.industries;
    add(
        industries.entries.iter().any(|entry| cites(&entry.source))
            || industries.notes.iter().any(|note| cites(&note.source)),
        "mlcareers industries",
    );
    for faq in dataset.faq.iter().filter(|faq| cites(&faq.source)) {
        commands.push(format!("mlcareers faq {}: {}", faq.number, faq.question));
    }
    commands
}

impl Named for Section {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Tabular for Section {
    const HEADERS: &'static [&'static str] = &["Section", "Title"];
    const CSV_HEADERS: &'static [&'static str] = &["id", "title", "text"];

    fn cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.title.clone()]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.title.clone(),
            self.paragraphs.join("\n\n"),
        ]
    }
}
