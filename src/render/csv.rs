//! CSV: a header row, then one row per record, quoted as RFC 4180 says.

use std::io::{self, Write};

use super::escape_controls;

pub fn write(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(headers).map_err(into_io)?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| escape_controls(cell).into_owned())).map_err(into_io)?;
    }
    writer.flush()
}

/// `csv::Error` hides its `io::Error` from `source()`; unwrap it so a closed pipe is seen as one.
fn into_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}
