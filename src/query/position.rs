//! Where an annual figure sits against the salary bands, and against an occupation's BLS medians:
//! facts only (which side, how far, which quarter); `cmd` puts them into words.

use super::salary::{self, BandRecord};
use crate::model::{Dataset, Figure, Level, Occupation, UsdRange};
use crate::usd;

/// Where a figure sits against one band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Under the band's minimum, by `by` dollars.
    Below { by: u64 },
    /// In the band, `above_min` dollars over its minimum.
    Within { above_min: u64, place: Place },
    /// Over the band's top figure (a closed band only), by `by` dollars.
    Above { by: u64 },
}

/// Where in a band a figure within it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Exactly the band's minimum.
    AtMinimum,
    /// Exactly the top of a closed band.
    AtMaximum,
    /// Strictly between the edges of a closed band: quarter 1 (lowest) to 4 (top).
    Quarter(u8),
    /// Over the minimum of an open-ended band, which has no top.
    OpenTop,
}

impl Position {
    /// "below", "within", "above": the JSON and CSV word.
    pub fn id(self) -> &'static str {
        match self {
            Position::Below { .. } => "below",
            Position::Within { .. } => "within",
            Position::Above { .. } => "above",
        }
    }
}

/// Where `figure` sits against `range`. An open-ended range holds every figure from its minimum up.
pub fn locate(figure: u64, range: UsdRange) -> Position {
    if figure < range.min {
        return Position::Below { by: range.min - figure };
    }
    let above_min = figure - range.min;
    if figure == range.min {
        return Position::Within { above_min, place: Place::AtMinimum };
    }
    if range.open_ended {
        return Position::Within { above_min, place: Place::OpenTop };
    }
    if figure > range.max {
        return Position::Above { by: figure - range.max };
    }
    if figure == range.max {
        return Position::Within { above_min, place: Place::AtMaximum };
    }
    // min < figure < max, so the width is at least 2 and the share is strictly between 0 and 1.
    let quarter = u128::from(above_min) * 4 / u128::from(range.max - range.min);
    #[expect(clippy::cast_possible_truncation, reason = "0 to 3: above_min < width")]
    let quarter = quarter as u8 + 1;
    Position::Within { above_min, place: Place::Quarter(quarter) }
}

/// One band and where the figure sits against it.
#[derive(Debug)]
pub struct Placed<'a> {
    pub band: BandRecord<'a>,
    pub position: Position,
}

/// A figure against one BLS median of an occupation.
#[derive(Debug)]
pub struct AgainstMedian<'a> {
    pub figure: &'a Figure,
    /// The median in dollars, read from the figure's value (`$112,590 per year`).
    pub median_usd: u64,
    pub versus: Versus,
}

/// A figure against a single number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versus {
    Below(u64),
    Same,
    Above(u64),
}

/// `figure` against `other`.
pub fn versus(figure: u64, other: u64) -> Versus {
    match figure.cmp(&other) {
        std::cmp::Ordering::Less => Versus::Below(other - figure),
        std::cmp::Ordering::Equal => Versus::Same,
        std::cmp::Ordering::Greater => Versus::Above(figure - other),
    }
}

/// `figure` against the bands of `levels` (every band when empty), junior first.
pub fn bands<'a>(dataset: &'a Dataset, figure: u64, levels: &[Level]) -> Vec<Placed<'a>> {
    salary::list(dataset, levels)
        .into_iter()
        .map(|band| {
            let position = locate(figure, band.range());
            Placed { band, position }
        })
        .collect()
}

/// `figure` against each median pay figure of `occupation`: the figures whose value starts with a
/// dollar amount (the others are projections, counts and degrees).
pub fn medians(occupation: &Occupation, figure: u64) -> Vec<AgainstMedian<'_>> {
    occupation
        .figures
        .iter()
        .filter_map(|published| {
            let median_usd = usd::leading(&published.value)?;
            Some(AgainstMedian { figure: published, median_usd, versus: versus(figure, median_usd) })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    const CLOSED: UsdRange = UsdRange { min: 120_000, max: 160_000, open_ended: false };
    const OPEN: UsdRange = UsdRange { min: 170_000, max: 220_000, open_ended: true };

    #[test]
    fn the_edges_of_a_band_are_inside_it() {
        assert_eq!(locate(120_000, CLOSED), Position::Within { above_min: 0, place: Place::AtMinimum });
        assert_eq!(locate(160_000, CLOSED), Position::Within { above_min: 40_000, place: Place::AtMaximum });
        assert_eq!(locate(119_999, CLOSED), Position::Below { by: 1 });
        assert_eq!(locate(160_001, CLOSED), Position::Above { by: 1 });
    }

    #[test]
    fn a_figure_within_a_band_falls_in_a_quarter() {
        let quarter = |figure| match locate(figure, CLOSED) {
            Position::Within { place: Place::Quarter(quarter), .. } => quarter,
            other => panic!("{figure}: {other:?}"),
        };
        assert_eq!(quarter(120_001), 1);
        assert_eq!(quarter(129_999), 1);
        assert_eq!(quarter(130_000), 2);
        assert_eq!(quarter(140_000), 3);
        assert_eq!(quarter(150_000), 4);
        assert_eq!(quarter(159_999), 4);
    }

    #[test]
    fn an_open_top_holds_every_figure_from_its_minimum_up() {
        assert_eq!(locate(170_000, OPEN), Position::Within { above_min: 0, place: Place::AtMinimum });
        assert_eq!(locate(220_000, OPEN), Position::Within { above_min: 50_000, place: Place::OpenTop });
        assert_eq!(
            locate(u64::MAX, OPEN),
            Position::Within { above_min: u64::MAX - 170_000, place: Place::OpenTop }
        );
        assert_eq!(locate(1, OPEN), Position::Below { by: 169_999 });
    }

    #[test]
    fn a_band_of_one_figure_has_no_quarters() {
        let point = UsdRange { min: 100, max: 100, open_ended: false };
        assert_eq!(locate(100, point), Position::Within { above_min: 0, place: Place::AtMinimum });
        assert_eq!(locate(101, point), Position::Above { by: 1 });
    }

    #[test]
    fn a_figure_is_placed_against_every_band_or_the_levels_chosen() {
        let data = dataset::embedded().unwrap();
        let placed = bands(&data, 150_000, &[]);
        let ids: Vec<&str> = placed.iter().map(|placed| placed.position.id()).collect();
        assert_eq!(ids, ["above", "within", "below"]);
        assert_eq!(placed[0].position, Position::Above { by: 40_000 });
        assert_eq!(placed[2].position, Position::Below { by: 20_000 });
        assert_eq!(bands(&data, 150_000, &[Level::Mid]).len(), 1);
    }

    #[test]
    fn medians_are_the_dollar_figures_of_an_occupation() {
        let data = dataset::embedded().unwrap();
        let occupation = data.outside.occupation_of("data-scientist").unwrap();
        let against = medians(occupation, 150_000);
        let found: Vec<(u64, Versus)> = against.iter().map(|m| (m.median_usd, m.versus)).collect();
        assert_eq!(found, [(103_500, Versus::Above(46_500)), (112_590, Versus::Above(37_410))]);
        assert_eq!(versus(5, 5), Versus::Same);
        assert_eq!(versus(4, 5), Versus::Below(1));
    }
}
