//! Pure functions over the dataset: filters, lookups and the records commands print.

pub mod compare;
pub mod documents;
pub mod faq;
pub mod levels;
pub mod lookup;
pub mod matching;
pub mod path;
pub mod position;
pub mod question;
pub mod rank;
pub mod refs;
pub mod roles;
pub mod salary;
pub mod search;
pub mod skills;
pub mod sources;
pub mod terms;
pub mod way_in;
pub mod words;

use crate::model::Level;

/// A view of the dataset that shows an entry in full. Queries name where to look; the command
/// layer alone turns a target into the command a person types (`cmd::command`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    Role(&'a str),
    Roles,
    /// One level's band, or every band.
    Salary(Option<Level>),
    Skills,
    Education,
    Industries,
    Faq(u32),
    Guide(&'a str),
    Sources,
}
