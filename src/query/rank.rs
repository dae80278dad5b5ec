//! Ranking texts against a query: the one scoring that `search` and `faq` share.
//!
//! A document has names (a title, skill names, the uses of an industry) and parts of body text
//! (an answer, a section's paragraphs). Each query word scores its best match in a document:
//! similarity (exact, word form, typo) times the field's weight times the rarity of the matched
//! word across all documents, so "fraud" counts for more than "machine".

use std::borrow::Cow;
use std::collections::HashMap;

use strsim::jaro_winkler;

use super::words::{is_stopword, normalize, normalizes_to, query_words, similarity};

/// A word in a name counts this much more than the same word in body text.
const NAME_WEIGHT: f64 = 2.0;

/// Below this, a vocabulary word is too far from a query word to suggest.
const SUGGEST_THRESHOLD: f64 = 0.88;

/// What is ranked: names and body parts, as plain text, borrowed from the dataset where it can be.
#[derive(Debug, Clone, Default)]
pub struct Doc<'a> {
    pub names: Vec<Cow<'a, str>>,
    pub parts: Vec<Cow<'a, str>>,
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

/// The documents to rank. Nothing is split into words ahead of time: a query reads each document
/// once, so the index costs no memory beyond the documents, and a run that asks one question does
/// no work for questions it does not ask (a word index cost more to build than the query it served).
pub struct Index<'a> {
    docs: Vec<Doc<'a>>,
}

/// Where a query word matched a document, and how well: the best text word in its names, or in
/// one of its parts.
#[derive(Clone, Copy)]
struct Best {
    similarity: f64,
    /// The text word, by the id this query gave it.
    word: usize,
}

/// A document with a match, before rarity can be known: per query word, its best match in the
/// names, then in each part (`best[slot * words + word]`, slot 0 the names, slot 1 + p part p).
struct Candidate {
    doc: usize,
    exact: bool,
    best: Vec<Option<Best>>,
}

/// One reading of every document for one query: the text words that resemble a query word, each
/// with an id and the number of documents that hold it, and buffers reused for every document.
struct Pass<'q> {
    wanted: &'q [String],
    ids: HashMap<String, usize>,
    /// Per word id, how many documents hold it.
    holding: Vec<usize>,
    /// The token being read, lowercased.
    word: String,
    /// The word ids the current document holds.
    in_doc: Vec<usize>,
    /// The current document's best matches (see [`Candidate::best`]).
    best: Vec<Option<Best>>,
}

impl<'q> Pass<'q> {
    fn new(wanted: &'q [String]) -> Self {
        Pass {
            wanted,
            ids: HashMap::new(),
            holding: Vec::new(),
            word: String::new(),
            in_doc: Vec::new(),
            best: Vec::new(),
        }
    }

    /// Reads one document: a candidate when some word matches or its title is the whole query.
    fn read(&mut self, doc_index: usize, doc: &Doc, whole: &str) -> Option<Candidate> {
        let n = self.wanted.len();
        self.in_doc.clear();
        self.best.clear();
        self.best.resize((1 + doc.parts.len()) * n, None);
        for name in &doc.names {
            self.scan(name, 0);
        }
        for (p, part) in doc.parts.iter().enumerate() {
            self.scan(part, 1 + p);
        }
        for &id in &self.in_doc {
            self.holding[id] += 1;
        }
        let exact = !whole.is_empty() && doc.names.first().is_some_and(|title| normalizes_to(title, whole));
        (!self.in_doc.is_empty() || exact).then(|| Candidate {
            doc: doc_index,
            exact,
            best: self.best.clone(),
        })
    }

    /// Matches every word of `text` against the query words, keeping the best per query word in
    /// `slot` (0 the names, 1 + p part p).
    fn scan(&mut self, text: &str, slot: usize) {
        let n = self.wanted.len();
        for token in text.split(|c: char| !c.is_alphanumeric()).filter(|token| !token.is_empty()) {
            lowercase_into(token, &mut self.word);
            if is_stopword(&self.word) {
                continue;
            }
            let mut id = None;
            for (w, query_word) in self.wanted.iter().enumerate() {
                let similarity = similarity(query_word, &self.word);
                if similarity == 0.0 {
                    continue;
                }
                let id = *id.get_or_insert_with(|| self.word_id());
                if !self.in_doc.contains(&id) {
                    self.in_doc.push(id);
                }
                // `>=`: of equally similar words the last counts.
                let best = &mut self.best[slot * n + w];
                if best.is_none_or(|b| similarity >= b.similarity) {
                    *best = Some(Best { similarity, word: id });
                }
            }
        }
    }

    /// The id of the word being read, given one the first time it is seen.
    fn word_id(&mut self) -> usize {
        if let Some(&id) = self.ids.get(self.word.as_str()) {
            return id;
        }
        self.ids.insert(self.word.clone(), self.holding.len());
        self.holding.push(0);
        self.holding.len() - 1
    }
}

impl Candidate {
    /// The score of a candidate over `n` query words; `None` when nothing counts for it.
    fn score(self, n: usize, rarity: impl Fn(usize) -> f64) -> Option<Ranked> {
        let (names, parts) = self.best.split_at(n);
        let parts: Vec<&[Option<Best>]> = parts.chunks(n.max(1)).collect();
        let mut score = 0.0;
        for w in 0..n {
            let in_names = names[w].map_or(0.0, |b| b.similarity * NAME_WEIGHT * rarity(b.word));
            let in_parts = parts.iter().filter_map(|part| part[w]).map(|b| b.similarity * rarity(b.word));
            score += in_parts.fold(in_names, f64::max);
        }
        let matching = parts.iter().enumerate().filter(|(_, part)| part.iter().any(Option::is_some));
        let parts: Vec<usize> = matching.map(|(p, _)| p).collect();
        (score > 0.0 || self.exact).then_some(Ranked { doc: self.doc, score, exact: self.exact, parts })
    }
}

impl<'a> Index<'a> {
    pub fn new(docs: Vec<Doc<'a>>) -> Self {
        Index { docs }
    }

    /// The documents matching `query`, best first: an exact title first, then by score; ties keep
    /// document order, so the ranking is the same on every run.
    ///
    /// A query word scores its most similar word in a document's names (twice) or in its best
    /// part, times the rarity of that text word (inverse document frequency). Rarity needs every
    /// document read first, so ranking is two steps: find the candidates, then score them.
    pub fn rank(&self, query: &str) -> Vec<Ranked> {
        let wanted = meaningful_words(query);
        let whole = normalize(query);
        let mut pass = Pass::new(&wanted);
        let candidates: Vec<Candidate> =
            self.docs.iter().enumerate().filter_map(|(i, doc)| pass.read(i, doc, &whole)).collect();
        let total = self.docs.len() as f64;
        let rarity = |id: usize| (1.0 + total / pass.holding[id].max(1) as f64).ln();
        let mut ranked: Vec<Ranked> =
            candidates.into_iter().filter_map(|candidate| candidate.score(wanted.len(), rarity)).collect();
        // A stable sort: equal hits stay in document order.
        ranked.sort_by(|a, b| b.exact.cmp(&a.exact).then(b.score.total_cmp(&a.score)));
        ranked
    }

    /// A query made of the documents' closest words, when every meaningful word has one:
    /// `"pyton"` -> `"python"`. `None` when some word is nothing like any word here.
    pub fn suggest(&self, query: &str) -> Option<String> {
        let wanted = meaningful_words(query);
        if wanted.is_empty() {
            return None;
        }
        let mut closest: Vec<Option<(f64, String)>> = vec![None; wanted.len()];
        let lengths: Vec<usize> = wanted.iter().map(|word| word.chars().count()).collect();
        let mut word = String::new();
        let texts = self.docs.iter().flat_map(|doc| doc.names.iter().chain(&doc.parts));
        for token in texts.flat_map(|text| text.split(|c: char| !c.is_alphanumeric())) {
            lowercase_into(token, &mut word);
            if word.len() <= 2 || is_stopword(&word) {
                continue;
            }
            let length = word.chars().count();
            for ((query_word, &query_length), best) in wanted.iter().zip(&lengths).zip(&mut closest) {
                // Jaro-Winkler reaches the threshold only for words of lengths within 0.4 of each
                // other (Jaro >= 0.8 is needed, and Jaro <= (shorter / longer + 2) / 3).
                if 5 * length.min(query_length) < 2 * length.max(query_length) {
                    continue;
                }
                let similar = jaro_winkler(query_word, &word);
                // Highest similarity; on a tie the alphabetically first, so runs agree.
                let better = match best {
                    None => true,
                    Some((score, known)) => similar > *score || (similar == *score && word < *known),
                };
                if similar >= SUGGEST_THRESHOLD && better {
                    *best = Some((similar, word.clone()));
                }
            }
        }
        let closest: Option<Vec<String>> =
            closest.into_iter().map(|best| best.map(|(_, word)| word)).collect();
        let suggestion = closest?.join(" ");
        (suggestion != wanted.join(" ")).then_some(suggestion)
    }
}

/// `token` in lowercase, written over `into` (one buffer for every word, not one String each).
fn lowercase_into(token: &str, into: &mut String) {
    into.clear();
    if token.is_ascii() {
        into.push_str(token);
        into.make_ascii_lowercase();
    } else {
        into.extend(token.chars().flat_map(char::to_lowercase));
    }
}

/// A query counts this many distinct words and ignores the rest: every word is compared with
/// every word of every document, so the work grows with the words asked; a megabyte of them kept
/// a search busy for long enough to look hung.
pub const MAX_QUERY_WORDS: usize = 32;

/// A query word longer than this matches nothing: no word of English is, and comparing a word of
/// thousands of characters with every word of the data is slow for nothing.
const MAX_WORD_CHARS: usize = 64;

/// The words of `query` that say something: shorthand expanded, stopwords and overlong words
/// dropped, each word once, at most [`MAX_QUERY_WORDS`].
fn meaningful_words(query: &str) -> Vec<String> {
    let mut wanted: Vec<String> = Vec::new();
    for word in query_words(query) {
        if wanted.len() == MAX_QUERY_WORDS {
            break;
        }
        let overlong = word.chars().nth(MAX_WORD_CHARS).is_some();
        if !overlong && !is_stopword(&word) && !wanted.contains(&word) {
            wanted.push(word);
        }
    }
    wanted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(names: &[&str], parts: &[&str]) -> Doc<'static> {
        Doc {
            names: names.iter().map(|s| Cow::Owned(s.to_string())).collect(),
            parts: parts.iter().map(|s| Cow::Owned(s.to_string())).collect(),
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
    fn overlong_query_words_match_nothing_quickly() {
        let index = Index::new(vec![doc(&["Statistics"], &["a".repeat(70).as_str()])]);
        let long = "a".repeat(131_071);
        assert!(index.rank(&long).is_empty());
        assert_eq!(index.suggest(&long), None);
        assert_eq!(meaningful_words(&format!("{} python", "x".repeat(65))), ["python"]);
    }

    #[test]
    fn suggestions_replace_each_word_with_its_closest() {
        let index = Index::new(vec![doc(&["Python programming"], &["deployment"])]);
        assert_eq!(index.suggest("pythn programing"), Some("python programming".into()));
        assert_eq!(index.suggest("python"), None, "nothing to correct");
        assert_eq!(index.suggest("visa sponsorship"), None);
    }
}
