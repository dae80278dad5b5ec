//! `mlcareers search QUERY`: everything that matches, best first, with the command that opens it.

use std::fmt::Write as _;

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Ctx, Invocation, Outcome, excerpt, plural, quote};

/// A table shows this much of an entry at most; its command opens the whole of it.
const ENTRY_CHARS: usize = 100;
use crate::model::{Dataset, Occupation, Text};
use crate::query::search::{Found, Item, Searcher};
use crate::render::schema::{self, Shape};
use crate::render::{Cmd, Column, Format, Listing, People, Records, Tabular};
use super::{Command, option, split_words};
use crate::cli::non_blank;
use crate::manual::EXIT_NOTHING;

/// What `search` is asked: the entries matching `query`, best first: the first `limit` (0 for
/// all) when given; else all of them for programs and the best 10 for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub limit: Option<usize>,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(after_help = format!("Exit status {EXIT_NOTHING} when nothing matches, so scripts can test it."))]
pub struct Args {
    /// Words to look for; typos and word forms are forgiven: statstics, fraud, "do I need a degree"
    #[arg(required = true, num_args = 1.., value_parser = non_blank)]
    query: Vec<String>,
    #[arg(
        long,
        short = 'n',
        value_name = "N",
        help = format!(
            "At most this many entries, best first (0: every match). Default: 10 in {}, every match in {}",
            Format::listed(false),
            Format::listed(true)
        )
    )]
    limit: Option<usize>,
}

impl Command for Search {
    const NAME: &'static str = "search";
    const SUMMARY: &'static str =
        "Search roles, skills, education, industries, salary bands, FAQ and guide at once";
    const EXAMPLES: &'static [&'static str] = &["search python"];
    const NOTHING: Option<&'static str> = Some("search zzzz");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Search { query: args.query.join(" "), limit: args.limit }
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned()];
        args.extend(split_words(&self.query));
        args.extend(option("--limit", self.limit.map(|limit| limit.to_string()).as_deref()));
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.query, self.limit)
    }

    fn shapes() -> Vec<Shape> {
        schema()
    }
}

/// One search result: the entry in full and the command that opens it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
struct Hit {
    /// role, salary, skill, role-skill, education, industry, employer, application, faq, guide or bls.
    kind: &'static str,
    /// The entry's id within its kind, to join on, as the entry's own record has it: a role id, a
    /// level, a skill group id, a role id and the skill as a slug (`nlp-engineer/natural-language-processing`),
    /// a pathway id, an industry's id, a question's number as text, a section id, a SOC code. No
    /// two hits have the same kind and id.
    id: String,
    title: String,
    /// The whole entry; for a guide section, the paragraphs that match (the first when only its
    /// title does).
    text: String,
    /// Higher is better; only the order means something.
    score: f64,
    /// The command that opens the entry, runnable as it is (with `--data FILE` when one was read),
    /// and as a list of arguments.
    #[serde(flatten)]
    run: Invocation,
    source: String,
}

/// How many hits people see when they give no `--limit`.
const PEOPLE_LIMIT: usize = 10;

pub fn run(ctx: &mut Ctx, query: &str, limit: Option<usize>) -> Result<Outcome> {
    let searcher = Searcher::new(ctx.dataset(), ctx.baked);
    // `--limit 0` is every hit; no `--limit` is every hit for programs, the best 10 for people.
    let limit = match limit {
        Some(0) => None,
        Some(n) => Some(n),
        None if ctx.options.format.is_machine() => None,
        None => Some(PEOPLE_LIMIT),
    };
    let (found, total) = searcher.search(query, limit);
    // Another name typed (`pytorch`) finds what it counts as: the hits say why.
    for counted in searcher.counted(query) {
        ctx.read(format!(
            "{} counts as {} (derived: {})",
            quote(counted.name),
            quote(counted.counts_as),
            crate::render::escape_controls(counted.reason)
        ));
    }
    let industry_ids = crate::query::refs::industry_ids(&ctx.dataset().industries.entries);
    let mut hits: Vec<Hit> = found.iter().map(|found| hit(ctx, found, &industry_ids)).collect();
    unique_ids(&mut hits);
    let mut empty_note = format!("nothing matches '{}'", quote(query));
    // Only a search that found nothing looks for a suggestion (it compares every word in the data).
    if total == 0 {
        match searcher.suggest(query) {
            Some(suggestion) => _ = write!(empty_note, "; did you mean '{suggestion}'?"),
            None => empty_note.push_str("; browse with mlcareers guide"),
        }
    }
    let shown = if hits.len() < total {
        format!("The best {} of {total} shown (--limit 0 shows all)", hits.len())
    } else {
        format!("{} found, best first", plural(total, "entry", "entries"))
    };
    let notes = vec![format!("{shown}. Open any of them with the command under it.")];
    // The words typed, highlighted where an entry has them (in colour only); a word of one or
    // two letters would light up half the table.
    let marked: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() > 2)
        .map(str::to_ascii_lowercase)
        .collect();
    let listing = Listing::new(&hits, notes, empty_note);
    ctx.show(Records::List(&hits), People::Table(&listing, &marked))
}

/// What a hit shows of the entry it found.
fn hit(ctx: &Ctx, found: &Found, industry_ids: &[String]) -> Hit {
    let dataset = ctx.dataset();
    let (kind, title, text, source): (&'static str, String, String, &str) = match found.item {
        Item::Role(role) => {
            let mut text = format!("{}. Experience: {}.", role.responsibilities, role.experience());
            if let Some(salary) = crate::query::roles::derive_salary(dataset, &role.levels) {
                _ = write!(text, " Salary (derived from the level bands): {}.", salary.range);
            }
            ("role", role.title.to_string(), text, &role.source)
        }
        Item::Band(band) => {
            let title = dataset.level_title(band.level).to_owned();
            ("salary", title, format!("{} a year.", band.range()), &band.source)
        }
        Item::Group(group) => (
            "skill",
            group.title.to_string(),
            format!("{}. {}", group.skills.join(", "), group.why),
            &group.source,
        ),
        Item::Link(link) => {
            let title = format!("{} ({})", link.skill, dataset.role_title(&link.role));
            ("role-skill", title, format!("Derived: {}", link.reason), &link.source)
        }
        Item::Pathway(pathway) => {
            let text = format!("{}. {}", pathway.options.join(", "), pathway.detail);
            ("education", pathway.title.to_string(), text, &pathway.source)
        }
        Item::Industry(industry) => {
            let text = if industry.uses.is_empty() {
                sentence_naming(dataset, &industry.source, &industry.name)
            } else {
                format!("Uses machine learning for: {}.", industry.uses.join(", "))
            };
            (industry.kind.id(), industry.name.to_string(), text, &industry.source)
        }
        Item::Faq(faq) => ("faq", faq.question.to_string(), faq.answer.to_string(), &faq.source),
        Item::Section(section) => {
            let shown = if found.parts.is_empty() { &[0][..] } else { &found.parts[..] };
            let parts = shown.iter().filter_map(|&p| section.paragraphs.get(p).map(Text::as_str));
            ("guide", section.title.to_string(), parts.collect::<Vec<&str>>().join("\n\n"), &section.id)
        }
        Item::Occupation(occupation) => {
            let title = format!("{} (BLS {})", occupation.title, occupation.soc);
            let text = format!("{} {}.", occupation.mapping, figures(occupation).join("; "));
            let source = occupation.figures.first().map_or("", |figure| figure.source.as_str());
            ("bls", title, text, source)
        }
    };
    let run = ctx.invocation(found.item.target());
    let id = id(dataset, found.item, industry_ids);
    Hit { kind, id, title, text, score: found.score, run, source: source.to_owned() }
}

/// A hit whose kind and id an earlier hit has (two skills of one role that read as the same slug,
/// `C++` and `C#`) gets `-2`, `-3`, ... after its id.
fn unique_ids(hits: &mut [Hit]) {
    let mut seen = std::collections::HashSet::new();
    for hit in hits {
        let base = hit.id.clone();
        let mut n = 1;
        while !seen.insert((hit.kind, hit.id.clone())) {
            n += 1;
            hit.id = format!("{base}-{n}");
        }
    }
}

/// The entry's id within its kind, as its own record has it.
fn id(dataset: &Dataset, item: Item, industry_ids: &[String]) -> String {
    match item {
        Item::Role(role) => role.id.to_string(),
        Item::Band(band) => band.level.id().to_owned(),
        Item::Group(group) => group.id.to_string(),
        Item::Link(link) => format!("{}/{}", link.role, crate::query::refs::slug(&link.skill)),
        Item::Pathway(pathway) => pathway.id.to_string(),
        Item::Industry(industry) => {
            let entries = &dataset.industries.entries;
            let at = entries.iter().position(|entry| std::ptr::eq(entry, industry));
            at.and_then(|at| industry_ids.get(at)).cloned().unwrap_or_default()
        }
        Item::Faq(faq) => faq.number.to_string(),
        Item::Section(section) => section.id.to_string(),
        Item::Occupation(occupation) => occupation.soc.to_string(),
    }
}

/// "Median pay: $112,590 (May 2024)", one per figure.
fn figures(occupation: &Occupation) -> Vec<String> {
    occupation.figures.iter().map(|f| format!("{}: {} ({})", f.figure, f.value, f.period)).collect()
}

/// The sentence of section `source` that names `name` (its first word), or the name alone.
fn sentence_naming(dataset: &Dataset, source: &str, name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or(name).to_lowercase();
    let paragraphs = dataset.guide.iter().filter(|section| section.id == source).flat_map(|s| &s.paragraphs);
    paragraphs
        .flat_map(|paragraph| paragraph.split_inclusive(". "))
        .find(|sentence| sentence.to_lowercase().contains(&first_word))
        .map_or_else(|| name.to_owned(), |sentence| sentence.trim().to_owned())
}

crate::render::records! {
    "search-hit" => Hit;
}

impl Tabular for Hit {
    fn columns() -> Vec<Column<Self>> {
        vec![
            // A role's own skill is a skill to people; programs get `role-skill`, the kind its id
            // (role, then skill) is unique within.
            Column::new("Kind", |hit: &Self| {
                if hit.kind == "role-skill" { "skill" } else { hit.kind }.to_owned()
            }),
            Column::new("Title", |hit: &Self| hit.title.clone()),
            // The command under the entry, not in a column of its own: a command is never split,
            // so a column of them would take a third of an 80-column table.
            Column::new("Entry", |hit: &Self| {
                format!("{}\n{}", excerpt(&hit.text, ENTRY_CHARS), Cmd(&format!("→ {}", hit.run.command)))
            }),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<Hit>())]
}
