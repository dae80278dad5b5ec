//! The command line: clap definitions, and their conversion to the plain [`Request`] the rest of
//! the program works from. How a line is read ([`Cli::parse_args`], and the start-up tricks around
//! clap's parse, each with its reason) is [`line`]. Doc comments here are the `--help` text; the
//! text `--help` shares with the man page (examples, exit status, environment) lives in
//! [`crate::manual`].

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
use crate::render::Format;
use crate::request::{ColorChoice, Request};

mod line;

pub use line::shown_error;

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
// parse; each command has its own copy instead, built only for the command that runs (`defer` in
// `commands!` below), and `OutputArgs::given` (in `line.rs`) takes the one given last. (No doc
// comment: clap would make it the description of every command.) `display_order` keeps them where
// help listed the global options: first, each beside a command's own option of the same rank, in
// name order.
#[derive(Debug, Args)]
pub struct OutputArgs {
    // The formats are named from `Format::ALL`: a new one is in the help when it is in `formats!`.
    #[arg(long, short = 'f', value_parser = named(Format::ALL, Format::name), ignore_case = true, default_value = Format::DEFAULT.name(), display_order = 0, help = format_help())]
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

impl OutputArgs {
    /// Their ids: a command's own options are the others (the man page lists those). Side by side
    /// with [`OutputArgs::VALUED`], which names the same options as typed.
    pub const IDS: [&str; 5] = ["format", "no_headers", "color", "data", "no_pager"];

    /// Those of them followed by their value, as they are typed: how words are told from options
    /// before the line's first word without building clap's tree (`line.rs`). The test
    /// `the_valued_options_are_those_clap_reads_a_value_for` holds it to the struct above.
    const VALUED: [&str; 4] = ["-f", "--format", "--color", "--data"];
}

/// `--format`'s help: the formats for people, then those for programs, by name, in the order of
/// [`Format::ALL`].
fn format_help() -> String {
    format!(
        "Output format: {} for people; {} for programs, which get every record and field (see mlcareers schema)",
        Format::listed(false),
        Format::listed(true)
    )
}

// Every command's own arguments are declared in its file under `src/cmd/`; the list of commands
// is `cmd::for_each_command!`. From it, `Commands` below: clap's subcommands, one per command,
// each with its own arguments and its own copy of the options every command takes, built only
// when it is the one that runs (`defer`, `Command::DEFERRED`: building every command's for every
// parse cost more than the parse; one of the start-up tricks `line.rs` lists).
// [`OutputArgs::given`] reads those options.
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

impl Cli {
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
    use crate::request::{Command, Faq, Guide, Path, Role, Roles, Salary};
    use clap::CommandFactory;

    /// The request `args` (after the program's name) make; the tests of `line.rs` use these too.
    pub(super) fn request(args: &[&str]) -> Request {
        parsed(args).unwrap()
    }

    /// [`request`], or the error.
    pub(super) fn parsed(args: &[&str]) -> Result<Request, clap::Error> {
        Cli::parse_args(std::iter::once("mlcareers").chain(args.iter().copied()))
            .map(|cli| cli.into_request(None))
    }

    /// [`parsed`] with a machine format, where nothing is guessed.
    pub(super) fn strict(args: &[&str]) -> Result<Request, clap::Error> {
        let line: Vec<&str> = ["-f", "json"].into_iter().chain(args.iter().copied()).collect();
        parsed(&line)
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
    fn the_format_help_names_every_format() {
        let help = format_help();
        let (people, programs) = help.split_once(" for people; ").unwrap();
        let words = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_ascii_alphanumeric()).map(str::to_owned).collect()
        };
        for format in Format::ALL {
            let (group, other) = if format.is_machine() { (programs, people) } else { (people, programs) };
            assert!(words(group).iter().any(|word| word == format.name()), "{help}");
            assert!(!words(other).iter().any(|word| word == format.name()), "{help}");
        }
    }

    /// [`OutputArgs::IDS`] and [`OutputArgs::VALUED`] name what clap reads from the struct:
    /// every id, and every spelling of the options followed by a value.
    #[test]
    fn the_valued_options_are_those_clap_reads_a_value_for() {
        let mut options = OutputArgs::augment_args(clap::Command::new("options"));
        options.build();
        let args: Vec<&clap::Arg> = options.get_arguments().filter(|arg| arg.get_id() != "help").collect();
        let ids: Vec<&str> = args.iter().map(|arg| arg.get_id().as_str()).collect();
        assert_eq!(ids, OutputArgs::IDS);
        let mut valued: Vec<String> = args
            .iter()
            .filter(|arg| arg.get_action().takes_values())
            .flat_map(|arg| {
                let long = arg.get_long().map(|long| format!("--{long}"));
                let short = arg.get_short().map(|short| format!("-{short}"));
                long.into_iter().chain(short)
            })
            .collect();
        valued.sort_unstable();
        let mut listed = OutputArgs::VALUED.to_vec();
        listed.sort_unstable();
        assert_eq!(valued, listed);
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
}
