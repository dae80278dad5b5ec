//! Pages and notes for the terminal: prose wrapped to the width, labels aligned.

use std::io::{self, Write};

use super::{Block, Document, Options, chart, escape_controls};

/// Below this many columns for a field's value, the value starts on its own line instead.
const MIN_VALUE_WIDTH: usize = 20;

pub fn write_document(out: &mut dyn Write, opts: &Options, doc: &Document) -> io::Result<()> {
    let width = opts.text_width();
    write_heading(out, opts, &doc.title, width)?;
    for block in &doc.blocks {
        writeln!(out)?;
        match block {
            Block::Paragraph(text) => write_paragraphs(out, text, width)?,
            Block::Fields(fields) => write_fields(out, opts, fields, width)?,
            Block::List { heading, items } => {
                write_heading(out, opts, heading, width)?;
                let bullet = if opts.unicode { "  • " } else { "  - " };
                for item in items {
                    let item = escape_controls(item);
                    let lines = textwrap::wrap(
                        &item,
                        wrapping(width).initial_indent(bullet).subsequent_indent("    "),
                    );
                    for line in lines {
                        writeln!(out, "{line}")?;
                    }
                }
            }
            Block::Chart(bars) => chart::write(out, opts, bars, width)?,
        }
    }
    Ok(())
}

/// The article's sentences under a table, each its own wrapped paragraph.
pub fn write_notes(out: &mut dyn Write, opts: &Options, notes: &[String]) -> io::Result<()> {
    for note in notes {
        writeln!(out)?;
        write_wrapped(out, note, opts.text_width(), "")?;
    }
    Ok(())
}

/// Rows as blocks of aligned `Header  value` lines, a blank line between rows: the table layout
/// for widths too narrow for columns.
pub fn write_records(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: &[Vec<String>],
) -> io::Result<()> {
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let fields: Vec<(String, String)> =
            headers.iter().map(std::string::ToString::to_string).zip(row.iter().cloned()).collect();
        write_fields(out, opts, &fields, opts.text_width())?;
    }
    Ok(())
}

fn write_fields(
    out: &mut dyn Write,
    opts: &Options,
    fields: &[(String, String)],
    width: usize,
) -> io::Result<()> {
    let label_width = fields.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in fields {
        let padding = " ".repeat(label_width - label.chars().count());
        let label = bold(opts, &escape_controls(label));
        let indent = " ".repeat(label_width);
        if width.saturating_sub(label_width) < MIN_VALUE_WIDTH {
            writeln!(out, "{label}")?;
            write_wrapped(out, value, width, "  ")?;
            continue;
        }
        let value = escape_controls(value);
        let lines = textwrap::wrap(&value, wrapping(width - label_width));
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                writeln!(out, "{label}{padding}{line}")?;
            } else {
                writeln!(out, "{indent}{line}")?;
            }
        }
    }
    Ok(())
}

/// Paragraphs separated by blank lines in `text` stay separated.
fn write_paragraphs(out: &mut dyn Write, text: &str, width: usize) -> io::Result<()> {
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_wrapped(out, paragraph, width, "")?;
    }
    Ok(())
}

fn write_wrapped(out: &mut dyn Write, text: &str, width: usize, indent: &str) -> io::Result<()> {
    let text = escape_controls(text);
    let options = wrapping(width).initial_indent(indent).subsequent_indent(indent);
    for line in textwrap::wrap(&text, options) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Headings are escaped and wrapped first, then made bold, so the bold codes are never escaped.
fn write_heading(out: &mut dyn Write, opts: &Options, text: &str, width: usize) -> io::Result<()> {
    let text = escape_controls(text);
    for line in textwrap::wrap(&text, wrapping(width)) {
        writeln!(out, "{}", bold(opts, &line))?;
    }
    Ok(())
}

/// Lines break at spaces only, never at a hyphen or a slash: `mlcareers guide popular-roles` and
/// addresses stay whole (a word longer than the whole line is still cut to fit).
/// Greedy wrapping, as most terminal tools do: textwrap's optimal fit balanced lines a little
/// better but cost a noticeable share of a whole run.
fn wrapping(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

fn bold(opts: &Options, text: &str) -> String {
    if opts.color { format!("\x1b[1m{text}\x1b[0m") } else { text.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_in_prose_are_not_split_at_hyphens() {
        let mut out = Vec::new();
        write_wrapped(&mut out, "Source: (mlcareers guide popular-roles).", 30, "").unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "Source: (mlcareers guide\npopular-roles).\n");
    }

    #[test]
    fn addresses_are_not_split_at_slashes() {
        let mut out = Vec::new();
        write_wrapped(&mut out, "See https://www.bls.gov/ooh/math/data-scientists.htm today", 50, "")
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "See\nhttps://www.bls.gov/ooh/math/data-scientists.htm\ntoday\n"
        );
    }
}
