//! JSON Lines: one record a line, compact, the same records as JSON (a lookup is one line).

use std::io::{self, Write};

use super::machine::Tagged;
use super::{Options, Output, Record, Shown, Tabular, json};

pub struct JsonLines;

impl Output for JsonLines {
    const NAME: &'static str = "jsonl";
    const MACHINE: bool = true;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        _: &mut dyn Write,
        _: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        for record in shown.records.as_slice() {
            writeln!(out, "{}", json::line(&Tagged::new(record))?)?;
        }
        Ok(())
    }
}
