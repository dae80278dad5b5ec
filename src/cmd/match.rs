//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use anyhow::{Result, bail};

use super::{Ctx, Outcome, joined, nothing_at, quote};
use crate::model::Level;
use crate::query::skills::{self, MatchRecord, Reading};
use crate::render::{Listing, Tabular};

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

    let records = skills::rank(dataset, &have, levels);
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
    /// Skill names for a table cell, the role's own ones marked.
    fn marked(&self, names: &[&str]) -> String {
        let marked: Vec<String> = names
            .iter()
            .map(|name| {
                let own = self.derived.iter().any(|need| need.skill == *name);
                if own { format!("{name}{DERIVED_MARK}") } else { (*name).to_owned() }
            })
            .collect();
        joined(&marked, ", ")
    }
}

impl Tabular for MatchRecord<'_> {
    const HEADERS: &'static [&'static str] = &["Role", "Coverage", "You have", "Still to learn"];
    const CSV_HEADERS: &'static [&'static str] =
        &["id", "title", "score", "matched", "missing", "derived", "experience", "levels"];

    fn cells(&self) -> Vec<String> {
        let asked = self.matched.len() + self.missing.len();
        vec![
            self.title.to_owned(),
            format!("{} of {asked} ({:.0}%)", self.matched.len(), self.score * 100.0),
            self.marked(&self.matched),
            self.marked(&self.missing),
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let derived: Vec<&str> = self.derived.iter().map(|need| need.skill).collect();
        let levels: Vec<&str> = self.levels.iter().map(|level| level.id()).collect();
        vec![
            self.id.to_owned(),
            self.title.to_owned(),
            self.score.to_string(),
            joined(&self.matched, ";"),
            joined(&self.missing, ";"),
            joined(&derived, ";"),
            self.experience.clone(),
            joined(&levels, ";"),
        ]
    }
}
