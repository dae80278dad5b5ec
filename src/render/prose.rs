//! Text for people as spans: plain text, and the spans a line never breaks inside (a command, an
//! amount of money, an address). A command builds its sentences from them, so the wrapper
//! ([`super::wrap`]) keeps a command or an amount whole because it is one, never because its text
//! looks like one. Programs never get prose: they get the records.
//!
//! A sentence is written with `format!` and the marked pieces [`Cmd`], [`Money`] and [`Address`]:
//! each writes its text between two private-use characters that say its kind, and
//! `Prose::from(String)` turns them into spans and takes them out. They never reach a terminal:
//! only a `Prose` is printed, and no other path formats a marked piece (the goldens would show it).

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::escape_text;
use crate::model::UsdRange;

/// A run of text for people (a paragraph, a list item, a note, a table cell), as spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prose {
    text: String,
    /// The spans kept whole, in order, none overlapping: where each is in `text`, and its kind.
    whole: Vec<(Whole, Range<usize>)>,
}

/// A span a line never breaks inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    /// A command a person can type: `mlcareers role nlp-engineer`, and the arrow that points to
    /// it when there is one (`→ mlcareers industries`).
    Command,
    /// An amount or a range of money: `$80,000 – $110,000+`.
    Money,
    /// A web address.
    Address,
}

/// One span of a [`Prose`]: plain text, or text kept whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Whole(Whole, &'a str),
}

impl Prose {
    pub fn new() -> Self {
        Prose::default()
    }

    /// `text` added as plain text: a line may break at any of its spaces.
    #[must_use]
    pub fn text(mut self, text: &str) -> Self {
        self.text.push_str(text);
        self
    }

    fn whole(mut self, kind: Whole, text: &str) -> Self {
        let start = self.text.len();
        self.text.push_str(text);
        self.whole.push((kind, start..self.text.len()));
        self
    }

    /// The text, as it reads.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Where the spans kept whole are in [`Prose::as_str`], in order.
    pub fn whole_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.whole.iter().map(|(_, range)| range.clone())
    }

    /// The spans, in order.
    pub fn spans(&self) -> impl Iterator<Item = Span<'_>> {
        let mut spans = Vec::with_capacity(self.whole.len() * 2 + 1);
        let mut at = 0;
        for (kind, range) in &self.whole {
            if range.start > at {
                spans.push(Span::Text(&self.text[at..range.start]));
            }
            spans.push(Span::Whole(*kind, &self.text[range.clone()]));
            at = range.end;
        }
        if at < self.text.len() || spans.is_empty() {
            spans.push(Span::Text(&self.text[at..]));
        }
        spans.into_iter()
    }

    /// The same text with its control characters escaped ([`escape_text`]), each span where it
    /// was: borrowed when there is none.
    pub fn escaped(&self) -> Cow<'_, Prose> {
        self.map_text(escape_text)
    }

    /// The same spans with each changed by `map`: borrowed when none changes.
    fn map_text(&self, map: impl Fn(&str) -> Cow<'_, str>) -> Cow<'_, Prose> {
        if self.whole.is_empty() {
            return match map(&self.text) {
                Cow::Borrowed(_) => Cow::Borrowed(self),
                Cow::Owned(text) => Cow::Owned(Prose { text, whole: Vec::new() }),
            };
        }
        let mut changed = false;
        let mut out = Prose::new();
        for span in self.spans() {
            let (kind, text) = match span {
                Span::Text(text) => (None, text),
                Span::Whole(kind, text) => (Some(kind), text),
            };
            let mapped = map(text);
            changed |= matches!(mapped, Cow::Owned(_));
            out = match kind {
                None => out.text(&mapped),
                Some(kind) => out.whole(kind, &mapped),
            };
        }
        if changed { Cow::Owned(out) } else { Cow::Borrowed(self) }
    }
}

/// Where a marked piece starts, by kind, and where it ends: private-use characters, which no text
/// of ours holds. (A data file's text that holds one loses it on the screen and keeps the text up
/// to the next end mark on one line: nothing worse.)
const MARKS: [(char, Whole); 3] =
    [('\u{e000}', Whole::Command), ('\u{e001}', Whole::Money), ('\u{e002}', Whole::Address)];
const END: char = '\u{e00f}';
/// The first byte of every mark in UTF-8.
const MARK_FIRST_BYTE: u8 = 0xee;

/// A command a person can type, marked for [`Prose`] inside `format!`.
pub struct Cmd<'a>(pub &'a str);

/// A range of money, marked for [`Prose`] inside `format!`.
pub struct Money<'a>(pub &'a UsdRange);

/// A web address, marked for [`Prose`] inside `format!`.
pub struct Address<'a>(pub &'a str);

impl fmt::Display for Cmd<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{END}", MARKS[0].0, self.0)
    }
}

impl fmt::Display for Money<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{END}", MARKS[1].0, self.0)
    }
}

impl fmt::Display for Address<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{END}", MARKS[2].0, self.0)
    }
}

/// Text, its marked pieces ([`Cmd`], [`Money`], [`Address`]) made spans kept whole.
impl From<String> for Prose {
    fn from(text: String) -> Self {
        if !text.as_bytes().contains(&MARK_FIRST_BYTE) {
            return Prose { text, whole: Vec::new() };
        }
        let mut prose = Prose::new();
        let mut rest = text.as_str();
        while let Some((at, kind)) = rest
            .char_indices()
            .find_map(|(at, c)| MARKS.iter().find(|(mark, _)| *mark == c).map(|(_, kind)| (at, *kind)))
        {
            prose = prose.text(&rest[..at]);
            let piece = &rest[at + 3..];
            let end = piece.find(END).unwrap_or(piece.len());
            prose = prose.whole(kind, &piece[..end]);
            rest = piece.get(end + END.len_utf8()..).unwrap_or("");
        }
        prose.text(rest)
    }
}

impl From<&str> for Prose {
    fn from(text: &str) -> Self {
        Prose::from(text.to_owned())
    }
}

impl fmt::Display for Prose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_back_in_order() {
        let range = UsdRange { min: 80_000, max: 110_000, open_ended: false };
        let prose = Prose::from(format!("Entry: {} ({}).", Money(&range), Cmd("mlcareers salary")));
        assert_eq!(prose.as_str(), "Entry: $80,000 – $110,000 (mlcareers salary).");
        assert_eq!(
            prose.spans().collect::<Vec<_>>(),
            [
                Span::Text("Entry: "),
                Span::Whole(Whole::Money, "$80,000 – $110,000"),
                Span::Text(" ("),
                Span::Whole(Whole::Command, "mlcareers salary"),
                Span::Text(")."),
            ]
        );
    }

    #[test]
    fn marked_pieces_become_spans() {
        let range = UsdRange { min: 80_000, max: 110_000, open_ended: true };
        let prose = Prose::from(format!("Entry: {} a year ({}).", Money(&range), Cmd("mlcareers salary")));
        assert_eq!(prose.as_str(), "Entry: $80,000 – $110,000+ a year (mlcareers salary).");
        assert_eq!(
            prose.spans().collect::<Vec<_>>(),
            [
                Span::Text("Entry: "),
                Span::Whole(Whole::Money, "$80,000 – $110,000+"),
                Span::Text(" a year ("),
                Span::Whole(Whole::Command, "mlcareers salary"),
                Span::Text(")."),
            ]
        );
        assert_eq!(
            Prose::from(format!("{}", Address("https://a.b/c d")))
                .whole_ranges()
                .map(|r| (r.start, r.end))
                .collect::<Vec<_>>(),
            vec![(0, 15)]
        );
    }

    #[test]
    fn mapping_keeps_the_spans_where_they_are() {
        let prose = Prose::from(format!("a\u{7} {} b", Cmd("mlcareers roles")));
        let escaped = prose.map_text(|text| Cow::Owned(text.replace('\u{7}', "\\a")));
        assert_eq!(escaped.as_str(), "a\\a mlcareers roles b");
        assert_eq!(
            escaped.whole_ranges().map(|range| (range.start, range.end)).collect::<Vec<_>>(),
            [(4, 19)]
        );
        let plain = Prose::from("plain");
        assert!(matches!(plain.map_text(|text| Cow::Borrowed(text)), Cow::Borrowed(_)));
    }
}
