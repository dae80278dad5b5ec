//! A data file, as a user could write it: loading and checking it never panics, and when it
//! passes, every command renders it in every format without panicking or printing a raw control.

#![no_main]

mod common;
#[path = "../../tests/common/views.rs"]
mod views;

use libfuzzer_sys::fuzz_target;
use mlcareers::dataset;
use mlcareers::request::{Command, Search};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Kept, as `mlcareers` keeps a file it reads for the run: the dataset borrows its strings.
    let dataset = match dataset::check(text.to_owned().leak()) {
        Ok(dataset) => dataset,
        Err(problems) => {
            assert!(!problems.is_empty());
            let _ = dataset::describe(&problems);
            return;
        }
    };
    // The shared views, with names taken from the file itself so lookups find something, and a
    // search for the file's own text.
    let mut views = views::views_of(&dataset);
    if let Some(role) = dataset.roles.first() {
        views.push(Command::Search(Search { query: role.title.to_string(), limit: None }));
    }
    for view in &views {
        common::run_everywhere(&dataset, view);
    }
});
