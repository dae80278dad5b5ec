//! Keys given twice in one object. JSON leaves them undefined: a `serde_json::Value` keeps the
//! last, and serde refuses one in a struct (every object of a dataset is one) with its own words,
//! at the object. A file serde refused is searched for them here, each named at its repeat
//! (`dataset::check`); the diagnosis, which reads the file a section at a time, would keep the last.

use std::collections::HashSet;
use std::fmt::{self, Write as _};

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::Problem;
use crate::render::shown;

/// Every key given twice in an object of `json`, at the repeat, in the file's order. One pass
/// that keeps only the keys of the objects it is inside. A file that is not JSON has none (its
/// syntax error is reported elsewhere).
pub(super) fn duplicates(json: &str) -> Vec<Problem> {
    let mut walk = Walk { path: Vec::new(), found: Vec::new() };
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let _ = (&mut walk).deserialize(&mut deserializer);
    walk.found
}

enum Segment {
    Key(String),
    Index(usize),
}

struct Walk {
    path: Vec<Segment>,
    found: Vec<Problem>,
}

impl Walk {
    /// `roles[3].title`, as every problem names its place.
    fn path(&self, key: &str) -> String {
        let mut path = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Index(i) => _ = write!(path, "[{i}]"),
            }
        }
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&shown(key));
        path
    }
}

impl<'de> DeserializeSeed<'de> for &mut Walk {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut Walk {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let key = key.into_owned();
            if seen.contains(&key) {
                let message =
                    format!("key \"{}\" is given twice in one object; only one can count", shown(&key));
                self.found.push(Problem::new(self.path(&key), message));
            }
            self.path.push(Segment::Key(key.clone()));
            map.next_value_seed(&mut *self)?;
            self.path.pop();
            seen.insert(key);
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            self.path.push(Segment::Index(i));
            let more = seq.next_element_seed(&mut *self)?;
            self.path.pop();
            if more.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_found_at_the_repeat() {
        let json = r#"{"roles": [], "levels": [{"id": "a", "id": "b"}], "roles": [1]}"#;
        let found: Vec<String> = duplicates(json).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "levels[0].id: key \"id\" is given twice in one object; only one can count",
                "roles: key \"roles\" is given twice in one object; only one can count",
            ]
        );
        assert!(duplicates(crate::dataset::EMBEDDED_JSON).is_empty());
        assert!(duplicates("[").is_empty());
    }
}
