//! Makes text from a data file safe to print: control characters become visible escapes.

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
    fn newlines_survive() {
        assert_eq!(escape_controls("one\ntwo"), "one\ntwo");
    }
}
