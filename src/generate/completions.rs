//! Shell completion scripts: `clap_complete`'s, with the dataset's role and section ids added as
//! the values of `role`, `compare`, `path`, `salary --role` and `guide`, its question numbers
//! after `faq`, its levels (and level words) after `--level`, and its skills after `--skills`, one
//! item of a comma list at a time.

use std::io::{self, Write};

use clap::builder::{PossibleValue, PossibleValuesParser};

use crate::cli::whole_command;
use crate::model::{Dataset, Level};
use crate::query::skills::known_skills;
use crate::query::words::normalize;
use crate::request::Shell;

/// Writes the completion script for `shell`. Role ids complete after `role`, `compare`, `path`
/// and `salary --role`, section ids after `guide`, question numbers after `faq`, levels and level
/// words after `--level`, and skills (as lowercase words joined by hyphens, which `match` reads)
/// after `--skills`, each item of a comma list in bash, zsh and fish; all taken from `dataset`.
pub fn write(shell: Shell, dataset: &Dataset, out: &mut dyn Write) -> io::Result<()> {
    let roles = plain_ids(dataset.roles.iter().map(|role| role.id.as_str()));
    let sections = plain_ids(dataset.guide.iter().map(|section| section.id.as_str()));
    let numbers: Vec<String> = dataset.faq.iter().map(|faq| faq.number.to_string()).collect();
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let level_words: Vec<String> = Level::ALL
        .iter()
        .map(|level| level.id().to_owned())
        .chain(dataset.vocabulary.level_words.iter().map(|word| word.word.to_lowercase()))
        .collect();
    let levels = plain_ids(level_words.iter().map(String::as_str));
    let skill_words = skill_words(dataset);
    let skills = plain_ids(skill_words.iter().map(String::as_str));
    // Only the generated script sees these value sets: parsing still takes titles and parts of names.
    let level = |command: clap::Command| command.mut_arg("level", |arg| arg.value_parser(values(&levels)));
    let mut command = whole_command()
        .mut_subcommand("role", |role| role.mut_arg("name", |arg| arg.value_parser(values(&roles))))
        .mut_subcommand("compare", |compare| compare.mut_arg("roles", |arg| arg.value_parser(values(&roles))))
        .mut_subcommand("path", |path| {
            path.mut_arg("from", |arg| arg.value_parser(values(&roles)))
                .mut_arg("to", |arg| arg.value_parser(values(&roles)))
        })
        .mut_subcommand("guide", |guide| guide.mut_arg("section", |arg| arg.value_parser(values(&sections))))
        .mut_subcommand("faq", |faq| faq.mut_arg("query", |arg| arg.value_parser(values(&numbers))))
        .mut_subcommand("roles", level)
        .mut_subcommand("salary", |salary| {
            level(salary).mut_arg("role", |arg| arg.value_parser(values(&roles)))
        })
        .mut_subcommand("match", level);
    if shell != Shell::Fish {
        command =
            command.mut_subcommand("match", |m| m.mut_arg("skills", |arg| arg.value_parser(values(&skills))));
    }
    // clap_complete panics if its writer fails: render to memory, then write (a closed pipe stays an error).
    let mut script = Vec::new();
    clap_complete::generate(generator(shell), &mut command, "mlcareers", &mut script);
    let list = skills.join(" ");
    let script = match shell {
        // A comma list: complete the item after the last comma, keeping the ones before it.
        Shell::Bash => String::from_utf8_lossy(&script).replace(
            &format!("COMPREPLY=($(compgen -W \"{list}\" -- \"${{cur}}\"))"),
            &format!(
                "local before=\"\"; [[ \"${{cur}}\" == *,* ]] && before=\"${{cur%,*}},\"; \
                 COMPREPLY=($(compgen -P \"${{before}}\" -W \"{list}\" -- \"${{cur##*,}}\"))"
            ),
        ),
        Shell::Zsh => String::from_utf8_lossy(&script)
            .replace(&format!(":SKILL:({list})"), &format!(":SKILL:_sequence compadd - {list}")),
        _ => String::from_utf8_lossy(&script).into_owned(),
    };
    let mut script = script.into_bytes();
    if shell == Shell::Fish {
        // clap_complete's fish script completes no positional values: add the ids for fish.
        for (subcommand, ids) in
            [("role", &roles), ("compare", &roles), ("path", &roles), ("guide", &sections), ("faq", &numbers)]
        {
            writeln!(
                script,
                "complete -c mlcareers -n \"__fish_mlcareers_using_subcommand {subcommand}\" -f -a \"{}\"",
                ids.join(" ")
            )?;
        }
        writeln!(
            script,
            "function __fish_mlcareers_skills\n    set -l before (string match -r -- '^.*,' (commandline -ct))\n    \
             for skill in {list}\n        echo \"$before$skill\"\n    end\nend\n\
             complete -c mlcareers -n \"__fish_mlcareers_using_subcommand match\" -s s -l skills -r -f -a \"(__fish_mlcareers_skills)\""
        )?;
    }
    out.write_all(&script)
}

/// Every name `match --skills` reads, as one shell word: lowercase, joined by hyphens
/// (`linear-algebra`, `pytorch`): skills, group titles and the vocabulary's aliases, once each.
fn skill_words(dataset: &Dataset) -> Vec<String> {
    let names = known_skills(dataset)
        .into_iter()
        .chain(dataset.skills.groups.iter().map(|group| group.title.as_str()))
        .chain(dataset.vocabulary.skill_aliases.iter().map(|alias| alias.alias.as_str()));
    let mut words: Vec<String> = Vec::new();
    for name in names {
        let word = normalize(name).replace(' ', "-");
        if !word.is_empty() && !words.contains(&word) {
            words.push(word);
        }
    }
    words
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
