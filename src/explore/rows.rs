//! What `explore` lists: every entry of the dataset as a row (its kind, its title, the page that
//! shows it), ranked by a query as `search` ranks them, and the page of a row rendered by the
//! command that prints it.

use std::borrow::Cow;

use crate::dataset::Source;
use crate::model::Dataset;
use crate::query::Target;
use crate::query::search::{Counted, Item, Searcher};
use crate::query::terms::Baked;
use crate::render::{Format, Options};
use crate::request::{
    Command, Education, Faq, Guide, Industries, Role, Roles, Salary, Skills, Sources, Topic,
};

/// The kinds the kind filter (Ctrl-t) steps through, after "all".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Role,
    Salary,
    Skill,
    Education,
    Industry,
    Faq,
    Guide,
    Outside,
    /// The answer to the query read as a question: first in the list, never a filter of its own.
    Answer,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Role,
        Kind::Salary,
        Kind::Skill,
        Kind::Education,
        Kind::Industry,
        Kind::Faq,
        Kind::Guide,
        Kind::Outside,
    ];

    /// The filter's name on screen.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Role => "roles",
            Kind::Salary => "salary",
            Kind::Skill => "skills",
            Kind::Education => "education",
            Kind::Industry => "industries",
            Kind::Faq => "faq",
            Kind::Guide => "guide",
            Kind::Outside => "bls",
            Kind::Answer => "answer",
        }
    }

    /// The filter after `filter` (`None` is all kinds).
    pub fn next(filter: Option<Kind>) -> Option<Kind> {
        match filter {
            None => Some(Kind::ALL[0]),
            Some(kind) => {
                Kind::ALL.iter().position(|k| *k == kind).and_then(|i| Kind::ALL.get(i + 1)).copied()
            }
        }
    }
}

/// One entry of the list.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub kind: Kind,
    /// The kind as the row shows it, as `search` names it: role, salary, skill, education,
    /// industry, employer, application, faq, guide, bls.
    pub tag: &'static str,
    pub title: Cow<'a, str>,
    /// The page that shows the entry in full.
    pub opens: Opens<'a>,
}

/// What a row's page is: an entry's own page, or the answer to the query read as a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opens<'a> {
    Entry(Target<'a>),
    /// The words, and the command line they are read as.
    Answer {
        words: String,
        command: String,
    },
}

/// The rows that match a query, best first.
#[derive(Debug, Default)]
pub struct Ranking<'a> {
    /// The answer to the query read as a question, shown first ([`Catalogue::answer`]).
    pub answer: Option<Row<'a>>,
    /// Indexes into [`Catalogue::rows`], best first.
    pub rows: Vec<u32>,
    /// What to type instead, when nothing matches and something is close.
    pub suggestion: Option<String>,
    /// The other names the query used, each with what it counts as (`PyTorch`, Machine
    /// learning libraries).
    pub counted: Vec<Counted<'a>>,
}

impl Ranking<'_> {
    pub fn len(&self) -> usize {
        usize::from(self.answer.is_some()) + self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Every row of the dataset, what ranks them, and what renders their pages.
pub struct Catalogue<'a> {
    renderer: Renderer<'a>,
    searcher: Searcher<'a>,
    rows: Vec<Row<'a>>,
    /// How pages look: colour and charset as the CLI decides them; the width is the pane's.
    pub options: Options,
    /// Whether answers and pages are worked out beside the keystrokes ([`super::worker`]) rather
    /// than as each key is handled: for a data file of many entries, where a question is read
    /// against 100,000 roles and a page may be a table of all of them.
    pub deferred: bool,
}

/// From this many entries, answers and pages are worked out on a thread of their own.
const DEFERRED_FROM: usize = 2_000;

impl<'a> Catalogue<'a> {
    /// The rows of `dataset`, read from `data`; `baked` are its search terms when it is the
    /// embedded one (a data file's are built here, once, for every query to come).
    pub fn new(
        dataset: &'a Dataset,
        data: &'a Source,
        baked: Option<&'static Baked>,
        options: Options,
    ) -> Self {
        let searcher = match baked {
            Some(baked) => Searcher::new(dataset, Some(baked)),
            None => Searcher::built(dataset),
        };
        let rows: Vec<Row> = searcher.items().iter().map(|item| row(dataset, *item)).collect();
        let deferred = rows.len() >= DEFERRED_FROM;
        Catalogue { renderer: Renderer { dataset, data, baked, options }, searcher, rows, options, deferred }
    }

    pub fn rows(&self) -> &[Row<'a>] {
        &self.rows
    }

    /// What answers questions and renders pages, to hand to another thread.
    pub fn renderer(&self) -> Renderer<'a> {
        Renderer { options: self.options, ..self.renderer }
    }

    /// The rows of kind `kind` (every kind when `None`) that match `query`, best first; every row
    /// of the kind, in the data's order, when the query is blank. Without the answer: that is
    /// [`Catalogue::answer`]'s, which the state asks for when it ranks.
    pub fn rank(&self, query: &str, kind: Option<Kind>) -> Ranking<'a> {
        let wanted = |row: &Row| kind.is_none_or(|kind| row.kind == kind);
        if query.trim().is_empty() {
            let rows = (0..self.rows.len()).filter(|&i| wanted(&self.rows[i])).map(index).collect();
            return Ranking { rows, ..Ranking::default() };
        }
        let mut rows = self.searcher.order(query);
        if kind.is_some() {
            rows.retain(|&row| wanted(&self.rows[row as usize]));
        }
        // A suggestion compares the query with every word of the data: a deferred catalogue's
        // comes with the answer ([`Catalogue::suggest`]).
        let suggestion = if rows.is_empty() && !self.deferred { self.searcher.suggest(query) } else { None };
        let counted = self.searcher.counted(query);
        Ranking { answer: None, rows, suggestion, counted }
    }

    /// The answer to `query` when the question reader recognizes a question in it, as the first
    /// row: what the page says in short, opening the page of the command the words are read as.
    pub fn answer(&self, query: &str) -> Option<Row<'a>> {
        self.renderer().answer(query)
    }

    /// What to type instead of `query`, if something is close.
    pub fn suggest(&self, query: &str) -> Option<String> {
        self.searcher.suggest(query)
    }

    /// The command that prints `opens`'s page, runnable as it is (with `--data FILE`).
    pub fn command(&self, opens: &Opens) -> String {
        match opens {
            Opens::Entry(target) => crate::cmd::command_from(self.renderer.data, *target),
            Opens::Answer { command, .. } => command.clone(),
        }
    }

    /// The page that `opens`'s command prints, at `width` columns.
    pub fn page(&self, opens: &Opens, width: usize) -> String {
        self.renderer().page(opens, width)
    }
}

/// What reads a query as a question and renders pages: the data and how pages look, nothing of
/// the ranking, so that it can work on another thread while keys are handled.
#[derive(Clone, Copy)]
pub struct Renderer<'a> {
    dataset: &'a Dataset,
    data: &'a Source,
    baked: Option<&'static Baked>,
    options: Options,
}

impl<'a> Renderer<'a> {
    /// [`Catalogue::answer`].
    pub fn answer(&self, query: &str) -> Option<Row<'a>> {
        let answer = crate::cmd::question_answer(self.dataset, self.data, self.baked, query)?;
        let opens = Opens::Answer { words: query.trim().to_owned(), command: answer.command };
        Some(Row { kind: Kind::Answer, tag: "answer", title: answer.heading.into(), opens })
    }

    /// The page that `opens`'s command prints, at `width` columns: its lines, with the CLI's
    /// colour codes when colour is on.
    pub fn page(&self, opens: &Opens, width: usize) -> String {
        let options = Options { format: Format::Table, width: width.max(1), headers: true, ..self.options };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let view = match opens {
            Opens::Entry(target) => view(*target),
            Opens::Answer { words, .. } => Command::Topic(Topic { words: words.clone() }),
        };
        let ran =
            crate::run_with(Some(self.dataset), self.data, self.baked, &view, options, &mut out, &mut err);
        if let Err(error) = ran {
            out.extend_from_slice(format!("error: {error:#}").as_bytes());
        } else if out.is_empty() {
            out = err;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// A row number: a data file of at most 64 MiB has far fewer than 2^32 entries.
fn index(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^32 entries")
}

/// What the list shows of `item`: the titles `search` gives its hits.
fn row<'a>(dataset: &'a Dataset, item: Item<'a>) -> Row<'a> {
    let (kind, tag, title): (Kind, &'static str, Cow<'a, str>) = match item {
        Item::Role(role) => (Kind::Role, "role", role.title.as_str().into()),
        Item::Band(band) => (Kind::Salary, "salary", dataset.level_title(band.level).into()),
        Item::Group(group) => (Kind::Skill, "skill", group.title.as_str().into()),
        Item::Link(link) => {
            (Kind::Skill, "skill", format!("{} ({})", link.skill, dataset.role_title(&link.role)).into())
        }
        Item::Pathway(pathway) => (Kind::Education, "education", pathway.title.as_str().into()),
        Item::Industry(industry) => (Kind::Industry, industry.kind.id(), industry.name.as_str().into()),
        Item::Faq(faq) => (Kind::Faq, "faq", faq.question.as_str().into()),
        Item::Section(section) => (Kind::Guide, "guide", section.title.as_str().into()),
        Item::Occupation(occupation) => {
            (Kind::Outside, "bls", format!("{} (BLS {})", occupation.title, occupation.soc).into())
        }
    };
    Row { kind, tag, title, opens: Opens::Entry(item.target()) }
}

/// The view whose page `cmd::command` spells for `target`.
fn view(target: Target) -> Command {
    match target {
        Target::Role(id) => Command::Role(Role { name: id.to_owned() }),
        Target::Roles => Command::Roles(Roles { levels: Vec::new(), only: false }),
        Target::Salary(level) => Command::Salary(Salary {
            figure: None,
            levels: level.map(|level| level.id().to_owned()).into_iter().collect(),
            role: None,
            chart: false,
        }),
        Target::Skills => Command::Skills(Skills { role: None }),
        Target::Education => Command::Education(Education),
        Target::Industries => Command::Industries(Industries { name: None }),
        Target::Faq(number) => Command::Faq(Faq { query: Some(number.to_string()) }),
        Target::Guide(id) => Command::Guide(Guide { section: Some(id.to_owned()), all: false }),
        Target::Sources => Command::Sources(Sources),
    }
}
