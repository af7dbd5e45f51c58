//! `provkoll timeline` as a page to print before a window, as a Markdown table, or as JSON. Every
//! value is escaped for its format: [`Md`] for Markdown, [`plain`] for the page.

use serde_json::json;

use crate::base::date::Date;
use crate::base::terminal::on_one_line as visible;
use crate::check::timeline::Entry;
use crate::emit::report::markdown::Md;

fn mark(covered: bool) -> &'static str {
    if covered { "yes" } else { "NO" }
}

/// A value on the printed page, which CI logs and terminals show too: nothing hidden and no line
/// of its own (the command line's output boundary makes runner commands inert).
fn plain(s: &str) -> String {
    visible(s).into_owned()
}

/// The timeline as a page to print before a window.
pub fn text(entries: &[Entry], as_of: Date) -> String {
    let mut out = format!(
        "Timeline as of {as_of}: {} dated artefacts, sorted by expiry\n\n",
        entries.len()
    );
    for e in entries {
        let until = plain(e.valid_until.as_deref().unwrap_or("no end date"));
        let from = e
            .valid_from
            .as_deref()
            .map(|f| format!("from {} ", plain(f)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{until:<12} {:<14} {}\n",
            plain(&e.state),
            plain(&e.what)
        ));
        let place = match (&e.file, e.line) {
            (Some(f), Some(l)) => format!("{}:{l}", plain(f)),
            _ => String::new(),
        };
        out.push_str(&format!("{:<27} {from}{place}\n", ""));
        for w in &e.windows {
            out.push_str(&format!(
                "{:<27} covers {} ({} – {}): {}\n",
                "",
                plain(&w.id),
                plain(&w.start),
                plain(&w.end),
                mark(w.covered)
            ));
        }
    }
    out
}

/// The timeline as a Markdown table.
pub fn markdown(entries: &[Entry], as_of: Date) -> String {
    let ids: Vec<&str> = entries
        .first()
        .map(|e| e.windows.iter().map(|w| w.id.as_str()).collect())
        .unwrap_or_default();
    let mut o = Md::default();
    o.markup("# Timeline as of ")
        .text(&as_of.to_string())
        .markup("\n\n");
    let head = ["valid until", "state", "artefact", "valid from", "file"];
    o.row(
        head.into_iter()
            .chain(ids.iter().copied())
            .map(Md::text_cell),
    );
    o.markup("|");
    for _ in 0..head.len() + ids.len() {
        o.markup(" --- |");
    }
    o.markup("\n");
    for e in entries {
        let place = match (&e.file, e.line) {
            (Some(f), Some(l)) => Md::code_cell(&format!("{f}:{l}")),
            _ => Md::cell(),
        };
        let cells = [
            Md::text_cell(e.valid_until.as_deref().unwrap_or("no end date")),
            Md::text_cell(&e.state),
            Md::text_cell(&e.what),
            Md::text_cell(e.valid_from.as_deref().unwrap_or("")),
            place,
        ];
        o.row(
            cells
                .into_iter()
                .chain(e.windows.iter().map(|w| Md::text_cell(mark(w.covered)))),
        );
    }
    o.finish()
}

/// The timeline as JSON: the as-of date and every entry with its fields.
pub fn json(entries: &[Entry], as_of: Date) -> serde_json::Value {
    json!({"as_of": as_of, "entries": entries})
}
