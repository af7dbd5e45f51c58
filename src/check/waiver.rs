//! Waivers: an approved exception turns a matching finding into a *waived* one, still reported
//! but not failing the run. The waivers themselves are checked here (WAIVER-001 unused,
//! WAIVER-002 expired, WAIVER-003 malformed), because only provkoll knows which findings a
//! waiver matched; their METADATA lives in `policies/waiver/` like every other rule's.

use serde_json::{Map, Value, json};

use super::finding::Finding;
use super::locate::Located;
use crate::base::date::Date;
use crate::base::problem::{PolicyError, Problem};
use crate::base::problem_texts::P;
use crate::base::source::{FileId, Span};
use crate::base::suggest::closest;
use crate::config::model::{ModelDoc, Typed, Waiver};
use crate::pack::catalogue::Rule;
use crate::pack::messages;

const UNUSED: &str = "WAIVER-001";
const EXPIRED: &str = "WAIVER-002";
const MALFORMED: &str = "WAIVER-003";
const NOT_YET: &str = "WAIVER-004";

/// What became of a waiver in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaiverState {
    /// It covers this many findings.
    Used(usize),
    /// It matched no finding (WAIVER-001).
    Unused,
    /// Its `expires` is before the as-of date (WAIVER-002): its findings are back.
    Expired,
    /// It names an unknown rule, gives no reason or no known approver (WAIVER-003).
    Malformed,
    /// Its `approved_on` is after the as-of date (WAIVER-004): an exception is not in force
    /// before it was approved.
    NotYetApproved,
}

impl WaiverState {
    /// The waiver rule that reports a waiver in this state.
    pub fn rule(self) -> Option<&'static str> {
        match self {
            Self::Used(_) => None,
            Self::Unused => Some(UNUSED),
            Self::Expired => Some(EXPIRED),
            Self::Malformed => Some(MALFORMED),
            Self::NotYetApproved => Some(NOT_YET),
        }
    }
}

/// One waiver document, as written, with its place and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct WaiverEntry {
    pub file: FileId,
    /// The document's `kind` line.
    pub span: Span,
    pub rule: String,
    pub subject: Option<String>,
    pub reason: Option<String>,
    /// Person id of the approver.
    pub approved_by: Option<String>,
    pub approved_on: Option<Date>,
    pub expires: Option<Date>,
    pub state: WaiverState,
}

/// Every waiver of a run, in document order: what the report's ledger, SARIF's suppressions
/// and JSON's `waiver` read, so none of them re-derives a waiver's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaiverLedger {
    pub entries: Vec<WaiverEntry>,
}

impl WaiverLedger {
    /// Count each used waiver's findings again, once the run's findings are final (sorted and
    /// rid of duplicates).
    pub fn count_uses(&mut self, findings: &[Finding]) {
        for (i, entry) in self.entries.iter_mut().enumerate() {
            if let WaiverState::Used(n) = &mut entry.state {
                *n = findings.iter().filter(|f| f.waived_by == Some(i)).count();
            }
        }
    }
}

fn at(doc: &ModelDoc, field: &str, present: bool) -> Located {
    let label = (!present).then(|| P::FieldExpected.msg().arg("field", field));
    let span = if present {
        doc.doc.field_span(field)
    } else {
        doc.doc.key_span(&[])
    };
    Located {
        file: doc.doc.file,
        span,
        label,
        local_path: field.to_owned(),
    }
}

/// How a waiver is named in its messages: its rule, and its subject when it has one. Language
/// neutral, so both languages' templates use it as it is.
fn what(w: &Waiver) -> String {
    match &w.subject {
        Some(s) => format!("{} ({s})", w.rule),
        None => w.rule.clone(),
    }
}

/// Apply every waiver to `findings`; the ledger of waivers, the findings about the waivers
/// themselves, and a problem for each such finding whose rule has no template for it (a pack of
/// one's own whose waiver rule lacks `custom.messages`).
pub fn apply(
    findings: &mut [Finding],
    docs: &[ModelDoc],
    rules: &[Rule],
    as_of: Date,
) -> (WaiverLedger, Vec<Finding>, Vec<Problem>) {
    let people: std::collections::BTreeSet<&str> = docs
        .iter()
        .filter_map(|d| match &*d.typed {
            Typed::Person(p) => Some(p.id.as_str()),
            _ => None,
        })
        .collect();
    let rule = |id: &str| rules.iter().find(|r| r.id == id);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut report = |id: &str,
                      n: usize,
                      w: &Waiver,
                      (key, more): (&str, &[(&str, String)]),
                      located: Located| {
        if let Some(r) = rule(id) {
            let mut args: Map<String, Value> = [
                ("rule".to_owned(), json!(w.rule)),
                (
                    "subject".to_owned(),
                    json!(w.subject.clone().unwrap_or_default()),
                ),
                ("waiver".to_owned(), json!(what(w))),
            ]
            .into_iter()
            .collect();
            args.extend(more.iter().map(|(k, v)| ((*k).to_owned(), json!(v))));
            let message = match messages::render_key(&r.messages, key, &args) {
                Ok(m) => m,
                Err(reason) => {
                    problems.push(Problem::new(PolicyError::BadViolation {
                        rule: r.id.clone(),
                        file: r.file.clone(),
                        reason,
                    }));
                    return;
                }
            };
            let f = Finding::new(
                r,
                message,
                Some(located),
                format!("waivers[{n}]"),
                Some(format!(
                    "{}{}",
                    w.rule,
                    w.subject
                        .as_ref()
                        .map(|s| format!("/{s}"))
                        .unwrap_or_default()
                )),
                &args,
            );
            out.push(f);
        }
    };
    let waivers = docs.iter().filter_map(|d| match &*d.typed {
        Typed::Waiver(w) => Some((d, w)),
        _ => None,
    });
    let mut ledger = WaiverLedger::default();
    for (n, (doc, w)) in waivers.enumerate() {
        let at_doc = n;
        let mut entry = WaiverEntry {
            file: doc.doc.file,
            span: doc.doc.key_span(&[]),
            rule: w.rule.clone(),
            subject: w.subject.clone(),
            reason: w.reason.clone(),
            approved_by: w.approved_by.clone(),
            approved_on: w.approved_on,
            expires: w.expires,
            state: WaiverState::Malformed,
        };
        let mut malformed = false;
        if rule(&w.rule).is_none() {
            let near: Vec<(&str, String)> = closest(&w.rule, rules.iter().map(|r| r.id.as_str()))
                .map(|s| ("suggestion", s.to_owned()))
                .into_iter()
                .collect();
            let key = if near.is_empty() {
                "unknown_rule"
            } else {
                "unknown_rule_near"
            };
            report(MALFORMED, at_doc, w, (key, &near), at(doc, "rule", true));
            malformed = true;
        }
        if w.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            report(
                MALFORMED,
                at_doc,
                w,
                ("no_reason", &[]),
                at(doc, "reason", w.reason.is_some()),
            );
            malformed = true;
        }
        match w.approved_by.as_deref() {
            None => {
                report(
                    MALFORMED,
                    at_doc,
                    w,
                    ("no_approver", &[]),
                    at(doc, "approved_by", false),
                );
                malformed = true;
            }
            Some(p) if !people.contains(p) => {
                report(
                    MALFORMED,
                    at_doc,
                    w,
                    ("approver_unknown", &[("approver", p.to_owned())]),
                    at(doc, "approved_by", true),
                );
                malformed = true;
            }
            Some(_) => {}
        }
        if malformed {
            ledger.entries.push(entry);
            continue;
        }
        if let Some(approved) = w.approved_on.filter(|a| *a > as_of) {
            report(
                NOT_YET,
                at_doc,
                w,
                (
                    "approved_later",
                    &[
                        ("approved_on", approved.to_string()),
                        ("as_of", as_of.to_string()),
                    ],
                ),
                at(doc, "approved_on", true),
            );
            entry.state = WaiverState::NotYetApproved;
            ledger.entries.push(entry);
            continue;
        }
        if let Some(expires) = w.expires.filter(|e| *e < as_of) {
            report(
                EXPIRED,
                at_doc,
                w,
                ("expired", &[("expires", expires.to_string())]),
                at(doc, "expires", true),
            );
            entry.state = WaiverState::Expired;
            ledger.entries.push(entry);
            continue;
        }
        let index = ledger.entries.len();
        let mut used = 0;
        for f in findings
            .iter_mut()
            .filter(|f| f.rule == w.rule && f.waived_by.is_none())
        {
            if w.subject.is_none() || w.subject == f.subject {
                f.waived_by = Some(index);
                used += 1;
            }
        }
        entry.state = if used == 0 {
            WaiverState::Unused
        } else {
            WaiverState::Used(used)
        };
        ledger.entries.push(entry);
        if used == 0 {
            // what the rule did find, so a waiver written with a wrong subject can be corrected
            let mut subjects: Vec<&str> = findings
                .iter()
                .filter(|f| f.rule == w.rule)
                .filter_map(|f| f.subject.as_deref())
                .collect();
            subjects.sort_unstable();
            subjects.dedup();
            let found = match subjects.as_slice() {
                [] => ("unused_nothing_found", Vec::new()),
                some => ("unused", vec![("subjects", some.join(", "))]),
            };
            report(
                UNUSED,
                at_doc,
                w,
                (found.0, &found.1),
                at(doc, "rule", true),
            );
        }
    }
    (ledger, out, problems)
}
