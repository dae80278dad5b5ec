//! Roles side by side, and what sets each apart from the others compared with it.

use serde::Serialize;

use super::roles::{self, RoleProfile};
use crate::model::{Dataset, Level, Role};
use crate::render::usd;

/// One role in a comparison.
#[derive(Debug, Serialize)]
pub struct CompareRecord<'a> {
    #[serde(flatten)]
    pub profile: RoleProfile<'a>,
    /// What this role has that none of the others compared with it has.
    pub sets_apart: Vec<String>,
}

/// `chosen` side by side, each with what differs from all the others.
pub fn compare<'a>(dataset: &'a Dataset, chosen: &[&'a Role]) -> Vec<CompareRecord<'a>> {
    let mut records: Vec<CompareRecord> = chosen
        .iter()
        .map(|role| CompareRecord { profile: roles::profile(dataset, role), sets_apart: Vec::new() })
        .collect();
    let profiles: Vec<&RoleProfile> = records.iter().map(|record| &record.profile).collect();
    let differences: Vec<Vec<String>> =
        (0..profiles.len()).map(|i| differences(dataset, profiles[i], &profiles, i)).collect();
    for (record, found) in records.iter_mut().zip(differences) {
        record.sets_apart = found;
    }
    records
}

/// What `this` (at `index` in `all`) has and no other record in `all` has.
fn differences(dataset: &Dataset, this: &RoleProfile, all: &[&RoleProfile], index: usize) -> Vec<String> {
    let others: Vec<&RoleProfile> =
        all.iter().enumerate().filter(|(i, _)| *i != index).map(|(_, r)| *r).collect();
    let mut found = Vec::new();

    let only_levels: Vec<&str> = this
        .role
        .levels
        .iter()
        .filter(|level| others.iter().all(|other| !other.role.levels.contains(level)))
        .map(|level| dataset.level_title(*level))
        .collect();
    if !only_levels.is_empty() {
        found.push(format!("The only one open at {}", only_levels.join(" and ")));
    }
    let missing_levels: Vec<&str> = Level::ALL
        .iter()
        .filter(|level| {
            !this.role.levels.contains(level) && others.iter().all(|other| other.role.levels.contains(level))
        })
        .map(|level| dataset.level_title(*level))
        .collect();
    if !missing_levels.is_empty() {
        found.push(format!("The only one not open at {}", missing_levels.join(" and ")));
    }

    if let Some(salary) = &this.role.salary_usd {
        let other_mins: Vec<u64> =
            others.iter().filter_map(|other| other.role.salary_usd.as_ref().map(|s| s.min)).collect();
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
        let chosen: Vec<&Role> =
            ids.iter().map(|id| data.roles.iter().find(|r| r.id == *id).unwrap()).collect();
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
