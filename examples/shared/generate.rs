//! The large datasets of the benchmarks, shared by `examples/gen-dataset.rs` and
//! `benches/inprocess.rs` so both measure the same data.

use serde_json::{Value, json};

/// The embedded dataset with `count` roles instead of five. The first five are the article's
/// (the skills and BLS data point at them); role i after them repeats role i mod 5 with its id
/// and title numbered (`nlp-engineer-8`, "NLP Engineer 8"): the text is the article's, the
/// numbered roles are not real, and nothing generated ships in `data/`.
pub fn dataset(count: usize) -> Value {
    let mut dataset: Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).expect("embedded JSON");
    let article = dataset["roles"].as_array().cloned().unwrap_or_default();
    let roles = (0..count).map(|i| {
        let base = &article[i % article.len()];
        let mut role = base.clone();
        if i >= article.len() {
            role["id"] = json!(format!("{}-{i}", base["id"].as_str().unwrap_or("role")));
            role["title"] = json!(format!("{} {i}", base["title"].as_str().unwrap_or("Role")));
        }
        role
    });
    dataset["roles"] = Value::Array(roles.collect());
    dataset
}
