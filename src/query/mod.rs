//! Pure functions over the dataset: filters, lookups and the records commands print.

pub mod compare;
pub mod faq;
pub mod lookup;
pub mod rank;
pub mod roles;
pub mod salary;
pub mod search;
pub mod skills;
pub mod sources;
pub mod words;
