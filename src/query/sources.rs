//! Where the dataset's facts come from: the article, and each outside page with what it backs.

use crate::model::{Dataset, Figure, Occupation};

#[derive(Debug)]
pub struct SourceRecord<'a> {
    pub id: &'a str,
    /// Who published it, or `None` when the source does not say (the article).
    pub publisher: Option<&'a str>,
    pub title: &'a str,
    /// The periods of the figures taken from it, oldest first; empty when it gives none.
    pub periods: Vec<&'a str>,
    pub address: Option<&'a str>,
    /// What in the dataset rests on it.
    pub used_for: Vec<Use<'a>>,
}

/// Something in the dataset that rests on a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Use<'a> {
    /// Every record of the dataset: what the article backs.
    Everything,
    /// Figures for an occupation.
    Figures { occupation: &'a Occupation, figures: Vec<&'a Figure> },
    /// Skills derived for roles (role ids).
    DerivedSkills { roles: Vec<&'a str>, skills: Vec<&'a str> },
    /// A sentence of the dataset about the source, as written.
    Note(&'a str),
}

/// The article first, then every outside source in the dataset's order.
pub fn list(dataset: &Dataset) -> Vec<SourceRecord<'_>> {
    let article = SourceRecord {
        id: "article",
        publisher: None,
        title: &dataset.article.title,
        periods: Vec::new(),
        address: None,
        used_for: vec![Use::Everything],
    };
    let outside = dataset.outside.sources.iter().map(|source| {
        let mut periods: Vec<&str> = Vec::new();
        let mut used_for = Vec::new();
        for occupation in &dataset.outside.occupations {
            let figures: Vec<_> =
                occupation.figures.iter().filter(|figure| figure.source == source.id).collect();
            for figure in &figures {
                if !periods.contains(&figure.period.as_str()) {
                    periods.push(&figure.period);
                }
            }
            if !figures.is_empty() {
                used_for.push(Use::Figures { occupation, figures });
            }
        }
        let links: Vec<_> = dataset.skills.by_role.iter().filter(|link| link.source == source.id).collect();
        if !links.is_empty() {
            let skills: Vec<&str> = links.iter().map(|link| link.skill.as_str()).collect();
            let mut roles: Vec<&str> = Vec::new();
            for link in &links {
                if !roles.contains(&link.role.as_str()) {
                    roles.push(&link.role);
                }
            }
            used_for.push(Use::DerivedSkills { roles, skills });
        }
        let unmapped = &dataset.outside.unmapped;
        let notes = dataset.outside.notes.iter().filter(|note| note.source == source.id);
        let notes = notes.map(|note| Use::Note(&note.text));
        if unmapped.source == source.id {
            used_for.push(Use::Note(&unmapped.text));
        }
        used_for.extend(notes);
        // By first year; figures of the same year keep the dataset's order (a stable sort).
        periods.sort_by_key(|period| first_year(period));
        SourceRecord {
            id: &source.id,
            publisher: Some(&source.publisher),
            title: &source.title,
            periods,
            address: Some(&source.address),
            used_for,
        }
    });
    std::iter::once(article).chain(outside).collect()
}

/// The first four-digit number in `period`: "May 2022" -> 2022, "2024-34" -> 2024.
fn first_year(period: &str) -> Option<u32> {
    period.split(|c: char| !c.is_ascii_digit()).find(|digits| digits.len() == 4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn the_article_comes_first_and_names_no_publisher_or_period() {
        let data = dataset::embedded().unwrap();
        let sources = list(&data);
        assert_eq!(sources[0].id, "article");
        assert!(
            sources[0].publisher.is_none() && sources[0].periods.is_empty() && sources[0].address.is_none()
        );
    }

    #[test]
    fn every_outside_source_says_what_rests_on_it() {
        let data = dataset::embedded().unwrap();
        let sources = list(&data);
        assert_eq!(sources.len(), 1 + data.outside.sources.len());
        assert!(sources.iter().all(|source| !source.used_for.is_empty()), "{sources:#?}");
        let research = sources.iter().find(|source| source.id == "bls-ooh-research-scientists").unwrap();
        assert_eq!(research.periods, ["May 2022", "2022-32", "2022", "May 2024", "2024-34"]);
    }
}
