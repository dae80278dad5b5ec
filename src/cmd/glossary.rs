//! `mlcareers glossary [TERM]`: the abbreviations the article and its sources use, and what each
//! stands for (derived: the article spells none of them out).

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Outcome, quote};
use crate::model::Abbreviation;
use crate::query::refs::abbreviation_ids;
use crate::query::words::normalize;
use crate::render::schema::{self, Shape};
use crate::render::{Column, Listing, Tabular, Cmd};
use super::{Command, joined, split_words};

/// What `glossary` is asked: the abbreviations and what they stand for, or the one `term` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glossary {
    pub term: Option<String>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// One abbreviation or its meaning: ml, "natural language processing"
    term: Vec<String>,
}

impl Command for Glossary {
    const NAME: &'static str = "glossary";
    const SUMMARY: &'static str =
        "The abbreviations the article and its sources use (ML, NLP, BLS), and what each stands for";
    const EXAMPLES: &'static [&'static str] = &["glossary"];
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Glossary { term: joined(&args.term) }
    }

    fn arguments(&self) -> Vec<String> {
        std::iter::once(Self::NAME.to_owned()).chain(self.term.as_deref().map(split_words).unwrap_or_default()).collect()
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, self.term.as_deref())
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

pub fn run(ctx: &mut Ctx, term: Option<&str>) -> Result<Outcome> {
    let all = &ctx.dataset().vocabulary.abbreviations;
    let wanted = term.map(normalize);
    let records: Vec<GlossaryRecord> = all
        .iter()
        .zip(abbreviation_ids(all))
        .filter(|(entry, _)| {
            wanted.as_ref().is_none_or(|wanted| {
                normalize(&entry.abbreviation) == *wanted || normalize(&entry.meaning) == *wanted
            })
        })
        .map(|(entry, id)| GlossaryRecord { id, entry })
        .collect();
    let notes = vec![format!(
        "Meanings are derived: each is the common reading of an abbreviation the article or its outside \
         sources use, with its reason (in --format json too). Search for any of them with: {}",
        Cmd("mlcareers search TERM")
    )];
    let empty_note = match term {
        Some(term) => format!(
            "no abbreviation '{}' in the glossary; mlcareers glossary lists them, mlcareers search {} looks everywhere",
            quote(term),
            quote(term)
        ),
        None => "the dataset lists no abbreviations".to_owned(),
    };
    ctx.list(&Listing::new(&records, notes, empty_note))
}

/// An abbreviation as programs get it: an `id`, as every entry has, then its own fields.
#[derive(Debug, Serialize, JsonSchema)]
struct GlossaryRecord<'a> {
    /// The abbreviation as a slug (`nlp`), unique in the glossary.
    id: String,
    #[serde(flatten)]
    entry: &'a Abbreviation,
}

crate::render::records! {
    "abbreviation" => GlossaryRecord<'_>;
}

impl Tabular for GlossaryRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Abbreviation", |record: &Self| record.entry.abbreviation.to_string()),
            Column::new("Stands for (derived)", |record: &Self| record.entry.meaning.to_string()),
            Column::new("Why", |record: &Self| record.entry.reason.to_string()),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<GlossaryRecord>())]
}
