//! `match`: ranking roles by how well a person's skills cover what each asks for.

use schemars::JsonSchema;
use serde::Serialize;

use super::skills::{Requirement, requirements};
use crate::model::{Dataset, Level};

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
    /// Matched skills over the skills the role asks for, from 0 to 1.
    pub score: f64,
    /// The role's skills the person has, in the role's order, each with the word it was read from.
    pub matched: Vec<Have<'a>>,
    /// The role's skills still to learn, in the role's order: the learning plan.
    pub missing: Vec<&'a str>,
    /// The role's own skills among `matched` and `missing`, with why the role asks for each.
    pub own_skills: Vec<Requirement<'a>>,
    pub experience: String,
    pub levels: &'a [Level],
}

/// Roles open at any of `levels` (all when empty), best covered by `have` first; ties keep
/// Table 1's order.
pub fn rank<'a>(dataset: &'a Dataset, have: &[Have<'a>], levels: &[Level]) -> Vec<MatchRecord<'a>> {
    let mut records: Vec<MatchRecord> = dataset
        .roles
        .iter()
        .filter(|role| role.is_open_at(levels))
        .map(|role| {
            let asks = requirements(dataset, role);
            let (matched, missing): (Vec<_>, Vec<_>) =
                asks.iter().partition(|need| have.iter().any(|had| had.skill == need.skill));
            let score = if asks.is_empty() { 0.0 } else { matched.len() as f64 / asks.len() as f64 };
            MatchRecord {
                id: &role.id,
                title: &role.title,
                score: (score * 1000.0).round() / 1000.0,
                matched: matched
                    .iter()
                    .filter_map(|need| have.iter().find(|had| had.skill == need.skill).cloned())
                    .collect(),
                missing: missing.iter().map(|need| need.skill).collect(),
                own_skills: asks.iter().filter(|need| need.derived).cloned().collect(),
                experience: role.experience(),
                levels: &role.levels,
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
    fn roles_rank_by_coverage_with_ties_in_table_order() {
        let data = dataset::embedded().unwrap();
        let ids = |have: &[&str], levels: &[Level]| -> Vec<String> {
            rank(&data, &typed(have), levels).iter().map(|record| record.id.to_owned()).collect()
        };
        // NLP covers the NLP Engineer's one own skill; Data Scientists ask for seven of their own.
        assert_eq!(ids(&["Python", "Natural language processing"], &[])[0], "nlp-engineer");
        // Same coverage for the three one-skill roles: Table 1 order decides, on every run.
        let tied = ids(&["Python"], &[]);
        assert_eq!(
            tied,
            [
                "ai-research-scientist",
                "nlp-engineer",
                "computer-vision-engineer",
                "machine-learning-engineer",
                "data-scientist"
            ]
        );
        assert_eq!(ids(&["Python"], &[]), tied);
        assert_eq!(ids(&["Python"], &[Level::Entry]), ["data-scientist"]);
    }

    #[test]
    fn matched_and_missing_split_what_a_role_asks_for() {
        let data = dataset::embedded().unwrap();
        let records = rank(&data, &typed(&["Python", "Statistics"]), &[]);
        let mle = records.iter().find(|record| record.id == "machine-learning-engineer").unwrap();
        assert_eq!(mle.matched, typed(&["Python", "Statistics"]));
        assert_eq!(mle.missing.len(), 10);
        assert!(mle.missing.contains(&"Model deployment"));
        assert_eq!(mle.score, 0.167);
    }
}
