//! `provkoll timeline`: every dated artefact (powers of attorney, attestations, certificates,
//! DPAs, DPF certifications, employments, waivers) with its validity, sorted by expiry, and
//! whether it covers each upcoming exam window. The entries come from the pack's
//! `lib/timeline.rego`, so the readiness semantics live in one place with the date rules.

use serde::Serialize;
use serde_json::Value;

use crate::error::{PolicyError, Problem};
use crate::finding::RunReport;
use crate::input::Input;
use crate::load::PathSeg;
use crate::model::{Date, ModelDoc};

/// One dated artefact.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// What kind of artefact (`power_of_attorney`, `certificate`, `dpa`, …).
    pub kind: String,
    /// What it is, in words.
    pub what: String,
    /// Whom or what it is about.
    pub subject: Option<String>,
    /// First valid day, when recorded.
    pub valid_from: Option<String>,
    /// Last valid day; `None` is indefinite.
    pub valid_until: Option<String>,
    /// `valid`, `expiring`, `expired` or `not_yet_valid`, as of the run's date.
    pub state: String,
    /// Each upcoming window and whether the artefact covers it.
    pub windows: Vec<WindowCover>,
    /// File and line.
    pub file: Option<String>,
    /// Line in the file.
    pub line: Option<usize>,
}

/// Whether an artefact covers one window.
#[derive(Debug, Clone, Serialize)]
pub struct WindowCover {
    /// Window id.
    pub id: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Valid from the window's ready-by date through its end.
    pub covered: bool,
}

/// The helper rule that lists every dated artefact.
pub const QUERY: &str = "data.provkoll.lib.timeline.items";

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// The timeline of a checked configuration; `within` keeps what expires within that many days.
pub fn build(
    pack: &crate::Pack,
    input: &Input,
    docs: &[ModelDoc],
    run: &RunReport,
    within: Option<u32>,
) -> Result<Vec<Entry>, Problem> {
    let fail = |rendered: String| {
        Problem::new(PolicyError::Runtime {
            rule: "timeline".into(),
            file: "policies/lib/timeline.rego".into(),
            rendered,
        })
    };
    let items = pack.evaluator.query(&input.value, QUERY).map_err(fail)?;
    let items = items.as_array().cloned().unwrap_or_default();
    let limit = within.map(|d| run.as_of.plus_days(i64::from(d)).to_string());
    let mut entries: Vec<Entry> = items
        .iter()
        .map(|it| {
            let path: Vec<PathSeg> = it["path"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| {
                            s.as_str()
                                .map(|k| PathSeg::Key(k.into()))
                                .or_else(|| s.as_u64().map(|i| PathSeg::Index(i as usize)))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let located = crate::locate::locate(&path, &input.provenance, docs);
            Entry {
                kind: text(it, "kind").unwrap_or_default(),
                what: text(it, "what").unwrap_or_default(),
                subject: text(it, "subject"),
                valid_from: text(it, "valid_from"),
                valid_until: text(it, "valid_until"),
                state: text(it, "state").unwrap_or_default(),
                windows: it["windows"]
                    .as_array()
                    .map(|ws| {
                        ws.iter()
                            .map(|w| WindowCover {
                                id: text(w, "id").unwrap_or_default(),
                                start: text(w, "start").unwrap_or_default(),
                                end: text(w, "end").unwrap_or_default(),
                                covered: w["covered"].as_bool().unwrap_or(false),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                file: located
                    .as_ref()
                    .and_then(|l| run.display(Some(l.file)))
                    .map(str::to_owned),
                line: located.map(|l| l.span.start.line),
            }
        })
        .filter(|e| match (&limit, &e.valid_until) {
            (Some(limit), Some(until)) => until <= limit,
            (Some(_), None) => false,
            (None, _) => true,
        })
        .collect();
    // by expiry, the indefinite last; then by what, for a stable order
    entries.sort_by(|a, b| {
        (
            a.valid_until.is_none(),
            &a.valid_until,
            &a.what,
            &a.file,
            a.line,
        )
            .cmp(&(
                b.valid_until.is_none(),
                &b.valid_until,
                &b.what,
                &b.file,
                b.line,
            ))
    });
    Ok(entries)
}

fn mark(covered: bool) -> &'static str {
    if covered { "yes" } else { "NO" }
}

/// The timeline as a page to print before a window.
pub fn to_text(entries: &[Entry], as_of: Date) -> String {
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
pub fn to_markdown(entries: &[Entry], as_of: Date) -> String {
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
