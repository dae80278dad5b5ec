//! What more than one test file needs.

/// Every command that shows the dataset, once, in table form: the process, hostile-input and
/// odd-terminal suites run each of them.
pub const VIEWS: &[&[&str]] = &[
    &["roles"],
    &["roles", "--level", "mid"],
    &["role", "nlp-engineer"],
    &["role", "data-scientist"],
    &["salary"],
    &["salary", "--chart"],
    &["skills"],
    &["education"],
    &["industries"],
    &["faq"],
    &["faq", "degree"],
    &["guide"],
    &["guide", "future-outlook"],
    &["search", "python"],
    &["match", "--skills", "python,statistics"],
    &["compare", "nlp-engineer", "computer-vision-engineer"],
    &["sources"],
];
