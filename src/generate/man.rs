//! The man page: `clap_mangen`'s sections for the program, then a COMMANDS section `clap_mangen`
//! does not write, and the exit status, environment, data file and examples from
//! [`crate::manual`], the same tables `--help` is built from.

use std::io::{self, Write};

use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::{OutputArgs, whole_command};
use crate::manual::{ENVIRONMENT, EXAMPLES, EXIT_ERROR, EXIT_NOTHING, EXIT_STATUSES};

/// A fixed date, not today's: the page is the same on every build, and tests can compare it.
const DATE: &str = "2026-11-25";

/// The DATA FILE section: the format `data export` writes and `data check` checks.
fn data_file() -> String {
    format!(
        "A data file is JSON in the shape of the embedded dataset: mlcareers data export prints it, and mlcareers data schema prints its JSON Schema. \
     Top-level fields: article, levels, roles, salary, skills, education, industries, faq, guide and outside. \
     Every record names its source: a guide section id, or the id of an outside source. \
     Unknown fields are errors. mlcareers data check FILE lists every problem at once: syntax errors with line and column, type errors with the field path (roles[3].levels[0]), and the rules: unique ids made of lowercase letters, digits and hyphens, known level and role references, min_usd <= max_usd, one salary band per level, FAQ numbered in order, no empty text. \
     data check exits {EXIT_NOTHING} for a file with problems and {EXIT_ERROR} for one it cannot read. \
     A file with problems is never used: any other command fails with the same list and exit status {EXIT_ERROR}. \
     The JSON, JSON Lines, CSV and TSV output of every command is a versioned contract: mlcareers schema COMMAND prints its JSON Schema."
    )
}

/// Writes the man page: clap's sections for the program and each subcommand, then exit status,
/// environment, the data file format and examples.
pub fn write(out: &mut dyn Write) -> io::Result<()> {
    let command = whole_command();
    let man = Man::new(command.clone()).date(DATE).manual("mlcareers manual");
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    for sub in command.get_subcommands().filter(|sub| sub.get_name() != "help") {
        describe_subcommand(&mut roff, sub, "mlcareers");
    }
    roff.control("SH", ["EXIT STATUS"]);
    for status in &EXIT_STATUSES {
        roff.control("TP", []).text([bold(status.code.to_string())]).text([roman(status.meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []).text([bold(name)]).text([roman(meaning)]);
    }
    roff.control("SH", ["DATA FILE"]);
    roff.text([roman(data_file())]);
    roff.control("SH", ["EXAMPLES"]);
    for (example, meaning) in EXAMPLES {
        roff.control("TP", []).text([bold(example)]).text([roman(meaning)]);
    }
    page.extend(roff.to_roff().into_bytes());
    man.render_version_section(&mut page)?;
    out.write_all(&page)
}

/// One subcommand in the COMMANDS section: its usage, what it does, and its own arguments.
fn describe_subcommand(roff: &mut Roff, command: &clap::Command, parent: &str) {
    let name = format!("{parent} {}", command.get_name());
    if command.has_subcommands() {
        for sub in command.get_subcommands().filter(|sub| sub.get_name() != "help") {
            describe_subcommand(roff, sub, &name);
        }
        return;
    }
    let positionals: Vec<String> =
        command.get_positionals().map(|arg| format!("<{}>", arg.get_id().as_str().to_uppercase())).collect();
    roff.control("SS", [format!("{name} {}", positionals.join(" ")).trim()]);
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    for arg in command
        .get_arguments()
        .filter(|arg| !OutputArgs::IDS.contains(&arg.get_id().as_str()) && arg.get_id() != "help")
    {
        describe_argument(roff, arg);
    }
}

/// One argument of a subcommand: its flag or placeholder, its help, and its values if it has a set.
fn describe_argument(roff: &mut Roff, arg: &clap::Arg) {
    let flag = match (arg.get_short(), arg.get_long()) {
        (Some(short), Some(long)) => format!("-{short}, --{long}"),
        (None, Some(long)) => format!("--{long}"),
        _ => format!("<{}>", arg.get_id().as_str().to_uppercase()),
    };
    let values: Vec<String> = if arg.get_action().takes_values() {
        arg.get_possible_values().iter().map(|value| value.get_name().to_owned()).collect()
    } else {
        Vec::new()
    };
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    roff.control("TP", []).text([bold(flag)]);
    if values.is_empty() {
        roff.text([roman(help)]);
    } else {
        roff.text([roman(format!("{help} ")), italic(format!("[{}]", values.join(", ")))]);
    }
}
