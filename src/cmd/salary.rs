//! `mlcareers salary [--level L]`: Table 2, the open-ended top shown as `$220,000+`.

use anyhow::Result;

use super::{Ctx, Outcome, joined, nothing_at, source_notes, texts};
use crate::model::{Dataset, Level};
use crate::query::salary::{self, BandRecord};
use crate::render::{Bar, Block, Chart, Document, Listing, Tabular, usd, usd_range};

pub fn run(ctx: &mut Ctx, levels: &[Level], chart: bool) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let records = salary::list(dataset, levels);
    let mut notes = texts(&dataset.salary.notes);
    if let Some(open) = records.iter().find(|band| band.open_ended) {
        notes.push(format!(
            "{}+ is open-ended: the article gives no upper figure for {}.",
            usd(open.max_usd),
            open.title.to_lowercase(),
        ));
    }
    notes.push(dataset.article.provenance.clone());
    notes.extend(source_notes(dataset, records.iter().map(|band| band.source)));
    let empty_note = nothing_at("no salary band", levels);
    let listing = Listing { records: &records, notes, empty_note };
    if !chart {
        return ctx.list(&listing);
    }
    let bars = records.iter().map(|band| band_bar(band.title, band.min_usd, band.max_usd, band.open_ended));
    let mut blocks = vec![Block::Chart(chart_of(dataset, bars.collect()))];
    blocks.extend(listing.notes.iter().cloned().map(Block::Paragraph));
    let doc = Document { title: "Annual salary ranges by experience level (USD)".to_owned(), blocks };
    ctx.document_or_list(&doc, &listing)
}

/// A chart on the scale of every band in the dataset, so any selection reads against the same axis.
pub(super) fn chart_of(dataset: &Dataset, bars: Vec<Bar>) -> Chart {
    let highest = dataset.salary.bands.iter().map(|band| band.max_usd).max().unwrap_or(0);
    Chart::new(bars, highest)
}

pub(super) fn band_bar(label: &str, min: u64, max: u64, open_ended: bool) -> Bar {
    Bar { label: label.to_owned(), min, max, open_ended }
}

impl Tabular for BandRecord<'_> {
    const HEADERS: &'static [&'static str] = &["Level", "Annual salary (USD)", "Roles open at this level"];
    const CSV_HEADERS: &'static [&'static str] =
        &["level", "title", "min_usd", "max_usd", "open_ended", "roles", "source"];

    fn cells(&self) -> Vec<String> {
        let roles: Vec<&str> = self.roles.iter().map(|role| role.title).collect();
        vec![
            self.title.to_owned(),
            usd_range(self.min_usd, self.max_usd, self.open_ended),
            joined(&roles, ", "),
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let roles: Vec<&str> = self.roles.iter().map(|role| role.id).collect();
        vec![
            self.level.id().to_owned(),
            self.title.to_owned(),
            self.min_usd.to_string(),
            self.max_usd.to_string(),
            self.open_ended.to_string(),
            joined(&roles, ";"),
            self.source.to_owned(),
        ]
    }
}
