//! CSV (RFC 4180): a header row, then a row per record, the records flattened by the contract's
//! one rule ([`super::machine`]).

use std::io::{self, Write};

use super::machine::Flat;
use super::{Options, Output, Record, Shown, Tabular};

pub struct Csv;

impl Output for Csv {
    const NAME: &'static str = "csv";
    const MACHINE: bool = true;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        _: &mut dyn Write,
        opts: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        let flat = Flat::of::<R>(false);
        // Every record, the header too, ends in CRLF, as RFC 4180 and Python's csv module and
        // spreadsheets write it.
        let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(out);
        if opts.headers {
            writer.write_record(flat.headers()).map_err(into_io)?;
        }
        for record in shown.records.as_slice() {
            writer.write_record(flat.row(record)?).map_err(into_io)?;
        }
        writer.flush()
    }
}

/// `csv::Error` hides its `io::Error` from `source()`; unwrap it so a closed pipe is seen as one.
fn into_io(err: ::csv::Error) -> io::Error {
    match err.into_kind() {
        ::csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}
