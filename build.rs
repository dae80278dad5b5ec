//! Bakes the embedded dataset at build time: `data/dataset.json` is parsed here, into the same
//! model the program uses, and written in postcard's compact binary form for the binary to read
//! at start-up. Reading it is a small fraction of parsing the JSON, which was the largest single
//! step of a short command; the JSON stays in the binary too, for `data export`.
//!
//! A dataset that does not parse fails the build, so no binary ships with data it cannot read;
//! the rules (`dataset::validate`) are held by the test `embedded_dataset_is_valid`.

use std::path::PathBuf;
use std::{env, fs};

// The build script sees only the model: the serde types, no program logic.
#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/model.rs"]
mod model;

fn main() {
    println!("cargo::rerun-if-changed=data/dataset.json");
    println!("cargo::rerun-if-changed=src/model.rs");
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
}
