//! Bakes the embedded dataset at build time: `data/dataset.json` is parsed here, into the same
//! model the program uses, and written in postcard's compact binary form for the binary to read
//! at start-up. Reading it is a small fraction of parsing the JSON, which was the largest single
//! step of a short command; the JSON stays in the binary too, for `data export`.
//!
//! Its strings are written as numbers in one table, `strings.rs`, Rust source the compiler checks
//! once (`src/text.rs` says why).
//!
//! A dataset that does not parse fails the build, so no binary ships with data it cannot read;
//! the rules (`dataset::validate`) are held by the test `embedded_dataset_is_valid`.
//!
//! The words `search` and `faq` rank by are baked too ([`bake_terms`]), by the same functions that
//! build a data file's at run time, as Rust statics: a search reads them without loading anything.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

// The build script sees only the model: the serde types, no program logic.
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/model.rs"]
mod model;
// The model's string, which here numbers the strings it writes (see its module's documentation).
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/text.rs"]
mod text;

// The search terms: the documents ranked, and the one function that builds their terms.
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/query/documents.rs"]
mod documents;
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/query/terms.rs"]
mod terms;
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/query/words.rs"]
mod words;

fn main() {
    println!("cargo::rerun-if-changed=data/dataset.json");
    println!("cargo::rerun-if-changed=src/model.rs");
    println!("cargo::rerun-if-changed=src/text.rs");
    // The program reads the baked strings from the table written below (src/text.rs).
    println!("cargo::rustc-cfg=baked");
    for file in ["src/query/words.rs", "src/query/terms.rs", "src/query/documents.rs"] {
        println!("cargo::rerun-if-changed={file}");
    }
    // The model borrows its strings from text that lives for the whole run: here, the build's.
    let json: &'static str =
        fs::read_to_string("data/dataset.json").expect("data/dataset.json is readable").leak();
    let dataset: model::Dataset = match serde_json::from_str(json) {
        Ok(dataset) => dataset,
        Err(err) => panic!("data/dataset.json does not fit the model: {err}"),
    };
    let bytes = postcard::to_allocvec(&dataset).expect("the model serializes");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("dataset.postcard"), bytes).expect("OUT_DIR is writable");
    fs::write(out.join("strings.rs"), text::baking::source()).expect("OUT_DIR is writable");
    bake_terms(&dataset, &out);
}

/// Writes `terms.rs`: the embedded data's search and FAQ terms, built by the functions that build
/// a data file's, as one `Baked` expression, which `query::search::EMBEDDED` includes.
fn bake_terms(dataset: &model::Dataset, out: &Path) {
    let (search, faq) = (documents::search_terms(dataset), documents::faq_terms(&dataset.faq));
    let mut code = String::from(
        "{ use std::borrow::Cow::Borrowed; use crate::query::terms::{Baked, Posting, Terms, Texts}; ",
    );
    code.push_str("Baked { ");
    for (name, terms) in [("search", &search), ("faq", &faq)] {
        let texts = |texts: &terms::Texts| {
            format!("Texts {{ text: Borrowed({:?}), ends: Borrowed(&{:?}) }}", texts.text, texts.ends)
        };
        let postings: Vec<String> = terms.postings.iter().map(|p| format!("{p:?}")).collect();
        write!(
            code,
            "{name}: Terms {{ words: {}, starts: Borrowed(&{:?}), postings: Borrowed(&[{}]), letters: Borrowed(&{:?}), titles: {} }}, ",
            texts(&terms.words),
            terms.starts,
            postings.join(", "),
            terms.letters,
            texts(&terms.titles)
        )
        .expect("a String takes any write");
    }
    code.push_str("} }\n");
    fs::write(out.join("terms.rs"), code).expect("OUT_DIR is writable");
}
