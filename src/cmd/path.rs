//! `mlcareers path FROM TO`: moving from one role to another.

use std::collections::HashMap;

use anyhow::{Result, bail};
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Invocation, Outcome, quote, resolve};
use crate::model::{Dataset, Level, RoleSkill, UsdRange};
use crate::query::Target;
use crate::query::path::{self, LevelStep, Move};
use crate::query::refs::Ref;
use crate::query::roles::DerivedSalary;
use crate::usd::dollars;
use crate::render::schema::{self, Shape};
use crate::render::{Block, Cmd, Document, Money};
use super::Command;

/// What `path` is asked: moving from role `from` to role `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub from: String,
    pub to: String,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// The role you have: an id, a title in quotes, or a unique part (data-scientist, ds)
    // Indexes fixed, so completion scripts may give FROM and TO their values and keep the order.
    #[arg(value_name = "FROM", index = 1)]
    from: String,
    /// The role you want, named the same ways
    #[arg(value_name = "TO", index = 2)]
    to: String,
    /// More words than two roles: an error that says to quote names of several words
    #[arg(hide = true, index = 3)]
    more: Vec<String>,
}

impl Command for Path {
    const NAME: &'static str = "path";
    const SUMMARY: &'static str =
        "From one role to another: what carries over, what is left to learn, pay by level";
    const EXAMPLES: &'static [&'static str] = &["path data-scientist machine-learning-engineer"];
    const NOTHING: Option<&'static str> = Some("path ds zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Path { from: args.from, to: args.to }
    }

    fn what_to_type(args: &Args) -> Option<String> {
        (!args.more.is_empty()).then(|| {
            "path takes two roles, FROM and TO: put a name of several words in quotes, \
             as in mlcareers path \"data scientist\" \"nlp engineer\", or give ids (mlcareers roles lists them)"
                .to_owned()
        })
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned(), self.from.clone(), self.to.clone()]
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.from, &self.to)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

/// A move as every format shows it.
#[derive(Debug, Serialize, JsonSchema)]
struct PathRecord<'a> {
    /// The two roles' ids, from then to, joined by `/`: `data-scientist/machine-learning-engineer`.
    id: String,
    from: Ref<'a>,
    to: Ref<'a>,
    /// Always true: skills, levels and pay here are set side by side from the dataset, not quoted.
    derived: bool,
    /// Every skill both roles ask for: the essential ones, then shared own skills.
    shared_skills: Vec<&'a str>,
    /// The target's own skills the current role does not ask for.
    to_learn: Vec<&'a str>,
    /// Each level either role is open at: the level, whether each role is, and its band.
    by_level: Vec<LevelRecord<'a>>,
    from_salary_usd: Option<DerivedSalary>,
    to_salary_usd: Option<DerivedSalary>,
    read_next: Vec<ReadNext>,
}

#[derive(Debug, Serialize, JsonSchema)]
struct LevelRecord<'a> {
    /// The level: `entry`, `mid` or `senior`.
    id: Level,
    /// The article's name for the level: "Entry Level".
    title: &'a str,
    from_open: bool,
    to_open: bool,
    /// The article's band for the level, the same for both roles; `null` if the data has none.
    salary_usd: Option<UsdRange>,
}

#[derive(Debug, Serialize, JsonSchema)]
struct ReadNext {
    title: String,
    #[serde(flatten)]
    run: Invocation,
}

pub fn run(ctx: &mut Ctx, from: &str, to: &str) -> Result<Outcome> {
    let dataset = ctx.dataset();
    let from_role = resolve("role", from, &dataset.roles, "mlcareers roles")?;
    let to_role = resolve("role", to, &dataset.roles, "mlcareers roles")?;
    if from_role.id == to_role.id {
        bail!(
            "'{}' and '{}' both name {}; path needs two different roles",
            quote(from),
            quote(to),
            quote(&from_role.title)
        );
    }
    let step = path::plan(dataset, from_role, to_role);
    let record = PathRecord {
        id: format!("{}/{}", from_role.id, to_role.id),
        from: Ref::role(from_role),
        to: Ref::role(to_role),
        derived: true,
        shared_skills: step.shared_skills.clone(),
        to_learn: step.to_learn.clone(),
        by_level: step
            .levels
            .iter()
            .map(|level| LevelRecord {
                id: level.level,
                title: dataset.level_title(level.level),
                from_open: level.from_open,
                to_open: level.to_open,
                salary_usd: level.band,
            })
            .collect(),
        from_salary_usd: step.from_salary.clone(),
        to_salary_usd: step.to_salary.clone(),
        read_next: step
            .read_next
            .iter()
            .map(|target| ReadNext { title: title_of(dataset, *target), run: ctx.invocation(*target) })
            .collect(),
    };
    let doc = page(dataset, &step, &record);
    ctx.page(&record, &doc)
}

fn page(dataset: &Dataset, step: &Move, record: &PathRecord) -> Document {
    let (from, to) = (step.from.title.as_str(), step.to.title.as_str());
    let essential: Vec<&str> = step.shared_skills[..step.essential_shared].to_vec();
    let mut carries = Vec::new();
    if !essential.is_empty() {
        carries.push(format!(
            "The {} skills the article names for every machine learning role ({}): {}",
            essential.len(),
            Cmd("mlcareers skills"),
            essential.join(", ")
        ));
    }
    // The two roles' own links, by role and skill: one look-up a skill, not a scan of every link.
    let links: HashMap<(&str, &str), &RoleSkill> = dataset
        .skills
        .by_role
        .iter()
        .filter(|link| link.role == step.from.id || link.role == step.to.id)
        .map(|link| ((link.role.as_str(), link.skill.as_str()), link))
        .collect();
    let own: Vec<&str> = step.shared_skills[step.essential_shared..].to_vec();
    if !own.is_empty() {
        // A skill one of the two has from outside the article says so, with its publisher.
        let label = |skill: &str| {
            let outside: Vec<String> = [&step.from, &step.to]
                .iter()
                .filter_map(|role| {
                    let link = links.get(&(role.id.as_str(), skill))?;
                    let source = dataset.outside.source(&link.source)?;
                    Some(format!("for {} derived from {}", role.title, source.publisher))
                })
                .collect();
            if outside.is_empty() { skill.to_owned() } else { format!("{skill} ({})", outside.join("; ")) }
        };
        let own: Vec<String> = own.iter().map(|skill| label(skill)).collect();
        carries.push(format!("Asked for by both (derived): {}", own.join(", ")));
    }
    if carries.is_empty() {
        carries.push(format!("No skill: {from} and {to} ask for none in common."));
    }

    let learn: Vec<String> = if step.to_learn.is_empty() {
        vec![format!("Nothing: {to} asks for no skill of its own that {from} does not.")]
    } else {
        step.to_learn
            .iter()
            .map(|skill| {
                let reason =
                    links.get(&(step.to.id.as_str(), *skill)).map_or("", |link| link.reason.as_str());
                format!("{skill}: {reason}")
            })
            .collect()
    };

    let mut levels: Vec<String> = step.levels.iter().map(|level| say_level(dataset, step, level)).collect();
    let range = |salary: &Option<DerivedSalary>| {
        salary.as_ref().map_or_else(|| "not derivable".to_owned(), |salary| Money(&salary.range).to_string())
    };
    levels.push(format!(
        "Whole range (derived): {from} {}; {to} {}{}",
        range(&step.from_salary),
        range(&step.to_salary),
        starting_pay(step),
    ));

    let read: Vec<String> = record.read_next.iter().map(|next| format!("{}: {}", next.title, Cmd(&next.run.command))).collect();
    Document {
        title: format!("From {from} to {to}"),
        blocks: vec![
            Block::list("What carries over".to_owned(), carries),
            Block::list(format!("Left to learn for {to} (derived)"), learn),
            Block::list("Levels and pay (derived)".to_owned(), levels),
            Block::paragraph(
                "Derived: the article gives pay by experience level (Table 2), not by role, so at a level \
                 both roles are open at the band is the same; each role's range runs from the lowest to the \
                 highest band of the levels it spans. Own skills are derived from Table 1 or O*NET; every \
                 role asks for the essential ones."
                    .to_owned(),
            ),
            Block::list("What to read next".to_owned(), read),
        ],
    }
}

/// "Mid Level ($120,000 – $160,000): both are open".
fn say_level(dataset: &Dataset, step: &Move, level: &LevelStep) -> String {
    let (from, to) = (step.from.title.as_str(), step.to.title.as_str());
    let band = level.band.map_or_else(|| "no band in the data".to_owned(), |band| band.to_string());
    let open = match (level.from_open, level.to_open) {
        (true, true) => "both are open, at the same band".to_owned(),
        (true, false) => format!("{from} is open; {to} is not"),
        (false, true) => format!("{to} is open; {from} is not"),
        (false, false) => "neither is open".to_owned(),
    };
    format!("{} ({band}): {open}", dataset.level_title(level.level))
}

/// "; the target's range starts $40,000 higher", or nothing when they start alike.
fn starting_pay(step: &Move) -> String {
    let (Some(from), Some(to)) = (&step.from_salary, &step.to_salary) else { return String::new() };
    let to_title = &step.to.title;
    match to.range.min.cmp(&from.range.min) {
        std::cmp::Ordering::Greater => {
            format!("; {to_title}'s range starts {} higher", dollars(to.range.min - from.range.min))
        }
        std::cmp::Ordering::Less => {
            format!("; {to_title}'s range starts {} lower", dollars(from.range.min - to.range.min))
        }
        std::cmp::Ordering::Equal => format!("; both start at {}", dollars(to.range.min)),
    }
}

/// What a target is, in a few words, for the "read next" list.
fn title_of(dataset: &Dataset, target: Target) -> String {
    match target {
        Target::Role(id) => format!("{}'s page", dataset.role_title(id)),
        Target::Education => "Education and learning pathways".to_owned(),
        Target::Guide(id) => {
            dataset.guide.iter().find(|section| section.id == id).map_or(id, |s| s.title.as_str()).to_owned()
        }
        Target::Faq(number) => dataset
            .faq
            .iter()
            .find(|faq| faq.number == number)
            .map_or_else(String::new, |f| f.question.to_string()),
        Target::Skills => "Skills".to_owned(),
        Target::Roles => "Roles".to_owned(),
        Target::Salary(_) => "Salary bands".to_owned(),
        Target::Industries => "Industries".to_owned(),
        Target::Sources => "Sources".to_owned(),
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::One(schema::record::<PathRecord>())]
}

crate::render::records! {
    "path" => PathRecord<'_>;
}
