//! The words of the ranked documents, each once, with where each one stands: what a query
//! compares its words with, instead of reading every document again.
//!
//! One function builds it from the documents ([`Terms::build`]): `build.rs` bakes the embedded
//! data's into the binary (reading it costs nothing), and a data file's are built when it is
//! searched, a piece of its documents at a time (`rank::Index`). This file is pure (the model and
//! `words` only) so that `build.rs` can include it.

use std::borrow::Cow;
use std::collections::HashMap;

use super::words::{is_stopword, letters, lowercase_into, tokens};

/// What is ranked: names and body parts, as plain text, borrowed from the dataset where it can be.
#[derive(Debug, Clone, Default)]
pub struct Doc<'a> {
    pub names: Vec<Cow<'a, str>>,
    pub parts: Vec<Cow<'a, str>>,
}

/// Where a word stands: in which document, and in which of its slots (0 the names, 1 + p part p).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub slot: u32,
    /// The place of the word's last occurrence in the slot, counted in words: of two words that
    /// match a query word equally well, the later one counts.
    pub last: u32,
}

/// Texts one after the other in one string: text `i` ends at `ends[i]`. One allocation for all
/// of them, not one each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts<'a> {
    pub text: Cow<'a, str>,
    pub ends: Cow<'a, [u32]>,
}

impl Texts<'_> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let text = &self.text[start..end as usize];
            start = end as usize;
            text
        })
    }

    /// Ends the text being written (at the end of `text`).
    fn close(&mut self) {
        let end = index(self.text.len());
        self.ends.to_mut().push(end);
    }
}

/// The distinct words of some documents (lowercase, stopwords left out), sorted, each with its
/// postings; and each document's title, normalized (`words::normalize`), for an exact match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms<'a> {
    pub words: Texts<'a>,
    /// Word `i`'s postings are `postings[starts[i]..starts[i + 1]]`, in document and slot order.
    pub starts: Cow<'a, [u32]>,
    pub postings: Cow<'a, [Posting]>,
    /// Each word's `words::letters`, so that a query turns most words away at a glance.
    pub letters: Cow<'a, [u64]>,
    pub titles: Texts<'a>,
}

/// The embedded data's terms, as `build.rs` bakes them: one for `search` (every entry), one for
/// `faq` (the questions alone, whose rarities differ).
pub struct Baked {
    pub search: Terms<'static>,
    pub faq: Terms<'static>,
}

impl Terms<'_> {
    /// How many documents there are.
    pub fn docs(&self) -> usize {
        self.titles.len()
    }

    /// Where word `i` stands.
    pub fn postings(&self, i: usize) -> &[Posting] {
        &self.postings[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

impl Terms<'static> {
    /// The terms of the documents that `docs` hands to its visitor, in order. It is called twice:
    /// the first reading counts the words, so the second writes each posting once, in place, and
    /// the terms take no more memory than they need.
    pub fn build(docs: impl Fn(&mut dyn FnMut(&Doc))) -> Self {
        // First reading: each word with the number of (document, slot) pairs holding it.
        struct Seen {
            count: u32,
            doc: u32,
            slot: u32,
        }
        let mut seen: HashMap<String, Seen> = HashMap::new();
        let mut titles = Texts::default();
        let mut word = String::new();
        let mut doc_number = 0;
        docs(&mut |doc| {
            let d = index(doc_number);
            doc_number += 1;
            if let Some(title) = doc.names.first() {
                write_normalized(title, titles.text.to_mut(), &mut word);
            }
            titles.close();
            each_word(doc, &mut word, |slot, _, word| match seen.get_mut(word) {
                Some(seen) if (seen.doc, seen.slot) == (d, slot) => {}
                Some(seen) => *seen = Seen { count: seen.count + 1, doc: d, slot },
                None => _ = seen.insert(word.to_owned(), Seen { count: 1, doc: d, slot }),
            });
        });
        let mut counted: Vec<(String, u32)> =
            seen.into_iter().map(|(word, seen)| (word, seen.count)).collect();
        counted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut starts = Vec::with_capacity(counted.len() + 1);
        let mut words = Texts::default();
        let mut total = 0;
        for (word, count) in &counted {
            starts.push(total);
            total += count;
            words.text.to_mut().push_str(word);
            words.close();
        }
        starts.push(total);
        let word_letters: Vec<u64> = counted.iter().map(|(word, _)| letters(word)).collect();
        // Second reading: each posting written in its word's place.
        let ids: HashMap<&str, usize> =
            counted.iter().enumerate().map(|(i, (word, _))| (word.as_str(), i)).collect();
        let mut next: Vec<u32> = starts[..counted.len()].to_vec();
        let mut postings = vec![Posting { doc: 0, slot: 0, last: 0 }; total as usize];
        doc_number = 0;
        docs(&mut |doc| {
            let d = index(doc_number);
            doc_number += 1;
            each_word(doc, &mut word, |slot, place, word| {
                let id = ids[word];
                let at = next[id] as usize;
                match postings[..at].last_mut() {
                    Some(last) if at > starts[id] as usize && (last.doc, last.slot) == (d, slot) => {
                        last.last = place;
                    }
                    _ => {
                        postings[at] = Posting { doc: d, slot, last: place };
                        next[id] += 1;
                    }
                }
            });
        });
        drop(ids);
        Terms {
            words,
            starts: starts.into(),
            postings: postings.into(),
            letters: word_letters.into(),
            titles,
        }
    }
}

/// Every word of `doc` but stopwords, lowercase, with its slot (0 the names, 1 + p part p) and
/// its place among the slot's words.
pub fn each_word(doc: &Doc, word: &mut String, mut visit: impl FnMut(u32, u32, &str)) {
    let names = doc.names.iter().map(|name| (0, name));
    let parts = doc.parts.iter().enumerate().map(|(p, part)| (index(p + 1), part));
    let (mut current, mut place) = (0, 0);
    for (slot, text) in names.chain(parts) {
        if slot != current {
            (current, place) = (slot, 0);
        }
        for token in tokens(text) {
            lowercase_into(token, word);
            if is_stopword(word) {
                continue;
            }
            visit(slot, place, word);
            place += 1;
        }
    }
}

/// Appends `words::normalize(text)` to `into`, without a string per word.
fn write_normalized(text: &str, into: &mut String, word: &mut String) {
    for (i, token) in tokens(text).enumerate() {
        if i > 0 {
            into.push(' ');
        }
        lowercase_into(token, word);
        into.push_str(word);
    }
}

/// A count or an offset as stored: a data file is at most 64 MiB, so every one fits in 32 bits.
fn index(n: usize) -> u32 {
    u32::try_from(n).expect("a data file of at most 64 MiB has fewer than 2^32 of anything")
}

#[cfg(test)]
mod tests {
    use super::super::words::normalize;
    use super::*;

    fn doc(names: &[&str], parts: &[&str]) -> Doc<'static> {
        Doc {
            names: names.iter().map(|s| Cow::Owned((*s).to_owned())).collect(),
            parts: parts.iter().map(|s| Cow::Owned((*s).to_owned())).collect(),
        }
    }

    fn build(docs: &[Doc]) -> Terms<'static> {
        Terms::build(|visit| docs.iter().for_each(visit))
    }

    #[test]
    fn each_word_is_kept_once_with_where_it_stands() {
        let terms = build(&[
            doc(&["Data Scientist", "data-scientist"], &["Data and more data", "the Scientist"]),
            doc(&["Ünïcode"], &[]),
        ]);
        let words: Vec<&str> = terms.words.iter().collect();
        assert_eq!(words, ["data", "more", "scientist", "ünïcode"], "sorted, lowercase, no stopwords");
        let at = |doc, slot, last| Posting { doc, slot, last };
        // "data" is the first and third word of the names, and the first and third of part 0.
        assert_eq!(terms.postings(0), [at(0, 0, 2), at(0, 1, 2)]);
        assert_eq!(terms.postings(2), [at(0, 0, 3), at(0, 2, 0)]);
        assert_eq!(terms.postings(3), [at(1, 0, 0)]);
        let titles: Vec<&str> = terms.titles.iter().collect();
        assert_eq!(titles, [normalize("Data Scientist"), normalize("Ünïcode")]);
        assert_eq!(terms.docs(), 2);
    }

    #[test]
    fn no_documents_have_no_terms() {
        let terms = build(&[]);
        assert!(terms.words.is_empty() && terms.postings.is_empty() && terms.docs() == 0);
        let untitled = build(&[Doc::default()]);
        assert_eq!(untitled.titles.get(0), "");
    }
}
