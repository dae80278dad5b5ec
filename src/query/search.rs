//! Searching the whole dataset at once: roles, salary bands, skills, education, industries,
//! FAQ, guide sections and the outside figures, ranked by [`Index::rank`].

use super::Target;
pub use super::documents::Item;
use super::documents::{doc, items};
use super::rank::{Index, Ranked};
use super::terms::Baked;
use crate::model::Dataset;

/// The embedded data's terms, baked by `build.rs` from `data/dataset.json`.
// Generated: its numbers (letter sets) are read by no one.
#[allow(clippy::unreadable_literal)]
pub static EMBEDDED: Baked = include!(concat!(env!("OUT_DIR"), "/terms.rs"));

impl<'a> Item<'a> {
    /// The view that shows this entry in full.
    pub fn target(self) -> Target<'a> {
        match self {
            Item::Role(role) => Target::Role(&role.id),
            Item::Band(band) => Target::Salary(Some(band.level)),
            Item::Group(_) => Target::Skills,
            Item::Link(link) => Target::Role(&link.role),
            Item::Pathway(_) => Target::Education,
            Item::Industry(_) => Target::Industries,
            Item::Faq(faq) => Target::Faq(faq.number),
            Item::Section(section) => Target::Guide(&section.id),
            // An occupation opens the page of its first role; one no role maps to is in `sources`.
            Item::Occupation(occupation) => {
                occupation.roles.first().map_or(Target::Sources, |id| Target::Role(id))
            }
        }
    }
}

/// An entry that matched, with its score.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    pub item: Item<'a>,
    /// Higher is better; only the order means something.
    pub score: f64,
    /// For a guide section, the indexes of the paragraphs that match (empty when only its title does).
    pub parts: Vec<usize>,
}

/// Another name a query used for something of the data: a skill alias (`PyTorch`) or a level
/// word (`junior`), and what it counts as. A query that holds the name also looks for what it
/// counts as; this says why it found that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted<'a> {
    /// The name as the vocabulary writes it (`PyTorch`).
    pub name: &'a str,
    /// What it counts as: a skill, a skill group's title, or a level's title.
    pub counts_as: &'a str,
    /// Why (every such reading is derived).
    pub reason: &'a str,
}

/// Searchable items and their index.
pub struct Searcher<'a> {
    items: Vec<Item<'a>>,
    index: Index<'a>,
    words: &'a [crate::model::SearchWord],
    dataset: &'a Dataset,
}

impl<'a> Searcher<'a> {
    /// A searcher over `dataset`, whose terms are `baked` when it is the embedded dataset, else
    /// built from its documents when a query reads them.
    pub fn new(dataset: &'a Dataset, baked: Option<&'a Baked>) -> Self {
        let index = match baked {
            Some(baked) => Index::baked(&baked.search),
            None => Index::from_docs(move |visit| items(dataset).for_each(|item| visit(doc(dataset, item)))),
        };
        Searcher { items: items(dataset).collect(), index, words: &dataset.vocabulary.search_words, dataset }
    }

    /// A searcher over `dataset` whose terms are built now and kept, for many queries in a row
    /// (`explore`): each query then reads them without building them again.
    pub fn built(dataset: &'a Dataset) -> Self {
        let index = Index::built(|visit| items(dataset).for_each(|item| visit(doc(dataset, item))));
        Searcher { items: items(dataset).collect(), index, words: &dataset.vocabulary.search_words, dataset }
    }

    /// Every entry, in the order ties keep: the documents [`Searcher::ranked`] numbers.
    pub fn items(&self) -> &[Item<'a>] {
        &self.items
    }

    /// The entries matching `query`, best first, at most `limit` of them; and how many matched.
    pub fn search(&self, query: &str, limit: Option<usize>) -> (Vec<Found<'a>>, usize) {
        let ranked = self.ranked(query);
        let found = ranked.len();
        let hits = ranked
            .into_iter()
            .take(limit.unwrap_or(found))
            .map(|ranked| Found {
                item: self.items[ranked.doc],
                score: (ranked.score * 1000.0).round() / 1000.0,
                parts: ranked.parts,
            })
            .collect();
        (hits, found)
    }

    /// The documents matching `query` (indexes into [`Searcher::items`]), in the order
    /// [`Searcher::search`] gives them.
    pub fn ranked(&self, query: &str) -> Vec<Ranked> {
        let ranked = self.index.rank(&self.expand(query));
        self.article_first(ranked, |hit| hit)
    }

    /// The documents [`Searcher::ranked`] gives, in its order, as numbers alone (`explore`, which
    /// shows no parts, over 100,000 documents a keystroke). A data file of at most 64 MiB has
    /// far fewer than 2^32 documents.
    pub fn order(&self, query: &str) -> Vec<u32> {
        let ranked = self.index.rank_with(&self.expand(query), false);
        let number = |hit: Ranked| u32::try_from(hit.doc).unwrap_or(u32::MAX);
        self.article_first(ranked, number)
    }

    /// `ranked` with the article's hits first, each as `keep` makes it.
    fn article_first<T>(&self, ranked: Vec<Ranked>, keep: impl Fn(Ranked) -> T) -> Vec<T> {
        // The article first: an outside figure (BLS) stands beside it, so on a hit that is not an
        // exact title it comes after every article entry that matched. A stable sort by exactness,
        // then outside or not, done as a partition: the hits come with the exact ones first.
        let key = |hit: &Ranked| {
            2 * usize::from(!hit.exact) + usize::from(matches!(self.items[hit.doc], Item::Occupation(_)))
        };
        let mut groups: [Vec<T>; 4] = Default::default();
        for hit in ranked {
            groups[key(&hit)].push(keep(hit));
        }
        groups.into_iter().flatten().collect()
    }

    /// The vocabulary's other names that `query` uses, as whole words in a row (`power bi`), each
    /// with what it counts as, in the vocabulary's order.
    pub fn counted(&self, query: &str) -> Vec<Counted<'a>> {
        let typed = super::words::words(query);
        let holds = |name: &str| {
            let name = super::words::words(name);
            !name.is_empty() && typed.windows(name.len()).any(|run| run == name.as_slice())
        };
        let vocabulary = &self.dataset.vocabulary;
        // An abbreviation (`NLP`, `CV`) is a word the data writes itself (NLP Engineer): it finds
        // what holds it, and what it counts as would only push that down.
        let abbreviation = |alias: &str| {
            let alias = super::words::normalize(alias);
            vocabulary.abbreviations.iter().any(|entry| super::words::normalize(&entry.abbreviation) == alias)
        };
        let aliases = vocabulary
            .skill_aliases
            .iter()
            .filter(|alias| holds(&alias.alias) && !abbreviation(&alias.alias))
            .map(|alias| Counted { name: &alias.alias, counts_as: &alias.skill, reason: &alias.reason });
        let levels = vocabulary.level_words.iter().filter(|word| holds(&word.word)).map(|word| Counted {
            name: &word.word,
            counts_as: self.dataset.level_title(word.level),
            reason: &word.reason,
        });
        aliases.chain(levels).collect()
    }

    /// What to try instead when `query` finds nothing, if something is close.
    pub fn suggest(&self, query: &str) -> Option<String> {
        self.index.suggest(query)
    }

    /// `query` with what the vocabulary's words stand for added: `pay` also looks for `salary`;
    /// another name of a skill or level looks for what it counts as (`pytorch` for machine
    /// learning libraries, `junior` for Entry Level), [`Searcher::counted`].
    fn expand(&self, query: &str) -> String {
        let typed = super::words::words(query);
        let mut expanded = query.to_owned();
        for word in self.words {
            if typed.iter().any(|typed| *typed == super::words::normalize(&word.word)) {
                expanded.push(' ');
                expanded.push_str(&word.means);
            }
        }
        for counted in self.counted(query) {
            expanded.push(' ');
            expanded.push_str(counted.counts_as);
        }
        expanded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::EMBEDDED_JSON;
    use crate::query::documents::{faq_terms, search_terms};

    #[test]
    fn the_baked_terms_are_those_of_the_json_file() {
        let parsed: Dataset = serde_json::from_str(EMBEDDED_JSON).unwrap();
        assert_eq!(search_terms(&parsed), EMBEDDED.search);
        assert_eq!(faq_terms(&parsed.faq), EMBEDDED.faq);
    }

    #[test]
    fn baked_and_built_terms_find_the_same() {
        let data = crate::dataset::embedded().unwrap();
        let (baked, built) = (Searcher::new(&data, Some(&EMBEDDED)), Searcher::new(&data, None));
        for query in ["python", "do I need a degree", "statstics", "pay", "Data Scientist", "the", "ai"] {
            let (baked_hits, baked_found) = baked.search(query, None);
            let (built_hits, built_found) = built.search(query, None);
            assert_eq!(baked_found, built_found, "{query}");
            let scores =
                |hits: &[Found]| hits.iter().map(|hit| (hit.score, hit.parts.clone())).collect::<Vec<_>>();
            assert_eq!(scores(&baked_hits), scores(&built_hits), "{query}");
        }
        assert_eq!(baked.suggest("pyton"), Some("python".to_owned()));
        assert_eq!(built.suggest("pyton"), baked.suggest("pyton"));
    }

    /// `engineer` is in many documents, so it is a common word; `engines` and `engineers` are
    /// rarer, and once outranked the three Engineer roles (a student's try of `explore`).
    #[test]
    fn a_word_asked_outranks_rarer_words_only_like_it() {
        let data = crate::dataset::embedded().unwrap();
        for searcher in [Searcher::new(&data, Some(&EMBEDDED)), Searcher::new(&data, None)] {
            let (hits, _) = searcher.search("engineer", None);
            let first: Vec<bool> = hits.iter().take(3).map(|hit| matches!(hit.item, Item::Role(_))).collect();
            assert_eq!(first, [true, true, true]);
        }
    }

    #[test]
    fn another_name_finds_what_it_counts_as() {
        let data = crate::dataset::embedded().unwrap();
        for searcher in [Searcher::new(&data, Some(&EMBEDDED)), Searcher::new(&data, None)] {
            let (hits, _) = searcher.search("pytorch", None);
            assert!(
                matches!(hits.first().map(|hit| hit.item), Some(Item::Group(group)) if group.id == "machine-learning-libraries")
            );
            let (hits, _) = searcher.search("junior", None);
            assert!(
                matches!(hits.first().map(|hit| hit.item), Some(Item::Band(band)) if band.level == crate::model::Level::Entry)
            );
            let counted = searcher.counted("Hugging Face transformers and pytorch");
            let names: Vec<(&str, &str)> = counted.iter().map(|c| (c.name, c.counts_as)).collect();
            assert_eq!(
                names,
                [
                    ("PyTorch", "Machine learning libraries"),
                    ("Hugging Face Transformers", "Machine learning libraries")
                ]
            );
            assert!(searcher.counted("statistics").is_empty(), "a name of the data is no other name");
        }
    }

    #[test]
    fn the_order_alone_is_the_rankings() {
        let data = crate::dataset::embedded().unwrap();
        for searcher in [Searcher::new(&data, Some(&EMBEDDED)), Searcher::built(&data)] {
            for query in
                ["python", "do I need a degree", "statstics", "pay", "bls", "data scientist", "pytorch"]
            {
                let docs: Vec<u32> =
                    searcher.ranked(query).iter().map(|hit| u32::try_from(hit.doc).unwrap()).collect();
                assert_eq!(searcher.order(query), docs, "{query}");
            }
        }
    }
}
