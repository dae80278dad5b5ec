//! `mlcareers role NAME`: one role's page.

use anyhow::Result;

use super::roles::{HasRole, role_columns};
use super::salary::chart_of;
use super::{Ctx, Outcome, command, no_role_named, resolve, sentence_list, source_notes};
use crate::model::Dataset;
use crate::query::Target;
use crate::query::roles::{self, RoleProfile, RoleRecord};
use crate::render::{Bar, Block, Column, Document, Tabular};

pub fn run(ctx: &mut Ctx, name: &str) -> Result<Outcome> {
    let dataset = ctx.dataset;
    if name.trim().is_empty() {
        let example = dataset.roles.first().map_or_else(String::new, |role| command(Target::Role(&role.id)));
        return Err(no_role_named(dataset, "name a role", &example));
    }
    let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
    let profile = roles::profile(dataset, role);
    let record = &profile.role;

    let mut fields = vec![
        ("Responsibilities".to_owned(), record.responsibilities.to_owned()),
        ("Experience".to_owned(), record.experience.clone()),
    ];
    let mut salary_blocks = Vec::new();
    if let Some(salary) = &record.salary_usd {
        fields.push(("Salary (derived)".to_owned(), format!("{} a year", salary.range)));
        let bands = dataset.salary.bands.iter().filter(|band| salary.derived_from.contains(&band.level));
        let mut bars: Vec<_> =
            bands.map(|band| Bar::new(dataset.level_title(band.level), band.range())).collect();
        bars.push(Bar::new("This role (derived)", salary.range));
        salary_blocks.push(Block::Chart(chart_of(dataset, bars)));
        salary_blocks.push(Block::Paragraph(format!(
            "The salary range is derived: the article gives pay by experience level (Table 2), not by role, \
             so this range runs from the lowest to the highest band of the levels the role spans. Salaries \
             vary with {}; many machine learning jobs add {} to base salary.",
            sentence_list(&dataset.salary.depends_on),
            sentence_list(&dataset.salary.extras),
        )));
    }
    let mut blocks = vec![Block::Fields(fields)];
    blocks.extend(salary_blocks);
    blocks.push(skills_block(dataset, &profile));
    blocks.extend(outside_blocks(dataset, &profile));
    blocks.extend(source_notes(dataset, [record.source]).into_iter().map(Block::Paragraph));

    let doc = Document { title: record.title.to_owned(), blocks };
    ctx.page(&profile, &doc)
}

/// The essential skills every role asks for, then this role's own, each with why.
fn skills_block(dataset: &Dataset, profile: &RoleProfile) -> Block {
    let essential: Vec<&str> = dataset.skills.essential().collect();
    let mut items = vec![format!(
        "For every machine learning role, as the article names them (mlcareers skills): {}",
        essential.join(", ")
    )];
    for need in &profile.own_skills {
        items.push(format!("{} ({}): {}", need.skill, need.label(), need.reason.unwrap_or_default()));
    }
    Block::List { heading: "Skills".to_owned(), items }
}

/// The BLS figures for the role's occupation, labelled as outside figures, or why there are none.
fn outside_blocks(dataset: &Dataset, profile: &RoleProfile) -> Vec<Block> {
    let outside = &dataset.outside;
    let Some(occupation) = profile.occupation else {
        let unmapped = outside.unmapped.roles.iter().any(|id| id == profile.role.id);
        let text = if unmapped {
            outside.unmapped.text.clone()
        } else {
            "No outside figures are on record for this role.".to_owned()
        };
        return vec![Block::Paragraph(format!("Outside reference: none. {text}"))];
    };
    let items = occupation
        .figures
        .iter()
        .map(|figure| {
            let address = outside.source(&figure.source).map_or("", |source| source.address.as_str());
            format!("{}: {} ({}; {}; {address})", figure.figure, figure.value, figure.period, figure.read)
        })
        .collect();
    let notes = outside.notes.iter().map(|note| note.text.as_str()).collect::<Vec<_>>().join(" ");
    vec![
        Block::List {
            heading: format!(
                "Outside reference: BLS {} ({}), not by experience level",
                occupation.title, occupation.soc
            ),
            items,
        },
        Block::Paragraph(format!("{} {notes} (mlcareers sources)", occupation.mapping)),
    ]
}

/// A record that shows a role's page: its row, its own skills and its occupation.
pub(super) trait HasProfile {
    fn profile(&self) -> &RoleProfile<'_>;
}

impl HasProfile for RoleProfile<'_> {
    fn profile(&self) -> &RoleProfile<'_> {
        self
    }
}

impl<R: HasProfile> HasRole for R {
    fn role(&self) -> &RoleRecord<'_> {
        &self.profile().role
    }
}

/// The columns of a role's page, for any record that shows one: the row's, then its own.
pub(super) fn profile_columns<R: HasProfile>() -> Vec<Column<R>> {
    let mut columns = role_columns();
    columns.push(Column::programs("own_skills", |r: &R, reader| {
        reader.join(r.profile().own_skills.iter().map(|need| need.skill))
    }));
    columns.push(Column::programs("occupation", |r: &R, _| {
        r.profile().occupation.map_or_else(String::new, |occupation| occupation.soc.clone())
    }));
    columns
}

impl Tabular for RoleProfile<'_> {
    fn columns() -> Vec<Column<Self>> {
        profile_columns()
    }
}
