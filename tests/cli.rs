//! End-to-end tests: the real binary, colour off, 100 columns.
//!
//! Golden outputs live in `tests/cmd/*.md` (one file per command) and in README.md's examples;
//! regenerate them with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn golden_outputs() {
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.md")
        .case("README.md");
}
