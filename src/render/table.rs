//! Terminal tables: columns fitted to the width, rows as short as the width allows.
//!
//! A table is headers over a rule, columns two spaces apart, and no borders: at 80 columns the
//! borders of a four-column table took 13 columns that the cells needed. Column widths are chosen
//! to keep rows to as few lines as fit, so a short column (a level, a salary range) stays whole
//! and long text takes the wrapping. When a row runs over several lines, a blank line separates
//! rows; one-line rows stand one under the other.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

use textwrap::WordSeparator;
use textwrap::core::{Fragment, Word, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;

use super::{Options, escape_controls, text, wrap};

/// Spaces between two columns.
const GAP: usize = 2;

/// Writes a table fitted to `opts.width`; where even one word per line would not fit, each row
/// becomes a block of `Header  value` lines instead, so narrow terminals stay readable.
pub fn write(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    marked: &[String],
) -> io::Result<()> {
    // Headers may be data too (`compare` heads its columns with role titles): escape both.
    let headers: Vec<String> = headers.iter().map(|header| escape_controls(header).into_owned()).collect();
    let rows: Vec<Vec<String>> =
        rows.map(|row| row.iter().map(|cell| escape_controls(cell).into_owned()).collect()).collect();
    let count = headers.len();
    if count == 0 {
        return Ok(());
    }
    let room = opts.width.saturating_sub(GAP * (count - 1));
    let mut grid = vec![headers.clone()];
    grid.extend(rows.iter().cloned());
    let column = |i: usize| grid.iter().map(move |row| row.get(i).map_or("", String::as_str));
    let minimum: Vec<usize> =
        (0..count).map(|i| column(i).map(wrap::longest_word).max().unwrap_or(0)).collect();
    if minimum.iter().sum::<usize>() > room {
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        return text::write_records(out, opts, &headers, &rows);
    }
    let natural: Vec<usize> = (0..count).map(|i| column(i).map(display_width).max().unwrap_or(0)).collect();
    // The layout search wraps every cell at many widths: words are found once per cell, and each
    // width only lays them out (what `wrap::lines` does, without making the lines).
    let glued: Vec<Vec<Cow<str>>> =
        (0..count).map(|i| column(i).map(wrap::glue_commands).collect()).collect();
    let columns: Vec<Vec<Measured>> =
        glued.iter().map(|cells| cells.iter().map(|cell| Measured::of(cell)).collect()).collect();
    let widths = fit(&columns, &natural, &minimum, room);

    let cells: Vec<Vec<Vec<String>>> = grid
        .iter()
        .map(|row| {
            widths
                .iter()
                .enumerate()
                .map(|(i, &width)| wrap::lines(row.get(i).map_or("", String::as_str), width, "", ""))
                .collect()
        })
        .collect();
    let spaced = cells.iter().skip(1).any(|row| row.iter().any(|lines| lines.len() > 1));
    let rule = if opts.unicode { "─" } else { "-" };
    for (r, row) in cells.iter().enumerate() {
        if r > 1 && spaced {
            writeln!(out)?;
        }
        let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for line in 0..height {
            let mut text = String::new();
            for (i, lines) in row.iter().enumerate() {
                let cell = lines.get(line).map_or("", String::as_str);
                let pad = widths[i].saturating_sub(display_width(cell));
                if r == 0 && opts.color && !cell.is_empty() {
                    text.push_str("\x1b[1m");
                    text.push_str(cell);
                    text.push_str("\x1b[0m");
                } else if opts.color && !marked.is_empty() {
                    text.push_str(&mark(cell, marked));
                } else {
                    text.push_str(cell);
                }
                if i + 1 < count {
                    text.push_str(&" ".repeat(pad + GAP));
                }
            }
            writeln!(out, "{}", text.trim_end())?;
        }
        if r == 0 {
            let rules: Vec<String> = widths.iter().map(|&width| rule.repeat(width)).collect();
            writeln!(out, "{}", rules.join(&" ".repeat(GAP)))?;
        }
    }
    Ok(())
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
fn fit(columns: &[Vec<Measured>], natural: &[usize], minimum: &[usize], room: usize) -> Vec<usize> {
    let mut whole = vec![false; columns.len()];
    // No column can end wider than the room the others' narrowest leave it: start there.
    let all_minimum: usize = minimum.iter().sum();
    let start: Vec<usize> = natural
        .iter()
        .zip(minimum)
        .map(|(&natural, &least)| natural.min(room + least - all_minimum))
        .collect();
    let mut shapes = Shapes::new(columns);
    let (mut widths, mut cost) = narrow(&mut shapes, start.clone(), minimum, room, &whole);
    let mut order: Vec<usize> = (0..columns.len()).collect();
    order.sort_by_key(|&i| natural[i]);
    for i in order {
        if widths[i] == natural[i] {
            continue;
        }
        whole[i] = true;
        let kept: usize = (0..columns.len()).map(|c| if whole[c] { natural[c] } else { minimum[c] }).sum();
        if kept <= room {
            let (other, other_cost) = narrow(&mut shapes, start.clone(), minimum, room, &whole);
            if other_cost < cost {
                (widths, cost) = (other, other_cost);
                continue;
            }
        }
        whole[i] = false;
    }
    widths
}

/// A cell as the layout search sees it: per line of its text, its words as `wrap::lines` finds
/// them (spaces only; a command glued into one word).
struct Measured<'a> {
    paragraphs: Vec<Vec<Word<'a>>>,
}

impl<'a> Measured<'a> {
    fn of(cell: &'a str) -> Self {
        let words = |line: &'a str| WordSeparator::AsciiSpace.find_words(line).collect();
        Measured { paragraphs: cell.split('\n').map(words).collect() }
    }

    /// The lines `wrap::lines` makes of the cell at `width`, and the widest of them: textwrap's
    /// first fit over the same words, without building the lines.
    fn shape(&self, width: usize) -> (usize, usize) {
        let mut lines = 0;
        let mut widest = 0;
        for words in &self.paragraphs {
            #[expect(clippy::cast_precision_loss, reason = "a terminal width, far below 2^52")]
            for line in wrap_first_fit(words, &[width.max(1) as f64]) {
                let spaces: f64 = line.iter().rev().skip(1).map(Fragment::whitespace_width).sum();
                let text: f64 = line.iter().map(Fragment::width).sum();
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a sum of widths"
                )]
                let line_width = (text + spaces) as usize;
                widest = widest.max(line_width);
                lines += 1;
            }
        }
        (lines.max(1), widest)
    }
}

/// The lines of every cell of a column at a width, and the widest line, worked out once: the
/// layout search asks for the same column at the same width again and again.
struct Shapes<'c> {
    columns: &'c [Vec<Measured<'c>>],
    known: Vec<HashMap<usize, (Vec<usize>, usize)>>,
}

impl<'c> Shapes<'c> {
    fn new(columns: &'c [Vec<Measured<'c>>]) -> Self {
        Shapes { columns, known: vec![HashMap::new(); columns.len()] }
    }

    /// Column `i` at `width`: each cell's lines, and the widest line of them all.
    fn at(&mut self, i: usize, width: usize) -> (Vec<usize>, usize) {
        let column = &self.columns[i];
        self.known[i]
            .entry(width)
            .or_insert_with(|| {
                let shapes: Vec<(usize, usize)> = column.iter().map(|cell| cell.shape(width)).collect();
                let widest = shapes.iter().map(|&(_, widest)| widest).max().unwrap_or(0);
                (shapes.into_iter().map(|(lines, _)| lines).collect(), widest)
            })
            .clone()
    }
}

/// What a layout costs: lines of the table, then lines of all its cells.
type Cost = (usize, usize);

/// Narrows one column at a time, never one marked `whole`, each time the one whose narrowing adds
/// the fewest lines to the table, then the fewest lines to its own cells, then the widest, until
/// the table fits in `room`. Returns the widths and their cost: lines of the table, lines of all
/// the cells.
fn narrow(
    shapes: &mut Shapes,
    mut widths: Vec<usize>,
    minimum: &[usize],
    room: usize,
    whole: &[bool],
) -> (Vec<usize>, Cost) {
    let count = widths.len();
    let mut lines: Vec<Vec<usize>> = (0..count).map(|i| shapes.at(i, widths[i]).0).collect();
    let rows = lines.first().map_or(0, Vec::len);
    let total = |lines: &[Vec<usize>]| -> Cost {
        let rows = (0..rows).map(|row| lines.iter().map(|column| column[row]).max().unwrap_or(1));
        (rows.sum(), lines.iter().flatten().sum())
    };
    while widths.iter().sum::<usize>() > room {
        // The cheapest narrowing so far: its cost, the column, its new width and its cells' lines.
        let mut best: Option<(Cost, usize, usize, Vec<usize>)> = None;
        for i in 0..count {
            if whole[i] || widths[i] <= minimum[i] {
                continue;
            }
            // Wrapped one column narrower: the widest line is the column's new width, and the same
            // lines come out at that width (each fits, and no word more would), so one wrap gives
            // both the width and the lines of each cell.
            let (candidate, widest) = shapes.at(i, widths[i] - 1);
            let width = widest.max(minimum[i]);
            let old = std::mem::replace(&mut lines[i], candidate);
            let cost = total(&lines);
            let candidate = std::mem::replace(&mut lines[i], old);
            let better = best.as_ref().is_none_or(|(best_cost, best_i, _, _)| {
                cost < *best_cost || (cost == *best_cost && widths[i] > widths[*best_i])
            });
            if better {
                best = Some((cost, i, width, candidate));
            }
        }
        let Some((_, i, width, candidate)) = best else { break };
        widths[i] = width;
        lines[i] = candidate;
    }
    let cost = total(&lines);
    (widths, cost)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Format;

    fn table(width: usize, headers: &[&str], rows: &[&[&str]]) -> String {
        let opts = Options { format: Format::Table, width, color: false, unicode: true, headers: true };
        let rows = rows.iter().map(|row| row.iter().map(|cell| (*cell).to_owned()).collect());
        let mut out = Vec::new();
        write(&mut out, &opts, headers, rows, &[]).unwrap();
        String::from_utf8(out).unwrap()
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
        assert!(out.lines().all(|line| display_width(line) <= 30), "{out}");
    }

    #[test]
    fn matched_words_are_marked_only_in_colour() {
        let marked = ["fraud".to_owned()];
        assert_eq!(
            mark("Fraud detection, anti-fraud; defraud", &marked),
            "\x1b[1;4mFraud\x1b[22;24m detection, anti-\x1b[1;4mfraud\x1b[22;24m; defraud"
        );
        let rows = || std::iter::once(vec!["Fraud detection".to_owned()]);
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
