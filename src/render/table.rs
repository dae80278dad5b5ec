//! Terminal tables (comfy-table), fitted to the width when there is one.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, TableStyle, presets};

use super::{Options, escape_controls};

/// One line per row, while every row fits on one line.
const COMPACT: TableStyle = presets::UTF8_FULL_CONDENSED.with_rounded_corners();
/// Lines between rows, once cells wrap onto several lines and rows would run together.
const SEPARATED: TableStyle = presets::UTF8_FULL.with_rounded_corners();

/// Narrowest table we lay out; below this, columns are too thin to read, so the table overflows.
const MIN_WIDTH: usize = 40;

pub fn write(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut table = Table::new();
    // Never let comfy-table look at the terminal itself: width and colour are decided once.
    table.force_no_tty();
    if opts.color {
        // Bold the header words, not the padding around them.
        table.enforce_styling().style_text_only();
    }
    table.set_header(headers.iter().map(|header| {
        let cell = Cell::new(header);
        if opts.color { cell.add_attribute(Attribute::Bold) } else { cell }
    }));
    for row in rows {
        table.add_row(row.iter().map(|cell| Cell::new(escape_controls(cell))));
    }

    let width = opts.width.map(|width| width.max(MIN_WIDTH));
    let natural: usize =
        table.column_max_content_widths().iter().map(|&w| usize::from(w) + 3).sum::<usize>() + 1;
    let wraps = width.is_some_and(|width| natural > width);
    table.load_style(if wraps { SEPARATED } else { COMPACT });
    match width {
        Some(width) => {
            let width = u16::try_from(width).unwrap_or(u16::MAX);
            table.set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    writeln!(out, "{table}")
}
