//! `mlcareers guide [SECTION]`: the article's sections, or one of them in full.

use anyhow::Result;

use super::{Ctx, Outcome, command, resolve};
use crate::model::{Dataset, Section};
use crate::query::Target;
use crate::render::{Block, Column, Document, Listing, People, Records, Tabular, Cmd, Money};
use super::{Command, flag, joined, split_words};
use crate::render::schema::{self, Shape};

/// What `guide` is asked: the article's sections, the one `section` names, or all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub section: Option<String>,
    /// The whole article, section after section.
    pub all: bool,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// Section id, title or a unique part of either: challenges, outlook, "How to Prepare"
    section: Vec<String>,
    /// The whole article in order: every section, its tables and its questions (markdown for pandoc)
    #[arg(long, conflicts_with = "section")]
    all: bool,
}

impl Command for Guide {
    const NAME: &'static str = "guide";
    const SUMMARY: &'static str = "List the article's sections, or read one wrapped to the terminal";
    const EXAMPLES: &'static [&'static str] = &["guide", "guide future-outlook"];
    const NOTHING: Option<&'static str> = Some("guide zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Guide { section: joined(&args.section), all: args.all }
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned()];
        args.extend(flag("--all", self.all));
        args.extend(self.section.as_deref().map(split_words).unwrap_or_default());
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, self.section.as_deref(), self.all)
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<Section>()), Shape::One(schema::record::<Section>())]
    }
}

pub fn run(ctx: &mut Ctx, section: Option<&str>, all: bool) -> Result<Outcome> {
    let dataset = ctx.dataset();
    if all {
        return whole(ctx);
    }
    let Some(query) = section else {
        let notes = vec![format!(
            "Read one with: {} (for example: {})",
            Cmd("mlcareers guide SECTION"),
            Cmd("mlcareers guide outlook")
        )];
        let empty_note = "the dataset has no sections".to_owned();
        return ctx.list(&Listing::new(&dataset.guide, notes, empty_note));
    };
    let section = resolve("section", query, &dataset.guide, "mlcareers guide")?;
    let mut blocks: Vec<Block> =
        section.paragraphs.iter().map(|paragraph| Block::paragraph(paragraph.to_string())).collect();
    if !section.tables.is_empty() {
        blocks.push(Block::list("Tables in this section".to_owned(), section.tables.iter().map(ToString::to_string)));
    }
    let related = related_commands(dataset, &section.id);
    if !related.is_empty() {
        blocks.push(Block::list("See also".to_owned(), related));
    }
    let doc = Document { title: section.title.to_string(), blocks };
    ctx.page(section, &doc)
}

/// The whole article in order: each section with its paragraphs, its tables (Table 1's roles,
/// Table 2's bands) and the questions filed under it with their answers. Programs get every
/// section's record, as `guide` lists them.
fn whole(ctx: &mut Ctx) -> Result<Outcome> {
    let dataset = ctx.dataset();
    if dataset.guide.is_empty() {
        return ctx.list(&Listing::new(&dataset.guide, Vec::<String>::new(), "the dataset has no sections".to_owned()));
    }
    let mut pages = vec![Document {
        title: dataset.article.title.to_string(),
        blocks: vec![Block::paragraph(dataset.article.provenance.to_string())],
    }];
    for section in &dataset.guide {
        let mut blocks: Vec<Block> =
            section.paragraphs.iter().map(|paragraph| Block::paragraph(paragraph.to_string())).collect();
        for table in &section.tables {
            let roles = dataset.roles.iter().filter(|role| role.source == section.id);
            let mut items: Vec<String> = roles
                .map(|role| format!("{}: {} ({})", role.title, role.responsibilities, role.experience()))
                .collect();
            let bands = dataset.salary.bands.iter().filter(|band| band.source == section.id);
            items.extend(
                bands.map(|band| format!("{}: {} a year", dataset.level_title(band.level), Money(&band.range()))),
            );
            blocks.push(Block::list(table.to_string(), items));
        }
        for faq in dataset.faq.iter().filter(|faq| faq.source == section.id) {
            blocks.push(Block::paragraph(faq.question.to_string()));
            blocks.extend(faq.answer.split("\n\n").map(|paragraph| Block::paragraph(paragraph.to_owned())));
        }
        pages.push(Document { title: section.title.to_string(), blocks });
    }
    ctx.show(Records::List(&dataset.guide), People::<Section>::Pages(&pages))
}

/// The commands that show records taken from `section`, in the order the commands are listed.
fn related_commands(dataset: &Dataset, section: &str) -> Vec<String> {
    let views = [
        (Target::Roles, dataset.roles.iter().map(|role| role.source.as_str()).collect()),
        (Target::Salary(None), dataset.salary.sources()),
        (Target::Skills, dataset.skills.sources()),
        (Target::Education, dataset.education.sources()),
        (Target::Industries, dataset.industries.sources()),
    ];
    let mut commands: Vec<String> = views
        .into_iter()
        .filter(|(_, sources): &(_, Vec<&str>)| sources.contains(&section))
        .map(|(target, _)| Cmd(&command(target)).to_string())
        .collect();
    let questions = dataset.faq.iter().filter(|faq| faq.source == section);
    commands.extend(questions.map(|faq| format!("{}: {}", Cmd(&command(Target::Faq(faq.number))), faq.question)));
    commands
}

crate::render::records! {
    "guide-section" => Section;
}

impl Tabular for Section {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Section", |section: &Self| section.id.to_string()),
            Column::new("Title", |section: &Self| section.title.to_string()),
        ]
    }
}
