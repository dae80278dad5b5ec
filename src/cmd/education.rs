//! `mlcareers education`: degree fields, further study, and the alternatives beside them.

use anyhow::Result;

use super::{Ctx, Outcome, command, source_line, texts};
use crate::model::Pathway;
use crate::query::Target;
use crate::render::{self, Column, Listing, Tabular, Cmd};
use super::Command;
use crate::render::schema::{self, Shape};

/// What `education` is asked: degree fields, further study and the alternatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Education;

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {}

impl Command for Education {
    const NAME: &'static str = "education";
    const SUMMARY: &'static str =
        "List education and learning pathways: degrees, further study and alternatives";
    const EXAMPLES: &'static [&'static str] = &["education"];
    type Args = Args;

    fn from_args(_: Args) -> Self {
        Education
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned()]
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx)
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<Pathway>())]
    }
}

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let education = &ctx.dataset().education;
    let mut notes = texts(&education.notes);
    // The questions the article files under education are answered here whole: the degree
    // question is what most people who open this page want answered.
    let cited: Vec<&str> = education.sources();
    for faq in ctx.dataset().faq.iter().filter(|faq| cited.contains(&faq.source.as_str())) {
        notes.push(format!("{} {} ({})", faq.question, faq.answer, Cmd(&command(Target::Faq(faq.number)))));
    }
    notes.extend(source_line(ctx.dataset(), &cited));
    let empty_note = "the dataset lists no education pathways".to_owned();
    ctx.list(&Listing::new(&education.pathways, notes, empty_note))
}

crate::render::records! {
    "pathway" => Pathway;
}

impl Tabular for Pathway {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Pathway", |pathway: &Self| pathway.title.to_string()),
            Column::new("Kind", |pathway: &Self| pathway.kind.id().to_owned()),
            Column::new("Options", |pathway: &Self| render::join(&pathway.options)),
            Column::new("The article says", |pathway: &Self| pathway.detail.to_string()),
        ]
    }
}
