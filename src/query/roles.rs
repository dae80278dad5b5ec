//! Roles as commands show them: Table 1's row plus the salary range derived from Table 2's bands.

use schemars::JsonSchema;
use serde::Serialize;

use super::refs::{LevelRefs, Ref};
use super::skills::{self, Requirement};
use crate::model::{Dataset, Figure, Level, Occupation, Role, UsdRange};

/// A role with its experience range spelled out and its derived salary range.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleRecord<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub responsibilities: &'a str,
    /// Table 1's wording of the levels: "Mid to Senior".
    pub experience: String,
    pub levels: LevelRefs<'a>,
    /// Derived, not quoted: the article gives pay by level, not by role, so the range runs from the
    /// lowest minimum to the highest top of the bands of `levels`. `null` only if a level the role
    /// spans has no salary band.
    pub salary_usd: Option<DerivedSalary>,
    pub source: &'a str,
}

/// A role's salary range, derived: the article gives salaries per level, not per role. Programs
/// get the range alone, as every salary range is written (`min_usd`, `max_usd`, `open_ended`);
/// the record it is in says what it was derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedSalary {
    /// From the lowest minimum of the bands of the role's levels to the highest maximum; open
    /// when the band that sets the maximum is open-ended ("220,000+").
    pub range: UsdRange,
    /// Always true: the range is computed, not quoted.
    pub derived: bool,
    /// The levels whose bands the range was derived from.
    pub derived_from: Vec<Level>,
}

impl Serialize for DerivedSalary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.range.serialize(serializer)
    }
}

/// Described as the range it is written as.
impl JsonSchema for DerivedSalary {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        UsdRange::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        UsdRange::json_schema(generator)
    }
}

/// A role with everything known about it: Table 1's row, its own derived skills, and the BLS
/// occupation it corresponds to.
#[derive(Debug, Serialize, JsonSchema)]
pub struct RoleProfile<'a> {
    #[serde(flatten)]
    pub role: RoleRecord<'a>,
    /// The skills this role asks for beyond the essential ones every role asks for.
    pub own_skills: Vec<Requirement<'a>>,
    /// The BLS occupation the role corresponds to, if there is one.
    pub occupation: Option<OccupationRecord<'a>>,
}

/// A BLS occupation with its figures, each with its number beside its text.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OccupationRecord<'a> {
    /// Its SOC code (`15-1221`), as a search hit of kind `bls` has it.
    pub id: &'a str,
    pub title: &'a str,
    /// The article's roles that correspond to it.
    pub roles: Vec<Ref<'a>>,
    pub mapping: &'a str,
    pub figures: Vec<FigureRecord<'a>>,
}

/// One published figure: its text as published, and the number in it, typed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FigureRecord<'a> {
    pub figure: &'a str,
    /// As published: "$112,590 per year", "+34% (much faster than average)".
    pub value: &'a str,
    /// The dollar figure the value starts with ("$112,590 per year" is 112590), else `null`.
    pub value_usd: Option<u64>,
    /// The percentage the value starts with ("+34% ..." is 34), else `null`.
    pub percent: Option<i64>,
    /// The value when it is a plain count ("245,900" is 245900), else `null`.
    pub count: Option<u64>,
    pub period: &'a str,
    pub read: &'a str,
    pub source: &'a str,
}

impl<'a> OccupationRecord<'a> {
    pub fn from(dataset: &'a Dataset, occupation: &'a Occupation) -> Self {
        OccupationRecord {
            id: &occupation.soc,
            title: &occupation.title,
            roles: occupation.roles.iter().map(|id| Ref { id, title: dataset.role_title(id) }).collect(),
            mapping: &occupation.mapping,
            figures: occupation.figures.iter().map(FigureRecord::from).collect(),
        }
    }
}

impl<'a> FigureRecord<'a> {
    pub fn from(figure: &'a Figure) -> Self {
        let value = figure.value.trim();
        FigureRecord {
            figure: &figure.figure,
            value: &figure.value,
            value_usd: crate::usd::leading(value),
            percent: percent(value),
            count: (!value.is_empty() && value.bytes().all(|b| b.is_ascii_digit() || b == b','))
                .then(|| crate::usd::parse(value).ok())
                .flatten(),
            period: &figure.period,
            read: &figure.read,
            source: &figure.source,
        }
    }
}

/// `+34% (much faster than average)` is 34, `-3%` is -3.
fn percent(value: &str) -> Option<i64> {
    let number = value.split('%').next().filter(|_| value.contains('%'))?;
    let digits = number.strip_prefix('+').unwrap_or(number);
    digits.parse().ok()
}

pub fn profile<'a>(dataset: &'a Dataset, role: &'a Role) -> RoleProfile<'a> {
    RoleProfile {
        role: record(dataset, role),
        own_skills: skills::requirements(dataset, role).into_iter().filter(|need| need.derived).collect(),
        occupation: dataset
            .outside
            .occupation_of(&role.id)
            .map(|occupation| OccupationRecord::from(dataset, occupation)),
    }
}

/// Every role, in article order, that spans at least one of `levels` (all roles when empty).
pub fn list<'a>(dataset: &'a Dataset, levels: &[Level]) -> Vec<RoleRecord<'a>> {
    open_at(dataset, levels).map(|role| record(dataset, role)).collect()
}

/// The roles of [`list`], before they are made records.
pub fn open_at<'a>(dataset: &'a Dataset, levels: &[Level]) -> impl Iterator<Item = &'a Role> {
    dataset.roles.iter().filter(|role| role.is_open_at(levels))
}

/// The roles open at some of `levels` and at no other level (`senior only`).
pub fn open_only_at<'a>(dataset: &'a Dataset, levels: &[Level]) -> impl Iterator<Item = &'a Role> {
    open_at(dataset, levels).filter(|role| role.levels.iter().all(|level| levels.contains(level)))
}

pub fn record<'a>(dataset: &'a Dataset, role: &'a Role) -> RoleRecord<'a> {
    RoleRecord {
        id: &role.id,
        title: &role.title,
        responsibilities: &role.responsibilities,
        experience: role.experience(),
        levels: LevelRefs::new(dataset, &role.levels),
        salary_usd: derive_salary(dataset, &role.levels),
        source: &role.source,
    }
}

/// The range from the lowest band to the highest band among `levels`.
pub fn derive_salary(dataset: &Dataset, levels: &[Level]) -> Option<DerivedSalary> {
    let bands: Vec<_> = levels
        .iter()
        .map(|level| dataset.salary.bands.iter().find(|band| band.level == *level))
        .collect::<Option<_>>()?;
    let min = bands.iter().map(|band| band.min_usd).min()?;
    let top = bands.iter().max_by_key(|band| (band.max_usd, band.open_ended))?;
    Some(DerivedSalary {
        range: UsdRange { min, max: top.max_usd, open_ended: top.open_ended },
        derived: true,
        derived_from: levels.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;
    use Level::*;

    #[test]
    fn salary_spans_the_bands_of_the_levels() {
        let data = dataset::embedded().unwrap();
        let salary = derive_salary(&data, &[Mid, Senior]).unwrap();
        assert_eq!(salary.range, UsdRange { min: 120_000, max: 220_000, open_ended: true });
        let salary = derive_salary(&data, &[Entry]).unwrap();
        assert_eq!(salary.range, UsdRange { min: 80_000, max: 110_000, open_ended: false });
        assert!(salary.derived);
    }

    #[test]
    fn figures_carry_their_numbers() {
        let figure = |value: &str| Figure {
            figure: "f".into(),
            value: value.to_owned().into(),
            period: "p".into(),
            read: "r".into(),
            source: "s".into(),
        };
        let typed = |value: &str| {
            let figure = figure(value);
            let record = FigureRecord::from(&figure);
            (record.value_usd, record.percent, record.count)
        };
        assert_eq!(typed("$112,590 per year"), (Some(112_590), None, None));
        assert_eq!(typed("+34% (much faster than average)"), (None, Some(34), None));
        assert_eq!(typed("-3%"), (None, Some(-3), None));
        assert_eq!(typed("245,900"), (None, None, Some(245_900)));
        assert_eq!(typed("Bachelor's degree"), (None, None, None));
    }

    #[test]
    fn level_filter_keeps_roles_spanning_any_level() {
        let data = dataset::embedded().unwrap();
        let ids = |levels: &[Level]| list(&data, levels).iter().map(|role| role.id).collect::<Vec<_>>();
        assert_eq!(ids(&[Entry]), ["data-scientist"]);
        assert_eq!(
            ids(&[Mid]),
            ["machine-learning-engineer", "data-scientist", "nlp-engineer", "computer-vision-engineer"]
        );
        assert_eq!(ids(&[]).len(), 5);
        assert_eq!(ids(&[Entry, Senior]).len(), 5);
        let only =
            |levels: &[Level]| open_only_at(&data, levels).map(|role| role.id.as_str()).collect::<Vec<_>>();
        assert_eq!(only(&[Senior]), ["ai-research-scientist"]);
        assert_eq!(only(&[Mid, Senior]).len(), 4);
        assert!(only(&[Entry]).is_empty());
    }
}
