//! `mlcareers data export|schema|check FILE`: the dataset as a file people can edit and check.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::ValueHint;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Command, Ctx, Outcome, negative};
use crate::cli::OutputArgs;
use crate::dataset::{self, EMBEDDED_JSON, Problem, Source};
use crate::manual::{EXIT_ERROR, EXIT_NOTHING, EXIT_SUCCESS};
use crate::render::schema::{self, Shape};
use crate::render::{self, Column, Format, Listing, Options, People, Records, Shown, Tabular};

/// What `data` is asked: working with data files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    /// The embedded dataset, as JSON to start a file from.
    Export,
    /// The dataset's JSON Schema.
    Schema,
    /// Every problem of a data file.
    Check { file: Source },
}

// No doc comment: clap would make it the command's description (`SUMMARY` is). `data` runs
// nothing itself: its commands each have their own copy of the options every command takes, and
// `data` takes them too (`mlcareers data --format json export`).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(subcommand_required = true, arg_required_else_help = true)]
pub struct Args {
    #[command(subcommand)]
    action: Actions,
}

#[derive(Debug, clap::Subcommand)]
#[command(defer = true)]
pub enum Actions {
    /// Print the dataset as JSON (the embedded one, or the --data file once it passes every check): a starting point for a file of your own
    Export {
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Print the dataset's JSON Schema, for editors to check a file as you type
    Schema {
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Check a data file and list every problem: syntax (line and column), types (field path), rules
    #[command(after_help = format!("Exit status {EXIT_SUCCESS} when the file is valid, {EXIT_NOTHING} when it has problems, {EXIT_ERROR} when it cannot be read."))]
    Check {
        /// The file to check (- for standard input)
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
    },
}

/// The names of `data`'s own commands, and `help`: a word after `data` that is none of them (nor
/// one edit from one) makes the line words (`data scientist`).
pub(crate) fn action_names() -> Vec<String> {
    use clap::Subcommand;
    let data = Actions::augment_subcommands(clap::Command::new("data"));
    data.get_subcommands().map(|action| action.get_name().to_owned()).chain(["help".to_owned()]).collect()
}

impl Command for Data {
    const NAME: &'static str = "data";
    const SUMMARY: &'static str =
        "Work with data files: export the embedded dataset, print its JSON Schema, check a file";
    const READS_DATA: bool = false;
    const DEFERRED: bool = false;
    const SCHEMA: Option<&'static str> = Some("data check");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        match args.action {
            Actions::Export { .. } => Data::Export,
            Actions::Schema { .. } => Data::Schema,
            Actions::Check { file, .. } => Data::Check { file: crate::cli::source(Some(file)) },
        }
    }

    fn arguments(&self) -> Vec<String> {
        let action = match self {
            Data::Export => "export",
            Data::Schema => "schema",
            Data::Check { .. } => "check",
        };
        let mut args = vec![Self::NAME.to_owned(), action.to_owned()];
        if let Data::Check { file } = self {
            args.push(file.to_string());
        }
        args
    }

    fn refuses(&self, format: Format) -> Option<String> {
        // A dataset and its schema are JSON documents: no other format can hold them.
        let json = matches!(self, Data::Export | Data::Schema) && format != Format::DEFAULT && format != Format::Json;
        json.then(|| format!("data {} writes JSON only; drop --format or use --format json", self.arguments()[1]))
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(self, ctx.data, ctx.out, &ctx.options)
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<ProblemRecord>())]
    }
}

fn run(action: &Data, data: &Source, out: &mut dyn Write, options: &Options) -> Result<Outcome> {
    match action {
        Data::Export | Data::Schema => {
            if *action == Data::Schema {
                writeln!(out, "{}", dataset::schema()).context("cannot write output")?;
            } else if *data == Source::Embedded {
                out.write_all(EMBEDDED_JSON.as_bytes()).context("cannot write output")?;
            } else {
                // The data that was loaded, as it was read, once it passes every check.
                let text = dataset::read(data)?;
                if let Err(problems) = dataset::check(text) {
                    bail!("{data} {}", dataset::describe(&problems));
                }
                out.write_all(text.as_bytes()).context("cannot write output")?;
            }
        }
        Data::Check { file } => {
            // A file that could be read but is not UTF-8 is a problem of the file, as a syntax error is.
            let text = match dataset::read(file) {
                Ok(text) => Ok(text),
                Err(err) => match err.downcast_ref::<dataset::NotUtf8>() {
                    Some(bad) => Err(vec![Problem {
                        path: String::new(),
                        line: Some(bad.line),
                        column: Some(bad.column),
                        message: bad.problem(),
                    }]),
                    None => return Err(err),
                },
            };
            let problems = match text.map(dataset::check) {
                Ok(Ok(data)) => {
                    let summary = format!(
                        "{file} is valid: {} roles, {} salary bands, {} skill groups, {} questions, {} guide sections",
                        data.roles.len(),
                        data.salary.bands.len(),
                        data.skills.groups.len(),
                        data.faq.len(),
                        data.guide.len()
                    );
                    if options.format == Format::DEFAULT {
                        writeln!(out, "{summary}").context("cannot write output")?;
                    } else {
                        write_problems(out, options, &[])?;
                    }
                    return Ok(Outcome::Found);
                }
                Ok(Err(problems)) | Err(problems) => problems,
            };
            write_problems(out, options, &problems)?;
            out.flush().context("cannot write output")?;
            return Err(negative(format!("{file} {}", dataset::count(&problems))));
        }
    }
    Ok(Outcome::Found)
}

/// One line per problem in the default format, as a compiler prints them; else records.
fn write_problems(out: &mut dyn Write, options: &Options, problems: &[Problem]) -> Result<()> {
    if options.format == Format::DEFAULT {
        for problem in problems {
            writeln!(out, "{}", render::escape_controls(&problem.to_string()))
                .context("cannot write output")?;
        }
        return Ok(());
    }
    let records: Vec<ProblemRecord> = problems
        .iter()
        .enumerate()
        .map(|(i, problem)| ProblemRecord { id: (i + 1).to_string(), problem })
        .collect();
    let listing = Listing::new(&records, Vec::<String>::new(), "no problems".to_owned());
    let shown = Shown { records: Records::List(&records), people: People::Table(&listing, &[]) };
    render::write(out, &mut std::io::sink(), options, &shown).context("cannot write output")
}

/// A problem as programs get it: numbered in the order found.
#[derive(Debug, Serialize, JsonSchema)]
pub(super) struct ProblemRecord<'a> {
    /// The problem's number in the list, from 1, as text (`"1"`).
    id: String,
    #[serde(flatten)]
    problem: &'a Problem,
}

crate::render::records! {
    "problem" => ProblemRecord<'_>;
}

impl Tabular for ProblemRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Where", |record: &Self| match (record.problem.line, record.problem.column) {
                (Some(line), Some(column)) => format!("line {line}, column {column}"),
                _ => record.problem.path.clone(),
            }),
            Column::new("Problem", |record: &Self| record.problem.message.clone()),
        ]
    }
}
