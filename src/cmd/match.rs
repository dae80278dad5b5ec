//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use anyhow::{Result, bail};

use super::{Ctx, Outcome, nothing_at, quote};
use crate::model::Level;
use crate::query::matching::{self, MatchRecord};
use crate::query::skills::{self, Reading};
use crate::render::{Column, Listing, Reader, Tabular};

/// Marks a role's own (derived) skills in table cells.
const DERIVED_MARK: &str = "*";

pub fn run(ctx: &mut Ctx, typed: &[String], levels: &[Level]) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let mut have: Vec<&str> = Vec::new();
    let mut readings = Vec::new();
    for skill in typed {
        match skills::read(dataset, skill) {
            Reading::Skills(found) => {
                // Say how a skill was read, unless it was typed as the data names it.
                if !matches!(found.as_slice(), [one] if one.eq_ignore_ascii_case(skill.trim())) {
                    readings.push(format!("{} = {}", skill.trim(), found.join(", ")));
                }
                for name in found {
                    if !have.contains(&name) {
                        have.push(name);
                    }
                }
            }
            Reading::Ambiguous(candidates) => ctx.warn(&format!(
                "'{}' could be any of {}; ignored (name one)",
                quote(skill),
                candidates.join(", ")
            ))?,
            Reading::Unknown { closest: Some(closest) } => ctx.warn(&format!(
                "no skill is called '{}'; ignored (did you mean '{closest}'?)",
                quote(skill)
            ))?,
            Reading::Unknown { closest: None } => ctx.warn(&format!(
                "'{}' is not a skill the article or O*NET names; ignored (see mlcareers skills)",
                quote(skill)
            ))?,
        }
    }
    if have.is_empty() {
        bail!("none of the skills given is one the dataset names (see mlcareers skills for the list)");
    }

    let records = matching::rank(dataset, &have, levels);
    let mut notes = Vec::new();
    if !readings.is_empty() {
        notes.push(format!("Read your skills as: {}.", readings.join("; ")));
    }
    let general = dataset.skills.essential().count();
    notes.push(format!(
        "Every role asks for the article's {general} essential skills (mlcareers skills); skills marked \
         {DERIVED_MARK} are the role's own, derived from its row in Table 1 or from O*NET (mlcareers role \
         NAME says why)."
    ));
    let empty_note = nothing_at("no role is open", levels);
    ctx.list(&Listing { records: &records, notes, empty_note })
}

impl MatchRecord<'_> {
    /// Skill names for a cell; for people, the role's own ones marked.
    fn skills(&self, names: &[&str], reader: Reader) -> String {
        let marked = names.iter().map(|name| {
            let own = reader == Reader::People && self.derived.iter().any(|need| need.skill == *name);
            if own { format!("{name}{DERIVED_MARK}") } else { (*name).to_owned() }
        });
        reader.join(marked)
    }
}

impl Tabular for MatchRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::programs("id", |record: &Self, _| record.id.to_owned()),
            Column::both("Role", "title", |record: &Self, _| record.title.to_owned()),
            Column::both("Coverage", "score", |record: &Self, reader| match reader {
                Reader::People => {
                    let asked = record.matched.len() + record.missing.len();
                    format!("{} of {asked} ({:.0}%)", record.matched.len(), record.score * 100.0)
                }
                Reader::Programs => record.score.to_string(),
            }),
            Column::both("You have", "matched", |record: &Self, reader| {
                record.skills(&record.matched, reader)
            }),
            Column::both("Still to learn", "missing", |record: &Self, reader| {
                record.skills(&record.missing, reader)
            }),
            Column::programs("derived", |record: &Self, _| {
                Reader::Programs.join(record.derived.iter().map(|need| need.skill))
            }),
            Column::programs("experience", |record: &Self, _| record.experience.clone()),
            Column::programs("levels", |record: &Self, _| {
                Reader::Programs.join(record.levels.iter().map(|level| level.id()))
            }),
        ]
    }
}
