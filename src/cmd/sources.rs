//! `mlcareers sources`: every source the dataset uses, with period, address and what rests on it.

use anyhow::Result;

use super::{Ctx, Outcome};
use crate::query::sources::{self, SourceRecord};
use crate::render::{Column, Listing, Reader, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let records = sources::list(dataset);
    let mut notes = vec![dataset.article.provenance.clone()];
    notes.extend(dataset.outside.notes.iter().map(|note| note.text.clone()));
    notes.push(
        "Figures read \"as quoted from BLS by third-party career sites\" were not read on the BLS page \
         itself; role pages say which is which (mlcareers role data-scientist)."
            .to_owned(),
    );
    let empty_note = "the dataset names no sources".to_owned();
    ctx.list(&Listing { records: &records, notes, empty_note })
}

impl Tabular for SourceRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::programs("id", |source: &Self, _| source.id.to_owned()),
            Column::people("Source", |source: &Self, _| match source.publisher {
                Some(publisher) => format!("{publisher}: {}", source.title),
                None => format!("\"{}\" (publisher not named)", source.title),
            }),
            Column::programs("publisher", |source: &Self, _| source.publisher.unwrap_or_default().to_owned()),
            Column::programs("title", |source: &Self, _| source.title.to_owned()),
            Column::both("Period", "periods", |source: &Self, reader| {
                if reader == Reader::People && source.periods.is_empty() {
                    "not given".to_owned()
                } else {
                    reader.join(&source.periods)
                }
            }),
            Column::both("Address", "address", |source: &Self, reader| {
                let missing = if reader == Reader::People { "not given" } else { "" };
                source.address.unwrap_or(missing).to_owned()
            }),
            Column::both("Used for", "used_for", |source: &Self, reader| match reader {
                Reader::People => source.used_for.join("; "),
                Reader::Programs => reader.join(&source.used_for),
            }),
        ]
    }
}
