//! Every string of a value with its path (`roles[3].title`), read through `Serialize`.
//!
//! Walking the model through `Serialize` spares the text rules a `serde_json::Value` copy of the
//! whole dataset, and the time and memory building it takes. The path is kept as segments and
//! written out only for a string that breaks a rule.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Where a string sits: field names and list indexes from the top.
pub struct Path(Vec<Segment>);

enum Segment {
    Field(&'static str),
    Index(usize),
}

impl Path {
    /// The name of the field holding the string (`title` for `roles[3].title`).
    pub fn field(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|segment| match segment {
            Segment::Field(name) => Some(*name),
            Segment::Index(_) => None,
        })
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            let dot = if i == 0 { "" } else { "." };
            match segment {
                Segment::Field(name) => write!(f, "{dot}{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Calls `visit(path, text)` for every string in `value`.
pub fn each_string<T: Serialize + ?Sized>(value: &T, visit: &mut dyn FnMut(&Path, &str)) {
    let mut walker = Strings { path: Path(Vec::new()), visit };
    // The model is structs, lists, options, strings, numbers and unit enums: no maps, tuples or
    // enum variants with data, which this walker refuses (a test walks the embedded dataset).
    value.serialize(&mut walker).expect("the dataset model has only structs, lists, strings and numbers");
}

struct Strings<'a> {
    path: Path,
    visit: &'a mut dyn FnMut(&Path, &str),
}

impl Strings<'_> {
    /// Serializes `value` at the path with `segment` added, then takes the segment off again.
    fn at<T: Serialize + ?Sized>(&mut self, segment: Segment, value: &T) -> Result<(), fmt::Error> {
        self.path.0.push(segment);
        let result = value.serialize(&mut *self);
        self.path.0.pop();
        result
    }
}

/// Lists and the fields of structs: each element at its own path.
struct Compound<'w, 'a> {
    walker: &'w mut Strings<'a>,
    index: usize,
}

impl<'w, 'a> ser::Serializer for &'w mut Strings<'a> {
    type Ok = ();
    type Error = fmt::Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Impossible<(), fmt::Error>;
    type SerializeTupleStruct = Impossible<(), fmt::Error>;
    type SerializeTupleVariant = Impossible<(), fmt::Error>;
    type SerializeMap = Impossible<(), fmt::Error>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Impossible<(), fmt::Error>;

    fn serialize_str(self, text: &str) -> Result<(), fmt::Error> {
        (self.visit)(&self.path, text);
        Ok(())
    }

    fn serialize_bool(self, _: bool) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), fmt::Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), fmt::Error> {
        Ok(())
    }
    /// Enumerations (levels, kinds) are names from a fixed set, not text.
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), fmt::Error> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), fmt::Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), fmt::Error> {
        self.at(Segment::Field(variant), value)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w, 'a>, fmt::Error> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, fmt::Error> {
        Err(fmt::Error)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w, 'a>, fmt::Error> {
        Ok(Compound { walker: self, index: 0 })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, fmt::Error> {
        Err(fmt::Error)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), fmt::Error> {
        self.index += 1;
        self.walker.at(Segment::Index(self.index - 1), value)
    }
    fn end(self) -> Result<(), fmt::Error> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = fmt::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), fmt::Error> {
        self.walker.at(Segment::Field(key), value)
    }
    fn end(self) -> Result<(), fmt::Error> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Inner {
        title: String,
        tags: Vec<String>,
        note: Option<String>,
        count: u64,
    }

    #[derive(Serialize)]
    struct Outer {
        id: String,
        items: Vec<Inner>,
    }

    #[test]
    fn every_string_is_visited_with_its_path() {
        let outer = Outer {
            id: "x".into(),
            items: vec![
                Inner { title: "a".into(), tags: vec!["t".into(), "u".into()], note: None, count: 1 },
                Inner { title: "b".into(), tags: vec![], note: Some("n".into()), count: 2 },
            ],
        };
        let mut seen = Vec::new();
        let mut fields = Vec::new();
        each_string(&outer, &mut |path, text| {
            seen.push(format!("{path}={text}"));
            fields.push(path.field().unwrap_or_default().to_owned());
        });
        let expected = [
            "id=x",
            "items[0].title=a",
            "items[0].tags[0]=t",
            "items[0].tags[1]=u",
            "items[1].title=b",
            "items[1].note=n",
        ];
        assert_eq!(seen, expected);
        assert_eq!(fields, ["id", "title", "tags", "tags", "title", "note"]);
    }
}
