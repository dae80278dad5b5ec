//! [`Text`], the dataset's string, and the two speed choices behind it: strings are borrowed, never
//! copied, and the embedded data's strings are one table the compiler has already checked.
//!
//! **Borrowed.** A [`Text`] is a `&'static str`: reading one borrows it from bytes that live for
//! the whole run (the binary's own, or a data file read once), so loading a dataset allocates next
//! to nothing for its text, and a plain reference is two words where an owned-or-borrowed string
//! is three, a large part of a role when a file holds 100,000 of them. A string that cannot be
//! borrowed (a JSON string with an escape) is kept for the rest of the run, like the input: a
//! dataset lives until the process ends.
//!
//! **One table for the embedded data.** `build.rs` bakes the embedded dataset in postcard's binary
//! form, with each string written as its number in one table of strings, which `build.rs` writes
//! as Rust source (`OUT_DIR/strings.rs`). The compiler checks that table's UTF-8 once; read as
//! postcard's own strings, the same text was checked again at every start, 72,000 instructions,
//! a tenth of a short command's run (BENCHMARKS.md). Only a format that is not human-readable
//! (postcard, which reads nothing but the baked data) takes this form; JSON reads and writes
//! plain strings.
//!
//! **Kept, never freed.** A dataset, and what borrows it, lives until the process ends: [`keep`]
//! gives a value the whole run (the system takes the memory back whole at exit, where freeing it
//! string by string was work nobody sees on every run; `explore`'s worker thread, never joined,
//! reads it to the end). Every such decision is a call to it.
//!
//! This file is compiled into `build.rs` too (as `model.rs` is), where `cfg(baked)` is not set:
//! there [`Text`]s are numbered as they are written; in the program they are looked up.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// `value`, kept for the rest of the run and never dropped (the module's "Kept, never freed").
#[cfg(baked)]
pub fn keep<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// A string of the dataset, borrowed for the whole run. Serialized and described (JSON Schema) as
/// a plain string.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(&'static str);

/// The embedded data's strings, in the order `build.rs` numbered them.
#[cfg(baked)]
static BAKED: &[&str] = include!(concat!(env!("OUT_DIR"), "/strings.rs"));

/// Numbers the strings of the data being baked, in `build.rs`.
#[cfg(not(baked))]
pub(crate) mod baking {
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        static STRINGS: RefCell<(Vec<&'static str>, HashMap<&'static str, u32>)> =
            RefCell::new((Vec::new(), HashMap::new()));
    }

    /// The number of `text` in the table, the same for the same string.
    pub(crate) fn number(text: &'static str) -> u32 {
        STRINGS.with_borrow_mut(|(list, numbers)| {
            *numbers.entry(text).or_insert_with(|| {
                list.push(text);
                u32::try_from(list.len() - 1).expect("fewer than 4 billion strings")
            })
        })
    }

    /// The table so far, as Rust source: an array expression of string literals.
    pub(crate) fn source() -> String {
        STRINGS.with_borrow(|(list, _)| {
            let literals: Vec<String> = list.iter().map(|text| format!("{text:?}")).collect();
            format!("&[{}]\n", literals.join(",\n"))
        })
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[cfg(not(baked))]
        if !serializer.is_human_readable() {
            return serializer.serialize_u32(baking::number(self.0));
        }
        serializer.serialize_str(self.0)
    }
}

/// Described as a plain string, inline, as a `String` field is: the schema does not change.
impl JsonSchema for Text {
    fn inline_schema() -> bool {
        String::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl Text {
    pub fn as_str(&self) -> &str {
        self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Text(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(Box::leak(text.into_boxed_str()))
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.0.to_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.0
    }
}

thread_local! {
    static ONLY_CHECKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn only_checking() -> bool {
    ONLY_CHECKING.with(std::cell::Cell::get)
}

/// Runs `f`, in which text that is not borrowed from the input is read as `""` instead of being
/// kept for the process's life: for the diagnosis of a broken file, which reads a part again and
/// again to find each type error and keeps none of those reads (each kept would be the part's
/// text once more).
pub(crate) fn only_checking_types<R>(f: impl FnOnce() -> R) -> R {
    ONLY_CHECKING.with(|flag| flag.set(true));
    let result = f();
    ONLY_CHECKING.with(|flag| flag.set(false));
    result
}

impl<'de: 'static> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de: 'static> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text, E> {
                Ok(Text(text))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
                if only_checking() {
                    return Ok(Text(""));
                }
                Ok(Text::from(text.to_owned()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
                if only_checking() {
                    return Ok(Text(""));
                }
                Ok(Text::from(text))
            }
        }

        #[cfg(baked)]
        if !deserializer.is_human_readable() {
            let number = u32::deserialize(deserializer)?;
            return usize::try_from(number)
                .ok()
                .and_then(|number| BAKED.get(number))
                .map(|text| Text(text))
                .ok_or_else(|| de::Error::custom("a string number past the baked table"));
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_baked_string_is_its_number_in_the_table_and_no_number_past_it_reads() {
        // postcard writes a u32 as a varint: 0 is the table's first string.
        assert_eq!(postcard::from_bytes::<Text>(&[0]).unwrap(), Text(BAKED[0]));
        let past = u32::try_from(BAKED.len()).unwrap();
        let past: &'static [u8] = postcard::to_allocvec(&past).unwrap().leak();
        assert!(postcard::from_bytes::<Text>(past).is_err());
        // JSON reads and writes the string itself.
        let json: &'static str = serde_json::to_string(&Text("a \"quoted\" word")).unwrap().leak();
        assert_eq!(json, r#""a \"quoted\" word""#);
        assert_eq!(serde_json::from_str::<Text>(json).unwrap(), "a \"quoted\" word");
    }
}
