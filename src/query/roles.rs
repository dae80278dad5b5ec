//! Roles as commands show them: Table 1's row plus the salary range derived from Table 2's bands.

use serde::Serialize;

use super::skills::{self, Requirement};
use crate::model::{Dataset, Level, Occupation, Role, UsdRange};

/// A role with its experience range spelled out and its derived salary range.
#[derive(Debug, Serialize)]
pub struct RoleRecord<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub responsibilities: &'a str,
    /// Table 1's wording of the levels: "Mid to Senior".
    pub experience: String,
    pub levels: &'a [Level],
    /// `None` only if a level the role spans has no salary band.
    pub salary_usd: Option<DerivedSalary>,
    pub source: &'a str,
}

/// A role's salary range, derived: the article gives salaries per level, not per role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DerivedSalary {
    /// From the lowest minimum of the bands of the role's levels to the highest maximum; open
    /// when the band that sets the maximum is open-ended ("220,000+").
    #[serde(flatten)]
    pub range: UsdRange,
    /// Always true: says in the JSON itself that this range is computed, not quoted.
    pub derived: bool,
    /// The levels whose bands the range was derived from.
    pub derived_from: Vec<Level>,
}

/// A role with everything known about it: Table 1's row, its own derived skills, and the BLS
/// occupation it corresponds to.
#[derive(Debug, Serialize)]
pub struct RoleProfile<'a> {
    #[serde(flatten)]
    pub role: RoleRecord<'a>,
    /// The skills this role asks for beyond the essential ones every role asks for.
    pub own_skills: Vec<Requirement<'a>>,
    /// The BLS occupation the role corresponds to, if there is one.
    pub occupation: Option<&'a Occupation>,
}

pub fn profile<'a>(dataset: &'a Dataset, role: &'a Role) -> RoleProfile<'a> {
    RoleProfile {
        role: record(dataset, role),
        own_skills: skills::requirements(dataset, role).into_iter().filter(|need| need.derived).collect(),
        occupation: dataset.outside.occupation_of(&role.id),
    }
}

/// Every role, in article order, that spans at least one of `levels` (all roles when empty).
pub fn list<'a>(dataset: &'a Dataset, levels: &[Level]) -> Vec<RoleRecord<'a>> {
    dataset.roles.iter().filter(|role| role.is_open_at(levels)).map(|role| record(dataset, role)).collect()
}

pub fn record<'a>(dataset: &'a Dataset, role: &'a Role) -> RoleRecord<'a> {
    RoleRecord {
        id: &role.id,
        title: &role.title,
        responsibilities: &role.responsibilities,
        experience: role.experience(),
        levels: &role.levels,
        salary_usd: derive_salary(dataset, &role.levels),
        source: &role.source,
    }
}

/// The range from the lowest band to the highest band among `levels`.
pub fn derive_salary(dataset: &Dataset, levels: &[Level]) -> Option<DerivedSalary> {
    let bands: Vec<_> = levels
        .iter()
        .map(|level| dataset.salary.bands.iter().find(|band| band.level == *level))
        .collect::<Option<_>>()?;
    let min = bands.iter().map(|band| band.min_usd).min()?;
    let top = bands.iter().max_by_key(|band| (band.max_usd, band.open_ended))?;
    Some(DerivedSalary {
        range: UsdRange { min, max: top.max_usd, open_ended: top.open_ended },
        derived: true,
        derived_from: levels.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use Level::*;

    #[test]
    fn salary_spans_the_bands_of_the_levels() {
        let data = dataset::embedded().unwrap();
        let salary = derive_salary(&data, &[Mid, Senior]).unwrap();
        assert_eq!(salary.range, UsdRange { min: 120_000, max: 220_000, open_ended: true });
        let salary = derive_salary(&data, &[Entry]).unwrap();
        assert_eq!(salary.range, UsdRange { min: 80_000, max: 110_000, open_ended: false });
        assert!(salary.derived);
    }

    #[test]
    fn level_filter_keeps_roles_spanning_any_level() {
        let data = dataset::embedded().unwrap();
        let ids = |levels: &[Level]| list(&data, levels).iter().map(|role| role.id).collect::<Vec<_>>();
        assert_eq!(ids(&[Entry]), ["data-scientist"]);
        assert_eq!(
            ids(&[Mid]),
            ["machine-learning-engineer", "data-scientist", "nlp-engineer", "computer-vision-engineer"]
        );
        assert_eq!(ids(&[]).len(), 5);
        assert_eq!(ids(&[Entry, Senior]).len(), 5);
    }
}
