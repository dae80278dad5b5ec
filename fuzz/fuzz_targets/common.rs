//! What every target checks after each run: no panic (libFuzzer catches those), and nothing a
//! terminal would act on in any output, whatever the input. The oracle knows what each format may
//! hold: a newline anywhere (tables, pages, JSON Lines, CSV's quoted cells), a carriage return in
//! CSV only before a newline (RFC 4180's line end), a tab in TSV (its separator), nothing else.

// Each target uses a part of it.
#![allow(dead_code)]

use mlcareers::model::Dataset;
use mlcareers::render::{Format, Options};
use mlcareers::request::Command;

/// Runs `view` in every format at three widths (narrow, usual, wide) with and
/// without Unicode, and checks the bytes of both streams.
pub fn run_everywhere(dataset: &Dataset, view: &Command) {
    for &format in Format::ALL {
        for width in [12, 80, 200] {
            for unicode in [true, false] {
                let options = Options { format, width, color: false, unicode, headers: true };
                let (mut out, mut err) = (Vec::new(), Vec::new());
                // An error is a fine outcome (nothing found, a role that is not there); a panic is not.
                let _ = mlcareers::run_view(dataset, view, options, &mut out, &mut err);
                assert_terminal_safe(&out, Some(format), view);
                assert_terminal_safe(&err, None, view);
            }
        }
    }
}

/// Fails when `bytes` hold a character a terminal would act on that `format` may not hold
/// (`None`: a stream of messages, where only newlines may be).
pub fn assert_terminal_safe(bytes: &[u8], format: Option<Format>, what: &dyn std::fmt::Debug) {
    let text = std::str::from_utf8(bytes).expect("output is UTF-8");
    let text = if format == Some(Format::Csv) { text.replace("\r\n", "\n") } else { text.to_owned() };
    let tab_ok = format == Some(Format::Tsv);
    if let Some(c) = text.chars().find(|&c| raw_control(c) && !(tab_ok && c == '\t')) {
        panic!("raw {c:?} in the {format:?} output of {what:?}:\n{text}");
    }
}

fn raw_control(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}
