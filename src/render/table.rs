//! Terminal tables (comfy-table), fitted to the width when there is one.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, TableStyle, presets};

use super::{Options, escape_controls, text};

/// One line per row, while every row fits on one line.
const COMPACT: TableStyle = presets::UTF8_FULL_CONDENSED.with_rounded_corners();
/// Lines between rows, once cells wrap onto several lines and rows would run together.
const SEPARATED: TableStyle = presets::UTF8_FULL.with_rounded_corners();
/// The same two in ASCII, for terminals and locales without Unicode.
const COMPACT_ASCII: TableStyle = presets::ASCII_FULL_CONDENSED;
const SEPARATED_ASCII: TableStyle = presets::ASCII_FULL;

/// Columns whose longest cell is at most this wide (a level, a salary range, a kind) read best
/// on one line: "$120,000 – $220,000+" split in two is hard to read.
const SHORT_COLUMN: usize = 22;
/// Room each wrapping column needs at least, borders included.
const MIN_WRAPPING_COLUMN: usize = 13;

/// Writes a table fitted to the width; where even one word per line would not fit, each row
/// becomes a block of `Header  value` lines instead, so narrow terminals stay readable.
pub fn write(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    // Headers may be data too (`compare` heads its columns with role titles): escape both.
    let escaped: Vec<String> = headers.iter().map(|header| escape_controls(header).into_owned()).collect();
    let headers: Vec<&str> = escaped.iter().map(String::as_str).collect();
    let headers = headers.as_slice();
    let rows: Vec<Vec<String>> =
        rows.map(|row| row.iter().map(|cell| escape_controls(cell).into_owned()).collect()).collect();
    if opts.width.is_some_and(|width| narrowest_table(headers, &rows) > width) {
        return text::write_records(out, opts, headers, &rows);
    }

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
        table.add_row(row);
    }

    let width = opts.width;
    let content: Vec<usize> = table.column_max_content_widths().into_iter().map(usize::from).collect();
    let natural: usize = content.iter().map(|w| w + 3).sum::<usize>() + 1;
    let wraps = width.is_some_and(|width| natural > width);
    table.load_style(match (wraps, opts.unicode) {
        (false, true) => COMPACT,
        (true, true) => SEPARATED,
        (false, false) => COMPACT_ASCII,
        (true, false) => SEPARATED_ASCII,
    });
    match width {
        Some(width) => {
            if wraps {
                keep_short_columns_whole(&mut table, &content, width);
            }
            let width = u16::try_from(width).unwrap_or(u16::MAX);
            table.set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    writeln!(out, "{table}")
}

/// When a table must wrap, let the long columns (prose) take the wrapping and keep the short ones
/// whole, as long as that leaves the long columns room to be read.
fn keep_short_columns_whole(table: &mut Table, content: &[usize], width: usize) {
    let (short, long): (Vec<usize>, Vec<usize>) = content.iter().partition(|&&w| w <= SHORT_COLUMN);
    let needed = short.iter().map(|w| w + 3).sum::<usize>() + long.len() * MIN_WRAPPING_COLUMN + 1;
    if long.is_empty() || needed > width {
        return;
    }
    for (column, &w) in table.column_iter_mut().zip(content) {
        if w <= SHORT_COLUMN {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
}

/// The narrowest the table can be without breaking a word: each column as wide as its longest
/// word, plus borders and padding.
fn narrowest_table(headers: &[&str], rows: &[Vec<String>]) -> usize {
    let longest_word =
        |text: &str| text.split_whitespace().map(textwrap::core::display_width).max().unwrap_or(0);
    let columns = headers.iter().enumerate().map(|(i, header)| {
        let cells = rows.iter().filter_map(|row| row.get(i)).map(|cell| longest_word(cell));
        cells.fold(longest_word(header), usize::max) + 3
    });
    columns.sum::<usize>() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowest_table_holds_the_longest_word_of_each_column() {
        let rows = vec![vec!["Machine Learning Engineer".to_owned(), "$120,000 – $220,000+".to_owned()]];
        // "Engineer" (8) and "$220,000+" (9), each with 3 of padding and border, plus the last border.
        assert_eq!(narrowest_table(&["Role", "Salary"], &rows), 8 + 3 + 9 + 3 + 1);
    }
}
