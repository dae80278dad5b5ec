//! Table 2's salary bands as commands show them, with the roles open at each level.

use schemars::JsonSchema;
use serde::Serialize;

use super::refs::Ref;
use crate::model::{Dataset, Level, UsdRange};

/// A level's band: the level (its id and the article's name for it) and its range.
#[derive(Debug, Serialize, JsonSchema)]
pub struct BandRecord<'a> {
    /// The level: `entry`, `mid` or `senior`.
    pub id: Level,
    /// The article's name for the level: "Entry Level".
    pub title: &'a str,
    pub salary_usd: UsdRange,
    /// The roles whose experience range (Table 1) includes this level.
    pub roles: Vec<Ref<'a>>,
    pub source: &'a str,
}

impl BandRecord<'_> {
    pub fn range(&self) -> UsdRange {
        self.salary_usd
    }

    /// The band's level.
    pub fn level(&self) -> Level {
        self.id
    }
}

/// The bands for `levels` (every band when empty), junior first.
pub fn list<'a>(dataset: &'a Dataset, levels: &[Level]) -> Vec<BandRecord<'a>> {
    dataset
        .salary
        .bands
        .iter()
        .filter(|band| levels.is_empty() || levels.contains(&band.level))
        .map(|band| BandRecord {
            id: band.level,
            title: dataset.level_title(band.level),
            salary_usd: band.range(),
            roles: dataset
                .roles
                .iter()
                .filter(|role| role.is_open_at(&[band.level]))
                .map(Ref::role)
                .collect(),
            source: &band.source,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn bands_list_the_roles_open_at_their_level() {
        let data = dataset::embedded().unwrap();
        let bands = list(&data, &[]);
        assert_eq!(bands.len(), 3);
        assert_eq!(bands[0].roles, [Ref { id: "data-scientist", title: "Data Scientist" }]);
        assert_eq!(bands[2].roles.len(), 5);
        assert_eq!(bands[0].title, "Entry Level");
    }

    #[test]
    fn level_filter_keeps_only_those_bands() {
        let data = dataset::embedded().unwrap();
        let bands = list(&data, &[Level::Senior]);
        assert_eq!(bands.len(), 1);
        assert!(bands[0].salary_usd.open_ended);
    }
}
