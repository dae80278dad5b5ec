//! Ranking texts against a query: the one scoring that `search` and `faq` share.
//!
//! A document has names (a title, skill names, the uses of an industry) and parts of body text
//! (an answer, a section's paragraphs). Each query word scores its best match in a document:
//! similarity (exact, word form, typo) times the field's weight times the rarity of the matched
//! word across all documents, so "fraud" counts for more than "machine".

use std::collections::{HashMap, HashSet};

use strsim::jaro_winkler;

use super::words::{STOPWORDS, normalize, query_words, similarity, words};

/// A word in a name counts this much more than the same word in body text.
const NAME_WEIGHT: f64 = 2.0;

/// Below this, a vocabulary word is too far from a query word to suggest.
const SUGGEST_THRESHOLD: f64 = 0.88;

/// What is ranked: names and body parts, as plain text.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub names: Vec<String>,
    pub parts: Vec<String>,
}

/// A document that matched, with its score and which of its parts hold a matching word.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub doc: usize,
    pub score: f64,
    /// The whole query is the document's first name (its title): it ranks above every other hit.
    pub exact: bool,
    /// Indexes of the parts with a match, in order (empty when only names matched).
    pub parts: Vec<usize>,
}

/// Documents split into words once, with how many documents hold each word.
pub struct Index {
    docs: Vec<Doc>,
    words: Vec<Words>,
    titles: Vec<String>,
    frequency: HashMap<String, usize>,
}

struct Words {
    names: Vec<String>,
    parts: Vec<Vec<String>>,
}

impl Index {
    pub fn new(docs: Vec<Doc>) -> Self {
        let docs_words: Vec<Words> = docs
            .iter()
            .map(|doc| Words {
                names: doc.names.iter().flat_map(|name| words(name)).collect(),
                parts: doc.parts.iter().map(|part| words(part)).collect(),
            })
            .collect();
        let mut frequency: HashMap<String, usize> = HashMap::new();
        for doc in &docs_words {
            let distinct: HashSet<&String> = doc.names.iter().chain(doc.parts.iter().flatten()).collect();
            for word in distinct {
                *frequency.entry(word.clone()).or_default() += 1;
            }
        }
        let titles = docs.iter().map(|doc| doc.names.first().map(|name| normalize(name)).unwrap_or_default());
        let titles = titles.collect();
        Index { docs, words: docs_words, titles, frequency }
    }

    /// The document at `i`, as given to [`Index::new`].
    pub fn doc(&self, i: usize) -> &Doc {
        &self.docs[i]
    }

    /// The documents matching `query`, best first: an exact title first, then by score; ties keep
    /// document order, so the ranking is the same on every run.
    pub fn rank(&self, query: &str) -> Vec<Ranked> {
        let wanted = meaningful_words(query);
        let whole = normalize(query);
        let mut ranked: Vec<Ranked> = self
            .words
            .iter()
            .enumerate()
            .filter_map(|(i, doc)| {
                let mut score = 0.0;
                let mut parts = Vec::new();
                for word in &wanted {
                    let in_names =
                        best_match(word, &doc.names).map(|(sim, text)| sim * NAME_WEIGHT * self.rarity(text));
                    let in_parts = doc.parts.iter().enumerate().filter_map(|(p, part)| {
                        best_match(word, part).map(|(sim, text)| (p, sim * self.rarity(text)))
                    });
                    let mut best_part = 0.0_f64;
                    for (p, part_score) in in_parts {
                        best_part = best_part.max(part_score);
                        if !parts.contains(&p) {
                            parts.push(p);
                        }
                    }
                    score += in_names.unwrap_or(0.0).max(best_part);
                }
                parts.sort_unstable();
                let exact = !whole.is_empty() && self.titles[i] == whole;
                (score > 0.0 || exact).then_some(Ranked { doc: i, score, exact, parts })
            })
            .collect();
        // A stable sort: equal hits stay in document order.
        ranked.sort_by(|a, b| b.exact.cmp(&a.exact).then(b.score.total_cmp(&a.score)));
        ranked
    }

    /// A query made of the vocabulary's closest words, when every meaningful word has one:
    /// `"pyton"` -> `"python"`. `None` when some word is nothing like any word here.
    pub fn suggest(&self, query: &str) -> Option<String> {
        let wanted = meaningful_words(query);
        if wanted.is_empty() {
            return None;
        }
        let closest: Option<Vec<&str>> = wanted
            .iter()
            .map(|word| {
                self.frequency
                    .keys()
                    .map(|known| (jaro_winkler(word, known), known.as_str()))
                    .filter(|(similar, known)| *similar >= SUGGEST_THRESHOLD && known.len() > 2)
                    // Highest similarity; on a tie the alphabetically first, so runs agree.
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
                    .map(|(_, known)| known)
            })
            .collect();
        let suggestion = closest?.join(" ");
        (suggestion != wanted.join(" ")).then_some(suggestion)
    }

    /// Inverse document frequency: a word found in every document still counts, but least.
    fn rarity(&self, word: &str) -> f64 {
        let containing = self.frequency.get(word).copied().unwrap_or(1).max(1);
        (1.0 + self.words.len() as f64 / containing as f64).ln()
    }
}

/// A query counts this many distinct words and ignores the rest: every word is compared with
/// every word of every document, and 1 MiB of query words took minutes.
pub const MAX_QUERY_WORDS: usize = 32;

/// The words of `query` that say something: shorthand expanded, stopwords dropped, each word
/// once, at most [`MAX_QUERY_WORDS`].
fn meaningful_words(query: &str) -> Vec<String> {
    let mut wanted: Vec<String> = Vec::new();
    for word in query_words(query) {
        if wanted.len() == MAX_QUERY_WORDS {
            break;
        }
        if !STOPWORDS.contains(&word.as_str()) && !wanted.contains(&word) {
            wanted.push(word);
        }
    }
    wanted
}

/// The most similar word of `text` to `word`, if any is similar at all.
fn best_match<'a>(word: &str, text: &'a [String]) -> Option<(f64, &'a str)> {
    text.iter()
        .map(|t| (similarity(word, t), t.as_str()))
        .filter(|(sim, _)| *sim > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(names: &[&str], parts: &[&str]) -> Doc {
        Doc {
            names: names.iter().map(|s| s.to_string()).collect(),
            parts: parts.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_query_counts_each_word_once_and_at_most_the_limit() {
        assert_eq!(meaningful_words("python PYTHON the python"), ["python"]);
        let long: Vec<String> = (0..1000).map(|i| format!("word{i}")).collect();
        let wanted = meaningful_words(&long.join(" "));
        assert_eq!(wanted, long[..MAX_QUERY_WORDS]);
        // A repeated word does not raise a score: "python python" ranks as "python" does.
        let index = Index::new(vec![doc(&["Python language"], &["python and r"]), doc(&["R"], &["python"])]);
        assert_eq!(index.rank("python python"), index.rank("python"));
    }

    fn order(index: &Index, query: &str) -> Vec<usize> {
        index.rank(query).iter().map(|ranked| ranked.doc).collect()
    }

    #[test]
    fn a_name_outranks_body_text() {
        let index = Index::new(vec![doc(&["Skills"], &["statistics matter"]), doc(&["Statistics"], &[])]);
        assert_eq!(order(&index, "statistics"), [1, 0]);
    }

    #[test]
    fn an_exact_title_beats_a_fuzzy_match_with_more_words() {
        let index = Index::new(vec![
            doc(&["Data scientists everywhere", "data", "scientist"], &["data scientist data"]),
            doc(&["Data Scientist"], &[]),
        ]);
        let ranked = index.rank("data scientist");
        assert!(ranked[0].exact && ranked[0].doc == 1, "{ranked:?}");
    }

    #[test]
    fn rare_words_count_for_more() {
        let index = Index::new(vec![
            doc(&["A"], &["machine learning fraud"]),
            doc(&["B"], &["machine learning"]),
            doc(&["C"], &["machine learning"]),
        ]);
        let ranked = index.rank("machine fraud");
        assert_eq!(ranked[0].doc, 0);
        assert!(ranked[0].score > 2.0 * ranked[1].score, "{ranked:?}");
    }

    #[test]
    fn ties_keep_document_order_on_every_run() {
        let docs: Vec<Doc> = (0..20).map(|i| doc(&[&format!("Item {i}")], &["same words here"])).collect();
        let index = Index::new(docs.clone());
        let first = order(&index, "words");
        assert_eq!(first, (0..20).collect::<Vec<_>>());
        for _ in 0..5 {
            assert_eq!(order(&Index::new(docs.clone()), "words"), first);
        }
    }

    #[test]
    fn matching_parts_are_reported() {
        let index = Index::new(vec![doc(&["Section"], &["one about cats", "one about dogs", "cats again"])]);
        assert_eq!(index.rank("cats")[0].parts, [0, 2]);
        assert_eq!(index.rank("section")[0].parts, Vec::<usize>::new());
    }

    #[test]
    fn typos_match_and_nothing_matches_nothing() {
        let index = Index::new(vec![doc(&["Statistics"], &[])]);
        assert_eq!(order(&index, "statstics"), [0]);
        assert!(index.rank("plumbing").is_empty());
        assert!(index.rank("the and of").is_empty(), "stopwords alone match nothing");
    }

    #[test]
    fn suggestions_replace_each_word_with_its_closest() {
        let index = Index::new(vec![doc(&["Python programming"], &["deployment"])]);
        assert_eq!(index.suggest("pythn programing"), Some("python programming".into()));
        assert_eq!(index.suggest("python"), None, "nothing to correct");
        assert_eq!(index.suggest("visa sponsorship"), None);
    }
}
