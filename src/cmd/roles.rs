//! `mlcareers roles [--level L]`: Table 1, with each role's derived salary range.

use anyhow::Result;

use super::{Ctx, Outcome, joined, nothing_at, source_notes};
use crate::model::Level;
use crate::query::roles::{self, RoleRecord};
use crate::render::{Listing, Tabular, usd_range};

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
    ctx.list(&Listing { records: &records, notes, empty_note })
}

/// The CSV columns of a role, then those of records that add to it (`role`, `compare`).
macro_rules! role_csv_headers {
    ($($more:literal),*) => {
        &[
            "id",
            "title",
            "responsibilities",
            "experience",
            "levels",
            "salary_min_usd",
            "salary_max_usd",
            "salary_open_ended",
            "salary_derived",
            "source",
            $($more),*
        ]
    };
}
pub(super) use role_csv_headers;

impl Tabular for RoleRecord<'_> {
    const HEADERS: &'static [&'static str] = &["Role", "Responsibilities", "Experience", "Salary (derived)"];
    const CSV_HEADERS: &'static [&'static str] = role_csv_headers!();

    fn cells(&self) -> Vec<String> {
        let salary = self.salary_usd.as_ref().map_or_else(
            || "not derivable".to_owned(),
            |salary| usd_range(salary.min, salary.max, salary.open_ended),
        );
        vec![self.title.to_owned(), self.responsibilities.to_owned(), self.experience.clone(), salary]
    }

    fn csv_cells(&self) -> Vec<String> {
        let levels: Vec<&str> = self.levels.iter().map(|level| level.id()).collect();
        let salary = self.salary_usd.as_ref();
        vec![
            self.id.to_owned(),
            self.title.to_owned(),
            self.responsibilities.to_owned(),
            self.experience.clone(),
            joined(&levels, ";"),
            salary.map_or(String::new(), |salary| salary.min.to_string()),
            salary.map_or(String::new(), |salary| salary.max.to_string()),
            salary.map_or(String::new(), |salary| salary.open_ended.to_string()),
            salary.map_or(String::new(), |salary| salary.derived.to_string()),
            self.source.to_owned(),
        ]
    }
}
