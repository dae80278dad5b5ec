//! Terminal tables: columns fitted to the width, rows as short as the width allows.
//!
//! A table is headers over a rule, columns two spaces apart, and no borders: at 80 columns the
//! borders of a four-column table took 13 columns that the cells needed. Column widths are chosen
//! to keep rows to as few lines as fit, so a short column (a level, a salary range) stays whole
//! and long text takes the wrapping. A row that runs over several lines has a blank line before
//! and after it; one-line rows stand one under the other.

use std::io::{self, Write};

use super::wrap::{self, Measured, Shape};
use super::{Options, Output, Prose, Record, Rows, Shown, Tabular, escape_text, for_people, text};

/// The format people get unless they ask for another: tables fitted to the terminal, pages
/// wrapped to it.
pub struct Table;

impl Output for Table {
    const NAME: &'static str = "table";
    const MACHINE: bool = false;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        err: &mut dyn Write,
        opts: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        for_people(out, err, opts, &shown.people, table, text::write_document)
    }
}

/// A table and the notes under it.
fn table(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: Rows,
    notes: &[Prose],
    marked: &[String],
) -> io::Result<()> {
    write(out, opts, headers, rows.iter(), marked)?;
    text::write_notes(out, opts, notes)
}

/// Spaces between two columns.
const GAP: usize = 2;

/// Rows the layout search looks at. A longer table is laid out from its first rows, with every
/// row's widths (the longest word, the widest line) taken into account, then written a row at a
/// time: its memory is that of these rows, not of the whole table.
const LAID_OUT_ROWS: usize = 2_000;

/// Writes a table fitted to `opts.width`; where even one word per line would not fit, each row
/// becomes a block of `Header  value` lines instead, so narrow terminals stay readable. `rows` is
/// gone through more than once (widths, then lines), never held whole.
pub fn write(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Prose>> + Clone,
    marked: &[String],
) -> io::Result<()> {
    write_with::<Lines>(out, opts, headers, rows, marked)
}

/// [`write`], its rows drawn by `D`.
fn write_with<D: Draw>(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Prose>> + Clone,
    marked: &[String],
) -> io::Result<()> {
    let count = headers.len();
    if count == 0 {
        return Ok(());
    }
    let escaped_rows = rows.map(|row| row.into_iter().map(escaped).collect::<Vec<Prose>>());
    // Headers may be data too (`compare` heads its columns with role titles): escape both.
    let head: Vec<Prose> = headers.iter().map(|header| Prose::from(escape_text(header).into_owned())).collect();
    // The header and the first rows are kept, each cell's words found and measured once: the
    // layout search asks how every cell wraps at many widths, and they are written from the same
    // words. Rows past them are measured for their widths, then read again to be written.
    let mut remaining = escaped_rows.clone();
    let sample: Vec<Vec<Prose>> = std::iter::once(head)
        .chain(remaining.by_ref().take(LAID_OUT_ROWS))
        .map(|mut row| {
            // As many cells as headers, as the rows past these are read.
            row.resize(count, Prose::new());
            row
        })
        .collect();
    let more = sample.len() > LAID_OUT_ROWS;
    let measured: Vec<Vec<Measured>> =
        sample.iter().map(|row| row.iter().map(Measured::new).collect()).collect();
    // Every column's longest word and widest line, over every row.
    let mut minimum = vec![0; count];
    let mut natural = vec![0; count];
    let mut widen = |i: usize, longest: usize, text: &Prose| {
        minimum[i] = minimum[i].max(longest);
        natural[i] = natural[i].max(wrap::width(text.as_str()));
    };
    for (row, cells) in sample.iter().zip(&measured) {
        for (i, (text, words)) in row.iter().zip(cells).enumerate() {
            widen(i, words.longest(), text);
        }
    }
    let empty = Prose::new();
    for row in remaining.filter(|_| more) {
        for i in 0..count {
            let text = row.get(i).unwrap_or(&empty);
            widen(i, Measured::new(text).longest(), text);
        }
    }
    // Rows past the sample, read again when they are written.
    let rest = || escaped_rows.clone().skip(LAID_OUT_ROWS).filter(|_| more);
    let room = opts.width.saturating_sub(GAP * (count - 1));
    if minimum.iter().sum::<usize>() > room {
        let headers: Vec<&str> = sample[0].iter().map(Prose::as_str).collect();
        for (i, row) in sample[1..].iter().cloned().chain(rest()).enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            text::write_records(out, opts, &headers, std::slice::from_ref(&row))?;
        }
        return Ok(());
    }
    let widths = {
        let mut layout = Layout {
            columns: (0..count).map(|i| measured.iter().map(|row| Cell::new(&row[i])).collect()).collect(),
        };
        fit(&mut layout, &natural, &minimum, room)
    };
    let rule = if opts.unicode { "─" } else { "-" };
    let mut grid = D::new(widths.clone());
    // A row of several lines has a blank line before and after it; one-line rows stand one
    // under the other, so a list of short entries stays a short list.
    let mut after_tall = false;
    let mut add = |grid: &mut D, r: usize, cells: &[Measured]| -> io::Result<()> {
        let lines = lines_at(&widths, cells);
        let tall = r > 0 && lines.iter().any(|cell| cell.len() > 1);
        if r > 1 && (tall || after_tall) {
            grid.blank();
        }
        grid.row(&lines);
        after_tall = tall;
        if r == 0 {
            grid.rule(rule);
            // The header is written alone, its cells bold when colour is on.
            grid.write(out, opts, &lines, &[])?;
        } else if grid.is_full() {
            grid.write(out, opts, &[], marked)?;
        }
        Ok(())
    };
    for (r, cells) in measured.iter().enumerate() {
        add(&mut grid, r, cells)?;
    }
    for (r, row) in rest().enumerate() {
        let cells: Vec<Measured> = (0..count).map(|i| row.get(i).unwrap_or(&empty)).map(Measured::new).collect();
        add(&mut grid, measured.len() + r, &cells)?;
    }
    grid.write(out, opts, &[], marked)
}

/// Each cell's lines at its column's width (glued: a command or an amount still one word).
fn lines_at<'c>(widths: &[usize], cells: &'c [Measured]) -> Vec<Vec<&'c str>> {
    widths
        .iter()
        .zip(cells)
        .map(|(&width, cell)| {
            let mut lines = Vec::new();
            cell.push_glued_lines(width, &mut lines);
            lines
        })
        .collect()
}

/// Rows held before they are drawn and written: a table of 100,000 rows is drawn a block at a
/// time, never held whole.
const BLOCK_ROWS: usize = 256;

/// What draws a table's rows, once the layout search has chosen the widths and broken each cell
/// into lines: no borders, each column its width, two spaces after each but the last, a blank
/// line a row of empty cells, the rule under the headers a row of rule characters, trailing
/// spaces cut. [`Lines`] draws them for the program; comfy-table draws them in the tests, which
/// hold the two to the same bytes.
trait Draw {
    fn new(widths: Vec<usize>) -> Self;
    /// A row of cells, each given as its lines (glued).
    fn row(&mut self, cells: &[Vec<&str>]);
    /// A blank line between rows.
    fn blank(&mut self);
    /// The rule under the headers: each column's width in `rule`.
    fn rule(&mut self, rule: &str);
    /// Whether a block's worth of rows is held.
    fn is_full(&self) -> bool;
    /// Draws the rows held and writes them. With colour, the cells of `header` (the first rows'
    /// lines) are bold and the words that start with one of `marked` bold and underlined
    /// elsewhere: applied to the drawn lines, so the codes take no room in the layout.
    fn write(&mut self, out: &mut dyn Write, opts: &Options, header: &[Vec<&str>], marked: &[String]) -> io::Result<()>;
}

/// The program's drawing of a table's rows ([`Draw`]): each line is its cells' lines, padded.
///
/// comfy-table draws the same bytes (the tests hold them to it) but measured every character of
/// every line twice more: at 1.24 to 1.55 times the instructions of a whole run of `skills`,
/// `glossary`, `industries` and the like, which took four command lines past `tldr --render`
/// (BENCHMARKS.md). What is left here is padding and joining.
struct Lines {
    widths: Vec<usize>,
    /// The lines drawn so far, each ending in a newline, held until written.
    text: String,
    rows: usize,
}

impl Lines {
    /// One row's cells (glued lines) drawn into [`Lines::text`]: each line its cells' lines,
    /// padded, the spaces that end it cut.
    fn draw(&mut self, cells: &[Vec<&str>]) {
        let count = self.widths.len();
        for index in 0..cells.iter().map(Vec::len).max().unwrap_or(0).max(1) {
            let start = self.text.len();
            for (i, cell) in cells.iter().enumerate() {
                let part = cell.get(index).copied().unwrap_or("");
                wrap::push_unglued(&mut self.text, part);
                if i + 1 < count {
                    // Glue is as wide as the space it stands for.
                    push_spaces(&mut self.text, self.widths[i].saturating_sub(wrap::width(part)) + GAP);
                }
            }
            let end = start + self.text[start..].trim_end().len();
            self.text.truncate(end);
            self.text.push('\n');
        }
        self.rows += 1;
    }
}

impl Draw for Lines {
    fn new(widths: Vec<usize>) -> Self {
        Lines { widths, text: String::new(), rows: 0 }
    }

    fn row(&mut self, cells: &[Vec<&str>]) {
        self.draw(cells);
    }

    fn blank(&mut self) {
        self.text.push('\n');
        self.rows += 1;
    }

    fn rule(&mut self, rule: &str) {
        let rules: Vec<String> = self.widths.iter().map(|&width| rule.repeat(width)).collect();
        self.draw(&rules.iter().map(|rule| vec![rule.as_str()]).collect::<Vec<_>>());
    }

    fn is_full(&self) -> bool {
        self.rows >= BLOCK_ROWS
    }

    fn write(&mut self, out: &mut dyn Write, opts: &Options, header: &[Vec<&str>], marked: &[String]) -> io::Result<()> {
        let height = header.iter().map(Vec::len).max().unwrap_or(0);
        let result = if opts.color && (height > 0 || !marked.is_empty()) {
            let mut text = String::with_capacity(self.text.len() * 2);
            for (at, line) in self.text.lines().enumerate() {
                push_line(&mut text, line, at, height, header, &self.widths, opts, marked);
            }
            out.write_all(text.as_bytes())
        } else {
            out.write_all(self.text.as_bytes())
        };
        self.text.clear();
        self.rows = 0;
        result
    }
}

/// A drawn line added to `text`: bold cells if it is one of the header's `height` lines and
/// colour is on, marked words if it is below them.
#[allow(clippy::too_many_arguments)]
fn push_line(
    text: &mut String,
    line: &str,
    at: usize,
    height: usize,
    header: &[Vec<&str>],
    widths: &[usize],
    opts: &Options,
    marked: &[String],
) {
    if opts.color && at < height {
        let cells: Vec<&str> = header.iter().map(|lines| lines.get(at).copied().unwrap_or("")).collect();
        text.push_str(&bold_cells(line, &cells, widths));
    } else if opts.color && !marked.is_empty() && at >= height {
        text.push_str(&mark(line, marked));
    } else {
        text.push_str(line);
    }
    text.push('\n');
}

/// Appends `count` spaces to `out`, a run at a time rather than a character at a time.
fn push_spaces(out: &mut String, count: usize) {
    const SPACES: &str = "                                ";
    let mut left = count;
    while left > 0 {
        let run = left.min(SPACES.len());
        out.push_str(&SPACES[..run]);
        left -= run;
    }
}

/// `line`, a row's line as comfy-table drew it from `cells` (glued), with each cell's text bold.
/// A line that is not those cells (it cannot happen) is left as it is.
fn bold_cells(line: &str, cells: &[&str], widths: &[usize]) -> String {
    let mut out = String::with_capacity(line.len() + cells.len() * 8);
    let mut rest = line;
    for (i, cell) in cells.iter().enumerate() {
        let mut plain = String::new();
        wrap::push_unglued(&mut plain, cell);
        let Some(after) = rest.strip_prefix(plain.as_str()) else { return line.to_owned() };
        if !plain.is_empty() {
            out.push_str("\x1b[1m");
            out.push_str(&plain);
            out.push_str("\x1b[0m");
        }
        // Glue is as wide as the space it stands for.
        let spaces = if i + 1 < cells.len() { widths[i].saturating_sub(wrap::width(&plain)) + GAP } else { 0 };
        let taken = after.len() - after.trim_start_matches(' ').len();
        let spaces = spaces.min(taken);
        out.push_str(&after[..spaces]);
        rest = &after[spaces..];
    }
    out.push_str(rest);
    out
}

/// `cell` with its control characters escaped, copied only when it has any.
fn escaped(cell: Prose) -> Prose {
    match cell.escaped() {
        std::borrow::Cow::Borrowed(_) => cell,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

/// `line` with each word that starts with one of `marked` (lowercase) in bold and underlined.
/// Applied after the layout, so the codes take no room in it.
fn mark(line: &str, marked: &[String]) -> String {
    let lower = line.to_ascii_lowercase();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut at = 0;
    while at < line.len() {
        let starts_word = line[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let hit = starts_word
            && marked.iter().any(|word| !word.is_empty() && lower[at..].starts_with(word.as_str()));
        if hit {
            let end = line[at..].find(|c: char| !c.is_alphanumeric()).map_or(line.len(), |end| at + end);
            out.push_str(&line[copied..at]);
            out.push_str("\x1b[1;4m");
            out.push_str(&line[at..end]);
            out.push_str("\x1b[22;24m");
            copied = end;
            at = end;
        } else {
            at += line[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push_str(&line[copied..]);
    out
}

/// Column widths that sum to at most `room`, for the fewest lines: first by [`narrow`] from every
/// column's natural width; then, shortest column first, by keeping a column whole and narrowing
/// the others instead, wherever that costs fewer lines. The caller has checked that every
/// column's longest word (`minimum`) fits.
fn fit(layout: &mut Layout, natural: &[usize], minimum: &[usize], room: usize) -> Vec<usize> {
    let count = natural.len();
    let mut whole = vec![false; count];
    // No column can end wider than the room the others' narrowest leave it: start there.
    let all_minimum: usize = minimum.iter().sum();
    let start: Vec<usize> = natural
        .iter()
        .zip(minimum)
        .map(|(&natural, &least)| natural.min(room + least - all_minimum))
        .collect();
    let (mut widths, mut cost) = narrow(layout, start.clone(), minimum, room, &whole);
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&i| natural[i]);
    for i in order {
        if widths[i] == natural[i] {
            continue;
        }
        whole[i] = true;
        let kept: usize = (0..count).map(|c| if whole[c] { natural[c] } else { minimum[c] }).sum();
        if kept <= room {
            let (other, other_cost) = narrow(layout, start.clone(), minimum, room, &whole);
            if other_cost < cost {
                (widths, cost) = (other, other_cost);
                continue;
            }
        }
        whole[i] = false;
    }
    widths
}

/// The cells of a table, column by column, as the layout search sees them.
struct Layout<'m, 'a> {
    columns: Vec<Vec<Cell<'m, 'a>>>,
}

/// A cell's words, and the layouts of them the search has asked for so far. The search asks about
/// the same cell at many widths (each column narrowed a step at a time, from the start again for
/// every column it tries to keep whole), and most of those widths give the same lines: each layout
/// is made once and answers for every width it holds at.
struct Cell<'m, 'a> {
    words: &'m Measured<'a>,
    known: Vec<Shape>,
}

impl<'m, 'a> Cell<'m, 'a> {
    fn new(words: &'m Measured<'a>) -> Self {
        // Room for the layouts a search usually asks of a cell, made once rather than grown.
        Cell { words, known: Vec::with_capacity(8) }
    }

    fn at(&mut self, width: usize) -> Shape {
        // Latest first: the search narrows step by step, so the last layout made is the likeliest.
        if let Some(&shape) = self.known.iter().rev().find(|shape| (shape.from..shape.until).contains(&width))
        {
            return shape;
        }
        let shape = self.words.shape(width);
        self.known.push(shape);
        shape
    }
}

impl Layout<'_, '_> {
    /// Column `i` at `width`: each cell's lines into `lines`, and the widest line of them all.
    fn at(&mut self, i: usize, width: usize, lines: &mut Vec<usize>) -> usize {
        lines.clear();
        let mut widest = 0;
        for cell in &mut self.columns[i] {
            let shape = cell.at(width);
            widest = widest.max(shape.widest);
            lines.push(shape.lines);
        }
        widest
    }
}

/// What a layout costs: lines of the table, then lines of all its cells.
type Cost = (usize, usize);

/// Narrows one column at a time, never one marked `whole`, each time the one whose narrowing adds
/// the fewest lines to the table, then the fewest lines to its own cells, then the widest, until
/// the table fits in `room`. Returns the widths and their cost: lines of the table, lines of all
/// the cells.
fn narrow(
    layout: &mut Layout,
    mut widths: Vec<usize>,
    minimum: &[usize],
    room: usize,
    whole: &[bool],
) -> (Vec<usize>, Cost) {
    let count = widths.len();
    let mut lines: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, lines) in lines.iter_mut().enumerate() {
        layout.at(i, widths[i], lines);
    }
    // The lines of each row (its tallest cell) and of all the cells, kept as columns narrow.
    let rows = lines.first().map_or(0, Vec::len);
    let mut heights: Vec<usize> =
        (0..rows).map(|row| lines.iter().map(|column| column[row]).max().unwrap_or(1)).collect();
    // The lines of each column's cells, all told, kept as columns narrow.
    let mut column_lines: Vec<usize> = lines.iter().map(|column| column.iter().sum()).collect();
    let mut cells: usize = column_lines.iter().sum();
    // Each column one narrower: its cells' lines, their sum and the widest line, worked out when
    // the column is first weighed and again only once it has been narrowed, not at every
    // comparison.
    let mut narrower: Vec<(Vec<usize>, usize)> = vec![(Vec::new(), 0); count];
    let mut narrower_lines = vec![0; count];
    let mut weighed = vec![false; count];
    while widths.iter().sum::<usize>() > room {
        // The cheapest narrowing so far: its cost and the column.
        let mut best: Option<(Cost, usize)> = None;
        for i in 0..count {
            if whole[i] || widths[i] <= minimum[i] {
                continue;
            }
            if !weighed[i] {
                narrower[i].1 = layout.at(i, widths[i] - 1, &mut narrower[i].0);
                narrower_lines[i] = narrower[i].0.iter().sum();
                weighed[i] = true;
            }
            let candidate = &narrower[i].0;
            // Narrower, a cell never has fewer lines (first fit: each line still holds at least
            // the words it held), so each row is as tall as it was or as its cell in `candidate`.
            let table = heights.iter().zip(candidate.iter()).map(|(&height, &cell)| height.max(cell)).sum();
            let cost = (table, cells - column_lines[i] + narrower_lines[i]);
            let better = best.is_none_or(|(best_cost, best_i)| {
                cost < best_cost || (cost == best_cost && widths[i] > widths[best_i])
            });
            if better {
                best = Some((cost, i));
            }
        }
        let Some((_, i)) = best else { break };
        // Wrapped one column narrower, the widest line is the column's new width, and the same
        // lines come out at that width (each fits, and no word more would).
        let (candidate, widest) = &narrower[i];
        widths[i] = (*widest).max(minimum[i]);
        cells = cells - column_lines[i] + narrower_lines[i];
        column_lines[i] = narrower_lines[i];
        for (height, &cell) in heights.iter_mut().zip(candidate) {
            *height = (*height).max(cell);
        }
        // The column's lines are now those one narrower; its next narrowing is yet to be weighed.
        std::mem::swap(&mut lines[i], &mut narrower[i].0);
        weighed[i] = false;
    }
    (widths, (heights.iter().sum(), cells))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Format;

    fn table(width: usize, headers: &[&str], rows: &[&[&str]]) -> String {
        let opts = Options { format: Format::Table, width, color: false, unicode: true, headers: true };
        let rows = rows.iter().map(|row| row.iter().map(|cell| Prose::from(*cell)).collect());
        let mut out = Vec::new();
        write(&mut out, &opts, headers, rows, &[]).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The rows as comfy-table draws them ([`Draw`]), the reference [`Lines`] is held to: each
    /// column an absolute width (padding included), two spaces of padding after each but the
    /// last, no borders, each cell given as its lines so that comfy-table breaks none.
    struct Grid {
        widths: Vec<usize>,
        table: comfy_table::Table,
        rows: usize,
    }

    impl Grid {
        fn empty() -> comfy_table::Table {
            use comfy_table::{ContentArrangement, presets};
            let mut table = comfy_table::Table::new();
            table.load_style(presets::NOTHING).set_content_arrangement(ContentArrangement::Disabled);
            table
        }

        /// Adds a row of `cells`; with the first, comfy-table's columns are there to be set.
        fn push(&mut self, cells: Vec<String>) {
            use comfy_table::{ColumnConstraint, Width};
            self.table.add_row(cells);
            self.rows += 1;
            if self.rows > 1 {
                return;
            }
            let last = self.widths.len() - 1;
            for (i, column) in self.table.column_iter_mut().enumerate() {
                let gap = if i < last { GAP } else { 0 };
                let width = u16::try_from(self.widths[i] + gap).unwrap();
                column.set_padding((0, u16::try_from(gap).unwrap()));
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
            }
        }
    }

    impl Draw for Grid {
        fn new(widths: Vec<usize>) -> Self {
            Grid { widths, table: Self::empty(), rows: 0 }
        }

        fn row(&mut self, cells: &[Vec<&str>]) {
            let cells = cells.iter().map(|lines| {
                let mut text = String::new();
                for (at, line) in lines.iter().enumerate() {
                    if at > 0 {
                        text.push('\n');
                    }
                    wrap::push_unglued(&mut text, line);
                }
                text
            });
            self.push(cells.collect());
        }

        fn blank(&mut self) {
            self.push(vec![String::new(); self.widths.len()]);
        }

        fn rule(&mut self, rule: &str) {
            self.push(self.widths.iter().map(|&width| rule.repeat(width)).collect());
        }

        fn is_full(&self) -> bool {
            self.rows >= BLOCK_ROWS
        }

        fn write(
            &mut self,
            out: &mut dyn Write,
            opts: &Options,
            header: &[Vec<&str>],
            marked: &[String],
        ) -> io::Result<()> {
            if self.rows == 0 {
                return Ok(());
            }
            let height = header.iter().map(Vec::len).max().unwrap_or(0);
            let mut text = String::new();
            for (at, line) in self.table.lines().enumerate() {
                push_line(&mut text, line.trim_end(), at, height, header, &self.widths, opts, marked);
            }
            self.table = Self::empty();
            self.rows = 0;
            out.write_all(text.as_bytes())
        }
    }

    /// A table drawn by `D`.
    fn drawn<D: Draw>(width: usize, color: bool, headers: &[&str], rows: &[Vec<Prose>], marked: &[String]) -> String {
        let opts = Options { format: Format::Table, width, color, unicode: true, headers: true };
        let mut out = Vec::new();
        write_with::<D>(&mut out, &opts, headers, rows.iter().cloned(), marked).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn comfy_table_draws_the_goldens_tables_the_same() {
        let range = crate::model::UsdRange { min: 120_000, max: 220_000, open_ended: true };
        let rows = vec![
            vec![Prose::from("Mid Level"), Prose::from(crate::render::Money(&range).to_string()), Prose::from("Machine Learning Engineer, Data Scientist")],
            vec![Prose::from("Entry"), Prose::from("$80,000"), Prose::from(format!("see {}", crate::render::Cmd("mlcareers role data-scientist")))],
        ];
        for width in [20, 40, 60, 100] {
            for color in [false, true] {
                let marked = ["data".to_owned()];
                assert_eq!(
                    drawn::<Lines>(width, color, &["Level", "Pay", "Roles"], &rows, &marked),
                    drawn::<Grid>(width, color, &["Level", "Pay", "Roles"], &rows, &marked),
                    "at {width}, colour {color}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn lines_are_what_comfy_table_draws(
            cells in proptest::collection::vec("[a-z]{0,9}( [a-z]{1,12}){0,6}|漢字 é|", 1..40),
            columns in 1..5usize,
            width in 10..120usize,
        ) {
            let headers: Vec<&str> = ["Name", "Kind", "What it is", "Source", "More"][..columns].to_vec();
            let rows: Vec<Vec<Prose>> =
                cells.chunks(columns).map(|row| row.iter().map(|cell| Prose::from(cell.as_str())).collect()).collect();
            proptest::prop_assert_eq!(
                drawn::<Lines>(width, false, &headers, &rows, &[]),
                drawn::<Grid>(width, false, &headers, &rows, &[])
            );
        }
    }

    #[test]
    fn one_line_rows_stand_one_under_the_other() {
        assert_eq!(
            table(40, &["Level", "Salary"], &[&["Entry", "$80,000"], &["Senior", "$170,000"]]),
            "Level   Salary\n──────  ────────\nEntry   $80,000\nSenior  $170,000\n"
        );
    }

    #[test]
    fn long_text_wraps_and_short_columns_stay_whole() {
        let out = table(
            30,
            &["Level", "Roles"],
            &[&["Mid Level", "Machine Learning Engineer, Data Scientist"], &["Entry", "Data Scientist"]],
        );
        assert_eq!(
            out,
            "Level      Roles\n─────────  ────────────────\nMid Level  Machine Learning\n           Engineer, Data\n           Scientist\n\nEntry      Data Scientist\n"
        );
        assert!(out.lines().all(|line| wrap::width(line) <= 30), "{out}");
    }

    #[test]
    fn matched_words_are_marked_only_in_colour() {
        let marked = ["fraud".to_owned()];
        assert_eq!(
            mark("Fraud detection, anti-fraud; defraud", &marked),
            "\x1b[1;4mFraud\x1b[22;24m detection, anti-\x1b[1;4mfraud\x1b[22;24m; defraud"
        );
        let rows = || std::iter::once(vec![Prose::from("Fraud detection")]);
        for color in [false, true] {
            let opts = Options { format: Format::Table, width: 80, color, unicode: true, headers: true };
            let mut out = Vec::new();
            write(&mut out, &opts, &["Name"], rows(), &marked).unwrap();
            let out = String::from_utf8(out).unwrap();
            assert_eq!(out.contains("\x1b[1;4mFraud"), color, "{out:?}");
            assert_eq!(out.contains('\x1b'), color, "{out:?}");
        }
    }

    #[test]
    fn a_table_too_narrow_for_its_words_becomes_records() {
        assert_eq!(
            table(12, &["Role", "Salary"], &[&["Engineer", "$120,000"]]),
            "Role\n  Engineer\nSalary\n  $120,000\n"
        );
    }
}
