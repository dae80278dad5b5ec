//! `mlcareers skills`: the skills the article names, in its groups, with its reason for each.

use anyhow::Result;

use super::{Ctx, Outcome, source_notes, texts};
use crate::model::{Dataset, SkillGroup};
use crate::render::{self, Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let skills = &ctx.dataset.skills;
    let mut notes = texts(&skills.notes);
    notes.extend(aliases_note(ctx.dataset));
    notes.extend(source_notes(ctx.dataset, skills.sources()));
    let empty_note = "the dataset lists no skills".to_owned();
    ctx.list(&Listing::new(&skills.groups, notes, empty_note))
}

/// The other names `match` reads as these skills, grouped by the skill they count as: the
/// vocabulary is derived, not the article's, and says so.
fn aliases_note(dataset: &Dataset) -> Option<String> {
    let mut by_skill: Vec<(&str, Vec<&str>)> = Vec::new();
    for alias in &dataset.vocabulary.skill_aliases {
        match by_skill.iter_mut().find(|(skill, _)| *skill == alias.skill) {
            Some((_, names)) => names.push(&alias.alias),
            None => by_skill.push((&alias.skill, vec![&alias.alias])),
        }
    }
    let parts: Vec<String> =
        by_skill.iter().map(|(skill, names)| format!("{} as {skill}", names.join(", "))).collect();
    (!parts.is_empty()).then(|| {
        format!(
            "match also reads other names (derived, not the article's; each with its reason in the data): {}.",
            parts.join("; ")
        )
    })
}

impl Tabular for SkillGroup {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Group", |group: &Self| format!("{} ({})", group.title, group.kind.id())),
            Column::new("Skills", |group: &Self| render::join(&group.skills)),
            Column::new("Why (the article)", |group: &Self| group.why.to_string()),
        ]
    }
}
