//! One file per subcommand, each `run(ctx, ...)`: query the dataset, then render the records.

mod compare;
pub mod data;
mod education;
mod faq;
mod glossary;
mod guide;
mod industries;
mod r#match;
mod path;
mod position;
mod role;
mod roles;
mod salary;
mod search;
mod skills;
mod sources;
mod topic;

pub(crate) use topic::question_answer;

use std::fmt::Write as _;
use std::io::Write;

use anyhow::{Context, Result, anyhow};

use crate::dataset::Source;
use crate::model::{Dataset, Level, Note, Text};
use crate::query::Target;
use crate::query::lookup::{self, Lookup, Named};
use crate::render::{self, Document, Listing, Options, Tabular};
use crate::request::{Schema, View};

/// What every command works with.
pub struct Ctx<'a> {
    pub dataset: &'a Dataset,
    pub out: &'a mut dyn Write,
    /// Notes that are not output (an empty result said in words) go here, never to `out`.
    pub err: &'a mut dyn Write,
    pub options: Options,
    /// Where the dataset came from: `command` fields name the same file.
    pub data: &'a Source,
    /// The terms `build.rs` baked for search, when the dataset is the embedded one (`None`: they
    /// are built from the dataset when a search needs them).
    pub baked: Option<&'static crate::query::terms::Baked>,
    /// How words typed were read (`junior` as Entry Level): notes under a table for people, on
    /// stderr for programs and pages, so a reading is never silent.
    pub readings: Vec<String>,
}

impl Ctx<'_> {
    fn list<R: Tabular>(&mut self, listing: &Listing<R>) -> Result<Outcome> {
        self.list_marking(listing, &[])
    }

    /// Like [`Ctx::list`], with the words that start with one of `marked` highlighted in colour.
    /// How typed words were read goes first among the notes for people, to stderr for programs.
    fn list_marking<R: Tabular>(&mut self, listing: &Listing<R>, marked: &[String]) -> Result<Outcome> {
        if !self.readings.is_empty() && !self.options.format.is_machine() {
            // Under a table a reading is a sentence among the listing's own notes, which end in one.
            let mut notes: Vec<String> = std::mem::take(&mut self.readings)
                .into_iter()
                .map(|reading| {
                    let ended = reading.trim_end_matches(')').ends_with(['.', '?', '!']);
                    if ended { reading } else { reading + "." }
                })
                .collect();
            notes.extend(listing.notes.iter().cloned());
            let listing = Listing::new(listing.records, notes, listing.empty_note.clone());
            render::list_marking(self.out, self.err, &self.options, &listing, marked)
                .context("cannot write output")?;
            return Ok(if listing.records.is_empty() { Outcome::NothingFound } else { Outcome::Found });
        }
        self.say_readings()?;
        render::list_marking(self.out, self.err, &self.options, listing, marked)
            .context("cannot write output")?;
        Ok(if listing.records.is_empty() { Outcome::NothingFound } else { Outcome::Found })
    }

    /// A page for people, or `listing` for programs.
    fn document_or_list<R: Tabular>(&mut self, doc: &Document, listing: &Listing<R>) -> Result<Outcome> {
        if self.options.format.is_machine() || listing.records.is_empty() {
            return self.list(listing);
        }
        self.say_readings()?;
        render::document(self.out, &self.options, doc).context("cannot write output")?;
        Ok(Outcome::Found)
    }

    /// The readings not yet said, as `note:` lines on stderr.
    fn say_readings(&mut self) -> Result<()> {
        for reading in std::mem::take(&mut self.readings) {
            writeln!(self.err, "note: {}", render::escape_controls(&reading))
                .context("cannot write notes")?;
        }
        Ok(())
    }

    /// The levels `typed` names ([`levels`]), with a reading for each word of the vocabulary
    /// among them: `JUNIOR reads as Entry Level (derived: ...)`.
    fn read_levels(&mut self, typed: &[String]) -> Result<Vec<Level>> {
        let found = levels(self.dataset, typed)?;
        for word in typed {
            let normalized = crate::query::words::normalize(word);
            let vocabulary = &self.dataset.vocabulary.level_words;
            if let Some(known) =
                vocabulary.iter().find(|known| crate::query::words::normalize(&known.word) == normalized)
            {
                let reading = format!(
                    "{} reads as {} (derived: {})",
                    quote(word.trim()),
                    quote(self.dataset.level_title(known.level)),
                    known.reason
                );
                if !self.readings.contains(&reading) {
                    self.readings.push(reading);
                }
            }
        }
        Ok(found)
    }

    /// `object` for programs; for people `doc` when given, else `listing` as a table.
    fn object_or_list<S: render::Record, R: Tabular>(
        &mut self,
        object: &S,
        listing: &Listing<R>,
        doc: Option<&Document>,
    ) -> Result<Outcome> {
        if self.options.format.is_machine() {
            self.say_readings()?;
            render::record(self.out, &self.options, object).context("cannot write output")?;
            return Ok(if listing.records.is_empty() { Outcome::NothingFound } else { Outcome::Found });
        }
        match doc {
            Some(doc) => self.document_or_list(doc, listing),
            None => self.list(listing),
        }
    }

    /// A `warning:` on stderr; the message may quote arguments and data, so it is escaped.
    fn warn(&mut self, message: &str) -> Result<()> {
        writeln!(self.err, "warning: {}", render::escape_controls(message)).context("cannot write warnings")
    }

    fn page<R: render::Record>(&mut self, record: &R, doc: &Document) -> Result<Outcome> {
        self.say_readings()?;
        render::page(self.out, &self.options, record, doc).context("cannot write output")?;
        Ok(Outcome::Found)
    }

    /// The command that opens `target`, as a `command` field gives it: runnable as it is, with the
    /// `--data` file the records came from; and the same as a list of arguments.
    fn invocation(&self, target: Target) -> Invocation {
        Invocation::of(self.data, target)
    }
}

/// A command that opens an entry, as records give it to programs: `command`, a line for a POSIX
/// shell, and `argv`, the same command as a list of arguments to run without a shell.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Invocation {
    /// The command, runnable as it is in a POSIX shell (with `--data FILE` when one was read,
    /// FILE quoted where it needs it).
    pub command: String,
    /// The same command as a list of arguments, the program's name first, to run without a shell
    /// (`execvp`, `subprocess.run`): nothing in it is quoted.
    pub argv: Vec<String>,
}

impl Invocation {
    /// The command that opens `target` in the dataset read from `data`.
    pub(crate) fn of(data: &Source, target: Target) -> Self {
        let argv = argv_from(data, target);
        Invocation { command: line_of(&argv), argv }
    }
}

/// The command that opens `target` in the dataset read from `data`: runnable as it is, with the
/// `--data` file the records came from (`explore` shows and copies it too).
pub(crate) fn command_from(data: &Source, target: Target) -> String {
    line_of(&argv_from(data, target))
}

/// The arguments that open `target` in the dataset read from `data`, `mlcareers` first, with the
/// `--data` they need: the file by its absolute path, so that they run from any folder (and the
/// path never starts with `-`), or `-` for standard input.
fn argv_from(data: &Source, target: Target) -> Vec<String> {
    let mut argv = argv_of_data(data);
    argv.extend(words(target));
    argv
}

/// `command` (`mlcareers ...`, as a person types it) with the `--data` it needs to run against the
/// dataset read from `data`, as [`argv_from`] adds it.
fn with_data(data: &Source, command: String) -> String {
    let rest = command.strip_prefix("mlcareers ").unwrap_or(&command);
    match data {
        Source::Embedded => command,
        _ => format!("{} {rest}", line_of(&argv_of_data(data))),
    }
}

/// `mlcareers`, then the `--data` the dataset read from `data` needs.
fn argv_of_data(data: &Source) -> Vec<String> {
    let mut argv = vec!["mlcareers".to_owned()];
    match data {
        Source::File(path) => {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            argv.extend(["--data".to_owned(), path.to_string_lossy().into_owned()]);
        }
        Source::Stdin => argv.extend(["--data".to_owned(), "-".to_owned()]),
        Source::Embedded => {}
    }
    argv
}

/// `argv` as one line for a POSIX shell, each argument quoted where it needs it.
fn line_of(argv: &[String]) -> String {
    argv.iter().map(|arg| shell_quote(arg)).collect::<Vec<_>>().join(" ")
}

/// `text` as one POSIX shell word: as it is when it is only safe characters, else in single quotes.
fn shell_quote(text: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c);
    if !text.is_empty() && text.chars().all(safe) {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// The levels `typed` names, sorted and each once; a word that names no level is a usage error
/// that lists what does.
fn levels(dataset: &Dataset, typed: &[String]) -> Result<Vec<Level>> {
    let mut levels = Vec::new();
    for word in typed {
        let Some(level) = crate::query::levels::read(dataset, word) else {
            let ids: Vec<&str> = Level::ALL.iter().map(|level| level.id()).collect();
            let words: Vec<&str> = dataset.vocabulary.level_words.iter().map(|w| w.word.as_str()).collect();
            let also = if words.is_empty() {
                String::new()
            } else {
                format!("; or a word of job ads: {}", render::shown_list(&words))
            };
            // What was typed must change: an error, exit 2, as for every usage error.
            return Err(anyhow!(
                "invalid value '{}' for '--level': try one of {}, in any case{also}",
                quote(word),
                ids.join(", ")
            ));
        };
        levels.push(level);
    }
    levels.sort();
    levels.dedup();
    Ok(levels)
}

/// How a command went, when it went without error: `NothingFound` exits 1, so scripts can test it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Found,
    NothingFound,
}

/// An answer of no that is said as an error line: no role by that name, a name that fits several,
/// a data file with problems. `main` exits 1 for it, as for [`Outcome::NothingFound`]; every other
/// error exits 2.
#[derive(Debug)]
pub struct Negative(pub String);

impl std::fmt::Display for Negative {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Negative {}

/// A [`Negative`] answer as an error: `return Err(negative(...))`.
pub(crate) fn negative(message: String) -> anyhow::Error {
    anyhow::Error::new(Negative(message))
}

pub fn run(view: &View, ctx: &mut Ctx) -> Result<Outcome> {
    match view {
        View::Roles { levels, only } => {
            let levels = ctx.read_levels(levels)?;
            roles::run(ctx, &levels, *only)
        }
        View::Role { name } => role::run(ctx, name),
        View::Salary { levels, role, chart } => {
            let levels = ctx.read_levels(levels)?;
            salary::run(ctx, &levels, role.as_deref(), *chart)
        }
        View::Position { figure, levels, role, chart } => {
            let levels = ctx.read_levels(levels)?;
            position::run(ctx, *figure, &levels, role.as_deref(), *chart)
        }
        View::Path { from, to } => path::run(ctx, from, to),
        View::Skills { role } => skills::run(ctx, role.as_deref()),
        View::Education => education::run(ctx),
        View::Industries { name } => industries::run(ctx, name.as_deref()),
        View::Glossary { term } => glossary::run(ctx, term.as_deref()),
        View::Faq { query } => faq::run(ctx, query.as_deref()),
        View::Guide { section, all } => guide::run(ctx, section.as_deref(), *all),
        View::Search { query, limit } => search::run(ctx, query, *limit),
        View::Match { skills, levels, strict, all } => r#match::run(ctx, skills, levels, *strict, *all),
        View::Compare { roles } => compare::run(ctx, roles),
        View::Sources => sources::run(ctx),
        View::Topic { words } => topic::run(ctx, words),
    }
}

/// The JSON Schema of `command`'s JSON output, from the records it prints.
pub fn schema(command: Schema) -> serde_json::Value {
    use crate::model::{Pathway, Section, SkillGroup};
    use crate::render::schema::{Shape, record};
    if command == Schema::Words {
        let views =
            Schema::ALL.into_iter().filter(|other| !matches!(other, Schema::Words | Schema::DataCheck));
        return render::schema::any_of("words", views.map(schema).collect());
    }
    let shapes = match command {
        Schema::Roles => roles::schema(),
        Schema::Role => role::schema(),
        Schema::Salary => vec![salary::schema(), position::schema()],
        Schema::Skills => vec![Shape::Array(record::<SkillGroup>())],
        Schema::Education => vec![Shape::Array(record::<Pathway>())],
        Schema::Industries => vec![Shape::Array(record::<industries::IndustryRecord>())],
        Schema::Faq => vec![Shape::Array(record::<faq::FaqRecord>()), Shape::One(record::<faq::FaqRecord>())],
        Schema::Guide => vec![Shape::Array(record::<Section>()), Shape::One(record::<Section>())],
        Schema::Search => search::schema(),
        Schema::Match => r#match::schema(),
        Schema::Compare => compare::schema(),
        Schema::Path => path::schema(),
        Schema::Sources => sources::schema(),
        Schema::Glossary => glossary::schema(),
        Schema::Words => unreachable!("answered above"),
        Schema::DataCheck => vec![Shape::Array(record::<data::ProblemRecord>())],
    };
    render::schema::command(command.name(), shapes)
}

/// The command a person types to see `target` (`mlcareers role nlp-engineer`), with no `--data`.
fn command(target: Target) -> String {
    line_of(&argv_from(&Source::Embedded, target))
}

/// The words after the program name that show `target`: the one place commands are spelled out
/// for output.
fn words(target: Target) -> Vec<String> {
    match target {
        Target::Role(id) => vec!["role".into(), id.into()],
        Target::Roles => vec!["roles".into()],
        Target::Salary(Some(level)) => vec!["salary".into(), "--level".into(), level.id().into()],
        Target::Salary(None) => vec!["salary".into()],
        Target::Skills => vec!["skills".into()],
        Target::Education => vec!["education".into()],
        Target::Industries => vec!["industries".into()],
        Target::Faq(number) => vec!["faq".into(), number.to_string()],
        Target::Guide(id) => vec!["guide".into(), id.into()],
        Target::Sources => vec!["sources".into()],
    }
}

/// The command line that shows `view`, as a person types it: how words were read is said with it
/// (`note: read as: mlcareers salary --role nlp-engineer`). Each item is shown as a message echoes
/// one (escaped, cut), then quoted for the shell.
fn spelled(view: &View) -> String {
    let items = std::iter::once("mlcareers".to_owned()).chain(arguments(view));
    items.map(|item| shell_quote(&crate::render::shown(&item))).collect::<Vec<_>>().join(" ")
}

/// The arguments after `mlcareers` that show `view`.
fn arguments(view: &View) -> Vec<String> {
    let words = |text: &str| -> Vec<String> {
        text.split(' ').filter(|word| !word.is_empty()).map(str::to_owned).collect()
    };
    let option = |name: &str, value: Option<&str>| -> Vec<String> {
        value.map(|value| vec![name.to_owned(), value.to_owned()]).unwrap_or_default()
    };
    let levels =
        |levels: &[String]| option("--level", (!levels.is_empty()).then(|| levels.join(",")).as_deref());
    let flag = |name: &str, on: bool| -> Vec<String> { if on { vec![name.to_owned()] } else { Vec::new() } };
    let mut args: Vec<String> = Vec::new();
    match view {
        View::Roles { levels: typed, only } => {
            args.push("roles".into());
            args.extend(levels(typed));
            args.extend(flag("--only", *only));
        }
        View::Role { name } => args.extend(["role".to_owned(), name.clone()]),
        View::Salary { levels: typed, role, chart } => {
            args.push("salary".into());
            args.extend(option("--role", role.as_deref()));
            args.extend(levels(typed));
            args.extend(flag("--chart", *chart));
        }
        View::Position { figure, levels: typed, role, chart } => {
            args.extend(["salary".to_owned(), figure.to_string()]);
            args.extend(option("--role", role.as_deref()));
            args.extend(levels(typed));
            args.extend(flag("--chart", *chart));
        }
        View::Path { from, to } => args.extend(["path".to_owned(), from.clone(), to.clone()]),
        View::Skills { role } => {
            args.push("skills".into());
            args.extend(option("--role", role.as_deref()));
        }
        View::Education => args.push("education".into()),
        View::Industries { name } => {
            args.push("industries".into());
            args.extend(name.as_deref().map(words).unwrap_or_default());
        }
        View::Glossary { term } => {
            args.push("glossary".into());
            args.extend(term.as_deref().map(words).unwrap_or_default());
        }
        View::Faq { query } => {
            args.push("faq".into());
            args.extend(query.as_deref().map(words).unwrap_or_default());
        }
        View::Guide { section, all } => {
            args.push("guide".into());
            args.extend(flag("--all", *all));
            args.extend(section.as_deref().map(words).unwrap_or_default());
        }
        View::Search { query, limit } => {
            args.push("search".into());
            args.extend(words(query));
            args.extend(option("--limit", limit.map(|limit| limit.to_string()).as_deref()));
        }
        View::Compare { roles } => {
            args.push("compare".into());
            args.extend(roles.iter().cloned());
        }
        View::Match { skills, levels: typed, strict, all } => {
            args.extend(["match".to_owned(), "--skills".to_owned(), skills.join(",")]);
            args.extend(levels(typed));
            args.extend(flag("--strict", *strict));
            args.extend(flag("--all", *all));
        }
        View::Sources => args.push("sources".into()),
        View::Topic { words: typed } => args.extend(words(typed)),
    }
    args
}

/// The one `kind` (role, section) that `query` names, or an error that helps: the candidates
/// when it is ambiguous, the closest name or the full list when nothing matches.
fn resolve<'a, T: Named>(kind: &str, query: &str, candidates: &'a [T], list_command: &str) -> Result<&'a T> {
    match lookup::find(query, candidates) {
        Lookup::Found(found) => Ok(found),
        Lookup::Ambiguous(matches) => {
            let names: Vec<String> =
                matches.iter().map(|m| format!("{} ({})", quote(m.id()), quote(m.title()))).collect();
            Err(negative(format!(
                "'{}' matches {} {kind}s: {}; say which",
                quote(query),
                matches.len(),
                first_names(&names)
            )))
        }
        Lookup::NotFound { closest: Some(closest) } => Err(negative(format!(
            "no {kind} matches '{}'; did you mean '{}'?",
            quote(query),
            quote(closest.title())
        ))),
        Lookup::NotFound { closest: None } => {
            let ids: Vec<&str> = candidates.iter().map(Named::id).collect();
            Err(negative(format!(
                "no {kind} matches '{}'; try one of: {} (see {list_command})",
                quote(query),
                render::shown_list(&ids)
            )))
        }
    }
}

/// A role's own skill as people read it: with its publisher when it comes from outside the
/// article, `Statistical software (O*NET OnLine)`, so an outside fact says so wherever it is shown.
fn own_skill(need: &crate::query::skills::Requirement) -> String {
    match need.publisher {
        Some(publisher) => format!("{} ({publisher})", need.skill),
        None => need.skill.to_owned(),
    }
}

/// The usage error for a command that needs role names and got none: it lists the ids to type.
fn no_role_named(dataset: &Dataset, what: &str, example: &str) -> anyhow::Error {
    let ids: Vec<&str> = dataset.roles.iter().map(|role| role.id.as_str()).collect();
    anyhow!("{what}; the roles are: {} (for example: {example})", render::shown_list(&ids))
}

/// A table cell's share of a long text: its first sentence, cut after at most `max` characters at
/// a space (`…` marks the cut). The whole text is on the page the row's command opens, and in
/// JSON and CSV.
fn excerpt(text: &str, max: usize) -> String {
    let first = text.split("\n\n").next().unwrap_or(text);
    let sentence = first.find(". ").map_or(first, |end| &first[..=end]);
    if sentence.chars().count() <= max {
        return sentence.to_owned();
    }
    let end = sentence.char_indices().nth(max).map_or(sentence.len(), |(end, _)| end);
    let cut = sentence[..end].rfind(' ').unwrap_or(end);
    format!("{}…", sentence[..cut].trim_end_matches([',', ';', ':']))
}

/// The first `shown` items of a list for a table cell, and how many more there are:
/// `Python, R, Statistics and 9 more`.
/// Names already [`quote`]d, joined as [`render::shown_list`] joins them: the first few, then
/// `and N more`.
fn first_names(names: &[String]) -> String {
    first_of(names, render::SHOWN_ITEMS)
}

fn first_of(items: &[String], shown: usize) -> String {
    if items.len() <= shown + 1 {
        return items.join(", ");
    }
    format!("{} and {} more", items[..shown].join(", "), items.len() - shown)
}

/// Text that did not come from us (an argument, a data file's text) as it goes into a message:
/// cut to a length, backslashes doubled, every control character a visible escape
/// ([`render::shown`]). Names from a data file go through it too, and lists through
/// [`render::shown_list`].
fn quote(input: &str) -> String {
    render::shown(input)
}

/// Where records come from, then the questions filed under the same sections.
fn source_notes<'a>(dataset: &Dataset, cited: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let cited: Vec<&str> = cited.into_iter().collect();
    source_line(dataset, &cited).into_iter().chain(related_questions(dataset, &cited, None)).collect()
}

/// The cited sections in article order, with their tables and the command that opens each:
/// `Source: Table 1: Common Roles in Machine Learning, in "Popular Machine Learning Job Roles" (mlcareers guide popular-roles).`
fn source_line(dataset: &Dataset, cited: &[&str]) -> Option<String> {
    let sections: Vec<String> = dataset
        .guide
        .iter()
        .filter(|section| cited.contains(&section.id.as_str()))
        .map(|section| {
            let tables: String = section.tables.iter().fold(String::new(), |mut tables, table| {
                _ = write!(tables, "{table}, in ");
                tables
            });
            format!("{tables}\"{}\" ({})", section.title, command(Target::Guide(&section.id)))
        })
        .collect();
    let label = if sections.len() == 1 { "Source" } else { "Sources" };
    (!sections.is_empty()).then(|| format!("{label}: {}.", sections.join("; ")))
}

/// The FAQ entries filed under the cited sections, but for `except`.
fn related_questions(dataset: &Dataset, cited: &[&str], except: Option<u32>) -> Option<String> {
    let questions: Vec<String> = dataset
        .faq
        .iter()
        .filter(|faq| cited.contains(&faq.source.as_str()) && Some(faq.number) != except)
        .map(|faq| format!("{} ({})", faq.question, command(Target::Faq(faq.number))))
        .collect();
    (!questions.is_empty()).then(|| format!("Related questions: {}", questions.join("; ")))
}

/// The article's sentences kept beside a view, as notes.
fn texts(notes: &[Note]) -> Vec<String> {
    notes.iter().map(|note| note.text.to_string()).collect()
}

/// What a level filter that matched nothing says: "no role is open at level entry or mid".
fn nothing_at(what: &str, levels: &[Level]) -> String {
    let ids: Vec<&str> = levels.iter().map(|level| level.id()).collect();
    format!("{what} at level {}", ids.join(" or "))
}

/// "1 entry", "3 entries".
fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// "a, b, and c" in lower case, for lists inside a sentence.
fn sentence_list(items: &[Text]) -> String {
    let items: Vec<String> = items.iter().map(|item| item.to_lowercase()).collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [one, two] => format!("{one} and {two}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("data/mine.json"), "data/mine.json");
        assert_eq!(shell_quote("my data.json"), "'my data.json'");
        assert_eq!(shell_quote("it's;rm"), "'it'\\''s;rm'");
    }

    #[test]
    fn long_input_is_cut_in_messages() {
        assert_eq!(quote("nlp"), "nlp");
        let long = "é".repeat(1000);
        assert_eq!(quote(&long).chars().count(), 63);
    }

    #[test]
    fn lists_read_as_prose() {
        let items =
            |list: &[&str]| list.iter().map(|item| Text::from((*item).to_owned())).collect::<Vec<_>>();
        assert_eq!(sentence_list(&items(&["Location"])), "location");
        assert_eq!(sentence_list(&items(&["A", "B"])), "a and b");
        assert_eq!(
            sentence_list(&items(&["Location", "Experience level", "Industry"])),
            "location, experience level, and industry"
        );
    }
}
