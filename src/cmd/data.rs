//! `mlcareers data export|schema|check FILE`: the dataset as a file people can edit and check.

use std::io::Write;

use anyhow::{Context, Result, bail};
use schemars::JsonSchema;
use serde::Serialize;

use super::{Outcome, negative};
use crate::dataset::{self, EMBEDDED_JSON, Problem, Source};
use crate::render::{self, Column, Format, Listing, Options, Tabular};
use crate::request::DataAction;

pub fn run(action: &DataAction, data: &Source, out: &mut dyn Write, options: &Options) -> Result<Outcome> {
    match action {
        DataAction::Export | DataAction::Schema => {
            // A dataset and its schema are JSON documents: no other format can hold them.
            if !matches!(options.format, Format::Table | Format::Json) {
                bail!("data {} writes JSON only; drop --format or use --format json", name(action));
            }
            if *action == DataAction::Schema {
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
        DataAction::Check { file } => {
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
                    if options.format == Format::Table {
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

fn name(action: &DataAction) -> &'static str {
    match action {
        DataAction::Export => "export",
        DataAction::Schema => "schema",
        DataAction::Check { .. } => "check",
    }
}

/// One line per problem for people, as a compiler prints them; records for programs.
fn write_problems(out: &mut dyn Write, options: &Options, problems: &[Problem]) -> Result<()> {
    if options.format == Format::Table {
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
    let listing = Listing::new(&records, Vec::new(), "no problems".to_owned());
    render::list(out, &mut std::io::sink(), options, &listing).context("cannot write output")
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
