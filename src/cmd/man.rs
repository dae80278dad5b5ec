//! `mlcareers man`: the man page ([`crate::generate::man`]).

use anyhow::{Context, Result};

use super::{Command, Ctx, Outcome};
use crate::render::Format;

/// What `man` is asked: the man page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Man;

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {}

impl Command for Man {
    const NAME: &'static str = "man";
    const SUMMARY: &'static str = "Print the man page (roff): mlcareers man | man -l -";
    // It reads no data, so a broken data file cannot keep anyone from the manual.
    const READS_DATA: bool = false;
    const SCHEMA: Option<&'static str> = None;
    type Args = Args;

    fn from_args(_: Args) -> Self {
        Man
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned()]
    }

    fn refuses(&self, format: Format) -> Option<String> {
        (format != Format::DEFAULT).then(|| "man writes a man page only; drop --format".to_owned())
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        crate::generate::man::write(ctx.out).context("cannot write output")?;
        Ok(Outcome::Found)
    }
}
