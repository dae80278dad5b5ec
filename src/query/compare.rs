//! Roles side by side, and what sets each apart from the others compared with it.

use std::collections::HashSet;

use super::roles::{self, RoleProfile};
use super::skills::Requirement;
use crate::model::{Dataset, Level, Role};

/// One role in a comparison, with what sets it apart from all the others.
#[derive(Debug)]
pub struct Compared<'a> {
    pub profile: RoleProfile<'a>,
    pub differences: Vec<Difference<'a>>,
}

/// Something one role has that none of the others compared with it has.
#[derive(Debug, Clone, PartialEq)]
pub enum Difference<'a> {
    /// The only one open at these levels.
    OnlyOpenAt(Vec<Level>),
    /// The only one not open at these levels, where every other is.
    OnlyNotOpenAt(Vec<Level>),
    /// The lowest derived starting pay (its minimum, in USD).
    LowestStartingPay(u64),
    /// The highest derived starting pay.
    HighestStartingPay(u64),
    /// Own (derived) skills no other asks for.
    AsksFor(Vec<Requirement<'a>>),
    /// The only one with BLS figures for this occupation.
    HasOccupation { title: &'a str, soc: &'a str },
}

/// `chosen` side by side, each with what differs from all the others.
pub fn compare<'a>(dataset: &'a Dataset, chosen: &[&'a Role]) -> Vec<Compared<'a>> {
    let profiles: Vec<RoleProfile> = chosen.iter().map(|role| roles::profile(dataset, role)).collect();
    let differences: Vec<Vec<Difference>> = (0..profiles.len()).map(|i| differences(&profiles, i)).collect();
    profiles
        .into_iter()
        .zip(differences)
        .map(|(profile, differences)| Compared { profile, differences })
        .collect()
}

/// What the profile at `index` in `all` has and no other in `all` has.
fn differences<'a>(all: &[RoleProfile<'a>], index: usize) -> Vec<Difference<'a>> {
    let this = &all[index];
    let others: Vec<&RoleProfile> =
        all.iter().enumerate().filter(|(i, _)| *i != index).map(|(_, r)| r).collect();
    let mut found = Vec::new();

    let only: Vec<Level> = this
        .role
        .levels
        .iter()
        .copied()
        .filter(|level| others.iter().all(|other| !other.role.levels.contains(level)))
        .collect();
    if !only.is_empty() {
        found.push(Difference::OnlyOpenAt(only));
    }
    let missing: Vec<Level> = Level::ALL
        .into_iter()
        .filter(|level| {
            !this.role.levels.contains(level) && others.iter().all(|other| other.role.levels.contains(level))
        })
        .collect();
    if !missing.is_empty() {
        found.push(Difference::OnlyNotOpenAt(missing));
    }

    if let Some(salary) = &this.role.salary_usd {
        let min = salary.range.min;
        let other_mins: Vec<u64> =
            others.iter().filter_map(|other| other.role.salary_usd.as_ref().map(|s| s.range.min)).collect();
        if !other_mins.is_empty() && other_mins.iter().all(|other| min < *other) {
            found.push(Difference::LowestStartingPay(min));
        }
        if !other_mins.is_empty() && other_mins.iter().all(|other| min > *other) {
            found.push(Difference::HighestStartingPay(min));
        }
    }

    let theirs: HashSet<&str> =
        others.iter().flat_map(|other| other.own_skills.iter().map(|need| need.skill)).collect();
    let own: Vec<Requirement> =
        this.own_skills.iter().filter(|need| !theirs.contains(need.skill)).cloned().collect();
    if !own.is_empty() {
        found.push(Difference::AsksFor(own));
    }

    if let Some(occupation) = &this.occupation
        && others.iter().all(|other| other.occupation.as_ref().is_none_or(|o| o.id != occupation.id))
    {
        found.push(Difference::HasOccupation { title: occupation.title, soc: occupation.id });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    use std::sync::LazyLock;

    static DATA: LazyLock<Dataset> = LazyLock::new(|| dataset::embedded().unwrap());

    fn apart(ids: &[&str]) -> Vec<Vec<Difference<'static>>> {
        let chosen: Vec<&Role> =
            ids.iter().map(|id| DATA.roles.iter().find(|r| r.id == *id).unwrap()).collect();
        compare(&DATA, &chosen).into_iter().map(|record| record.differences).collect()
    }

    #[test]
    fn own_skills_set_roles_apart() {
        let skills = |differences: &[Difference<'static>]| -> Vec<&'static str> {
            differences
                .iter()
                .flat_map(|d| match d {
                    Difference::AsksFor(needs) => needs.iter().map(|need| need.skill).collect(),
                    _ => vec![],
                })
                .collect()
        };
        let found = apart(&["nlp-engineer", "computer-vision-engineer"]);
        assert!(found.iter().all(|d| d.len() == 1), "{found:?}");
        assert_eq!(
            found.iter().map(|d| skills(d)).collect::<Vec<_>>(),
            [vec!["Natural language processing"], vec!["Image and video recognition"]]
        );
    }

    #[test]
    fn levels_pay_and_outside_figures_set_roles_apart() {
        let found = apart(&["data-scientist", "ai-research-scientist"]);
        assert!(found[0].contains(&Difference::OnlyOpenAt(vec![Level::Entry, Level::Mid])), "{found:?}");
        assert!(found[0].contains(&Difference::LowestStartingPay(80_000)));
        assert!(found[1].contains(&Difference::HighestStartingPay(170_000)));
        assert!(
            found[1].iter().any(|d| matches!(d, Difference::HasOccupation { soc, .. } if *soc == "15-1221"))
        );
    }

    #[test]
    fn a_shared_skill_sets_neither_apart() {
        let found = apart(&["data-scientist", "nlp-engineer"]);
        assert!(!found[1].iter().any(|d| matches!(d, Difference::AsksFor(_))), "{found:?}");
        assert!(
            found[0].iter().any(|d| matches!(d, Difference::AsksFor(s) if s[0].skill == "Data analysis"))
        );
    }
}
