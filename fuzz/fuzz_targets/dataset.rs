//! A data file, as a user could write it: loading and checking it never panics, and when it
//! passes, every command renders it in every format without panicking or printing a raw control.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use mlcareers::dataset;
use mlcareers::model::Level;
use mlcareers::request::View;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let dataset = match dataset::check(text) {
        Ok(dataset) => dataset,
        Err(problems) => {
            assert!(!problems.is_empty());
            let _ = dataset::describe(&problems);
            return;
        }
    };
    // Names taken from the file itself, so lookups find something.
    let role = |i: usize| dataset.roles.get(i).map(|role| role.id.clone()).unwrap_or_default();
    let word = dataset.roles.first().map(|role| role.title.clone()).unwrap_or_default();
    let skill = dataset.skills.essential().next().map(str::to_owned).unwrap_or_default();
    let section = dataset.guide.first().map(|section| section.id.clone());
    let views = [
        View::Roles { levels: vec![] },
        View::Roles { levels: vec![Level::Mid] },
        View::Role { name: role(0) },
        View::Salary { levels: vec![], chart: true },
        View::Salary { levels: vec![Level::Entry], chart: false },
        View::Skills,
        View::Education,
        View::Industries,
        View::Faq { query: None },
        View::Faq { query: Some("degree".to_owned()) },
        View::Guide { section: None },
        View::Guide { section },
        View::Search { query: word, limit: None },
        View::Match { skills: vec![skill, "python".to_owned()], levels: vec![] },
        View::Compare { roles: vec![role(0), role(1)] },
        View::Sources,
    ];
    for view in &views {
        common::run_everywhere(&dataset, view);
    }
});
