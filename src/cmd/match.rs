//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use std::collections::HashSet;

use anyhow::{Context, Result, bail};

use super::{Ctx, Outcome, nothing_at, quote};
use crate::query::matching::{self, Have, MatchRecord};
use crate::query::skills::{self, Reading};
use crate::query::words::normalize;
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Listing, Tabular, escape_controls};

/// Marks a role's own (derived) skills in table cells.
const DERIVED_MARK: &str = "*";
/// Skills still to learn that a table names; `mlcareers path` and `mlcareers role` list them all.
const MISSING_SHOWN: usize = 4;

pub fn run(ctx: &mut Ctx, typed: &[String], levels: &[String], strict: bool) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let levels = ctx.read_levels(levels)?;
    let mut have: Vec<Have> = Vec::new();
    // The skills already counted: a group's name may stand for thousands of skills.
    let mut counted: HashSet<&str> = HashSet::new();
    let known = skills::known_skills(dataset);
    let mut readings = Vec::new();
    for skill in typed {
        let skill = skill.trim();
        // The skills the word counts as; or what is wrong with it, and what to do about it.
        let reading = match skills::read_among(dataset, &known, skill) {
            Reading::Skills(found) => {
                // Say how a skill was read, unless it was typed as the data names it.
                if !matches!(found.as_slice(), [one] if normalize(one) == normalize(skill)) {
                    readings.push(format!("{} counts as {}.", quote(skill), render::shown_list(&found)));
                }
                Ok(found)
            }
            Reading::Counted { alias, skills } => {
                readings.push(format!(
                    "{} counts as {}. {}",
                    quote(&alias.alias),
                    render::shown_list(&skills),
                    alias.reason
                ));
                Ok(skills)
            }
            Reading::Ambiguous(candidates) => Err((
                format!("'{}' could be any of {}", quote(skill), render::shown_list(&candidates)),
                "name one".to_owned(),
            )),
            Reading::Unknown { closest } => Err((
                format!("'{}' is not among the skills the article names", quote(skill)),
                closest.map_or_else(
                    || "see mlcareers skills".to_owned(),
                    |c| format!("did you mean '{}'?", quote(c)),
                ),
            )),
        };
        match reading {
            Ok(found) => {
                for name in found {
                    if counted.insert(name) {
                        have.push(Have { skill: name, typed: skill.to_owned() });
                    }
                }
            }
            Err((problem, hint)) if strict => bail!("{problem} ({hint})"),
            Err((problem, hint)) => ctx.warn(&format!("{problem}; ignored ({hint})"))?,
        }
    }
    if have.is_empty() {
        let empty_note =
            "none of the skills given is one the dataset names (see mlcareers skills for the list)"
                .to_owned();
        return ctx.list(&Listing::<MatchRecord>::new(&[], Vec::new(), empty_note));
    }

    let records = matching::rank(dataset, &have, &levels);
    let mut notes = Vec::new();
    if ctx.options.format.is_machine() {
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
    ctx.list(&Listing::new(&records, notes, empty_note))
}

impl MatchRecord<'_> {
    /// Skill names for a cell, the role's own ones marked, with their publisher where there is one.
    fn marked<'s>(&self, names: impl Iterator<Item = &'s str>) -> Vec<String> {
        names
            .map(|name| match self.own_skills.iter().find(|need| need.skill == name) {
                Some(need) => {
                    let publisher = need.publisher.map(|publisher| format!(" ({publisher})"));
                    format!("{name}{DERIVED_MARK}{}", publisher.unwrap_or_default())
                }
                None => name.to_owned(),
            })
            .collect()
    }
}

impl Tabular for MatchRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Role", |record: &Self| record.title.to_owned()),
            Column::new("Coverage", |record: &Self| {
                let asked = record.matched.len() + record.missing.len();
                format!("{} of {asked}", record.matched.len())
            }),
            Column::new("You have", |record: &Self| {
                render::join(record.marked(record.matched.iter().map(|had| had.skill)))
            }),
            // The first few, to scan; the role's page and the machine formats have them all.
            Column::new("Still to learn", |record: &Self| {
                super::first_of(&record.marked(record.missing.iter().copied()), MISSING_SHOWN)
            }),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::of::<MatchRecord>())]
}
