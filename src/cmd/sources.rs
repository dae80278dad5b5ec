//! `mlcareers sources`: every source the dataset uses, with period, address and what rests on it.

use anyhow::Result;

use super::{Ctx, Outcome, joined};
use crate::query::sources::{self, SourceRecord};
use crate::render::{Listing, Tabular};

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
    const HEADERS: &'static [&'static str] = &["Source", "Period", "Address", "Used for"];
    const CSV_HEADERS: &'static [&'static str] =
        &["id", "publisher", "title", "periods", "address", "used_for"];

    fn cells(&self) -> Vec<String> {
        let source = match self.publisher {
            Some(publisher) => format!("{publisher}: {}", self.title),
            None => format!("\"{}\" (publisher not named)", self.title),
        };
        let periods =
            if self.periods.is_empty() { "not given".to_owned() } else { joined(&self.periods, ", ") };
        vec![source, periods, self.address.unwrap_or("not given").to_owned(), joined(&self.used_for, "; ")]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_owned(),
            self.publisher.unwrap_or_default().to_owned(),
            self.title.to_owned(),
            joined(&self.periods, ";"),
            self.address.unwrap_or_default().to_owned(),
            joined(&self.used_for, ";"),
        ]
    }
}
