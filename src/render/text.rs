//! Pages and notes for the terminal: prose wrapped to the width, labels aligned.

use std::io::{self, Write};

use super::{Block, Document, Options, Prose, chart, escape_text, wrap};

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
                    wrap::write_lines(out, &item.escaped(), width, bullet, "    ")?;
                }
            }
            Block::Chart(bars) => chart::write(out, opts, bars, width)?,
        }
    }
    Ok(())
}

/// The article's sentences under a table, each its own wrapped paragraph.
pub fn write_notes(out: &mut dyn Write, opts: &Options, notes: &[Prose]) -> io::Result<()> {
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
    rows: &[Vec<Prose>],
) -> io::Result<()> {
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let fields: Vec<(String, Prose)> =
            headers.iter().map(std::string::ToString::to_string).zip(row.iter().cloned()).collect();
        write_fields(out, opts, &fields, opts.text_width())?;
    }
    Ok(())
}

fn write_fields(
    out: &mut dyn Write,
    opts: &Options,
    fields: &[(String, Prose)],
    width: usize,
) -> io::Result<()> {
    let label_width = fields.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in fields {
        let padding = " ".repeat(label_width - label.chars().count());
        let label = bold(opts, &escape_text(label));
        let indent = " ".repeat(label_width);
        if width.saturating_sub(label_width) < MIN_VALUE_WIDTH {
            writeln!(out, "{label}")?;
            write_wrapped(out, value, width, "  ")?;
            continue;
        }
        let lines = wrap::lines(&value.escaped(), width - label_width, "", "");
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

/// A paragraph, wrapped: a blank line in it (`\n\n`) stays a blank line.
fn write_paragraphs(out: &mut dyn Write, text: &Prose, width: usize) -> io::Result<()> {
    write_wrapped(out, text, width, "")
}

fn write_wrapped(out: &mut dyn Write, text: &Prose, width: usize, indent: &str) -> io::Result<()> {
    wrap::write_lines(out, &text.escaped(), width, indent, indent)
}

/// Headings are escaped and wrapped first, then made bold, so the bold codes are never escaped.
fn write_heading(out: &mut dyn Write, opts: &Options, text: &str, width: usize) -> io::Result<()> {
    let text = Prose::from(escape_text(text).into_owned());
    for line in wrap::lines(&text, width, "", "") {
        writeln!(out, "{}", bold(opts, &line))?;
    }
    Ok(())
}

fn bold(opts: &Options, text: &str) -> String {
    if opts.color { format!("\x1b[1m{text}\x1b[0m") } else { text.to_owned() }
}
