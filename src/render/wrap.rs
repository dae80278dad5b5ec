//! Line breaking for people: at spaces only, never inside a span kept whole (a command, an amount
//! of money, an address: [`Prose`]), and a word longer than the line goes whole on a line of its
//! own.
//!
//! The rule is textwrap's `wrap` with first fit, ASCII spaces as the only separator, no
//! hyphenation and no broken words: the goldens were made with it. [`Measured`] applies that rule
//! itself, over words found and measured once, because a table's layout search asks how each cell
//! wraps at many widths, and wrapping the text afresh for every question cost more than the rest
//! of a run. The tests hold it to textwrap's lines.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;

use super::Prose;

/// Joins the words of a span kept whole so that no line breaks between them; a space again once
/// wrapped.
const GLUE: char = '\u{a0}';
/// The glue's last byte in UTF-8, which any text holding it must hold.
const GLUE_LAST_BYTE: u8 = 0xa0;

/// `text` broken into lines of at most `width` columns (the indents included), except where a
/// single word or command is longer than that by itself.
pub fn lines(text: &Prose, width: usize, initial_indent: &str, subsequent_indent: &str) -> Vec<String> {
    Measured::new(text).lines(width, initial_indent, subsequent_indent)
}

/// [`lines`] written to `out`, each ending in a newline: built in one buffer and written once,
/// rather than a string and a formatted write a line.
pub fn write_lines(
    out: &mut dyn Write,
    text: &Prose,
    width: usize,
    initial_indent: &str,
    subsequent_indent: &str,
) -> io::Result<()> {
    let length = text.as_str().len();
    let mut buffer = String::with_capacity(length + length / 8 + 1);
    Measured::new(text).each_line(width, initial_indent, subsequent_indent, |indent, line| {
        buffer.push_str(indent);
        push_unglued(&mut buffer, line);
        buffer.push('\n');
    });
    out.write_all(buffer.as_bytes())
}

/// The columns `text` takes on a terminal, as textwrap counts them (Unicode widths, escape
/// sequences skipped). Printable ASCII, nearly all of the data, takes one column a byte: counted
/// without decoding a character.
pub fn width(text: &str) -> usize {
    if is_plain(text.as_bytes()) && !text.contains('\n') {
        text.len()
    } else {
        textwrap::core::display_width(text)
    }
}

/// Whether `bytes` are all printable ASCII or newlines, the characters that need no measuring.
/// A fold rather than `all`: without the early exit, the compiler checks many bytes at once, and
/// this runs over all the text there is.
fn is_plain(bytes: &[u8]) -> bool {
    bytes.iter().fold(true, |plain, &byte| plain & matches!(byte, b' '..=b'~' | b'\n'))
}

/// The spaces in `bytes`, counted in blocks small enough for a byte-sized count, which the
/// compiler can keep many of at once.
fn count_spaces(bytes: &[u8]) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
        .map(|block| usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(b == b' '))))
        .sum()
}

/// Where the first space at or after `at` in `bytes` is, or the end of `bytes`. Eight bytes are
/// looked at a time, as one number: a word is a few bytes, and a byte at a time cost more than
/// the rest of measuring it.
fn next_space(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    while let Some(chunk) = bytes.get(at..at + 8) {
        // A zero byte where a space was; the lowest high bit set marks the first of them (a
        // borrow can mark a byte wrongly only above a true zero byte, never below it).
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ SPACES;
        let found = x.wrapping_sub(ONES) & !x & HIGH;
        if found != 0 {
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    at + bytes[at..].iter().position(|&byte| byte == b' ').unwrap_or(bytes.len() - at)
}

/// A text's words as [`lines`] breaks between them (a span kept whole glued into one word), each
/// measured once, so that laying the text out at a width only adds up numbers.
pub struct Measured<'a> {
    /// The text with its spans kept whole glued.
    text: Cow<'a, str>,
    words: Vec<Word>,
    /// Each line of the text: a newline starts a paragraph, and each paragraph wraps by itself.
    /// The first apart from the rest: nearly every text is one line, and needs no list of them.
    first: Paragraph,
    rest: Vec<Paragraph>,
}

/// A line of the text: where it is, and its words.
struct Paragraph {
    text: Range<usize>,
    words: Range<usize>,
}

/// A word: where it is in the text, the columns it takes, and the spaces after it (which separate
/// it from the next word on a line, and vanish where a line ends).
struct Word {
    start: usize,
    end: usize,
    width: usize,
    spaces: usize,
}

/// One line of a layout.
struct Line {
    /// Its words, indices into [`Measured::words`]; none for an empty paragraph.
    words: Range<usize>,
    /// The columns its words and the spaces between them take.
    width: usize,
    /// Where the line was broken: the narrowest width at which the next word would have joined it.
    next_fits_at: Option<usize>,
}

/// How a text lays out at a width: the number of lines and the widest of them. The same lines come
/// out at every width from `from` up to, not including, `until`: a search over widths needs one
/// layout per such range, not one per width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub lines: usize,
    pub widest: usize,
    pub from: usize,
    pub until: usize,
}

impl<'a> Measured<'a> {
    pub fn new(prose: &'a Prose) -> Self {
        let text = glue(prose);
        let bytes = text.as_bytes();
        let plain = is_plain(bytes);
        // A word ends at each run of spaces and at the end of each line: one word more than there
        // are spaces is room for all of them but after a newline.
        let mut words = Vec::with_capacity(count_spaces(bytes) + 1);
        let mut first = None;
        let mut rest = Vec::new();
        let mut start = 0;
        loop {
            let end = text[start..].find('\n').map_or(bytes.len(), |at| start + at);
            // As textwrap's `AsciiSpace` separator finds words: each runs to the end of the spaces
            // after it, and spaces that start the line make an empty first word. A space is one
            // byte, never part of another character, so the bytes are read directly.
            let first_word = words.len();
            let mut at = start;
            while at < end {
                let word = at;
                at = next_space(&bytes[..end], at);
                let word_end = at;
                while at < end && bytes[at] == b' ' {
                    at += 1;
                }
                let width = if plain { word_end - word } else { width(&text[word..word_end]) };
                words.push(Word { start: word, end: word_end, width, spaces: at - word_end });
            }
            let paragraph = Paragraph { text: start..end, words: first_word..words.len() };
            if first.is_none() {
                first = Some(paragraph);
            } else {
                rest.push(paragraph);
            }
            if end == bytes.len() {
                break;
            }
            start = end + 1;
        }
        // The loop makes a paragraph at least once: the default is never used.
        let first = first.unwrap_or(Paragraph { text: 0..0, words: 0..0 });
        Measured { text, words, first, rest }
    }

    /// Each line of the text, in order.
    fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        std::iter::once(&self.first).chain(&self.rest)
    }

    /// The widest word (a command is one): the narrowest width at which no line runs over.
    pub fn longest(&self) -> usize {
        if !self.rest.is_empty() {
            // Measured between spaces only, as it always was: across a newline, `a\nb` counts as
            // one word as wide as both.
            return self.text.split(' ').map(width).max().unwrap_or(0);
        }
        self.words.iter().map(|word| word.width).max().unwrap_or(0)
    }

    /// The lines [`Measured::lines`] makes at `width` with no indent: how many, and the widest.
    pub fn shape(&self, width: usize) -> Shape {
        let width = width.max(1);
        let mut shape = Shape { lines: 0, widest: 0, from: 1, until: usize::MAX };
        for paragraph in self.paragraphs() {
            self.first_fit(paragraph.words.clone(), width, width, |line| {
                shape.lines += 1;
                shape.widest = shape.widest.max(line.width);
                // Each word after a line's first went on it because the line fitted with it: any
                // narrower, it would not. A line's first word goes on it at any width.
                if line.words.len() > 1 {
                    shape.from = shape.from.max(line.width);
                }
                if let Some(at) = line.next_fits_at {
                    shape.until = shape.until.min(at);
                }
            });
        }
        shape
    }

    /// The text broken into lines of at most `width` columns, indents included: see [`lines`].
    pub fn lines(&self, width: usize, initial_indent: &str, subsequent_indent: &str) -> Vec<String> {
        let mut lines = Vec::new();
        self.each_line(width, initial_indent, subsequent_indent, |indent, text| {
            let mut line = String::with_capacity(indent.len() + text.len());
            line.push_str(indent);
            push_unglued(&mut line, text);
            lines.push(line);
        });
        lines
    }

    /// The lines [`Measured::lines`] makes at `width` with no indent, as they stand in the glued text
    /// (to be written with [`push_unglued`]): a table holds every cell's lines until it writes its
    /// rows, and need not copy them.
    #[cfg(test)]
    pub fn glued_lines(&self, width: usize) -> Vec<&str> {
        let mut lines = Vec::new();
        self.push_glued_lines(width, &mut lines);
        lines
    }

    /// [`Measured::glued_lines`] added to `lines`: a table keeps all its cells' lines in one list.
    pub fn push_glued_lines<'s>(&'s self, width: usize, lines: &mut Vec<&'s str>) {
        self.each_line(width, "", "", |_, text| lines.push(text));
    }

    /// Each line at `width`, in order, to `visit` as its indent and its text (glued), as textwrap's
    /// `wrap` makes them.
    fn each_line<'s>(
        &'s self,
        width: usize,
        initial_indent: &str,
        subsequent_indent: &str,
        mut visit: impl FnMut(&str, &'s str),
    ) {
        let width = width.max(1);
        // As textwrap measures: the first line of every paragraph against the first indent.
        let first = width.saturating_sub(self::width(initial_indent));
        let rest = width.saturating_sub(self::width(subsequent_indent));
        // Whether a line is made yet: the first line alone takes the first indent.
        let mut started = false;
        for paragraph in self.paragraphs() {
            let text = &self.text[paragraph.text.clone()];
            let indent = if started { subsequent_indent } else { initial_indent };
            // textwrap's shortcut, kept because it is not always the same as wrapping: a
            // paragraph of fewer bytes than the width, without an indent, is one line whatever
            // the first indent's width.
            if indent.is_empty() && text.len() < width {
                visit("", text.trim_end_matches(' '));
                started = true;
                continue;
            }
            self.first_fit(paragraph.words.clone(), first, rest, |line| {
                if line.words.is_empty() {
                    // As textwrap: an empty paragraph is an empty line, without its indent.
                    visit("", "");
                } else {
                    visit(if started { subsequent_indent } else { initial_indent }, self.text_of(line.words));
                }
                started = true;
            });
        }
    }

    /// The text of `words`, from the first one's start to the last one's end.
    fn text_of(&self, words: Range<usize>) -> &str {
        match words.clone().last() {
            Some(last) => &self.text[self.words[words.start].start..self.words[last].end],
            None => "",
        }
    }

    /// Lays out `words` (one paragraph) as textwrap's `wrap_first_fit` does, each line in turn to
    /// `visit`: a word joins the line when the line's words, the spaces after them and the word fit
    /// in the line's width (`first` for the first line, `rest` after), and starts the next line
    /// otherwise; a line's first word goes on it however wide. A paragraph without words is one
    /// empty line.
    fn first_fit(&self, words: Range<usize>, first: usize, rest: usize, mut visit: impl FnMut(Line)) {
        let mut start = words.start;
        // The columns the line's words take with the spaces after each.
        let mut used = 0;
        let mut room = first;
        for i in words.clone() {
            let word = &self.words[i];
            if i > start && used + word.width > room {
                let width = used - self.words[i - 1].spaces;
                visit(Line { words: start..i, width, next_fits_at: Some(used + word.width) });
                (start, used, room) = (i, 0, rest);
            }
            used += word.width + word.spaces;
        }
        let width = if start < words.end { used - self.words[words.end - 1].spaces } else { 0 };
        visit(Line { words: start..words.end, width, next_fits_at: None });
    }
}

/// Appends glued `text` to `out` as it is printed: each glue a space again.
pub fn push_unglued(out: &mut String, text: &str) {
    // No byte of the glue's, nearly always, and no looking for the glue itself.
    if !text.as_bytes().contains(&GLUE_LAST_BYTE) {
        out.push_str(text);
        return;
    }
    let mut parts = text.split(GLUE);
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        out.push(' ');
        out.push_str(part);
    }
}

/// The text of `prose` with the spaces inside each span kept whole made unbreakable.
pub(super) fn glue(prose: &Prose) -> Cow<'_, str> {
    let text = prose.as_str();
    let mut ranges = prose.whole_ranges().filter(|range| text[range.clone()].contains(' ')).peekable();
    if ranges.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    for range in ranges {
        out.push_str(&text[copied..range.start]);
        for (at, part) in text[range.clone()].split(' ').enumerate() {
            if at > 0 {
                out.push(GLUE);
            }
            out.push_str(part);
        }
        copied = range.end;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::render::{Address, Cmd, Money};

    /// Plain text, a line free to break at any space.
    fn plain(text: &str) -> Prose {
        Prose::from(text)
    }

    #[test]
    fn commands_in_prose_are_not_split() {
        let source = Prose::from(format!("Source: ({}).", Cmd("mlcareers guide popular-roles")));
        assert_eq!(lines(&source, 30, "", ""), ["Source:", "(mlcareers guide popular-roles)."]);
        let open = Prose::from(format!(
            "Open one role with: {} (for example: {})",
            Cmd("mlcareers role NAME"),
            Cmd("mlcareers role nlp")
        ));
        assert_eq!(
            lines(&open, 40, "", ""),
            ["Open one role with: mlcareers role NAME", "(for example: mlcareers role nlp)"]
        );
        let see = Prose::from(format!("see {}", Cmd("mlcareers role ai-research-scientist")));
        assert_eq!(lines(&see, 20, "", ""), ["see", "mlcareers role ai-research-scientist"]);
    }

    #[test]
    fn text_that_only_looks_like_a_command_breaks_as_any_text() {
        assert_eq!(lines(&plain("see mlcareers role nlp"), 12, "", ""), ["see", "mlcareers", "role nlp"]);
        assert_eq!(lines(&plain("$1 – $2 a"), 4, "", ""), ["$1 –", "$2 a"]);
    }

    #[test]
    fn addresses_go_whole_on_a_line_of_their_own() {
        let see = Prose::from(format!(
            "See {} today",
            Address("https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs.htm")
        ));
        assert_eq!(
            lines(&see, 30, "", ""),
            ["See", "https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs.htm", "today"]
        );
    }

    #[test]
    fn an_arrow_stays_with_its_command_and_a_range_stays_whole() {
        let next = Prose::from(Cmd("→ mlcareers guide machine-learning-careers").to_string());
        assert_eq!(lines(&next, 20, "", ""), ["→ mlcareers guide machine-learning-careers"]);
        let senior = crate::model::UsdRange { min: 170_000, max: 220_000, open_ended: true };
        let pay = Prose::from(format!("Senior Level: {} a year", Money(&senior)));
        assert_eq!(lines(&pay, 21, "", ""), ["Senior Level:", "$170,000 – $220,000+", "a year"]);
    }

    #[test]
    fn the_longest_word_counts_a_command_as_one() {
        let prose = Prose::from(format!("try it ({}) now", Cmd("mlcareers role nlp")));
        assert_eq!(Measured::new(&prose).longest(), "(mlcareers role nlp)".len());
    }

    #[test]
    fn a_shape_counts_the_lines_and_says_where_they_stay_the_same() {
        let text = plain("aa bbb c dddd");
        let words = Measured::new(&text);
        // At 7: "aa bbb" (6) and "c dddd" (6); "c" would join the first line at 8.
        assert_eq!(words.shape(7), Shape { lines: 2, widest: 6, from: 6, until: 8 });
        assert_eq!(words.lines(7, "", ""), ["aa bbb", "c dddd"]);
        assert_eq!(words.shape(100), Shape { lines: 1, widest: 13, from: 13, until: usize::MAX });
        // Narrower than a word, each word has a line; at 5, "bbb c" would share one.
        assert_eq!(words.shape(2), Shape { lines: 4, widest: 4, from: 1, until: 5 });
        assert_eq!(
            Measured::new(&plain("")).shape(10),
            Shape { lines: 1, widest: 0, from: 1, until: usize::MAX }
        );
        assert_eq!(Measured::new(&plain("a\n\nb")).shape(10).lines, 3);
    }

    #[test]
    fn printable_ascii_is_a_column_a_byte_and_the_rest_as_textwrap_counts() {
        assert_eq!(width("Data Scientist"), 14);
        assert_eq!(width("漢字 é"), 6);
        assert_eq!(width("\u{1b}[1mbold\u{1b}[0m"), 4);
    }

    /// The lines textwrap makes with the options that `lines` follows.
    fn textwrap_lines(
        text: &Prose,
        width: usize,
        initial_indent: &str,
        subsequent_indent: &str,
    ) -> Vec<String> {
        let glued = glue(text);
        let options = textwrap::Options::new(width.max(1))
            .initial_indent(initial_indent)
            .subsequent_indent(subsequent_indent)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(false);
        textwrap::wrap(&glued, options).into_iter().map(|line| line.replace(GLUE, " ")).collect()
    }

    /// Text with what makes wrapping hard: runs of spaces, newlines, wide, combining and
    /// non-breaking characters, commands, ranges of money, addresses, words longer than the line.
    /// No escape character: text is escaped before it is wrapped.
    fn text() -> impl Strategy<Value = Prose> {
        let range = crate::model::UsdRange { min: 120_000, max: 150_000, open_ended: true };
        let token = prop_oneof![
            "[a-z]{1,12}".prop_map(|text| format!("{text} ")),
            "[^\n\u{1b}]{0,3}",
            Just(String::new()),
            Just("\n".to_owned()),
            Just("漢字 ".to_owned()),
            Just("e\u{301} ".to_owned()),
            Just("\u{a0}".to_owned()),
            Just(format!("{} ", Cmd("mlcareers role nlp"))),
            Just(format!("({}).", Cmd("mlcareers faq 3"))),
            Just(format!("{} ", Cmd("→ mlcareers  guide"))),
            Just(Money(&range).to_string()),
            Just(format!("{} ", Address("https://www.bls.gov/ooh/math/data-scientists.htm"))),
        ];
        proptest::collection::vec(token, 0..24).prop_map(|tokens| Prose::from(tokens.concat()))
    }

    fn indent() -> impl Strategy<Value = &'static str> {
        proptest::sample::select(vec!["", "  ", "  • ", "    ", "漢"])
    }

    /// A case the property below once found: an empty text keeps no indent, as textwrap's.
    #[test]
    fn an_empty_text_is_textwraps_at_any_indent() {
        for (width, first) in [(0, "  "), (5, "  • "), (40, "")] {
            assert_eq!(
                lines(&plain(""), width, first, ""),
                textwrap_lines(&plain(""), width, first, ""),
                "{width} {first:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn lines_are_textwraps(text in text(), width in 0..60usize, first in indent(), rest in indent()) {
            prop_assert_eq!(lines(&text, width, first, rest), textwrap_lines(&text, width, first, rest));
        }

        #[test]
        fn a_shape_is_the_lines_and_holds_over_its_range(text in text(), width in 0..60usize) {
            let words = Measured::new(&text);
            let shape = words.shape(width);
            let lines = words.lines(width, "", "");
            let unglued = |line: &&str| {
                let mut out = String::new();
                push_unglued(&mut out, line);
                out
            };
            prop_assert_eq!(&words.glued_lines(width).iter().map(unglued).collect::<Vec<_>>(), &lines);
            prop_assert_eq!(shape.lines, lines.len());
            // The table's layout search counts on this: narrower, never fewer lines.
            prop_assert!(words.shape(width + 1).lines <= shape.lines);
            prop_assert_eq!(shape.widest, lines.iter().map(|line| super::width(line)).max().unwrap_or(0));
            prop_assert!(shape.from <= width.max(1) && width.max(1) < shape.until, "{shape:?} at {width}");
            for other in shape.from..shape.until.min(shape.from + 80) {
                let same = words.shape(other);
                prop_assert_eq!((same.lines, same.widest), (shape.lines, shape.widest), "at {}", other);
            }
        }

        #[test]
        fn only_the_spaces_of_spans_kept_whole_are_glued(text in text()) {
            let glued = glue(&text);
            let mut unglued = String::new();
            push_unglued(&mut unglued, &glued);
            prop_assert_eq!(&unglued, &text.as_str().replace('\u{a0}', " "));
            let inside: usize = text.whole_ranges().map(|range| text.as_str()[range].matches(' ').count()).sum();
            let before = text.as_str().matches('\u{a0}').count();
            prop_assert_eq!(glued.matches(GLUE).count(), before + inside);
        }

        #[test]
        fn written_lines_are_the_lines(text in text(), width in 0..60usize, first in indent(), rest in indent()) {
            let mut out = Vec::new();
            write_lines(&mut out, &text, width, first, rest).unwrap();
            let expected: String = lines(&text, width, first, rest).iter().flat_map(|line| [line.as_str(), "\n"]).collect();
            prop_assert_eq!(String::from_utf8(out).unwrap(), expected);
        }

        #[test]
        fn the_next_space_is_found_eight_bytes_at_a_time(text in "[ a-z\u{a0}\u{2000}漢]{0,40}", at in 0..48usize) {
            let bytes = text.as_bytes();
            let at = at.min(bytes.len());
            let naive = bytes[at..].iter().position(|&byte| byte == b' ').map_or(bytes.len(), |i| at + i);
            prop_assert_eq!(next_space(bytes, at), naive);
        }

        #[test]
        fn the_width_is_textwraps(text in "[^\u{1b}]{0,20}|[ -~]{0,20}") {
            prop_assert_eq!(width(&text), textwrap::core::display_width(&text));
        }
    }
}
