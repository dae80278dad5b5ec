//! Renderers: typed records in, bytes out. One file per output format, each an [`Output`], all
//! over the same records; [`formats!`] names them once.
//!
//! A command hands over what it shows ([`Shown`]): what programs get (every record, a list or one)
//! and what people see (a table of the records, or a page). [`write`] gives it to the format
//! asked for. Every renderer returns `io::Result` so that a closed pipe or a full disk reaches
//! `main` as the `io::Error` it is.

mod chart;
mod escape;
mod machine;
mod prose;
pub mod schema;
mod text;
mod wrap;

use std::borrow::Cow;
use std::io::{self, Write};

use schemars::JsonSchema;
use serde::Serialize;

pub use chart::{Bar, Chart, Marker};
pub use escape::{
    SHOWN_CHARS, SHOWN_ITEMS, SHOWN_PATH_CHARS, escape_controls, escape_text, shown, shown_at, shown_list,
};
pub use machine::{columns as flat_columns, neutralise};
pub use prose::{Address, Cmd, Money, Prose, Span, Whole};
pub use wrap::width as display_width;

/// Every output format, once, in the order `--format`'s help lists them: the [`Format`] variant,
/// and the file under `src/render/` and the type that writes it. Adding a format is adding its
/// file and its line here.
macro_rules! formats {
    ($($variant:ident $module:ident::$output:ident,)*) => {
        $(mod $module;)*

        /// The output formats every command offers.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Format {
            $($variant,)*
        }

        impl Format {
            /// Every format, in the order `--format`'s help lists them.
            pub const ALL: &[Format] = &[$(Format::$variant,)*];

            /// Its name, as `--format` takes it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Format::$variant => <$module::$output as Output>::NAME,)*
                }
            }

            /// Whether programs read this format (JSON, JSON Lines, CSV, TSV): they get every
            /// record and every field; people get tables and pages.
            pub fn is_machine(self) -> bool {
                match self {
                    $(Format::$variant => <$module::$output as Output>::MACHINE,)*
                }
            }

            fn write<R: Record, T: Tabular>(
                self,
                out: &mut dyn Write,
                err: &mut dyn Write,
                opts: &Options,
                shown: &Shown<R, T>,
            ) -> io::Result<()> {
                match self {
                    $(Format::$variant => <$module::$output as Output>::write(out, err, opts, shown),)*
                }
            }
        }
    };
}

formats! {
    Table table::Table,
    Json json::Json,
    Jsonl jsonl::JsonLines,
    Csv csv::Csv,
    Tsv tsv::Tsv,
    Markdown markdown::Markdown,
}

impl Format {
    /// The format when none is asked for: tables and pages for the terminal.
    pub const DEFAULT: Format = Format::Table;

    /// The names of the formats for programs (`machine`) or for people, as help says them:
    /// `json, jsonl, csv and tsv`. Help that names formats takes them from here.
    pub fn listed(machine: bool) -> String {
        let names: Vec<&str> = Format::ALL
            .iter()
            .filter(|format| format.is_machine() == machine)
            .map(|format| format.name())
            .collect();
        match names.as_slice() {
            [] => String::new(),
            [name] => (*name).to_owned(),
            [names @ .., last] => format!("{} and {last}", names.join(", ")),
        }
    }
}

/// One output format, in a file of its own: how it writes what a command shows.
pub trait Output {
    /// Its name, as `--format` takes it.
    const NAME: &'static str;
    /// Whether programs read it: they get every record and every field ([`Shown::records`]);
    /// people get tables and pages ([`Shown::people`]).
    const MACHINE: bool;

    /// Writes `shown` to `out`; a note for people (nothing found) goes to `err`.
    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        err: &mut dyn Write,
        opts: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()>;
}

/// What a command shows: what programs get, and what people see.
pub struct Shown<'a, R, T> {
    pub records: Records<'a, R>,
    pub people: People<'a, T>,
}

/// What programs get: every record found, as a list, or the one record a lookup found.
pub enum Records<'a, R> {
    List(&'a [R]),
    One(&'a R),
}

impl<R> Records<'_, R> {
    /// The records, one or many.
    pub fn as_slice(&self) -> &[R] {
        match self {
            Records::List(records) => records,
            Records::One(record) => std::slice::from_ref(*record),
        }
    }
}

/// What people see.
pub enum People<'a, T> {
    /// The records as a table, the words that start with one of the marked (lowercase) in bold
    /// and underlined when colour is on (the words a search matched); the notes under it. An
    /// empty table is its `empty_note` on stderr.
    Table(&'a Listing<'a, T>, &'a [String]),
    /// The records as a table with each record a column and the headers down the side (`compare`).
    Sideways(&'a Listing<'a, T>),
    /// Pages of text, a blank line between them.
    Pages(&'a [Document]),
}

impl<R, T> Shown<'_, R, T> {
    /// Whether nothing was found: the list is empty, or people's table is.
    pub fn is_empty(&self) -> bool {
        let no_records = matches!(self.records, Records::List(records) if records.is_empty());
        let no_rows = match self.people {
            People::Table(listing, _) | People::Sideways(listing) => listing.records.is_empty(),
            People::Pages(_) => false,
        };
        no_records || no_rows
    }
}

/// A page with no table: what people see of a record shown as a page.
pub enum NoTable {}

impl Serialize for NoTable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        match *self {}
    }
}

impl JsonSchema for NoTable {
    fn schema_name() -> Cow<'static, str> {
        "NoTable".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!(false)
    }
}

impl Record for NoTable {
    const RECORD: &'static str = "none";
}

impl Tabular for NoTable {
    fn columns() -> Vec<Column<Self>> {
        Vec::new()
    }
}

/// Writes `shown` in the format `opts` asks for.
pub fn write<R: Record, T: Tabular>(
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    shown: &Shown<R, T>,
) -> io::Result<()> {
    opts.format.write(out, err, opts, shown)
}

/// Writes one value as pretty JSON, whatever the format: a schema, which is JSON or nothing.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write(out, value)
}

/// The rows of a table, as many times as a format goes through them: a table of 100,000 records
/// is never held whole.
#[derive(Clone, Copy)]
pub struct Rows<'a> {
    count: usize,
    row: &'a dyn Fn(usize) -> Vec<Prose>,
}

impl Rows<'_> {
    /// Every row, in order.
    pub fn iter(&self) -> impl Iterator<Item = Vec<Prose>> + Clone + '_ {
        (0..self.count).map(|at| (self.row)(at))
    }
}

/// How a format for people draws a table: headers, rows, the notes under it and the words to
/// mark ([`People::Table`]).
type DrawTable = fn(&mut dyn Write, &Options, &[&str], Rows, &[Prose], &[String]) -> io::Result<()>;

/// How a format for people draws a page.
type DrawPage = fn(&mut dyn Write, &Options, &Document) -> io::Result<()>;

/// What people see of `people`, through a format for people, which draws tables with `table` and
/// pages with `page`: what every format for people shares. An empty table is its note on `err`;
/// without Unicode, the output is ASCII ([`to_ascii`]).
fn for_people<T: Tabular>(
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    people: &People<T>,
    table: DrawTable,
    page: DrawPage,
) -> io::Result<()> {
    let columns = T::columns();
    let headers: Vec<&str> = columns.iter().map(|column| column.header).collect();
    let cells = |record: &T| -> Vec<Prose> { columns.iter().map(|column| column.cell(record)).collect() };
    match people {
        People::Table(listing, _) | People::Sideways(listing) if listing.records.is_empty() => {
            writeln!(err, "note: {}", escape_controls(&listing.empty_note))
        }
        People::Table(listing, marked) => {
            let row = |at: usize| cells(&listing.records[at]);
            let rows = Rows { count: listing.records.len(), row: &row };
            ascii(out, opts, |out| table(out, opts, &headers, rows, &listing.notes, marked))
        }
        People::Sideways(listing) => {
            // Each record a column, headed by its first cell; the other headers run down the side.
            let records: Vec<Vec<Prose>> = listing.records.iter().map(cells).collect();
            let mut side = vec![headers[0]];
            side.extend(records.iter().map(|record| record[0].as_str()));
            let row = |at: usize| -> Vec<Prose> {
                let cells = records.iter().map(|record| record[at + 1].clone());
                std::iter::once(Prose::from(headers[at + 1])).chain(cells).collect()
            };
            let rows = Rows { count: headers.len() - 1, row: &row };
            ascii(out, opts, |out| table(out, opts, &side, rows, &listing.notes, &[]))
        }
        People::Pages(pages) => ascii(out, opts, |out| {
            for (at, doc) in pages.iter().enumerate() {
                if at > 0 {
                    writeln!(out)?;
                }
                page(out, opts, doc)?;
            }
            Ok(())
        }),
    }
}

/// Runs `write` for output people read (a table, a page, Markdown). Without Unicode (a C locale,
/// `TERM=dumb`), its dashes, bullets, arrows, ellipses and drawing become ASCII on the way out,
/// the data's punctuation with them: such a terminal shows neither.
fn ascii(
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
    cell: Cell<R>,
}

/// How a cell is made: text, or [`Prose`] when it holds a span to keep whole (an amount, a
/// command).
enum Cell<R> {
    Text(fn(&R) -> String),
    Prose(fn(&R) -> Prose),
}

impl<R> Column<R> {
    /// A column of plain text.
    pub fn new(header: &'static str, cell: fn(&R) -> String) -> Self {
        Column { header, cell: Cell::Text(cell) }
    }

    /// A column whose cells hold spans to keep whole.
    pub fn prose(header: &'static str, cell: fn(&R) -> Prose) -> Self {
        Column { header, cell: Cell::Prose(cell) }
    }

    /// `record`'s cell in this column.
    pub fn cell(&self, record: &R) -> Prose {
        match self.cell {
            Cell::Text(cell) => Prose::from(cell(record)),
            Cell::Prose(cell) => cell(record),
        }
    }
}

/// A list inside one cell, for people: `a, b`.
pub fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> String {
    items.into_iter().map(|item| item.as_ref().to_owned()).collect::<Vec<_>>().join(", ")
}

/// A list of records and the article's sentences that belong beside them.
pub struct Listing<'a, R> {
    pub records: &'a [R],
    /// Printed under a table or Markdown table; programs get only the records.
    pub notes: Vec<Prose>,
    /// Said on stderr when `records` is empty in table or Markdown form ("no role is open at level entry").
    pub empty_note: String,
}

impl<'a, R> Listing<'a, R> {
    pub fn new<N: Into<Prose>>(records: &'a [R], notes: Vec<N>, empty_note: String) -> Self {
        Listing { records, notes: notes.into_iter().map(Into::into).collect(), empty_note }
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
    Paragraph(Prose),
    /// Label/value pairs, labels aligned.
    Fields(Vec<(String, Prose)>),
    /// A heading over a bulleted list.
    List {
        heading: String,
        items: Vec<Prose>,
    },
    /// A bar chart, fitted to the width.
    Chart(Chart),
}

impl Block {
    /// A paragraph of text or prose.
    pub fn paragraph(text: impl Into<Prose>) -> Block {
        Block::Paragraph(text.into())
    }

    /// A heading over a bulleted list of texts or prose.
    pub fn list<I: Into<Prose>>(heading: impl Into<String>, items: impl IntoIterator<Item = I>) -> Block {
        Block::List { heading: heading.into(), items: items.into_iter().map(Into::into).collect() }
    }

    /// Label/value pairs, labels aligned.
    pub fn fields<V: Into<Prose>>(fields: impl IntoIterator<Item = (String, V)>) -> Block {
        Block::Fields(fields.into_iter().map(|(label, value)| (label, value.into())).collect())
    }
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

    fn list(out: &mut Vec<u8>, err: &mut Vec<u8>, opts: &Options, listing: &Listing<Row>) -> io::Result<()> {
        write(
            out,
            err,
            opts,
            &Shown { records: Records::List(listing.records), people: People::Table(listing, &[]) },
        )
    }

    fn side_by_side(
        out: &mut Vec<u8>,
        err: &mut Vec<u8>,
        opts: &Options,
        listing: &Listing<Row>,
    ) -> io::Result<()> {
        write(
            out,
            err,
            opts,
            &Shown { records: Records::List(listing.records), people: People::Sideways(listing) },
        )
    }

    fn render_empty(format: Format) -> (String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let opts = Options { format, width: 80, color: false, unicode: true, headers: true };
        let listing = Listing::<Row>::new(&[], vec!["a note"], "nothing here".into());
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
            let listing = Listing::new(
                &[Row { name: "x\u{1b}]8;;http://evil\u{7}y" }],
                Vec::<String>::new(),
                String::new(),
            );
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
            let listing =
                Listing::new(&[Row { name: "Evil \u{1b}[31mRed" }], Vec::<String>::new(), String::new());
            side_by_side(&mut out, &mut err, &opts, &listing).unwrap();
            let out = String::from_utf8(out).unwrap();
            assert!(!out.contains('\u{1b}') && out.contains("Evil \\e[31mRed"), "{format:?}: {out:?}");
        }
    }

    #[test]
    fn json_keeps_the_exact_string() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let opts = Options { format: Format::Json, width: 100, color: false, unicode: true, headers: true };
        let listing = Listing::new(&[Row { name: "x\u{1b}y" }], Vec::<String>::new(), String::new());
        list(&mut out, &mut err, &opts, &listing).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(parsed[0]["name"], "x\u{1b}y");
    }
}
