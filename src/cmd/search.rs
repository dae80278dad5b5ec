//! `mlcareers search QUERY`: everything that matches, best first, with the command that opens it.

use anyhow::Result;

use super::{Ctx, Outcome, plural, quote};
use crate::query::search::{Hit, Searcher};
use crate::render::{Listing, Tabular};

pub fn run(ctx: &mut Ctx, query: &str, limit: Option<usize>) -> Result<Outcome> {
    let searcher = Searcher::new(ctx.dataset);
    let (hits, found) = searcher.search(query, limit);
    let mut empty_note = format!("nothing matches '{}'", quote(query));
    // Only a search that found nothing looks for a suggestion (it compares every word in the data).
    if found == 0 {
        match searcher.suggest(query) {
            Some(suggestion) => empty_note.push_str(&format!("; did you mean '{suggestion}'?")),
            None => empty_note.push_str("; browse with mlcareers guide"),
        }
    }
    let shown = if hits.len() < found {
        format!("The best {} of {found} shown (--limit 0 shows all)", hits.len())
    } else {
        format!("{} found, best first", plural(found, "entry", "entries"))
    };
    let notes = vec![format!("{shown}. Open any of them with the command beside it.")];
    ctx.list(&Listing { records: &hits, notes, empty_note })
}

impl Tabular for Hit {
    const HEADERS: &'static [&'static str] = &["Kind", "Title", "Entry", "Open with"];
    const CSV_HEADERS: &'static [&'static str] = &["kind", "title", "text", "score", "command", "source"];

    fn cells(&self) -> Vec<String> {
        vec![self.kind.to_owned(), self.title.clone(), self.text.clone(), self.command.clone()]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.kind.to_owned(),
            self.title.clone(),
            self.text.clone(),
            self.score.to_string(),
            self.command.clone(),
            self.source.clone(),
        ]
    }
}
