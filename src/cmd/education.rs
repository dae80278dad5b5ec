//! `mlcareers education`: degree fields, further study, and the alternatives beside them.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::Pathway;
use crate::render::{Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let education = &ctx.dataset.education;
    let mut notes = texts(&education.notes);
    notes.extend(source_notes(ctx.dataset, education.sources()));
    let empty_note = "the dataset lists no education pathways".to_owned();
    ctx.list(&Listing { records: &education.pathways, notes, empty_note })
}

impl Tabular for Pathway {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::programs("id", |pathway: &Self, _| pathway.id.clone()),
            Column::both("Pathway", "title", |pathway: &Self, _| pathway.title.clone()),
            Column::both("Kind", "kind", |pathway: &Self, _| pathway.kind.id().to_owned()),
            Column::both("Options", "options", |pathway: &Self, reader| reader.join(&pathway.options)),
            Column::both("The article says", "detail", |pathway: &Self, _| pathway.detail.clone()),
            Column::programs("source", |pathway: &Self, _| pathway.source.clone()),
        ]
    }
}
