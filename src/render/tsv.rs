//! TSV: CSV's rows with tabs between the cells and LF at the end of each, no cell quoted; tab,
//! newline, carriage return and backslash escaped in the cells ([`super::machine`]).

use std::io::{self, Write};

use super::machine::Flat;
use super::{Options, Output, Record, Shown, Tabular};

pub struct Tsv;

impl Output for Tsv {
    const NAME: &'static str = "tsv";
    const MACHINE: bool = true;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        _: &mut dyn Write,
        opts: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        let flat = Flat::of::<R>(true);
        if opts.headers {
            writeln!(out, "{}", flat.headers().join("\t"))?;
        }
        shown.records.as_slice().iter().try_for_each(|record| writeln!(out, "{}", flat.row(record)?.join("\t")))
    }
}
