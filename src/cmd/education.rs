//! `mlcareers education`: degree fields, further study, and the alternatives beside them.

use anyhow::Result;

use super::{Ctx, Outcome, joined, source_notes, texts};
use crate::model::Pathway;
use crate::render::{Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let education = &ctx.dataset.education;
    let mut notes = texts(&education.notes);
    notes.extend(source_notes(ctx.dataset, education.sources()));
    let empty_note = "the dataset lists no education pathways".to_owned();
    ctx.list(&Listing { records: &education.pathways, notes, empty_note })
}

impl Tabular for Pathway {
    const HEADERS: &'static [&'static str] = &["Pathway", "Kind", "Options", "The article says"];
    const CSV_HEADERS: &'static [&'static str] = &["id", "title", "kind", "options", "detail", "source"];

    fn cells(&self) -> Vec<String> {
        vec![self.title.clone(), self.kind.id().to_owned(), joined(&self.options, ", "), self.detail.clone()]
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
