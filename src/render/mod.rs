//! Renderers: typed records in, bytes out. One file per output format, all over the same records.
//!
//! Lists of records go through [`list`]; a single record shown as a page (a role, an FAQ answer, a
//! guide section) goes through [`page`]. Every renderer returns `io::Result` so that a closed pipe or
//! a full disk reaches `main` as the `io::Error` it is.

mod chart;
mod escape;
mod json;
mod machine;
mod markdown;
pub mod schema;
mod table;
mod text;
mod wrap;

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::UsdRange;

pub use chart::{Bar, Chart, Marker};
pub use escape::{
    SHOWN_CHARS, SHOWN_ITEMS, SHOWN_PATH_CHARS, escape_controls, escape_text, shown, shown_at, shown_list,
};
pub use machine::{columns as flat_columns, neutralise};
pub use wrap::width as display_width;

/// The output formats every command offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    /// JSON Lines: one record a line.
    Jsonl,
    Csv,
    /// Tab-separated values, with tab, newline, carriage return and backslash escaped.
    Tsv,
    Markdown,
}

impl Format {
    /// Whether programs read this format (JSON, JSON Lines, CSV, TSV): they get every record and
    /// every field; people get tables and pages.
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl | Format::Csv | Format::Tsv)
    }
}

/// How output should look, decided once (`terminal::detect`) from the request and the terminal.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    /// Columns to fit, tables and prose alike: `COLUMNS`, else the width of the terminal the
    /// user looks at (even when stdout is piped), else [`FALLBACK_WIDTH`]. JSON and CSV ignore it.
    pub width: usize,
    /// Bold headings and table headers; off whenever stdout is not a terminal.
    pub color: bool,
    /// Box drawing and block characters; plain ASCII otherwise.
    pub unicode: bool,
    /// A header row in CSV and TSV (`--no-headers` turns it off).
    pub headers: bool,
}

/// The width when there is no `COLUMNS` and no terminal anywhere (a cron job, a CI log).
pub const FALLBACK_WIDTH: usize = 80;

/// Prose wraps at no more than this, however wide the terminal: lines of 200 characters are hard
/// to read. Tables still use the whole width.
pub const PROSE_WIDTH: usize = 100;

impl Options {
    /// The width prose wraps at.
    fn text_width(&self) -> usize {
        self.width.min(PROSE_WIDTH)
    }
}

/// A record that people see as a row of a table (table, Markdown). Programs get its `Serialize`
/// form, flattened for CSV and TSV by one rule ([`machine`]); people get the columns declared
/// once, in [`Tabular::columns`].
pub trait Tabular: Record + Sized {
    fn columns() -> Vec<Column<Self>>;
}

/// A record as programs get it. Every machine format tags it with `record`, the name of its kind
/// (`role`, `salary-band`, `salary-position`), first of its fields, as `rg --json` tags each
/// message with its `type`: a program tells the records of `salary` and `salary FIGURE` apart, and
/// the schema says which it has.
pub trait Record: Serialize + JsonSchema {
    /// The value of the record's `record` field: lowercase words joined by hyphens.
    const RECORD: &'static str;
}

/// `impl Record for Type { const RECORD = name }`, for each pair.
macro_rules! records {
    ($($name:literal => $($ty:ty),+;)+) => {
        $($(impl $crate::render::Record for $ty { const RECORD: &'static str = $name; })+)+
    };
}
pub(crate) use records;

/// One column people see: its header, and how a record's cell is made.
pub struct Column<R> {
    pub header: &'static str,
    pub cell: fn(&R) -> String,
}

impl<R> Column<R> {
    pub fn new(header: &'static str, cell: fn(&R) -> String) -> Self {
        Column { header, cell }
    }
}

/// A list inside one cell, for people: `a, b`.
pub fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> String {
    items.into_iter().map(|item| item.as_ref().to_owned()).collect::<Vec<_>>().join(", ")
}

/// The headers and rows people get of `records`.
fn grid<'r, R: Tabular>(
    columns: &'r [Column<R>],
    records: impl IntoIterator<Item = &'r R, IntoIter: Clone> + 'r,
) -> (Vec<&'static str>, impl Iterator<Item = Vec<String>> + Clone + 'r) {
    let headers = columns.iter().map(|column| column.header).collect();
    let rows =
        records.into_iter().map(move |record| columns.iter().map(|column| (column.cell)(record)).collect());
    (headers, rows)
}

/// A list of records and the article's sentences that belong beside them.
pub struct Listing<'a, R> {
    pub records: &'a [R],
    /// Printed under a table or Markdown table; programs get only the records.
    pub notes: Vec<String>,
    /// Said on stderr when `records` is empty in table or Markdown form ("no role is open at level entry").
    pub empty_note: String,
}

impl<'a, R> Listing<'a, R> {
    pub fn new(records: &'a [R], notes: Vec<String>, empty_note: String) -> Self {
        Listing { records, notes, empty_note }
    }
}

/// A page of text: a title and blocks, rendered for the terminal or as Markdown.
#[derive(Debug)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug)]
pub enum Block {
    Paragraph(String),
    /// Label/value pairs, labels aligned.
    Fields(Vec<(String, String)>),
    /// A heading over a bulleted list.
    List {
        heading: String,
        items: Vec<String>,
    },
    /// A bar chart, fitted to the width.
    Chart(Chart),
}

/// Writes a list of records in the requested format. An empty list is still valid JSON (`[]`) and
/// CSV (the header); for people it is a one-line note on `err` instead of an empty table.
pub fn list<R: Tabular>(
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    listing: &Listing<R>,
) -> io::Result<()> {
    list_marking(out, err, opts, listing, &[])
}

/// Like [`list`], with the words that start with one of `marked` (lowercase) shown in bold and
/// underlined in a table, when colour is on: the words a search matched.
pub fn list_marking<R: Tabular>(
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    listing: &Listing<R>,
    marked: &[String],
) -> io::Result<()> {
    if opts.format.is_machine() {
        return machine::write_list(out, opts, listing.records);
    }
    if listing.records.is_empty() {
        return writeln!(err, "note: {}", escape_controls(&listing.empty_note));
    }
    let columns = R::columns();
    let (headers, rows) = grid(&columns, listing.records);
    write_human(out, opts, &headers, rows, &listing.notes, marked)
}

/// Like [`list`], but for people each record becomes a column and the headers run down the side
/// (`compare`). Programs get the same as from [`list`].
pub fn side_by_side<R: Tabular>(
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    listing: &Listing<R>,
) -> io::Result<()> {
    if opts.format.is_machine() || listing.records.is_empty() {
        return list(out, err, opts, listing);
    }
    let fields = R::columns();
    let (names, records) = grid(&fields, listing.records);
    let columns: Vec<Vec<String>> = records.collect();
    let mut headers = vec![names[0]];
    headers.extend(columns.iter().map(|column| column[0].as_str()));
    let rows = names.iter().enumerate().skip(1).map(|(i, name)| {
        std::iter::once((*name).to_owned()).chain(columns.iter().map(|column| column[i].clone())).collect()
    });
    write_human(out, opts, &headers, rows, &listing.notes, &[])
}

/// A table and its notes, for the terminal or as Markdown.
fn write_human(
    out: &mut dyn Write,
    opts: &Options,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>> + Clone,
    notes: &[String],
    marked: &[String],
) -> io::Result<()> {
    for_people(out, opts, |out| {
        if opts.format == Format::Markdown {
            markdown::write_table(out, headers, rows)?;
            markdown::write_notes(out, notes)
        } else {
            table::write(out, opts, headers, rows, marked)?;
            text::write_notes(out, opts, notes)
        }
    })
}

/// Runs `write` for output people read (a table, a page, Markdown). Without Unicode (a C locale,
/// `TERM=dumb`), its dashes, bullets, arrows, ellipses and drawing become ASCII on the way out,
/// the data's punctuation with them: such a terminal shows neither.
fn for_people(
    out: &mut dyn Write,
    opts: &Options,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    if opts.unicode {
        return write(out);
    }
    let mut buffer = Vec::new();
    write(&mut buffer)?;
    out.write_all(to_ascii(&String::from_utf8_lossy(&buffer)).as_bytes())
}

/// `text` with the typographic characters a program prints given in ASCII.
pub fn to_ascii(text: &str) -> Cow<'_, str> {
    let ascii = |c: char| -> Option<&'static str> {
        Some(match c {
            '\u{2013}' | '\u{2014}' | '\u{2212}' | '\u{2500}' | '\u{2501}' | '\u{2010}' | '\u{2011}'
            | '\u{2022}' | '\u{00b7}' | '\u{2592}' => "-",
            '\u{2026}' => "...",
            '\u{2192}' => "->",
            '\u{2190}' => "<-",
            '\u{2018}' | '\u{2019}' => "'",
            '\u{201c}' | '\u{201d}' => "\"",
            '\u{00a0}' => " ",
            '\u{00d7}' => "x",
            '\u{2502}' | '\u{250a}' => "|",
            '\u{2588}' => "#",
            '\u{2593}' => "=",
            '\u{2591}' => ">",
            '\u{2534}' => "+",
            '\u{25b2}' => "^",
            _ => return None,
        })
    };
    if !text.chars().any(|c| ascii(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match ascii(c) {
            Some(replacement) => out.push_str(replacement),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Writes one record: as a page of text for people, as one object, line or row for programs.
pub fn page<R: Record>(out: &mut dyn Write, opts: &Options, record: &R, doc: &Document) -> io::Result<()> {
    match opts.format {
        Format::Table => for_people(out, opts, |out| text::write_document(out, opts, doc)),
        Format::Markdown => for_people(out, opts, |out| markdown::write_document(out, opts, doc)),
        _ => machine::write_one(out, opts, record),
    }
}

/// Writes one record for programs: a JSON object, one JSON line, one CSV or TSV row.
pub fn record<R: Record>(out: &mut dyn Write, opts: &Options, record: &R) -> io::Result<()> {
    machine::write_one(out, opts, record)
}

/// Writes one value as pretty JSON (a schema).
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write(out, value)
}

/// Writes a page for people (table or Markdown format); programs get [`list`]'s records instead.
pub fn document(out: &mut dyn Write, opts: &Options, doc: &Document) -> io::Result<()> {
    for_people(out, opts, |out| match opts.format {
        Format::Markdown => markdown::write_document(out, opts, doc),
        _ => text::write_document(out, opts, doc),
    })
}

/// Formats a whole number of dollars with thousands separators: `$120,000`.
pub fn usd(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl UsdRange {
    /// `$80,000 – $110,000` with `dash` between the figures, and `+` after an open top.
    pub fn with_dash(&self, dash: &str) -> String {
        let plus = if self.open_ended { "+" } else { "" };
        format!("{} {dash} {}{plus}", usd(self.min), usd(self.max))
    }
}

/// `$80,000 – $110,000`, or `$170,000 – $220,000+` when the top is open.
impl fmt::Display for UsdRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_dash("–"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, JsonSchema)]
    struct Row {
        name: &'static str,
    }

    records! {
        "row" => Row;
    }

    impl Tabular for Row {
        fn columns() -> Vec<Column<Self>> {
            vec![Column::new("Name", |row| row.name.to_owned())]
        }
    }

    fn render_empty(format: Format) -> (String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let opts = Options { format, width: 80, color: false, unicode: true, headers: true };
        let listing = Listing::<Row>::new(&[], vec!["a note".into()], "nothing here".into());
        list(&mut out, &mut err, &opts, &listing).unwrap();
        (String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
    }

    #[test]
    fn an_empty_list_is_a_note_for_people_and_valid_data_for_programs() {
        assert_eq!(render_empty(Format::Table), (String::new(), "note: nothing here\n".into()));
        assert_eq!(render_empty(Format::Markdown), (String::new(), "note: nothing here\n".into()));
        assert_eq!(render_empty(Format::Json), ("[]\n".into(), String::new()));
        assert_eq!(render_empty(Format::Csv), ("record,name\r\n".into(), String::new()));
    }

    #[test]
    fn control_characters_never_reach_table_or_csv_raw() {
        for format in [Format::Table, Format::Markdown, Format::Csv] {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let opts = Options { format, width: 100, color: false, unicode: true, headers: true };
            let listing =
                Listing::new(&[Row { name: "x\u{1b}]8;;http://evil\u{7}y" }], vec![], String::new());
            list(&mut out, &mut err, &opts, &listing).unwrap();
            let out = String::from_utf8(out).unwrap();
            assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{format:?}: {out:?}");
            assert!(out.contains("x\\e]8;;http://evil\\u{7}y"), "{format:?}: {out:?}");
        }
    }

    #[test]
    fn control_characters_in_side_by_side_headers_are_escaped() {
        for format in [Format::Table, Format::Markdown] {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let opts = Options { format, width: 100, color: false, unicode: true, headers: true };
            let listing = Listing::new(&[Row { name: "Evil \u{1b}[31mRed" }], vec![], String::new());
            side_by_side(&mut out, &mut err, &opts, &listing).unwrap();
            let out = String::from_utf8(out).unwrap();
            assert!(!out.contains('\u{1b}') && out.contains("Evil \\e[31mRed"), "{format:?}: {out:?}");
        }
    }

    #[test]
    fn json_keeps_the_exact_string() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let opts = Options { format: Format::Json, width: 100, color: false, unicode: true, headers: true };
        let listing = Listing::new(&[Row { name: "x\u{1b}y" }], vec![], String::new());
        list(&mut out, &mut err, &opts, &listing).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(parsed[0]["name"], "x\u{1b}y");
    }

    #[test]
    fn usd_groups_thousands() {
        assert_eq!(usd(0), "$0");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(1_000), "$1,000");
        assert_eq!(usd(80_000), "$80,000");
        assert_eq!(usd(220_000), "$220,000");
        assert_eq!(usd(1_234_567), "$1,234,567");
        assert_eq!(usd(u64::MAX), "$18,446,744,073,709,551,615");
    }

    #[test]
    fn open_ended_range_ends_in_plus() {
        let range = |min, max, open_ended| UsdRange { min, max, open_ended }.to_string();
        assert_eq!(range(170_000, 220_000, true), "$170,000 – $220,000+");
        assert_eq!(range(80_000, 110_000, false), "$80,000 – $110,000");
    }
}
