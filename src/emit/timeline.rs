//! `provkoll timeline` as a page to print before a window, as a Markdown table, or as JSON.

use serde_json::json;

use crate::base::date::Date;
use crate::check::timeline::Entry;

fn mark(covered: bool) -> &'static str {
    if covered { "yes" } else { "NO" }
}

/// The timeline as a page to print before a window.
pub fn text(entries: &[Entry], as_of: Date) -> String {
    let mut out = format!(
        "Timeline as of {as_of}: {} dated artefacts, sorted by expiry\n\n",
        entries.len()
    );
    for e in entries {
        let until = e.valid_until.as_deref().unwrap_or("no end date");
        let from = e
            .valid_from
            .as_deref()
            .map(|f| format!("from {f} "))
            .unwrap_or_default();
        out.push_str(&format!("{until:<12} {:<14} {}\n", e.state, e.what));
        let place = match (&e.file, e.line) {
            (Some(f), Some(l)) => format!("{f}:{l}"),
            _ => String::new(),
        };
        out.push_str(&format!("{:<27} {from}{place}\n", ""));
        for w in &e.windows {
            out.push_str(&format!(
                "{:<27} covers {} ({} – {}): {}\n",
                "",
                w.id,
                w.start,
                w.end,
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
    let mut out = format!(
        "# Timeline as of {as_of}\n\n| valid until | state | artefact | valid from | file |"
    );
    for id in &ids {
        out.push_str(&format!(" {id} |"));
    }
    out.push_str("\n| --- | --- | --- | --- | --- |");
    out.push_str(&" --- |".repeat(ids.len()));
    out.push('\n');
    for e in entries {
        let place = match (&e.file, e.line) {
            (Some(f), Some(l)) => format!("`{f}:{l}`"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {place} |",
            e.valid_until.as_deref().unwrap_or("no end date"),
            e.state,
            e.what.replace('|', "\\|"),
            e.valid_from.as_deref().unwrap_or(""),
        ));
        for w in &e.windows {
            out.push_str(&format!(" {} |", mark(w.covered)));
        }
        out.push('\n');
    }
    out
}

/// The timeline as JSON: the as-of date and every entry with its fields.
pub fn json(entries: &[Entry], as_of: Date) -> serde_json::Value {
    json!({"as_of": as_of, "entries": entries})
}
