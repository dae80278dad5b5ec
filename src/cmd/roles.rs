//! `mlcareers roles [--level L]`: Table 1, with each role's derived salary range.

use anyhow::Result;

use super::{Ctx, Outcome, nothing_at, source_notes};
use crate::model::Level;
use crate::query::roles::{self, RoleRecord};
use crate::render::schema::{self, Shape};
use crate::render::{Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx, levels: &[Level]) -> Result<Outcome> {
    let records = roles::list(ctx.dataset, levels);
    let mut notes = vec![
        "Salary ranges are in USD a year and derived, not quoted: the article gives pay by experience \
         level (Table 2), not by role, so each range runs from the lowest to the highest band of the \
         levels the role spans."
            .to_owned(),
    ];
    notes.extend(source_notes(ctx.dataset, records.iter().map(|role| role.source)));
    notes.push("Open one role with: mlcareers role NAME (for example: mlcareers role nlp)".to_owned());
    let empty_note = nothing_at("no role is open", levels);
    ctx.list(&Listing::new(&records, notes, empty_note))
}

/// A record that shows a role's row first: the role itself, its page, a column of `compare`.
pub(super) trait HasRole {
    fn role(&self) -> &RoleRecord<'_>;
}

impl HasRole for RoleRecord<'_> {
    fn role(&self) -> &RoleRecord<'_> {
        self
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
