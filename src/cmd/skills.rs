//! `mlcareers skills`: the essential skills in the article's groups, with its reason for each.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::SkillGroup;
use crate::render::{Column, Listing, Reader, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let skills = &ctx.dataset.skills;
    let mut notes = texts(&skills.notes);
    notes.extend(source_notes(ctx.dataset, skills.sources()));
    let empty_note = "the dataset lists no skills".to_owned();
    ctx.list(&Listing { records: &skills.groups, notes, empty_note })
}

impl Tabular for SkillGroup {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::programs("id", |group: &Self, _| group.id.clone()),
            Column::people("Group", |group: &Self, _| format!("{} ({})", group.title, group.kind.id())),
            Column::programs("title", |group: &Self, _| group.title.clone()),
            Column::programs("kind", |group: &Self, _| group.kind.id().to_owned()),
            // One skill a line: the groups' lists are long and read best as a column.
            Column::both("Skills", "skills", |group: &Self, reader| match reader {
                Reader::People => group.skills.join("\n"),
                Reader::Programs => reader.join(&group.skills),
            }),
            Column::both("Why (the article)", "why", |group: &Self, _| group.why.clone()),
            Column::programs("source", |group: &Self, _| group.source.clone()),
        ]
    }
}
