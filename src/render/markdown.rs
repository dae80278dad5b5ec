//! Markdown (GitHub-flavoured): tables with `|` escaped in cells, pages as headings and lists.

use std::io::{self, Write};

use super::{
    Block, Document, FALLBACK_WIDTH, Options, Output, Prose, Record, Rows, Shown, Tabular, chart, escape_text,
    for_people,
};

/// Markdown for people: a table, or a page as headings and lists.
pub struct Markdown;

impl Output for Markdown {
    const NAME: &'static str = "markdown";
    const MACHINE: bool = false;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        err: &mut dyn Write,
        opts: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        for_people(out, err, opts, &shown.people, table, write_document)
    }
}

/// A table and the notes under it.
fn table(
    out: &mut dyn Write,
    _: &Options,
    headers: &[&str],
    rows: Rows,
    notes: &[Prose],
    _: &[String],
) -> io::Result<()> {
    write_table(out, headers, rows.iter())?;
    write_notes(out, notes)
}

fn write_table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Prose>>,
) -> io::Result<()> {
    write_row(out, headers.iter().map(|header| Prose::from(*header)))?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))?;
    for row in rows {
        write_row(out, row.into_iter())?;
    }
    Ok(())
}

fn write_notes(out: &mut dyn Write, notes: &[Prose]) -> io::Result<()> {
    for note in notes {
        writeln!(out)?;
        writeln!(out, "{}", inline(note.as_str()))?;
    }
    Ok(())
}

fn write_document(out: &mut dyn Write, opts: &Options, doc: &Document) -> io::Result<()> {
    writeln!(out, "# {}", inline(&doc.title))?;
    for block in &doc.blocks {
        writeln!(out)?;
        match block {
            Block::Paragraph(text) => writeln!(out, "{}", html(&escape_text(text.as_str())))?,
            Block::Fields(fields) => {
                for (label, value) in fields {
                    writeln!(out, "- **{}:** {}", inline(label), inline(value.as_str()))?;
                }
            }
            Block::List { heading, items } => {
                writeln!(out, "**{}**", inline(heading))?;
                writeln!(out)?;
                for item in items {
                    writeln!(out, "- {}", inline(item.as_str()))?;
                }
            }
            Block::Chart(bars) => {
                writeln!(out, "~~~text")?;
                chart::write(out, opts, bars, FALLBACK_WIDTH)?;
                writeln!(out, "~~~")?;
            }
        }
    }
    Ok(())
}

fn write_row(out: &mut dyn Write, cells: impl Iterator<Item = Prose>) -> io::Result<()> {
    write!(out, "|")?;
    for cell in cells {
        write!(out, " {} |", cell_text(cell.as_str()))?;
    }
    writeln!(out)
}

/// A table cell: one line, `|` escaped so it cannot end the cell early.
fn cell_text(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Text that must stay on one line (a heading, a list item, a cell).
fn inline(text: &str) -> String {
    html(&escape_text(text)).replace('\n', " ")
}

/// `&`, `<` and `>` as entities, so that HTML in a data file is shown as text, never run.
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_in_cells_are_escaped() {
        assert_eq!(cell_text("a | b"), "a \\| b");
    }

    #[test]
    fn html_from_the_data_is_shown_as_text() {
        assert_eq!(
            cell_text("<script>alert(1)</script> & co"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
    }

    #[test]
    fn cells_stay_on_one_line() {
        assert_eq!(cell_text("one\ntwo"), "one two");
    }

    #[test]
    fn table_has_header_separator() {
        let mut out = Vec::new();
        write_table(&mut out, &["A", "B"], vec![vec![Prose::from("1"), Prose::from("x|y")]].into_iter()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "| A | B |\n|---|---|\n| 1 | x\\|y |\n");
    }
}
