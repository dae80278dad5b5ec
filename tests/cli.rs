//! End-to-end tests: the real binary, colour off, at a fixed width.
//!
//! Golden outputs live in `tests/cmd/*.md` (one file per command), in GUIDE.md (every command,
//! with its output), and
//! in `tests/cmd/width/` (cases that set their own `COLUMNS`) and `tests/cmd/ascii/` (no UTF-8
//! locale); regenerate them with `TRYCMD=overwrite cargo test --test cli`. Every run sets the locale,
//! so the outputs do not depend on the machine's.
//!
//! trycmd 1.x gives a Markdown case no way to clear what it inherits (only `.toml` cases have
//! `[env] inherit = false`), and `TestCases::env` can only add defaults, which also override a
//! case's own values. So each test runs itself again through `common::rerun`, in a cleared
//! environment, and the cases inherit nothing from the developer's shell.

use std::path::Path;

mod common;

/// Runs `cases` in a rerun of the test `name` whose environment holds only `TRYCMD` (whether to
/// overwrite the goldens), with the binary registered by path rather than found by name.
fn golden(name: &str, cases: impl FnOnce(&trycmd::TestCases)) {
    if common::is_rerun() {
        let tests = trycmd::TestCases::new();
        tests.register_bin("mlcareers", Path::new(common::BIN));
        cases(&tests);
        return;
    }
    let mode = std::env::var("TRYCMD").ok();
    let vars: Vec<(&str, &str)> = mode.iter().map(|mode| ("TRYCMD", mode.as_str())).collect();
    common::assert_rerun_passed(name, &common::rerun(name, &vars));
}

#[test]
fn golden_outputs_at_100_columns() {
    golden("golden_outputs_at_100_columns", |tests| {
        tests
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .env("LANG", "C.UTF-8")
            .case("tests/cmd/*.md")
            .case("GUIDE.md");
    });
}

/// trycmd's default environment overrides a case's own, so these run without a default width.
#[test]
fn golden_outputs_at_other_widths() {
    golden("golden_outputs_at_other_widths", |tests| {
        tests.env("NO_COLOR", "1").env("LANG", "C.UTF-8").case("tests/cmd/width/*.md");
    });
}

/// Without a UTF-8 locale, or with `TERM=dumb`, box drawing and bar blocks become ASCII. Each
/// case sets its own `LANG` and `TERM`, so neither has a default here.
#[test]
fn golden_outputs_without_unicode() {
    golden("golden_outputs_without_unicode", |tests| {
        tests.env("COLUMNS", "80").env("NO_COLOR", "1").case("tests/cmd/ascii/*.md");
    });
}
