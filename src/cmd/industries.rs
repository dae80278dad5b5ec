//! `mlcareers industries`: sectors that use machine learning, employers that hire, applications.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Outcome, quote, source_notes, texts};
use crate::model::{Industry, IndustryKind, Text};
use crate::query::refs::industry_ids;
use crate::query::words::{is_stopword, query_words, similarity};
use crate::render::{self, Column, Listing, Tabular};
use super::{Command, joined, split_words};
use crate::render::schema::{self, Shape};

/// What `industries` is asked: sectors, employers and applications; those `name` fits when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Industries {
    pub name: Option<String>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    /// Only the entries these words fit: finance, healthcare, fraud
    #[arg(value_name = "NAME")]
    name: Vec<String>,
}

impl Command for Industries {
    const NAME: &'static str = "industries";
    const SUMMARY: &'static str =
        "List industries that use machine learning, employers that hire, and applications";
    const EXAMPLES: &'static [&'static str] = &["industries"];
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Industries { name: joined(&args.name) }
    }

    /// `industries for machine learning`, `industries that hire nlp engineers`: words of a
    /// question, not names of an industry.
    fn asks_in_words(args: &Args) -> bool {
        args.name.iter().any(|word| {
            ["for", "in", "that", "which", "who", "hire", "hires", "hiring", "use", "uses", "using", "with"]
                .contains(&word.to_lowercase().as_str())
        })
    }

    fn arguments(&self) -> Vec<String> {
        std::iter::once(Self::NAME.to_owned()).chain(self.name.as_deref().map(split_words).unwrap_or_default()).collect()
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, self.name.as_deref())
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<IndustryRecord>())]
    }
}

/// Every entry, or those `name` fits (its words are words of the entry's name or uses).
pub fn run(ctx: &mut Ctx, name: Option<&str>) -> Result<Outcome> {
    let industries = &ctx.dataset().industries;
    let wanted: Vec<String> =
        name.map(query_words).unwrap_or_default().into_iter().filter(|word| !is_stopword(word)).collect();
    let fits = |entry: &&Industry| {
        let words: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.uses)
            .flat_map(|text| crate::query::words::words(text))
            .collect();
        wanted.iter().all(|want| words.iter().any(|word| similarity(want, word) >= 0.7))
    };
    let ids = industry_ids(&industries.entries);
    let mut records: Vec<IndustryRecord> = industries
        .entries
        .iter()
        .zip(ids)
        .filter(|(entry, _)| fits(entry))
        .map(|(entry, id)| IndustryRecord {
            id,
            kind: entry.kind,
            title: &entry.name,
            uses: &entry.uses,
            source: &entry.source,
        })
        .collect();
    // Sectors first, then employers, then applications; article order within each (stable sort).
    records.sort_by_key(|record| record.kind);
    let mut notes = texts(&industries.notes);
    notes.extend(source_notes(ctx.dataset(), industries.sources()));
    let empty_note = match name {
        Some(name) => format!(
            "no industry, employer or application matches '{}' (see mlcareers industries)",
            quote(name)
        ),
        None => "the dataset lists no industries".to_owned(),
    };
    ctx.list(&Listing::new(&records, notes, empty_note))
}

/// An industry, employer or application as programs get it: an `id` and a `title`, as every entry has.
#[derive(Debug, Serialize, JsonSchema)]
pub(super) struct IndustryRecord<'a> {
    /// The name as a slug (`recommendation-engines`), unique in the list: what a search hit joins on.
    id: String,
    kind: IndustryKind,
    /// The name the article gives it.
    title: &'a str,
    /// What the article says the sector uses machine learning for (may be empty).
    uses: &'a [Text],
    source: &'a str,
}

crate::render::records! {
    "industry" => IndustryRecord<'_>;
}

impl Tabular for IndustryRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Kind", |entry: &Self| entry.kind.id().to_owned()),
            Column::new("Name", |entry: &Self| entry.title.to_owned()),
            Column::new("Uses machine learning for", |entry: &Self| render::join(entry.uses)),
        ]
    }
}
