//! Amounts in US dollars, read and written in one place. Read as people write them: `150000`,
//! `150,000`, `$150,000`, `150k`, `150K` (the command line reads `salary FIGURE` with it, and the
//! query layer reads the leading figure of a BLS value, `$103,500 per year`). Written for people
//! as `$120,000`, a range as `$80,000 – $110,000+` ([`UsdRange`]'s `Display`), and a chart's
//! axis mark as `$150k` ([`short`]). A record keeps the number; only text for people is formatted.

use std::fmt;

use crate::model::UsdRange;

/// The forms [`parse`] accepts, as error messages list them.
pub const FORMS: &str = "150000, 150,000, $150,000, 150k or 150K";

/// A whole number of dollars with thousands separators: `$120,000`.
pub fn dollars(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A figure as an axis marks it, in a few characters: `$0`, `$150k`, `$2.2M`.
pub fn short(amount: u64) -> String {
    match amount {
        0 => "$0".to_owned(),
        1..1_000_000 => format!("${}k", amount / 1000),
        _ => {
            let tenths = amount / 100_000;
            let whole = tenths / 10;
            match tenths % 10 {
                0 => format!("${whole}M"),
                tenth => format!("${whole}.{tenth}M"),
            }
        }
    }
}

impl UsdRange {
    /// `$80,000 – $110,000` with `dash` between the figures, and `+` after an open top.
    pub fn with_dash(&self, dash: &str) -> String {
        let plus = if self.open_ended { "+" } else { "" };
        format!("{} {dash} {}{plus}", dollars(self.min), dollars(self.max))
    }
}

/// `$80,000 – $110,000`, or `$170,000 – $220,000+` when the top is open.
impl fmt::Display for UsdRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_dash("–"))
    }
}

/// Why a text is not a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsdError {
    /// Not one of the accepted forms (`abc`, `1e999`, `150kk`, `1,50,000`).
    NotAFigure,
    /// A minus sign: pay is never negative.
    Negative,
    Zero,
    /// More dollars than a 64-bit count holds.
    TooLarge,
}

impl fmt::Display for UsdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = match self {
            UsdError::NotAFigure => "not an annual figure in USD",
            UsdError::Negative => "a salary cannot be negative",
            UsdError::Zero => "a salary of zero says nothing",
            UsdError::TooLarge => "too large a figure",
        };
        write!(f, "{problem}; write it as {FORMS}")
    }
}

impl std::error::Error for UsdError {}

/// Whole dollars from `text`: an optional `$`, digits (grouped by commas in threes, or not
/// grouped at all, with no leading zero), or ungrouped digits and a `k` or `K` for thousands.
/// Surrounding spaces are allowed. `150,000k` is refused: nobody means $150 million that way.
pub fn parse(text: &str) -> Result<u64, UsdError> {
    let text = text.trim();
    if text.starts_with('-') || text.starts_with("$-") || text.starts_with("-$") {
        return Err(UsdError::Negative);
    }
    let text = text.strip_prefix('$').unwrap_or(text);
    let (digits, thousands) = match text.strip_suffix(['k', 'K']) {
        Some(digits) => (digits, true),
        None => (text, false),
    };
    let leading_zero = digits.len() > 1 && digits.starts_with('0');
    if !grouped_correctly(digits) || leading_zero || (thousands && digits.contains(',')) {
        return Err(UsdError::NotAFigure);
    }
    let mut amount: u64 = 0;
    for digit in digits.bytes().filter(u8::is_ascii_digit) {
        amount = amount
            .checked_mul(10)
            .and_then(|amount| amount.checked_add(u64::from(digit - b'0')))
            .ok_or(UsdError::TooLarge)?;
    }
    if thousands {
        amount = amount.checked_mul(1_000).ok_or(UsdError::TooLarge)?;
    }
    if amount == 0 { Err(UsdError::Zero) } else { Ok(amount) }
}

/// ASCII digits only, or digits in comma groups of three after a first group of one to three.
fn grouped_correctly(digits: &str) -> bool {
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    let mut groups = digits.split(',');
    let Some(first) = groups.next() else { return false };
    if !digits.contains(',') {
        return all_digits(first);
    }
    all_digits(first) && first.len() <= 3 && groups.all(|group| group.len() == 3 && all_digits(group))
}

/// The figure a text starts with, if any: `$136,620 per year ($65.69 per hour)` is 136,620.
pub fn leading(text: &str) -> Option<u64> {
    let first = text.split_whitespace().next()?;
    if !first.starts_with('$') {
        return None;
    }
    parse(first).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_group_thousands() {
        assert_eq!(dollars(0), "$0");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(1_000), "$1,000");
        assert_eq!(dollars(80_000), "$80,000");
        assert_eq!(dollars(220_000), "$220,000");
        assert_eq!(dollars(1_234_567), "$1,234,567");
        assert_eq!(dollars(u64::MAX), "$18,446,744,073,709,551,615");
    }

    #[test]
    fn open_ended_range_ends_in_plus() {
        let range = |min, max, open_ended| UsdRange { min, max, open_ended }.to_string();
        assert_eq!(range(170_000, 220_000, true), "$170,000 – $220,000+");
        assert_eq!(range(80_000, 110_000, false), "$80,000 – $110,000");
    }

    #[test]
    fn every_accepted_form_reads_the_same() {
        for form in ["150000", "150,000", "$150,000", "$150000", "150k", "150K", "$150k", " 150000 "] {
            assert_eq!(parse(form), Ok(150_000), "{form}");
        }
        assert_eq!(parse("1"), Ok(1));
        assert_eq!(parse("1,000,000"), Ok(1_000_000));
        assert_eq!(parse("18446744073709551615"), Ok(u64::MAX));
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        for bad in [
            "abc",
            "",
            "$",
            "k",
            "1e999",
            "150kk",
            "150 000",
            "1,50,000",
            "150,00",
            ",150",
            "150,",
            "1.5k",
            "150.000",
            "＄150",
            "１５０",
            "150m",
            "0x10",
            "+150",
            "150,000k",
            "1,000K",
            "0150k",
            "00150000",
            "007",
        ] {
            assert_eq!(parse(bad), Err(UsdError::NotAFigure), "{bad:?}");
        }
        assert_eq!(parse("-5"), Err(UsdError::Negative));
        assert_eq!(parse("-$5"), Err(UsdError::Negative));
        assert_eq!(parse("$-5"), Err(UsdError::Negative));
        assert_eq!(parse("0"), Err(UsdError::Zero));
        assert_eq!(parse("$0k"), Err(UsdError::Zero));
        assert_eq!(parse("0,000"), Err(UsdError::NotAFigure), "a leading zero");
        assert_eq!(parse("18446744073709551616"), Err(UsdError::TooLarge));
        assert_eq!(parse("18446744073709552k"), Err(UsdError::TooLarge));
        let mib = "9".repeat(1 << 20);
        assert_eq!(parse(&mib), Err(UsdError::TooLarge));
        assert_eq!(parse(&format!("{mib}x")), Err(UsdError::NotAFigure));
    }

    #[test]
    fn the_message_lists_the_forms() {
        assert_eq!(
            UsdError::NotAFigure.to_string(),
            "not an annual figure in USD; write it as 150000, 150,000, $150,000, 150k or 150K"
        );
    }

    #[test]
    fn a_value_is_read_from_its_leading_figure() {
        assert_eq!(leading("$136,620 per year ($65.69 per hour)"), Some(136_620));
        assert_eq!(leading("$103,500 per year"), Some(103_500));
        assert_eq!(leading("+34% (much faster than average)"), None);
        assert_eq!(leading("245,900"), None, "a count, not dollars");
        assert_eq!(leading(""), None);
    }
}
