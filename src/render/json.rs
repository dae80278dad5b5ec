//! JSON: the stable contract for scripts. Strings keep their exact content (JSON escapes them).

use std::io::{self, Write};

use serde::Serialize;

pub fn write<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // `io::Error::from` unwraps serde_json's hidden io error, so a closed pipe stays a BrokenPipe.
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)
}
