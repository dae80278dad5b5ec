//! Pure functions over the dataset: filters, lookups and the records commands print.

pub mod faq;
pub mod lookup;
pub mod roles;
pub mod salary;
pub mod words;
