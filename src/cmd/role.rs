//! `mlcareers role NAME`: one role's page.

use anyhow::Result;

use super::{Ctx, Outcome, resolve, sentence_list, source_notes};
use crate::query::roles;
use crate::render::{Block, Document, usd_range};

pub fn run(ctx: &mut Ctx, name: &str) -> Result<Outcome> {
    let dataset = ctx.dataset;
    let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
    let record = roles::record(dataset, role);

    let mut fields = vec![
        ("Responsibilities".to_owned(), record.responsibilities.to_owned()),
        ("Experience".to_owned(), record.experience.clone()),
    ];
    let mut salary_blocks = Vec::new();
    if let Some(salary) = &record.salary_usd {
        fields.push((
            "Salary (derived)".to_owned(),
            format!("{} a year", usd_range(salary.min, salary.max, salary.open_ended)),
        ));
        let bands = dataset.salary.bands.iter().filter(|band| salary.derived_from.contains(&band.level));
        salary_blocks.push(Block::List {
            heading: "Salary by level (the article's Table 2)".to_owned(),
            items: bands
                .map(|band| {
                    let range = usd_range(band.min_usd, band.max_usd, band.open_ended);
                    format!("{}: {range}", dataset.level_title(band.level))
                })
                .collect(),
        });
        salary_blocks.push(Block::Paragraph(format!(
            "The salary range is derived: the article gives pay by experience level, not by role, so this \
             range runs from the lowest to the highest band of the levels the role spans. Salaries vary with \
             {}; many machine learning jobs add {} to base salary.",
            sentence_list(&dataset.salary.depends_on),
            sentence_list(&dataset.salary.extras),
        )));
    }
    let mut blocks = vec![Block::Fields(fields)];
    blocks.extend(salary_blocks);
    blocks.push(Block::Paragraph(
        "Skills: the article's essential skills are for machine learning jobs in general, not for one role \
         (mlcareers skills)."
            .to_owned(),
    ));
    blocks.extend(source_notes(dataset, [record.source]).into_iter().map(Block::Paragraph));

    let doc = Document { title: record.title.to_owned(), blocks };
    ctx.page(&record, &doc)
}
