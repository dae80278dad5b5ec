//! The explorer without a terminal: key sequences as state transitions, and screens drawn on
//! ratatui's `TestBackend` compared with the text files under `tests/explore/` (written again with
//! `MLCAREERS_SNAPSHOTS=overwrite`; read every diff).

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::draw::{Pages, draw};
use super::rows::{Catalogue, Kind, Opens};
use super::state::{App, Effect, Focus, Key, Screen};
use super::{base64, read_key};
use crate::dataset::Source;
use crate::model::Dataset;
use crate::query::search::{EMBEDDED, Searcher};
use crate::render::{Format, Options};

const OPTIONS: Options =
    Options { format: Format::Table, width: 80, color: false, unicode: true, headers: true };

fn dataset() -> &'static Dataset {
    static DATASET: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATASET.get_or_init(|| crate::dataset::embedded().unwrap())
}

fn catalogue(options: Options) -> Catalogue<'static> {
    static EMBEDDED_SOURCE: Source = Source::Embedded;
    Catalogue::new(dataset(), &EMBEDDED_SOURCE, Some(&EMBEDDED), options)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        assert_eq!(app.handle(Key::Char(c)), Effect::None);
    }
}

fn titles(app: &App) -> Vec<String> {
    (0..app.ranking.len()).map(|i| app.row(i).unwrap().title.to_string()).collect()
}

#[test]
fn the_list_is_ranked_as_search_ranks() {
    let catalogue = catalogue(OPTIONS);
    let searcher = Searcher::new(dataset(), Some(&EMBEDDED));
    for query in ["python", "statstics", "do I need a degree", "pay", "fraud"] {
        let app = App::new(&catalogue, query, 80, 24);
        let (found, total) = searcher.search(query, None);
        // A question's answer comes first; the entries follow as search ranks them.
        let answered = usize::from(app.ranking.answer.is_some());
        assert_eq!(app.ranking.len(), total + answered, "{query}");
        let commands: Vec<String> =
            found.iter().map(|found| catalogue.command(&Opens::Entry(found.item.target()))).collect();
        let shown: Vec<String> =
            (answered..answered + total).map(|i| catalogue.command(&app.row(i).unwrap().opens)).collect();
        assert_eq!(shown, commands, "{query}");
    }
    // `pay` and `do I need a degree` are questions: the answer row is the command they are read as.
    for (query, command) in [("pay", "mlcareers salary"), ("do I need a degree", "mlcareers education")] {
        let app = App::new(&catalogue, query, 80, 24);
        let answer = app.ranking.answer.as_ref().map(|row| catalogue.command(&row.opens));
        assert_eq!(answer.as_deref(), Some(command), "{query}");
    }
}

#[test]
fn a_blank_query_lists_everything_in_the_datas_order() {
    let catalogue = catalogue(OPTIONS);
    let app = App::new(&catalogue, "", 80, 24);
    assert_eq!(app.ranking.len(), catalogue.rows().len());
    assert_eq!(app.row(0).unwrap().tag, "role");
    let kinds: std::collections::HashSet<&str> = catalogue.rows().iter().map(|row| row.tag).collect();
    for tag in ["role", "salary", "skill", "education", "industry", "employer", "faq", "guide", "bls"] {
        assert!(kinds.contains(tag), "{tag}");
    }
}

#[test]
fn typing_filters_and_backspace_widens_again() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 80, 24);
    let all = app.ranking.len();
    typed(&mut app, "fraud");
    assert!(app.ranking.len() < all && !app.ranking.is_empty());
    assert_eq!(app.selected, 0);
    for _ in 0..5 {
        app.handle(Key::Backspace);
    }
    assert_eq!((app.query.as_str(), app.ranking.len()), ("", all));
    typed(&mut app, "data sci");
    app.handle(Key::Ctrl('w'));
    assert_eq!(app.query, "data ");
    app.handle(Key::Ctrl('u'));
    assert_eq!(app.query, "");
}

#[test]
fn the_cursor_edits_inside_the_query() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "pyhon", 80, 24);
    for _ in 0..3 {
        app.handle(Key::Left);
    }
    typed(&mut app, "t");
    assert_eq!(app.query, "python");
    app.handle(Key::Ctrl('a'));
    app.handle(Key::Delete);
    assert_eq!(app.query, "ython");
    app.handle(Key::Ctrl('e'));
    typed(&mut app, "é");
    app.handle(Key::Backspace);
    assert_eq!((app.query.as_str(), app.cursor), ("ython", 5));
}

#[test]
fn q_and_question_mark_are_keys_only_when_the_query_is_empty() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 80, 24);
    assert_eq!(app.handle(Key::Char('?')), Effect::None);
    assert_eq!(app.screen, Screen::Help);
    app.handle(Key::Char('x'));
    assert_eq!((app.screen, app.query.as_str()), (Screen::Browse, ""), "any key closes the help");
    typed(&mut app, "do I need a phd?q");
    assert_eq!(app.query, "do I need a phd?q");
    app.handle(Key::F1);
    assert_eq!(app.screen, Screen::Help);
    app.handle(Key::Esc);
    assert_eq!(app.screen, Screen::Browse);
    assert_eq!(app.handle(Key::Esc), Effect::Quit);
    let mut empty = App::new(&catalogue, "", 80, 24);
    assert_eq!(empty.handle(Key::Char('q')), Effect::Quit);
    assert_eq!(empty.handle(Key::Ctrl('c')), Effect::Quit);
}

#[test]
fn moving_stays_within_the_list_and_keeps_the_selection_in_sight() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 80, 24);
    let last = app.ranking.len() - 1;
    app.handle(Key::Up);
    assert_eq!(app.selected, 0);
    app.handle(Key::Down);
    app.handle(Key::Ctrl('n'));
    assert_eq!(app.selected, 2);
    app.handle(Key::Ctrl('p'));
    assert_eq!(app.selected, 1);
    app.handle(Key::End);
    assert_eq!(app.selected, last);
    let height = usize::from(app.panes().list.height);
    assert_eq!(app.offset, last + 1 - height);
    app.handle(Key::PageUp);
    assert_eq!(app.selected, last - height);
    app.handle(Key::Home);
    assert_eq!((app.selected, app.offset), (0, 0));
    app.handle(Key::PageDown);
    assert_eq!(app.selected, height);
    app.handle(Key::Down);
    app.handle(Key::Down);
    app.handle(Key::Resize(40, 12));
    assert!(app.selected < app.offset + usize::from(app.panes().list.height), "in sight after a resize");
}

#[test]
fn tab_moves_the_keys_to_the_preview_and_back() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 80, 24);
    app.handle(Key::Tab);
    assert_eq!(app.focus, Focus::Preview);
    app.handle(Key::Down);
    app.handle(Key::PageDown);
    assert_eq!(app.selected, 0, "the selection stays");
    assert!(app.scroll > 1);
    app.handle(Key::Home);
    assert_eq!(app.scroll, 0);
    app.handle(Key::BackTab);
    assert_eq!(app.focus, Focus::List);
    app.handle(Key::Tab);
    typed(&mut app, "s");
    assert_eq!(app.focus, Focus::List, "typing goes back to the list");
}

#[test]
fn esc_in_the_preview_goes_back_to_the_list_and_ctrl_u_clears_the_whole_query() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "pythn", 80, 24);
    app.handle(Key::Tab);
    assert_eq!(app.focus, Focus::Preview);
    assert_eq!(app.handle(Key::Esc), Effect::None, "Esc in the preview does not quit");
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.handle(Key::Esc), Effect::Quit, "Esc in the list quits");
    app.handle(Key::Left);
    app.handle(Key::Left);
    app.handle(Key::Ctrl('u'));
    assert_eq!((app.query.as_str(), app.cursor), ("", 0), "the hint says Ctrl-u clears the query");
}

/// A page of many entries (the skills, the industries, the ways in) opens at the selected
/// entry's lines, not at the page's top; an entry's own page at its top.
#[test]
fn the_preview_opens_where_the_selected_entry_is() {
    let catalogue = catalogue(OPTIONS);
    for (query, kind, title) in
        [("research labs", Kind::Industry, "Research labs"), ("communication", Kind::Skill, "Communication")]
    {
        let mut app = App::new(&catalogue, query, 100, 30);
        while app.kind != Some(kind) {
            app.handle(Key::Ctrl('t'));
        }
        let shown = screen_of(&mut app);
        let preview: Vec<&str> = shown.lines().skip(1).collect();
        assert!(preview.iter().take(4).any(|line| line.contains(title)), "{query}:\n{shown}");
    }
    let mut app = App::new(&catalogue, "nlp engineer", 100, 30);
    screen_of(&mut app);
    assert_eq!(app.scroll, 0, "a role's page starts at its top");
}

/// The screen `app` draws now, at its size.
fn screen_of(app: &mut App<'_, 'static>) -> String {
    let mut pages = Pages::default();
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    terminal.draw(|frame| draw(frame, app, &mut pages)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn enter_opens_the_page_and_esc_returns() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "nlp", 80, 24);
    app.handle(Key::Enter);
    assert_eq!(app.screen, Screen::Page);
    app.handle(Key::Down);
    assert_eq!(app.page_scroll, 1);
    assert_eq!(app.handle(Key::Esc), Effect::None);
    assert_eq!(app.screen, Screen::Browse);
    let mut nothing = App::new(&catalogue, "zzzzqqq", 80, 24);
    nothing.handle(Key::Enter);
    assert_eq!(nothing.screen, Screen::Browse, "nothing to open");
    assert_eq!(nothing.handle(Key::Ctrl('y')), Effect::None, "nothing to copy");
}

#[test]
fn ctrl_t_steps_through_the_kinds_and_back_to_all() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 80, 24);
    let all = app.ranking.len();
    let mut seen = Vec::new();
    for _ in 0..Kind::ALL.len() {
        app.handle(Key::Ctrl('t'));
        let kind = app.kind.unwrap();
        seen.push(kind);
        assert!((0..app.ranking.len()).all(|i| app.row(i).unwrap().kind == kind), "{kind:?}");
        assert!(!app.ranking.is_empty(), "{kind:?}");
    }
    assert_eq!(seen, Kind::ALL);
    app.handle(Key::Ctrl('t'));
    assert_eq!((app.kind, app.ranking.len()), (None, all));
}

#[test]
fn ctrl_y_copies_the_command_and_says_so() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "nlp engineer", 80, 24);
    let effect = app.handle(Key::Ctrl('y'));
    assert_eq!(effect, Effect::Copy("mlcareers role nlp-engineer".to_owned()));
    assert_eq!(app.message.as_deref(), Some("copied: mlcareers role nlp-engineer"));
    app.handle(Key::Down);
    assert_eq!(app.message, None, "until the next key");
}

#[test]
fn the_wheel_scrolls_the_pane_it_is_over() {
    let catalogue = catalogue(OPTIONS);
    let mut app = App::new(&catalogue, "", 120, 30);
    let panes = app.panes();
    app.handle(Key::WheelDown(panes.list.x + 1, panes.list.y + 1));
    assert_eq!((app.selected, app.scroll), (1, 0));
    app.handle(Key::WheelDown(panes.preview.x + 1, panes.preview.y + 1));
    assert_eq!((app.selected, app.scroll), (1, 3));
    app.handle(Key::WheelUp(panes.preview.x + 1, panes.preview.y + 1));
    assert_eq!(app.scroll, 0);
}

#[test]
fn terminal_events_become_keys() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
    let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    assert_eq!(read_key(&key(KeyCode::Char('t'), KeyModifiers::CONTROL)), Some(Key::Ctrl('t')));
    assert_eq!(read_key(&key(KeyCode::Char('T'), KeyModifiers::SHIFT)), Some(Key::Char('T')));
    assert_eq!(read_key(&key(KeyCode::F(1), KeyModifiers::NONE)), Some(Key::F1));
    let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(read_key(&Event::Key(release)), None);
    assert_eq!(read_key(&Event::Resize(40, 12)), Some(Key::Resize(40, 12)));
}

#[test]
fn osc_52_gets_standard_base64() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(b"mlcareers role nlp-engineer"), "bWxjYXJlZXJzIHJvbGUgbmxwLWVuZ2luZWVy");
}

/// The screen after `keys`, typed on a `width` x `height` terminal, as text.
fn screen(options: Options, width: u16, height: u16, query: &str, keys: &[Key]) -> String {
    let catalogue = catalogue(options);
    let mut app = App::new(&catalogue, query, width, height);
    let mut pages = Pages::default();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    for key in keys {
        terminal.draw(|frame| draw(frame, &mut app, &mut pages)).unwrap();
        app.handle(*key);
    }
    terminal.draw(|frame| draw(frame, &mut app, &mut pages)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        for x in 0..buffer.area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// Compares `text` with `tests/explore/NAME.txt`, or writes it there under
/// `MLCAREERS_SNAPSHOTS=overwrite`.
fn snapshot(name: &str, text: &str) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/explore").join(format!("{name}.txt"));
    if std::env::var_os("MLCAREERS_SNAPSHOTS").is_some_and(|value| value == "overwrite") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no {}: run with MLCAREERS_SNAPSHOTS=overwrite", path.display()));
    assert!(expected == text, "{name} differs from {}:\n{text}", path.display());
}

#[test]
fn screens_at_80x24_and_40x12() {
    let cases: &[(&str, &str, &[Key])] = &[
        ("start", "", &[]),
        ("query", "python", &[]),
        ("selection", "salary", &[Key::Down, Key::Down]),
        ("page", "nlp", &[Key::Enter, Key::Down]),
        ("help", "", &[Key::Char('?')]),
        ("kind", "", &[Key::Ctrl('t'), Key::Ctrl('t')]),
        ("empty", "visa sponsorship", &[]),
        ("preview-focus", "outlook", &[Key::Tab, Key::PageDown]),
        ("copied", "phd", &[Key::Ctrl('y')]),
    ];
    for (width, height) in [(80, 24), (40, 12)] {
        for (name, query, keys) in cases {
            snapshot(&format!("{name}-{width}x{height}"), &screen(OPTIONS, width, height, query, keys));
        }
    }
    snapshot("query-120x30", &screen(OPTIONS, 120, 30, "python", &[]));
    let ascii = Options { unicode: false, ..OPTIONS };
    snapshot("ascii-80x24", &screen(ascii, 80, 24, "salary", &[Key::Down]));
}

#[test]
fn every_size_draws_without_panicking() {
    for (width, height) in [(1, 1), (8, 3), (20, 5), (39, 11), (40, 12), (89, 20), (90, 20), (300, 80)] {
        for keys in [&[][..], &[Key::Enter], &[Key::F1], &[Key::Tab, Key::End]] {
            let text = screen(OPTIONS, width, height, "data", keys);
            assert_eq!(text.lines().count(), usize::from(height));
        }
    }
}

#[test]
fn a_built_index_ranks_as_the_baked_one() {
    static EMBEDDED_SOURCE: Source = Source::Embedded;
    let built = Catalogue::new(dataset(), &EMBEDDED_SOURCE, None, OPTIONS);
    let baked = catalogue(OPTIONS);
    for query in ["python", "pay", "statstics", "do I need a degree"] {
        let app_built = App::new(&built, query, 80, 24);
        let app_baked = App::new(&baked, query, 80, 24);
        assert_eq!(titles(&app_built), titles(&app_baked), "{query}");
    }
}

#[test]
fn at_80_columns_the_preview_stands_beside_the_list() {
    let panes = super::state::Panes::of(80, 24);
    assert_eq!((panes.list.x, panes.list.height), (0, 22), "the list has every row but two");
    assert!(panes.preview.x > panes.list.width && panes.preview.height == 22, "{panes:?}");
    // Wide enough for a role's title beside its tag, and a page of 38 columns.
    assert!(panes.list.width >= 40 && panes.preview.width >= 39, "{panes:?}");
    // Stacked where the page would be too narrow beside the list.
    let narrow = super::state::Panes::of(60, 24);
    assert_eq!(narrow.preview.x, 0);
}

#[test]
fn at_40_columns_the_status_line_still_names_the_keys() {
    for (query, keys) in [("", &[][..]), ("nlp engineer", &[][..]), ("nlp", &[Key::Enter][..])] {
        let text = screen(OPTIONS, 40, 12, query, keys);
        let status = text.lines().last().unwrap();
        assert!(status.contains("Esc"), "{status:?}");
        assert!(status.contains("? keys") || status.contains("F1 keys"), "{status:?}");
    }
}

#[test]
fn the_answer_row_reads_as_the_answer_and_the_status_line_has_its_command() {
    let catalogue = catalogue(OPTIONS);
    let app = App::new(&catalogue, "which job pays the most", 80, 24);
    let answer = app.row(0).unwrap();
    assert_eq!(answer.tag, "answer");
    assert!(answer.title.starts_with("Top pay: Senior Level, $170,000"), "{}", answer.title);
    assert!(!answer.title.contains("mlcareers"), "{}", answer.title);
    assert_eq!(app.selected_command().as_deref(), Some("mlcareers roles --level senior"));
    for (query, heading) in [
        ("what is ml", "ML stands for machine learning"),
        ("do I need a degree", "Degrees and the other ways in"),
        ("nlp engineer pay", "Pay of NLP Engineer, by level"),
        (
            "switch from data scientist to nlp engineer",
            "From Data Scientist to NLP Engineer: what carries over",
        ),
    ] {
        let app = App::new(&catalogue, query, 80, 24);
        assert_eq!(app.row(0).map(|row| row.title.to_string()).as_deref(), Some(heading), "{query}");
    }
}

#[test]
fn another_name_finds_what_it_counts_as_and_says_so() {
    let catalogue = catalogue(OPTIONS);
    for (query, first, counts_as) in [
        ("pytorch", "Machine learning libraries", "Machine learning libraries"),
        ("sklearn", "Machine learning libraries", "Machine learning libraries"),
        ("junior", "Entry Level", "Entry Level"),
        ("power bi", "Data visualization (Data Scientist)", "Data visualization"),
    ] {
        let app = App::new(&catalogue, query, 80, 24);
        let entries: Vec<&str> =
            app.ranking.rows.iter().map(|&i| &*catalogue.rows()[i as usize].title).collect();
        assert_eq!(entries.first().copied(), Some(first), "{query}: {entries:?}");
        let counted: Vec<&str> = app.ranking.counted.iter().map(|counted| counted.counts_as).collect();
        assert_eq!(counted, [counts_as], "{query}");
    }
    let text = screen(OPTIONS, 80, 24, "pytorch", &[]);
    assert!(text.lines().next().unwrap().contains("PyTorch counts as Machine learning libraries"), "{text}");
}

#[test]
fn a_deferred_catalogue_brings_the_answer_and_the_page_from_its_worker() {
    static EMBEDDED_SOURCE: Source = Source::Embedded;
    let mut deferred = Catalogue::new(dataset(), &EMBEDDED_SOURCE, Some(&EMBEDDED), OPTIONS);
    deferred.deferred = true;
    let deferred: &'static Catalogue<'static> = Box::leak(Box::new(deferred));
    let inline = catalogue(OPTIONS);
    let query = "which job pays the most";
    let expected = screen(OPTIONS, 80, 24, query, &[]);
    {
        let worker = super::worker::Worker::start(deferred).unwrap();
        let mut app = App::new(deferred, query, 80, 24);
        let mut pages = Pages::deferred(worker.jobs());
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        worker.ask(&mut app);
        assert!(app.ranking.answer.is_none() && app.answering(), "the list comes at once, the answer after");
        terminal.draw(|frame| draw(frame, &mut app, &mut pages)).unwrap();
        for _ in 0..3 {
            worker.wait(&mut app, &mut pages);
            terminal.draw(|frame| draw(frame, &mut app, &mut pages)).unwrap();
        }
        let mut text = String::new();
        let buffer = terminal.backend().buffer();
        for y in 0..24 {
            let line: String = (0..80).map(|x| buffer[(x, y)].symbol()).collect();
            text.push_str(line.trim_end());
            text.push('\n');
        }
        assert_eq!(text, expected, "as drawn at once");
        assert_eq!(titles(&app), titles(&App::new(&inline, query, 80, 24)));

        // An answer for a query no longer typed is dropped; one that comes after a move keeps
        // the selection on the entry it was on.
        let mut moved = App::new(deferred, query, 80, 24);
        moved.answered("another query", inline.answer(query), None);
        assert!(moved.ranking.answer.is_none());
        moved.handle(Key::Down);
        let on = moved.selected_command();
        moved.answered(query, inline.answer(query), None);
        assert_eq!((moved.selected, moved.selected_command()), (2, on));
    }
}

#[test]
fn addresses_are_wrapped_to_the_pane_not_cut() {
    // A role's page ends with its BLS figures and their addresses; the sources page lists them.
    snapshot("address-80x24", &screen(OPTIONS, 80, 24, "data scientist", &[Key::Tab, Key::End]));
    snapshot("address-40x12", &screen(OPTIONS, 40, 12, "bls", &[Key::Enter, Key::PageDown]));
}

#[test]
fn keys_that_come_together_are_ranked_once_as_if_typed_one_by_one() {
    let catalogue = catalogue(OPTIONS);
    let mut held = App::new(&catalogue, "", 80, 24);
    for c in "data sci".chars() {
        held.handle_held(Key::Char(c));
    }
    held.handle_held(Key::Backspace);
    assert_eq!(held.ranking.len(), catalogue.rows().len(), "not ranked yet");
    // A move is made in the list of the query as typed so far.
    held.handle_held(Key::Down);
    let typed = App::new(&catalogue, "data sc", 80, 24);
    assert_eq!((titles(&held), held.selected), (titles(&typed), 1));
    held.handle_held(Key::Char('i'));
    held.settle();
    assert_eq!(titles(&held), titles(&App::new(&catalogue, "data sci", 80, 24)));
    assert_eq!(held.selected, 0);
}
