//! Searching the whole dataset at once: roles, salary bands, skills, education, industries,
//! FAQ, guide sections and the outside figures, ranked by [`Index::rank`].

use serde::Serialize;

use super::rank::{Doc, Index};
use super::roles;
use crate::model::Dataset;
use crate::render::usd_range;

/// One search result: the entry in full and the command that opens it.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// role, salary, skill, education, industry, employer, application, faq, guide or bls.
    pub kind: &'static str,
    pub title: String,
    /// The whole entry; for a guide section, the paragraphs that match (the first when only its
    /// title does).
    pub text: String,
    /// Higher is better; only the order means something.
    pub score: f64,
    pub command: String,
    pub source: String,
}

/// An entry of the dataset as a hit shows it; its ranking text is the [`Doc`] of the same index.
struct Entry {
    kind: &'static str,
    title: String,
    /// The text a hit shows, unless the entry shows its matching parts (guide sections).
    text: Option<String>,
    command: String,
    source: String,
}

/// Searchable entries and their index, built once per dataset.
pub struct Searcher {
    entries: Vec<Entry>,
    index: Index,
}

impl Searcher {
    pub fn new(dataset: &Dataset) -> Self {
        let (entries, docs) = entries(dataset).into_iter().unzip();
        Searcher { entries, index: Index::new(docs) }
    }

    /// Every entry matching `query`, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.index
            .rank(query)
            .into_iter()
            .map(|ranked| {
                let entry = &self.entries[ranked.doc];
                let text = entry.text.clone().unwrap_or_else(|| {
                    let shown = if ranked.parts.is_empty() { vec![0] } else { ranked.parts };
                    let parts = shown.iter().filter_map(|&p| self.index.doc(ranked.doc).parts.get(p));
                    parts.cloned().collect::<Vec<_>>().join("\n\n")
                });
                Hit {
                    kind: entry.kind,
                    title: entry.title.clone(),
                    text,
                    score: (ranked.score * 1000.0).round() / 1000.0,
                    command: entry.command.clone(),
                    source: entry.source.clone(),
                }
            })
            .collect()
    }

    /// What to try instead when `query` finds nothing, if something is close.
    pub fn suggest(&self, query: &str) -> Option<String> {
        self.index.suggest(query)
    }
}

fn entries(dataset: &Dataset) -> Vec<(Entry, Doc)> {
    let mut entries = Vec::new();
    let mut add =
        |kind, names: Vec<String>, parts: Vec<String>, text: Option<String>, command, source: &str| {
            let title = names[0].clone();
            let entry = Entry { kind, title, text, command, source: source.to_owned() };
            entries.push((entry, Doc { names, parts }));
        };

    for role in &dataset.roles {
        let record = roles::record(dataset, role);
        let mut text = format!("{}. Experience: {}.", role.responsibilities, record.experience);
        if let Some(salary) = &record.salary_usd {
            text.push_str(&format!(
                " Salary (derived from the level bands): {}.",
                usd_range(salary.min, salary.max, salary.open_ended)
            ));
        }
        let parts = vec![role.responsibilities.clone(), record.experience.clone()];
        add(
            "role",
            vec![role.title.clone(), role.id.clone()],
            parts,
            Some(text),
            format!("mlcareers role {}", role.id),
            &role.source,
        );
    }
    for band in &dataset.salary.bands {
        let title = dataset.level_title(band.level).to_owned();
        let range = usd_range(band.min_usd, band.max_usd, band.open_ended);
        // The table's caption ("Average Salary Ranges by Experience") makes "salary" find the bands.
        let parts = section_tables(dataset, &band.source);
        let text = Some(format!("{range} a year."));
        add(
            "salary",
            vec![title],
            parts,
            text,
            format!("mlcareers salary --level {}", band.level.id()),
            &band.source,
        );
    }
    for group in &dataset.skills.groups {
        let mut names = vec![group.title.clone()];
        names.extend(group.skills.iter().cloned());
        let text = Some(format!("{}. {}", group.skills.join(", "), group.why));
        add("skill", names, vec![group.why.clone()], text, "mlcareers skills".to_owned(), &group.source);
    }
    for link in &dataset.skills.by_role {
        let role = dataset.roles.iter().find(|role| role.id == link.role);
        let role_title = role.map_or(link.role.as_str(), |role| role.title.as_str());
        let names = vec![format!("{} ({role_title})", link.skill)];
        let text = Some(format!("Derived: {}", link.reason));
        add(
            "skill",
            names,
            vec![link.reason.clone()],
            text,
            format!("mlcareers role {}", link.role),
            &link.source,
        );
    }
    for pathway in &dataset.education.pathways {
        let mut names = vec![pathway.title.clone()];
        names.extend(pathway.options.iter().cloned());
        let text = Some(format!("{}. {}", pathway.options.join(", "), pathway.detail));
        add(
            "education",
            names,
            vec![pathway.detail.clone()],
            text,
            "mlcareers education".to_owned(),
            &pathway.source,
        );
    }
    for entry in &dataset.industries.entries {
        let kind = entry.kind.id();
        let mut names = vec![entry.name.clone()];
        names.extend(entry.uses.iter().cloned());
        let text = if entry.uses.is_empty() {
            sentence_naming(dataset, &entry.source, &entry.name)
        } else {
            format!("Uses machine learning for: {}.", entry.uses.join(", "))
        };
        add(kind, names, vec![], Some(text), "mlcareers industries".to_owned(), &entry.source);
    }
    for faq in &dataset.faq {
        let text = Some(faq.answer.clone());
        add(
            "faq",
            vec![faq.question.clone()],
            vec![faq.answer.clone()],
            text,
            format!("mlcareers faq {}", faq.number),
            &faq.source,
        );
    }
    for section in &dataset.guide {
        let names = vec![section.title.clone(), section.id.clone()];
        add(
            "guide",
            names,
            section.paragraphs.clone(),
            None,
            format!("mlcareers guide {}", section.id),
            &section.id,
        );
    }
    for occupation in &dataset.outside.occupations {
        let title = format!("{} (BLS {})", occupation.title, occupation.soc);
        let figures: Vec<String> =
            occupation.figures.iter().map(|f| format!("{}: {} ({})", f.figure, f.value, f.period)).collect();
        let text = Some(format!("{} {}.", occupation.mapping, figures.join("; ")));
        let role = occupation.roles.first().map_or("", String::as_str);
        let parts = vec![occupation.mapping.clone(), figures.join(" ")];
        let source = occupation.figures.first().map_or("", |figure| figure.source.as_str());
        add("bls", vec![title, "BLS".to_owned()], parts, text, format!("mlcareers role {role}"), source);
    }
    entries
}

/// The captions of the tables in section `source`.
fn section_tables(dataset: &Dataset, source: &str) -> Vec<String> {
    dataset.guide.iter().filter(|section| section.id == source).flat_map(|s| s.tables.clone()).collect()
}

/// The sentence of section `source` that names `name` (its first word), or the name alone.
fn sentence_naming(dataset: &Dataset, source: &str, name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or(name).to_lowercase();
    let paragraphs = dataset.guide.iter().filter(|section| section.id == source).flat_map(|s| &s.paragraphs);
    paragraphs
        .flat_map(|paragraph| paragraph.split_inclusive(". "))
        .find(|sentence| sentence.to_lowercase().contains(&first_word))
        .map_or_else(|| name.to_owned(), |sentence| sentence.trim().to_owned())
}
