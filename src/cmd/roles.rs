//! `mlcareers roles [--level L]`: Table 1, with each role's derived salary range.

use std::borrow::Cow;

use anyhow::Result;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, Serializer};

use super::{Ctx, Outcome, nothing_at, source_notes};
use crate::model::{Dataset, Level, Role};
use crate::query::roles::{self, RoleRecord};
use crate::render::schema::{self, Shape};
use crate::render::{Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx, levels: &[Level]) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let mut notes = vec![
        "Salary ranges are in USD a year and derived, not quoted: the article gives pay by experience \
         level (Table 2), not by role, so each range runs from the lowest to the highest band of the \
         levels the role spans."
            .to_owned(),
    ];
    notes.extend(source_notes(dataset, roles::open_at(dataset, levels).map(|role| role.source.as_str())));
    notes.push("Open one role with: mlcareers role NAME (for example: mlcareers role nlp)".to_owned());
    let empty_note = nothing_at("no role is open", levels);
    if ctx.options.format.is_machine() {
        // Programs get every role of a file that may hold 100,000: each row's record is made as
        // it is written. A table reads each cell several times, so people get records made once.
        let rows: Vec<RoleRow> =
            roles::open_at(dataset, levels).map(|role| RoleRow { dataset, role }).collect();
        ctx.list(&Listing::new(&rows, notes, empty_note))
    } else {
        ctx.list(&Listing::new(&roles::list(dataset, levels), notes, empty_note))
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
            r.role().salary_usd.as_ref().map_or_else(|| "not derivable".to_owned(), |s| s.range.to_string())
        }),
    ]
}

impl Tabular for RoleRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        role_columns()
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::of::<RoleRecord>())]
}
