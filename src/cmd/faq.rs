//! `mlcareers faq [QUERY]`: the numbered questions, or the answer QUERY asks for.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Outcome, negative, plural, quote, related_questions, source_line};
use crate::model;
use crate::query::faq;
use crate::query::lookup::Lookup;
use crate::query::search::Searcher;
use crate::render::{Block, Column, Document, Listing, Tabular, Cmd};
use super::{Command, joined, split_words};
use crate::cli::non_blank;
use crate::render::schema::{self, Shape};

/// What `faq` is asked: the questions, or the answer that `query` (a number or words) asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faq {
    pub query: Option<String>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// A question number (3) or words from it (degree, "biggest challenge")
    #[arg(value_parser = non_blank)]
    query: Vec<String>,
}

impl Command for Faq {
    const NAME: &'static str = "faq";
    const SUMMARY: &'static str = "List the frequently asked questions, or answer one";
    const EXAMPLES: &'static [&'static str] = &["faq", "faq degree"];
    const NOTHING: Option<&'static str> = Some("faq zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Faq { query: joined(&args.query) }
    }

    fn arguments(&self) -> Vec<String> {
        std::iter::once(Self::NAME.to_owned()).chain(self.query.as_deref().map(split_words).unwrap_or_default()).collect()
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, self.query.as_deref())
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<FaqRecord>()), Shape::One(schema::record::<FaqRecord>())]
    }
}

pub fn run(ctx: &mut Ctx, query: Option<&str>) -> Result<Outcome> {
    let dataset = ctx.dataset();
    let Some(query) = query else {
        let notes = vec![format!(
            "Read an answer with: {} or {} (for example: {})",
            Cmd("mlcareers faq NUMBER"),
            Cmd("mlcareers faq WORDS"),
            Cmd("mlcareers faq degree")
        )];
        let empty_note = "the dataset has no questions".to_owned();
        let records: Vec<FaqRecord> = dataset.faq.iter().map(FaqRecord::from).collect();
        return ctx.list(&Listing::new(&records, notes, empty_note));
    };
    let entry = match faq::find(query, &dataset.faq, ctx.baked) {
        Lookup::Found(entry) => entry,
        Lookup::Ambiguous(_) | Lookup::NotFound { .. } if query.trim().parse::<u32>().is_ok() => {
            return Err(negative(format!(
                "no question number {}; there are {} (see mlcareers faq)",
                query.trim(),
                dataset.faq.len()
            )));
        }
        Lookup::NotFound { closest: Some(closest) } => {
            return Err(negative(format!(
                "no question matches '{}'; did you mean '{}' (mlcareers faq {})?",
                quote(query),
                quote(&closest.question),
                closest.number
            )));
        }
        Lookup::Ambiguous(_) | Lookup::NotFound { closest: None } => {
            let (_, elsewhere) = Searcher::new(dataset, ctx.baked).search(query, Some(0));
            if elsewhere > 0 {
                return Err(negative(format!(
                    "no question matches '{}'; mlcareers search {} finds {}",
                    quote(query),
                    quote(query),
                    plural(elsewhere, "other entry", "other entries")
                )));
            }
            return Err(negative(format!(
                "no question matches '{}' (see mlcareers faq for the list)",
                quote(query)
            )));
        }
    };
    let mut blocks: Vec<Block> =
        entry.answer.split("\n\n").map(|paragraph| Block::paragraph(paragraph.to_owned())).collect();
    let cited = [entry.source.as_str()];
    let notes = source_line(dataset, &cited).into_iter().chain(related_questions(
        dataset,
        &cited,
        Some(entry.number),
    ));
    blocks.extend(notes.map(Block::paragraph));
    let doc = Document { title: format!("{}. {}", entry.number, entry.question), blocks };
    ctx.page(&FaqRecord::from(entry), &doc)
}

/// A question as programs get it: its `id` (its number as text, as a search hit's `id` has it),
/// then the question's own fields.
#[derive(Debug, Serialize, JsonSchema)]
pub(super) struct FaqRecord<'a> {
    /// The question's number as text (`"3"`): what a search hit of kind `faq` joins on.
    id: String,
    #[serde(flatten)]
    faq: &'a model::Faq,
}

impl<'a> From<&'a model::Faq> for FaqRecord<'a> {
    fn from(faq: &'a model::Faq) -> Self {
        FaqRecord { id: faq.number.to_string(), faq }
    }
}

crate::render::records! {
    "faq" => FaqRecord<'_>;
}

impl Tabular for FaqRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("#", |record: &Self| record.faq.number.to_string()),
            Column::new("Question", |record: &Self| record.faq.question.to_string()),
        ]
    }
}
