//! `mlcareers skills`: the skills the article names, in its groups, with its reason for each.

use anyhow::Result;

use super::{Ctx, Outcome, own_skill, resolve, source_notes, texts};
use crate::model::{Dataset, SkillGroup};
use crate::query::skills::requirements;
use crate::render::{self, Column, Listing, Tabular};
use super::{Command, option};
use crate::cli::non_blank_role;
use crate::render::schema::{self, Shape};

/// What `skills` is asked: every skill, with the own skills of `role` when one is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skills {
    pub role: Option<String>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// Also the skills this role asks for beyond those every role asks for
    #[arg(long, short = 'r', value_name = "NAME", value_parser = non_blank_role)]
    role: Option<String>,
}

impl Command for Skills {
    const NAME: &'static str = "skills";
    const SUMMARY: &'static str = "List the skills the article names, grouped as it groups them, with its reasons";
    const EXAMPLES: &'static [&'static str] = &["skills"];
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Skills { role: args.role }
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned()];
        args.extend(option("--role", self.role.as_deref()));
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, self.role.as_deref())
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<SkillGroup>())]
    }
}

/// Every skill; with `role`, a reading that says which of them the role asks for, and its own.
pub fn run(ctx: &mut Ctx, role: Option<&str>) -> Result<Outcome> {
    let skills = &ctx.dataset().skills;
    if let Some(name) = role {
        let role = resolve("role", name, &ctx.dataset().roles, "mlcareers roles")?;
        let own: Vec<String> = requirements(ctx.dataset(), role)
            .into_iter()
            .filter(|need| need.derived)
            .map(|need| format!("{} (derived: {})", own_skill(&need), need.reason.unwrap_or_default()))
            .collect();
        ctx.read(format!(
            "{} asks for every skill in the table, as every role does (the article names them for all machine learning jobs){}",
            role.title,
            if own.is_empty() { String::new() } else { format!("; and its own: {}", own.join("; ")) }
        ));
    }
    let mut notes = texts(&skills.notes);
    notes.extend(aliases_note(ctx.dataset()));
    notes.extend(source_notes(ctx.dataset(), skills.sources()));
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

crate::render::records! {
    "skill-group" => SkillGroup;
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
