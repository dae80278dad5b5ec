//! Horizontal bar charts of salary ranges on one shared dollar scale, in blocks or in ASCII.

use std::io::{self, Write};

use super::{Options, escape_text};
use crate::model::UsdRange;

/// Ranges drawn against one scale from $0.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub bars: Vec<Bar>,
    /// The figure at the right end of the scale: set from every band, not only the bars shown,
    /// so that charts of different selections can be compared by eye.
    pub scale_max: u64,
    /// One figure marked on the same scale: a line through the bars and a row of its own.
    pub marker: Option<Marker>,
}

/// A figure to mark on a chart ("Your figure", 150,000).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub label: String,
    pub amount: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// An open top is a floor ("$220,000+"): the bar fades out past it instead of ending.
    pub range: UsdRange,
}

impl Bar {
    pub fn new(label: &str, range: UsdRange) -> Self {
        Bar { label: label.to_owned(), range }
    }
}

/// Scale steps: the axis is marked every `STEP` dollars and ends on a whole step.
const STEP: u64 = 50_000;
/// Most ticks on the axis.
const MAX_TICKS: u64 = 10;
/// Room past the highest figure for an open-ended bar to fade out, as a share of that figure.
const HEADROOM: f64 = 0.1;
/// Fewer cells than this and the bars would say nothing; the chart then draws this many anyway.
const MIN_BAR_CELLS: usize = 10;

/// The glyphs a chart is drawn with.
struct Glyphs {
    fill: char,
    fade: &'static [char],
    axis: char,
    tick: char,
    dash: &'static str,
    /// The marked figure in its own row, and where its line crosses the other rows' blanks.
    mark: char,
    guide: char,
}

const UNICODE: Glyphs =
    Glyphs {
        fill: '█', fade: &['▓', '▒', '░'], axis: '─', tick: '┴', dash: "–", mark: '▲', guide: '┊'
    };
const ASCII: Glyphs =
    Glyphs { fill: '#', fade: &['=', '-', '>'], axis: '-', tick: '+', dash: "-", mark: '^', guide: ':' };

impl Chart {
    /// A chart of `bars` on a scale that holds `highest` with room to show an open top.
    pub fn new(bars: Vec<Bar>, highest: u64) -> Self {
        // `as` saturates: an absurd figure (a user's data file) gives the largest scale, not a panic.
        #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "saturating on purpose")]
        let with_room = (highest as f64 * (1.0 + HEADROOM)).ceil() as u64;
        let scale_max = with_room.div_ceil(STEP).max(1).saturating_mul(STEP);
        Chart { bars, scale_max, marker: None }
    }

    /// The chart with `amount` marked and labelled; the scale grows to hold it if it must.
    #[must_use]
    pub fn with_marker(self, label: &str, amount: u64) -> Self {
        let highest = self.bars.iter().map(|bar| bar.range.max).max().unwrap_or(0);
        let mut chart =
            if amount > self.scale_max { Chart::new(self.bars, amount.max(highest)) } else { self };
        chart.marker = Some(Marker { label: label.to_owned(), amount });
        chart
    }
}

/// Charts stop growing here: wider bars read no better, and `COLUMNS=99999999999` drew lines of
/// that many cells until memory ran out.
const MAX_WIDTH: usize = 160;

/// Draws `chart` to fit `width` columns: label, bar, then the figures beside it; where that
/// leaves the bars too little room, each label and its figures go on a line above the bar (two
/// lines, if one cannot hold both).
pub fn write(out: &mut dyn Write, opts: &Options, chart: &Chart, width: usize) -> io::Result<()> {
    let width = width.min(MAX_WIDTH);
    let glyphs = if opts.unicode { &UNICODE } else { &ASCII };
    let mut labels: Vec<String> = chart.bars.iter().map(|bar| escape_text(&bar.label).into_owned()).collect();
    let mut figures: Vec<String> = chart.bars.iter().map(|bar| figure(bar, glyphs)).collect();
    if let Some(marker) = &chart.marker {
        labels.push(escape_text(&marker.label).into_owned());
        figures.push(crate::usd::dollars(marker.amount));
    }
    // The marker's cell, kept inside the bars' width so the figures beside them stay aligned.
    let marker_cell = |marker: &Marker, cells: usize| {
        cell_of(marker.amount, chart.scale_max, cells).min(cells.saturating_sub(1))
    };
    // Row `i` drawn `cells` wide: a bar with the marker's line through its blanks, or the marker.
    let row = |i: usize, cells: usize| match (chart.bars.get(i), &chart.marker) {
        (Some(bar), None) => draw(bar, chart.scale_max, cells, glyphs),
        (Some(bar), Some(marker)) => {
            guide(&draw(bar, chart.scale_max, cells, glyphs), marker_cell(marker, cells), glyphs.guide)
        }
        (None, marker) => {
            let cell = marker.as_ref().map_or(0, |marker| marker_cell(marker, cells));
            format!("{:cell$}{}", "", glyphs.mark)
        }
    };
    let label_width = labels.iter().map(|label| label.chars().count()).max().unwrap_or(0);
    let figure_width = figures.iter().map(|figure| figure.chars().count()).max().unwrap_or(0);
    let beside = width.saturating_sub(label_width + figure_width + 4);

    let (indent, cells) = if beside >= MIN_BAR_CELLS {
        for (i, (label, figure)) in labels.iter().zip(&figures).enumerate() {
            let bar = row(i, beside);
            let line = format!("{label:<label_width$}  {bar:<beside$}  {figure}");
            writeln!(out, "{}", line.trim_end())?;
        }
        (label_width + 2, beside)
    } else {
        // The axis marks reach past the last tick by half a mark ("$250k"): keep room for it.
        let cells = width.saturating_sub(2 + 3).max(MIN_BAR_CELLS);
        for (i, (label, figure)) in labels.iter().zip(&figures).enumerate() {
            if label.chars().count() + 2 + figure.chars().count() <= width {
                writeln!(out, "{label}  {figure}")?;
            } else {
                writeln!(out, "{label}\n  {figure}")?;
            }
            writeln!(out, "  {}", row(i, cells).trim_end())?;
        }
        (2, cells)
    };
    // The figures under the axis may use every column the width leaves, and no more.
    let room = width.max(indent + cells + 1) - indent;
    let (axis, marks) = axis(chart.scale_max, cells, room, glyphs);
    writeln!(out, "{:indent$}{axis}", "")?;
    writeln!(out, "{:indent$}{}", "", marks.trim_end())?;
    write_legend(out, chart, glyphs, width, indent)
}

/// What the faded end of a bar means, under a chart that has one: `█▓▒░ open-ended: ...`.
fn write_legend(
    out: &mut dyn Write,
    chart: &Chart,
    glyphs: &Glyphs,
    width: usize,
    indent: usize,
) -> io::Result<()> {
    let Some(highest) = chart.bars.iter().filter(|bar| bar.range.open_ended).map(|bar| bar.range.max).max()
    else {
        return Ok(());
    };
    let fade: String = glyphs.fade.iter().collect();
    let legend = format!(
        "{fill}{fade} open-ended: the article gives no top ({}+)",
        crate::usd::dollars(highest),
        fill = glyphs.fill,
    );
    // Under the axis, where the bars start, while that leaves the legend room to be read.
    let indent = " ".repeat(if width.saturating_sub(indent) >= 40 { indent } else { 0 });
    for line in super::wrap::lines(&super::Prose::from(legend), width, &indent, &indent) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `$80,000 – $110,000`, with the chart's own dash.
fn figure(bar: &Bar, glyphs: &Glyphs) -> String {
    bar.range.with_dash(glyphs.dash)
}

/// The cell a dollar figure falls in.
fn cell_of(amount: u64, scale_max: u64, cells: usize) -> usize {
    // A share of `cells` between 0 and 1, rounded: never negative, and `min` caps it.
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a share of `cells`, 0 to 1")]
    let cell = (amount as f64 / scale_max as f64 * cells as f64).round() as usize;
    cell.min(cells)
}

/// One bar, `cells` wide: blank up to its minimum, filled to its maximum, fading out past an open top.
fn draw(bar: &Bar, scale_max: u64, cells: usize, glyphs: &Glyphs) -> String {
    let start = cell_of(bar.range.min, scale_max, cells);
    let end = cell_of(bar.range.max, scale_max, cells).max(start + 1);
    let mut line: Vec<char> = vec![' '; cells.max(end)];
    for cell in &mut line[start..end] {
        *cell = glyphs.fill;
    }
    if bar.range.open_ended {
        for (cell, &fade) in line.iter_mut().skip(end).zip(glyphs.fade) {
            *cell = fade;
        }
    }
    line.into_iter().collect()
}

/// `drawn` with `glyph` at `cell` if that cell is blank: the marker's line crossing a row.
fn guide(drawn: &str, cell: usize, glyph: char) -> String {
    let mut line: Vec<char> = drawn.chars().collect();
    if line.len() <= cell {
        line.resize(cell + 1, ' ');
    }
    if line[cell] == ' ' {
        line[cell] = glyph;
    }
    line.into_iter().collect()
}

/// The axis line with a tick every step, and the figures under the ticks that have room.
fn axis(scale_max: u64, cells: usize, room: usize, glyphs: &Glyphs) -> (String, String) {
    let mut line: Vec<char> = vec![glyphs.axis; cells + 1];
    let mut marks: Vec<char> = vec![' '; room];
    let mut free_from = 0;
    // A tick every step; on a scale too long for that (absurd figures), ten evenly spaced ticks.
    let ticks = (scale_max / STEP).clamp(1, MAX_TICKS);
    for tick in 0..=ticks {
        #[expect(clippy::cast_possible_truncation, reason = "at most scale_max, since tick <= ticks")]
        let amount = (u128::from(scale_max) * u128::from(tick) / u128::from(ticks)) as u64;
        let cell = cell_of(amount, scale_max, cells);
        line[cell] = glyphs.tick;
        let mark = crate::usd::short(amount);
        // Centre the figure on its tick (or end it at the edge), if it does not run into the
        // previous one.
        let begin = cell.saturating_sub(mark.len() / 2).min(room.saturating_sub(mark.len()));
        if begin >= free_from && begin + mark.len() <= marks.len() {
            for (i, c) in mark.chars().enumerate() {
                marks[begin + i] = c;
            }
            free_from = begin + mark.len() + 1;
        }
    }
    (line.into_iter().collect(), marks.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Format;

    fn bands() -> Chart {
        let bar = |label: &str, min, max, open_ended| Bar::new(label, UsdRange { min, max, open_ended });
        Chart::new(
            vec![
                bar("Entry Level", 80_000, 110_000, false),
                bar("Mid Level", 120_000, 160_000, false),
                bar("Senior Level", 170_000, 220_000, true),
            ],
            220_000,
        )
    }

    fn render(chart: &Chart, width: usize, unicode: bool) -> String {
        let opts = Options { format: Format::Table, width, color: false, unicode, headers: true };
        let mut out = Vec::new();
        write(&mut out, &opts, chart, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_scale_leaves_room_for_an_open_top() {
        assert_eq!(bands().scale_max, 250_000);
        assert_eq!(Chart::new(vec![], 100_000).scale_max, 150_000);
        assert_eq!(Chart::new(vec![], 0).scale_max, 50_000);
    }

    #[test]
    fn an_enormous_width_is_capped() {
        for width in [1_000, 100_000, usize::MAX] {
            let chart = render(&bands(), width, true);
            let longest = chart.lines().map(|line| line.chars().count()).max().unwrap();
            assert!(longest <= MAX_WIDTH, "{width}: {longest}");
        }
    }

    #[test]
    fn every_line_fits_the_width() {
        for width in [40, 50, 60, 80, 100, 200] {
            let chart = render(&bands(), width, true);
            for line in chart.lines() {
                assert!(line.chars().count() <= width, "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn bars_sit_on_one_scale_and_the_open_top_fades() {
        let chart = render(&bands(), 80, true);
        let lines: Vec<&str> = chart.lines().collect();
        let first_fill = |line: &str| line.chars().position(|c| c == '█').unwrap();
        assert!(first_fill(lines[0]) < first_fill(lines[1]) && first_fill(lines[1]) < first_fill(lines[2]));
        assert!(lines[2].contains("█▓▒░") && lines[2].ends_with("$220,000+"), "{}", lines[2]);
        assert!(!lines[1].contains('░') && lines[1].ends_with("$160,000"), "{}", lines[1]);
        assert!(lines[4].trim_start().starts_with("$0") && lines[4].contains("$250k"), "{}", lines[4]);
    }

    #[test]
    fn ascii_has_no_unicode_at_all() {
        let chart = render(&bands(), 80, false);
        assert!(chart.is_ascii(), "{chart}");
        assert!(chart.contains("#=->") && chart.contains("$170,000 - $220,000+"), "{chart}");
    }

    #[test]
    fn absurd_figures_draw_without_overflow() {
        let bar = Bar::new("Huge", UsdRange { min: u64::MAX / 2, max: u64::MAX, open_ended: true });
        let chart = Chart::new(vec![bar], u64::MAX);
        assert_eq!(chart.scale_max, u64::MAX);
        let drawn = render(&chart, 80, true);
        assert!(drawn.contains("$18,446,744,073,709,551,615+"), "{drawn}");
        let zero = Chart::new(vec![Bar::new("Zero", UsdRange { min: 0, max: 0, open_ended: false })], 0);
        assert!(render(&zero, 80, false).contains('#'));
    }

    #[test]
    fn a_marked_figure_sits_on_the_same_scale() {
        let chart = bands().with_marker("Your figure", 150_000);
        assert_eq!(chart.scale_max, 250_000, "the scale holds the figure already");
        let drawn = render(&chart, 80, true);
        let lines: Vec<&str> = drawn.lines().collect();
        let column = |line: &str, glyph: char| line.chars().position(|c| c == glyph);
        let mark = column(lines[3], '▲').unwrap();
        assert!(lines[3].starts_with("Your figure") && lines[3].ends_with("$150,000"), "{drawn}");
        assert_eq!(column(lines[0], '┊'), Some(mark), "{drawn}");
        assert_eq!(column(lines[2], '┊'), Some(mark), "{drawn}");
        assert_eq!(lines[1].chars().nth(mark), Some('█'), "inside the mid band\n{drawn}");
        let ascii = render(&chart, 80, false);
        assert!(ascii.is_ascii() && ascii.contains('^') && ascii.contains(':'), "{ascii}");
        for width in [5, 40] {
            assert!(render(&chart, width, true).contains('▲'), "{width}");
        }
    }

    #[test]
    fn a_figure_past_the_scale_grows_it() {
        let chart = bands().with_marker("Your figure", 400_000);
        assert_eq!(chart.scale_max, 450_000);
        let drawn = render(&chart, 80, true);
        assert!(drawn.contains("▲") && drawn.contains("$400,000"), "{drawn}");
        let huge = bands().with_marker("Huge", u64::MAX);
        assert!(render(&huge, 80, true).contains("$18,446,744,073,709,551,615"));
    }

    #[test]
    fn tick_marks_read_as_people_write_figures() {
        assert_eq!(crate::usd::short(0), "$0");
        assert_eq!(crate::usd::short(250_000), "$250k");
        assert_eq!(crate::usd::short(2_200_000), "$2.2M");
        assert_eq!(crate::usd::short(11_000_000), "$11M");
    }

    #[test]
    fn huge_scales_stay_within_the_width() {
        let bar = Bar::new("Senior", UsdRange { min: 170_000, max: 10_000_000, open_ended: true });
        let chart = Chart::new(vec![bar], 10_000_000);
        for width in [40, 60, 80] {
            for line in render(&chart, width, true).lines() {
                assert!(line.chars().count() <= width, "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn too_narrow_still_draws_every_bar() {
        let chart = render(&bands(), 5, true);
        // The bars, indented under their labels; the legend's sample starts its line.
        let bars = chart.lines().filter(|line| line.contains('█') && line.starts_with(' '));
        assert_eq!(bars.count(), 3);
    }
}
