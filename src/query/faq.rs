//! Finding the FAQ answer a person is asking for, by number or by words.

use super::documents::faq_doc;
use super::lookup::Lookup;
use super::rank::Index;
use super::terms::Baked;
use super::words::{is_stopword, query_words, similarity, words};
use crate::model::Faq;

/// The index of `faqs`: the `baked` terms when they are the embedded dataset's questions, else
/// built from them when a query reads them.
fn index<'a>(faqs: &'a [Faq], baked: Option<&'a Baked>) -> Index<'a> {
    match baked {
        Some(baked) => Index::baked(&baked.faq),
        None => Index::from_docs(move |visit| faqs.iter().for_each(|faq| visit(faq_doc(faq)))),
    }
}

/// Finds the FAQ entry `query` asks for: a number (`3`) picks that entry; words pick the entry
/// whose question (first) and answer (second) share the most telling words with them, as
/// [`Index::rank`] scores them. Ties go to the earlier entry. When nothing matches, the closest
/// question is the one that a spelling suggestion finds. `baked`: the embedded data's terms, when
/// `faqs` are the embedded dataset's.
pub fn find<'a>(query: &str, faqs: &'a [Faq], baked: Option<&Baked>) -> Lookup<&'a Faq> {
    if let Ok(number) = query.trim().parse::<u32>() {
        return match faqs.iter().find(|faq| faq.number == number) {
            Some(faq) => Lookup::Found(faq),
            None => Lookup::NotFound { closest: None },
        };
    }
    let index = index(faqs, baked);
    if let Some(best) = index.rank(query).first() {
        return Lookup::Found(&faqs[best.doc]);
    }
    // Words too far off to match may still be near a word of one question: suggest that one.
    let closest = index.suggest(query).and_then(|suggestion| index.rank(&suggestion).first().cloned());
    Lookup::NotFound { closest: closest.map(|ranked| &faqs[ranked.doc]) }
}

/// How far the best question must score above the next for a question to have a clear answer.
const CLEAR_MARGIN: f64 = 1.5;

/// The FAQ entry that clearly answers `question`: the best match by words, scoring at least
/// [`CLEAR_MARGIN`] times the next, whose own question shares a word with it (a word found only in
/// an answer is a search hit, not the question asked). `None` when no entry matches or two are close.
pub fn clear_winner<'a>(question: &str, faqs: &'a [Faq], baked: Option<&Baked>) -> Option<&'a Faq> {
    let asked: Vec<String> = query_words(question).into_iter().filter(|word| !is_stopword(word)).collect();
    let shares_a_word = |faq: &Faq| {
        let own = words(&faq.question);
        asked.iter().any(|q| own.iter().any(|word| similarity(q, word) >= 0.7))
    };
    let ranked = index(faqs, baked).rank(question);
    match ranked.as_slice() {
        [] => None,
        [best] => Some(&faqs[best.doc]),
        [best, next, ..] => (best.exact || best.score >= CLEAR_MARGIN * next.score).then(|| &faqs[best.doc]),
    }
    .filter(|faq| shares_a_word(faq))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use crate::query::search::EMBEDDED;

    fn number_for(query: &str) -> Option<u32> {
        let data = dataset::embedded().unwrap();
        match find(query, &data.faq, Some(&EMBEDDED)) {
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
        assert_eq!(number_for("do I need a PhD?"), Some(3));
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
    fn far_typos_suggest_the_closest_question() {
        let data = dataset::embedded().unwrap();
        let Lookup::NotFound { closest } = find("dgreee", &data.faq, Some(&EMBEDDED)) else {
            panic!("dgreee matched")
        };
        assert_eq!(closest.map(|faq| faq.number), Some(3));
        assert!(matches!(find("visa", &data.faq, None), Lookup::NotFound { closest: None }));
    }

    #[test]
    fn a_question_has_a_clear_answer_only_when_one_entry_stands_out() {
        let data = dataset::embedded().unwrap();
        let winner = |question| clear_winner(question, &data.faq, Some(&EMBEDDED)).map(|faq| faq.number);
        assert_eq!(winner("do I need a phd"), Some(3));
        assert_eq!(winner("what is the biggest challenge"), Some(4));
        assert_eq!(winner("python"), None);
        assert_eq!(winner("engineer"), None, "only an answer says engineers");
        assert_eq!(winner("machine learning"), None, "every question says machine learning");
    }

    #[test]
    fn unrelated_or_empty_queries_find_nothing() {
        assert_eq!(number_for("visa sponsorship"), None);
        assert_eq!(number_for("what is it"), None);
        assert_eq!(number_for(""), None);
    }
}
