//! `mlcareers glossary [TERM]`: the abbreviations the article and its sources use, and what each
//! stands for (derived: the article spells none of them out).

use anyhow::Result;

use super::{Ctx, Outcome, quote};
use crate::model::Abbreviation;
use crate::query::words::normalize;
use crate::render::schema::{self, Shape};
use crate::render::{Column, Listing, Tabular};

pub fn run(ctx: &mut Ctx, term: Option<&str>) -> Result<Outcome> {
    let all = &ctx.dataset.vocabulary.abbreviations;
    let records: Vec<&Abbreviation> = match term {
        None => all.iter().collect(),
        Some(term) => {
            let wanted = normalize(term);
            all.iter()
                .filter(|entry| {
                    normalize(&entry.abbreviation) == wanted || normalize(&entry.meaning) == wanted
                })
                .collect()
        }
    };
    let notes = vec![
        "Meanings are derived: each is the common reading of an abbreviation the article or its outside \
         sources use, with its reason (in --format json too). Search for any of them with: mlcareers search TERM"
            .to_owned(),
    ];
    let empty_note = match term {
        Some(term) => format!(
            "no abbreviation '{}' in the glossary; mlcareers glossary lists them, mlcareers search {} looks everywhere",
            quote(term),
            quote(term)
        ),
        None => "the dataset lists no abbreviations".to_owned(),
    };
    ctx.list(&Listing::new(&records, notes, empty_note))
}

crate::render::records! {
    "abbreviation" => &Abbreviation, Abbreviation;
}

impl Tabular for &Abbreviation {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Abbreviation", |entry: &Self| entry.abbreviation.to_string()),
            Column::new("Stands for (derived)", |entry: &Self| entry.meaning.to_string()),
            Column::new("Why", |entry: &Self| entry.reason.to_string()),
        ]
    }
}

pub(super) fn schema() -> Vec<Shape> {
    vec![Shape::Array(schema::record::<Abbreviation>())]
}
