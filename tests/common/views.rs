//! The one list of views: the process suites run it through the binary, the property tests and
//! the benches through `run_view`, the dataset fuzz target on every file it loads. Benches and
//! fuzz targets include this file by path, so it needs nothing from `tests/common` around it.

// Each includer uses a part of it; the rest would be dead code there.
#![allow(dead_code)]

use std::sync::OnceLock;

use mlcareers::cli::Cli;
use mlcareers::model::Dataset;
use mlcareers::request::{Command, View};

/// Every command that shows the dataset, once, as a user types it. Names are the embedded
/// dataset's; [`views_of`] swaps them for another dataset's.
pub const VIEWS: &[&[&str]] = &[
    &["roles"],
    &["roles", "--level", "mid"],
    &["role", "nlp-engineer"],
    &["role", "data-scientist"],
    &["salary"],
    &["salary", "--chart"],
    &["salary", "--level", "entry"],
    &["salary", "150k"],
    &["salary", "$150,000", "--chart"],
    &["salary", "150000", "--role", "data-scientist", "--level", "mid,senior"],
    &["salary", "80k", "--role", "nlp-engineer", "--chart"],
    &["skills"],
    &["education"],
    &["industries"],
    &["faq"],
    &["faq", "degree"],
    &["guide"],
    &["guide", "future-outlook"],
    &["search", "python"],
    &["match", "--skills", "python,statistics"],
    &["compare", "nlp-engineer", "computer-vision-engineer"],
    &["path", "data-scientist", "machine-learning-engineer"],
    &["sources"],
    &["glossary"],
    // Words straight after the program name: a section, a role, a question.
    &["outlook"],
    &["cv"],
    &["do", "I", "need", "a", "phd"],
];

/// The view `args` ask for, parsed as the binary parses them.
pub fn view(args: &[&str]) -> View {
    let command_line = std::iter::once("mlcareers").chain(args.iter().copied());
    let cli = Cli::parse_args(command_line).unwrap_or_else(|error| panic!("{args:?}: {error}"));
    match cli.into_request(None).command {
        Command::View(view) => view,
        other => panic!("{args:?} is not a view: {other:?}"),
    }
}

/// [`VIEWS`], parsed (once: a fuzz target asks for them on every input).
pub fn views() -> Vec<View> {
    static PARSED: OnceLock<Vec<View>> = OnceLock::new();
    PARSED.get_or_init(|| VIEWS.iter().map(|args| view(args)).collect()).clone()
}

/// [`VIEWS`] for any dataset: each role, section and skill the embedded dataset names becomes the
/// one at the same position in `dataset` (counting round when it has fewer), so lookups find
/// something there too. A name `dataset` has none of stays as it is. `compare` and `path` are left
/// out when `dataset` has fewer than two roles, since they need two different ones.
pub fn views_of(dataset: &Dataset) -> Vec<View> {
    static EMBEDDED: OnceLock<Dataset> = OnceLock::new();
    let embedded = EMBEDDED.get_or_init(|| mlcareers::dataset::embedded().unwrap());
    let ids = |dataset: &Dataset| dataset.roles.iter().map(|role| role.id.to_string()).collect::<Vec<_>>();
    let sections = |dataset: &Dataset| dataset.guide.iter().map(|section| section.id.to_string()).collect();
    let skills = |dataset: &Dataset| dataset.skills.essential().map(str::to_owned).collect();
    let (role, section, skill) = (
        Swap::new(ids(embedded), ids(dataset)),
        Swap::new(sections(embedded), sections(dataset)),
        Swap::new(skills(embedded), skills(dataset)),
    );
    views()
        .into_iter()
        .filter_map(|view| match view {
            View::Role { name } => Some(View::Role { name: role.swap(name) }),
            View::Compare { .. } | View::Path { .. } if dataset.roles.len() < 2 => None,
            View::Path { from, to } => Some(View::Path { from: role.swap(from), to: role.swap(to) }),
            View::Position { figure, levels, role: name, chart } => {
                Some(View::Position { figure, levels, role: name.map(|name| role.swap(name)), chart })
            }
            View::Compare { roles } => {
                Some(View::Compare { roles: roles.into_iter().map(|r| role.swap(r)).collect() })
            }
            View::Guide { section: name, all } => {
                Some(View::Guide { section: name.map(|name| section.swap(name)), all })
            }
            View::Match { skills, levels, strict, all } => Some(View::Match {
                skills: skills.into_iter().map(|name| skill.swap(name)).collect(),
                levels,
                strict,
                all,
            }),
            View::Search { query, limit } => Some(View::Search { query: skill.swap(query), limit }),
            view => Some(view),
        })
        .collect()
}

/// Names in the embedded dataset, and the names at the same positions in another.
struct Swap {
    from: Vec<String>,
    to: Vec<String>,
}

impl Swap {
    fn new(from: Vec<String>, to: Vec<String>) -> Self {
        Swap { from, to }
    }

    fn swap(&self, name: String) -> String {
        let position = self.from.iter().position(|from| from.eq_ignore_ascii_case(&name));
        match position {
            Some(i) if !self.to.is_empty() => self.to[i % self.to.len()].clone(),
            _ => name,
        }
    }
}
