//! `mlcareers roles [--level L]`: Table 1, with each role's derived salary range.

use std::borrow::Cow;

use anyhow::Result;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use super::{Command, Ctx, Outcome, blank_levels, flag, level_option, nothing_at, source_notes, typed_levels};
use crate::cli::LevelParser;
use crate::model::{Dataset, Level, Role};
use crate::query::roles::{self, RoleRecord};
use crate::render::schema::{self, Shape};
use crate::render::{Column, Listing, Tabular, shown, Cmd, Money};


/// What `roles` is asked: the roles of Table 1 open at any of `levels` (all when empty). Levels
/// are as typed: an id, a title or a level word, read against the dataset's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    pub levels: Vec<String>,
    /// Only the roles open at none but `levels` (`senior only roles`).
    pub only: bool,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(after_help = "Salary ranges are derived from the article's bands by experience level.")]
pub struct Args {
    /// Only roles open at this level (repeat or separate with commas for any of several; job-ad words such as junior work too)
    #[arg(long, short = 'l', value_parser = LevelParser, value_delimiter = ',', value_name = "LEVEL")]
    level: Vec<String>,
    /// Only roles open at the --level levels and at no other (senior only: --level senior --only)
    #[arg(long, requires = "level")]
    only: bool,
    /// Levels typed without --level: an error that shows how to give them
    #[arg(hide = true)]
    stray: Vec<String>,
}

impl Command for Roles {
    const NAME: &'static str = "roles";
    const SUMMARY: &'static str =
        "List machine-learning roles with responsibilities, experience range and salary range";
    const EXAMPLES: &'static [&'static str] = &["roles", "roles --level mid"];
    const NOTHING: Option<&'static str> = Some("--data DATA-NO-ENTRY roles --level entry");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Roles { levels: typed_levels(args.level), only: args.only }
    }

    fn what_to_type(args: &Args) -> Option<String> {
        // `roles —level mid`: a dash that is no hyphen, as word processors write `--`.
        let dash = |word: &&String| word.starts_with(['\u{2014}', '\u{2013}']);
        if let Some(word) = args.stray.iter().find(dash) {
            let word = shown(word);
            let option = format!("--{}", word.trim_start_matches(['\u{2014}', '\u{2013}']));
            return Some(format!("unexpected argument '{word}' found; options start with two hyphens: {option}"));
        }
        if !args.stray.is_empty() {
            let list = shown(&args.stray.join(","));
            let list = if list.contains(' ') { format!("\"{list}\"") } else { list };
            return Some(format!(
                "levels go after --level, separated by commas: mlcareers roles --level {list} \
                 (to open one role: mlcareers role NAME)"
            ));
        }
        blank_levels(&args.level)
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned()];
        args.extend(level_option(&self.levels));
        args.extend(flag("--only", self.only));
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        let levels = ctx.read_levels(&self.levels)?;
        run(ctx, &levels, self.only)
    }

    fn shapes() -> Vec<Shape> {
        vec![Shape::Array(schema::record::<RoleRecord>())]
    }
}

/// The roles open at any of `levels` (every role when empty); with `only`, at none but them.
pub fn run(ctx: &mut Ctx, levels: &[Level], only: bool) -> Result<Outcome> {
    let dataset = ctx.dataset();
    let chosen: Vec<&Role> = if only {
        roles::open_only_at(dataset, levels).collect()
    } else {
        roles::open_at(dataset, levels).collect()
    };
    let mut notes = vec![if levels.is_empty() {
        "Salary ranges are in USD a year and derived, not quoted: the article gives pay by experience \
         level (Table 2), not by role, so each range runs from the lowest to the highest band of the \
         levels the role spans."
            .to_owned()
    } else {
        "Pay is Table 2's band for each level asked, in USD a year: the article gives pay by experience \
         level, not by role. Every field, the whole derived range included, is in --format json."
            .to_owned()
    }];
    notes.extend(source_notes(dataset, chosen.iter().map(|role| role.source.as_str())));
    notes.push(format!(
        "Open one role with: {} (for example: {})",
        Cmd("mlcareers role NAME"),
        Cmd("mlcareers role nlp")
    ));
    let empty_note = if only {
        let ids: Vec<&str> = levels.iter().map(|level| level.id()).collect();
        format!("no role is open only at level {}", ids.join(" or "))
    } else {
        nothing_at("no role is open", levels)
    };
    if ctx.options.format.is_machine() {
        // Programs get every role of a file that may hold 100,000: each row's record is made as
        // it is written. A table reads each cell several times, so people get records made once.
        let rows: Vec<RoleRow> = chosen.into_iter().map(|role| RoleRow { dataset, role }).collect();
        ctx.list(&Listing::new(&rows, notes, empty_note))
    } else if levels.is_empty() {
        let records: Vec<RoleRecord> = chosen.into_iter().map(|role| roles::record(dataset, role)).collect();
        ctx.list(&Listing::new(&records, notes, empty_note))
    } else {
        let rows: Vec<AtLevels> = chosen
            .into_iter()
            .map(|role| AtLevels { record: roles::record(dataset, role), pay: pay_at(dataset, role, levels) })
            .collect();
        ctx.list(&Listing::new(&rows, notes, empty_note))
    }
}

/// A role's row for people who asked for levels: the band of each level asked that it spans.
/// Tables alone show it; programs get the role's record, whose derived range covers every level.
#[derive(Serialize, JsonSchema)]
struct AtLevels<'a> {
    #[serde(flatten)]
    record: RoleRecord<'a>,
    #[serde(skip)]
    pay: String,
}

/// `Mid Level: $120,000 – $160,000`, for each of `levels` the role spans.
fn pay_at(dataset: &Dataset, role: &Role, levels: &[Level]) -> String {
    let bands = dataset
        .salary
        .bands
        .iter()
        .filter(|band| levels.contains(&band.level) && role.levels.contains(&band.level));
    let parts: Vec<String> =
        bands.map(|band| format!("{}: {}", dataset.level_title(band.level), Money(&band.range()))).collect();
    parts.join("; ")
}

impl HasRole for AtLevels<'_> {
    fn role(&self) -> Cow<'_, RoleRecord<'_>> {
        Cow::Borrowed(&self.record)
    }
}

crate::render::records! {
    "role" => AtLevels<'_>, RoleRow<'_>, RoleRecord<'_>;
}

impl Tabular for AtLevels<'_> {
    fn columns() -> Vec<Column<Self>> {
        let mut columns = role_columns::<Self>();
        columns.pop();
        columns.push(Column::new("Pay at the level asked (USD)", |row: &Self| row.pay.clone()));
        columns
    }
}

/// A row of `roles`: its [`RoleRecord`], made as the row is written. A list of 100,000 roles
/// then holds two references a role, not a record with its own strings.
struct RoleRow<'a> {
    dataset: &'a Dataset,
    role: &'a Role,
}

impl Serialize for RoleRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        roles::record(self.dataset, self.role).serialize(serializer)
    }
}

/// A row is described as the record it writes.
impl JsonSchema for RoleRow<'_> {
    fn inline_schema() -> bool {
        RoleRecord::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        RoleRecord::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        RoleRecord::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        RoleRecord::json_schema(generator)
    }
}

impl Tabular for RoleRow<'_> {
    fn columns() -> Vec<Column<Self>> {
        role_columns()
    }
}

/// A record that shows a role's row first: the role itself, its page, a column of `compare`.
pub(super) trait HasRole {
    fn role(&self) -> Cow<'_, RoleRecord<'_>>;
}

impl HasRole for RoleRecord<'_> {
    fn role(&self) -> Cow<'_, RoleRecord<'_>> {
        Cow::Borrowed(self)
    }
}

impl HasRole for RoleRow<'_> {
    fn role(&self) -> Cow<'_, RoleRecord<'_>> {
        Cow::Owned(roles::record(self.dataset, self.role))
    }
}

/// The columns of a role's row, for any record that shows one.
pub(super) fn role_columns<R: HasRole>() -> Vec<Column<R>> {
    vec![
        Column::new("Role", |r: &R| r.role().title.to_owned()),
        Column::new("Responsibilities", |r: &R| r.role().responsibilities.to_owned()),
        Column::new("Experience", |r: &R| r.role().experience.clone()),
        Column::new("Salary (derived)", |r: &R| {
            r.role().salary_usd.as_ref().map_or_else(|| "not derivable".to_owned(), |s| Money(&s.range).to_string())
        }),
    ]
}

impl Tabular for RoleRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        role_columns()
    }
}
