//! `provkoll timeline`: every dated artefact (powers of attorney, attestations, certificates,
//! DPAs, DPF certifications, employments, waivers) with its validity, sorted by expiry, and
//! whether it covers each upcoming exam window. The entries come from the pack's
//! `lib/timeline.rego`, so the readiness semantics live in one place with the date rules.

use serde::{Deserialize, Serialize};

use super::finding::RunReport;
use super::input::Input;
use super::locate::locate;
use crate::base::path;
use crate::base::problem::{PolicyError, Problem};
use crate::config::model::ModelDoc;
use crate::pack::Pack;
use crate::pack::engine::Backend;
use crate::pack::layout::TIMELINE_QUERY;

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
    /// Its state as of the run's date.
    pub state: State,
    /// Each upcoming window and whether the artefact covers it.
    pub windows: Vec<WindowCover>,
    pub file: Option<String>,
    pub line: Option<usize>,
}

/// An artefact's state as of the run's date, as `lib/timeline.rego` names it (JSON keeps these
/// names; a renderer words them for a person).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Valid,
    Expiring,
    Expired,
    NotYetValid,
}

impl State {
    /// The name JSON and the English page use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Expiring => "expiring",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
        }
    }
}

/// Whether an artefact covers one window.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WindowCover {
    pub id: String,
    pub start: String,
    pub end: String,
    /// Valid from the window's ready-by date through its end.
    pub covered: bool,
}

/// One item as `lib/timeline.rego` returns it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    kind: String,
    what: String,
    subject: Option<String>,
    path: serde_json::Value,
    valid_from: Option<String>,
    valid_until: Option<String>,
    state: State,
    windows: Vec<WindowCover>,
}

/// The timeline of a checked configuration; `within` keeps what expires within that many days
/// of the as-of date. An item the helper returns malformed is a policy error naming it.
pub fn build(
    pack: &Pack,
    input: &Input,
    docs: &[ModelDoc],
    run: &RunReport,
    within: Option<u32>,
) -> Result<Vec<Entry>, Problem> {
    let helper = TIMELINE_QUERY.trim_start_matches("data.");
    let file = helper
        .rsplit_once('.')
        .and_then(|(package, _)| pack.catalogue.module_of(package))
        .unwrap_or("(no module declares its package)")
        .to_owned();
    let fail = |rendered: String| {
        Problem::new(PolicyError::Runtime {
            rule: helper.to_owned(),
            file: file.clone(),
            rendered,
        })
    };
    let malformed = |reason: String| {
        Problem::new(PolicyError::BadItem {
            helper: helper.to_owned(),
            file: file.clone(),
            reason,
        })
    };
    let items = match pack
        .query(&input.value, TIMELINE_QUERY, Backend::Compiled)
        .map_err(fail)?
    {
        serde_json::Value::Null => Vec::new(),
        value => {
            serde_json::from_value::<Vec<Item>>(value).map_err(|e| malformed(e.to_string()))?
        }
    };
    let limit = within.map(|d| run.as_of.plus_days(i64::from(d)).to_string());
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        let keep = match (&limit, &item.valid_until) {
            (Some(limit), Some(until)) => until <= limit,
            (Some(_), None) => false,
            (None, _) => true,
        };
        if !keep {
            continue;
        }
        let at =
            path::from_rego(&item.path).map_err(|e| malformed(format!("`{}`: {e}", item.what)))?;
        let located = locate(&at, &input.provenance, docs);
        entries.push(Entry {
            kind: item.kind,
            what: item.what,
            subject: item.subject,
            valid_from: item.valid_from,
            valid_until: item.valid_until,
            state: item.state,
            windows: item.windows,
            file: located
                .as_ref()
                .and_then(|l| run.display(Some(l.file)))
                .map(str::to_owned),
            line: located.map(|l| l.span.start.line),
        });
    }
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
