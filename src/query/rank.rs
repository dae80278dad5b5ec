//! Ranking texts against a query: the one scoring that `search` and `faq` share.
//!
//! A document has names (a title, skill names, the uses of an industry) and parts of body text
//! (an answer, a section's paragraphs). Each query word scores its best match in a document:
//! similarity (exact, word form, typo) times the field's weight times the rarity of the matched
//! word across all documents, so "fraud" counts for more than "machine".

use std::collections::HashMap;

use strsim::jaro_winkler;

pub use super::terms::Doc;
use super::terms::{Terms, each_word};
use super::words::{is_stopword, letters, normalize, normalizes_to, query_words, similarity_by_letters};

/// A word in a name counts this much more than the same word in body text.
const NAME_WEIGHT: f64 = 2.0;

/// Below this, a vocabulary word is too far from a query word to suggest.
const SUGGEST_THRESHOLD: f64 = 0.88;

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

/// The documents to rank. Terms built ahead of time (each distinct word once, with where it
/// stands) let a query compare its words with each distinct word once, then walk the postings of
/// those that match: the embedded data's are baked into the binary, and `explore`, which ranks at
/// every keystroke, builds a data file's once.
///
/// A run that asks one question of a data file reads its documents once instead ([`Found::in_docs`],
/// the same ranking): building terms to use them once was most of `search`'s time over 100,000
/// roles (built whole they also took about as much memory again as the file). A suggestion, asked
/// only when nothing matched, reads the documents a piece at a time ([`PIECE`] documents), each
/// piece's terms built, compared and dropped.
pub struct Index<'a> {
    source: Source<'a>,
    piece: usize,
}

enum Source<'a> {
    Baked(&'a Terms<'static>),
    /// Built once and kept, for a session that ranks many queries (`explore`).
    Built(Box<Terms<'static>>),
    Docs(Docs<'a>),
}

/// Hands each document to the visitor, in order.
/// Shared between threads (`explore` asks for suggestions on a thread of its own).
type Docs<'a> = Box<dyn Fn(&mut dyn FnMut(Doc<'a>)) + Send + Sync + 'a>;

/// How many documents of a data file are read into terms at once: enough that a piece's words
/// are shared by many documents, few enough that its terms take little memory.
const PIECE: usize = 4096;

/// A query word's match in one slot of a document (0 its names, 1 + p part p): how similar the
/// text word is and where it last stands in the slot.
#[derive(Clone, Copy)]
struct Match {
    doc: u32,
    slot: u32,
    /// The query word, by its place in the query.
    word: u32,
    /// The text word, by the id this query gave it (for its rarity).
    text_word: u32,
    last: u32,
    similarity: f64,
}

impl<'a> Index<'a> {
    pub fn new(docs: Vec<Doc<'a>>) -> Self {
        Index::from_docs(move |visit| docs.iter().for_each(|doc| visit(doc.clone())))
    }

    /// An index of the documents `docs` hands to its visitor, in order, read when a query asks.
    pub fn from_docs(docs: impl Fn(&mut dyn FnMut(Doc<'a>)) + Send + Sync + 'a) -> Self {
        Index { source: Source::Docs(Box::new(docs)), piece: PIECE }
    }

    /// An index of terms built ahead of time (`build.rs` bakes the embedded data's).
    pub fn baked(terms: &'a Terms<'static>) -> Self {
        Index { source: Source::Baked(terms), piece: PIECE }
    }

    /// An index of the documents `docs` hands to its visitor, their terms built now, whole, and
    /// kept: more memory than [`Index::from_docs`], but each query reads them without building.
    pub fn built(docs: impl Fn(&mut dyn FnMut(Doc<'a>))) -> Self {
        let terms = Terms::build(|read| docs(&mut |doc| read(&doc)));
        Index { source: Source::Built(Box::new(terms)), piece: PIECE }
    }

    /// Calls `visit` with the terms of each piece of the documents.
    fn each_piece(&self, mut visit: impl FnMut(&Terms)) {
        let docs = match &self.source {
            Source::Baked(terms) => return visit(terms),
            Source::Built(terms) => return visit(terms),
            Source::Docs(docs) => docs,
        };
        let mut piece: Vec<Doc> = Vec::new();
        let mut flush = |piece: &mut Vec<Doc>| {
            visit(&Terms::build(|read| piece.iter().for_each(read)));
            piece.clear();
        };
        docs(&mut |doc| {
            piece.push(doc);
            if piece.len() == self.piece {
                flush(&mut piece);
            }
        });
        if !piece.is_empty() {
            flush(&mut piece);
        }
    }

    /// The documents matching `query`, best first: an exact title first, then by score; ties keep
    /// document order, so the ranking is the same on every run.
    ///
    /// A query word scores its most similar word in a document's names (twice) or in its best
    /// part, times the rarity of that text word (inverse document frequency).
    pub fn rank(&self, query: &str) -> Vec<Ranked> {
        self.rank_with(query, true)
    }

    /// [`Index::rank`], without the matching parts when `parts` is false (each hit's parts are
    /// a list of its own: over 100,000 documents, allocating them was a tenth of the time).
    pub fn rank_with(&self, query: &str, parts: bool) -> Vec<Ranked> {
        let wanted = meaningful_words(query);
        let whole = normalize(query);
        let found = match &self.source {
            Source::Baked(terms) => Found::in_terms(terms, &wanted, &whole),
            Source::Built(terms) => Found::in_terms(terms, &wanted, &whole),
            Source::Docs(docs) => Found::in_docs(docs, &wanted, &whole),
        };
        let rarity: Vec<f64> = found
            .holding
            .iter()
            .map(|&holding| (1.0 + found.docs as f64 / holding.max(1) as f64).ln())
            .collect();
        let exact_docs = found.exact_docs;
        let mut ranked: Vec<Ranked> = found
            .best
            .chunk_by(|a, b| a.doc == b.doc)
            .filter_map(|best| {
                let exact = exact_docs.binary_search(&(best[0].doc as usize)).is_ok();
                score(best, wanted.len(), exact, &rarity, parts)
            })
            .collect();
        // A title that is the whole query ranks even when none of its words counts (stopwords).
        let unmatched: Vec<usize> = exact_docs
            .into_iter()
            .filter(|doc| ranked.binary_search_by_key(doc, |ranked| ranked.doc).is_err())
            .collect();
        if !unmatched.is_empty() {
            ranked.extend(unmatched.into_iter().map(|doc| Ranked {
                doc,
                score: 0.0,
                exact: true,
                parts: vec![],
            }));
            ranked.sort_by_key(|ranked| ranked.doc);
        }
        // Equal hits in document order, so that the ranking is the same on every run. Sorted by
        // their keys, which are small and compare as integers (a score is never negative, so its
        // bits order as it does), then put in that order: faster than moving hits while sorting.
        ranked.sort_by_cached_key(|hit| (!hit.exact, std::cmp::Reverse(hit.score.to_bits()), hit.doc));
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
        // The terms hold every word of the documents but stopwords, each once per piece: the
        // closest is the one comparing every occurrence would find.
        self.each_piece(|terms| {
            for word in terms.words.iter().filter(|word| word.len() > 2) {
                let length = word.chars().count();
                for ((query_word, &query_length), best) in wanted.iter().zip(&lengths).zip(&mut closest) {
                    // Jaro-Winkler reaches the threshold only for words of lengths within 0.4 of
                    // each other (Jaro >= 0.8 is needed, and Jaro <= (shorter / longer + 2) / 3).
                    if 5 * length.min(query_length) < 2 * length.max(query_length) {
                        continue;
                    }
                    let similar = jaro_winkler(query_word, word);
                    // Highest similarity; on a tie the alphabetically first, so runs agree.
                    let better = match best {
                        None => true,
                        Some((score, known)) => {
                            similar > *score || (similar == *score && word < known.as_str())
                        }
                    };
                    if similar >= SUGGEST_THRESHOLD && better {
                        *best = Some((similar, word.to_owned()));
                    }
                }
            }
        });
        let closest: Option<Vec<String>> =
            closest.into_iter().map(|best| best.map(|(_, word)| word)).collect();
        let suggestion = closest?.join(" ");
        (suggestion != wanted.join(" ")).then_some(suggestion)
    }

    #[cfg(test)]
    fn in_pieces_of(self, piece: usize) -> Self {
        Index { piece, ..self }
    }
}

/// What a query found, before it is scored: per document, slot and query word, its best match;
/// how many documents hold each text word matched (for its rarity); how many documents there
/// are; and the documents whose title is the whole query.
struct Found {
    /// In document order, each document's by slot, then query word. The best match is the most
    /// similar text word of the slot, and of equally similar words the last in it.
    best: Vec<Match>,
    holding: Vec<usize>,
    docs: usize,
    exact_docs: Vec<usize>,
}

impl Found {
    /// From terms built ahead of time: each distinct word compared once, then the postings of
    /// those that match walked.
    fn in_terms(terms: &Terms, wanted: &[String], whole: &str) -> Found {
        let mut holding: Vec<usize> = Vec::new();
        let mut matches: Vec<Match> = Vec::new();
        let wanted_letters: Vec<u64> = wanted.iter().map(|word| letters(word)).collect();
        for ((i, text_word), &text_letters) in terms.words.iter().enumerate().zip(terms.letters.iter()) {
            // The words of terms are distinct: each one that matches gets the next id.
            let mut id = None;
            for (word, (query_word, &query_letters)) in wanted.iter().zip(&wanted_letters).enumerate() {
                let similarity = similarity_by_letters(query_word, query_letters, text_word, text_letters);
                if similarity == 0.0 {
                    continue;
                }
                let postings = terms.postings(i);
                let text_word = *id.get_or_insert_with(|| {
                    // Postings are in document order: a new document starts where the last differs.
                    holding.push(1 + postings.windows(2).filter(|pair| pair[0].doc != pair[1].doc).count());
                    index(holding.len() - 1)
                });
                matches.extend(postings.iter().map(|posting| Match {
                    doc: posting.doc,
                    slot: posting.slot,
                    word: index(word),
                    text_word,
                    last: posting.last,
                    similarity,
                }));
            }
        }
        let docs = terms.docs();
        let mut best = by_document(&matches, docs);
        best.dedup_by_key(|found| (found.doc, found.slot, found.word));
        let exact_docs = if whole.is_empty() {
            Vec::new()
        } else {
            terms.titles.iter().enumerate().filter(|(_, title)| *title == whole).map(|(doc, _)| doc).collect()
        };
        Found { best, holding, docs, exact_docs }
    }

    /// Straight from the documents, in one reading: each word of each document compared with the
    /// query's as it comes (most are turned away by their letters at a glance), its best match
    /// per slot kept. What [`Found::in_terms`] finds in terms built from the same documents; a
    /// run that asks one question of a data file does not build them (that was most of its time).
    fn in_docs(docs: &Docs, wanted: &[String], whole: &str) -> Found {
        let wanted_letters: Vec<u64> = wanted.iter().map(|word| letters(word)).collect();
        // The text words that match some query word, each with an id, how many documents hold
        // it, and the last document counted (plus one, so that 0 is none).
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut holding: Vec<usize> = Vec::new();
        let mut counted_in: Vec<u32> = Vec::new();
        let mut best: Vec<Match> = Vec::new();
        let mut exact_docs: Vec<usize> = Vec::new();
        let mut docs_read: u32 = 0;
        let mut word = String::new();
        // The best matches of the document being read, by slot as they come.
        let mut in_doc: Vec<Match> = Vec::new();
        docs(&mut |doc| {
            let d = docs_read;
            docs_read = index(docs_read as usize + 1);
            if !whole.is_empty() && doc.names.first().is_some_and(|title| normalizes_to(title, whole)) {
                exact_docs.push(d as usize);
            }
            if wanted.is_empty() {
                return;
            }
            in_doc.clear();
            each_word(&doc, &mut word, |slot, place, text_word| {
                let text_letters = letters(text_word);
                let mut id = None;
                for (q, (query_word, &query_letters)) in wanted.iter().zip(&wanted_letters).enumerate() {
                    let similarity =
                        similarity_by_letters(query_word, query_letters, text_word, text_letters);
                    if similarity == 0.0 {
                        continue;
                    }
                    let text_id = *id.get_or_insert_with(|| {
                        let id = if let Some(&id) = ids.get(text_word) {
                            id
                        } else {
                            // A word seen for the first time: most words of the data are never
                            // looked up, only those that match.
                            let id = index(holding.len());
                            ids.insert(text_word.to_owned(), id);
                            holding.push(0);
                            counted_in.push(0);
                            id
                        };
                        if counted_in[id as usize] != d + 1 {
                            counted_in[id as usize] = d + 1;
                            holding[id as usize] += 1;
                        }
                        id
                    });
                    let q = index(q);
                    // Slots come in order, so the current slot's matches are the last few (one
                    // per query word at most): a document of many parts is not searched whole.
                    let current = in_doc.iter_mut().rev().take_while(|found| found.slot == slot);
                    match current.into_iter().find(|found| found.word == q) {
                        // Words come in order too: an equally similar one is the later, and wins.
                        Some(found) if similarity >= found.similarity => {
                            *found = Match { text_word: text_id, last: place, similarity, ..*found };
                        }
                        Some(_) => {}
                        None => in_doc.push(Match {
                            doc: d,
                            slot,
                            word: q,
                            text_word: text_id,
                            last: place,
                            similarity,
                        }),
                    }
                }
            });
            in_doc.sort_unstable_by_key(|found| (found.slot, found.word));
            best.extend_from_slice(&in_doc);
        });
        Found { best, holding, docs: docs_read as usize, exact_docs }
    }
}

/// A count as a document number: a data file of at most 64 MiB has far fewer than 2^32 of any.
fn index(n: usize) -> u32 {
    u32::try_from(n).expect("a data file of at most 64 MiB has fewer than 2^32 documents")
}

/// `matches` in document order, each document's sorted by slot and query word, the most similar
/// first, of equally similar the last in the slot. Documents are numbered `0..docs`, so they are
/// put in order by counting (a common word of 100,000 documents has hundreds of thousands of
/// matches, and sorting them all by comparison was most of a query's time); then each document's
/// few matches are sorted.
fn by_document(matches: &[Match], docs: usize) -> Vec<Match> {
    let Some(&first) = matches.first() else { return Vec::new() };
    let mut starts = vec![0usize; docs + 1];
    for found in matches {
        starts[found.doc as usize + 1] += 1;
    }
    for doc in 0..docs {
        starts[doc + 1] += starts[doc];
    }
    let mut next = starts.clone();
    let mut sorted = vec![first; matches.len()];
    for found in matches {
        let place = &mut next[found.doc as usize];
        sorted[*place] = *found;
        *place += 1;
    }
    for doc in 0..docs {
        if starts[doc + 1] - starts[doc] > 1 {
            sorted[starts[doc]..starts[doc + 1]].sort_unstable_by(|a, b| {
                (a.slot, a.word)
                    .cmp(&(b.slot, b.word))
                    .then(b.similarity.total_cmp(&a.similarity))
                    .then(b.last.cmp(&a.last))
            });
        }
    }
    sorted
}

/// The score of one document over `n` query words, from its best matches (sorted by slot, then
/// query word) and the rarity of each text word; `None` when nothing counts for it.
fn score(best: &[Match], n: usize, exact: bool, rarity: &[f64], with_parts: bool) -> Option<Ranked> {
    let mut score = 0.0;
    for word in 0..n {
        // Its best in the names (twice) or in any one part; every value is above zero.
        let in_best = best.iter().filter(|found| found.word as usize == word).map(|found| {
            let rarity = rarity[found.text_word as usize];
            match found.slot {
                0 => found.similarity * NAME_WEIGHT * rarity,
                _ => found.similarity * rarity,
            }
        });
        score += in_best.fold(0.0, f64::max);
    }
    let mut parts: Vec<usize> = if with_parts {
        best.iter().filter(|found| found.slot > 0).map(|found| found.slot as usize - 1).collect()
    } else {
        Vec::new()
    };
    parts.dedup();
    (score > 0.0 || exact).then(|| Ranked { doc: best[0].doc as usize, score, exact, parts })
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
    use std::borrow::Cow;

    use proptest::strategy::Strategy as _;

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
    fn pieces_rank_as_the_whole() {
        let docs: Vec<Doc> = (0..10)
            .map(|i| {
                doc(&[&format!("Item {i}"), "statistics"], &["machine learning", &format!("fraud {}", i % 3)])
            })
            .chain([doc(&["Statistics"], &[]), doc(&["The"], &["the end"])])
            .collect();
        let whole = Index::new(docs.clone());
        for piece in [1, 3, 5] {
            let pieces = Index::new(docs.clone()).in_pieces_of(piece);
            for query in ["statistics", "machine fraud", "fraud 2", "the", "statstics", "item 4"] {
                assert_eq!(pieces.rank(query), whole.rank(query), "{query} in pieces of {piece}");
                assert_eq!(pieces.suggest(query), whole.suggest(query), "{query} in pieces of {piece}");
            }
        }
        assert!(whole.rank("the")[0].exact, "a title of stopwords is still the whole query");
    }

    /// Reading the documents (a data file, one query) ranks exactly as terms built from them
    /// (`explore`, and the embedded data's baked terms) do: the same hits, scores to the bit,
    /// parts and order.
    fn ranks_agree(docs: &[Doc<'static>], queries: &[&str]) {
        let read = Index::new(docs.to_vec());
        let built = Index::built(|visit| docs.iter().for_each(|doc| visit(doc.clone())));
        assert!(matches!(read.source, Source::Docs(_)) && matches!(built.source, Source::Built(_)));
        for query in queries {
            for parts in [true, false] {
                assert_eq!(read.rank_with(query, parts), built.rank_with(query, parts), "{query:?}");
            }
        }
    }

    #[test]
    fn reading_the_documents_ranks_as_their_terms_do() {
        let docs = vec![
            doc(&["Data Scientist", "data-scientist"], &["Data and more data", "the Scientist", "data"]),
            doc(&["Statistics"], &["statistic statistics statstics", "stats"]),
            doc(&["The"], &["the end"]),
            doc(&[], &["python python pythons", "Python"]),
            doc(&["Python developer", "pyhton"], &[]),
            doc(&["Ünïcode ÜNÏCODE"], &["naïve café", "ｎｌｐ"]),
            // `stats` and `state` are equally like `stat`; the later counts, with its rarity.
            doc(&["Rare"], &["stats state"]),
            doc(&["Common"], &["state"]),
            doc(&["Commoner"], &["state"]),
            Doc::default(),
        ];
        let queries = [
            "data scientist",
            "data",
            "statistics",
            "statstics",
            "the",
            "python",
            "pythn developer",
            "ünïcode",
            "naive",
            "ｎｌｐ",
            "",
            "and of",
            "Data Scientist",
            "scientists data data",
            "stat",
        ];
        ranks_agree(&docs, &queries);
    }

    /// Words that match each other in every way ranking knows: the same, a word form, a stem, a
    /// typo, a stopword, and two equally similar words in one slot (`stats`, `state` for `stat`).
    const WORDS: &[&str] = &[
        "data",
        "datum",
        "dat",
        "stat",
        "stats",
        "state",
        "statistics",
        "statstics",
        "the",
        "and",
        "python",
        "pythons",
        "pyhton",
        "hire",
        "hiring",
        "hired",
        "ünïcode",
        "ÜNÏCODE",
        "ｎｌｐ",
        "nlp",
        "-",
        ".",
    ];

    fn text_of(
        words: impl proptest::strategy::Strategy<Value = usize>,
    ) -> impl proptest::strategy::Strategy<Value = String> {
        proptest::collection::vec(words, 0..6)
            .prop_map(|picked| picked.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" "))
    }

    proptest::proptest! {
        #[test]
        fn reading_the_documents_ranks_as_their_terms_do_for_any(
            texts in proptest::collection::vec(
                (
                    proptest::collection::vec(text_of(0..WORDS.len()), 0..3),
                    proptest::collection::vec(text_of(0..WORDS.len()), 0..4),
                ),
                0..8,
            ),
            queries in proptest::collection::vec(text_of(0..WORDS.len()), 1..4),
        ) {
            let docs: Vec<Doc> = texts
                .iter()
                .map(|(names, parts)| {
                    let names: Vec<&str> = names.iter().map(String::as_str).collect();
                    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
                    doc(&names, &parts)
                })
                .collect();
            let queries: Vec<&str> = queries.iter().map(String::as_str).collect();
            ranks_agree(&docs, &queries);
        }
    }

    #[test]
    fn suggestions_replace_each_word_with_its_closest() {
        let index = Index::new(vec![doc(&["Python programming"], &["deployment"])]);
        assert_eq!(index.suggest("pythn programing"), Some("python programming".into()));
        assert_eq!(index.suggest("python"), None, "nothing to correct");
        assert_eq!(index.suggest("visa sponsorship"), None);
    }
}
