//! `provkoll timeline` as a page to print before a window, as a Markdown table, or as JSON. Every
//! value is escaped for its format: [`Md`] for Markdown, [`plain`] for the page.

use serde_json::json;

use crate::base::date::Date;
use crate::base::lang::Lang;
use crate::base::terminal::on_one_line as visible;
use crate::base::texts::{Noun, T, count, fill};
use crate::check::timeline::{Entry, State};
use crate::emit::report::markdown::Md;

fn mark(covered: bool, lang: Lang) -> &'static str {
    if covered { T::Yes } else { T::No }.get(lang)
}

/// A state in words. The English page has always shown the JSON's names, so English keeps them.
fn state(s: State, lang: Lang) -> &'static str {
    match s {
        State::Valid => T::StateValid,
        State::Expiring => T::StateExpiring,
        State::Expired => T::StateExpired,
        State::NotYetValid => T::StateNotYetValid,
    }
    .get(lang)
}

/// A value on the printed page, which CI logs and terminals show too: nothing hidden and no line
/// of its own (the command line's output boundary makes runner commands inert).
fn plain(s: &str) -> String {
    visible(s).into_owned()
}

/// The timeline as a page to print before a window; `settings` is the settings file used.
pub fn text(entries: &[Entry], as_of: Date, settings: Option<&str>, lang: Lang) -> String {
    // "1 dated artefacts" is how the English page has always read; scripts may match it
    let artefacts = match lang {
        Lang::En => format!("{} dated artefacts", entries.len()),
        Lang::Sv => count(lang, entries.len(), Noun::DatedArtefact),
    };
    let mut out = fill(
        lang,
        T::TimelineHead,
        &[("as_of", &as_of.to_string()), ("artefacts", &artefacts)],
    );
    if let Some(settings) = settings {
        out.push('\n');
        out.push_str(&fill(
            lang,
            T::SettingsUsed,
            &[("settings", &plain(settings))],
        ));
    }
    out.push_str("\n\n");
    for e in entries {
        let until = plain(e.valid_until.as_deref().unwrap_or(T::NoEndDate.get(lang)));
        let from = e
            .valid_from
            .as_deref()
            .map(|f| fill(lang, T::From, &[("date", &plain(f))]))
            .unwrap_or_default();
        out.push_str(&format!(
            "{until:<12} {:<14} {}\n",
            state(e.state, lang),
            plain(&e.what)
        ));
        let place = match (&e.file, e.line) {
            (Some(f), Some(l)) => format!("{}:{l}", plain(f)),
            _ => String::new(),
        };
        out.push_str(&format!("{:<27} {from}{place}\n", ""));
        for w in &e.windows {
            let covers = fill(
                lang,
                T::Covers,
                &[
                    ("window", &plain(&w.id)),
                    ("start", &plain(&w.start)),
                    ("end", &plain(&w.end)),
                    ("covered", mark(w.covered, lang)),
                ],
            );
            out.push_str(&format!("{:<27} {covers}\n", ""));
        }
    }
    out
}

/// The timeline as a Markdown table.
pub fn markdown(entries: &[Entry], as_of: Date, settings: Option<&str>, lang: Lang) -> String {
    let ids: Vec<&str> = entries
        .first()
        .map(|e| e.windows.iter().map(|w| w.id.as_str()).collect())
        .unwrap_or_default();
    let mut o = Md::default();
    o.markup("# ")
        .markup(T::TimelineTitle.get(lang))
        .text(&as_of.to_string())
        .markup("\n\n");
    if let Some(settings) = settings {
        o.text(T::SettingsLabel.get(lang))
            .markup(": ")
            .code(settings)
            .markup("\n\n");
    }
    let head = [
        T::ColValidUntil,
        T::ColState,
        T::ColArtefact,
        T::ColValidFrom,
        T::ColFile,
    ]
    .map(|t| t.get(lang));
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
            Md::text_cell(e.valid_until.as_deref().unwrap_or(T::NoEndDate.get(lang))),
            Md::text_cell(state(e.state, lang)),
            Md::text_cell(&e.what),
            Md::text_cell(e.valid_from.as_deref().unwrap_or("")),
            place,
        ];
        o.row(
            cells.into_iter().chain(
                e.windows
                    .iter()
                    .map(|w| Md::text_cell(mark(w.covered, lang))),
            ),
        );
    }
    o.finish()
}

/// The timeline as JSON: the as-of date, the settings file used (`null`: none) and every entry
/// with its fields.
pub fn json(entries: &[Entry], as_of: Date, settings: Option<&str>) -> serde_json::Value {
    json!({"as_of": as_of, "settings": settings, "entries": entries})
}
