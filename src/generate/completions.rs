//! Shell completion scripts: `clap_complete`'s, with the dataset's role and section ids added as
//! the values of `role`, `compare`, `path`, `salary --role` and `guide`.

use std::io::{self, Write};

use clap::CommandFactory;
use clap::builder::{PossibleValue, PossibleValuesParser};

use crate::cli::Cli;
use crate::model::Dataset;
use crate::request::Shell;

/// Writes the completion script for `shell`. Role ids complete after `role`, `compare`, `path`
/// and `salary --role`, and
/// section ids after `guide`, taken from `dataset`; levels and formats come from their value sets.
pub fn write(shell: Shell, dataset: &Dataset, out: &mut dyn Write) -> io::Result<()> {
    let roles = plain_ids(dataset.roles.iter().map(|role| role.id.as_str()));
    let sections = plain_ids(dataset.guide.iter().map(|section| section.id.as_str()));
    // Only the generated script sees these value sets: parsing still takes titles and parts of names.
    let mut command = Cli::command()
        .mut_subcommand("role", |role| role.mut_arg("name", |arg| arg.value_parser(values(&roles))))
        .mut_subcommand("compare", |compare| compare.mut_arg("roles", |arg| arg.value_parser(values(&roles))))
        .mut_subcommand("path", |path| {
            path.mut_arg("from", |arg| arg.value_parser(values(&roles)))
                .mut_arg("to", |arg| arg.value_parser(values(&roles)))
        })
        .mut_subcommand("salary", |salary| salary.mut_arg("role", |arg| arg.value_parser(values(&roles))))
        .mut_subcommand("guide", |guide| guide.mut_arg("section", |arg| arg.value_parser(values(&sections))));
    // clap_complete panics if its writer fails: render to memory, then write (a closed pipe stays an error).
    let mut script = Vec::new();
    clap_complete::generate(generator(shell), &mut command, "mlcareers", &mut script);
    if shell == Shell::Fish {
        // clap_complete's fish script completes no positional values: add the ids for fish.
        for (subcommand, ids) in
            [("role", &roles), ("compare", &roles), ("path", &roles), ("guide", &sections)]
        {
            writeln!(
                script,
                "complete -c mlcareers -n \"__fish_mlcareers_using_subcommand {subcommand}\" -f -a \"{}\"",
                ids.join(" ")
            )?;
        }
    }
    out.write_all(&script)
}

/// The ids safe to put in a shell script: only plain ones (letters, digits, - and _) are offered.
fn plain_ids<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    ids.filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).collect()
}

fn values(ids: &[&str]) -> PossibleValuesParser {
    PossibleValuesParser::new(ids.iter().map(|&id| PossibleValue::new(id.to_owned())))
}

fn generator(shell: Shell) -> clap_complete::Shell {
    match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::PowerShell => clap_complete::Shell::PowerShell,
        Shell::Elvish => clap_complete::Shell::Elvish,
    }
}
