//! What the user asked for, as plain types: the CLI builds a `Request`, commands read it.

use crate::model::Level;
use crate::render::Format;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub command: Command,
    pub format: Format,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// The roles of Table 1 spanning any of `levels` (all when empty).
    Roles {
        levels: Vec<Level>,
    },
    /// One role's page.
    Role {
        name: String,
    },
    /// The salary bands of `levels` (all when empty), as a table or as a bar chart.
    Salary {
        levels: Vec<Level>,
        chart: bool,
    },
    Skills,
    Education,
    Industries,
    /// The questions, or the answer that `query` (a number or words) asks for.
    Faq {
        query: Option<String>,
    },
    /// The entries matching `query`, best first: the first `limit`, or all.
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
        levels: Vec<Level>,
    },
    /// Every source the dataset uses.
    Sources,
    /// The article's sections, or the one `section` names.
    Guide {
        section: Option<String>,
    },
}
