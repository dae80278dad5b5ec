//! `mlcareers data export|schema|check FILE`: the dataset as a file people can edit and check.

use std::io::Write;

use anyhow::{Context, Result, anyhow};

use super::Outcome;
use crate::dataset::{self, EMBEDDED_JSON, Problem};
use crate::render::{self, Column, Format, Listing, Options, Tabular};
use crate::request::DataAction;

pub fn run(action: &DataAction, out: &mut dyn Write, options: &Options) -> Result<Outcome> {
    match action {
        DataAction::Export => out.write_all(EMBEDDED_JSON.as_bytes()).context("cannot write output")?,
        DataAction::Schema => writeln!(out, "{}", dataset::schema()).context("cannot write output")?,
        DataAction::Check { file } => {
            let text = dataset::read(file)?;
            let problems = match dataset::check(&text) {
                Ok(data) => {
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
                Err(problems) => problems,
            };
            write_problems(out, options, &problems)?;
            out.flush().context("cannot write output")?;
            return Err(anyhow!("{file} {}", dataset::count(problems.len())));
        }
    }
    Ok(Outcome::Found)
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
    let listing = Listing { records: problems, notes: Vec::new(), empty_note: "no problems".to_owned() };
    render::list(out, &mut std::io::sink(), options, &listing).context("cannot write output")
}

impl Tabular for Problem {
    fn columns() -> Vec<Column<Self>> {
        fn number(value: Option<usize>) -> String {
            value.map(|n| n.to_string()).unwrap_or_default()
        }
        vec![
            Column::people("Where", |problem: &Self, _| match (problem.line, problem.column) {
                (Some(line), Some(column)) => format!("line {line}, column {column}"),
                _ => problem.path.clone(),
            }),
            Column::programs("path", |problem: &Self, _| problem.path.clone()),
            Column::programs("line", |problem: &Self, _| number(problem.line)),
            Column::programs("column", |problem: &Self, _| number(problem.column)),
            Column::both("Problem", "message", |problem: &Self, _| problem.message.clone()),
        ]
    }
}
