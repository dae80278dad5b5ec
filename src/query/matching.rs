//! `match`: ranking roles by how well a person's skills cover what each asks for.

use std::collections::HashMap;

use schemars::JsonSchema;

use super::refs::LevelRefs;
use serde::Serialize;

use super::skills::{Requirement, requirements_with};
use crate::model::{Dataset, Level, Role, RoleSkill};

/// A skill a person has, as it was read: the skill counted, and the word typed for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Have<'a> {
    /// The skill as the data names it, which is what is counted.
    pub skill: &'a str,
    /// The word as typed (`stats`, `math`, `pyhton`).
    pub typed: String,
}

/// How well a person's skills cover one role.
#[derive(Debug, Serialize, JsonSchema)]
pub struct MatchRecord<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The skills matched over the most any role here asks for, from 0 to 1: one scale for every
    /// role, so roles matching the same skills score the same, and a matched skill of a role's own
    /// ranks it above roles without one.
    pub score: f64,
    /// The role's skills the person has, in the role's order, each with the word it was read from.
    pub matched: Vec<Have<'a>>,
    /// The role's skills still to learn, in the role's order: the learning plan.
    pub missing: Vec<&'a str>,
    /// The role's own skills among `matched` and `missing`, with why the role asks for each.
    pub own_skills: Vec<Requirement<'a>>,
    pub experience: String,
    pub levels: LevelRefs<'a>,
}

/// Roles open at any of `levels` (all when empty), those matching most of `have` first; ties keep
/// Table 1's order.
///
/// The score counts the skills matched, on one scale for every role (over the most skills any role
/// here asks for): a role that asks for more is not marked down for it, and a role whose own skill
/// you have ranks above the roles that lack it.
pub fn rank<'a>(dataset: &'a Dataset, have: &[Have<'a>], levels: &[Level]) -> Vec<MatchRecord<'a>> {
    let roles: Vec<_> = dataset.roles.iter().filter(|role| role.is_open_at(levels)).collect();
    // Every role's own links, found in one pass; each role's requirements are then made, used and
    // let go one role at a time (all of them at once took more memory than the dataset).
    let mut links: HashMap<&str, Vec<&RoleSkill>> = HashMap::new();
    for link in &dataset.skills.by_role {
        links.entry(link.role.as_str()).or_default().push(link);
    }
    let own = |role: &Role| links.get(role.id.as_str()).map_or(&[][..], Vec::as_slice);
    let essential = dataset.skills.essential().count();
    let scale = roles.iter().map(|role| essential + own(role).len()).max().unwrap_or(0);
    // What was typed for each skill (the first word that counted it): one look-up a skill a role
    // asks for, not a scan of everything typed.
    let mut typed: HashMap<&str, &Have> = HashMap::with_capacity(have.len());
    for had in have {
        typed.entry(had.skill).or_insert(had);
    }
    let mut records: Vec<MatchRecord> = roles
        .iter()
        .map(|role| {
            let asks = requirements_with(dataset, own(role));
            let (matched, missing): (Vec<_>, Vec<_>) =
                asks.iter().partition(|need| typed.contains_key(need.skill));
            let score = if scale == 0 { 0.0 } else { matched.len() as f64 / scale as f64 };
            MatchRecord {
                id: &role.id,
                title: &role.title,
                score: (score * 1000.0).round() / 1000.0,
                matched: matched
                    .iter()
                    .filter_map(|need| typed.get(need.skill).map(|had| (*had).clone()))
                    .collect(),
                missing: missing.iter().map(|need| need.skill).collect(),
                own_skills: asks.iter().filter(|need| need.derived).cloned().collect(),
                experience: role.experience(),
                levels: LevelRefs::new(dataset, &role.levels),
            }
        })
        .collect();
    records.sort_by(|a, b| b.score.total_cmp(&a.score));
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    fn typed<'a>(skills: &[&'a str]) -> Vec<Have<'a>> {
        skills.iter().map(|skill| Have { skill, typed: skill.to_lowercase() }).collect()
    }

    #[test]
    fn roles_matching_the_same_skills_tie_in_table_order() {
        let data = dataset::embedded().unwrap();
        let records = rank(&data, &typed(&["Python"]), &[]);
        let ids: Vec<&str> = records.iter().map(|record| record.id).collect();
        assert_eq!(
            ids,
            [
                "machine-learning-engineer",
                "data-scientist",
                "ai-research-scientist",
                "nlp-engineer",
                "computer-vision-engineer"
            ],
            "Table 1 order"
        );
        assert!(records.iter().all(|record| record.score == records[0].score), "one score for all");
        assert_eq!(rank(&data, &typed(&["Python"]), &[Level::Entry]).len(), 1);
    }

    #[test]
    fn a_matched_own_skill_ranks_its_role_first() {
        let data = dataset::embedded().unwrap();
        let ids = |have: &[&str]| -> Vec<String> {
            rank(&data, &typed(have), &[]).iter().map(|record| record.id.to_owned()).collect()
        };
        assert_eq!(ids(&["Python", "Image and video recognition"])[0], "computer-vision-engineer");
        assert_eq!(ids(&["Python", "Developing new algorithms and techniques"])[0], "ai-research-scientist");
        // Two roles ask for NLP: both rank first, in Table 1 order, with the same score.
        let records = rank(&data, &typed(&["Natural language processing"]), &[]);
        assert_eq!((records[0].id, records[1].id), ("data-scientist", "nlp-engineer"));
        assert_eq!(records[0].score, records[1].score);
        assert!(records[1].score > records[2].score);
    }

    #[test]
    fn matched_and_missing_split_what_a_role_asks_for() {
        let data = dataset::embedded().unwrap();
        let records = rank(&data, &typed(&["Python", "Statistics"]), &[]);
        let mle = records.iter().find(|record| record.id == "machine-learning-engineer").unwrap();
        assert_eq!(mle.matched, typed(&["Python", "Statistics"]));
        assert_eq!(mle.missing.len(), 16);
        assert!(mle.missing.contains(&"Model deployment"));
        // Two of the 23 skills the Data Scientist, who asks for the most, asks for.
        assert_eq!(mle.score, 0.087);
    }
}
