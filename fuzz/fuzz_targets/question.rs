//! The question form, `mlcareers WORDS...`: whatever words follow the program name (a section, a
//! role, a skill, a level word, a question, or none of these), the answer never panics or prints a
//! raw control, in any format.

#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mlcareers::model::Dataset;
use mlcareers::request::{Command, Topic};

fn embedded() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| mlcareers::dataset::embedded().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(words) = std::str::from_utf8(data) else { return };
    if words.trim().is_empty() || words.len() > 4096 {
        return;
    }
    common::run_everywhere(embedded(), &Command::Topic(Topic { words: words.to_owned() }));
});
