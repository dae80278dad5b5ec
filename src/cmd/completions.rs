//! `mlcareers completions SHELL`: a completion script ([`crate::generate::completions`]), with the
//! dataset's role and section ids.

use anyhow::{Context, Result};

use super::{Command, Ctx, Outcome};
use crate::render::Format;
use crate::request::Shell;

/// What `completions` is asked: a completion script for `shell`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completions {
    pub shell: Shell,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(after_long_help = "Install, for example:
  bash: mlcareers completions bash > ~/.local/share/bash-completion/completions/mlcareers
  zsh:  mlcareers completions zsh > ~/.zfunc/_mlcareers   (with fpath+=~/.zfunc before compinit)
  fish: mlcareers completions fish > ~/.config/fish/completions/mlcareers.fish")]
pub struct Args {
    /// The shell to complete in
    #[arg(value_parser = crate::cli::named(&Shell::ALL, Shell::name))]
    shell: Shell,
}

impl Command for Completions {
    const NAME: &'static str = "completions";
    const SUMMARY: &'static str =
        "Print a shell completion script (role ids, skills, levels and question numbers complete too)";
    const SCHEMA: Option<&'static str> = None;
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Completions { shell: args.shell }
    }

    fn arguments(&self) -> Vec<String> {
        vec![Self::NAME.to_owned(), self.shell.name().to_owned()]
    }

    fn refuses(&self, format: Format) -> Option<String> {
        (format != Format::DEFAULT).then(|| "completions writes a shell script only; drop --format".to_owned())
    }

    /// The script offers the dataset's role and section ids: the one load it needs.
    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        crate::generate::completions::write(self.shell, ctx.dataset(), ctx.out).context("cannot write output")?;
        Ok(Outcome::Found)
    }
}
