//! Writes a large dataset for benchmarks: the embedded one with N roles instead of five (see
//! `shared/generate.rs`). The file passes `mlcareers data check`; it is pretty-printed, as
//! `mlcareers data export` is.
//!
//!     cargo run --release --example gen-dataset -- 100000 > big.json

use std::io::{self, Write};

#[path = "shared/generate.rs"]
mod generate;

fn main() -> anyhow::Result<()> {
    let usage = "usage: gen-dataset ROLES (a whole number of roles, at least 1)";
    let count = std::env::args().nth(1).and_then(|n| n.parse::<usize>().ok()).filter(|&n| n > 0);
    let count = count.ok_or_else(|| anyhow::anyhow!(usage))?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &generate::dataset(count))?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}
