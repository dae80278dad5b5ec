//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use anyhow::{Result, bail};

use super::{Ctx, Outcome, nothing_at, quote};
use crate::model::Level;
use crate::query::matching::{self, Have, MatchRecord};
use crate::query::skills::{self, Reading};
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Listing, Tabular};

/// Marks a role's own (derived) skills in table cells.
const DERIVED_MARK: &str = "*";

pub fn run(ctx: &mut Ctx, typed: &[String], levels: &[Level], strict: bool) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let mut have: Vec<Have> = Vec::new();
    let mut readings = Vec::new();
    for skill in typed {
        // What is wrong with the word, and what to do about it.
        let (problem, hint) = match skills::read(dataset, skill) {
            Reading::Skills(found) => {
                // Say how a skill was read, unless it was typed as the data names it.
                if !matches!(found.as_slice(), [one] if one.eq_ignore_ascii_case(skill.trim())) {
                    readings.push(format!("{} = {}", skill.trim(), found.join(", ")));
                }
                for name in found {
                    if !have.iter().any(|had| had.skill == name) {
                        have.push(Have { skill: name, typed: skill.trim().to_owned() });
                    }
                }
                continue;
            }
            Reading::Ambiguous(candidates) => (
                format!("'{}' could be any of {}", quote(skill), candidates.join(", ")),
                "name one".to_owned(),
            ),
            Reading::Unknown { closest: Some(closest) } => {
                (format!("no skill is called '{}'", quote(skill)), format!("did you mean '{closest}'?"))
            }
            Reading::Unknown { closest: None } => (
                format!("'{}' is not a skill the article or O*NET names", quote(skill)),
                "see mlcareers skills".to_owned(),
            ),
        };
        if strict {
            bail!("{problem} ({hint})");
        }
        ctx.warn(&format!("{problem}; ignored ({hint})"))?;
    }
    if have.is_empty() {
        let empty_note =
            "none of the skills given is one the dataset names (see mlcareers skills for the list)"
                .to_owned();
        return ctx.list(&Listing::<MatchRecord>::new(&[], Vec::new(), empty_note));
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
    ctx.list(&Listing::new(&records, notes, empty_note))
}

impl MatchRecord<'_> {
    /// Skill names for a cell, the role's own ones marked.
    fn skills<'s>(&self, names: impl Iterator<Item = &'s str>) -> String {
        render::join(names.map(|name| {
            let own = self.own_skills.iter().any(|need| need.skill == name);
            if own { format!("{name}{DERIVED_MARK}") } else { name.to_owned() }
        }))
    }
}

impl Tabular for MatchRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Role", |record: &Self| record.title.to_owned()),
            Column::new("Coverage", |record: &Self| {
                let asked = record.matched.len() + record.missing.len();
                format!("{} of {asked} ({:.0}%)", record.matched.len(), record.score * 100.0)
            }),
            Column::new("You have", |record: &Self| {
                record.skills(record.matched.iter().map(|had| had.skill))
            }),
            Column::new("Still to learn", |record: &Self| record.skills(record.missing.iter().copied())),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::of::<MatchRecord>())]
}
