//! `mlcareers compare ROLE ROLE [ROLE...]`: roles side by side, one column each.

use anyhow::{Context, Result, bail};

use super::roles::role_csv_headers;
use super::{Ctx, Outcome, joined, quote, resolve};
use crate::model::Role;
use crate::query::compare::{self, CompareRecord};
use crate::render::{self, Listing, Tabular, usd_range};

pub fn run(ctx: &mut Ctx, names: &[String]) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let mut chosen: Vec<&Role> = Vec::new();
    for name in names {
        let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
        if chosen.iter().any(|other| other.id == role.id) {
            bail!("'{}' names {} again; compare needs different roles", quote(name), role.title);
        }
        chosen.push(role);
    }
    let records = compare::compare(dataset, &chosen);
    let general = dataset.skills.essential().count();
    let notes = vec![
        format!(
            "All of them ask for the article's {general} essential skills (mlcareers skills); own skills are \
             derived from Table 1 or O*NET (mlcareers role NAME says why)."
        ),
        "Salary ranges are derived from the article's bands by experience level (Table 2), not quoted per \
         role. BLS figures are medians for a whole occupation (mlcareers sources)."
            .to_owned(),
    ];
    let listing = Listing { records: &records, notes, empty_note: String::new() };
    render::side_by_side(ctx.out, ctx.err, &ctx.options, &listing).context("cannot write output")?;
    Ok(Outcome::Found)
}

impl Tabular for CompareRecord<'_> {
    const HEADERS: &'static [&'static str] = &[
        "Role",
        "Responsibilities",
        "Experience",
        "Salary (derived)",
        "Own skills (derived)",
        "Outside reference",
        "Sets it apart",
    ];
    const CSV_HEADERS: &'static [&'static str] = role_csv_headers!("own_skills", "occupation", "sets_apart");

    fn cells(&self) -> Vec<String> {
        let (role, profile) = (&self.profile.role, &self.profile);
        let own: Vec<&str> = profile.own_skills.iter().map(|need| need.skill).collect();
        vec![
            role.title.to_owned(),
            role.responsibilities.to_owned(),
            role.experience.clone(),
            role.salary_usd.as_ref().map_or_else(String::new, |s| usd_range(s.min, s.max, s.open_ended)),
            joined(&own, ", "),
            profile.occupation.map_or_else(
                || "No BLS occupation".to_owned(),
                |occupation| format!("BLS {} ({})", occupation.title, occupation.soc),
            ),
            joined(&self.sets_apart, "; "),
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.profile.csv_cells();
        cells.push(joined(&self.sets_apart, ";"));
        cells
    }
}
