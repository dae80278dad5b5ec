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

use crate::request::Request;

pub use crate::cmd::Outcome;

/// Runs one request against the embedded dataset, writing to stdout.
pub fn run(request: &Request) -> Result<Outcome> {
    let dataset = dataset::embedded()?;
    let options = terminal::detect(request.format);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    let mut ctx = cmd::Ctx { dataset: &dataset, out: &mut out, err: &mut err, options };
    let outcome = cmd::run(&request.command, &mut ctx)?;
    out.flush().context("cannot write output")?;
    Ok(outcome)
}
