//! `mlcareers compare ROLE ROLE [ROLE...]`: roles side by side, one column each.

use anyhow::{Result, bail};
use schemars::JsonSchema;
use serde::Serialize;

use super::role::{HasProfile, profile_columns};
use super::{Ctx, Outcome, no_role_named, quote, resolve};
use crate::model::{Dataset, Role};
use crate::query::compare::{self, Difference};
use crate::query::roles::RoleProfile;
use crate::usd::dollars;
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Listing, People, Records, Tabular, Cmd};
use super::Command;

/// What `compare` is asked: the roles `roles` name, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    pub roles: Vec<String>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// Two or more roles, each an id, a title in quotes, a unique part or initials: nlp cv ds
    #[arg(num_args = 1.., value_name = "ROLE")]
    roles: Vec<String>,
}

impl Command for Compare {
    const NAME: &'static str = "compare";
    const SUMMARY: &'static str =
        "Compare roles side by side: duties, experience, pay, own skills, and what sets each apart";
    const EXAMPLES: &'static [&'static str] = &["compare nlp-engineer computer-vision-engineer"];
    const NOTHING: Option<&'static str> = Some("compare nlp zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Compare { roles: args.roles }
    }

    /// `compare data scientist and nlp engineer`: a question, not names.
    fn asks_in_words(args: &Args) -> bool {
        args.roles.iter().any(|word| {
            ["and", "vs", "versus", "or", "with", "to", "&", "from", "between", "all", "every", "each"]
                .contains(&word.to_lowercase().as_str())
        })
    }

    fn arguments(&self) -> Vec<String> {
        std::iter::once(Self::NAME.to_owned()).chain(self.roles.iter().cloned()).collect()
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.roles)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

/// One role in a comparison, as every format shows it.
#[derive(Debug, Serialize, JsonSchema)]
struct CompareRecord<'a> {
    #[serde(flatten)]
    profile: RoleProfile<'a>,
    /// What this role has that none of the others compared with it has, in words.
    sets_apart: Vec<String>,
}

pub fn run(ctx: &mut Ctx, names: &[String]) -> Result<Outcome> {
    let dataset = ctx.dataset();
    if names.len() < 2 {
        let ids: Vec<&str> = dataset.roles.iter().take(2).map(|role| role.id.as_str()).collect();
        return Err(no_role_named(
            dataset,
            "name two or more roles to compare",
            &format!("mlcareers compare {}", ids.join(" ")),
        ));
    }
    let mut chosen: Vec<&Role> = Vec::new();
    for name in names {
        let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
        if chosen.iter().any(|other| other.id == role.id) {
            bail!("'{}' names {} again; compare needs different roles", quote(name), quote(&role.title));
        }
        chosen.push(role);
    }
    let records: Vec<CompareRecord> = compare::compare(dataset, &chosen)
        .into_iter()
        .map(|compared| CompareRecord {
            sets_apart: compared.differences.iter().map(|difference| say(dataset, difference)).collect(),
            profile: compared.profile,
        })
        .collect();
    let general = dataset.skills.essential().count();
    let all = if records.len() == 2 { "Both" } else { "All of them" };
    let notes = vec![
        format!(
            "{all} ask for the {general} skills the article names for machine learning jobs ({skills}); own skills are \
             derived from Table 1 or O*NET ({role} says why).",
            skills = Cmd("mlcareers skills"),
            role = Cmd("mlcareers role NAME"),
        ),
        format!(
            "Salary ranges are derived from the article's bands by experience level (Table 2), not quoted per \
             role. BLS figures are medians for a whole occupation ({}).",
            Cmd("mlcareers sources")
        ),
    ];
    let listing = Listing::new(&records, notes, String::new());
    ctx.show(Records::List(&records), People::Sideways(&listing))
}

/// A difference in words: "The only one open at Entry Level and Mid Level".
fn say(dataset: &Dataset, difference: &Difference) -> String {
    let levels = |levels: &[crate::model::Level]| {
        levels.iter().map(|level| dataset.level_title(*level)).collect::<Vec<_>>().join(" and ")
    };
    match difference {
        Difference::OnlyOpenAt(only) => format!("Of these, the only one open at {}", levels(only)),
        Difference::OnlyNotOpenAt(missing) => {
            format!("Of these, the only one not open at {}", levels(missing))
        }
        Difference::LowestStartingPay(min) => {
            format!("The lowest starting pay: from {} (derived)", dollars(*min))
        }
        Difference::HighestStartingPay(min) => {
            format!("The highest starting pay: from {} (derived)", dollars(*min))
        }
        Difference::AsksFor(skills) => {
            let shown: Vec<String> = skills.iter().map(super::own_skill).collect();
            format!("Asks for {} (derived)", shown.join(", "))
        }
        Difference::HasOccupation { title, soc } => format!("Has BLS figures ({title} {soc})"),
    }
}

impl HasProfile for CompareRecord<'_> {
    fn profile(&self) -> &RoleProfile<'_> {
        &self.profile
    }
}

crate::render::records! {
    "role-comparison" => CompareRecord<'_>;
}

impl Tabular for CompareRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        let mut columns = profile_columns::<Self>();
        // People read a role's own skills and its occupation in words; programs have them as fields.
        columns.push(Column::new("Own skills (derived)", |record: &Self| {
            render::join(record.profile.own_skills.iter().map(super::own_skill))
        }));
        columns.push(Column::new("Outside reference", |record: &Self| {
            record.profile.occupation.as_ref().map_or_else(
                || "No BLS occupation".to_owned(),
                |occupation| format!("BLS {} ({})", occupation.title, occupation.id),
            )
        }));
        columns.push(Column::new("Sets it apart", |record: &Self| {
            if record.sets_apart.is_empty() {
                "Nothing above: the roles compared share its levels and pay".to_owned()
            } else {
                record.sets_apart.join("; ")
            }
        }));
        columns
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<CompareRecord>())]
}
