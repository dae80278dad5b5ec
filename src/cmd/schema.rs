//! `mlcareers schema COMMAND`: the JSON Schema of a command's JSON output, generated from the
//! records it prints ([`super::Command::schema`]).

use anyhow::{Context, Result};

use super::{ALL, Command, Ctx, Outcome};
use crate::render::{self, Format};

/// What `schema` is asked: the schema of the output of the command `mlcareers schema` calls
/// `command` ([`super::Command::SCHEMA`]: `roles`, `data check`, `words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    pub command: &'static str,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(
    after_help = "JSON Lines records, and CSV and TSV rows read back, follow the same schema. See docs/contract.md."
)]
pub struct Args {
    /// The command whose output to describe
    #[arg(value_parser = crate::cli::schema_command())]
    command: &'static str,
}

impl Command for Schema {
    const NAME: &'static str = "schema";
    const SUMMARY: &'static str = "Print the JSON Schema of a command's JSON output (the contract scripts can rely on)";
    // A schema is the contract itself: it reads no data.
    const READS_DATA: bool = false;
    const SCHEMA: Option<&'static str> = None;
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Schema { command: args.command }
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned(), self.command.replace(' ', "-")]
    }

    /// A schema is JSON whatever the format.
    fn refuses(&self, format: Format) -> Option<String> {
        (format != Format::DEFAULT && format != Format::Json)
            .then(|| "schema writes JSON only; drop --format or use --format json".to_owned())
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        let schema = of(self.command).context("no such schema")?;
        render::json(ctx.out, &schema).context("cannot write output")?;
        Ok(Outcome::Found)
    }
}

/// The order contract version 2 listed the schemas in, which `schema words` and `mlcareers schema`'s
/// values keep; a command added since comes after them, in the order of the registry.
const CONTRACT_ORDER: [&str; 16] = [
    "roles",
    "role",
    "salary",
    "skills",
    "education",
    "industries",
    "faq",
    "guide",
    "search",
    "match",
    "compare",
    "path",
    "sources",
    "glossary",
    "words",
    "data check",
];

/// The names of every command's schema, as `mlcareers schema` offers them (`data check`).
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = ALL.iter().filter_map(|entry| entry.schema_name).collect();
    names.sort_by_key(|name| CONTRACT_ORDER.iter().position(|known| known == name).unwrap_or(CONTRACT_ORDER.len()));
    names
}

/// The JSON Schema `mlcareers schema` prints for `name` (`data check`, `words`).
pub fn of(name: &str) -> Option<serde_json::Value> {
    ALL.iter().find(|entry| entry.schema_name == Some(name)).map(|entry| (entry.schema)())
}
