//! `mlcareers industries`: sectors that use machine learning, employers that hire, applications.

use anyhow::Result;

use super::{Ctx, Outcome, quote, source_notes, texts};
use crate::model::Industry;
use crate::query::words::{is_stopword, query_words, similarity};
use crate::render::{self, Column, Listing, Tabular};

/// Every entry, or those `name` fits (its words are words of the entry's name or uses).
pub fn run(ctx: &mut Ctx, name: Option<&str>) -> Result<Outcome> {
    let industries = &ctx.dataset.industries;
    let wanted: Vec<String> =
        name.map(query_words).unwrap_or_default().into_iter().filter(|word| !is_stopword(word)).collect();
    let fits = |entry: &&Industry| {
        let words: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.uses)
            .flat_map(|text| crate::query::words::words(text))
            .collect();
        wanted.iter().all(|want| words.iter().any(|word| similarity(want, word) >= 0.7))
    };
    let mut records: Vec<&Industry> = industries.entries.iter().filter(fits).collect();
    // Sectors first, then employers, then applications; article order within each (stable sort).
    records.sort_by_key(|entry| entry.kind);
    let mut notes = texts(&industries.notes);
    notes.extend(source_notes(ctx.dataset, industries.sources()));
    let empty_note = match name {
        Some(name) => format!(
            "no industry, employer or application matches '{}' (see mlcareers industries)",
            quote(name)
        ),
        None => "the dataset lists no industries".to_owned(),
    };
    ctx.list(&Listing::new(&records, notes, empty_note))
}

crate::render::records! {
    "industry" => &Industry, Industry;
}

impl Tabular for &Industry {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Kind", |entry: &Self| entry.kind.id().to_owned()),
            Column::new("Name", |entry: &Self| entry.name.to_string()),
            Column::new("Uses machine learning for", |entry: &Self| render::join(&entry.uses)),
        ]
    }
}
