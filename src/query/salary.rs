//! Table 2's salary bands as commands show them, with the roles open at each level.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Dataset, Level, UsdRange};

#[derive(Debug, Serialize, JsonSchema)]
pub struct BandRecord<'a> {
    pub level: Level,
    /// The article's name for the level: "Entry Level".
    pub title: &'a str,
    pub min_usd: u64,
    pub max_usd: u64,
    /// True for "220,000+": `max_usd` is then the highest figure given, not a ceiling.
    pub open_ended: bool,
    /// The roles whose experience range (Table 1) includes this level.
    pub roles: Vec<RoleRef<'a>>,
    pub source: &'a str,
}

impl BandRecord<'_> {
    pub fn range(&self) -> UsdRange {
        UsdRange { min: self.min_usd, max: self.max_usd, open_ended: self.open_ended }
    }
}

/// A role named inside another record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RoleRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

/// The bands for `levels` (every band when empty), junior first.
pub fn list<'a>(dataset: &'a Dataset, levels: &[Level]) -> Vec<BandRecord<'a>> {
    dataset
        .salary
        .bands
        .iter()
        .filter(|band| levels.is_empty() || levels.contains(&band.level))
        .map(|band| BandRecord {
            level: band.level,
            title: dataset.level_title(band.level),
            min_usd: band.min_usd,
            max_usd: band.max_usd,
            open_ended: band.open_ended,
            roles: dataset
                .roles
                .iter()
                .filter(|role| role.is_open_at(&[band.level]))
                .map(|role| RoleRef { id: &role.id, title: &role.title })
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
        assert_eq!(bands[0].roles, [RoleRef { id: "data-scientist", title: "Data Scientist" }]);
        assert_eq!(bands[2].roles.len(), 5);
        assert_eq!(bands[0].title, "Entry Level");
    }

    #[test]
    fn level_filter_keeps_only_those_bands() {
        let data = dataset::embedded().unwrap();
        let bands = list(&data, &[Level::Senior]);
        assert_eq!(bands.len(), 1);
        assert!(bands[0].open_ended);
    }
}
