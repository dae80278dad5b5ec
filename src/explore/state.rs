//! The screen's state and how each key changes it: pure transitions, no terminal, so that key
//! sequences are unit-tested as they are.

use ratatui::layout::Rect;

use super::rows::{Catalogue, Kind, Ranking, Row};

/// A key or mouse event, as the loop reads it from the terminal (or a test types it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// A letter with Ctrl held: `Ctrl('t')`.
    Ctrl(char),
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Left,
    Right,
    Tab,
    BackTab,
    Enter,
    Esc,
    Backspace,
    Delete,
    F1,
    /// The mouse wheel at a column and row.
    WheelUp(u16, u16),
    WheelDown(u16, u16),
    /// The terminal's new size: columns, rows.
    Resize(u16, u16),
}

/// What is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The query, the list and the preview.
    Browse,
    /// The selected page, full screen.
    Page,
    /// The keys.
    Help,
}

/// Where Up, Down and the page keys go on the browse screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Preview,
}

/// What the loop does after a key, beyond drawing the new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
}

/// Where each part of the screen is, for a terminal of a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub query: Rect,
    pub list: Rect,
    /// The line or column between list and preview.
    pub divider: Rect,
    pub preview: Rect,
    pub status: Rect,
    /// The whole screen but the status line: the full page, the help.
    pub body: Rect,
}

/// From this many columns, the preview stands beside the list rather than under it, as fzf's
/// preview window does: at 80x24 that shows 22 rows of each, where stacked it showed 8 entries and
/// 12 lines of the page. Below it the page would be narrower than 35 columns, too narrow for a
/// table, and the two are stacked.
pub const SIDE_BY_SIDE: u16 = 76;

/// The list's width beside the preview: 40 columns from 76 to 89 (the tag, and 26 columns of
/// title, enough for every role's), then 45% of the screen up to 80 columns (from 178 columns,
/// an answer's whole title: `NLP Engineer: Work on language-based ML systems`).
fn list_width(width: u16) -> u16 {
    (width * 9 / 20).clamp(40, 80)
}

impl Panes {
    pub fn of(width: u16, height: u16) -> Self {
        let (width, height) = (width.max(1), height.max(3));
        let query = Rect::new(0, 0, width, 1);
        let status = Rect::new(0, height - 1, width, 1);
        let body = Rect::new(0, 0, width, height - 1);
        let inner = height - 2;
        if width >= SIDE_BY_SIDE {
            let list_width = list_width(width);
            let list = Rect::new(0, 1, list_width, inner);
            let divider = Rect::new(list_width, 1, 1, inner);
            let preview = Rect::new(list_width + 1, 1, width - list_width - 1, inner);
            Panes { query, list, divider, preview, status, body }
        } else {
            let list_height = (inner.saturating_sub(1) * 2 / 5).max(1).min(inner);
            let list = Rect::new(0, 1, width, list_height);
            let divider = Rect::new(0, 1 + list_height, width, u16::from(inner > list_height));
            let rest = inner - list_height - divider.height;
            let preview = Rect::new(0, divider.y + divider.height, width, rest);
            Panes { query, list, divider, preview, status, body }
        }
    }
}

/// Everything the screen shows, and the catalogue it is drawn from.
pub struct App<'c, 'a> {
    pub catalogue: &'c Catalogue<'a>,
    pub query: String,
    /// Where typing goes in the query, as a byte offset at a character boundary.
    pub cursor: usize,
    /// The kind filter (Ctrl-t); `None` is every kind.
    pub kind: Option<Kind>,
    pub ranking: Ranking<'a>,
    /// The selected entry, an index into the ranking (the answer first when there is one).
    pub selected: usize,
    /// The first entry the list shows.
    pub offset: usize,
    pub focus: Focus,
    pub screen: Screen,
    /// The screen the help returns to.
    behind_help: Screen,
    /// Lines scrolled off the top of the preview, and of the full page.
    pub scroll: usize,
    pub page_scroll: usize,
    /// The entry the preview's scroll was set for: a page of many entries (the skills, the
    /// industries) opens at the selected one's lines; `None` until the drawing has found them.
    pub anchored: Option<usize>,
    /// Said in the status line until the next key (what Ctrl-y copied).
    pub message: Option<String>,
    pub width: u16,
    pub height: u16,
    /// The query whose answer is being worked out beside the keys (a deferred catalogue), and
    /// whether it is still to be asked for.
    awaiting: Option<String>,
    ask: bool,
    /// Keys are coming faster than they are drawn ([`App::handle_held`]): an edit leaves the
    /// ranking stale, for one ranking after the last of them.
    hold: bool,
    stale: bool,
}

impl<'c, 'a> App<'c, 'a> {
    /// The start screen for a terminal of `width` x `height`, the query prefilled with `query`.
    pub fn new(catalogue: &'c Catalogue<'a>, query: &str, width: u16, height: u16) -> Self {
        let mut app = App {
            catalogue,
            query: query.to_owned(),
            cursor: query.len(),
            kind: None,
            ranking: Ranking::default(),
            selected: 0,
            offset: 0,
            focus: Focus::List,
            screen: Screen::Browse,
            behind_help: Screen::Browse,
            scroll: 0,
            page_scroll: 0,
            anchored: None,
            message: None,
            width,
            height,
            awaiting: None,
            ask: false,
            hold: false,
            stale: false,
        };
        app.rank();
        app
    }

    pub fn panes(&self) -> Panes {
        Panes::of(self.width, self.height)
    }

    /// The selected entry, if the list has any.
    pub fn selected_row(&self) -> Option<&Row<'a>> {
        self.row(self.selected)
    }

    /// Entry `i` of the list: the answer first, then the ranked rows.
    pub fn row(&self, i: usize) -> Option<&Row<'a>> {
        match &self.ranking.answer {
            Some(answer) if i == 0 => Some(answer),
            answer => {
                let i = i.checked_sub(usize::from(answer.is_some()))?;
                self.ranking.rows.get(i).map(|&row| &self.catalogue.rows()[row as usize])
            }
        }
    }

    /// The command that prints the selected page.
    pub fn selected_command(&self) -> Option<String> {
        self.selected_row().map(|row| self.catalogue.command(&row.opens))
    }

    /// [`App::handle`] for a key of several that came at once (typed fast, pasted): an edit
    /// does not rank; [`App::settle`] does, after the last, or the next key that is not an edit.
    pub fn handle_held(&mut self, key: Key) -> Effect {
        self.hold = true;
        let effect = self.handle(key);
        self.hold = false;
        effect
    }

    /// Ranks for the query as it is, if held keys changed it.
    pub fn settle(&mut self) {
        if self.stale {
            self.rank();
        }
    }

    /// The state after `key`, and what the loop should do besides drawing it.
    pub fn handle(&mut self, key: Key) -> Effect {
        let edit = matches!(
            key,
            Key::Char(_)
                | Key::Backspace
                | Key::Delete
                | Key::Left
                | Key::Right
                | Key::Ctrl('u' | 'w' | 't' | 'a' | 'e')
        );
        if self.stale && !(edit && self.hold) {
            let hold = std::mem::replace(&mut self.hold, false);
            self.rank();
            self.hold = hold;
        }
        if let Key::Resize(width, height) = key {
            (self.width, self.height) = (width, height);
            self.keep_selection_visible();
            return Effect::None;
        }
        self.message = None;
        match self.screen {
            Screen::Help => {
                if key == Key::Ctrl('c') {
                    return Effect::Quit;
                }
                // Any key closes the help; a wheel turn is not a key.
                if !matches!(key, Key::WheelUp(..) | Key::WheelDown(..)) {
                    self.screen = self.behind_help;
                }
                Effect::None
            }
            Screen::Page => self.handle_page(key),
            Screen::Browse => self.handle_browse(key),
        }
    }

    fn handle_page(&mut self, key: Key) -> Effect {
        let page = usize::from(self.panes().body.height.max(2) - 1);
        match key {
            Key::Esc | Key::Backspace | Key::Char('q') | Key::Enter => self.screen = Screen::Browse,
            Key::Ctrl('c') => return Effect::Quit,
            Key::Up | Key::Ctrl('p') | Key::Char('k') => {
                self.page_scroll = self.page_scroll.saturating_sub(1);
            }
            Key::Down | Key::Ctrl('n') | Key::Char('j') => self.page_scroll += 1,
            Key::PageUp | Key::Char('b') => self.page_scroll = self.page_scroll.saturating_sub(page),
            Key::PageDown | Key::Char(' ') => self.page_scroll += page,
            Key::Home | Key::Char('g') => self.page_scroll = 0,
            // The drawing stops the scroll at the page's last screen.
            Key::End | Key::Char('G') => self.page_scroll = usize::MAX / 2,
            Key::WheelUp(..) => self.page_scroll = self.page_scroll.saturating_sub(3),
            Key::WheelDown(..) => self.page_scroll += 3,
            Key::Ctrl('y') => return self.copy(),
            Key::F1 | Key::Char('?') => self.open_help(),
            _ => {}
        }
        Effect::None
    }

    fn handle_browse(&mut self, key: Key) -> Effect {
        let panes = self.panes();
        let list_page = usize::from(panes.list.height.max(1));
        let preview_page = usize::from(panes.preview.height.max(2) - 1);
        match key {
            // Esc in the preview gives focus back to the list, as it comes back from a page.
            Key::Esc if self.focus == Focus::Preview => self.focus = Focus::List,
            Key::Esc | Key::Ctrl('c') => return Effect::Quit,
            Key::Char('q') if self.query.is_empty() => return Effect::Quit,
            Key::Char('?') if self.query.is_empty() => self.open_help(),
            Key::F1 => self.open_help(),
            Key::Char(c) if !c.is_control() => {
                self.query.insert(self.cursor, c);
                self.cursor += c.len_utf8();
                self.rank();
            }
            Key::Backspace => {
                if let Some((start, _)) = self.query[..self.cursor].char_indices().next_back() {
                    self.query.replace_range(start..self.cursor, "");
                    self.cursor = start;
                    self.rank();
                }
            }
            Key::Delete => {
                if let Some(c) = self.query[self.cursor..].chars().next() {
                    self.query.replace_range(self.cursor..self.cursor + c.len_utf8(), "");
                    self.rank();
                }
            }
            // The whole query, as the hint under an empty list says.
            Key::Ctrl('u') => {
                self.query.clear();
                self.cursor = 0;
                self.rank();
            }
            Key::Ctrl('w') => {
                let before = self.query[..self.cursor].trim_end();
                let start = before.rfind(' ').map_or(0, |space| space + 1);
                self.query.replace_range(start..self.cursor, "");
                self.cursor = start;
                self.rank();
            }
            Key::Left => {
                self.cursor = self.query[..self.cursor].char_indices().next_back().map_or(0, |(i, _)| i);
            }
            Key::Right => {
                self.cursor += self.query[self.cursor..].chars().next().map_or(0, char::len_utf8);
            }
            Key::Ctrl('a') => self.cursor = 0,
            Key::Ctrl('e') => self.cursor = self.query.len(),
            Key::Ctrl('t') => {
                self.kind = Kind::next(self.kind);
                self.rank();
            }
            Key::Ctrl('y') => return self.copy(),
            Key::Tab | Key::BackTab => {
                self.focus = match self.focus {
                    Focus::List if self.selected_row().is_some() => Focus::Preview,
                    _ => Focus::List,
                };
            }
            Key::Enter if self.selected_row().is_some() => {
                self.screen = Screen::Page;
                self.page_scroll = 0;
            }
            Key::Up | Key::Ctrl('p') => self.step(-1, 1),
            Key::Down | Key::Ctrl('n') => self.step(1, 1),
            Key::PageUp => self.step(-1, if self.focus == Focus::List { list_page } else { preview_page }),
            Key::PageDown => self.step(1, if self.focus == Focus::List { list_page } else { preview_page }),
            Key::Home => self.step(-1, usize::MAX / 2),
            Key::End => self.step(1, usize::MAX / 2),
            Key::WheelUp(column, row) | Key::WheelDown(column, row) => {
                let up = matches!(key, Key::WheelUp(..));
                let at = ratatui::layout::Position::new(column, row);
                if panes.preview.contains(at) {
                    self.scroll_preview(up, 3);
                } else if panes.list.contains(at) {
                    self.select_by(if up { -1 } else { 1 }, 1);
                }
            }
            _ => {}
        }
        Effect::None
    }

    /// Moves `count` steps up (`direction` -1) or down (1) in the pane that has the focus.
    fn step(&mut self, direction: isize, count: usize) {
        match self.focus {
            Focus::List => self.select_by(direction, count),
            Focus::Preview => self.scroll_preview(direction < 0, count),
        }
    }

    fn scroll_preview(&mut self, up: bool, count: usize) {
        // The drawing stops the scroll at the page's last screen.
        self.scroll = if up { self.scroll.saturating_sub(count) } else { self.scroll.saturating_add(count) };
    }

    fn select_by(&mut self, direction: isize, count: usize) {
        let last = self.ranking.len().saturating_sub(1);
        let selected = if direction < 0 {
            self.selected.saturating_sub(count)
        } else {
            self.selected.saturating_add(count).min(last)
        };
        if selected != self.selected {
            self.selected = selected;
            self.scroll = 0;
            self.anchored = None;
        }
        self.keep_selection_visible();
    }

    /// Scrolls the list so that the selected entry is on screen.
    pub fn keep_selection_visible(&mut self) {
        let height = usize::from(self.panes().list.height.max(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        // No empty lines under the last entry while entries are scrolled off above.
        self.offset = self.offset.min(self.ranking.len().saturating_sub(height));
    }

    /// Ranks the entries for the query and kind as they are now; the best is selected. The
    /// answer to the query read as a question comes first: found now, or, for a deferred
    /// catalogue, asked for ([`App::answer_wanted`]) and put first when it comes
    /// ([`App::answered`]).
    fn rank(&mut self) {
        self.selected = 0;
        self.offset = 0;
        self.scroll = 0;
        self.anchored = None;
        self.focus = Focus::List;
        self.stale = self.hold;
        if self.hold {
            return;
        }
        self.ranking = self.catalogue.rank(&self.query, self.kind);
        let question = self.kind.is_none() && !self.query.trim().is_empty();
        self.awaiting = None;
        self.ask = false;
        if question && self.catalogue.deferred {
            self.awaiting = Some(self.query.clone());
            self.ask = true;
        } else if question {
            self.ranking.answer = self.catalogue.answer(&self.query);
        }
    }

    /// The query whose answer the loop should ask for, once.
    pub fn answer_wanted(&mut self) -> Option<String> {
        if !self.ask {
            return None;
        }
        self.ask = false;
        self.awaiting.clone()
    }

    /// Whether an answer is still being worked out.
    pub fn answering(&self) -> bool {
        self.awaiting.is_some()
    }

    /// The answer to `query`, worked out beside the keys: first in the list if the query is
    /// still the same. The selection stays on the entry it was on, unless it was still on the
    /// first: then the answer is selected, as it would have been had it come at once.
    pub fn answered(&mut self, query: &str, answer: Option<Row<'a>>, suggestion: Option<String>) {
        if self.awaiting.as_deref() != Some(query) {
            return;
        }
        self.awaiting = None;
        if self.ranking.rows.is_empty() {
            self.ranking.suggestion = suggestion;
        }
        let Some(answer) = answer else { return };
        let moved = self.selected > 0 || self.focus == Focus::Preview;
        self.ranking.answer = Some(answer);
        if moved {
            self.selected += 1;
            self.offset += 1;
        } else {
            self.scroll = 0;
            self.anchored = None;
        }
        self.keep_selection_visible();
    }

    fn open_help(&mut self) {
        self.behind_help = self.screen;
        self.screen = Screen::Help;
    }

    fn copy(&mut self) -> Effect {
        match self.selected_command() {
            Some(command) => {
                self.message = Some(format!("copied: {command}"));
                Effect::Copy(command)
            }
            None => Effect::None,
        }
    }
}
