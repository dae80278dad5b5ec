//! Makes text that did not come from us (a data file, an argument) safe to print: control
//! characters become visible escapes; in a message, each echoed item is also cut to a length and
//! its backslashes doubled, and a list of names cut with "and N more".

use std::borrow::Cow;
use std::fmt::Write as _;

/// Replaces every control character but newline, and every bidi control (which can reorder what a
/// terminal shows), with a visible escape: ESC becomes `\e`, CR `\r`, tab `\t`, others `\u{..}`.
///
/// Text without such characters is returned as is, without copying.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    // Printable ASCII and newlines, nearly all text, need no look at each character. A fold
    // rather than `all`: without the early exit, the compiler checks many bytes at once.
    let plain = text.bytes().fold(true, |plain, byte| plain & matches!(byte, b' '..=b'~' | b'\n'));
    if plain || !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !needs_escape(c) => out.push(c),
            '\u{1b}' => out.push_str("\\e"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// The most characters of one echoed item a message shows before it is cut with `...`.
pub const SHOWN_CHARS: usize = 60;

/// The most names of a list a message shows before `and N more` (the embedded dataset's longest
/// list, its 12 guide sections, is shown whole).
pub const SHOWN_ITEMS: usize = 12;

/// One item of text that did not come from us, as a message echoes it: cut after
/// [`SHOWN_CHARS`] characters with `...`, a backslash written `\\`, and every control character
/// (newline too: a message is one line) and bidi control shown as a visible escape (`\e[2J`,
/// `\n`, `\u{202e}`). The work is bounded by the cut, whatever the length of `text`.
pub fn shown(text: &str) -> String {
    shown_at(text, SHOWN_CHARS)
}

/// The most characters of a file's path a message shows: more than an item, since a path names
/// where a file is, but still bounded (an argument may be 128 KiB).
pub const SHOWN_PATH_CHARS: usize = 1024;

/// [`shown`], cut after `max` characters.
pub fn shown_at(text: &str, max: usize) -> String {
    let (kept, cut) = match text.char_indices().nth(max) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    };
    let mut out = String::with_capacity(kept.len() + 3);
    for c in kept.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\u{1b}' => out.push_str("\\e"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    if cut {
        out.push_str("...");
    }
    out
}

/// A list of names that did not come from us, as a message shows it: each [`shown`], joined
/// with `, `, the first [`SHOWN_ITEMS`] and then `and N more` (never `and 1 more`: that one is
/// shown).
pub fn shown_list<T: AsRef<str>>(items: &[T]) -> String {
    let keep = if items.len() <= SHOWN_ITEMS + 1 { items.len() } else { SHOWN_ITEMS };
    let out: Vec<String> = items[..keep].iter().map(|item| shown(item.as_ref())).collect();
    let out = out.join(", ");
    if keep < items.len() { format!("{out} and {} more", items.len() - keep) } else { out }
}

/// Text from a data file as a page, table, chart or Markdown shows it: [`escape_controls`], and a
/// backslash doubled, so that `\e` typed in the data is told apart from an escape the program made.
/// Text without either is returned as is, without copying.
pub fn escape_text(text: &str) -> Cow<'_, str> {
    if !text.contains('\\') {
        return escape_controls(text);
    }
    Cow::Owned(escape_controls(&text.replace('\\', "\\\\")).into_owned())
}

pub(super) fn needs_escape(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\n';
    }
    c.is_control() || is_bidi_control(c)
}

/// Bidirectional formatting characters (the "Trojan Source" set), which reorder displayed text.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(escape_controls("Data Scientist – $80,000"), Cow::Borrowed(_)));
        assert!(matches!(escape_controls("Data Scientist\nNLP Engineer"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_are_made_visible() {
        assert_eq!(escape_controls("a\u{1b}[31mred"), "a\\e[31mred");
        assert_eq!(escape_controls("over\rwrite"), "over\\rwrite");
        assert_eq!(escape_controls("tab\there"), "tab\\there");
        assert_eq!(escape_controls("bell\u{7}"), "bell\\u{7}");
        assert_eq!(escape_controls("c1\u{9b}"), "c1\\u{9b}");
        assert_eq!(escape_controls("del\u{7f}"), "del\\u{7f}");
        assert_eq!(escape_controls("\u{202e}evil"), "\\u{202e}evil");
    }

    #[test]
    fn every_control_but_newline_and_every_bidi_control_is_escaped() {
        for c in (0..=0x0010_ffff).filter_map(char::from_u32) {
            assert_eq!(needs_escape(c), (c.is_control() && c != '\n') || is_bidi_control(c), "{c:?}");
        }
    }

    #[test]
    fn an_echoed_item_is_escaped_whole_and_cut() {
        assert_eq!(shown("nlp"), "nlp");
        assert_eq!(
            shown("a\u{1b}[2J\rb\u{7f}\u{8}\u{85}\u{9b}\u{202e}\u{2066}"),
            "a\\e[2J\\rb\\u{7f}\\u{8}\\u{85}\\u{9b}\\u{202e}\\u{2066}"
        );
        assert_eq!(shown("two\nlines"), "two\\nlines");
        assert_eq!(shown("C:\\e"), "C:\\\\e", "a backslash typed is told apart from an escape");
        let long = "é".repeat(100_000);
        assert_eq!(shown(&long), format!("{}...", "é".repeat(SHOWN_CHARS)));
    }

    #[test]
    fn a_list_of_names_is_cut_with_how_many_more() {
        assert_eq!(shown_list(&["a", "b\u{1b}"]), "a, b\\e");
        let many: Vec<String> = (0..100).map(|i| format!("r{i}")).collect();
        assert_eq!(shown_list(&many), "r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11 and 88 more");
        assert!(shown_list(&many[..13]).ends_with("r11, r12"));
        assert!(shown_list(&many[..14]).ends_with("r11 and 2 more"));
    }

    #[test]
    fn text_shown_to_people_doubles_its_backslashes() {
        assert_eq!(escape_text("C:\\data\u{1b}[2J"), "C:\\\\data\\e[2J");
        assert!(matches!(escape_text("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn newlines_survive() {
        assert_eq!(escape_controls("one\ntwo"), "one\ntwo");
    }
}
