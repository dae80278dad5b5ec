//! The command line: clap definitions, and their conversion to the plain [`Request`] the rest of
//! the program works from. Doc comments here are the `--help` text; the text `--help` shares with
//! the man page (examples, exit status, environment) lives in [`crate::manual`].

// The doc comments below are `--help` text, read in a terminal: no Markdown backticks.
#![allow(clippy::doc_markdown)]

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, ValueHint};

use crate::cmd::{self, Command};
use crate::dataset::Source;
use crate::manual::{DATA_ENV, examples_help, exit_status_help};
use crate::model::Level;
use crate::render::{Format, shown};
use crate::request::{ColorChoice, Request};

/// The usage line of the program, shown for a command and for words alike.
const USAGE: &str =
    "mlcareers [OPTIONS] <COMMAND>\n       mlcareers [OPTIONS] <WORDS>...  (a section, a role or a question)";

/// Explore machine-learning careers: roles, salary bands, skills, education, industries and FAQ.
///
/// Everything comes from one article, "Machine Learning Jobs: Careers, Skills, Salary Guide",
/// shipped inside the binary: no network, no files. Each record names the article section it
/// comes from; a role's salary range is derived from the article's bands by experience level.
/// A few BLS and O*NET figures stand beside the article, each labelled with source and period.
///
/// Words that are not a command open the guide section or the role they name, or are read as a
/// question: mlcareers outlook, mlcareers cv, mlcareers do I need a phd.
#[derive(Debug, Parser)]
#[command(
    name = "mlcareers",
    version,
    override_usage = USAGE,
    help_template = "{about-with-newline}\n{before-help}{usage-heading} {usage}\n\n{all-args}{after-help}",
    before_long_help = examples_help(),
    after_help = exit_status_help(),
    // Help is prose: it wraps at 100 columns at most, as every page does.
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Commands,

    /// The line as it was read, when that is not as it was typed (a command's name spelt wrong,
    /// `sklls`): said on stderr with the answer.
    #[arg(skip)]
    pub read_as: Option<String>,
}

// The options every command takes, before its name or after it. They are not clap's `global`
// options: clap copies a global option into every command at each parse, which cost more than the
// parse; each command has its own copy instead, built only for the command that runs (see `defer`
// below), and `OutputArgs::given` takes the one given last. (No doc comment: clap would make it
// the description of every command.) `display_order` keeps them where help listed the global
// options: first, each beside a command's own option of the same rank, in name order.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: table and markdown for people; json, jsonl, csv and tsv for programs, which get every record and field (see mlcareers schema)
    #[arg(long, short = 'f', value_parser = named(Format::ALL, Format::name), ignore_case = true, default_value = Format::DEFAULT.name(), display_order = 0)]
    pub format: Format,
    /// CSV and TSV without the header row
    #[arg(long, display_order = 1)]
    pub no_headers: bool,

    /// When to use colour: auto (a terminal, NO_COLOR unset or empty, TERM not dumb; CLICOLOR_FORCE forces it)
    #[arg(long, value_parser = named(&ColorChoice::ALL, ColorChoice::name), ignore_case = true, default_value = ColorChoice::Auto.name(), value_name = "WHEN", display_order = 2)]
    pub color: ColorChoice,

    // The variable is named in the help by hand, not with clap's `env`, which would also print its
    // value when set; `main` reads it and `into_request` decides what an empty one means.
    #[arg(
        long,
        display_order = 3,
        value_name = "FILE",
        value_hint = ValueHint::FilePath,
        help = format!("Read the dataset from FILE (- for standard input) instead of the embedded one [env: {DATA_ENV}]")
    )]
    pub data: Option<PathBuf>,

    /// Print straight to the terminal: no pager for pages taller than the screen [env: MLCAREERS_PAGER, PAGER; empty: none]
    #[arg(long, display_order = 4)]
    pub no_pager: bool,
}

// Every command's own arguments are declared in its file under `src/cmd/`; the list of commands
// is `cmd::for_each_command!`. From it, `Commands` below: clap's subcommands, one per command,
// each with its own arguments and its own copy of the options every command takes, built only
// when it is the one that runs (`Command::DEFERRED`). [`OutputArgs::given`] reads those options.
macro_rules! commands {
    ($($name:ident $module:ident,)*) => {
        /// A command line as clap read it: the command's own arguments, as its file declares them.
        #[derive(Debug)]
        pub enum Commands {
            $($name(<cmd::$module::$name as Command>::Args),)*
            /// A first word that is no command; [`Cli::parse_args`] reads it again as words.
            External(Vec<OsString>),
        }

        impl clap::Subcommand for Commands {
            fn augment_subcommands(mut tree: clap::Command) -> clap::Command {
                $(
                    if <cmd::$module::$name as Command>::TYPED {
                        let name = <cmd::$module::$name as Command>::NAME;
                        let about = <cmd::$module::$name as Command>::SUMMARY;
                        let arguments = |command| {
                            OutputArgs::augment_args(<<cmd::$module::$name as Command>::Args as Args>::augment_args(command))
                        };
                        let command = clap::Command::new(name).about(about);
                        let command = if <cmd::$module::$name as Command>::DEFERRED {
                            command.defer(arguments)
                        } else {
                            arguments(command)
                        };
                        tree = tree.subcommand(command);
                    }
                )*
                // Any other first word is taken, to be read again as words.
                tree.external_subcommand_value_parser(clap::value_parser!(OsString))
            }

            fn augment_subcommands_for_update(tree: clap::Command) -> clap::Command {
                Self::augment_subcommands(tree)
            }

            fn has_subcommand(_: &str) -> bool {
                true
            }
        }

        impl clap::FromArgMatches for Commands {
            fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
                Self::from_arg_matches_mut(&mut matches.clone())
            }

            fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
                let Some((name, mut sub)) = matches.remove_subcommand() else {
                    return Err(clap::Error::raw(ErrorKind::MissingSubcommand, "a subcommand is required but one was not provided"));
                };
                $(
                    if <cmd::$module::$name as Command>::TYPED
                        && name == <cmd::$module::$name as Command>::NAME
                        && !sub.contains_id("")
                    {
                        return Ok(Commands::$name(clap::FromArgMatches::from_arg_matches_mut(&mut sub)?));
                    }
                )*
                let rest = sub.remove_many::<OsString>("").into_iter().flatten();
                Ok(Commands::External(std::iter::once(OsString::from(name)).chain(rest).collect()))
            }

            fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
                *self = Self::from_arg_matches(matches)?;
                Ok(())
            }
        }

        impl Commands {
            /// What the line asks for ([`Command::from_args`]).
            fn into_command(self) -> crate::request::Command {
                match self {
                    $(Commands::$name(args) => crate::request::Command::$name(cmd::$module::$name::from_args(args)),)*
                    // `parse_args` reads these again as words; a parse without it still gets them.
                    Commands::External(words) => {
                        let words: Vec<String> = words.iter().map(|word| word.to_string_lossy().into_owned()).collect();
                        crate::request::Command::Topic(crate::request::Topic { words: words.join(" ") })
                    }
                }
            }

            /// The name of the command the line names, when it names one.
            fn name(&self) -> Option<&'static str> {
                match self {
                    $(Commands::$name(_) => Some(<cmd::$module::$name as Command>::NAME),)*
                    Commands::External(_) => None,
                }
            }

            /// A line clap accepts but that cannot mean what it says ([`Command::what_to_type`]).
            fn what_to_type(&self) -> Option<String> {
                match self {
                    $(Commands::$name(args) => cmd::$module::$name::what_to_type(args),)*
                    Commands::External(_) => None,
                }
            }

            /// Words typed after a command as a person talks ([`Command::asks_in_words`]):
            /// `compare data scientist and nlp engineer` is read as a question, not as names.
            fn asks_in_words(&self) -> bool {
                match self {
                    $(Commands::$name(args) => cmd::$module::$name::asks_in_words(args),)*
                    Commands::External(_) => false,
                }
            }
        }
    };
}
cmd::for_each_command!(commands);

/// `mlcareers [OPTIONS] WORDS...`: what [`Cli::parse_args`] reads a line as when its first word
/// is no command, so options before and after the words still work.
#[derive(Debug, Parser)]
#[command(name = "mlcareers", version, override_usage = USAGE)]
struct TopicCli {
    #[command(flatten)]
    output: OutputArgs,
    #[arg(required = true, num_args = 1.., value_parser = non_blank)]
    words: Vec<String>,
}

/// The commands `schema` describes, by the names their schemas have, as one word (`data check`
/// is `data-check`).
pub(crate) fn schema_command() -> impl clap::builder::TypedValueParser<Value = &'static str> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};
    let names = cmd::schema::names();
    let words: Vec<String> = names.iter().map(|name| name.replace(' ', "-")).collect();
    PossibleValuesParser::new(words).map(move |word| {
        *names.iter().find(|name| name.replace(' ', "-") == word).expect("a name it offered")
    })
}

/// A closed set of values clap reads by name (`--format json`, `--color never`, `bash`), as the
/// program's own type: `Format`, `ColorChoice` and `Shell` have no mirror for clap. Help and
/// completion scripts offer the names; a value that is none of them is clap's own error, with its
/// did-you-mean.
#[derive(Clone)]
pub(crate) struct Named<T: 'static> {
    values: &'static [T],
    name: fn(T) -> &'static str,
}

/// [`Named`] over `values`, each called `name(value)`.
pub(crate) fn named<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    name: fn(T) -> &'static str,
) -> Named<T> {
    Named { values, name }
}

impl<T: Copy + Send + Sync + 'static> clap::builder::TypedValueParser for Named<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let ignore_case = arg.is_some_and(clap::Arg::is_ignore_case_set);
        let found = value.to_str().and_then(|text| {
            self.values.iter().copied().find(|known| {
                clap::builder::PossibleValue::new((self.name)(*known)).matches(text, ignore_case)
            })
        });
        if let Some(known) = found {
            return Ok(known);
        }
        // Not one of them: clap's own error for a value it does not offer.
        let names = self.values.iter().map(|known| (self.name)(*known));
        let offered = clap::builder::PossibleValuesParser::new(names).parse_ref(cmd, arg, value)?;
        unreachable!("{offered} is none of the values, so clap refused it")
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().map(|known| clap::builder::PossibleValue::new((self.name)(*known)))))
    }
}

/// `--level`: any non-blank word, read against the dataset's levels and level words once it is
/// loaded (a user's data file brings its own words). It offers the level ids to help text and
/// completion scripts.
#[derive(Debug, Clone, Copy)]
pub struct LevelParser;

impl clap::builder::TypedValueParser for LevelParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        // `senior,,mid` is a typing slip: the empty item is dropped, as `--skills` drops one.
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(Level::ALL.into_iter().map(|level| clap::builder::PossibleValue::new(level.id()))))
    }
}

/// `salary --role`: a blank name names no role, a slip to report rather than a lookup that fails.
pub(crate) fn non_blank_role(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        Err("a blank name names no role; type one, for example: --role ds (mlcareers roles lists them)"
            .to_owned())
    } else {
        Ok(value.to_owned())
    }
}

/// A query word that is not blank: `search ""` is a slip to report, not a search for nothing.
pub(crate) fn non_blank(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        Err("a blank query asks for nothing; type some words, for example: degree".to_owned())
    } else {
        Ok(value.to_owned())
    }
}

impl OutputArgs {
    /// Their ids: a command's own options are the others (the man page lists those).
    pub const IDS: [&str; 5] = ["format", "no_headers", "color", "data", "no_pager"];

    /// These options as the whole line gives them: one given after a command's name (`mlcareers
    /// roles --format json`, `mlcareers data check --data F`) overrides one given before it, as a
    /// given one overrides a default.
    fn given(mut self, matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        use clap::FromArgMatches;
        use clap::parser::ValueSource;
        let mut level = matches;
        while let Some((_, command)) = level.subcommand() {
            let later = OutputArgs::from_arg_matches(command)?;
            let given = |id: &str| command.value_source(id) == Some(ValueSource::CommandLine);
            if given("format") {
                self.format = later.format;
            }
            if given("no_headers") {
                self.no_headers = later.no_headers;
            }
            if given("color") {
                self.color = later.color;
            }
            if given("data") {
                self.data = later.data;
            }
            if given("no_pager") {
                self.no_pager = later.no_pager;
            }
            level = command;
        }
        Ok(self)
    }
}

impl Cli {
    /// Parses `args` (the program name first) as the binary does. Beyond clap's own parse:
    /// - a first word that is no command is read as a topic (`mlcareers outlook`, `mlcareers do I
    ///   need a phd`), with the options after it still options, unless it is one edit from a
    ///   command's name (`rols`, `salery`): that stays clap's usage error, with its did-you-mean;
    /// - `match` with skills but no `--skills` is a usage error that shows the command to type;
    /// - the options every command takes may follow the command's name (`mlcareers roles -f json`).
    ///
    /// Clap's own `Cli::try_parse_from` does none of this: use this one.
    pub fn parse_args<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
        // Lenient for people, strict for scripts: a machine format never guesses.
        if machine_format(&args) {
            return Cli::parse_strict(&args);
        }
        // Words that start with no command's name (nor a slip of one) are a topic whatever the
        // whole parse would make of them: read them as one at once, without building the command
        // tree that parse needs (more instructions than reading the question, BENCHMARKS.md).
        if starts_with_words(&args) {
            return parse_topic(&args);
        }
        // A command's name spelt wrong (`sklls`, `comapre nlp cv`): the line with the name put
        // right, as that command or else as words; else clap's own error for the line as typed.
        if let Some((at, name)) = misspelt_command(&args) {
            let mut fixed = args.clone();
            fixed[at] = name.into();
            if let Ok(mut cli) = Cli::parse_strict(&fixed)
                && !cli.command.asks_in_words()
            {
                let line: Vec<String> =
                    fixed.iter().skip(1).map(|arg| arg.to_string_lossy().into_owned()).collect();
                cli.read_as = Some(format!("mlcareers {}", line.join(" ")));
                return Ok(cli);
            }
            return parse_topic(&fixed).or_else(|_| Cli::parse_strict(&args));
        }
        let strict = Cli::parse_strict(&args);
        match strict {
            Ok(cli) if cli.command.asks_in_words() => parse_topic(&args).or(Ok(cli)),
            Ok(cli) => Ok(cli),
            Err(err)
                if matches!(
                    err.kind(),
                    ErrorKind::DisplayHelp
                        | ErrorKind::DisplayVersion
                        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                        | ErrorKind::MissingRequiredArgument
                        | ErrorKind::MissingSubcommand
                        | ErrorKind::InvalidUtf8
                ) =>
            {
                Err(err)
            }
            // The commands that are no view of the data (a shell's name, a schema's command) have
            // nothing a question could ask.
            Err(err)
                if first_word(&args).is_some_and(|word| {
                    cmd::ALL.iter().any(|entry| entry.typed && !entry.is_view() && entry.name == word)
                }) =>
            {
                Err(err)
            }
            // Words a command does not take (`salary nlp engineer`, `skills of a cv engineer`) are
            // a question, with the command's name among its words.
            Err(err) => parse_topic(&args).map_err(|_| err),
        }
    }

    /// [`Cli::parse_args`] for a machine format: the line exactly as typed, or a usage error.
    fn parse_strict(args: &[OsString]) -> Result<Cli, clap::Error> {
        let args = args.to_vec();
        let Parsed { value: mut cli, matches, command } = match parse_kept::<Cli>(&args) {
            // clap takes a command's name as text: a first word that is not is no command at all.
            Err(err) if err.kind() == ErrorKind::InvalidUtf8 => {
                let first = args.iter().skip(1).find(|arg| !arg.as_encoded_bytes().starts_with(b"-"));
                return Err(match first {
                    Some(word) if word.to_str().is_some() => err,
                    Some(word) => unrecognized_subcommand(&word.to_string_lossy()),
                    None => err,
                });
            }
            // `mlcareers data scientist`: `data` and a word that is none of its commands (nor
            // one edit from one) are words of a topic, as any other first word would be.
            Err(err) if err.kind() == ErrorKind::InvalidSubcommand && is_data_then_words(&args) => {
                return parse_topic(&args);
            }
            parsed => parsed?,
        };
        if let Commands::External(words) = &cli.command {
            let first = words.first().map(|word| word.to_string_lossy().into_owned()).unwrap_or_default();
            // Not UTF-8, or a command's own name after `--`, or one edit from one: a slip.
            let plain = words.first().is_some_and(|word| word.to_str().is_some());
            if !plain || is_near_a_command(&command, &first) {
                return Err(unrecognized_subcommand(&first));
            }
            return parse_topic(&args);
        }
        cli.output = cli.output.given(&matches)?;
        match cli.command.what_to_type() {
            Some(message) => Err(usage(cli.command.name(), message)),
            None => Ok(cli),
        }
    }

    /// The plain request the rest of the program works from. `env_data` is `MLCAREERS_DATA`,
    /// used when there is no `--data`; empty, it means the embedded dataset, as unset does.
    pub fn into_request(self, env_data: Option<std::ffi::OsString>) -> Request {
        let command = self.command.into_command();
        let data_from_env =
            self.output.data.is_none() && env_data.as_ref().is_some_and(|env| !env.is_empty());
        let data = source(self.output.data.or(env_data.map(PathBuf::from)));
        Request {
            command,
            read_as: self.read_as,
            format: self.output.format,
            color: self.output.color,
            data,
            data_from_env,
            headers: !self.output.no_headers,
            no_pager: self.output.no_pager,
        }
    }
}

/// The usage error `message` makes for the command `name` (the program's, with none): a line
/// clap accepts but that cannot mean what it says, which the message says how to type instead.
fn usage(name: Option<&str>, message: String) -> clap::Error {
    let mut command = Cli::command();
    command.build();
    let kind = ErrorKind::ArgumentConflict;
    match name.and_then(|name| command.find_subcommand_mut(name)) {
        Some(sub) => sub.error(kind, message),
        None => command.error(kind, message),
    }
}

/// `err` with every value it echoes from the command line shown by the one rule for text that
/// did not come from us ([`shown`]): cut to a length, backslashes doubled, control characters as
/// visible escapes. Clap would print them raw to a terminal, and strip escape sequences from a
/// pipe.
pub fn shown_error(mut err: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue};
    let echoed = [
        ContextKind::InvalidArg,
        ContextKind::InvalidValue,
        ContextKind::InvalidSubcommand,
        ContextKind::Suggested,
    ];
    // A tip quotes the argument (`to pass '--x' as a value, use '-- --x'`): it is cut as a whole.
    let tip = |text: &clap::builder::StyledStr| {
        clap::builder::StyledStr::from(crate::render::shown_at(
            &text.to_string(),
            4 * crate::render::SHOWN_CHARS,
        ))
    };
    let values: Vec<(ContextKind, ContextValue)> = err
        .context()
        .filter(|(kind, _)| echoed.contains(kind))
        .map(|(kind, value)| {
            let value = match value {
                ContextValue::String(text) => ContextValue::String(shown(text)),
                ContextValue::Strings(texts) => {
                    ContextValue::Strings(texts.iter().map(|t| shown(t)).collect())
                }
                ContextValue::StyledStrs(texts) => ContextValue::StyledStrs(texts.iter().map(tip).collect()),
                other => other.clone(),
            };
            (kind, value)
        })
        .collect();
    for (kind, value) in values {
        err.insert(kind, value);
    }
    err
}

/// `salary FIGURE`: a figure that is not one is a usage error listing the forms.
pub(crate) fn parse_figure(text: &str) -> Result<u64, crate::usd::UsdError> {
    crate::usd::parse(text)
}

/// The whole command tree, every command's options included, as help shows it: what the man page,
/// the completion scripts and the tests read. (Parsing builds only the command that runs.)
pub fn whole_command() -> clap::Command {
    let mut command = Cli::command();
    command.set_bin_name("mlcareers");
    command.build();
    command
}

/// `P::try_parse_from(args)`, except that the command tree clap builds to parse is never freed.
/// The process ends soon after parsing, and dropping the tree of every command and option, string
/// by string, cost more instructions than the parse itself (BENCHMARKS.md).
/// The tree is returned with what it parsed, for questions about the line (is a word one edit
/// from a command's name?) that would otherwise build it again.
fn parse_kept<P: Parser>(args: &[OsString]) -> Result<Parsed<P>, clap::Error> {
    let mut command = std::mem::ManuallyDrop::new(P::command());
    let matches = command.try_get_matches_from_mut(args)?;
    // Not `from_arg_matches_mut`, which takes the values out: `OutputArgs::given` reads them again.
    let value = P::from_arg_matches(&matches).map_err(|err| err.format(&mut command))?;
    Ok(Parsed { value, matches, command })
}

/// What [`parse_kept`] read, with the matches and command tree it read it by.
struct Parsed<P> {
    value: P,
    matches: clap::ArgMatches,
    command: std::mem::ManuallyDrop<clap::Command>,
}

/// The line read as `mlcareers [OPTIONS] WORDS...` ([`TopicCli`]); `--help` and `--version` among
/// the words are the program's own.
fn parse_topic(args: &[OsString]) -> Result<Cli, clap::Error> {
    match parse_kept::<TopicCli>(args) {
        Ok(Parsed { value: topic, .. }) => {
            let words = cmd::topic::Args { words: topic.words };
            Ok(Cli { output: topic.output, command: Commands::Topic(words), read_as: None })
        }
        Err(err) if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let (long, short) =
                if err.kind() == ErrorKind::DisplayHelp { ("--help", "-h") } else { ("--version", "-V") };
            let flag = if args.iter().any(|arg| arg == long) { long } else { short };
            let program = args.first().cloned().unwrap_or_else(|| "mlcareers".into());
            parse_kept::<Cli>(&[program, flag.into()]).map(|parsed| parsed.value)
        }
        Err(err) => Err(err),
    }
}

/// Whether the line's first word is `data` and the next a word that is none of its commands and
/// not one edit from one (`data scientist`, not `data exprot`).
fn is_data_then_words(args: &[OsString]) -> bool {
    let Some(at) = first_word_at(args) else { return false };
    if args[at] != "data" {
        return false;
    }
    let mut words = args.iter().skip(at + 1);
    let Some(next) = words.find(|arg| !arg.as_encoded_bytes().starts_with(b"-")) else { return false };
    let Some(next) = next.to_str() else { return false };
    let next = next.to_lowercase();
    !cmd::data::action_names().iter().any(|name| edits(&next, name, 1).is_some())
}

/// clap's own error for an unknown command, word for word, with the did-you-mean it gives (the
/// names whose Jaro similarity is over 0.7, most similar last, as clap orders them).
fn unrecognized_subcommand(word: &str) -> clap::Error {
    use clap::error::{ContextKind, ContextValue};
    let mut command = Cli::command();
    command.build();
    let mut similar: Vec<(f64, String)> = command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| (strsim::jaro(word, sub.get_name()), sub.get_name().to_owned()))
        .filter(|(confidence, _)| *confidence > 0.7)
        .collect();
    similar.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut err = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&command);
    err.insert(ContextKind::InvalidSubcommand, ContextValue::String(word.to_owned()));
    err.insert(
        ContextKind::SuggestedSubcommand,
        ContextValue::Strings(similar.into_iter().map(|(_, name)| name).collect()),
    );
    err.insert(ContextKind::Usage, ContextValue::StyledStr(command.render_usage()));
    err
}

/// Whether `word` is one edit (a typo, a swapped pair) from a command's name, and so a slip for it.
fn is_near_a_command(command: &clap::Command, word: &str) -> bool {
    let word = word.to_lowercase();
    let names = command.get_subcommands().filter(|sub| !sub.is_hide_set()).map(clap::Command::get_name);
    // A command's own name reaches here only after `--` (`mlcareers -- roles`): a slip too.
    word.chars().count() >= 3 && names.into_iter().any(|name| edits(&word, name, 1).is_some())
}

/// The edits (a typo, a swapped pair) between `word` and `name` when there are `most` or fewer.
/// Words whose lengths differ by more are not compared: most words are far from every name.
fn edits(word: &str, name: &str, most: usize) -> Option<usize> {
    let lengths = word.chars().count().abs_diff(name.chars().count());
    (lengths <= most).then(|| strsim::osa_distance(word, name)).filter(|distance| *distance <= most)
}

/// Whether the line asks for a machine format (`-f json`, `--format=csv`, `-ftsv`), where
/// nothing is guessed.
fn machine_format(args: &[OsString]) -> bool {
    let machine = |value: &str| {
        Format::ALL.iter().any(|format| format.is_machine() && format.name().eq_ignore_ascii_case(value))
    };
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    let mut found = false;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = if word == "-f" || word == "--format" {
            words.next().map(std::borrow::Cow::into_owned)
        } else if let Some(value) = word.strip_prefix("--format=") {
            Some(value.to_owned())
        } else {
            word.strip_prefix("-f")
                .filter(|value| !value.is_empty() && !word.starts_with("--"))
                .map(|value| value.trim_start_matches('=').to_owned())
        };
        if let Some(value) = value {
            // The last one given wins, as the parse takes it.
            found = machine(&value);
        }
    }
    found
}

/// Every command's name, as a person types it first (`help` is clap's own): taken from the
/// registry when the program is compiled, so that a line of words is told from a command without
/// building clap's tree.
const COMMAND_NAMES: [&str; typed_commands() + 1] = {
    let mut names = ["help"; typed_commands() + 1];
    let (mut at, mut count) = (0, 0);
    while at < cmd::ALL.len() {
        if cmd::ALL[at].typed {
            names[count] = cmd::ALL[at].name;
            count += 1;
        }
        at += 1;
    }
    names
};

/// How many commands are typed by name (all but words, [`Command::TYPED`]).
const fn typed_commands() -> usize {
    let (mut at, mut count) = (0, 0);
    while at < cmd::ALL.len() {
        if cmd::ALL[at].typed {
            count += 1;
        }
        at += 1;
    }
    count
}

/// Whether the line's first word is plain text that names no command and is not one edit from
/// one: the words of a topic (`mlcareers nlp engineer pay`, `mlcareers research`), as the whole
/// parse would read them. A slip (`rols`, `sklls`) or a command takes the whole parse.
fn starts_with_words(args: &[OsString]) -> bool {
    // `--` before the words makes them clap's to judge (`mlcareers -- roles`).
    let Some(at) = first_word_at(args) else { return false };
    let Some(word) = args[at].to_str() else { return false };
    let word = word.to_lowercase();
    let near = word.chars().count() >= 3 && COMMAND_NAMES.iter().any(|name| edits(&word, name, 1).is_some());
    !COMMAND_NAMES.contains(&word.as_str()) && !near
}

/// The options every command takes that are followed by their value.
const VALUED: [&str; 4] = ["-f", "--format", "--color", "--data"];

/// Where the line's first word is that is neither an option nor an option's value; none when
/// `--` comes first.
fn first_word_at(args: &[OsString]) -> Option<usize> {
    let mut at = 1;
    while at < args.len() {
        let arg = &args[at];
        if arg == "--" {
            return None;
        }
        if !arg.as_encoded_bytes().starts_with(b"-") {
            return Some(at);
        }
        at += if VALUED.iter().any(|option| arg == *option) { 2 } else { 1 };
    }
    None
}

/// The first word of the line that is neither an option nor an option's value (after `--` too).
fn first_word(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if VALUED.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            return Some(word.to_lowercase());
        }
    }
    None
}

/// The first word of the line that is not an option, when it is a command's name spelt wrong
/// (one edit, two for a long name): where it is, and the name.
fn misspelt_command(args: &[OsString]) -> Option<(usize, String)> {
    let at = first_word_at(args)?;
    let typed = args[at].to_str()?.to_lowercase();
    // Four letters at least: `can`, `mad` are words of a question, not `man` spelt wrong.
    if COMMAND_NAMES.contains(&typed.as_str()) || typed.chars().count() < 4 {
        return None;
    }
    let allowed = if typed.chars().count() >= 8 { 2 } else { 1 };
    // Not `help`: a word near it (`hell`, `held`) is no request for help.
    COMMAND_NAMES
        .into_iter()
        .filter(|name| *name != "help")
        .filter_map(|name| Some((edits(&typed, name, allowed)?, name)))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| (at, name.to_owned()))
}

/// `-` is standard input; no path (or an empty one, as an empty `MLCAREERS_DATA`) the embedded data.
pub(crate) fn source(path: Option<PathBuf>) -> Source {
    match path {
        Some(path) if path.as_os_str() == "-" => Source::Stdin,
        Some(path) if !path.as_os_str().is_empty() => Source::File(path),
        _ => Source::Embedded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Command, Compare, Data, Faq, Guide, Match, Path, Role, Roles, Salary, Topic};
    use clap::CommandFactory;

    fn request(args: &[&str]) -> Request {
        Cli::parse_args(std::iter::once("mlcareers").chain(args.iter().copied())).unwrap().into_request(None)
    }

    #[test]
    fn the_names_told_from_words_are_the_commands() {
        let tree = whole_command();
        let mut names: Vec<&str> = tree.get_subcommands().map(clap::Command::get_name).collect();
        names.sort_unstable();
        let mut listed = COMMAND_NAMES.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, names);
    }

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every command, and every command of a command (`data check`), takes the options every
    /// command takes, and `--help` lists it with its summary.
    #[test]
    fn every_command_takes_the_shared_options() {
        fn check(command: &clap::Command, path: &str) {
            let ids: Vec<&str> = command.get_arguments().map(|arg| arg.get_id().as_str()).collect();
            for id in OutputArgs::IDS {
                assert!(ids.contains(&id), "{path} lacks --{id}");
            }
            for sub in command.get_subcommands().filter(|sub| sub.get_name() != "help") {
                check(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        let tree = whole_command();
        check(&tree, "mlcareers");
        for entry in cmd::ALL.iter().filter(|entry| entry.typed) {
            let sub = tree
                .find_subcommand(entry.name)
                .unwrap_or_else(|| panic!("{} is not in the tree", entry.name));
            assert_eq!(
                sub.get_about().map(ToString::to_string).as_deref(),
                Some(entry.summary),
                "{}",
                entry.name
            );
        }
    }

    #[test]
    fn levels_may_repeat_or_use_commas() {
        let levels = |words: &[&str]| {
            Command::Roles(Roles { levels: words.iter().map(|w| (*w).to_owned()).collect(), only: false })
        };
        assert_eq!(request(&["roles", "--level", "senior,junior"]).command, levels(&["senior", "junior"]));
        assert_eq!(request(&["roles", "-l", "entry", "-l", "Senior"]).command, levels(&["entry", "Senior"]));
    }

    #[test]
    fn words_are_joined_so_quotes_are_optional() {
        assert_eq!(
            request(&["faq", "biggest", "challenge"]).command,
            Command::Faq(Faq { query: Some("biggest challenge".into()) })
        );
        assert_eq!(
            request(&["role", "NLP", "Engineer"]).command,
            Command::Role(Role { name: "NLP Engineer".into() })
        );
        assert_eq!(request(&["guide"]).command, Command::Guide(Guide { section: None, all: false }));
    }

    fn parsed(args: &[&str]) -> Result<Request, clap::Error> {
        Cli::parse_args(std::iter::once("mlcareers").chain(args.iter().copied()))
            .map(|cli| cli.into_request(None))
    }

    /// [`parsed`] with a machine format, where nothing is guessed.
    fn strict(args: &[&str]) -> Result<Request, clap::Error> {
        let line: Vec<&str> = ["-f", "json"].into_iter().chain(args.iter().copied()).collect();
        parsed(&line)
    }

    #[test]
    fn a_line_that_is_no_command_is_a_question_for_people_only() {
        let topic = |words: &str| Command::Topic(Topic { words: words.to_owned() });
        assert_eq!(parsed(&["salary", "nlp", "engineer"]).unwrap().command, topic("salary nlp engineer"));
        assert_eq!(
            parsed(&["skills", "of", "a", "cv", "engineer"]).unwrap().command,
            topic("skills of a cv engineer")
        );
        assert_eq!(
            parsed(&["compare", "data", "scientist", "and", "nlp", "engineer"]).unwrap().command,
            topic("compare data scientist and nlp engineer")
        );
        assert!(strict(&["salary", "nlp", "engineer"]).is_err());
        assert!(strict(&["skills", "of", "a", "cv", "engineer"]).is_err());
        assert!(parsed(&["--format=csv", "salary", "nlp"]).is_err());
        assert!(parsed(&["-ftsv", "salary", "nlp"]).is_err());
        // Help, a missing value and a missing command stay clap's.
        assert_eq!(parsed(&["salary", "--help"]).unwrap_err().kind(), ErrorKind::DisplayHelp);
        assert!(parsed(&["path", "ds"]).is_err());
    }

    #[test]
    fn words_after_the_program_name_are_a_topic() {
        let topic = |words: &str| Command::Topic(Topic { words: words.to_owned() });
        assert_eq!(parsed(&["outlook"]).unwrap().command, topic("outlook"));
        assert_eq!(parsed(&["do", "I", "need", "a", "phd"]).unwrap().command, topic("do I need a phd"));
        let request = parsed(&["role-of", "-f", "JSON"]).unwrap();
        assert_eq!((request.command, request.format), (topic("role-of"), Format::Json));
        assert_eq!(parsed(&["--format", "csv", "outlook"]).unwrap().format, Format::Csv);
        assert_eq!(parsed(&["research"]).unwrap().command, topic("research"), "two edits from search");
    }

    #[test]
    fn a_near_miss_of_a_command_stays_a_usage_error() {
        for (slip, meant) in
            [("rols", "roles"), ("salery", "salary"), ("comapre", "compare"), ("Skils", "skills")]
        {
            let read = parsed(&[slip]).unwrap().read_as;
            assert_eq!(read, Some(format!("mlcareers {meant}")), "{slip}");
            let err = strict(&[slip]).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::InvalidSubcommand, "{slip}");
            assert!(
                err.to_string().contains("tip: a similar subcommand")
                    || err.to_string().contains("tip: some similar subcommands"),
                "{slip}: {err}"
            );
        }
    }

    #[test]
    fn skills_without_the_flag_say_what_to_type() {
        let err = strict(&["match", "python", "sql"]).unwrap_err();
        assert!(err.to_string().contains("mlcareers match --skills python,sql"), "{err}");
        let err = strict(&["match"]).unwrap_err();
        assert!(err.to_string().contains("--skills python,statistics"), "{err}");
    }

    #[test]
    fn every_format_is_read_by_its_name() {
        for &format in Format::ALL {
            assert_eq!(request(&["skills", "--format", format.name()]).format, format);
            assert!(strict(&["skills", "--format", format.name()]).is_ok());
        }
    }

    #[test]
    fn values_are_read_in_any_case() {
        assert_eq!(parsed(&["skills", "--format", "JSON"]).unwrap().format, Format::Json);
        assert_eq!(parsed(&["skills", "--color", "Never"]).unwrap().color, ColorChoice::Never);
    }

    #[test]
    fn blank_queries_are_usage_errors() {
        assert!(parsed(&["search", " "]).is_err());
        assert!(parsed(&["faq", ""]).is_err());
        assert!(parsed(&["faq"]).is_ok());
    }

    #[test]
    fn data_comes_from_the_flag_then_the_environment() {
        let data = |args: &[&str], env: Option<&str>| {
            let cli = Cli::parse_args(std::iter::once("mlcareers").chain(args.iter().copied())).unwrap();
            cli.into_request(env.map(Into::into)).data
        };
        assert_eq!(data(&["roles"], None), Source::Embedded);
        assert_eq!(data(&["roles"], Some("")), Source::Embedded, "empty is unset");
        assert_eq!(data(&["roles"], Some("mine.json")), Source::File("mine.json".into()));
        assert_eq!(data(&["--data", "-", "roles"], Some("mine.json")), Source::Stdin, "the flag wins");
        assert_eq!(data(&["roles", "--data", "other.json"], None), Source::File("other.json".into()));
    }

    #[test]
    fn a_figure_turns_salary_into_where_it_sits() {
        assert_eq!(
            request(&["salary", "$150,000", "--role", "ds", "-l", "mid"]).command,
            Command::Salary(Salary {
                figure: Some(150_000),
                levels: vec!["mid".to_owned()],
                role: Some("ds".into()),
                chart: false
            })
        );
        assert_eq!(
            request(&["salary", "150k", "--chart"]).command,
            Command::Salary(Salary { figure: Some(150_000), levels: vec![], role: None, chart: true })
        );
        assert_eq!(
            request(&["salary"]).command,
            Command::Salary(Salary { figure: None, levels: vec![], role: None, chart: false })
        );
    }

    #[test]
    fn a_bad_figure_is_a_usage_error_that_lists_the_forms() {
        let parse =
            |args: &[&str]| Cli::try_parse_from(std::iter::once("mlcareers").chain(args.iter().copied()));
        for bad in ["abc", "-5", "0", "1e999", "150kk", &"9".repeat(1 << 20)] {
            let error = parse(&["salary", bad]).unwrap_err();
            assert_eq!(error.exit_code(), 2, "{bad}");
            assert!(
                error.to_string().contains("write it as 150000, 150,000, $150,000, 150k or 150K"),
                "{error}"
            );
        }
        assert_eq!(
            parsed(&["salary", "--role", "ds"]).unwrap().command,
            Command::Salary(Salary { figure: None, levels: vec![], role: Some("ds".into()), chart: false })
        );
        let error = parsed(&["salary", "150k", "--role", " "]).unwrap_err();
        assert!(error.to_string().contains("--role ds"), "{error}");
    }

    #[test]
    fn data_and_a_word_of_no_data_command_are_a_topic() {
        let topic = |words: &str| Command::Topic(Topic { words: words.to_owned() });
        assert_eq!(parsed(&["data", "scientist"]).unwrap().command, topic("data scientist"));
        let request = parsed(&["-f", "json", "data", "science"]).unwrap();
        assert_eq!((request.command, request.format), (topic("data science"), Format::Json));
        assert_eq!(strict(&["data", "exprot"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
        assert_eq!(parsed(&["data", "export"]).unwrap().command, Command::Data(Data::Export));
    }

    #[test]
    fn the_topic_parse_never_shows_itself() {
        let topic = |words: &str| Command::Topic(Topic { words: words.to_owned() });
        assert_eq!(parsed(&["--", "xyz"]).unwrap().command, topic("xyz"));
        assert_eq!(parsed(&["--", "outlook"]).unwrap().command, topic("outlook"));
        assert_eq!(parsed(&["topic", "xyz"]).unwrap().command, topic("topic xyz"), "no command of its own");
        let help = parsed(&["outlook", "--help"]).unwrap_err();
        assert_eq!(help.kind(), ErrorKind::DisplayHelp);
        assert!(!help.to_string().contains("mlcareers topic"), "{help}");
        assert!(help.to_string().contains("<WORDS>"), "{help}");
        assert!(!Cli::command().get_subcommands().any(|sub| sub.get_name() == "topic"));
    }

    #[test]
    fn stray_words_say_what_to_type() {
        let err = strict(&["roles", "junior"]).unwrap_err();
        assert!(err.to_string().contains("mlcareers roles --level junior"), "{err}");
        let err = strict(&["path", "data", "scientist", "nlp", "engineer"]).unwrap_err();
        assert!(err.to_string().contains("in quotes"), "{err}");
        assert_eq!(err.exit_code(), 2);
        assert_eq!(
            parsed(&["compare", "ds"]).unwrap().command,
            Command::Compare(Compare { roles: vec!["ds".into()] }),
            "compare says which roles there are, from the data"
        );
        assert_eq!(parsed(&["match", "--skills", ""]).unwrap_err().exit_code(), 2);
        assert_eq!(parsed(&["match", "--skills", " , "]).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn empty_level_items_are_dropped() {
        assert_eq!(
            parsed(&["roles", "-l", "senior,,mid"]).unwrap().command,
            Command::Roles(Roles { levels: vec!["senior".into(), "mid".into()], only: false })
        );
        assert_eq!(parsed(&["roles", "-l", ","]).unwrap_err().exit_code(), 2);
        assert_eq!(parsed(&["salary", "-l", ""]).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn path_takes_two_roles() {
        assert_eq!(
            request(&["path", "ds", "Machine Learning Engineer"]).command,
            Command::Path(Path { from: "ds".into(), to: "Machine Learning Engineer".into() })
        );
    }

    #[test]
    fn format_goes_before_or_after_the_command() {
        assert_eq!(request(&["--format", "json", "skills"]).format, Format::Json);
        let Command::Match(Match { skills, .. }) =
            request(&["match", "-s", "python,, statistics,", "-s", " "]).command
        else {
            panic!("not a match request")
        };
        assert_eq!(skills, ["python", "statistics"], "trimmed");
        assert_eq!(request(&["skills", "-f", "csv"]).format, Format::Csv);
    }

    #[test]
    fn an_option_after_the_command_overrides_one_before() {
        let given = |args: &[&str]| {
            let request = request(args);
            (request.format, request.color, request.headers, request.data)
        };
        assert_eq!(
            given(&["--format", "json", "--color", "never", "roles", "-f", "csv"]),
            (Format::Csv, ColorChoice::Never, true, Source::Embedded),
            "the later format wins; the earlier colour stands"
        );
        assert_eq!(
            given(&["--data", "a.json", "data", "--no-headers", "check", "--data", "b.json", "f.json"]),
            (Format::Table, ColorChoice::Auto, false, Source::File("b.json".into())),
            "each level of `data check` takes them"
        );
        assert_eq!(
            given(&["skills"]),
            (Format::Table, ColorChoice::Auto, true, Source::Embedded),
            "defaults"
        );
    }
}
