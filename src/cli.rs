//! The command line: clap definitions only. Doc comments here are the `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Level;
use crate::render::Format;
use crate::request::{Command, Request};

const EXAMPLES: &str = "\
Examples:
  mlcareers roles --level mid          roles open to mid-level candidates
  mlcareers role nlp                   one role: duties, experience, derived salary range
  mlcareers salary --level senior      the senior salary band
  mlcareers salary --chart             the bands as bars on one scale
  mlcareers faq degree                 is a degree required?
  mlcareers guide outlook              the article's section on the future of ML jobs
  mlcareers roles --format json        any command as JSON, CSV or Markdown

Exit status: 0 success, 1 nothing found or a runtime error, 2 usage error.";

/// Explore machine-learning careers: roles, salary bands, skills, education, industries and FAQ.
///
/// Everything comes from one article, "Machine Learning Jobs: Careers, Skills, Salary Guide",
/// shipped inside the binary: no network, no files. Each record names the article section it
/// comes from; a role's salary range is derived from the article's bands by experience level.
#[derive(Debug, Parser)]
#[command(name = "mlcareers", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Commands,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: table and markdown for people, json and csv for programs
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Table, global = true)]
    pub format: FormatArg,
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
    /// Show annual salary ranges (USD) by experience level, as a table or a chart
    Salary {
        /// Only these levels (repeat or separate with commas)
        #[arg(long, short = 'l', value_enum, value_delimiter = ',')]
        level: Vec<LevelArg>,
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
    /// Search roles, skills, education, industries, salary bands, FAQ and guide at once
    #[command(after_help = "Exit status 1 when nothing matches, so scripts can test it.")]
    Search {
        /// Words to look for; typos and word forms are forgiven: statstics, fraud, "do I need a degree"
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Show at most this many entries, best first (0 shows every match)
        #[arg(long, short = 'n', default_value_t = 10, value_name = "N")]
        limit: usize,
    },
    /// Compare roles side by side: duties, experience, pay, own skills, and what sets each apart
    Compare {
        /// Two or more roles, each an id, a title in quotes, or a unique part: nlp cve data-scientist
        #[arg(required = true, num_args = 2.., value_name = "ROLE")]
        roles: Vec<String>,
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
    },
    /// List every source the data comes from: the article, and BLS and O*NET pages with their periods
    Sources,
    /// List the article's sections, or read one wrapped to the terminal
    Guide {
        /// Section id, title or a unique part of either: challenges, outlook, "How to Prepare"
        section: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Csv,
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
            FormatArg::Csv => Format::Csv,
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
    /// The plain request the rest of the program works from.
    pub fn into_request(self) -> Request {
        let levels = |levels: Vec<LevelArg>| {
            let mut levels: Vec<Level> = levels.into_iter().map(Level::from).collect();
            levels.sort();
            levels.dedup();
            levels
        };
        let words = |words: Vec<String>| Some(words.join(" ")).filter(|joined| !joined.is_empty());
        let command = match self.command {
            Commands::Roles { level } => Command::Roles { levels: levels(level) },
            Commands::Role { name } => Command::Role { name: name.join(" ") },
            Commands::Salary { level, chart } => Command::Salary { levels: levels(level), chart },
            Commands::Skills => Command::Skills,
            Commands::Education => Command::Education,
            Commands::Industries => Command::Industries,
            Commands::Faq { query } => Command::Faq { query: words(query) },
            Commands::Guide { section } => Command::Guide { section: words(section) },
            Commands::Compare { roles } => Command::Compare { roles },
            Commands::Sources => Command::Sources,
            Commands::Match { skills, level } => Command::Match { skills, levels: levels(level) },
            Commands::Search { query, limit } => {
                Command::Search { query: query.join(" "), limit: (limit > 0).then_some(limit) }
            }
        };
        Request { command, format: self.output.format.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn request(args: &[&str]) -> Request {
        Cli::try_parse_from(std::iter::once("mlcareers").chain(args.iter().copied())).unwrap().into_request()
    }

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn levels_may_repeat_or_use_commas() {
        let expected = Command::Roles { levels: vec![Level::Entry, Level::Senior] };
        assert_eq!(request(&["roles", "--level", "senior,entry"]).command, expected);
        assert_eq!(request(&["roles", "-l", "entry", "-l", "senior", "-l", "entry"]).command, expected);
    }

    #[test]
    fn words_are_joined_so_quotes_are_optional() {
        assert_eq!(
            request(&["faq", "biggest", "challenge"]).command,
            Command::Faq { query: Some("biggest challenge".into()) }
        );
        assert_eq!(
            request(&["role", "NLP", "Engineer"]).command,
            Command::Role { name: "NLP Engineer".into() }
        );
        assert_eq!(request(&["guide"]).command, Command::Guide { section: None });
    }

    #[test]
    fn format_goes_before_or_after_the_command() {
        assert_eq!(request(&["--format", "json", "skills"]).format, Format::Json);
        assert_eq!(request(&["skills", "-f", "csv"]).format, Format::Csv);
    }
}
