//! `mlcareers role NAME`: one role's page.

use std::borrow::Cow;

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::roles::{HasRole, role_columns};
use super::salary::chart_of;
use super::{Ctx, Invocation, Outcome, command, no_role_named, resolve, sentence_list, source_notes};
use crate::model::{Dataset, Pathway};
use crate::query::Target;
use crate::query::roles::{self, RoleProfile, RoleRecord};
use crate::query::way_in::{self, WayIn};
use crate::render::schema::{self, Shape};
use crate::render::{Address, Bar, Block, Cmd, Column, Document, Money, Tabular};
use super::Command;

/// What `role` is asked: one role's page, by an id, a title, a unique part, initials or a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub name: String,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// Role id, title, a unique part, initials or a distinctive word: nlp-engineer, "NLP Engineer", cv, ds, mle, vision
    #[arg(num_args = 1..)]
    name: Vec<String>,
}

impl Command for Role {
    const NAME: &'static str = "role";
    const SUMMARY: &'static str = "Show one role: responsibilities, experience range, salary range by level";
    const EXAMPLES: &'static [&'static str] = &["role nlp-engineer", "role data-scientist"];
    const NOTHING: Option<&'static str> = Some("role zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Role { name: args.name.join(" ") }
    }

    fn asks_in_words(args: &Args) -> bool {
        args.name.len() > 1 && args.name.iter().any(|word| word.ends_with('?'))
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned(), self.name.clone()]
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.name)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

pub fn run(ctx: &mut Ctx, name: &str) -> Result<Outcome> {
    let dataset = ctx.dataset();
    if name.trim().is_empty() {
        let example = dataset.roles.first().map_or_else(String::new, |role| command(Target::Role(&role.id)));
        return Err(no_role_named(dataset, "name a role", &example));
    }
    let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
    let profile = roles::profile(dataset, role);
    let record = &profile.role;

    let mut fields = vec![
        ("Responsibilities".to_owned(), record.responsibilities.to_owned()),
        ("Experience".to_owned(), record.experience.clone()),
    ];
    let mut salary_blocks = Vec::new();
    if let Some(salary) = &record.salary_usd {
        fields.push(("Salary (derived)".to_owned(), format!("{} a year", Money(&salary.range))));
        let bands = dataset.salary.bands.iter().filter(|band| salary.derived_from.contains(&band.level));
        let mut bars: Vec<_> =
            bands.map(|band| Bar::new(dataset.level_title(band.level), band.range())).collect();
        bars.push(Bar::new("This role (derived)", salary.range));
        salary_blocks.push(Block::Chart(chart_of(dataset, bars)));
        salary_blocks.push(Block::paragraph(format!(
            "The salary range is derived: the article gives pay by experience level (Table 2), not by role, \
             so this range runs from the lowest to the highest band of the levels the role spans. Salaries \
             vary with {}; many machine learning jobs add {} to base salary.",
            sentence_list(&dataset.salary.depends_on),
            sentence_list(&dataset.salary.extras),
        )));
    }
    let mut blocks = vec![Block::fields(fields)];
    blocks.extend(salary_blocks);
    blocks.push(skills_block(dataset, &profile));
    let way = way_in::way_in(dataset);
    blocks.extend(way_in_blocks(&way));
    blocks.extend(outside_blocks(dataset, &profile));
    blocks.extend(abbreviations_block(dataset, role));
    blocks.extend(source_notes(dataset, [record.source]).into_iter().map(Block::paragraph));

    let doc = Document { title: record.title.to_owned(), blocks };
    let page = RolePage { profile, how_to_get_there: WayInRecord::from(ctx, &way) };
    ctx.page(&page, &doc)
}

/// A role's page: its profile, and the way in, which is the same for every role.
#[derive(Debug, Serialize, JsonSchema)]
struct RolePage<'a> {
    #[serde(flatten)]
    profile: RoleProfile<'a>,
    how_to_get_there: WayInRecord<'a>,
}

/// The article's way in, as programs get it: each part with the command that opens its full text.
#[derive(Debug, Serialize, JsonSchema)]
struct WayInRecord<'a> {
    /// Always true: the article gives this advice for machine learning jobs in general, not per role.
    general: bool,
    pathways: Vec<PathwayRecord<'a>>,
    /// The article's sentences beside the pathways.
    notes: Vec<&'a str>,
    preparation: Option<PreparationRecord<'a>>,
    questions: Vec<QuestionRecord<'a>>,
}

#[derive(Debug, Serialize, JsonSchema)]
struct PathwayRecord<'a> {
    #[serde(flatten)]
    pathway: &'a Pathway,
    #[serde(flatten)]
    run: Invocation,
}

#[derive(Debug, Serialize, JsonSchema)]
struct PreparationRecord<'a> {
    /// The guide section's id.
    id: &'a str,
    title: &'a str,
    /// The first sentence of each of the section's paragraphs, verbatim.
    advice: &'a [&'a str],
    #[serde(flatten)]
    run: Invocation,
}

#[derive(Debug, Serialize, JsonSchema)]
struct QuestionRecord<'a> {
    /// The question's number as text, as `faq` and search hits give it.
    id: String,
    number: u32,
    question: &'a str,
    #[serde(flatten)]
    run: Invocation,
}

impl<'a> WayInRecord<'a> {
    fn from(ctx: &Ctx, way: &'a WayIn<'a>) -> Self {
        WayInRecord {
            general: true,
            pathways: way
                .pathways
                .iter()
                .map(|pathway| PathwayRecord { pathway, run: ctx.invocation(Target::Education) })
                .collect(),
            notes: way.notes.iter().map(|note| note.text.as_str()).collect(),
            preparation: way.preparation.as_ref().map(|preparation| PreparationRecord {
                id: &preparation.section.id,
                title: &preparation.section.title,
                advice: &preparation.advice,
                run: ctx.invocation(Target::Guide(&preparation.section.id)),
            }),
            questions: way
                .questions
                .iter()
                .map(|faq| QuestionRecord {
                    id: faq.number.to_string(),
                    number: faq.number,
                    question: &faq.question,
                    run: ctx.invocation(Target::Faq(faq.number)),
                })
                .collect(),
        }
    }
}

/// "How to get there": the pathways and the preparation advice, each with its command, said to be
/// the article's general advice. Nothing when the data has neither.
fn way_in_blocks(way: &WayIn) -> Vec<Block> {
    let education = Cmd(&command(Target::Education)).to_string();
    let mut items: Vec<String> = way
        .pathways
        .iter()
        .map(|pathway| format!("{} ({education}): {}", pathway.title, pathway.options.join(", ")))
        .collect();
    if let Some(preparation) = &way.preparation {
        items.push(format!(
            "{} ({}): {}",
            preparation.section.title,
            Cmd(&command(Target::Guide(&preparation.section.id))),
            preparation.advice.join(" "),
        ));
    }
    items.extend(
        way.questions.iter().map(|faq| format!("{} ({})", faq.question, Cmd(&command(Target::Faq(faq.number))))),
    );
    if items.is_empty() {
        return Vec::new();
    }
    let mut blocks =
        vec![Block::list("How to get there (the article's general advice, the same for every role)", items)];
    if !way.notes.is_empty() {
        blocks.push(Block::paragraph(
            way.notes.iter().map(|note| note.text.as_str()).collect::<Vec<_>>().join(" "),
        ));
    }
    blocks
}

/// The abbreviations the role's title and duties use (`NLP`, `ML`), and those of what its title
/// names in full (Computer Vision Engineer: `CV`), with what each stands for.
fn abbreviations_block(dataset: &Dataset, role: &crate::model::Role) -> Option<Block> {
    let words = crate::query::words::words;
    let used = words(&format!("{} {}", role.title, role.responsibilities));
    let title = words(&role.title);
    let within = |text: &[String], parts: &[String]| {
        !parts.is_empty() && text.windows(parts.len()).any(|run| run == parts)
    };
    let meanings: Vec<String> = dataset
        .vocabulary
        .abbreviations
        .iter()
        .filter(|entry| within(&used, &words(&entry.abbreviation)) || within(&title, &words(&entry.meaning)))
        .map(|entry| format!("{}: {}", entry.abbreviation, entry.meaning))
        .collect();
    (!meanings.is_empty()).then(|| {
        Block::paragraph(format!(
            "Abbreviations (derived; {} says why): {}.",
            Cmd("mlcareers glossary"),
            meanings.join("; ")
        ))
    })
}

/// The essential skills every role asks for, then this role's own, each with why.
fn skills_block(dataset: &Dataset, profile: &RoleProfile) -> Block {
    let essential: Vec<&str> = dataset.skills.essential().collect();
    let mut items = vec![format!(
        "For every machine learning role, as the article names them ({}): {}",
        Cmd("mlcareers skills"),
        essential.join(", ")
    )];
    for need in &profile.own_skills {
        // Derived from the article's own text, or from a publisher outside it (O*NET), said so.
        let label = need.publisher.map_or_else(|| "derived".to_owned(), |p| format!("derived from {p}"));
        items.push(format!("{} ({label}): {}", need.skill, need.reason.unwrap_or_default()));
    }
    // Where the skills from outside the article come from, with the address, as BLS figures have.
    let mut outside: Vec<&crate::model::OutsideSource> = Vec::new();
    for need in &profile.own_skills {
        if let Some(source) = dataset.outside.source(need.source)
            && !outside.iter().any(|known| known.id == source.id)
        {
            outside.push(source);
        }
    }
    for source in outside {
        items.push(format!(
            "Source of the skills derived from {}: {}, {}",
            source.publisher, source.title, source.address
        ));
    }
    Block::list("Skills", items)
}

/// The BLS figures for the role's occupation, labelled as outside figures, or why there are none.
fn outside_blocks(dataset: &Dataset, profile: &RoleProfile) -> Vec<Block> {
    let outside = &dataset.outside;
    let Some(occupation) = &profile.occupation else {
        let unmapped = outside.unmapped.roles.iter().any(|id| id == profile.role.id);
        let text = if unmapped {
            outside.unmapped.text.to_string()
        } else {
            "No outside figures are on record for this role.".to_owned()
        };
        return vec![Block::paragraph(format!("Outside reference: none. {text}"))];
    };
    let items = occupation
        .figures
        .iter()
        .map(|figure| {
            let address = outside.source(figure.source).map_or("", |source| source.address.as_str());
            let address = Address(address);
            format!("{}: {} ({}; {}; {address})", figure.figure, figure.value, figure.period, figure.read)
        })
        .collect::<Vec<String>>();
    let notes = outside.notes.iter().map(|note| note.text.as_str()).collect::<Vec<_>>().join(" ");
    vec![
        Block::list(
            format!("Outside reference: BLS {} ({}), not by experience level", occupation.title, occupation.id),
            items,
        ),
        Block::paragraph(format!("{} {notes} ({})", occupation.mapping, Cmd("mlcareers sources"))),
    ]
}

/// A record that shows a role's page: its row, its own skills and its occupation.
pub(super) trait HasProfile {
    fn profile(&self) -> &RoleProfile<'_>;
}

impl HasProfile for RoleProfile<'_> {
    fn profile(&self) -> &RoleProfile<'_> {
        self
    }
}

impl<R: HasProfile> HasRole for R {
    fn role(&self) -> Cow<'_, RoleRecord<'_>> {
        Cow::Borrowed(&self.profile().role)
    }
}

/// The columns of a role's page, for any record that shows one: the row's.
pub(super) fn profile_columns<R: HasProfile>() -> Vec<Column<R>> {
    role_columns()
}

crate::render::records! {
    "role-page" => RolePage<'_>, RoleProfile<'_>;
}

impl Tabular for RoleProfile<'_> {
    fn columns() -> Vec<Column<Self>> {
        profile_columns()
    }
}

impl HasProfile for RolePage<'_> {
    fn profile(&self) -> &RoleProfile<'_> {
        &self.profile
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::One(schema::record::<RolePage>())]
}
