//! `mlcareers explore [WORDS]`: the full-screen browser ([`crate::explore`]), started before any
//! output is taken.

use anyhow::{Result, bail};

use super::{Command, Ctx, Outcome, split_words};

/// What `explore` is asked: the screen, its query prefilled with `words`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explore {
    pub words: String,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(
    after_help = "Keys: type to filter; Up/Down, PgUp/PgDn, Home/End to move; Tab to scroll the page (Esc comes back); Enter opens it; Ctrl-t picks a kind; Ctrl-y copies its command; ? or F1 lists every key; Esc quits. It needs a terminal: scripts use mlcareers search WORDS."
)]
pub struct Args {
    /// Words to start the query with: python, "do I need a degree"
    words: Vec<String>,
}

impl Command for Explore {
    const NAME: &'static str = "explore";
    const SUMMARY: &'static str =
        "Browse everything on one screen, filtered as you type, each page beside the list";
    // It loads the dataset itself, for its worker thread to keep.
    const READS_DATA: bool = false;
    const SCHEMA: Option<&'static str> = None;
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Explore { words: args.words.join(" ") }
    }

    fn arguments(&self) -> Vec<String> {
        std::iter::once(Self::NAME.to_owned()).chain(split_words(&self.words)).collect()
    }

    /// The screen owns the terminal: `lib::run` starts it before stdout is taken for output, and
    /// nothing else runs it.
    fn run(&self, _: &mut Ctx) -> Result<Outcome> {
        bail!("explore needs a terminal; try mlcareers search WORDS")
    }
}
