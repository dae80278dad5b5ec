//! The in-process parts, each alone: parsing and checking a dataset, each query, each renderer.
//! Whole-process comparisons (start-up, scale, jq, tealdeer) are in `scripts/bench.sh`.
//!
//!     cargo bench --bench inprocess
//!
//! The large datasets are `examples/gen-dataset`'s, made by the same code.

use divan::{Bencher, black_box};

use mlcareers::dataset;
use mlcareers::model::{Dataset, Level};
use mlcareers::query::search::{EMBEDDED, Searcher};
use mlcareers::query::{faq, matching, roles, salary};
use mlcareers::render::{Format, Options};
use mlcareers::request::{Command, Guide, Role, Roles, Salary};

fn main() {
    divan::main();
}

#[path = "../examples/shared/generate.rs"]
mod generate;

#[path = "../tests/common/views.rs"]
mod views;

/// The embedded dataset with `count` roles, as `examples/gen-dataset` writes it.
fn generated(count: usize) -> String {
    serde_json::to_string_pretty(&generate::dataset(count)).unwrap()
}

fn embedded() -> Dataset {
    dataset::embedded().unwrap()
}

#[divan::bench]
fn parse_embedded() -> Dataset {
    dataset::embedded().unwrap()
}

/// A user's file: parsed and checked against every rule.
#[divan::bench(args = [5, 1_000, 10_000])]
fn check_file(bencher: Bencher, roles: usize) {
    // Kept for the run, as `mlcareers` keeps a file it reads: the dataset borrows its strings.
    let json: &'static str = generated(roles).leak();
    bencher.bench(|| dataset::check(black_box(json)).unwrap());
}

#[divan::bench]
fn query_roles_mid(bencher: Bencher) {
    let dataset = embedded();
    bencher.bench(|| roles::list(&dataset, black_box(&[Level::Mid])).len());
}

#[divan::bench]
fn query_salary(bencher: Bencher) {
    let dataset = embedded();
    bencher.bench(|| salary::list(&dataset, black_box(&[])).len());
}

#[divan::bench(args = ["python", "degree requirements", "statstics"])]
fn query_search(bencher: Bencher, query: &str) {
    let dataset = embedded();
    bencher.bench(|| Searcher::new(&dataset, Some(&EMBEDDED)).search(black_box(query), None).1);
}

#[divan::bench(args = [1_000, 10_000])]
fn query_search_large(bencher: Bencher, roles: usize) {
    let dataset = dataset::check(generated(roles).leak()).unwrap();
    bencher.bench(|| Searcher::new(&dataset, None).search(black_box("python"), None).1);
}

#[divan::bench]
fn query_faq(bencher: Bencher) {
    let dataset = embedded();
    bencher.bench(|| {
        matches!(
            faq::find(black_box("is a degree required"), &dataset.faq, Some(&EMBEDDED)),
            mlcareers::query::lookup::Lookup::Found(_)
        )
    });
}

#[divan::bench]
fn query_match(bencher: Bencher) {
    let dataset = embedded();
    let have: Vec<matching::Have> = ["Python", "Statistics"]
        .into_iter()
        .map(|skill| matching::Have { skill, typed: skill.to_lowercase() })
        .collect();
    bencher.bench(|| matching::rank(&dataset, black_box(&have), &[]).len());
}

/// The format `--format` calls `name`.
fn format(name: &str) -> Format {
    *Format::ALL.iter().find(|format| format.name() == name).unwrap()
}

fn render(dataset: &Dataset, view: &Command, format: Format) -> usize {
    let options = Options { format, width: 100, color: false, unicode: true, headers: true };
    let (mut out, mut err) = (Vec::with_capacity(64 * 1024), Vec::new());
    mlcareers::run_view(dataset, view, options, &mut out, &mut err).unwrap();
    out.len()
}

/// Query and render together, per format: the work of one command after start-up.
#[divan::bench(args = ["table", "json", "csv", "markdown"])]
fn render_roles(bencher: Bencher, format: &str) {
    let dataset = embedded();
    let format = self::format(format);
    let view = Command::Roles(Roles { levels: vec!["mid".to_owned()], only: false });
    bencher.bench(|| render(&dataset, &view, format));
}

#[divan::bench(args = ["table", "json"])]
fn render_role_page(bencher: Bencher, format: &str) {
    let dataset = embedded();
    let format = self::format(format);
    let view = Command::Role(Role { name: "nlp-engineer".to_owned() });
    bencher.bench(|| render(&dataset, &view, format));
}

/// The shared list of views (`tests/common/views.rs`), as `mlcareers ARGS` would type them.
fn view_names() -> impl Iterator<Item = String> {
    views::VIEWS.iter().map(|args| args.join(" "))
}

/// Every view of the shared list as a table, so a command no bench here is about is measured too.
#[divan::bench(args = view_names())]
fn render_view(bencher: Bencher, args: &str) {
    let dataset = embedded();
    let view = views::view(&args.split(' ').collect::<Vec<_>>());
    bencher.bench(|| render(&dataset, &view, Format::Table));
}

#[divan::bench]
fn render_salary_chart(bencher: Bencher) {
    let dataset = embedded();
    let view = Command::Salary(Salary { figure: None, levels: vec![], role: None, chart: true });
    bencher.bench(|| render(&dataset, &view, Format::Table));
}

#[divan::bench]
fn render_guide_section(bencher: Bencher) {
    let dataset = embedded();
    let view = Command::Guide(Guide { section: Some("future-outlook".to_owned()), all: false });
    bencher.bench(|| render(&dataset, &view, Format::Table));
}

#[divan::bench(args = [1_000, 10_000])]
fn render_roles_json_large(bencher: Bencher, roles: usize) {
    let dataset = dataset::check(generated(roles).leak()).unwrap();
    let view = Command::Roles(Roles { levels: vec!["mid".to_owned()], only: false });
    bencher.bench(|| render(&dataset, &view, Format::Json));
}
