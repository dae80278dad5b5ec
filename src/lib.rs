//! mlcareers: the article "Machine Learning Jobs: Careers, Skills, Salary Guide" as an offline
//! career explorer.
//!
//! The flow runs one way: argv -> [`cli::Cli`] -> [`request::Request`] -> a command in [`cmd`]
//! that queries the [`model::Dataset`] through [`query`] -> typed records -> [`render`] -> stdout.

pub mod cli;
pub mod cmd;
pub mod dataset;
pub mod model;
pub mod query;
pub mod render;
pub mod request;
pub mod terminal;

use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};

use crate::request::{Command, Request};

pub use crate::cmd::Outcome;

/// Runs one request, writing to stdout. The dataset is loaded only by the commands that read it.
pub fn run(request: &Request) -> Result<Outcome> {
    let options = terminal::detect(request.format, request.color);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    let outcome = match &request.command {
        Command::View(view) => {
            let dataset = dataset::load(&request.data)?;
            let mut ctx = cmd::Ctx { dataset: &dataset, out: &mut out, err: &mut err, options };
            cmd::run(view, &mut ctx)?
        }
        Command::Data(action) => cmd::data::run(action, &mut out, &options)?,
        Command::Completions(shell) => {
            let dataset = dataset::load(&request.data)?;
            cli::write_completions(*shell, &dataset, &mut out).context("cannot write output")?;
            Outcome::Found
        }
        Command::Man => {
            cli::write_man(&mut out).context("cannot write output")?;
            Outcome::Found
        }
    };
    out.flush().context("cannot write output")?;
    Ok(outcome)
}
