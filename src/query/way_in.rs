//! The way into a machine learning role, as the article gives it: its education pathways and its
//! preparation advice. The article gives this for machine learning jobs in general, not per role,
//! so every role gets the same; nothing here is made up for one role.

use super::Target;
use super::lookup::{self, Lookup};
use crate::model::{Dataset, Faq, Note, Pathway, Section, Text};

/// What a person typing `mlcareers guide prepare` gets: how the preparation section is found, so
/// that a data file with its own sections works too.
const PREPARATION: &str = "prepare";

/// The article's way in: the same for every role.
#[derive(Debug)]
pub struct WayIn<'a> {
    pub pathways: &'a [Pathway],
    /// The article's sentences beside the pathways ("There is no single path into this career.").
    pub notes: &'a [Note],
    pub preparation: Option<Preparation<'a>>,
    /// Questions filed under the sections the pathways come from.
    pub questions: Vec<&'a Faq>,
}

/// The preparation section and its advice, a paragraph an item: all of it is advice (the
/// foundation to build, end-to-end projects, keeping up, networking), so none is cut.
#[derive(Debug)]
pub struct Preparation<'a> {
    pub section: &'a Section,
    pub advice: Vec<&'a str>,
}

pub fn way_in(dataset: &Dataset) -> WayIn<'_> {
    let sources: Vec<&str> = dataset.education.sources();
    WayIn {
        pathways: &dataset.education.pathways,
        notes: &dataset.education.notes,
        preparation: preparation_section(dataset).map(|section| Preparation {
            section,
            advice: section.paragraphs.iter().map(Text::as_str).collect(),
        }),
        questions: dataset.faq.iter().filter(|faq| sources.contains(&faq.source.as_str())).collect(),
    }
}

/// Where to read more about the way in: the pathways, the preparation section, their questions.
pub fn targets(dataset: &Dataset) -> Vec<Target<'_>> {
    let way = way_in(dataset);
    let mut targets = Vec::new();
    if !way.pathways.is_empty() {
        targets.push(Target::Education);
    }
    if let Some(preparation) = &way.preparation {
        targets.push(Target::Guide(&preparation.section.id));
    }
    targets.extend(way.questions.iter().map(|faq| Target::Faq(faq.number)));
    targets
}

/// The guide section about preparing, found by name as `mlcareers guide prepare` finds it.
pub fn preparation_section(dataset: &Dataset) -> Option<&Section> {
    match lookup::find(PREPARATION, &dataset.guide) {
        Lookup::Found(section) => Some(section),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn the_way_in_is_the_articles_pathways_and_preparation() {
        let data = dataset::embedded().unwrap();
        let way = way_in(&data);
        assert_eq!(way.pathways.len(), 4);
        let preparation = way.preparation.unwrap();
        assert_eq!(preparation.section.id, "how-to-prepare");
        assert_eq!(
            preparation.advice,
            preparation.section.paragraphs.iter().map(Text::as_str).collect::<Vec<_>>(),
            "the whole advice, nothing cut"
        );
        assert!(preparation.advice[0].contains("end-to-end projects"));
        assert_eq!(way.questions.iter().map(|faq| faq.number).collect::<Vec<_>>(), [3]);
        assert_eq!(targets(&data), [Target::Education, Target::Guide("how-to-prepare"), Target::Faq(3)]);
    }

    #[test]
    fn a_data_file_without_a_preparation_section_has_none() {
        let mut data = dataset::embedded().unwrap();
        data.guide.retain(|section| section.id != "how-to-prepare");
        assert!(way_in(&data).preparation.is_none());
        data.education.pathways.clear();
        assert!(!targets(&data).contains(&Target::Education));
    }
}
