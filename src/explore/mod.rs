//! `mlcareers explore [WORDS]`: the whole dataset on one screen, filtered as you type, the page
//! of the selected entry beside the list.
//!
//! The parts: [`rows`] lists and ranks the entries and renders their pages (with the commands'
//! own renderers), [`state`] is the screen's state and its key transitions (pure), [`draw`] puts
//! a state on a frame, and this file owns the terminal: raw mode and the alternate screen on the
//! way in, and the terminal given back on every way out (quit, error, panic, SIGTERM, SIGHUP).
//! Nothing of it runs, or is initialised, unless `explore` does.

pub mod draw;
pub mod rows;
pub mod state;
pub mod worker;

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::cmd::Outcome;
use crate::request::Request;
use draw::{Pages, draw};
use rows::Catalogue;
use state::{App, Effect, Key};
use worker::Worker;

/// Runs the screen until the user quits. Not on a terminal (stdin or stdout), it does not start:
/// a script gets an error that names the command to use instead.
pub fn run(request: &Request, words: &str) -> Result<Outcome> {
    if request.format != crate::render::Format::DEFAULT {
        bail!("explore shows a screen and writes no --format; try mlcareers search WORDS --format json");
    }
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        bail!("explore needs a terminal; try mlcareers search WORDS");
    }
    let options = crate::terminal::detect(request.format, request.color);
    // crossterm leaves colours out when NO_COLOR is set, whatever `--color always` said; the
    // choice made above (the CLI's) is the one that holds.
    crossterm::style::force_color_output(options.color);
    // Kept until the process ends (the screen is the last thing it does): the worker thread
    // reads them and is not joined, so that quitting never waits for it ([`worker`]).
    let dataset: &'static crate::model::Dataset = crate::text::keep(crate::load(request)?);
    let data: &'static crate::dataset::Source = crate::text::keep(request.data.clone());
    let baked = (*data == crate::dataset::Source::Embedded).then_some(&crate::query::search::EMBEDDED);
    let catalogue: &'static Catalogue<'static> =
        crate::text::keep(Catalogue::new(dataset, data, baked, options));
    let signals = Signals::register()?;
    let session = Session::start()?;
    let outcome = event_loop(catalogue, words, &signals);
    drop(session);
    if let Some(signal) = signals.caught() {
        // The terminal is given back: now end as the signal would have ended the process.
        signal_hook::low_level::emulate_default_handler(signal).context("cannot end on the signal")?;
    }
    outcome
}

fn event_loop(catalogue: &'static Catalogue<'static>, words: &str, signals: &Signals) -> Result<Outcome> {
    let mut terminal =
        Terminal::new(CrosstermBackend::new(io::stdout())).context("cannot start the screen")?;
    let size = terminal.size().context("cannot read the terminal's size")?;
    {
        let worker = Worker::start(catalogue);
        let mut app = App::new(catalogue, words, size.width, size.height);
        let mut pages = worker.as_ref().map_or_else(Pages::default, |worker| Pages::deferred(worker.jobs()));
        loop {
            if let Some(worker) = &worker {
                worker.ask(&mut app);
            }
            terminal.draw(|frame| draw(frame, &mut app, &mut pages)).context("cannot draw the screen")?;
            // Woken at least this often to see whether a signal asked to stop, and more often
            // while the worker has something to bring.
            let key = loop {
                let waiting = app.answering() || pages.waiting();
                let wake = Duration::from_millis(if waiting { 10 } else { 100 });
                if event::poll(wake).context("cannot read the keyboard")? {
                    match read_key(&event::read().context("cannot read the keyboard")?) {
                        Some(key) => break Some(key),
                        None => continue,
                    }
                }
                if signals.caught().is_some() {
                    return Ok(Outcome::Found);
                }
                if worker.as_ref().is_some_and(|worker| worker.deliver(&mut app, &mut pages)) {
                    break None;
                }
            };
            let Some(key) = key else { continue };
            // The keys that came with it (typed fast, pasted) are handled before one ranking
            // and one frame: a query of 100,000 roles is not ranked for each letter of a paste.
            let mut keys = vec![key];
            while keys.len() < 1024 && event::poll(Duration::ZERO).context("cannot read the keyboard")? {
                keys.extend(read_key(&event::read().context("cannot read the keyboard")?));
            }
            for key in keys {
                match app.handle_held(key) {
                    Effect::None => {}
                    Effect::Quit => return Ok(Outcome::Found),
                    Effect::Copy(text) => {
                        copy(terminal.backend_mut(), &text).context("cannot write to the terminal")?;
                    }
                }
            }
            app.settle();
        }
    }
}

/// The event as the state reads it; `None` for what it does not use (key releases, clicks).
fn read_key(event: &Event) -> Option<Key> {
    match event {
        Event::Key(KeyEvent {
            code, modifiers, kind: KeyEventKind::Press | KeyEventKind::Repeat, ..
        }) => {
            let ctrl = modifiers.contains(KeyModifiers::CONTROL);
            Some(match *code {
                KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
                KeyCode::Char(c) => Key::Char(c),
                KeyCode::Up => Key::Up,
                KeyCode::Down => Key::Down,
                KeyCode::PageUp => Key::PageUp,
                KeyCode::PageDown => Key::PageDown,
                KeyCode::Home => Key::Home,
                KeyCode::End => Key::End,
                KeyCode::Left => Key::Left,
                KeyCode::Right => Key::Right,
                KeyCode::Tab => Key::Tab,
                KeyCode::BackTab => Key::BackTab,
                KeyCode::Enter => Key::Enter,
                KeyCode::Esc => Key::Esc,
                KeyCode::Backspace => Key::Backspace,
                KeyCode::Delete => Key::Delete,
                KeyCode::F(1) => Key::F1,
                _ => return None,
            })
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollUp => Some(Key::WheelUp(mouse.column, mouse.row)),
            MouseEventKind::ScrollDown => Some(Key::WheelDown(mouse.column, mouse.row)),
            _ => None,
        },
        &Event::Resize(width, height) => Some(Key::Resize(width, height)),
        _ => None,
    }
}

/// Puts `text` on the clipboard of the terminal (and of the machine it runs on, over ssh too)
/// with OSC 52, which terminals that allow it obey and others ignore.
fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
    out.flush()
}

/// Standard base64 with padding, as OSC 52 takes it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The terminal as the screen needs it: raw mode, the alternate screen, the mouse wheel, and the
/// cursor where the query is typed. Dropping it, or a panic, gives the terminal back.
struct Session;

impl Session {
    fn start() -> Result<Self> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        terminal::enable_raw_mode().context("cannot set the terminal up")?;
        // From here on, whatever fails gives the terminal back as it drops.
        let session = Session;
        execute!(io::stdout(), terminal::EnterAlternateScreen, event::EnableMouseCapture)
            .context("cannot set the terminal up")?;
        Ok(session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
        // The hook restored the terminal for a panic inside the session; the default one is
        // enough outside it.
        drop(std::panic::take_hook());
    }
}

/// The terminal as it was: best effort, since after SIGHUP there may be no terminal to write to.
fn restore() {
    let mut out = io::stdout();
    _ = execute!(out, event::DisableMouseCapture, terminal::LeaveAlternateScreen, cursor::Show);
    _ = terminal::disable_raw_mode();
    _ = out.flush();
}

/// SIGTERM, SIGHUP and SIGINT, noted as they come so that the loop stops and gives the terminal
/// back before the process ends on them.
struct Signals {
    caught: Arc<AtomicUsize>,
}

impl Signals {
    fn register() -> Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let caught = Arc::new(AtomicUsize::new(0));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            let number = usize::try_from(signal).expect("a signal number is positive");
            signal_hook::flag::register_usize(signal, Arc::clone(&caught), number)
                .context("cannot listen for signals")?;
        }
        Ok(Signals { caught })
    }

    fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::Relaxed) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }
}

#[cfg(test)]
mod tests;
