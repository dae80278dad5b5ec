//! Reading a level as people type it: its id, its title, or a level word of job ads.

use super::words::normalize;
use crate::model::{Dataset, Level};

/// The level `typed` names, in any case: an id (`mid`), a title (`Entry Level`, `entry-level`) or
/// one of the vocabulary's level words (`junior`). `None` when it names none.
pub fn read(dataset: &Dataset, typed: &str) -> Option<Level> {
    let typed = normalize(typed);
    if typed.is_empty() {
        return None;
    }
    let by_name = Level::ALL.into_iter().find(|level| {
        typed == level.id() || normalize(dataset.level_title(*level)) == typed || {
            // "entry level" reads as entry even in a dataset whose title for it differs.
            typed == format!("{} level", level.id())
        }
    });
    by_name.or_else(|| {
        let words = &dataset.vocabulary.level_words;
        words.iter().find(|word| normalize(&word.word) == typed).map(|word| word.level)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn levels_read_by_id_title_or_job_ad_word_in_any_case() {
        let data = dataset::embedded().unwrap();
        let read = |typed| read(&data, typed);
        assert_eq!(read("MID"), Some(Level::Mid));
        assert_eq!(read("Entry Level"), Some(Level::Entry));
        assert_eq!(read("entry-level"), Some(Level::Entry));
        assert_eq!(read("mid-level"), Some(Level::Mid));
        assert_eq!(read("senior-level"), Some(Level::Senior));
        assert_eq!(read("junior"), Some(Level::Entry));
        assert_eq!(read("Graduate"), Some(Level::Entry));
        assert_eq!(read("intermediate"), Some(Level::Mid));
        assert_eq!(read("new grad"), Some(Level::Entry));
        assert_eq!(read("principal"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn level_words_come_from_the_data() {
        let mut data = dataset::embedded().unwrap();
        data.vocabulary.level_words.clear();
        assert_eq!(read(&data, "junior"), None);
        assert_eq!(read(&data, "entry"), Some(Level::Entry));
    }
}
