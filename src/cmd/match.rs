//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use anyhow::{Context, Result, bail};

use super::{Ctx, Outcome, nothing_at, quote};
use crate::query::matching::{self, MatchRecord};
use crate::query::skills::{self, Reading};
use crate::query::words::normalize;
use crate::render::{Column, Format, Listing, Reader, Tabular, escape_controls};

/// Marks a role's own (derived) skills in table cells.
const DERIVED_MARK: &str = "*";
/// Skills still to learn that a table names; `mlcareers path` and `mlcareers role` list them all.
const MISSING_SHOWN: usize = 4;

pub fn run(ctx: &mut Ctx, typed: &[String], levels: &[String]) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let levels = super::levels(dataset, levels)?;
    let mut have: Vec<&str> = Vec::new();
    let mut readings = Vec::new();
    for skill in typed {
        let skill = skill.trim();
        let found = match skills::read(dataset, skill) {
            Reading::Skills(found) => {
                // Say how a skill was read, unless it was typed as the data names it.
                if !matches!(found.as_slice(), [one] if normalize(one) == normalize(skill)) {
                    readings.push(format!("{skill} counts as {}.", found.join(", ")));
                }
                found
            }
            Reading::Counted { alias, skills } => {
                readings.push(format!("{} counts as {}. {}", alias.alias, skills.join(", "), alias.reason));
                skills
            }
            Reading::Ambiguous(candidates) => {
                ctx.warn(&format!(
                    "'{}' could be any of {}; ignored (name one)",
                    quote(skill),
                    candidates.join(", ")
                ))?;
                continue;
            }
            Reading::Unknown { closest: Some(closest) } => {
                ctx.warn(&format!(
                    "'{}' is not among the skills the article names; ignored (did you mean '{closest}'?)",
                    quote(skill)
                ))?;
                continue;
            }
            Reading::Unknown { closest: None } => {
                ctx.warn(&format!(
                    "'{}' is not among the skills the article names; ignored (see mlcareers skills)",
                    quote(skill)
                ))?;
                continue;
            }
        };
        for name in found {
            if !have.contains(&name) {
                have.push(name);
            }
        }
    }
    if have.is_empty() {
        bail!("none of the skills given is one the dataset names (see mlcareers skills for the list)");
    }

    let records = matching::rank(dataset, &have, &levels);
    let mut notes = Vec::new();
    if matches!(ctx.options.format, Format::Json | Format::Csv) {
        // Programs get no notes in their output; what a word was counted as still goes to a person.
        for reading in &readings {
            writeln!(ctx.err, "note: {}", escape_controls(reading)).context("cannot write notes")?;
        }
    } else if !readings.is_empty() {
        notes.push(readings.join(" "));
    }
    let general = dataset.skills.essential().count();
    let most = records.iter().map(|record| record.matched.len() + record.missing.len()).max().unwrap_or(0);
    notes.push(format!(
        "Every role asks for the {general} skills the article names for machine learning jobs (mlcareers \
         skills); skills marked {DERIVED_MARK} are the role's own, derived from its row in Table 1 or, where \
         labelled, from O*NET (mlcareers role NAME says why). Roles are ranked by how many skills you have, \
         on one scale for all (score = skills you have / {most}, the most any role here asks for), so roles \
         that match the same skills tie, in Table 1 order."
    ));
    let empty_note = nothing_at("no role is open", &levels);
    ctx.list(&Listing { records: &records, notes, empty_note })
}

impl MatchRecord<'_> {
    /// Skill names for a cell; for people, the role's own ones marked.
    fn skills(&self, names: &[&str], reader: Reader) -> String {
        reader.join(self.marked(names, reader))
    }

    /// Skill names, for people the role's own ones marked.
    fn marked(&self, names: &[&str], reader: Reader) -> Vec<String> {
        names
            .iter()
            .map(|name| {
                let own = self.derived.iter().find(|need| need.skill == *name);
                match own {
                    Some(need) if reader == Reader::People => {
                        let publisher = need.publisher.map(|publisher| format!(" ({publisher})"));
                        format!("{name}{DERIVED_MARK}{}", publisher.unwrap_or_default())
                    }
                    _ => (*name).to_owned(),
                }
            })
            .collect()
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
                    format!("{} of {asked}", record.matched.len())
                }
                Reader::Programs => record.score.to_string(),
            }),
            Column::both("You have", "matched", |record: &Self, reader| {
                record.skills(&record.matched, reader)
            }),
            Column::people("Still to learn", |record: &Self, _| {
                super::first_of(&record.marked(&record.missing, Reader::People), MISSING_SHOWN)
            }),
            Column::programs("missing", |record: &Self, reader| record.skills(&record.missing, reader)),
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
