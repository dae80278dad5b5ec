//! `mlcareers industries`: sectors that use machine learning, employers that hire, applications.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::Industry;
use crate::render::{Column, Listing, Tabular};

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
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::both("Kind", "kind", |entry: &Self, _| entry.kind.id().to_owned()),
            Column::both("Name", "name", |entry: &Self, _| entry.name.clone()),
            Column::both("Uses machine learning for", "uses", |entry: &Self, reader| {
                reader.join(&entry.uses)
            }),
            Column::programs("source", |entry: &Self, _| entry.source.clone()),
        ]
    }
}
