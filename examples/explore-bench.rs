//! Times `explore` without a terminal, as BENCHMARKS.md reports it:
//!
//! - every keystroke (re-rank and redraw) over a `--data` file: a query typed a character at a
//!   time, then erased, each key handled and the frame drawn into a crossterm backend writing to
//!   memory (the escape codes a terminal would get); beside it, `search` over the same data, in
//!   the same process;
//! - the first frame on the embedded data (load, list, rank, first page, draw), beside `roles`
//!   on the embedded data (load, query, table), both in the same process.
//!
//! ```text
//! cargo run --release --example gen-dataset -- 100000 > /tmp/big.json
//! cargo run --release --example explore-bench -- /tmp/big.json [QUERY] [WIDTHxHEIGHT]
//! ```

use std::time::{Duration, Instant};

use mlcareers::dataset::{self, Source};
use mlcareers::explore::draw::{Pages, draw};
use mlcareers::explore::rows::Catalogue;
use mlcareers::explore::state::{App, Key};
use mlcareers::explore::worker::Worker;
use mlcareers::query::search::EMBEDDED;
use mlcareers::render::{Format, Options};
use mlcareers::request::{Command, Roles, Search};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const OPTIONS: Options =
    Options { format: Format::Table, width: 80, color: true, unicode: true, headers: true };

/// A terminal that writes its escape codes to memory, of a fixed size.
fn screen(width: u16, height: u16) -> Terminal<CrosstermBackend<Vec<u8>>> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    Terminal::with_options(CrosstermBackend::new(Vec::new()), TerminalOptions { viewport }).unwrap()
}

/// The time this thread has spent on a CPU (`/proc/thread-self/schedstat`): on a machine shared
/// with other work, wall time counts the waits for a CPU too; this does not.
fn on_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    Duration::from_nanos(stat.split_whitespace().next().and_then(|ns| ns.parse().ok()).unwrap_or(0))
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let file = args.next().ok_or_else(|| anyhow::anyhow!("usage: explore-bench FILE [QUERY] [WxH]"))?;
    let query = args.next().unwrap_or_else(|| "machine learning engineer".to_owned());
    let size = args.next().unwrap_or_else(|| "120x40".to_owned());
    let (width, height) =
        size.split_once('x').map(|(w, h)| (w.parse().unwrap(), h.parse().unwrap())).unwrap();

    // EXPLORE_BENCH_KEYS=only: the keystrokes alone (for a profiler).
    let only_keys = std::env::var_os("EXPLORE_BENCH_KEYS").is_some_and(|value| value == "only");
    if !only_keys {
        first_frame()?;
    }
    keystrokes(&file, &query, width, height, only_keys)
}

/// The first frame on the embedded data, beside `roles`: each the median of 200 runs.
fn first_frame() -> anyhow::Result<()> {
    let (mut first, mut roles) = (Vec::new(), Vec::new());
    for _ in 0..200 {
        let start = Instant::now();
        let data = dataset::embedded()?;
        let catalogue = Catalogue::new(&data, &Source::Embedded, Some(&EMBEDDED), OPTIONS);
        let mut app = App::new(&catalogue, "", 80, 24);
        let mut pages = Pages::default();
        let mut terminal = screen(80, 24);
        terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
        first.push(start.elapsed());
        drop(terminal);
        drop(pages);
        drop(catalogue);
        std::mem::forget(data);

        let start = Instant::now();
        let data = dataset::embedded()?;
        let (mut out, mut err) = (Vec::new(), Vec::new());
        mlcareers::run_view(
            &data,
            &Command::Roles(Roles { levels: vec!["mid".into()], only: false }),
            OPTIONS,
            &mut out,
            &mut err,
        )?;
        roles.push(start.elapsed());
        std::mem::forget(data);
    }
    println!("first frame, embedded data, 80x24: median {}", ms(median(&mut first)));
    println!("roles --level mid, embedded data, in process: median {}", ms(median(&mut roles)));
    Ok(())
}

/// Every keystroke over the file, then `search` over it for comparison.
fn keystrokes(file: &str, query: &str, width: u16, height: u16, only_keys: bool) -> anyhow::Result<()> {
    // Keystrokes over the file.
    let source: &'static Source = Box::leak(Box::new(Source::File(file.to_owned().into())));
    let start = Instant::now();
    let data: &'static mlcareers::model::Dataset = Box::leak(Box::new(dataset::load(source)?));
    let loaded = start.elapsed();
    let start = Instant::now();
    let catalogue = Catalogue::new(data, source, None, OPTIONS);
    let built = start.elapsed();
    println!(
        "{} entries: file loaded in {}, index built in {}",
        catalogue.rows().len(),
        ms(loaded),
        ms(built)
    );
    // The worker thread is not joined (as in `explore`): what it reads lives to the end.
    let catalogue: &'static Catalogue<'static> = Box::leak(Box::new(catalogue));
    typed(catalogue, query, width, height, only_keys)?;
    if only_keys {
        return Ok(());
    }
    if std::env::var_os("EXPLORE_BENCH_KEYS").is_some() {
        let searcher = mlcareers::query::search::Searcher::built(data);
        for q in ["machine learning engi", "machine learning engineer", "engineer", "m"] {
            let start = Instant::now();
            let ranked = searcher.ranked(q);
            let ranked_in = start.elapsed();
            let start = Instant::now();
            let ranking = catalogue.rank(q, None);
            let ranking_in = start.elapsed();
            let start = Instant::now();
            let answer = catalogue.answer(q);
            println!(
                "  {q:?}: {} ranked in {}; the catalogue's ranking {} in {}; its answer ({}) in {}",
                ranked.len(),
                ms(ranked_in),
                ranking.len(),
                ms(ranking_in),
                if answer.is_some() { "one" } else { "none" },
                ms(start.elapsed())
            );
        }
    }

    // `search` over the same data in the same process: the ranking and its table of 10.
    let mut search = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let view = Command::Search(Search { query: query.to_owned(), limit: None });
        mlcareers::run_view_from(data, source, &view, OPTIONS, &mut out, &mut err)?;
        search.push(start.elapsed());
    }
    println!(
        "search {query:?} over the file, in process (after loading): median {}",
        ms(median(&mut search))
    );
    Ok(())
}

/// The query typed and erased, then moves, each key handled and drawn, over `catalogue`; what
/// the worker brings back (the answer, the page) is handed over between keys, as the loop does.
fn typed(
    catalogue: &'static Catalogue<'static>,
    query: &str,
    width: u16,
    height: u16,
    only_keys: bool,
) -> anyhow::Result<()> {
    let worker = Worker::start(catalogue);
    let mut app = App::new(catalogue, "", width, height);
    let mut pages = worker.as_ref().map_or_else(Pages::default, |worker| Pages::deferred(worker.jobs()));
    let mut terminal = screen(width, height);
    let start = Instant::now();
    terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
    println!("first frame over the file, {width}x{height}: {}", ms(start.elapsed()));
    let mut keys: Vec<Key> = query.chars().map(Key::Char).collect();
    keys.extend(std::iter::repeat_n(Key::Backspace, query.chars().count()));
    keys.extend([
        Key::Down,
        Key::Down,
        Key::PageDown,
        Key::End,
        Key::Home,
        Key::Tab,
        Key::PageDown,
        Key::Tab,
    ]);
    let (mut times, mut cpu_times) = (Vec::new(), Vec::new());
    let mut slowest = vec![Duration::ZERO; keys.len()];
    for round in 0..if only_keys { 30 } else { 5 } {
        for (i, key) in keys.iter().enumerate() {
            if let Some(worker) = &worker {
                worker.deliver(&mut app, &mut pages);
            }
            let (start, cpu) = (Instant::now(), on_cpu());
            app.handle(*key);
            if let Some(worker) = &worker {
                worker.ask(&mut app);
            }
            terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
            let (elapsed, cpu) = (start.elapsed(), on_cpu().saturating_sub(cpu));
            if round > 0 {
                times.push(elapsed);
                cpu_times.push(cpu);
                slowest[i] = slowest[i].max(elapsed);
            }
        }
    }
    if std::env::var_os("EXPLORE_BENCH_KEYS").is_some() {
        for (key, time) in keys.iter().zip(&slowest) {
            println!("  {key:?}: worst {}", ms(*time));
        }
    }
    let worst_cpu = *cpu_times.iter().max().unwrap();
    println!(
        "keystroke on a CPU (the thread's own time): median {}, worst {}",
        ms(median(&mut cpu_times)),
        ms(worst_cpu)
    );
    let worst = *times.iter().max().unwrap();
    let count = times.len();
    println!(
        "keystroke (re-rank and redraw), {width}x{height}, query {query:?} typed and erased: median {}, worst {} of {count}",
        ms(median(&mut times)),
        ms(worst)
    );
    // The whole query typed at once, then the time until its answer and page are on screen.
    if let Some(worker) = &worker {
        worker.wait(&mut app, &mut pages);
        let start = Instant::now();
        for c in query.chars() {
            app.handle(Key::Char(c));
        }
        worker.ask(&mut app);
        terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
        worker.wait(&mut app, &mut pages);
        terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
        worker.wait(&mut app, &mut pages);
        terminal.draw(|frame| draw(frame, &mut app, &mut pages))?;
        println!("answer and page on screen, beside the keys: {} after the query", ms(start.elapsed()));
    }
    Ok(())
}
