//! Finding the FAQ answer a person is asking for, by number or by words.

use super::lookup::Lookup;
use super::words::{query_words, similarity, words};
use crate::model::Faq;

/// Words that say nothing about which question is meant.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "how", "i", "in", "is",
    "it", "me", "my", "of", "on", "or", "the", "to", "what", "which", "who", "why", "with", "you",
];

/// A word in the question counts this much more than the same word in the answer.
const QUESTION_WEIGHT: f64 = 2.0;

/// Finds the FAQ entry `query` asks for: a number (`3`) picks that entry; words pick the entry whose
/// question (first) and answer (second) share the most telling words with them. Words that occur
/// in fewer entries tell more. Ties go to the earlier entry.
pub fn find<'a>(query: &str, faqs: &'a [Faq]) -> Lookup<&'a Faq> {
    if let Ok(number) = query.trim().parse::<u32>() {
        return match faqs.iter().find(|faq| faq.number == number) {
            Some(faq) => Lookup::Found(faq),
            None => Lookup::NotFound { closest: None },
        };
    }
    let wanted: Vec<String> =
        query_words(query).into_iter().filter(|word| !STOPWORDS.contains(&word.as_str())).collect();
    let entries: Vec<Entry> = faqs.iter().map(Entry::new).collect();
    let mut best: Option<(&Faq, f64)> = None;
    for (faq, entry) in faqs.iter().zip(&entries) {
        let score: f64 = wanted.iter().map(|word| entry.score(word, &entries)).sum();
        if score > 0.0 && best.is_none_or(|(_, top)| score > top) {
            best = Some((faq, score));
        }
    }
    match best {
        Some((faq, _)) => Lookup::Found(faq),
        None => Lookup::NotFound { closest: None },
    }
}

struct Entry {
    question: Vec<String>,
    answer: Vec<String>,
}

impl Entry {
    fn new(faq: &Faq) -> Self {
        Entry { question: words(&faq.question), answer: words(&faq.answer) }
    }

    /// How well `word` points at this entry: its best match in the question or the answer,
    /// weighted by how few entries contain that match.
    fn score(&self, word: &str, all: &[Entry]) -> f64 {
        let in_question =
            best_match(word, &self.question).map(|(sim, text)| sim * QUESTION_WEIGHT * rarity(text, all));
        let in_answer = best_match(word, &self.answer).map(|(sim, text)| sim * rarity(text, all));
        in_question.unwrap_or(0.0).max(in_answer.unwrap_or(0.0))
    }

    fn contains(&self, word: &str) -> bool {
        self.question.iter().chain(&self.answer).any(|w| w == word)
    }
}

fn best_match<'a>(word: &str, text: &'a [String]) -> Option<(f64, &'a str)> {
    text.iter()
        .map(|t| (similarity(word, t), t.as_str()))
        .filter(|(sim, _)| *sim > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

/// Inverse document frequency: a word found in every entry still counts, but least.
fn rarity(word: &str, all: &[Entry]) -> f64 {
    let containing = all.iter().filter(|entry| entry.contains(word)).count().max(1);
    (1.0 + all.len() as f64 / containing as f64).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    fn number_for(query: &str) -> Option<u32> {
        let data = dataset::embedded().unwrap();
        match find(query, &data.faq) {
            Lookup::Found(faq) => Some(faq.number),
            _ => None,
        }
    }

    #[test]
    fn numbers_pick_entries() {
        assert_eq!(number_for("3"), Some(3));
        assert_eq!(number_for(" 1 "), Some(1));
        assert_eq!(number_for("0"), None);
        assert_eq!(number_for("5"), None);
    }

    #[test]
    fn words_find_their_question() {
        assert_eq!(number_for("degree"), Some(3));
        assert_eq!(number_for("do I need a degree?"), Some(3));
        assert_eq!(number_for("biggest challenge"), Some(4));
        assert_eq!(number_for("challenges"), Some(4));
        assert_eq!(number_for("what does a professional do"), Some(2));
        assert_eq!(number_for("what are ML jobs"), Some(1));
    }

    #[test]
    fn typos_and_word_forms_still_find() {
        assert_eq!(number_for("degre"), Some(3));
        assert_eq!(number_for("bigest chalenge"), Some(4));
    }

    #[test]
    fn unrelated_or_empty_queries_find_nothing() {
        assert_eq!(number_for("visa sponsorship"), None);
        assert_eq!(number_for("what is it"), None);
        assert_eq!(number_for(""), None);
    }
}
