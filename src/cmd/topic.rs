//! `mlcareers WORDS...`: words typed straight after the program name. They open the guide
//! section or the role they name; otherwise they are a question, answered by the FAQ entry that
//! clearly fits it, else by the search results.

use anyhow::{Context, Result};

use super::{Ctx, Outcome, command, faq, guide, quote, role, search};
use crate::query::Target;
use crate::query::faq::clear_winner;
use crate::query::lookup::{self, Lookup};

/// How many search results a question shows, as `search` does by default.
const RESULTS: usize = 10;

pub fn run(ctx: &mut Ctx, words: &str) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let section = match lookup::find(words, &dataset.guide) {
        Lookup::Found(section) => Some(section),
        _ => None,
    };
    let named_role = match lookup::find(words, &dataset.roles) {
        Lookup::Found(role) => Some(role),
        _ => None,
    };
    if let Some(section) = section {
        if let Some(other) = named_role {
            // The section wins; the role it also names is one command away, and this says which.
            writeln!(
                ctx.err,
                "note: '{}' also names the role {}: {}",
                crate::render::escape_controls(&quote(words)),
                crate::render::escape_controls(&other.title),
                command(Target::Role(&other.id))
            )
            .context("cannot write notes")?;
        }
        return guide::run(ctx, Some(&section.id));
    }
    if let Some(found) = named_role {
        return role::run(ctx, &found.id);
    }
    if let Some(entry) = clear_winner(words, &dataset.faq) {
        return faq::run(ctx, Some(&entry.number.to_string()));
    }
    search::run(ctx, words, Some(RESULTS))
}
