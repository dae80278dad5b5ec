//! `mlcareers salary [--level L]`: Table 2, the open-ended top shown as `$220,000+`.

use anyhow::Result;

use super::{Ctx, Outcome, nothing_at, resolve, source_notes, texts};
use crate::model::{Dataset, Level};
use crate::query::salary::{self, BandRecord};
use crate::usd::dollars;
use crate::render::schema::{self, Shape};
use crate::render::{self, Bar, Block, Chart, Column, Document, Listing, People, Records, Tabular, Money, Format};
use super::{Command, blank_levels, flag, level_option, option, typed_levels};
use crate::cli::{LevelParser, non_blank_role, parse_figure};

/// What `salary` is asked: the bands of `levels` (all when empty), or of the levels `role` spans
/// among them, as a table or a bar chart; with a `figure` (annual USD), where it sits against
/// them, and against the role's BLS medians.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salary {
    pub figure: Option<u64>,
    pub levels: Vec<String>,
    pub role: Option<String>,
    pub chart: bool,
}

// No doc comment: clap would make it the command's description (`SUMMARY` is).
#[derive(Debug, clap::Args)]
#[group(skip)]
#[command(after_help = format!("FIGURE is annual USD, written {}.", crate::usd::FORMS))]
pub struct Args {
    /// An annual figure in USD to place against the bands: 150000, 150,000, $150,000, 150k
    #[arg(value_parser = parse_figure, allow_negative_numbers = true)]
    figure: Option<u64>,
    /// Only these levels (repeat or separate with commas; job-ad words such as junior work too)
    #[arg(long, short = 'l', value_parser = LevelParser, value_delimiter = ',', value_name = "LEVEL")]
    level: Vec<String>,
    /// The bands of the levels this role spans; with FIGURE, its BLS medians too if it has any
    #[arg(long, short = 'r', value_name = "NAME", value_parser = non_blank_role)]
    role: Option<String>,
    #[arg(
        long,
        help = format!(
            "Draw the ranges as bars on one scale ({} formats; {} are unchanged)",
            Format::listed(false),
            Format::listed(true)
        )
    )]
    chart: bool,
}

impl Command for Salary {
    const NAME: &'static str = "salary";
    const SUMMARY: &'static str =
        "Show annual salary ranges (USD) by experience level, or where a figure sits in them";
    const EXAMPLES: &'static [&'static str] = &[
        "salary",
        "salary --chart",
        "salary --level entry",
        "salary 150k",
        "salary $150,000 --chart",
        "salary 150000 --role data-scientist --level mid,senior",
        "salary 80k --role nlp-engineer --chart",
    ];
    const NOTHING: Option<&'static str> = Some("salary 150k --role ai-research-scientist --level entry");
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Salary { figure: args.figure, levels: typed_levels(args.level), role: args.role, chart: args.chart }
    }

    fn what_to_type(args: &Args) -> Option<String> {
        blank_levels(&args.level)
    }

    fn arguments(&self) -> Vec<String> {
        let mut args = vec![Self::NAME.to_owned()];
        args.extend(self.figure.map(|figure| figure.to_string()));
        args.extend(option("--role", self.role.as_deref()));
        args.extend(level_option(&self.levels));
        args.extend(flag("--chart", self.chart));
        args
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        let levels = ctx.read_levels(&self.levels)?;
        match self.figure {
            Some(figure) => super::position::run(ctx, figure, &levels, self.role.as_deref(), self.chart),
            None => run(ctx, &levels, self.role.as_deref(), self.chart),
        }
    }

    fn shapes() -> Vec<Shape> {
        vec![schema(), super::position::schema()]
    }
}

/// The bands of `levels` (all when empty); with `role`, of the levels it spans among them.
pub fn run(ctx: &mut Ctx, levels: &[Level], role: Option<&str>, chart: bool) -> Result<Outcome> {
    let dataset = ctx.dataset();
    let mut levels = levels.to_vec();
    if let Some(name) = role {
        let role = resolve("role", name, &dataset.roles, "mlcareers roles")?;
        let asked = levels.clone();
        levels =
            role.levels.iter().copied().filter(|level| asked.is_empty() || asked.contains(level)).collect();
        let shown: Vec<&str> = levels.iter().map(|level| dataset.level_title(*level)).collect();
        ctx.read(format!(
            "{} spans {} (Table 1); the article gives pay by experience level, not by role: these are its bands for {}",
            role.title,
            role.experience(),
            shown.join(", ")
        ));
        if levels.is_empty() {
            let asked: Vec<&str> = asked.iter().map(|level| dataset.level_title(*level)).collect();
            let message = format!(
                "{} is not open at {} (Table 1: {}); mlcareers salary --role {} gives its bands",
                role.title,
                asked.join(" or "),
                role.experience(),
                role.id
            );
            // A filter that finds nothing: programs get an empty list, people the note.
            ctx.readings.clear();
            let none: Vec<BandRecord> = Vec::new();
            return ctx.list(&Listing::new(&none, Vec::<String>::new(), message));
        }
    }
    let levels = levels.as_slice();
    let records = salary::list(dataset, levels);
    let mut notes = texts(&dataset.salary.notes);
    if let Some(open) = records.iter().find(|band| band.salary_usd.open_ended) {
        notes.push(format!(
            "{}+ is open-ended: the article gives no upper figure for {}.",
            dollars(open.salary_usd.max),
            open.title.to_lowercase(),
        ));
    }
    notes.push(dataset.article.provenance.to_string());
    notes.extend(source_notes(dataset, records.iter().map(|band| band.source)));
    let empty_note = nothing_at("no salary band", levels);
    let listing = Listing::new(&records, notes, empty_note);
    if !chart {
        return ctx.list(&listing);
    }
    let bars = records.iter().map(|band| Bar::new(band.title, band.range()));
    let mut blocks = vec![Block::Chart(chart_of(dataset, bars.collect()))];
    blocks.extend(listing.notes.iter().cloned().map(Block::paragraph));
    let doc = Document { title: "Annual salary ranges by experience level (USD)".to_owned(), blocks };
    // Programs get the bands; people the chart, or the note that there are none.
    let people = if records.is_empty() { People::Table(&listing, &[]) } else { People::Pages(std::slice::from_ref(&doc)) };
    ctx.show(Records::List(&records), people)
}

/// A chart on the scale of every band in the dataset, so any selection reads against the same axis.
pub(super) fn chart_of(dataset: &Dataset, bars: Vec<Bar>) -> Chart {
    let highest = dataset.salary.bands.iter().map(|band| band.max_usd).max().unwrap_or(0);
    Chart::new(bars, highest)
}

crate::render::records! {
    "salary-band" => BandRecord<'_>;
}

impl Tabular for BandRecord<'_> {
    fn columns() -> Vec<Column<Self>> {
        vec![
            Column::new("Level", |band: &Self| band.title.to_owned()),
            Column::new("Annual salary (USD)", |band: &Self| Money(&band.range()).to_string()),
            Column::new("Roles open at this level", |band: &Self| {
                render::join(band.roles.iter().map(|role| role.title))
            }),
        ]
    }
}

pub(super) fn schema() -> Shape {
    Shape::Array(schema::record::<BandRecord>())
}
