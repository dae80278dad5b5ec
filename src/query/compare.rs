//! Roles side by side, and what sets each apart from the others compared with it.

use serde::Serialize;

use super::roles::{self, DerivedSalary};
use super::skills::{self, Requirement};
use crate::model::{Dataset, Level, Occupation, Role};
use crate::render::usd;

/// One role in a comparison.
#[derive(Debug, Serialize)]
pub struct CompareRecord<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub responsibilities: &'a str,
    pub experience: String,
    pub levels: &'a [Level],
    pub salary_usd: Option<DerivedSalary>,
    /// The skills this role asks for beyond the essential ones every role asks for.
    pub own_skills: Vec<Requirement<'a>>,
    /// The BLS occupation the role corresponds to, if there is one.
    pub occupation: Option<&'a Occupation>,
    /// What this role has that none of the others compared with it has.
    pub sets_apart: Vec<String>,
}

/// `chosen` side by side, each with what differs from all the others.
pub fn compare<'a>(dataset: &'a Dataset, chosen: &[&'a Role]) -> Vec<CompareRecord<'a>> {
    let mut records: Vec<CompareRecord> = chosen
        .iter()
        .map(|role| {
            let record = roles::record(dataset, role);
            CompareRecord {
                id: record.id,
                title: record.title,
                responsibilities: record.responsibilities,
                experience: record.experience,
                levels: record.levels,
                salary_usd: record.salary_usd,
                own_skills: skills::requirements(dataset, role).into_iter().filter(|need| need.derived).collect(),
                occupation: dataset.outside.occupation_of(&role.id),
                sets_apart: Vec::new(),
            }
        })
        .collect();
    let differences: Vec<Vec<String>> =
        (0..records.len()).map(|i| differences(dataset, &records[i], &records, i)).collect();
    for (record, found) in records.iter_mut().zip(differences) {
        record.sets_apart = found;
    }
    records
}

/// What `this` (at `index` in `all`) has and no other record in `all` has.
fn differences(dataset: &Dataset, this: &CompareRecord, all: &[CompareRecord], index: usize) -> Vec<String> {
    let others: Vec<&CompareRecord> = all.iter().enumerate().filter(|(i, _)| *i != index).map(|(_, r)| r).collect();
    let mut found = Vec::new();

    let only_levels: Vec<&str> = this
        .levels
        .iter()
        .filter(|level| others.iter().all(|other| !other.levels.contains(level)))
        .map(|level| dataset.level_title(*level))
        .collect();
    if !only_levels.is_empty() {
        found.push(format!("The only one open at {}", only_levels.join(" and ")));
    }
    let missing_levels: Vec<&str> = Level::ALL
        .iter()
        .filter(|level| !this.levels.contains(level) && others.iter().all(|other| other.levels.contains(level)))
        .map(|level| dataset.level_title(*level))
        .collect();
    if !missing_levels.is_empty() {
        found.push(format!("The only one not open at {}", missing_levels.join(" and ")));
    }

    if let Some(salary) = &this.salary_usd {
        let other_mins: Vec<u64> = others.iter().filter_map(|other| other.salary_usd.as_ref().map(|s| s.min)).collect();
        if other_mins.iter().all(|min| salary.min < *min) && !other_mins.is_empty() {
            found.push(format!("The lowest starting pay: from {} (derived)", usd(salary.min)));
        }
        if other_mins.iter().all(|min| salary.min > *min) && !other_mins.is_empty() {
            found.push(format!("The highest starting pay: from {} (derived)", usd(salary.min)));
        }
    }

    let own: Vec<&str> = this
        .own_skills
        .iter()
        .filter(|need| others.iter().all(|other| other.own_skills.iter().all(|o| o.skill != need.skill)))
        .map(|need| need.skill)
        .collect();
    if !own.is_empty() {
        found.push(format!("Asks for {} (derived)", own.join(", ")));
    }

    if let Some(occupation) = this.occupation
        && others.iter().all(|other| other.occupation.is_none_or(|o| o.soc != occupation.soc))
    {
        found.push(format!("Has BLS figures ({} {})", occupation.title, occupation.soc));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    fn apart(ids: &[&str]) -> Vec<Vec<String>> {
        let data = dataset::embedded().unwrap();
        let chosen: Vec<&Role> = ids.iter().map(|id| data.roles.iter().find(|r| r.id == *id).unwrap()).collect();
        compare(&data, &chosen).into_iter().map(|record| record.sets_apart).collect()
    }

    #[test]
    fn own_skills_set_roles_apart() {
        assert_eq!(
            apart(&["nlp-engineer", "computer-vision-engineer"]),
            [
                vec!["Asks for Natural language processing (derived)".to_owned()],
                vec!["Asks for Image and video recognition (derived)".to_owned()]
            ]
        );
    }

    #[test]
    fn levels_pay_and_outside_figures_set_roles_apart() {
        let found = apart(&["data-scientist", "ai-research-scientist"]);
        assert!(found[0].contains(&"The only one open at Entry Level and Mid Level".to_owned()), "{found:?}");
        assert!(found[0].contains(&"The lowest starting pay: from $80,000 (derived)".to_owned()));
        assert!(found[1].contains(&"The highest starting pay: from $170,000 (derived)".to_owned()));
        assert!(found[1].iter().any(|line| line.starts_with("Has BLS figures (Computer and Information")));
    }

    #[test]
    fn a_shared_skill_sets_neither_apart() {
        let found = apart(&["data-scientist", "nlp-engineer"]);
        assert!(!found[1].iter().any(|line| line.starts_with("Asks for")), "{found:?}");
        assert!(found[0][..].iter().any(|line| line.starts_with("Asks for Data analysis")), "{found:?}");
    }
}
