//! JSON: the stable contract for scripts. Strings keep their exact content, and their bytes are
//! safe to print to a terminal.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use super::escape::needs_escape;
use super::machine::Tagged;
use super::{Options, Output, Record, Records, Shown, Tabular};

/// JSON: an array of records for a list, one object for a lookup.
pub struct Json;

impl Output for Json {
    const NAME: &'static str = "json";
    const MACHINE: bool = true;

    fn write<R: Record, T: Tabular>(
        out: &mut dyn Write,
        _: &mut dyn Write,
        _: &Options,
        shown: &Shown<R, T>,
    ) -> io::Result<()> {
        match shown.records {
            Records::List(records) => write(out, &records.iter().map(Tagged::new).collect::<Vec<_>>()),
            Records::One(record) => write(out, &Tagged::new(record)),
        }
    }
}

pub fn write<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // serde_json writes token by token; through `dyn Write` each was a call that could not be
    // inlined, a sixth of `roles --format json` on 10,000 roles. A buffer of a known type takes them.
    let mut buffer = io::BufWriter::with_capacity(64 * 1024, &mut *out);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut buffer, TerminalSafe(PrettyFormatter::default()));
    // `io::Error::from` unwraps serde_json's hidden io error, so a closed pipe stays a BrokenPipe.
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    writeln!(buffer)?;
    buffer.flush()
}

/// `value` as JSON on one line, as safe to print as [`write`]'s: a JSON Lines record, a list in a
/// CSV or TSV cell.
pub fn line<T: Serialize + ?Sized>(value: &T) -> io::Result<String> {
    let mut text = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut text, TerminalSafe(CompactFormatter));
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    String::from_utf8(text).map_err(io::Error::other)
}

/// JSON (pretty, or compact for one line) that also writes DEL, the C1 controls, the bidi
/// controls and the line and paragraph separators (U+2028, U+2029) as `\uXXXX`.
///
/// `serde_json` escapes only U+0000 to U+001F: the rest reached the terminal raw, and terminals act
/// on some of them (U+009B is CSI, U+202E reverses text). U+2028 and U+2029 are line ends to
/// JavaScript before ES2019 and to editors and line-splitting tools reading JSON Lines. Escaped, a
/// parser reads the same string.
struct TerminalSafe<F>(F);

/// What JSON writes as `\uXXXX` beyond `serde_json`'s own escapes: what a terminal acts on, and the
/// line and paragraph separators.
fn escaped_in_json(c: char) -> bool {
    needs_escape(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

impl<F: Formatter> Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        // Every character to escape starts with one of these bytes (DEL; C1 is C2 xx; U+061C is
        // D8 9C; the bidi controls E2 80 xx and E2 81 xx): most text has none, and skips the
        // decoding below, which was a third of writing the JSON of 10,000 roles.
        if !fragment.bytes().any(|b| matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2)) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| escaped_in_json(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", c as u32)?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout is the inner formatter's.
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn characters_a_terminal_acts_on_are_escaped_and_the_string_is_unchanged() {
        let text = "a\u{1b}[31m b\u{7f} c\u{9b}0m d\u{202e}e – ü \u{61c} \u{2066} \u{200f} ¢ ؜";
        let value = serde_json::json!({ "k\u{202e}": [text] });
        let out = json(&value);
        assert!(!out.chars().any(|c| needs_escape(c) && c != '\n'), "{out:?}");
        assert!(
            out.contains(r"\u001b[31m b\u007f c\u009b0m d\u202ee – ü \u061c \u2066 \u200f ¢ \u061c"),
            "{out}"
        );
        assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap(), value);
    }

    #[test]
    fn line_and_paragraph_separators_are_escaped_in_json_and_json_lines() {
        let value = serde_json::json!(["one\u{2028}two\u{2029}three"]);
        let pretty = json(&value);
        let line = line(&value).unwrap();
        for out in [&pretty, &line] {
            assert!(!out.contains(['\u{2028}', '\u{2029}']), "{out:?}");
            assert!(out.contains(r"one\u2028two\u2029three"), "{out}");
            assert_eq!(serde_json::from_str::<serde_json::Value>(out).unwrap(), value);
        }
    }

    #[test]
    fn every_character_to_escape_starts_with_a_byte_the_fast_path_looks_for() {
        let mut utf8 = [0; 4];
        for c in (0..=0x0010_ffff).filter_map(char::from_u32).filter(|&c| escaped_in_json(c) && c >= '\u{20}')
        {
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(matches!(first, 0x7f | 0xc2 | 0xd8 | 0xe2), "{c:?} starts with {first:#x}");
        }
    }

    #[test]
    fn the_layout_is_serde_json_pretty() {
        let value = serde_json::json!([{ "a": 1, "b": ["x", "y"] }, {}]);
        assert_eq!(json(&value), format!("{}\n", serde_json::to_string_pretty(&value).unwrap()));
    }
}
