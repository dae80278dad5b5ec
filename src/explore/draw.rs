//! Drawing the state on a ratatui frame: the query line, the list, the preview, the status line;
//! the full page; the keys. The pages themselves are the commands' own output.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use std::sync::mpsc::Sender;

use super::rows::Opens;
use super::state::{App, Focus, Panes, Screen};
use super::worker::Job;
use crate::render::{escape_controls, to_ascii};

/// The page last rendered, kept while the selection and the width stay the same; for a deferred
/// catalogue, the page last asked of the worker ([`super::worker`]).
#[derive(Default)]
pub struct Pages<'a> {
    key: Option<(Opens<'a>, u16)>,
    lines: Vec<Line<'static>>,
    /// Where to ask for a page, when pages are rendered beside the keys.
    jobs: Option<Sender<Job<'a>>>,
    requested: Option<(Opens<'a>, u16)>,
}

impl<'a> Pages<'a> {
    /// Pages rendered by the worker that `jobs` reaches.
    pub fn deferred(jobs: Sender<Job<'a>>) -> Self {
        Pages { jobs: Some(jobs), ..Pages::default() }
    }

    /// The lines of `opens`'s page at `width` columns; `None` while the worker renders it.
    fn get(&mut self, app: &App<'_, 'a>, opens: Opens<'a>, width: u16) -> Option<&[Line<'static>]> {
        let key = (opens, width);
        if self.key.as_ref() == Some(&key) {
            return Some(&self.lines);
        }
        if let Some(jobs) = &self.jobs {
            if self.requested.as_ref() != Some(&key) {
                // The worker ends only when the loop does.
                _ = jobs.send(Job::Page(key.0.clone(), width));
                self.requested = Some(key);
            }
            return None;
        }
        let page = app.catalogue.page(&key.0, usize::from(width));
        self.keep(key, &page);
        Some(&self.lines)
    }

    /// A page the worker rendered.
    pub fn rendered(&mut self, opens: Opens<'a>, width: u16, page: &str) {
        let key = (opens, width);
        if self.requested.as_ref() == Some(&key) {
            self.requested = None;
        }
        self.keep(key, page);
    }

    /// Whether a page asked of the worker has not come yet.
    pub fn waiting(&self) -> bool {
        self.requested.is_some()
    }

    fn keep(&mut self, key: (Opens<'a>, u16), page: &str) {
        let width = usize::from(key.1);
        self.lines = page.lines().flat_map(|line| folded(styled(line), width)).collect();
        self.key = Some(key);
    }
}

/// What a pane shows while its page is rendered.
fn rendering(app: &App) -> Vec<Line<'static>> {
    let dim = if color(app) { Style::default().fg(Color::DarkGray) } else { Style::default() };
    vec![Line::styled(if app.catalogue.options.unicode { "…" } else { "..." }, dim)]
}

/// The width of the widest kind tag (`application`), so that titles line up.
const TAG_WIDTH: usize = 11;

/// The keys on the help screen: what to press, what it does.
const KEYS: &[(&str, &str)] = &[
    ("type", "filter the list"),
    ("Up Down", "move (also ^N ^P)"),
    ("PgUp PgDn", "move a page"),
    ("Home End", "first, last"),
    ("Tab", "scroll the page; Esc back"),
    ("Enter", "open the page; Esc back"),
    ("^T", "kind: all, roles, salary..."),
    ("^Y", "copy the page's command"),
    ("^U ^W", "clear the query, a word"),
    ("Esc ^C", "quit (q: when no query)"),
    ("F1 ?", "keys (?: when no query)"),
];

pub fn draw<'a>(frame: &mut Frame, app: &mut App<'_, 'a>, cache: &mut Pages<'a>) {
    let (width, height) = (frame.area().width, frame.area().height);
    if (app.width, app.height) != (width, height) {
        app.width = width;
        app.height = height;
    }
    app.keep_selection_visible();
    let panes = app.panes();
    if height < 3 || width < 8 {
        frame.render_widget(Paragraph::new("too small"), frame.area());
        return;
    }
    match app.screen {
        Screen::Browse => draw_browse(frame, app, cache, &panes),
        Screen::Page => draw_page(frame, app, cache, &panes),
        Screen::Help => draw_help(frame, app, &panes),
    }
    draw_status(frame, app, &panes);
}

/// Whether colour is on (`--color`, `NO_COLOR`, `TERM=dumb`, as the CLI decides).
fn color(app: &App) -> bool {
    app.catalogue.options.color
}

/// `text` as the terminal can show it: ASCII without a UTF-8 locale or with `TERM=dumb`.
/// Control characters of the data are shown escaped (`\e`), never sent to the terminal.
fn shown(app: &App, text: &str) -> String {
    let text = escape_controls(text);
    if app.catalogue.options.unicode { text.into_owned() } else { to_ascii(&text).into_owned() }
}

fn draw_browse<'a>(frame: &mut Frame, app: &mut App<'_, 'a>, cache: &mut Pages<'a>, panes: &Panes) {
    draw_query(frame, app, panes.query);
    draw_list(frame, app, panes.list);
    let unicode = app.catalogue.options.unicode;
    let divider = if panes.divider.width == 1 {
        let bar = if unicode { "│" } else { "|" };
        vec![Line::from(bar); usize::from(panes.divider.height)]
    } else {
        vec![Line::from((if unicode { "─" } else { "-" }).repeat(usize::from(panes.divider.width)))]
    };
    let style = if app.focus == Focus::Preview && color(app) {
        Style::default().fg(Color::Cyan)
    } else {
        Style::default().fg(if color(app) { Color::DarkGray } else { Color::Reset })
    };
    frame.render_widget(Paragraph::new(divider).style(style), panes.divider);
    // A column of margin beside the divider; none under it.
    let area = if panes.divider.width == 1 {
        Rect { x: panes.preview.x + 1, width: panes.preview.width.saturating_sub(1), ..panes.preview }
    } else {
        panes.preview
    };
    if let Some(target) = app.selected_row().map(|row| row.opens.clone()) {
        let Some(lines) = cache.get(app, target, area.width) else {
            frame.render_widget(Paragraph::new(rendering(app)), area);
            return;
        };
        if app.anchored != Some(app.selected) {
            // A page of many entries opens where the selected one is, a line before it, when
            // the top of the page would not show it; an entry's own page starts at its top.
            let title = app.selected_row().map(|row| row.title.to_string()).unwrap_or_default();
            let height = usize::from(area.height);
            app.scroll = line_of(lines, &title)
                .filter(|line| line + 4 > height)
                .map_or(0, |line| line.saturating_sub(1));
            app.anchored = Some(app.selected);
        }
        app.scroll = app.scroll.min(lines.len().saturating_sub(usize::from(area.height)));
        let shown: Vec<Line> =
            lines.iter().skip(app.scroll).take(usize::from(area.height)).cloned().collect();
        frame.render_widget(Paragraph::new(shown), area);
    }
}

/// The first of `lines` that shows the start of `title`: its first words, up to a dozen letters
/// (a table cell wraps a long title; the line it starts on holds them).
fn line_of(lines: &[Line], title: &str) -> Option<usize> {
    let mut start = String::new();
    for word in title.split_whitespace() {
        if !start.is_empty() && start.len() + word.len() >= 12 {
            break;
        }
        if !start.is_empty() {
            start.push(' ');
        }
        start.push_str(word);
    }
    if start.is_empty() {
        return None;
    }
    lines.iter().position(|line| {
        line.spans.iter().map(|span| span.content.as_ref()).collect::<String>().contains(&start)
    })
}

fn draw_query(frame: &mut Frame, app: &App, area: Rect) {
    let count = match app.kind {
        Some(kind) => format!(" {}/{} {}", app.ranking.len(), app.catalogue.rows().len(), kind.name()),
        None => format!(" {}/{}", app.ranking.len(), app.catalogue.rows().len()),
    };
    let prompt = "> ";
    let room = usize::from(area.width).saturating_sub(prompt.len() + count.chars().count() + 1);
    // The end of a query too long for the line, so that what is typed stays in sight.
    let chars = app.query.chars().count();
    let skipped = chars.saturating_sub(room);
    let query: String = app.query.chars().skip(skipped).collect();
    // What another name typed counts as (`PyTorch counts as Machine learning libraries`), in
    // the room left between the query and the count.
    let counted: Vec<String> = app
        .ranking
        .counted
        .iter()
        .map(|counted| format!("{} counts as {}", counted.name, counted.counts_as))
        .collect();
    let left = room.saturating_sub(query.chars().count() + 2);
    let note = if counted.is_empty() || left < 12 {
        String::new()
    } else {
        format!("  {}", fitted(app, &counted.join("; "), left))
    };
    let padding = usize::from(area.width)
        .saturating_sub(prompt.len() + query.chars().count() + note.chars().count() + count.chars().count());
    let bold = if color(app) { Style::default().add_modifier(Modifier::BOLD) } else { Style::default() };
    let dim = if color(app) { Style::default().fg(Color::DarkGray) } else { Style::default() };
    let line = Line::from(vec![
        Span::styled(prompt, bold),
        Span::raw(shown(app, &query)),
        Span::styled(note, dim),
        Span::raw(" ".repeat(padding)),
        Span::styled(count, dim),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    if app.screen == Screen::Browse {
        let before = app.query[..app.cursor].chars().count().saturating_sub(skipped);
        let x = area.x
            + u16::try_from(prompt.len() + before).unwrap_or(u16::MAX).min(area.width.saturating_sub(1));
        frame.set_cursor_position((x, area.y));
    }
}

/// `text` cut to `width` columns, with an ellipsis where it was cut.
fn fitted(app: &App, text: &str, width: usize) -> String {
    let text = shown(app, text);
    if text.chars().count() <= width {
        return text;
    }
    let ellipsis = if app.catalogue.options.unicode { "…" } else { "..." };
    let kept: String = text.chars().take(width.saturating_sub(ellipsis.chars().count())).collect();
    format!("{}{ellipsis}", kept.trim_end())
}

fn draw_list(frame: &mut Frame, app: &App, area: Rect) {
    if app.ranking.is_empty() {
        let mut lines = vec![Line::from(shown(app, &format!("nothing matches '{}'", app.query.trim())))];
        if let Some(suggestion) = &app.ranking.suggestion {
            lines.push(Line::from(format!("did you mean '{suggestion}'?")));
        }
        if let Some(kind) = app.kind {
            lines.push(Line::from(format!("among {}: Ctrl-t for the next kind, then all", kind.name())));
        } else {
            lines.push(Line::from("try other words; Ctrl-u clears the query"));
        }
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let marker = if app.catalogue.options.unicode { "▶ " } else { "> " };
    let tag_style = if color(app) { Style::default().fg(Color::Cyan) } else { Style::default() };
    let mut lines = Vec::with_capacity(usize::from(area.height));
    for i in app.offset..app.offset + usize::from(area.height) {
        let Some(row) = app.row(i) else { break };
        let selected = i == app.selected;
        let mut line = Line::from(vec![
            Span::raw(if selected { marker } else { "  " }),
            Span::styled(format!("{:<TAG_WIDTH$} ", row.tag), tag_style),
            // A column left before the divider.
            Span::raw(fitted(app, &row.title, usize::from(area.width).saturating_sub(TAG_WIDTH + 4))),
        ]);
        if selected {
            let style = if app.focus == Focus::List {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default().add_modifier(Modifier::UNDERLINED)
            };
            line = line.style(style);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_page<'a>(frame: &mut Frame, app: &mut App<'_, 'a>, cache: &mut Pages<'a>, panes: &Panes) {
    let Some(target) = app.selected_row().map(|row| row.opens.clone()) else { return };
    let area = panes.body;
    let Some(lines) = cache.get(app, target, area.width) else {
        frame.render_widget(Paragraph::new(rendering(app)), area);
        return;
    };
    app.page_scroll = app.page_scroll.min(lines.len().saturating_sub(usize::from(area.height)));
    let shown: Vec<Line> =
        lines.iter().skip(app.page_scroll).take(usize::from(area.height)).cloned().collect();
    frame.render_widget(Paragraph::new(shown), area);
}

fn draw_help(frame: &mut Frame, app: &App, panes: &Panes) {
    let bold = if color(app) { Style::default().add_modifier(Modifier::BOLD) } else { Style::default() };
    let key_width = KEYS.iter().map(|(key, _)| key.len()).max().unwrap_or(0) + 2;
    // A heading when the screen has a line for it (at 40x12 it has not).
    let heading = usize::from(panes.body.height) > KEYS.len();
    let lines: Vec<Line> = heading
        .then(|| Line::styled("mlcareers explore: the keys", bold))
        .into_iter()
        .chain(KEYS.iter().map(|(key, what)| {
            Line::from(vec![Span::styled(format!("{key:<key_width$}"), bold), Span::raw(*what)])
        }))
        .collect();
    frame.render_widget(Paragraph::new(lines), panes.body);
}

/// The status line: the command that prints the selected page (or what Ctrl-y copied) on the
/// left, the keys on the right as far as they fit. The first two keys (how to leave, and the
/// keys) are always shown: the command gives way to them, its `mlcareers ` first, then its end.
fn draw_status(frame: &mut Frame, app: &App, panes: &Panes) {
    let area = panes.status;
    let left = match (&app.message, app.screen) {
        (Some(message), _) => message.clone(),
        (None, Screen::Help) => "any key returns".to_owned(),
        (None, _) => app.selected_command().unwrap_or_else(|| "no entry".to_owned()),
    };
    let help = if app.query.is_empty() { "? keys" } else { "F1 keys" };
    let keys: &[&str] = match (app.screen, app.focus) {
        (Screen::Help, _) => &[],
        (Screen::Page, _) => &["Esc back", help, "^Y copy", "Up/Down scroll"],
        (Screen::Browse, Focus::Preview) => &["Esc list", help, "Up/Down scroll", "Enter open", "Tab list"],
        // With nothing selected, only the keys that do something.
        (Screen::Browse, Focus::List) if app.selected_row().is_none() => &["Esc quit", help, "^T kind"],
        (Screen::Browse, Focus::List) => {
            &["Esc quit", help, "Enter open", "Tab scroll", "^T kind", "^Y copy"]
        }
    };
    let width = usize::from(area.width);
    let (required, optional) = keys.split_at(keys.len().min(2));
    let keys_width = |keys: &[&str]| keys.iter().map(|key| key.len() + 2).sum::<usize>();
    let left = status_text(app, &left, width.saturating_sub(keys_width(required)));
    let left_width = left.chars().count();
    // The keys, most needed first, as many as fit beside the command; shown in their order.
    let mut fitted: Vec<&str> = required.to_vec();
    let mut used = left_width + keys_width(required);
    for key in optional {
        if used + key.len() + 2 <= width {
            used += key.len() + 2;
            fitted.push(key);
        }
    }
    let right = fitted.iter().rev().copied().collect::<Vec<_>>().join("  ");
    let padding = width.saturating_sub(left_width + right.len());
    let dim = if color(app) { Style::default().fg(Color::DarkGray) } else { Style::default() };
    let line = Line::from(vec![Span::raw(left), Span::raw(" ".repeat(padding)), Span::styled(right, dim)]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The status line's text in `room` columns: whole if it fits, else without `mlcareers `, else
/// cut with an ellipsis; nothing when too little is left to say anything.
fn status_text(app: &App, text: &str, room: usize) -> String {
    let text = shown(app, text);
    if text.chars().count() <= room {
        return text;
    }
    let short = text.strip_prefix("mlcareers ").unwrap_or(&text);
    if room < 8 { String::new() } else { fitted(app, short, room) }
}

/// `line` in lines of at most `width` columns. The CLI never breaks an address or a command, and
/// leaves a longer one to the terminal, which wraps it; a pane would cut it at its edge. So a
/// longer line is broken here: after a `/` (or another break in an address) where one falls in
/// the last third of the line, else at the edge, and the rest goes under the start of the word
/// that was too long (`Address   https://...` goes on under its `h`), or at the line's own indent
/// when that leaves too little room.
fn folded(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    if line.width() <= width {
        return vec![line];
    }
    // The line as (character, style, columns), and where the word that overflows starts.
    let cells: Vec<(char, Style, usize)> = line
        .spans
        .iter()
        .flat_map(|span| {
            let style = span.style;
            span.content.chars().map(move |c| (c, style, char_width(c)))
        })
        .collect();
    let mut column = 0;
    let mut word_start = 0;
    for (i, &(c, _, w)) in cells.iter().enumerate() {
        if column + w > width {
            break;
        }
        if c == ' ' {
            word_start = i + 1;
        }
        column += w;
    }
    let indent_of = |upto: usize| cells[..upto].iter().map(|cell| cell.2).sum::<usize>();
    let leading = cells.iter().take_while(|cell| cell.0 == ' ').count();
    let indent =
        [indent_of(word_start), leading].into_iter().find(|&indent| indent + 20 <= width).unwrap_or(0);
    let mut lines = Vec::new();
    let mut rest: &[(char, Style, usize)] = &cells;
    let mut first = true;
    while !rest.is_empty() {
        let room = if first { width } else { width - indent };
        let mut used = 0;
        let mut end = 0;
        while end < rest.len() && used + rest[end].2 <= room {
            used += rest[end].2;
            end += 1;
        }
        // At least one character a line, whatever its width.
        end = end.max(1);
        if end < rest.len() {
            let lowest = end - end / 3;
            if let Some(at) = (lowest..end)
                .rev()
                .find(|&i| matches!(rest[i - 1].0, '/' | '?' | '&' | '=' | '-' | '_' | '.'))
            {
                end = at;
            }
        }
        let mut spans: Vec<Span<'static>> = Vec::new();
        if !first && indent > 0 {
            spans.push(Span::raw(" ".repeat(indent)));
        }
        for chunk in rest[..end].chunk_by(|a, b| a.1 == b.1) {
            spans.push(Span::styled(chunk.iter().map(|cell| cell.0).collect::<String>(), chunk[0].1));
        }
        lines.push(Line::from(spans));
        rest = &rest[end..];
        if first {
            // The break is not carried as a space at the start of the next line.
            while rest.first().is_some_and(|cell| cell.0 == ' ') {
                rest = &rest[1..];
            }
        }
        first = false;
    }
    lines
}

/// The columns `c` takes on a terminal, as the CLI's renderers count them.
fn char_width(c: char) -> usize {
    let mut buffer = [0; 4];
    crate::render::display_width(c.encode_utf8(&mut buffer))
}

/// One line of a page as the CLI printed it, its SGR codes (bold, underline) as styles.
fn styled(line: &str) -> Line<'static> {
    let mut spans = Vec::new();
    let mut style = Style::default();
    let mut rest = line;
    while let Some(start) = rest.find("\x1b[") {
        if start > 0 {
            spans.push(Span::styled(rest[..start].to_owned(), style));
        }
        let after = &rest[start + 2..];
        let Some(end) = after.find('m') else {
            rest = after;
            continue;
        };
        for code in after[..end].split(';') {
            style = match code {
                "" | "0" => Style::default(),
                "1" => style.add_modifier(Modifier::BOLD),
                "4" => style.add_modifier(Modifier::UNDERLINED),
                "22" => style.remove_modifier(Modifier::BOLD),
                "24" => style.remove_modifier(Modifier::UNDERLINED),
                "31" => style.fg(Color::Red),
                "39" => style.fg(Color::Reset),
                _ => style,
            };
        }
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        spans.push(Span::styled(rest.to_owned(), style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clis_codes_become_styles() {
        let line = styled("\x1b[1mTitle\x1b[0m and \x1b[1;4mword\x1b[22;24m.");
        let texts: Vec<(&str, bool, bool)> = line
            .spans
            .iter()
            .map(|span| {
                let bold = span.style.add_modifier.contains(Modifier::BOLD);
                let under = span.style.add_modifier.contains(Modifier::UNDERLINED);
                (span.content.as_ref(), bold, under)
            })
            .collect();
        assert_eq!(
            texts,
            [("Title", true, false), (" and ", false, false), ("word", true, true), (".", false, false)]
        );
    }

    #[test]
    fn a_line_longer_than_the_pane_is_folded_under_its_long_word() {
        let address = "https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs-in-math-occupations.htm";
        let line =
            Line::from(vec![Span::raw("Address   "), Span::styled(address, Style::new().underlined())]);
        let lines = folded(line, 40);
        let texts: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert!(texts.iter().all(|text| text.chars().count() <= 40), "{texts:#?}");
        // Nothing lost, each piece under the address's first character, broken after a `/`
        // where one falls near the edge.
        let rest: String = texts[1..].iter().map(|text| text.trim_start()).collect();
        assert_eq!(format!("{}{rest}", texts[0]), format!("Address   {address}"));
        assert!(texts[1..].iter().all(|text| text.starts_with(&" ".repeat(10))), "{texts:#?}");
        assert!(texts[0].ends_with('/'), "{texts:#?}");
        assert!(lines[1].spans.iter().any(|span| span.style.add_modifier.contains(Modifier::UNDERLINED)));
        // A line that fits is as it was; a pane of one column still shows every character.
        assert_eq!(folded(Line::from("short"), 40), [Line::from("short")]);
        assert_eq!(folded(Line::from("abc"), 1).len(), 3);
        assert_eq!(folded(Line::from("日本語"), 3).len(), 3, "a wide character on a line of its own");
    }
}
