//! The command line: clap definitions, and their conversion to the plain [`Request`] the rest of
//! the program works from. Doc comments here are the `--help` text; the text `--help` shares with
//! the man page (examples, exit status, environment) lives in [`crate::manual`].

// The doc comments below are `--help` text, read in a terminal: no Markdown backticks.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::dataset::Source;
use crate::manual::{DATA_ENV, EXIT_ERROR, EXIT_NOTHING, EXIT_SUCCESS, examples_help, exit_status_help};
use crate::model::Level;
use crate::render::Format;
use crate::request::{ColorChoice, Command, DataAction, Request, Schema, Shell, View};

/// Explore machine-learning careers: roles, salary bands, skills, education, industries and FAQ.
///
/// Everything comes from one article, "Machine Learning Jobs: Careers, Skills, Salary Guide",
/// shipped inside the binary: no network, no files. Each record names the article section it
/// comes from; a role's salary range is derived from the article's bands by experience level.
/// A few BLS and O*NET figures stand beside the article, each labelled with source and period.
#[derive(Debug, Parser)]
#[command(
    name = "mlcareers",
    version,
    help_template = "{about-with-newline}\n{before-help}{usage-heading} {usage}\n\n{all-args}{after-help}",
    before_long_help = examples_help(),
    after_help = exit_status_help()
)]
pub struct Cli {
    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Commands,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: table and markdown for people; json, jsonl, csv and tsv for programs, which get every record and field (see mlcareers schema)
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Table, global = true)]
    pub format: FormatArg,
    /// CSV and TSV without the header row
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// When to use colour: auto (a terminal, NO_COLOR unset or empty, TERM not dumb; CLICOLOR_FORCE forces it)
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, global = true, value_name = "WHEN")]
    pub color: ColorArg,

    // The variable is named in the help by hand, not with clap's `env`, which would also print its
    // value when set; `main` reads it and `into_request` decides what an empty one means.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        value_hint = ValueHint::FilePath,
        help = format!("Read the dataset from FILE (- for standard input) instead of the embedded one [env: {DATA_ENV}]")
    )]
    pub data: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    /// List machine-learning roles with responsibilities, experience range and salary range
    #[command(after_help = "Salary ranges are derived from the article's bands by experience level.")]
    Roles {
        /// Only roles open at this level (repeat or separate with commas for any of several)
        #[arg(long, short = 'l', value_enum, value_delimiter = ',')]
        level: Vec<LevelArg>,
    },
    /// Show one role: responsibilities, experience range, salary range by level
    Role {
        /// Role id, title or a unique part of either: nlp-engineer, "NLP Engineer", nlp, mle
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
    },
    /// Show annual salary ranges (USD) by experience level, or where a figure sits in them
    #[command(after_help = format!("FIGURE is annual USD, written {}.", crate::usd::FORMS))]
    Salary {
        /// An annual figure in USD to place against the bands: 150000, 150,000, $150,000, 150k
        #[arg(value_parser = parse_figure, allow_negative_numbers = true)]
        figure: Option<u64>,
        /// Only these levels (repeat or separate with commas)
        #[arg(long, short = 'l', value_enum, value_delimiter = ',')]
        level: Vec<LevelArg>,
        /// With FIGURE: the levels this role spans, and its BLS medians if it has any
        #[arg(long, short = 'r', requires = "figure", value_name = "NAME")]
        role: Option<String>,
        /// Draw the ranges as bars on one scale (table and markdown formats; json and csv are unchanged)
        #[arg(long)]
        chart: bool,
    },
    /// List the essential skills, grouped as the article groups them, with its reasons
    Skills,
    /// List education and learning pathways: degrees, further study and alternatives
    Education,
    /// List industries that use machine learning, employers that hire, and applications
    Industries,
    /// List the frequently asked questions, or answer one
    Faq {
        /// A question number (3) or words from it (degree, "biggest challenge")
        query: Vec<String>,
    },
    /// List the article's sections, or read one wrapped to the terminal
    Guide {
        /// Section id, title or a unique part of either: challenges, outlook, "How to Prepare"
        section: Vec<String>,
    },
    /// Search roles, skills, education, industries, salary bands, FAQ and guide at once
    #[command(after_help = format!("Exit status {EXIT_NOTHING} when nothing matches, so scripts can test it."))]
    Search {
        /// Words to look for; typos and word forms are forgiven: statstics, fraud, "do I need a degree"
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// At most this many entries, best first (0: every match). Default: 10 in table and markdown, every match in json, jsonl, csv and tsv
        #[arg(long, short = 'n', value_name = "N")]
        limit: Option<usize>,
    },
    /// Compare roles side by side: duties, experience, pay, own skills, and what sets each apart
    Compare {
        /// Two or more roles, each an id, a title in quotes, or a unique part: nlp cve data-scientist
        #[arg(required = true, num_args = 2.., value_name = "ROLE")]
        roles: Vec<String>,
    },
    /// From one role to another: what carries over, what is left to learn, pay by level
    Path {
        /// The role you have: an id, a title in quotes, or a unique part (data-scientist, ds)
        #[arg(value_name = "FROM")]
        from: String,
        /// The role you want, named the same ways
        #[arg(value_name = "TO")]
        to: String,
    },
    /// Rank roles by how well your skills cover what each asks for, with what is left to learn
    #[command(after_help = "Every role asks for the article's essential skills; a role's own skills are \
                            derived from Table 1 or O*NET and marked *.")]
    Match {
        /// Skills you have, separated by commas or repeated: python,statistics or "linear algebra"
        #[arg(long, short = 's', required = true, value_delimiter = ',', value_name = "SKILL")]
        skills: Vec<String>,
        /// Only roles open at this level (repeat or separate with commas)
        #[arg(long, short = 'l', value_enum, value_delimiter = ',')]
        level: Vec<LevelArg>,
        /// A skill the data does not know is an error (exit 2), not a warning
        #[arg(long)]
        strict: bool,
    },
    /// List every source the data comes from: the article, and BLS and O*NET pages with their periods
    Sources,
    /// Work with data files: export the embedded dataset, print its JSON Schema, check a file
    #[command(subcommand)]
    Data(DataCommands),
    /// Print a shell completion script (role ids complete after role and compare)
    #[command(after_long_help = "Install, for example:
  bash: mlcareers completions bash > ~/.local/share/bash-completion/completions/mlcareers
  zsh:  mlcareers completions zsh > ~/.zfunc/_mlcareers   (with fpath+=~/.zfunc before compinit)
  fish: mlcareers completions fish > ~/.config/fish/completions/mlcareers.fish")]
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: ShellArg,
    },
    /// Print the man page (roff): mlcareers man | man -l -
    Man,
    /// Print the JSON Schema of a command's JSON output (the contract scripts can rely on)
    #[command(
        after_help = "JSON Lines records, and CSV and TSV rows read back, follow the same schema. See docs/contract.md."
    )]
    Schema {
        /// The command whose output to describe
        #[arg(value_enum)]
        command: SchemaArg,
    },
}

/// The commands `schema` describes; `data-check` is `data check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaArg {
    Roles,
    Role,
    Salary,
    Skills,
    Education,
    Industries,
    Faq,
    Guide,
    Search,
    Match,
    Compare,
    Path,
    Sources,
    DataCheck,
}

impl From<SchemaArg> for Schema {
    fn from(arg: SchemaArg) -> Self {
        match arg {
            SchemaArg::Roles => Schema::Roles,
            SchemaArg::Role => Schema::Role,
            SchemaArg::Salary => Schema::Salary,
            SchemaArg::Skills => Schema::Skills,
            SchemaArg::Education => Schema::Education,
            SchemaArg::Industries => Schema::Industries,
            SchemaArg::Faq => Schema::Faq,
            SchemaArg::Guide => Schema::Guide,
            SchemaArg::Search => Schema::Search,
            SchemaArg::Match => Schema::Match,
            SchemaArg::Compare => Schema::Compare,
            SchemaArg::Path => Schema::Path,
            SchemaArg::Sources => Schema::Sources,
            SchemaArg::DataCheck => Schema::DataCheck,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum DataCommands {
    /// Print the embedded dataset as JSON, a starting point for a file of your own
    Export,
    /// Print the dataset's JSON Schema, for editors to check a file as you type
    Schema,
    /// Check a data file and list every problem: syntax (line and column), types (field path), rules
    #[command(after_help = format!("Exit status {EXIT_SUCCESS} when the file is valid, {EXIT_NOTHING} when it has problems, {EXIT_ERROR} when it cannot be read."))]
    Check {
        /// The file to check (- for standard input)
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    #[value(name = "powershell")]
    PowerShell,
    Elvish,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    Entry,
    Mid,
    Senior,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Tsv => Format::Tsv,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

impl From<LevelArg> for Level {
    fn from(level: LevelArg) -> Self {
        match level {
            LevelArg::Entry => Level::Entry,
            LevelArg::Mid => Level::Mid,
            LevelArg::Senior => Level::Senior,
        }
    }
}

impl Cli {
    /// The plain request the rest of the program works from. `env_data` is `MLCAREERS_DATA`,
    /// used when there is no `--data`; empty, it means the embedded dataset, as unset does.
    pub fn into_request(self, env_data: Option<std::ffi::OsString>) -> Request {
        let levels = |levels: Vec<LevelArg>| {
            let mut levels: Vec<Level> = levels.into_iter().map(Level::from).collect();
            levels.sort();
            levels.dedup();
            levels
        };
        let words = |words: Vec<String>| Some(words.join(" ")).filter(|joined| !joined.is_empty());
        let view = |view| Command::View(view);
        let command = match self.command {
            Commands::Roles { level } => view(View::Roles { levels: levels(level) }),
            Commands::Role { name } => view(View::Role { name: name.join(" ") }),
            Commands::Salary { figure: Some(figure), level, role, chart } => {
                view(View::Position { figure, levels: levels(level), role, chart })
            }
            Commands::Salary { figure: None, level, role: _, chart } => {
                view(View::Salary { levels: levels(level), chart })
            }
            Commands::Path { from, to } => view(View::Path { from, to }),
            Commands::Skills => view(View::Skills),
            Commands::Education => view(View::Education),
            Commands::Industries => view(View::Industries),
            Commands::Faq { query } => view(View::Faq { query: words(query) }),
            Commands::Guide { section } => view(View::Guide { section: words(section) }),
            Commands::Compare { roles } => view(View::Compare { roles }),
            Commands::Sources => view(View::Sources),
            Commands::Match { skills, level, strict } => {
                // `python,,statistics,` is a typing slip, not an empty skill to warn about.
                let skills = skills.into_iter().filter(|skill| !skill.trim().is_empty()).collect();
                view(View::Match { skills, levels: levels(level), strict })
            }
            Commands::Search { query, limit } => view(View::Search { query: query.join(" "), limit }),
            Commands::Data(DataCommands::Export) => Command::Data(DataAction::Export),
            Commands::Data(DataCommands::Schema) => Command::Data(DataAction::Schema),
            Commands::Data(DataCommands::Check { file }) => {
                Command::Data(DataAction::Check { file: source(Some(file)) })
            }
            Commands::Completions { shell } => Command::Completions(shell.into()),
            Commands::Man => Command::Man,
            Commands::Schema { command } => Command::Schema(command.into()),
        };
        let color = match self.output.color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        };
        let data = source(self.output.data.or(env_data.map(PathBuf::from)));
        Request { command, format: self.output.format.into(), color, data, headers: !self.output.no_headers }
    }
}

/// `salary FIGURE`: a figure that is not one is a usage error listing the forms.
fn parse_figure(text: &str) -> Result<u64, crate::usd::UsdError> {
    crate::usd::parse(text)
}

/// `-` is standard input; no path (or an empty one, as an empty `MLCAREERS_DATA`) the embedded data.
fn source(path: Option<PathBuf>) -> Source {
    match path {
        Some(path) if path.as_os_str() == "-" => Source::Stdin,
        Some(path) if !path.as_os_str().is_empty() => Source::File(path),
        _ => Source::Embedded,
    }
}

impl From<ShellArg> for Shell {
    fn from(shell: ShellArg) -> Self {
        match shell {
            ShellArg::Bash => Shell::Bash,
            ShellArg::Zsh => Shell::Zsh,
            ShellArg::Fish => Shell::Fish,
            ShellArg::PowerShell => Shell::PowerShell,
            ShellArg::Elvish => Shell::Elvish,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn request(args: &[&str]) -> Request {
        Cli::try_parse_from(std::iter::once("mlcareers").chain(args.iter().copied()))
            .unwrap()
            .into_request(None)
    }

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn levels_may_repeat_or_use_commas() {
        let expected = Command::View(View::Roles { levels: vec![Level::Entry, Level::Senior] });
        assert_eq!(request(&["roles", "--level", "senior,entry"]).command, expected);
        assert_eq!(request(&["roles", "-l", "entry", "-l", "senior", "-l", "entry"]).command, expected);
    }

    #[test]
    fn words_are_joined_so_quotes_are_optional() {
        assert_eq!(
            request(&["faq", "biggest", "challenge"]).command,
            Command::View(View::Faq { query: Some("biggest challenge".into()) })
        );
        assert_eq!(
            request(&["role", "NLP", "Engineer"]).command,
            Command::View(View::Role { name: "NLP Engineer".into() })
        );
        assert_eq!(request(&["guide"]).command, Command::View(View::Guide { section: None }));
    }

    #[test]
    fn data_comes_from_the_flag_then_the_environment() {
        let data = |args: &[&str], env: Option<&str>| {
            let cli = Cli::try_parse_from(std::iter::once("mlcareers").chain(args.iter().copied())).unwrap();
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
            Command::View(View::Position {
                figure: 150_000,
                levels: vec![Level::Mid],
                role: Some("ds".into()),
                chart: false
            })
        );
        assert_eq!(
            request(&["salary", "150k", "--chart"]).command,
            Command::View(View::Position { figure: 150_000, levels: vec![], role: None, chart: true })
        );
        assert_eq!(
            request(&["salary"]).command,
            Command::View(View::Salary { levels: vec![], chart: false })
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
        let error = parse(&["salary", "--role", "ds"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn path_takes_two_roles() {
        assert_eq!(
            request(&["path", "ds", "Machine Learning Engineer"]).command,
            Command::View(View::Path { from: "ds".into(), to: "Machine Learning Engineer".into() })
        );
    }

    #[test]
    fn format_goes_before_or_after_the_command() {
        assert_eq!(request(&["--format", "json", "skills"]).format, Format::Json);
        let Command::View(View::Match { skills, .. }) =
            request(&["match", "-s", "python,, statistics,", "-s", " "]).command
        else {
            panic!("not a match request")
        };
        assert_eq!(skills, ["python", " statistics"]);
        assert_eq!(request(&["skills", "-f", "csv"]).format, Format::Csv);
    }
}
