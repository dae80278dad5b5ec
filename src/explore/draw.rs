//! Drawing the state on a ratatui frame: the query line, the list, the preview, the status line;
//! the full page; the keys. The pages themselves are the commands' own output.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::rows::Opens;
use super::state::{App, Focus, Panes, Screen};
use crate::render::to_ascii;

/// The page last rendered, kept while the selection and the width stay the same.
#[derive(Default)]
pub struct Pages<'a> {
    key: Option<(Opens<'a>, u16)>,
    lines: Vec<Line<'static>>,
}

impl<'a> Pages<'a> {
    /// The lines of `target`'s page at `width` columns.
    fn get(&mut self, app: &App<'_, 'a>, opens: Opens<'a>, width: u16) -> &[Line<'static>] {
        if self.key.as_ref() != Some(&(opens.clone(), width)) {
            let page = app.catalogue.page(&opens, usize::from(width));
            self.lines = page.lines().map(styled).collect();
            self.key = Some((opens, width));
        }
        &self.lines
    }
}

/// The width of the widest kind tag (`application`), so that titles line up.
const TAG_WIDTH: usize = 11;

/// The keys on the help screen: what to press, what it does.
const KEYS: &[(&str, &str)] = &[
    ("type", "filter the list"),
    ("Up Down", "move (also ^N ^P)"),
    ("PgUp PgDn", "move a page"),
    ("Home End", "first, last"),
    ("Tab", "scroll the page, and back"),
    ("Enter", "open the page; Esc back"),
    ("^T", "kind: all, roles, salary..."),
    ("^Y", "copy the page's command"),
    ("Esc ^C", "quit (q: when no query)"),
    ("F1 ?", "keys (?: when no query)"),
    ("wheel", "scroll where pointed"),
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
fn shown(app: &App, text: &str) -> String {
    if app.catalogue.options.unicode { text.to_owned() } else { to_ascii(text).into_owned() }
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
        let lines = cache.get(app, target, area.width);
        app.scroll = app.scroll.min(lines.len().saturating_sub(usize::from(area.height)));
        let shown: Vec<Line> =
            lines.iter().skip(app.scroll).take(usize::from(area.height)).cloned().collect();
        frame.render_widget(Paragraph::new(shown), area);
    }
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
    let padding =
        usize::from(area.width).saturating_sub(prompt.len() + query.chars().count() + count.chars().count());
    let bold = if color(app) { Style::default().add_modifier(Modifier::BOLD) } else { Style::default() };
    let dim = if color(app) { Style::default().fg(Color::DarkGray) } else { Style::default() };
    let line = Line::from(vec![
        Span::styled(prompt, bold),
        Span::raw(query),
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
            lines.push(Line::from(format!("among {}: Ctrl-t for every kind", kind.name())));
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
            Span::raw(fitted(app, &row.title, usize::from(area.width).saturating_sub(TAG_WIDTH + 3))),
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
    let lines = cache.get(app, target, area.width);
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
/// left, the keys on the right as far as they fit.
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
        (Screen::Page, _) => &["Esc back", "^Y copy", help, "Up/Down scroll"],
        (Screen::Browse, Focus::Preview) => &["Esc quit", "Tab list", help, "Enter open", "Up/Down scroll"],
        // With nothing selected, only the keys that do something.
        (Screen::Browse, Focus::List) if app.selected_row().is_none() => &["Esc quit", help, "^T kind"],
        (Screen::Browse, Focus::List) => {
            &["Esc quit", help, "Enter open", "Tab scroll", "^T kind", "^Y copy"]
        }
    };
    let width = usize::from(area.width);
    let left = shown(app, &left);
    let left_width = left.chars().count();
    // The keys, most needed first, as many as fit beside the command; shown in their order.
    let mut fitted: Vec<&str> = Vec::new();
    let mut used = left_width + 2;
    for key in keys {
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
}
