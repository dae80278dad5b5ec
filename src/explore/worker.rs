//! The work a keystroke does not wait for, over a large data file: reading the query as a
//! question (against every role) and rendering the selected page (a table of every role, maybe).
//! A thread of its own does it, the latest request of each kind first; the screen shows the
//! ranked list at once and the answer and page as they come. Over the embedded data, or any
//! small file, there is no thread: both are worked out as the key is handled
//! ([`super::rows::Catalogue::deferred`]).

use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};

use super::draw::Pages;
use super::rows::{Catalogue, Opens, Row};
use super::state::App;

/// What the screen asks for.
pub enum Job<'a> {
    /// The answer to a query; and, when nothing matched it, what to type instead.
    Answer(String, bool),
    /// A page, at a width.
    Page(Opens<'a>, u16),
}

/// What comes back.
pub enum Done<'a> {
    /// The query, its answer, and what to type instead when nothing matched.
    Answer(String, Option<Row<'a>>, Option<String>),
    Page(Opens<'a>, u16, String),
}

/// The thread's two ends, as the loop holds them.
pub struct Worker<'a> {
    jobs: Sender<Job<'a>>,
    done: Receiver<Done<'a>>,
    /// When no thread could be started: the jobs, done here as they are delivered.
    inline: Option<(&'a Catalogue<'a>, Receiver<Job<'a>>, Sender<Done<'a>>)>,
}

impl Worker<'static> {
    /// A thread working for `catalogue`, when the catalogue is deferred. It is not joined: the
    /// process ends with the loop, and quitting never waits for a page being rendered (a table of
    /// 100,000 roles takes seconds on a busy machine), so what it reads lives as long as the
    /// process.
    pub fn start(catalogue: &'static Catalogue<'static>) -> Option<Self> {
        if !catalogue.deferred {
            return None;
        }
        let (jobs, inbox) = mpsc::channel();
        let (outbox, done) = mpsc::channel();
        // The thread's ends, taken back if no thread could be started.
        let kept = Arc::new(Mutex::new(Some((inbox, outbox))));
        let ends = Arc::clone(&kept);
        let spawned = std::thread::Builder::new().name("explore-worker".into()).spawn(move || {
            let taken = ends.lock().ok().and_then(|mut ends| ends.take());
            if let Some((inbox, outbox)) = taken {
                work(catalogue, &inbox, &outbox);
            }
        });
        // Without a thread, the jobs are done as they are delivered, on the loop's own thread.
        let inline = match spawned {
            Ok(_) => None,
            Err(_) => kept
                .lock()
                .ok()
                .and_then(|mut ends| ends.take())
                .map(|(inbox, outbox)| (catalogue, inbox, outbox)),
        };
        Some(Worker { jobs, done, inline })
    }
}

impl<'a> Worker<'a> {
    /// Where [`Pages`] sends its requests.
    pub fn jobs(&self) -> Sender<Job<'a>> {
        self.jobs.clone()
    }

    /// Asks for the answer the state awaits, if it awaits one not yet asked for.
    pub fn ask(&self, app: &mut App<'_, 'a>) {
        if let Some(query) = app.answer_wanted() {
            // The thread ends only when the loop does.
            _ = self.jobs.send(Job::Answer(query, app.ranking.rows.is_empty()));
        }
    }

    /// Hands what has come back to the state and the pages; whether anything had.
    pub fn deliver(&self, app: &mut App<'_, 'a>, pages: &mut Pages<'a>) -> bool {
        if let Some((catalogue, inbox, outbox)) = &self.inline {
            serve(catalogue, inbox, outbox);
        }
        let mut any = false;
        loop {
            match self.done.try_recv() {
                Ok(Done::Answer(query, answer, suggestion)) => app.answered(&query, answer, suggestion),
                Ok(Done::Page(opens, width, page)) => pages.rendered(opens, width, &page),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return any,
            }
            any = true;
        }
    }

    /// Waits for what is being worked out to come back (for a benchmark).
    pub fn wait(&self, app: &mut App<'_, 'a>, pages: &mut Pages<'a>) {
        while app.answering() || pages.waiting() {
            if let Some((catalogue, inbox, outbox)) = &self.inline {
                serve(catalogue, inbox, outbox);
            }
            match self.done.recv() {
                Ok(Done::Answer(query, answer, suggestion)) => app.answered(&query, answer, suggestion),
                Ok(Done::Page(opens, width, page)) => pages.rendered(opens, width, &page),
                Err(_) => return,
            }
        }
    }
}

/// The thread: takes every job that has come, keeps the latest answer and the latest page asked
/// for (older ones are for a query or a selection no longer on screen), does them, answer first,
/// and goes on until the loop drops its end.
fn work<'a>(catalogue: &Catalogue<'a>, inbox: &Receiver<Job<'a>>, outbox: &Sender<Done<'a>>) {
    // Below the thread that handles the keys: on a busy machine (two cores and other work) the
    // keys get the CPU first, and a slow answer waits instead.
    #[cfg(target_os = "linux")]
    {
        _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10);
    }
    while let Ok(first) = inbox.recv() {
        if !round(catalogue, first, inbox, outbox) {
            return;
        }
    }
}

/// The jobs waiting, done at once, on the loop's thread (when no thread could be started).
fn serve<'a>(catalogue: &Catalogue<'a>, inbox: &Receiver<Job<'a>>, outbox: &Sender<Done<'a>>) {
    if let Ok(first) = inbox.try_recv() {
        round(catalogue, first, inbox, outbox);
    }
}

/// `first` and every job that has come after it, the latest answer and page only; whether the
/// loop still listens.
fn round<'a>(
    catalogue: &Catalogue<'a>,
    first: Job<'a>,
    inbox: &Receiver<Job<'a>>,
    outbox: &Sender<Done<'a>>,
) -> bool {
    let renderer = catalogue.renderer();
    let (mut answer, mut page) = (None, None);
    let mut keep = |job| match job {
        Job::Answer(query, empty) => answer = Some((query, empty)),
        Job::Page(opens, width) => page = Some((opens, width)),
    };
    keep(first);
    while let Ok(job) = inbox.try_recv() {
        keep(job);
    }
    if let Some((query, empty)) = answer {
        let row = renderer.answer(&query);
        let suggestion = if empty && row.is_none() { catalogue.suggest(&query) } else { None };
        if outbox.send(Done::Answer(query, row, suggestion)).is_err() {
            return false;
        }
    }
    if let Some((opens, width)) = page {
        let text = renderer.page(&opens, usize::from(width));
        if outbox.send(Done::Page(opens, width, text)).is_err() {
            return false;
        }
    }
    true
}
