//! `mlcareers match --skills S,S,...`: roles ranked by how much of what they ask for you have.

use std::collections::HashSet;

use anyhow::{Context, Result, bail};
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Outcome, nothing_at, quote};
use crate::query::matching::{self, Have, MatchRecord};
use crate::query::skills::{self, Reading};
use crate::query::words::normalize;
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Listing, Tabular, escape_controls, Cmd};
use super::{Command, blank_levels, flag, level_option, typed_levels};
use crate::cli::LevelParser;

/// What `match` is asked: roles open at any of `levels` (all when empty), ranked by how well
/// `skills` cover them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub skills: Vec<String>,
    pub levels: Vec<String>,
    /// An unknown skill is an error, not a warning.
    pub strict: bool,
    /// Tables name every skill still to learn.
    pub all: bool,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
// The doc comments are `--help` text, read in a terminal: no Markdown backticks.
#[allow(clippy::doc_markdown)]
#[command(after_help = "Every role asks for the skills the article names for machine learning jobs; a \
                        role's own skills are derived from Table 1 or O*NET and marked *. The score is \
                        the number of skills you have over the most any role asks for: one scale for \
                        every role, so roles that match the same skills tie (in Table 1 order) and a \
                        role whose own skill you have ranks above those without it.")]
pub struct Args {
    /// Skills you have, separated by commas or repeated: python,statistics or "linear algebra"; PyTorch and the like count as machine learning libraries
    #[arg(long, short = 's', value_delimiter = ',', value_name = "SKILL")]
    skills: Vec<String>,
    /// Only roles open at this level (repeat or separate with commas; job-ad words such as junior work too)
    #[arg(long, short = 'l', value_parser = LevelParser, value_delimiter = ',', value_name = "LEVEL")]
    level: Vec<String>,
    /// A skill the data does not know is an error (exit 2), not a warning
    #[arg(long)]
    strict: bool,
    /// Tables name every skill still to learn, not the first few
    #[arg(long)]
    all: bool,
    /// Skills typed without --skills: an error that shows how to give them
    #[arg(hide = true)]
    stray: Vec<String>,
}

impl Command for Match {
    const NAME: &'static str = "match";
    const SUMMARY: &'static str =
        "Rank roles by how well your skills cover what each asks for, with what is left to learn";
    const EXAMPLES: &'static [&'static str] = &["match --skills python,statistics"];
    const NOTHING: Option<&'static str> = Some("match --skills zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        // `python,,statistics,` is a typing slip, not an empty skill to warn about; items are
        // trimmed (`"python, sql"`).
        let skills =
            args.skills.into_iter().map(|skill| skill.trim().to_owned()).filter(|skill| !skill.is_empty()).collect();
        Match { skills, levels: typed_levels(args.level), strict: args.strict, all: args.all }
    }

    fn what_to_type(args: &Args) -> Option<String> {
        if !args.stray.is_empty() || args.skills.iter().all(|skill| skill.trim().is_empty()) {
            let mut all: Vec<String> = args.skills.iter().map(|skill| skill.trim().to_owned()).collect();
            all.extend(args.stray.iter().map(|skill| skill.trim().to_owned()));
            all.retain(|skill| !skill.is_empty());
            if all.is_empty() {
                return Some(
                    "name your skills with --skills, for example: mlcareers match --skills python,statistics"
                        .to_owned(),
                );
            }
            let list = render::shown(&all.join(","));
            let list = if list.contains(' ') { format!("\"{list}\"") } else { list };
            return Some(format!("skills go after --skills, separated by commas: mlcareers match --skills {list}"));
        }
        blank_levels(&args.level)
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned(), "--skills".to_owned(), self.skills.join(",")];
        args.extend(level_option(&self.levels));
        args.extend(flag("--strict", self.strict));
        args.extend(flag("--all", self.all));
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.skills, &self.levels, self.strict, self.all)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

/// Marks a role's own (derived) skills in table cells.
const DERIVED_MARK: &str = "*";
/// Skills still to learn that a table names; `mlcareers path` and `mlcareers role` list them all.
const MISSING_SHOWN: usize = 4;

/// `all`: tables name every skill still to learn, not the first few.
pub fn run(ctx: &mut Ctx, typed: &[String], levels: &[String], strict: bool, all: bool) -> Result<Outcome> {
    let dataset = ctx.dataset();
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
        return ctx.list(&Listing::<Row>::new(&[], Vec::<String>::new(), empty_note));
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
    let rows: Vec<Row> = records.into_iter().map(|record| Row { record, all }).collect();
    // Whether a table cell shows a marked skill: every skill had, and the skills still to learn
    // the cell names (the first few, unless --all).
    let own = |record: &MatchRecord| {
        let shown = if all || record.missing.len() <= MISSING_SHOWN + 1 {
            record.missing.len()
        } else {
            MISSING_SHOWN
        };
        record.matched.iter().any(|had| record.own_skills.iter().any(|need| need.skill == had.skill))
            || record.missing[..shown]
                .iter()
                .any(|name| record.own_skills.iter().any(|need| need.skill == *name))
    };
    let marks = if rows.iter().any(|row| own(&row.record)) {
        format!(
            "; skills marked {DERIVED_MARK} are the role's own, derived from its row in Table 1 or, where labelled, \
             from O*NET ({} says why)",
            Cmd("mlcareers role NAME")
        )
    } else {
        String::new()
    };
    notes.push(format!(
        "Every role asks for the {general} skills the article names for machine learning jobs ({skills}){marks}. \
         Roles are ranked by how many skills you have, on one scale for all (score = skills you have / {most}, \
         the most any role here asks for), so roles that match the same skills tie, in Table 1 order.",
        skills = Cmd("mlcareers skills"),
    ));
    if !all && rows.iter().any(|row| row.record.missing.len() > MISSING_SHOWN + 1) {
        notes.push("Still to learn shows the first few; add --all for every one.".to_owned());
    }
    let empty_note = nothing_at("no role is open", &levels);
    ctx.list(&Listing::new(&rows, notes, empty_note))
}

/// A row of the table: the record, and whether its cells name every skill still to learn.
#[derive(Serialize, JsonSchema)]
struct Row<'a> {
    #[serde(flatten)]
    record: MatchRecord<'a>,
    #[serde(skip)]
    all: bool,
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

crate::render::records! {
    "role-match" => Row<'_>, MatchRecord<'_>;
}

impl Tabular for Row<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Role", |row: &Self| row.record.title.to_owned()),
            Column::new("Coverage", |row: &Self| {
                let asked = row.record.matched.len() + row.record.missing.len();
                format!("{} of {asked}", row.record.matched.len())
            }),
            Column::new("You have", |row: &Self| {
                render::join(row.record.marked(row.record.matched.iter().map(|had| had.skill)))
            }),
            // The first few, to scan, unless --all; the machine formats have them all.
            Column::new("Still to learn", |row: &Self| {
                let missing = row.record.marked(row.record.missing.iter().copied());
                if row.all { render::join(missing) } else { super::first_of(&missing, MISSING_SHOWN) }
            }),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<MatchRecord>())]
}
