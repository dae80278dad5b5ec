//! `mlcareers skills`: the essential skills in the article's groups, with its reason for each.

use anyhow::Result;

use super::{Ctx, Outcome, joined, source_notes, texts};
use crate::model::SkillGroup;
use crate::render::{Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let skills = &ctx.dataset.skills;
    let mut notes = texts(&skills.notes);
    notes.extend(source_notes(ctx.dataset, skills.sources()));
    let empty_note = "the dataset lists no skills".to_owned();
    ctx.list(&Listing { records: &skills.groups, notes, empty_note })
}

impl Tabular for SkillGroup {
    const HEADERS: &'static [&'static str] = &["Group", "Skills", "Why (the article)"];
    const CSV_HEADERS: &'static [&'static str] = &["id", "title", "kind", "skills", "why", "source"];

    fn cells(&self) -> Vec<String> {
        let group = format!("{} ({})", self.title, self.kind.id());
        vec![group, joined(&self.skills, "\n"), self.why.clone()]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.title.clone(),
            self.kind.id().to_owned(),
            joined(&self.skills, ";"),
            self.why.clone(),
            self.source.clone(),
        ]
    }
}
