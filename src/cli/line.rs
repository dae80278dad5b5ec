//! How a command line is read: [`Cli::parse_args`], clap's parse of the definitions in
//! [`super`] and the start-up tricks around it. Clap's own `Cli::try_parse_from` reads the same
//! lines, but more slowly and less kindly; each trick here has its reason:
//!
//! - **Options merged by hand** ([`OutputArgs::given`]): the options every command takes may come
//!   before a command's name or after it. Clap's `global` options would do that, but clap copies
//!   a global option into every command at each parse, which cost more than the parse; each
//!   command has its own copy instead, and `given` takes the one given last.
//! - **Commands built only when they run** (`defer` in `commands!`, [`cmd::Command::DEFERRED`]):
//!   building every command's arguments for every parse cost more than the parse.
//! - **The tree never freed** ([`parse_kept`]): the process ends soon after parsing, and dropping
//!   clap's tree, string by string, cost more instructions than the parse itself.
//! - **Words without the tree** ([`starts_with_words`], over [`COMMAND_NAMES`], taken from the
//!   registry when compiled): a first word that names no command, nor a slip of one, is read as
//!   words at once by the small [`TopicCli`] parse, without building the command tree (more
//!   instructions than reading the question). [`first_word_at`] tells words from options by
//!   [`OutputArgs::VALUED`].
//! - **A machine format never guesses** ([`machine_format`]): with `-f json` and the like, the
//!   line is read exactly as typed ([`Cli::parse_strict`]) or is a usage error: lenient for
//!   people, strict for scripts.
//! - **A misspelt command is put right** ([`misspelt_command`]): `sklls` runs `skills`, and the
//!   line as read is said with the answer (`Cli::read_as`); a machine format gets clap's usage
//!   error and its did-you-mean, rebuilt by [`unrecognized_subcommand`] when clap took the word as
//!   words ([`is_near_a_command`]).
//! - **Words a command does not take are a question** (`salary nlp engineer`, `data scientist`:
//!   [`is_data_then_words`], [`Commands::asks_in_words`]), except after a command that is no view
//!   of the data.
//! - **A line clap accepts that cannot mean what it says** says what to type instead
//!   ([`usage`], [`Commands::what_to_type`]): `match python sql`.
//! - **Echoed text shown by our rule** ([`shown_error`]): clap would print what was typed raw.
//!
//! The figures are in BENCHMARKS.md.

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

use super::{Cli, Commands, OutputArgs, TopicCli};
use crate::cmd;
use crate::render::{Format, shown};

impl Cli {
    /// Parses `args` (the program name first) as the binary does. Beyond clap's own parse (the
    /// module's list says why each):
    /// - a first word that is no command is read as a topic (`mlcareers outlook`, `mlcareers do I
    ///   need a phd`), with the options after it still options; one that is a command's name
    ///   spelt wrong (`rols`, `salery`) is put right, or, in a machine format, stays clap's usage
    ///   error, with its did-you-mean;
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
}

impl OutputArgs {
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

/// How many commands are typed by name (all but words, [`cmd::Command::TYPED`]).
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
        at += if OutputArgs::VALUED.iter().any(|option| arg == *option) { 2 } else { 1 };
    }
    None
}

/// The first word of the line that is neither an option nor an option's value (after `--` too).
fn first_word(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if OutputArgs::VALUED.contains(&word.as_ref()) {
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

#[cfg(test)]
mod tests {
    use super::super::tests::{parsed, request, strict};
    use super::super::whole_command;
    use super::*;
    use crate::dataset::Source;
    use crate::request::{ColorChoice, Command, Compare, Data, Match, Topic};

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
