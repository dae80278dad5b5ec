//! What the user asked for, as plain types: the CLI builds a `Request`, commands read it.

use crate::dataset::Source;
use crate::render::Format;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub command: Command,
    /// The line as it was read, when not as typed (`sklls` as `skills`): said on stderr first.
    pub read_as: Option<String>,
    pub format: Format,
    pub color: ColorChoice,
    /// Where the dataset comes from (`--data`, `MLCAREERS_DATA`, else the embedded one).
    pub data: Source,
    /// Whether `data` came from `MLCAREERS_DATA`, so an error about the file can name the variable.
    pub data_from_env: bool,
    /// A header row in CSV and TSV.
    pub headers: bool,
    /// `--no-pager`: print straight to the terminal, however tall the page.
    pub no_pager: bool,
}

/// `--color`: `Auto` decides from the terminal and the environment (`terminal::detect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What to do. Only `View` and `Completions` read the dataset; the type says which commands do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    View(View),
    Data(DataAction),
    /// A completion script for `Shell`, with the dataset's role and section ids.
    Completions(Shell),
    /// The man page.
    Man,
    /// The JSON Schema of a command's JSON output.
    Schema(Schema),
    /// The full-screen explorer, its query prefilled with `words`.
    Explore {
        words: String,
    },
}

/// The commands whose JSON output has a schema (`mlcareers schema COMMAND`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    Roles,
    Role,
    Salary,
    Skills,
    Education,
    Industries,
    Faq,
    Guide,
    Search,
    Match,
    Compare,
    Path,
    Sources,
    Glossary,
    /// Words after the program name: whichever command they are read as.
    Words,
    DataCheck,
}

impl Schema {
    pub const ALL: [Schema; 16] = [
        Schema::Roles,
        Schema::Role,
        Schema::Salary,
        Schema::Skills,
        Schema::Education,
        Schema::Industries,
        Schema::Faq,
        Schema::Guide,
        Schema::Search,
        Schema::Match,
        Schema::Compare,
        Schema::Path,
        Schema::Sources,
        Schema::Glossary,
        Schema::Words,
        Schema::DataCheck,
    ];

    /// The command as it is typed: `roles`, `data check`.
    pub fn name(self) -> &'static str {
        match self {
            Schema::Roles => "roles",
            Schema::Role => "role",
            Schema::Salary => "salary",
            Schema::Skills => "skills",
            Schema::Education => "education",
            Schema::Industries => "industries",
            Schema::Faq => "faq",
            Schema::Guide => "guide",
            Schema::Search => "search",
            Schema::Match => "match",
            Schema::Compare => "compare",
            Schema::Path => "path",
            Schema::Sources => "sources",
            Schema::Glossary => "glossary",
            Schema::Words => "words",
            Schema::DataCheck => "data check",
        }
    }
}

/// Working with data files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataAction {
    /// The embedded dataset, as JSON to start a file from.
    Export,
    /// The dataset's JSON Schema.
    Schema,
    /// Every problem of a data file.
    Check { file: Source },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    PowerShell,
    Elvish,
}

/// A view of the dataset: each is one subcommand in `cmd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The roles of Table 1 spanning any of `levels` (all when empty). Levels are as typed: an
    /// id, a title or a level word, read against the dataset's vocabulary.
    Roles {
        levels: Vec<String>,
        /// Only the roles open at none but `levels` (`senior only roles`).
        only: bool,
    },
    /// One role's page.
    Role {
        name: String,
    },
    /// The salary bands of `levels` (all when empty), or of the levels `role` spans among them,
    /// as a table or as a bar chart.
    Salary {
        levels: Vec<String>,
        role: Option<String>,
        chart: bool,
    },
    /// Where `figure` (annual USD) sits against the bands of `levels` (all when empty) or of the
    /// levels `role` spans, and against the role's BLS medians.
    Position {
        figure: u64,
        levels: Vec<String>,
        role: Option<String>,
        chart: bool,
    },
    /// Moving from role `from` to role `to`.
    Path {
        from: String,
        to: String,
    },
    /// Every skill, with the own skills of `role` when one is named.
    Skills {
        role: Option<String>,
    },
    Education,
    /// Sectors, employers and applications; those `name` fits when given.
    Industries {
        name: Option<String>,
    },
    /// The abbreviations and what they stand for, or the one `term` names.
    Glossary {
        term: Option<String>,
    },
    /// The questions, or the answer that `query` (a number or words) asks for.
    Faq {
        query: Option<String>,
    },
    /// The entries matching `query`, best first: the first `limit` (0 for all) when given; else
    /// all of them for programs and the best 10 for people.
    Search {
        query: String,
        limit: Option<usize>,
    },
    /// The roles `roles` name, side by side.
    Compare {
        roles: Vec<String>,
    },
    /// Roles open at any of `levels` (all when empty), ranked by how well `skills` cover them.
    Match {
        skills: Vec<String>,
        levels: Vec<String>,
        /// An unknown skill is an error, not a warning.
        strict: bool,
        /// Tables name every skill still to learn.
        all: bool,
    },
    /// Every source the dataset uses.
    Sources,
    /// The article's sections, or the one `section` names.
    Guide {
        section: Option<String>,
        /// The whole article, section after section.
        all: bool,
    },
    /// Words typed straight after the program name: the section or role they name, else the
    /// answer or search results for them as a question.
    Topic {
        words: String,
    },
}
