//! `mlcareers salary FIGURE [--level L] [--role NAME] [--chart]`: where a figure sits in the bands.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::salary::chart_of;
use super::{Ctx, Outcome, nothing_at, resolve, sentence_list, source_notes};
use crate::model::{Dataset, Level, Occupation, UsdRange};
use crate::query::position::{self, AgainstMedian, Place, Placed, Position, Versus};
use crate::query::refs::Ref;
use crate::query::roles::OccupationRecord;
use crate::render::schema::{self, Shape};
use crate::render::{Bar, Block, Cmd, Column, Document, Listing, Money, People, Records, Tabular};
use crate::usd::dollars;

/// What programs get as JSON: the figure, and where it sits against each band and median.
#[derive(Debug, Serialize, JsonSchema)]
struct Placement<'a> {
    /// The figure in whole dollars, as text (`150000`); with `--role`, the role's id, then the
    /// figure, joined by `/` (`nlp-engineer/150000`).
    id: String,
    figure_usd: u64,
    /// Always true: every position is computed from the bands, not quoted.
    derived: bool,
    /// The role `--role` named, whose levels chose the bands.
    role: Option<Ref<'a>>,
    bands: Vec<BandPlace<'a>>,
    /// The BLS occupation of the role `--role` named, as the role's page gives it (`null` without
    /// `--role`, or for a role with none).
    occupation: Option<OccupationRecord<'a>>,
    /// The figure against the BLS medians of `occupation` (`--role` only).
    bls_medians: Vec<MedianPlace<'a>>,
}

/// One band and where the figure sits in it: a row of the table, an item of `bands`.
#[derive(Debug, Serialize, JsonSchema)]
struct BandPlace<'a> {
    /// The level: `entry`, `mid` or `senior`.
    id: Level,
    /// The article's name for the level: "Entry Level".
    title: &'a str,
    salary_usd: UsdRange,
    /// "below", "within" or "above".
    position: &'static str,
    /// How far outside the band: under its minimum, or over the top of a closed band; 0 within.
    gap_usd: u64,
    /// Within the band: how far over its minimum.
    above_min_usd: Option<u64>,
    /// Strictly inside a closed band: its quarter, 1 (lowest) to 4 (top).
    quarter: Option<u8>,
    source: &'a str,
    /// The position in words, for people.
    #[serde(skip)]
    says: String,
}

/// The figure against one BLS median, labelled as the role page labels it.
#[derive(Debug, Serialize, JsonSchema)]
struct MedianPlace<'a> {
    figure: &'a str,
    value: &'a str,
    period: &'a str,
    read: &'a str,
    source: &'a str,
    address: &'a str,
    /// The median in whole dollars, as `value_usd` is wherever a BLS figure is given.
    value_usd: u64,
    /// "below", "same" or "above".
    position: &'static str,
    difference_usd: u64,
}

pub fn run(ctx: &mut Ctx, figure: u64, levels: &[Level], role: Option<&str>, chart: bool) -> Result<Outcome> {
    let dataset = ctx.dataset();
    if figure < IMPLAUSIBLE {
        // `salary $95,000` unquoted: the shell reads `$9` as a variable and passes `5,000`.
        ctx.warn(&format!(
            "{} is below any annual salary the article gives; if you typed a $ before the figure, the shell \
             may have read $ and the digit after it as a variable: quote it ('$95,000') or leave the $ out (95000)",
            dollars(figure)
        ))?;
    }
    let role = role.map(|name| resolve("role", name, &dataset.roles, "mlcareers roles")).transpose()?;
    let chosen: Vec<Level> = match role {
        Some(role) => {
            role.levels.iter().copied().filter(|level| levels.is_empty() || levels.contains(level)).collect()
        }
        None => levels.to_vec(),
    };
    let placed = if role.is_some() && chosen.is_empty() {
        Vec::new()
    } else {
        position::bands(dataset, figure, &chosen)
    };
    let bands: Vec<BandPlace> = placed.iter().map(|placed| band_place(placed)).collect();
    let occupation = role.and_then(|role| dataset.outside.occupation_of(&role.id));
    let medians = occupation.map(|occupation| position::medians(occupation, figure)).unwrap_or_default();

    let amount = dollars(figure);
    let mut notes = vec![match role {
        Some(role) => format!(
            "Where {amount} sits is derived: it is set against the article's salary bands by experience \
             level (Table 2), for the levels {} spans ({}). The article gives pay by level, not by role.",
            role.title,
            role.experience(),
        ),
        None => format!(
            "Where {amount} sits is derived: it is set against the article's salary bands by experience \
             level (Table 2)."
        ),
    }];
    if let Some(open) = placed.iter().find(|placed| placed.band.salary_usd.open_ended) {
        notes.push(format!(
            "{}+ is open-ended: the article gives no top for {}, so every figure from {} up is within it.",
            dollars(open.band.salary_usd.max),
            open.band.title.to_lowercase(),
            dollars(open.band.salary_usd.min),
        ));
    }
    if let Some(role) = role {
        notes.extend(outside_notes(dataset, &role.id, occupation, &medians, &amount));
    }
    notes.push(format!(
        "Salaries vary with {}; many machine learning jobs add {} to base salary.",
        sentence_list(&dataset.salary.depends_on),
        sentence_list(&dataset.salary.extras),
    ));
    notes.push(dataset.article.provenance.to_string());
    notes.extend(source_notes(dataset, placed.iter().map(|placed| placed.band.source)));

    let empty_note = match role {
        Some(role) if !levels.is_empty() => nothing_at(&format!("{} is not open", role.title), levels),
        Some(role) => format!("{} spans no level with a salary band", role.title),
        None => nothing_at("no salary band", levels),
    };
    let object = Placement {
        id: role.map_or_else(|| figure.to_string(), |role| format!("{}/{figure}", role.id)),
        figure_usd: figure,
        derived: true,
        role: role.map(Ref::role),
        bands,
        occupation: occupation.map(|occupation| OccupationRecord::from(dataset, occupation)),
        bls_medians: medians.iter().map(|median| median_place(dataset, median)).collect(),
    };
    let listing = Listing::new(&object.bands, notes, empty_note);
    let doc = chart.then(|| {
        let bars = placed.iter().map(|placed| Bar::new(placed.band.title, placed.band.range())).collect();
        let mut blocks = vec![Block::Chart(chart_of(dataset, bars).with_marker("Your figure", figure))];
        blocks.push(Block::list(
            format!("Where {amount} sits (derived)"),
            object.bands.iter().map(|band| format!("{}: {}", band.title, band.says)),
        ));
        blocks.extend(listing.notes.iter().cloned().map(Block::paragraph));
        Document { title: format!("{amount} a year against the salary bands by experience level"), blocks }
    });
    // Programs get the placement; people the chart when asked for, else the table, or the note
    // that no band was placed.
    let people = match &doc {
        Some(doc) if !listing.records.is_empty() => People::Pages(std::slice::from_ref(doc)),
        _ => People::Table(&listing, &[]),
    };
    ctx.show(Records::One(&object), people)
}

fn band_place<'a>(placed: &Placed<'a>) -> BandPlace<'a> {
    let band = &placed.band;
    let (gap_usd, above_min_usd, quarter) = match placed.position {
        Position::Below { by } | Position::Above { by } => (by, None, None),
        Position::Within { above_min, place: Place::Quarter(quarter) } => (0, Some(above_min), Some(quarter)),
        Position::Within { above_min, .. } => (0, Some(above_min), None),
    };
    BandPlace {
        id: band.id,
        title: band.title,
        salary_usd: band.salary_usd,
        position: placed.position.id(),
        gap_usd,
        above_min_usd,
        quarter,
        source: band.source,
        says: say(placed.position, band.salary_usd.max - band.salary_usd.min),
    }
}

/// Below this a figure is no annual salary anyone is quoted: a slip, or the shell's doing.
const IMPLAUSIBLE: u64 = 20_000;

/// A position in words, plainly: "within, near the top ($30,000 over the minimum)". `span` is
/// the band's width, for the figure at its exact middle ("halfway").
fn say(position: Position, span: u64) -> String {
    match position {
        Position::Below { by } => format!("below, {} under the minimum", dollars(by)),
        Position::Above { by } => format!("above, {} over the top", dollars(by)),
        Position::Within { place: Place::AtMinimum, .. } => "within, exactly the minimum".to_owned(),
        Position::Within { place: Place::AtMaximum, .. } => "within, exactly the top".to_owned(),
        Position::Within { above_min, place: Place::Quarter(_) } if above_min * 2 == span => {
            format!("within, halfway ({} over the minimum)", dollars(above_min))
        }
        Position::Within { above_min, place: Place::Quarter(quarter) } => {
            let which = match quarter {
                1 => "near the bottom",
                2 => "below the middle",
                3 => "above the middle",
                _ => "near the top",
            };
            format!("within, {which} ({} over the minimum)", dollars(above_min))
        }
        Position::Within { above_min, place: Place::OpenTop } => {
            format!("within, {} over the minimum (the article gives no top)", dollars(above_min))
        }
    }
}

/// The figure against each BLS median of the role's occupation, labelled as the role page labels
/// the figures; or why there are none.
fn outside_notes(
    dataset: &Dataset,
    role: &str,
    occupation: Option<&Occupation>,
    medians: &[AgainstMedian],
    amount: &str,
) -> Vec<String> {
    let outside = &dataset.outside;
    let Some(occupation) = occupation else {
        let unmapped = outside.unmapped.roles.iter().any(|id| id == role);
        let text = if unmapped {
            outside.unmapped.text.to_string()
        } else {
            "No outside figures are on record for this role.".to_owned()
        };
        return vec![format!("Outside reference: none. {text}")];
    };
    let mut notes: Vec<String> = medians
        .iter()
        .map(|median| {
            let published = median.figure;
            let address = outside.source(&published.source).map_or("", |source| source.address.as_str());
            let against = match median.versus {
                Versus::Below(by) => format!("{} below", dollars(by)),
                Versus::Same => "the same as".to_owned(),
                Versus::Above(by) => format!("{} above", dollars(by)),
            };
            let against = if median.versus == Versus::Same { against } else { format!("{against} the") };
            format!(
                "Outside reference, BLS {} ({}): {amount} is {against} {}: {} ({}; {}; {address}).",
                occupation.title,
                occupation.soc,
                published.figure.to_lowercase(),
                published.value,
                published.period,
                published.read,
            )
        })
        .collect();
    if notes.is_empty() {
        notes.push(format!(
            "Outside reference: BLS {} ({}) has no median pay on record.",
            occupation.title, occupation.soc
        ));
    }
    let caveats = outside.notes.iter().map(|note| note.text.as_str()).collect::<Vec<_>>().join(" ");
    notes.push(format!("{} {caveats} ({})", occupation.mapping, Cmd("mlcareers sources")));
    notes
}

fn median_place<'a>(dataset: &'a Dataset, median: &AgainstMedian<'a>) -> MedianPlace<'a> {
    let published = median.figure;
    let (position, difference_usd) = match median.versus {
        Versus::Below(by) => ("below", by),
        Versus::Same => ("same", 0),
        Versus::Above(by) => ("above", by),
    };
    MedianPlace {
        figure: &published.figure,
        value: &published.value,
        period: &published.period,
        read: &published.read,
        source: &published.source,
        address: dataset.outside.source(&published.source).map_or("", |source| source.address.as_str()),
        value_usd: median.median_usd,
        position,
        difference_usd,
    }
}

crate::render::records! {
    "salary-position" => Placement<'_>, BandPlace<'_>;
}

impl Tabular for BandPlace<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Level", |band: &Self| band.title.to_owned()),
            Column::new("Annual salary (USD)", |band: &Self| Money(&band.salary_usd).to_string()),
            Column::new("Your figure (derived)", |band: &Self| band.says.clone()),
        ]
    }
}

pub(super) fn schema() -> Shape {
    Shape::One(schema::record::<Placement>())
}
