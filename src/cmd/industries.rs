//! `mlcareers industries`: sectors that use machine learning, employers that hire, applications.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::Industry;
use crate::render::{self, Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let industries = &ctx.dataset.industries;
    let mut records: Vec<&Industry> = industries.entries.iter().collect();
    // Sectors first, then employers, then applications; article order within each (stable sort).
    records.sort_by_key(|entry| entry.kind);
    let mut notes = texts(&industries.notes);
    notes.extend(source_notes(ctx.dataset, industries.sources()));
    let empty_note = "the dataset lists no industries".to_owned();
    ctx.list(&Listing::new(&records, notes, empty_note))
}

impl Tabular for &Industry {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Kind", |entry: &Self| entry.kind.id().to_owned()),
            Column::new("Name", |entry: &Self| entry.name.to_string()),
            Column::new("Uses machine learning for", |entry: &Self| render::join(&entry.uses)),
        ]
    }
}
