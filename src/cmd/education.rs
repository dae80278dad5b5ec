//! `mlcareers education`: degree fields, further study, and the alternatives beside them.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::Pathway;
use crate::render::{self, Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let education = &ctx.dataset.education;
    let mut notes = texts(&education.notes);
    notes.extend(source_notes(ctx.dataset, education.sources()));
    let empty_note = "the dataset lists no education pathways".to_owned();
    ctx.list(&Listing::new(&education.pathways, notes, empty_note))
}

impl Tabular for Pathway {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Pathway", |pathway: &Self| pathway.title.to_string()),
            Column::new("Kind", |pathway: &Self| pathway.kind.id().to_owned()),
            Column::new("Options", |pathway: &Self| render::join(&pathway.options)),
            Column::new("The article says", |pathway: &Self| pathway.detail.to_string()),
        ]
    }
}
