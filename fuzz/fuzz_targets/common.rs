//! What both targets check after each run: no panic (libFuzzer catches those), and nothing a
//! terminal would act on in any output, whatever the input.

use mlcareers::model::Dataset;
use mlcareers::render::{Format, Options};
use mlcareers::request::View;

pub const FORMATS: [Format; 6] =
    [Format::Table, Format::Json, Format::Jsonl, Format::Csv, Format::Tsv, Format::Markdown];

/// Runs `view` in every format at three widths (narrow, usual, piped) and checks the bytes.
pub fn run_everywhere(dataset: &Dataset, view: &View) {
    for format in FORMATS {
        for width in [Some(12), Some(80), None] {
            for unicode in [true, false] {
                let options = Options { format, width, color: false, unicode, headers: true };
                let (mut out, mut err) = (Vec::new(), Vec::new());
                // An error is a fine outcome (nothing found, a role that is not there); a panic is not.
                let _ = mlcareers::run_view(dataset, view, options, &mut out, &mut err);
                assert_terminal_safe(&out, view);
                assert_terminal_safe(&err, view);
            }
        }
    }
}

fn assert_terminal_safe(bytes: &[u8], view: &View) {
    let text = std::str::from_utf8(bytes).expect("output is UTF-8");
    if let Some(c) = text.chars().find(|&c| raw_control(c)) {
        panic!("raw {c:?} in the output of {view:?}:\n{text}");
    }
}

fn raw_control(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}
