//! `mlcareers industries`: sectors that use machine learning, employers that hire, applications.

use anyhow::Result;

use super::{Ctx, Outcome, joined, source_notes, texts};
use crate::model::Industry;
use crate::render::{Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let industries = &ctx.dataset.industries;
    let mut records: Vec<&Industry> = industries.entries.iter().collect();
    // Sectors first, then employers, then applications; article order within each (stable sort).
    records.sort_by_key(|entry| entry.kind);
    let mut notes = texts(&industries.notes);
    notes.extend(source_notes(ctx.dataset, industries.sources()));
    let empty_note = "the dataset lists no industries".to_owned();
    ctx.list(&Listing { records: &records, notes, empty_note })
}

impl Tabular for &Industry {
    const HEADERS: &'static [&'static str] = &["Kind", "Name", "Uses machine learning for"];
    const CSV_HEADERS: &'static [&'static str] = &["kind", "name", "uses", "source"];

    fn cells(&self) -> Vec<String> {
        vec![self.kind.id().to_owned(), self.name.clone(), joined(&self.uses, ", ")]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![self.kind.id().to_owned(), self.name.clone(), joined(&self.uses, ";"), self.source.clone()]
    }
}
