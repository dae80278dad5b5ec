//! End-to-end tests: the real binary, colour off, at a fixed width.
//!
//! Golden outputs live in `tests/cmd/*.md` (one file per command), in README.md's examples, and
//! in `tests/cmd/width/` (cases that set their own `COLUMNS`) and `tests/cmd/ascii/` (no UTF-8
//! locale); regenerate them with `TRYCMD=overwrite cargo test --test cli`. Every run sets the locale,
//! so the outputs do not depend on the machine's.

#[test]
fn golden_outputs_at_100_columns() {
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .case("tests/cmd/*.md")
        .case("README.md");
}

/// trycmd's default environment overrides a case's own, so these run without a default width.
#[test]
fn golden_outputs_at_other_widths() {
    trycmd::TestCases::new().env("NO_COLOR", "1").env("LANG", "C.UTF-8").case("tests/cmd/width/*.md");
}

/// Without a UTF-8 locale, or with `TERM=dumb`, box drawing and bar blocks become ASCII. Each
/// case sets its own `LANG` and `TERM`, so neither has a default here.
#[test]
fn golden_outputs_without_unicode() {
    trycmd::TestCases::new().env("COLUMNS", "80").env("NO_COLOR", "1").case("tests/cmd/ascii/*.md");
}
