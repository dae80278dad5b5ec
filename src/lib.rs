//! mlcareers: the article "Machine Learning Jobs: Careers, Skills, Salary Guide" as an offline
//! career explorer.
//!
//! The flow runs one way: argv -> [`cli::Cli`] -> [`request::Request`] -> a command in [`cmd`]
//! that queries the [`model::Dataset`] through [`query`] -> typed records -> [`render`] -> stdout.
//! The completion scripts and the man page are built from the clap definitions by `generate`;
//! the text they share with `--help` is in [`manual`].

pub mod arena;
pub mod cli;
pub mod cmd;
pub mod dataset;
pub mod explore;
mod generate;
pub mod manual;
pub mod model;
pub mod pager;
pub mod query;
pub mod render;
pub mod request;
pub mod start;
pub mod terminal;
mod text;
pub mod usd;

use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};

use crate::model::Dataset;
use crate::render::Options;
use crate::request::{Command, Request};

pub use crate::cmd::{Negative, Outcome};

/// The JSON Schema of the output of the command `mlcareers schema` calls `name` (`roles`, `data
/// check`, `words`): what it prints.
pub fn schema(name: &str) -> Option<serde_json::Value> {
    cmd::schema::of(name)
}

/// Runs one request, writing to stdout. The dataset is loaded only by the commands that read it.
pub fn run(request: &Request) -> Result<Outcome> {
    // The screen owns the terminal: it starts before stdout is taken for a command's output.
    if let Command::Explore(explore) = &request.command {
        return explore::run(request, &explore.words);
    }
    let options = Options { headers: request.headers, ..terminal::detect(request.format, request.color) };
    // A command with one form (a man page, a schema) says so before it reads anything.
    if let Some(refusal) = request.command.refuses(options.format) {
        anyhow::bail!(refusal);
    }
    let mut direct = BufWriter::new(stdout());
    // A page for the pager is made whole first: whether it fits the screen is its line count.
    let pager = pager::choose(request.no_pager, options.format.is_machine());
    let mut page = Vec::new();
    let mut out: &mut dyn Write = if pager.is_some() { &mut page } else { &mut direct };
    let mut err = io::stderr();
    if let Some(line) = &request.read_as {
        writeln!(err, "note: read as: {}", render::escape_controls(line)).context("cannot write notes")?;
    }
    // The dataset, for the commands that read it: the man page and the schemas read none, so a
    // broken data file cannot keep anyone from them.
    let dataset = if request.command.reads_data() { Some(load(request)?) } else { None };
    // The embedded dataset's search terms were baked with it (`Source::Embedded` alone does not
    // say so: `run_view` gives it for any dataset).
    let baked = (request.data == dataset::Source::Embedded).then_some(&query::search::EMBEDDED);
    let outcome =
        run_with(dataset.as_ref(), &request.data, baked, &request.command, options, &mut out, &mut err)?;
    // The process ends next: the dataset is kept, not freed string by string (`text::keep`).
    text::keep(dataset);
    out.flush().context("cannot write output")?;
    if let Some(pager) = pager {
        pager::show(&page, &pager, pager::rows(), &mut direct).context("cannot write output")?;
        direct.flush().context("cannot write output")?;
    }
    Ok(outcome)
}

/// Standard output as a `File`: Rust's `Stdout` treats a write that fails with EBADF (fd 1 open
/// read-only, `1</dev/null`) as written, and the output would be lost with exit 0. A duplicate of
/// fd 1 reports the error like any other. Should fd 1 be unusable for a duplicate, the usual
/// `Stdout` is the fallback.
pub fn stdout() -> Box<dyn Write> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(std::fs::File::from(fd)),
        Err(_) => Box::new(io::stdout()),
    }
}

/// The dataset `request` names; an error about a file that `MLCAREERS_DATA` named says so, since
/// nothing on the command line did.
fn load(request: &Request) -> Result<Dataset> {
    let dataset = dataset::load(&request.data);
    if request.data_from_env {
        return dataset.with_context(|| {
            format!("{} is set to {} (unset it for the embedded data)", manual::DATA_ENV, request.data)
        });
    }
    dataset
}

/// Runs one command over `dataset`: records to `out`, notes and warnings to `err`. What [`run`]
/// does once the dataset is loaded, and what the fuzz targets and property tests drive directly.
pub fn run_view(
    dataset: &Dataset,
    view: &Command,
    options: Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    run_view_from(dataset, &dataset::Source::Embedded, view, options, out, err)
}

/// [`run_view`] for a dataset read from `data`, which the `command` fields then name.
pub fn run_view_from(
    dataset: &Dataset,
    data: &dataset::Source,
    view: &Command,
    options: Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    run_with(Some(dataset), data, None, view, options, out, err)
}

/// [`run_view_from`] with the search terms `build.rs` baked, when `dataset` is the embedded one.
fn run_with(
    dataset: Option<&Dataset>,
    data: &dataset::Source,
    baked: Option<&'static query::terms::Baked>,
    command: &Command,
    options: Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    command.run(&mut cmd::Ctx { dataset, out, err, options, data, baked, readings: Vec::new() })
}
