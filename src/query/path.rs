//! Moving from one role to another: what carries over, what is left to learn, the levels each is
//! open at and the pay at each level, and where to read next. Facts only; `cmd` says them.

use std::collections::HashSet;

use super::Target;
use super::roles::{self, DerivedSalary};
use super::skills::requirements;
use super::way_in;
use crate::model::{Dataset, Level, Role, UsdRange};

/// A move from `from` to `to`, as facts.
#[derive(Debug)]
pub struct Move<'a> {
    pub from: &'a Role,
    pub to: &'a Role,
    /// Every skill both ask for, the essential ones first (every role asks for those), then the
    /// own skills they share, in the dataset's order.
    pub shared_skills: Vec<&'a str>,
    /// How many of `shared_skills` are the article's essential skills.
    pub essential_shared: usize,
    /// The target's own skills the current role does not ask for (never an essential one).
    pub to_learn: Vec<&'a str>,
    /// Each level either role is open at, junior first.
    pub levels: Vec<LevelStep>,
    /// The derived ranges of both roles (`None` where a level has no band).
    pub from_salary: Option<DerivedSalary>,
    pub to_salary: Option<DerivedSalary>,
    /// What helps the move, in the order to read it.
    pub read_next: Vec<Target<'a>>,
}

/// One level, whether each role is open at it, and the band the article gives for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelStep {
    pub level: Level,
    pub from_open: bool,
    pub to_open: bool,
    /// The level's band: the article gives pay by level, so it is the same for both roles.
    pub band: Option<UsdRange>,
}

/// The move from `from` to `to`. The caller makes sure they are different roles.
pub fn plan<'a>(dataset: &'a Dataset, from: &'a Role, to: &'a Role) -> Move<'a> {
    let from_needs = requirements(dataset, from);
    let to_needs = requirements(dataset, to);
    // Sets, not scans: a group may list thousands of skills, and a skill may be listed twice (the
    // check refuses that in a file, but a dataset built otherwise may have it): each is said once.
    let from_asks: HashSet<&str> = from_needs.iter().map(|need| need.skill).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut shared_skills: Vec<&str> = Vec::new();
    let mut to_learn: Vec<&str> = Vec::new();
    let mut essential_shared = 0;
    for need in &to_needs {
        if from_asks.contains(need.skill) {
            if seen.insert(need.skill) {
                shared_skills.push(need.skill);
                // The essential skills come first, so they are the first of `shared_skills`.
                essential_shared += usize::from(!need.derived);
            }
        } else if need.derived && seen.insert(need.skill) {
            to_learn.push(need.skill);
        }
    }

    let levels = Level::ALL
        .into_iter()
        .filter(|level| from.levels.contains(level) || to.levels.contains(level))
        .map(|level| LevelStep {
            level,
            from_open: from.levels.contains(&level),
            to_open: to.levels.contains(&level),
            band: dataset
                .salary
                .bands
                .iter()
                .find(|band| band.level == level)
                .map(crate::model::SalaryBand::range),
        })
        .collect();

    let mut read_next = vec![Target::Role(&to.id)];
    read_next.extend(way_in::targets(dataset));
    Move {
        from,
        to,
        shared_skills,
        essential_shared,
        to_learn,
        levels,
        from_salary: roles::derive_salary(dataset, &from.levels),
        to_salary: roles::derive_salary(dataset, &to.levels),
        read_next,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use std::sync::LazyLock;

    static DATA: LazyLock<Dataset> = LazyLock::new(|| dataset::embedded().unwrap());

    fn role(id: &str) -> &'static Role {
        DATA.roles.iter().find(|role| role.id == id).unwrap()
    }

    fn plan_of(from: &str, to: &str) -> Move<'static> {
        plan(&DATA, role(from), role(to))
    }

    #[test]
    fn what_carries_over_is_every_skill_both_ask_for() {
        let general = DATA.skills.essential().count();
        let ds_to_nlp = plan_of("data-scientist", "nlp-engineer");
        assert_eq!(ds_to_nlp.essential_shared, general);
        assert_eq!(ds_to_nlp.shared_skills.len(), general + 1);
        assert_eq!(ds_to_nlp.shared_skills.last(), Some(&"Natural language processing"));
        assert!(ds_to_nlp.to_learn.is_empty(), "{:?}", ds_to_nlp.to_learn);
    }

    #[test]
    fn what_is_left_to_learn_is_the_targets_own_skills_and_never_an_essential_one() {
        let ds_to_mle = plan_of("data-scientist", "machine-learning-engineer");
        assert_eq!(ds_to_mle.to_learn, ["Model training", "Model deployment"]);
        assert_eq!(
            ds_to_mle.shared_skills.len(),
            DATA.skills.essential().count(),
            "only the essential skills"
        );
        let essential: Vec<&str> = DATA.skills.essential().collect();
        for (from, to) in
            [("nlp-engineer", "data-scientist"), ("machine-learning-engineer", "ai-research-scientist")]
        {
            let step = plan_of(from, to);
            assert!(step.to_learn.iter().all(|skill| !essential.contains(skill)), "{from} -> {to}");
        }
        let nlp_to_ds = plan_of("nlp-engineer", "data-scientist");
        assert!(!nlp_to_ds.to_learn.contains(&"Natural language processing"), "NLP carries over");
        assert_eq!(nlp_to_ds.to_learn.len(), 6);
    }

    #[test]
    fn a_skill_listed_twice_is_shared_once_and_counted_once() {
        // `data check` refuses such a file; a dataset built otherwise still plans without a
        // count past the end of the list.
        let mut data = dataset::embedded().unwrap();
        let python = data.skills.groups[0].skills[0].clone();
        data.skills.groups[0].skills.push(python.clone());
        data.skills.groups[1].skills.push(python);
        let from = data.roles.iter().find(|role| role.id == "data-scientist").unwrap();
        let to = data.roles.iter().find(|role| role.id == "machine-learning-engineer").unwrap();
        let step = plan(&data, from, to);
        assert_eq!(step.essential_shared, DATA.skills.essential().count());
        assert_eq!(step.shared_skills.iter().filter(|skill| **skill == "Python").count(), 1);
        assert!(step.essential_shared <= step.shared_skills.len());
    }

    #[test]
    fn levels_are_set_side_by_side_with_their_bands() {
        let ds_to_mle = plan_of("data-scientist", "machine-learning-engineer");
        let open: Vec<(Level, bool, bool)> =
            ds_to_mle.levels.iter().map(|step| (step.level, step.from_open, step.to_open)).collect();
        assert_eq!(
            open,
            [(Level::Entry, true, false), (Level::Mid, true, true), (Level::Senior, true, true)]
        );
        assert_eq!(ds_to_mle.levels[0].band, Some(UsdRange { min: 80_000, max: 110_000, open_ended: false }));
        assert_eq!(ds_to_mle.from_salary.unwrap().range.min, 80_000);
        assert_eq!(ds_to_mle.to_salary.unwrap().range.min, 120_000);
    }

    #[test]
    fn the_target_role_comes_first_in_what_to_read() {
        let step = plan_of("data-scientist", "machine-learning-engineer");
        assert_eq!(step.read_next[0], Target::Role("machine-learning-engineer"));
        assert!(step.read_next.contains(&Target::Education));
        assert!(step.read_next.contains(&Target::Guide("how-to-prepare")));
    }
}
