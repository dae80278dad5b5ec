//! `mlcareers WORDS...`: words typed straight after the program name. They open the guide
//! section or the role they name, or what a word of the data's vocabulary counts as (`junior`:
//! the roles open at Entry Level; `pytorch`: the skills); otherwise they are a question, answered by the FAQ entry that
//! clearly fits it, else by the search results.

use anyhow::{Context, Result};

use super::{Ctx, Outcome, command, faq, guide, quote, role, roles, search, skills};
use crate::query::Target;
use crate::query::faq::clear_winner;
use crate::query::lookup::{self, Lookup};
use crate::query::skills::Reading;
use crate::query::words::normalize;

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
    // A word of the data's own vocabulary answers with what it counts as.
    let typed = normalize(words);
    if let Some(known) = dataset.vocabulary.level_words.iter().find(|known| normalize(&known.word) == typed) {
        ctx.readings.push(format!(
            "{} reads as {} (derived: {}); these are the roles open at it, and its band is at {}",
            words.trim(),
            dataset.level_title(known.level),
            known.reason,
            command(Target::Salary(Some(known.level)))
        ));
        return roles::run(ctx, &[known.level]);
    }
    if let Reading::Counted { alias, skills: counted } = crate::query::skills::read(dataset, words) {
        let example =
            if alias.alias.contains(' ') { format!("\"{}\"", alias.alias) } else { alias.alias.clone() };
        ctx.readings.push(format!(
            "{} counts as {}{} (derived: {}) Rank the roles by your skills with: mlcareers match --skills {}",
            alias.alias,
            alias.skill,
            if counted.len() > 1 { format!(" ({})", counted.join(", ")) } else { String::new() },
            alias.reason,
            example.to_lowercase()
        ));
        return skills::run(ctx);
    }
    if let Some(entry) = clear_winner(words, &dataset.faq) {
        return faq::run(ctx, Some(&entry.number.to_string()));
    }
    search::run(ctx, words, Some(RESULTS))
}
