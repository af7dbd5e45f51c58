//! Waivers: an approved exception turns a matching finding into a *waived* one, still reported
//! but not failing the run. The waivers themselves are checked here (WAIVER-001 unused,
//! WAIVER-002 expired, WAIVER-003 malformed), because only provkoll knows which findings a
//! waiver matched; their METADATA lives in `policies/waiver/` like every other rule's.

use serde_json::{Map, Value, json};

use crate::catalogue::Rule;
use crate::finding::{Finding, WaiverRef};
use crate::locate::Located;
use crate::model::{Date, ModelDoc, Typed, Waiver};

const UNUSED: &str = "WAIVER-001";
const EXPIRED: &str = "WAIVER-002";
const MALFORMED: &str = "WAIVER-003";

fn at(doc: &ModelDoc, field: &str, present: bool) -> Located {
    let label = (!present).then(|| format!("`{field}` expected here"));
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

fn what(w: &Waiver) -> String {
    match &w.subject {
        Some(s) => format!("the waiver of {} for {s}", w.rule),
        None => format!("the waiver of {}", w.rule),
    }
}

/// Apply every waiver to `findings` and return the findings about the waivers themselves.
pub fn apply(
    findings: &mut [Finding],
    docs: &[ModelDoc],
    rules: &[Rule],
    as_of: Date,
) -> Vec<Finding> {
    let people: std::collections::BTreeSet<&str> = docs
        .iter()
        .filter_map(|d| match &d.typed {
            Typed::Person(p) => Some(p.id.as_str()),
            _ => None,
        })
        .collect();
    let rule = |id: &str| rules.iter().find(|r| r.id == id);
    let mut out = Vec::new();
    let mut report = |id: &str, n: usize, w: &Waiver, message: String, located: Located| {
        if let Some(r) = rule(id) {
            let args: Map<String, Value> = [
                ("rule".to_owned(), json!(w.rule)),
                (
                    "subject".to_owned(),
                    json!(w.subject.clone().unwrap_or_default()),
                ),
            ]
            .into_iter()
            .collect();
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
    let waivers = docs.iter().filter_map(|d| match &d.typed {
        Typed::Waiver(w) => Some((d, w)),
        _ => None,
    });
    for (n, (doc, w)) in waivers.enumerate() {
        let at_doc = n;
        let mut malformed = false;
        if rule(&w.rule).is_none() {
            let hint = crate::suggest::closest(&w.rule, rules.iter().map(|r| r.id.as_str()))
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            report(
                MALFORMED,
                at_doc,
                w,
                format!(
                    "the waiver names rule {}, which the pack does not have{hint}",
                    w.rule
                ),
                at(doc, "rule", true),
            );
            malformed = true;
        }
        if w.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            report(
                MALFORMED,
                at_doc,
                w,
                format!("{} gives no reason", what(w)),
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
                    format!("{} names no approver", what(w)),
                    at(doc, "approved_by", false),
                );
                malformed = true;
            }
            Some(p) if !people.contains(p) => {
                report(
                    MALFORMED,
                    at_doc,
                    w,
                    format!(
                        "{} is approved by {p}, who is not a configured Person",
                        what(w)
                    ),
                    at(doc, "approved_by", true),
                );
                malformed = true;
            }
            Some(_) => {}
        }
        if malformed {
            continue;
        }
        if let Some(expires) = w.expires.filter(|e| *e < as_of) {
            report(
                EXPIRED,
                at_doc,
                w,
                format!(
                    "{} expired on {expires}; it no longer applies and its findings are back",
                    what(w)
                ),
                at(doc, "expires", true),
            );
            continue;
        }
        let waiver = WaiverRef {
            reason: w.reason.clone().unwrap_or_default(),
            approved_by: w.approved_by.clone().unwrap_or_default(),
            approved_on: w.approved_on,
            expires: w.expires,
            file: doc.doc.file,
            span: doc.doc.key_span(&[]),
        };
        let mut used = false;
        for f in findings
            .iter_mut()
            .filter(|f| f.rule == w.rule && f.waived_by.is_none())
        {
            if w.subject.is_none() || w.subject == f.subject {
                f.waived_by = Some(waiver.clone());
                used = true;
            }
        }
        if !used {
            report(
                UNUSED,
                at_doc,
                w,
                format!("{} matched no finding; remove it", what(w)),
                at(doc, "rule", true),
            );
        }
    }
    out
}
