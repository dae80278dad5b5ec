//! The commands: one file each, declaring once what is typed (its clap `Args`), what that asks
//! for (its request type, plain), how it runs and the records it prints (the [`Command`] trait).
//! [`for_each_command!`] names them all, once; everything that enumerates commands is derived from
//! that list: the request ([`crate::request::Command`]), clap's command tree and its conversion
//! ([`crate::cli`]), the dispatch below, `schema`, completions, the man page, and every test suite
//! (through [`ALL`]).

/// Every command, once, in the order `--help` lists them: its request type and the module (the
/// file under `src/cmd/`) that declares it. Adding a command is adding its file and its line here.
///
/// `$then` is a macro that receives the list: each place that needs every command (the request
/// enum, clap's tree, the dispatch) gives its own.
macro_rules! for_each_command {
    ($then:ident) => {
        $then! {
            Roles roles,
            Role role,
            Salary salary,
            Skills skills,
            Education education,
            Industries industries,
            Faq faq,
            Guide guide,
            Search search,
            Explore explore,
            Compare compare,
            Path path,
            Match r#match,
            Glossary glossary,
            Sources sources,
            Data data,
            Completions completions,
            Man man,
            Schema schema,
            Topic topic,
        }
    };
}
pub(crate) use for_each_command;

// `salary FIGURE`: the `salary` command's other page.
mod position;

pub(crate) use topic::question_answer;

use std::fmt::Write as _;
use std::io::Write;

use anyhow::{Context, Result, anyhow};

use crate::dataset::Source;
use crate::model::{Dataset, Level, Note, Text};
use crate::query::Target;
use crate::query::lookup::{self, Lookup, Named};
use crate::render::schema::Shape;
use crate::render::{
    self, Cmd, Document, Format, Listing, NoTable, Options, People, Prose, Record, Records, Shown, Tabular,
};

/// The modules of the list, the dispatch over its requests, and [`ALL`].
macro_rules! dispatch {
    ($($name:ident $module:ident,)*) => {
        $(pub mod $module;)*

        impl crate::request::Command {
            /// The command's name, as typed (`words` for words after the program name).
            pub fn name(&self) -> &'static str {
                match self {
                    $(Self::$name(_) => <$module::$name as Command>::NAME,)*
                }
            }

            /// Whether it reads the dataset, so that it is loaded before the command runs.
            pub fn reads_data(&self) -> bool {
                match self {
                    $(Self::$name(_) => <$module::$name as Command>::READS_DATA,)*
                }
            }

            /// Whether it is a view of the dataset ([`Entry::is_view`]).
            pub fn is_view(&self) -> bool {
                match self {
                    $(Self::$name(_) => Entry::of::<$module::$name>().is_view(),)*
                }
            }

            /// Why it cannot write `format`, when it cannot ([`Command::refuses`]).
            pub fn refuses(&self, format: Format) -> Option<String> {
                match self {
                    $(Self::$name(command) => command.refuses(format),)*
                }
            }

            /// The arguments after `mlcareers` that ask for it again ([`Command::arguments`]).
            pub fn arguments(&self) -> Vec<String> {
                match self {
                    $(Self::$name(command) => command.arguments(),)*
                }
            }

            /// Runs it: records to `ctx.out`, notes and warnings to `ctx.err`.
            pub fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
                match self {
                    $(Self::$name(command) => command.run(ctx),)*
                }
            }
        }

        /// Every command, in the order of [`for_each_command!`]: what the tests iterate, what
        /// `schema` offers, what tells a command's name from words.
        pub const ALL: &[Entry] = &[$(Entry::of::<$module::$name>(),)*];
    };
}
for_each_command!(dispatch);

/// What one command's file declares: its name and summary, what it is typed as, how it is
/// asked again, how it runs, and the records it prints.
pub trait Command: Sized {
    /// The name typed: `roles`.
    const NAME: &'static str;
    /// The line `--help` lists it with.
    const SUMMARY: &'static str;
    /// False for words after the program name (`topic`): a line whose first word names no command.
    const TYPED: bool = true;
    /// Whether it reads the dataset, loaded for it before it runs. The commands that do not (the
    /// man page, schemas, data files) work whatever the data file.
    const READS_DATA: bool = true;
    /// Whether clap builds its arguments only when it is the command that runs (`defer`: building
    /// every command's for every parse cost more than the parse, BENCHMARKS.md). A command with
    /// commands of its own (`data`) is built with the tree, so that `help data` lists them.
    const DEFERRED: bool = true;
    /// The name `mlcareers schema` gives its JSON output, when it prints records.
    const SCHEMA: Option<&'static str> = Some(Self::NAME);
    /// Command lines that find something, as typed after `mlcareers` (words split at spaces):
    /// every test suite runs each, in every format.
    const EXAMPLES: &'static [&'static str] = &[];
    /// A command line that finds nothing (exit 1), where a valid dataset can find nothing.
    const NOTHING: Option<&'static str> = None;
    /// Its own arguments and options as clap reads them. The options every command takes
    /// (`cli::OutputArgs`) are added to each by the registry: no command can lack them.
    type Args: clap::Args + clap::FromArgMatches + std::fmt::Debug;

    /// What `args` ask for.
    fn from_args(args: Self::Args) -> Self;

    /// A line clap accepts that cannot mean what it says (skills without `--skills`): the usage
    /// error's message, which says what to type instead.
    fn what_to_type(_args: &Self::Args) -> Option<String> {
        None
    }

    /// Whether the words after the command's name are a question (`compare ds and nlp`), to be
    /// read as words.
    fn asks_in_words(_args: &Self::Args) -> bool {
        false
    }

    /// The arguments after `mlcareers` that ask for this again, as a person types them: what
    /// `note: read as:` says.
    fn arguments(&self) -> Vec<String>;

    /// Why it cannot write `format`, when it has only one form (a man page, a schema): said
    /// before any data is read.
    fn refuses(&self, _format: Format) -> Option<String> {
        None
    }

    /// Runs it: query, put the facts into words, hand the records to the renderer.
    fn run(&self, ctx: &mut Ctx) -> Result<Outcome>;

    /// The shapes of its JSON output (a list, one record), from the records it prints.
    fn shapes() -> Vec<Shape> {
        Vec::new()
    }

    /// The JSON Schema of its JSON output: `mlcareers schema NAME`.
    fn schema() -> serde_json::Value {
        render::schema::command(Self::SCHEMA.unwrap_or(Self::NAME), Self::shapes())
    }
}

/// A command as [`ALL`] lists it: what its file declares, without its types.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub summary: &'static str,
    /// False for words after the program name ([`Command::TYPED`]).
    pub typed: bool,
    pub reads_data: bool,
    /// The name `mlcareers schema` knows its output by, when it prints records.
    pub schema_name: Option<&'static str>,
    pub examples: &'static [&'static str],
    pub nothing: Option<&'static str>,
    /// The JSON Schema of its output.
    pub schema: fn() -> serde_json::Value,
}

impl Entry {
    const fn of<C: Command>() -> Entry {
        Entry {
            name: C::NAME,
            summary: C::SUMMARY,
            typed: C::TYPED,
            reads_data: C::READS_DATA,
            schema_name: C::SCHEMA,
            examples: C::EXAMPLES,
            nothing: C::NOTHING,
            schema: C::schema,
        }
    }

    /// Whether it is a view of the dataset: it reads it and prints its records, in every format.
    pub fn is_view(&self) -> bool {
        self.reads_data && self.schema_name.is_some()
    }
}

/// What every command works with.
pub struct Ctx<'a> {
    /// The dataset, loaded for the commands that read it ([`Command::READS_DATA`]).
    pub dataset: Option<&'a Dataset>,
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
    pub readings: Vec<Prose>,
}

impl<'a> Ctx<'a> {
    /// The dataset: loaded before every command that reads it runs.
    ///
    /// # Panics
    ///
    /// For a command that says it reads no dataset ([`Command::READS_DATA`]): a mistake in its file.
    pub fn dataset(&self) -> &'a Dataset {
        self.dataset.expect("the dataset is loaded for every command that reads it (Command::READS_DATA)")
    }

    /// Hands what a command shows to the renderer, in the format asked for; nothing found (an
    /// empty list, an empty table) is [`Outcome::NothingFound`]. How typed words were read goes
    /// first among the notes under a table for people, else to stderr first.
    fn show<R: Record, T: Tabular>(&mut self, records: Records<R>, people: People<T>) -> Result<Outcome> {
        let merged;
        let people = match people {
            People::Table(listing, marked)
                if !self.readings.is_empty() && !self.options.format.is_machine() =>
            {
                // Under a table a reading is a sentence among the listing's own notes, which end in one.
                let mut notes: Vec<Prose> = std::mem::take(&mut self.readings)
                    .into_iter()
                    .map(|reading| {
                        let ended = reading.as_str().trim_end_matches(')').ends_with(['.', '?', '!']);
                        if ended { reading } else { reading.text(".") }
                    })
                    .collect();
                notes.extend(listing.notes.iter().cloned());
                merged = Listing::new(listing.records, notes, listing.empty_note.clone());
                People::Table(&merged, marked)
            }
            people => people,
        };
        self.say_readings()?;
        let shown = Shown { records, people };
        render::write(self.out, self.err, &self.options, &shown).context("cannot write output")?;
        Ok(if shown.is_empty() { Outcome::NothingFound } else { Outcome::Found })
    }

    /// A list of records: a table for people.
    fn list<R: Tabular>(&mut self, listing: &Listing<R>) -> Result<Outcome> {
        self.show(Records::List(listing.records), People::Table(listing, &[]))
    }

    /// One record: its page for people.
    fn page<R: Record>(&mut self, record: &R, doc: &Document) -> Result<Outcome> {
        self.show::<R, NoTable>(Records::One(record), People::Pages(std::slice::from_ref(doc)))
    }

    /// Says how typed words were read: under a table for people, else on stderr first.
    fn read(&mut self, reading: impl Into<Prose>) {
        self.readings.push(reading.into());
    }

    /// The readings not yet said, as `note:` lines on stderr.
    fn say_readings(&mut self) -> Result<()> {
        for reading in std::mem::take(&mut self.readings) {
            writeln!(self.err, "note: {}", render::escape_controls(reading.as_str()))
                .context("cannot write notes")?;
        }
        Ok(())
    }

    /// The levels `typed` names ([`levels`]), with a reading for each word of the vocabulary
    /// among them: `JUNIOR reads as Entry Level (derived: ...)`.
    fn read_levels(&mut self, typed: &[String]) -> Result<Vec<Level>> {
        let found = levels(self.dataset(), typed)?;
        for word in typed {
            let normalized = crate::query::words::normalize(word);
            let vocabulary = &self.dataset().vocabulary.level_words;
            if let Some(known) =
                vocabulary.iter().find(|known| crate::query::words::normalize(&known.word) == normalized)
            {
                let reading = Prose::from(format!(
                    "{} reads as {} (derived: {})",
                    quote(word.trim()),
                    quote(self.dataset().level_title(known.level)),
                    known.reason
                ));
                if !self.readings.contains(&reading) {
                    self.readings.push(reading);
                }
            }
        }
        Ok(found)
    }

    /// A `warning:` on stderr; the message may quote arguments and data, so it is escaped.
    fn warn(&mut self, message: &str) -> Result<()> {
        writeln!(self.err, "warning: {}", render::escape_controls(message)).context("cannot write warnings")
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

/// The command line that shows `command`, as a person types it: how words were read is said
/// with it (`note: read as: mlcareers salary --role nlp-engineer`). Each item is shown as a
/// message echoes one (escaped, cut), then quoted for the shell.
fn spelled(command: &crate::request::Command) -> String {
    let items = std::iter::once("mlcareers".to_owned()).chain(command.arguments());
    items.map(|item| shell_quote(&crate::render::shown(&item))).collect::<Vec<_>>().join(" ")
}

/// `text`'s words, as separate arguments: words typed after a command were joined with spaces.
#[inline]
fn split_words(text: &str) -> Vec<String> {
    text.split(' ').filter(|word| !word.is_empty()).map(str::to_owned).collect()
}

/// `name value`, when there is a value.
#[inline]
fn option(name: &str, value: Option<&str>) -> Vec<String> {
    value.map(|value| vec![name.to_owned(), value.to_owned()]).unwrap_or_default()
}

/// `--level a,b`, when levels were typed.
#[inline]
fn level_option(levels: &[String]) -> Vec<String> {
    option("--level", (!levels.is_empty()).then(|| levels.join(",")).as_deref())
}

/// `name`, when it is on.
#[inline]
fn flag(name: &str, on: bool) -> Vec<String> {
    if on { vec![name.to_owned()] } else { Vec::new() }
}

/// Words typed after a command, joined with spaces (quotes are optional); none when none.
fn joined(words: &[String]) -> Option<String> {
    Some(words.join(" ")).filter(|joined| !joined.is_empty())
}

/// `--level` items as typed, trimmed, an empty one dropped (`senior,,mid` is a typing slip).
fn typed_levels(levels: Vec<String>) -> Vec<String> {
    levels.into_iter().map(|level| level.trim().to_owned()).filter(|level| !level.is_empty()).collect()
}

/// The usage error for `--level` given blank (`--level ""`).
fn blank_levels(levels: &[String]) -> Option<String> {
    (!levels.is_empty() && levels.iter().all(|item| item.trim().is_empty()))
        .then(|| "a blank level names none; type one, for example: --level entry".to_owned())
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
            format!("{tables}\"{}\" ({})", section.title, Cmd(&command(Target::Guide(&section.id))))
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
        .map(|faq| format!("{} ({})", faq.question, Cmd(&command(Target::Faq(faq.number)))))
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

    /// The command a line is read as, by its name.
    fn read_as(line: &str) -> &'static str {
        let args = std::iter::once("mlcareers").chain(line.split(' '));
        let cli = crate::cli::Cli::parse_args(args).unwrap_or_else(|err| panic!("{line}: {err}"));
        cli.into_request(None).command.name()
    }

    #[test]
    fn every_view_has_examples_of_itself_and_every_name_is_one() {
        for entry in ALL {
            assert!(!entry.is_view() || !entry.examples.is_empty(), "{} has no examples", entry.name);
            for line in entry.examples.iter().chain(&entry.nothing) {
                assert_eq!(read_as(line), entry.name, "{line}");
            }
        }
        let mut names: Vec<&str> = ALL.iter().map(|entry| entry.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "a name given twice");
        let schemas = schema::names();
        let mut unique = schemas.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), schemas.len(), "a schema's name given twice");
    }

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
