//! `mlcareers sources`: every source the dataset uses, with period, address and what rests on it.

use anyhow::Result;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Outcome};
use crate::query::sources::{self, Use};
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Listing, Tabular, Cmd};
use super::Command;

/// What `sources` is asked: every source the dataset uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources;

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {}

impl Command for Sources {
    const NAME: &'static str = "sources";
    const SUMMARY: &'static str =
        "List every source the data comes from: the article, and BLS and O*NET pages with their periods";
    const EXAMPLES: &'static [&'static str] = &["sources"];
    type Args = Args;

    fn from_args(_: Args) -> Self {
        Sources
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned()]
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

/// A source as every format shows it.
#[derive(Debug, Serialize, JsonSchema)]
struct SourceRecord<'a> {
    id: &'a str,
    /// Who published it, or `null` when the source does not say (the article).
    publisher: Option<&'a str>,
    title: &'a str,
    /// The periods of the figures taken from it, oldest first; empty when it gives none.
    periods: Vec<&'a str>,
    address: Option<&'a str>,
    /// What in the dataset rests on it, in words.
    used_for: Vec<String>,
}

pub fn run(ctx: &mut Ctx) -> Result<Outcome> {
    let dataset = ctx.dataset();
    let records: Vec<SourceRecord> = sources::list(dataset)
        .into_iter()
        .map(|source| SourceRecord {
            id: source.id,
            publisher: source.publisher,
            title: source.title,
            periods: source.periods,
            address: source.address,
            used_for: source.used_for.iter().map(say).collect(),
        })
        .collect();
    let mut notes = vec![dataset.article.provenance.to_string()];
    notes.extend(dataset.outside.notes.iter().map(|note| note.text.to_string()));
    notes.push(format!(
        "Figures read \"as quoted from BLS by third-party career sites\" were not read on the BLS page \
         itself; role pages say which is which ({}).",
        Cmd("mlcareers role data-scientist")
    ));
    let empty_note = "the dataset names no sources".to_owned();
    ctx.list(&Listing::new(&records, notes, empty_note))
}

/// What rests on a source, in words: "BLS Data Scientists (15-2051): median pay (May 2024)".
fn say(used: &Use) -> String {
    match used {
        Use::Everything => {
            "Every role, salary band, skill, pathway, industry, question and guide section".to_owned()
        }
        Use::Figures { occupation, figures } => {
            let names: Vec<String> = figures
                .iter()
                .map(|figure| format!("{} ({})", figure.figure.to_lowercase(), figure.period))
                .collect();
            format!("BLS {} ({}): {}", occupation.title, occupation.soc, names.join(", "))
        }
        Use::DerivedSkills { roles, skills } => {
            format!("Skills derived for {}: {}", roles.join(", "), skills.join(", "))
        }
        Use::Note(text) => text.trim_end_matches('.').to_owned(),
    }
}

crate::render::records! {
    "source" => SourceRecord<'_>;
}

impl Tabular for SourceRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Source", |source: &Self| match source.publisher {
                Some(publisher) => format!("{publisher}: {}", source.title),
                None => format!("\"{}\" (publisher not named)", source.title),
            }),
            Column::new("Period", |source: &Self| {
                if source.periods.is_empty() { "not given".to_owned() } else { render::join(&source.periods) }
            }),
            Column::new("Address", |source: &Self| source.address.unwrap_or("not given").to_owned()),
            Column::new("Used for", |source: &Self| source.used_for.join("; ")),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<SourceRecord>())]
}
