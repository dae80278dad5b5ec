//! `mlcareers education`: degree fields, further study, and the alternatives beside them.

use anyhow::Result;

use super::{Ctx, joined, source_notes};
use crate::model::{Pathway, PathwayKind};
use crate::render::{Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let education = &ctx.dataset.education;
    let mut notes: Vec<String> = education
        .notes
        .iter()
        .map(|note| note.text.clone())
        .collect();
    let cited = education
        .pathways
        .iter()
        .map(|pathway| pathway.source.as_str());
    notes.extend(source_notes(
        ctx.dataset,
        cited.chain(education.notes.iter().map(|note| note.source.as_str())),
    ));
    let empty_note = "the dataset lists no education pathways".to_owned();
    ctx.list(&Listing {
        records: &education.pathways,
        notes,
        empty_note,
    })
}

impl PathwayKind {
    fn id(self) -> &'static str {
        match self {
            PathwayKind::Formal => "formal",
            PathwayKind::Alternative => "alternative",
        }
    }
}

impl Tabular for Pathway {
    const HEADERS: &'static [&'static str] = &["Pathway", "Kind", "Options", "The article says"];
    const CSV_HEADERS: &'static [&'static str] =
        &["id", "title", "kind", "options", "detail", "source"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.title.clone(),
            self.kind.id().to_owned(),
            joined(&self.options, ", "),
            self.detail.clone(),
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.title.clone(),
            self.kind.id().to_owned(),
            joined(&self.options, ";"),
            self.detail.clone(),
            self.source.clone(),
        ]
    }
}
