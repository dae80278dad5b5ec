//! The one list of views: the process suites run it through the binary, the property tests and
//! the benches through `run_view`, the dataset fuzz target on every file it loads. Benches and
//! fuzz targets include this file by path, so it needs nothing from `tests/common` around it.

// Each includer uses a part of it; the rest would be dead code there.
#![allow(dead_code)]

use std::sync::{LazyLock, OnceLock};

use mlcareers::cli::Cli;
use mlcareers::model::Dataset;
use mlcareers::request::{Command, Compare, Guide, Match, Path, Role, Salary, Search};

/// Every view of the dataset once or more, as a user types it: each command's examples, declared
/// in its own file (`mlcareers::cmd::ALL`). Names are the embedded dataset's; [`views_of`] swaps
/// them for another dataset's.
pub static VIEWS: LazyLock<Vec<&'static [&'static str]>> = LazyLock::new(|| {
    let views = mlcareers::cmd::ALL.iter().filter(|command| command.is_view());
    views
        .flat_map(|command| command.examples)
        .map(|line| &*Vec::leak(line.split(' ').collect::<Vec<&'static str>>()))
        .collect()
});

/// The view `args` ask for, parsed as the binary parses them.
pub fn view(args: &[&str]) -> Command {
    let command_line = std::iter::once("mlcareers").chain(args.iter().copied());
    let cli = Cli::parse_args(command_line).unwrap_or_else(|error| panic!("{args:?}: {error}"));
    cli.into_request(None).command
}

/// [`VIEWS`], parsed (once: a fuzz target asks for them on every input).
pub fn views() -> Vec<Command> {
    static PARSED: OnceLock<Vec<Command>> = OnceLock::new();
    PARSED.get_or_init(|| VIEWS.iter().map(|args| view(args)).collect()).clone()
}

/// [`VIEWS`] for any dataset: each role, section and skill the embedded dataset names becomes the
/// one at the same position in `dataset` (counting round when it has fewer), so lookups find
/// something there too. A name `dataset` has none of stays as it is. `compare` and `path` are left
/// out when `dataset` has fewer than two roles, since they need two different ones.
pub fn views_of(dataset: &Dataset) -> Vec<Command> {
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
            Command::Role(Role { name }) => Some(Command::Role(Role { name: role.swap(name) })),
            Command::Compare(_) | Command::Path(_) if dataset.roles.len() < 2 => None,
            Command::Path(Path { from, to }) => {
                Some(Command::Path(Path { from: role.swap(from), to: role.swap(to) }))
            }
            Command::Salary(Salary { figure, levels, role: name, chart }) => Some(Command::Salary(Salary {
                figure,
                levels,
                role: name.map(|name| role.swap(name)),
                chart,
            })),
            Command::Compare(Compare { roles }) => {
                Some(Command::Compare(Compare { roles: roles.into_iter().map(|r| role.swap(r)).collect() }))
            }
            Command::Guide(Guide { section: name, all }) => {
                Some(Command::Guide(Guide { section: name.map(|name| section.swap(name)), all }))
            }
            Command::Match(Match { skills, levels, strict, all }) => Some(Command::Match(Match {
                skills: skills.into_iter().map(|name| skill.swap(name)).collect(),
                levels,
                strict,
                all,
            })),
            Command::Search(Search { query, limit }) => {
                Some(Command::Search(Search { query: skill.swap(query), limit }))
            }
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
