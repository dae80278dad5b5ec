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
use crate::query::words::{is_stopword, normalize, query_words, similarity};
use crate::render;

/// How many search results a question shows, as `search` does by default.
const RESULTS: usize = 10;

pub fn run(ctx: &mut Ctx, words: &str) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let section = match lookup::named(words, &dataset.guide) {
        Lookup::Found(section) => Some(section),
        _ => None,
    };
    let named_role = match lookup::named(words, &dataset.roles) {
        Lookup::Found(role) => Some(role),
        _ => None,
    };
    if let Some(section) = section {
        if let Some(other) = named_role {
            // The section wins; the role it also names is one command away, and this says which.
            writeln!(
                ctx.err,
                "note: '{}' also names the role {}: {}",
                quote(words),
                quote(&other.title),
                command(Target::Role(&other.id))
            )
            .context("cannot write notes")?;
        }
        return guide::run(ctx, Some(&section.id));
    }
    // Words of the article's own title (`machine learning`, `ml`, `jobs`) name what the whole
    // article is about, not one role: they ask the question whose words are all such words (the
    // article's "What are machine learning jobs?"), else they are searched for.
    let title_words = crate::query::words::words(&dataset.article.title);
    let general = |words: &[String]| {
        let wanted: Vec<&String> = words.iter().filter(|word| !is_stopword(word)).collect();
        !wanted.is_empty()
            && wanted.iter().all(|word| title_words.iter().any(|title| similarity(word, title) > 0.0))
    };
    if general(&query_words(words)) {
        if let Some(entry) = dataset.faq.iter().find(|faq| general(&query_words(&faq.question))) {
            return faq::run(ctx, Some(&entry.number.to_string()));
        }
        return search::run(ctx, words, Some(RESULTS));
    }
    if let Some(found) = named_role {
        return role::run(ctx, &found.id);
    }
    // A word of the data's own vocabulary answers with what it counts as.
    let typed = normalize(words);
    if let Some(known) = dataset.vocabulary.level_words.iter().find(|known| normalize(&known.word) == typed) {
        ctx.readings.push(format!(
            "{} reads as {} (derived: {}); these are the roles open at it, and its band is at {}",
            quote(words.trim()),
            quote(dataset.level_title(known.level)),
            known.reason,
            command(Target::Salary(Some(known.level)))
        ));
        return roles::run(ctx, &[known.level]);
    }
    if let Some(Reading::Counted { alias, skills: counted }) =
        crate::query::skills::read_exactly(dataset, words)
    {
        let example =
            if alias.alias.contains(' ') { format!("\"{}\"", alias.alias) } else { alias.alias.to_string() };
        ctx.readings.push(format!(
            "{} counts as {}{} (derived: {}) Rank the roles by your skills with: mlcareers match --skills {}",
            quote(&alias.alias),
            quote(&alias.skill),
            if counted.len() > 1 { format!(" ({})", render::shown_list(&counted)) } else { String::new() },
            alias.reason,
            example.to_lowercase()
        ));
        return skills::run(ctx);
    }
    if let Some(entry) = clear_winner(words, &dataset.faq, ctx.baked) {
        return faq::run(ctx, Some(&entry.number.to_string()));
    }
    search::run(ctx, words, Some(RESULTS))
}
