//! Line breaking for people: at spaces only, never inside an address or a `mlcareers ...`
//! command, and a word longer than the line goes whole on a line of its own.

use std::borrow::Cow;

/// Joins the words of a command so that no line breaks between them; a space again once wrapped.
const GLUE: char = '\u{a0}';
/// A command is the program's name and at most this many words after it.
const MAX_COMMAND_WORDS: usize = 5;

/// `text` broken into lines of at most `width` columns (the indents included), except where a
/// single word or command is longer than that by itself.
pub fn lines(text: &str, width: usize, initial_indent: &str, subsequent_indent: &str) -> Vec<String> {
    let glued = glue_commands(text);
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(initial_indent)
        .subsequent_indent(subsequent_indent)
        // Greedy, as most terminal tools do: textwrap's optimal fit balanced lines a little better
        // but cost a noticeable share of a whole run.
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        // Spaces only: never at the hyphen of `popular-roles` or the slashes of an address.
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(&glued, options).into_iter().map(|line| line.replace(GLUE, " ")).collect()
}

/// The widest word of `text` as [`lines`] sees words (a command is one): the narrowest column
/// that holds `text` without a line running over.
pub fn longest_word(text: &str) -> usize {
    glue_commands(text).split(' ').map(textwrap::core::display_width).max().unwrap_or(0)
}

/// `text` with the spaces made unbreakable inside each `mlcareers ...` command, between an arrow
/// and the command it points to (`→ mlcareers industries`), and around the dash of a dollar range
/// (`$120,000 – $220,000+`). A command runs from `mlcareers` over the words that look like its
/// arguments, and ends at a word that closes a bracket or ends a clause
/// (`(mlcareers guide education).`).
pub(super) fn glue_commands(text: &str) -> Cow<'_, str> {
    if !text.contains("mlcareers ") && !text.contains(" – $") && !text.contains(" - $") {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    let mut in_command = 0;
    for (i, &word) in words.iter().enumerate() {
        if i > 0 {
            let previous = words[i - 1];
            let argument = in_command > 0 && in_command <= MAX_COMMAND_WORDS && is_argument(word);
            let arrow = matches!(previous, "→" | "->") && is_program(word);
            let dash = |a: &str, b: &str| matches!(a, "–" | "-") && b.starts_with('$');
            let range = dash(word, words.get(i + 1).copied().unwrap_or("")) && previous.starts_with('$')
                || i >= 2 && dash(previous, word) && words[i - 2].starts_with('$');
            let joins = argument || arrow || range;
            out.push(if joins { GLUE } else { ' ' });
            if argument {
                in_command += 1;
            } else {
                in_command = 0;
            }
        }
        out.push_str(word);
        if is_program(word) {
            in_command = 1;
        } else if in_command > 0 && ends_command(word) {
            in_command = 0;
        }
    }
    Cow::Owned(out)
}

/// The program's name, as a command starts: `mlcareers`, `(mlcareers`.
fn is_program(word: &str) -> bool {
    word.trim_start_matches(['(', '`', '"', '\'']) == "mlcareers"
}

/// A word that can be a command's argument: a name, a number, a flag, a quoted value.
fn is_argument(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '"' | '\'' | '$'))
}

/// A word after which a command does not go on: it closes a bracket or ends a clause.
fn ends_command(word: &str) -> bool {
    word.contains([')', '`']) || word.ends_with([',', '.', ';', ':', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_in_prose_are_not_split() {
        assert_eq!(
            lines("Source: (mlcareers guide popular-roles).", 30, "", ""),
            ["Source:", "(mlcareers guide popular-roles)."]
        );
        assert_eq!(
            lines("Open one role with: mlcareers role NAME (for example: mlcareers role nlp)", 40, "", ""),
            ["Open one role with: mlcareers role NAME", "(for example: mlcareers role nlp)"]
        );
        assert_eq!(
            lines("see mlcareers role ai-research-scientist", 20, "", ""),
            ["see", "mlcareers role ai-research-scientist"]
        );
    }

    #[test]
    fn a_command_ends_where_its_clause_does() {
        assert_eq!(
            lines("(mlcareers faq 3) and more words here", 20, "", ""),
            ["(mlcareers faq 3)", "and more words here"]
        );
    }

    #[test]
    fn addresses_go_whole_on_a_line_of_their_own() {
        assert_eq!(
            lines("See https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs.htm today", 30, "", ""),
            ["See", "https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs.htm", "today"]
        );
    }

    #[test]
    fn an_arrow_stays_with_its_command_and_a_range_stays_whole() {
        assert_eq!(
            lines("→ mlcareers guide machine-learning-careers", 20, "", ""),
            ["→ mlcareers guide machine-learning-careers"]
        );
        assert_eq!(
            lines("Senior Level: $170,000 – $220,000+ a year", 21, "", ""),
            ["Senior Level:", "$170,000 – $220,000+", "a year"]
        );
    }

    #[test]
    fn the_longest_word_counts_a_command_as_one() {
        assert_eq!(longest_word("try it (mlcareers role nlp) now"), "(mlcareers role nlp)".len());
    }
}
