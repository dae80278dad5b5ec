//! Writes a large dataset for benchmarks: the embedded one with N roles instead of five.
//!
//!     cargo run --release --example gen-dataset -- 100000 > big.json
//!
//! The first five roles are the article's; role i after them repeats role i mod 5 with its id and
//! title numbered (`nlp-engineer-8`, "NLP Engineer 8"): the text is the article's, the numbered
//! roles are not real, and nothing generated ships in `data/`. Everything else (bands, skills, FAQ, guide) is the embedded dataset's, so the
//! file passes `mlcareers data check`. The JSON is pretty-printed, as `mlcareers data export` is.

use std::io::{self, Write};

use serde_json::{Value, json};

fn main() -> anyhow::Result<()> {
    let usage = "usage: gen-dataset ROLES (a whole number of roles, at least 1)";
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| anyhow::anyhow!(usage))?;
    let mut dataset: Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON)?;
    let article = dataset["roles"].as_array().cloned().unwrap_or_default();
    let roles = (0..count).map(|i| {
        let base = &article[i % article.len()];
        let mut role = base.clone();
        if i < article.len() {
            return role; // the article's own roles, which the skills and BLS data point at
        }
        role["id"] = json!(format!("{}-{i}", base["id"].as_str().unwrap_or("role")));
        role["title"] = json!(format!("{} {i}", base["title"].as_str().unwrap_or("Role")));
        role
    });
    dataset["roles"] = Value::Array(roles.collect());
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &dataset)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}
