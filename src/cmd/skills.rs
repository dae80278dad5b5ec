//! `mlcareers skills`: the essential skills in the article's groups, with its reason for each.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::SkillGroup;
use crate::render::{self, Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let skills = &ctx.dataset.skills;
    let mut notes = texts(&skills.notes);
    notes.extend(source_notes(ctx.dataset, skills.sources()));
    let empty_note = "the dataset lists no skills".to_owned();
    ctx.list(&Listing::new(&skills.groups, notes, empty_note))
}

impl Tabular for SkillGroup {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Group", |group: &Self| format!("{} ({})", group.title, group.kind.id())),
            Column::new("Skills", |group: &Self| render::join(&group.skills)),
            Column::new("Why (the article)", |group: &Self| group.why.clone()),
        ]
    }
}
