//! `--format sarif`: SARIF 2.1.0 for code scanning. One descriptor per rule of the pack (so a
//! result's rule is always described, unlike conftest's single `main/deny`), the effective level
//! per result, regions in Unicode code points, and load errors as tool notifications.
//!
//! Built as plain JSON rather than through a typed SARIF crate: the official schema, vendored in
//! `tests/fixtures/`, checks every document the tests produce, which is the stronger guarantee.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Emit;
use crate::base::lang::Lang;
use crate::base::severity::Severity;
use crate::base::source::{FileId, Span};
use crate::check::finding::RunReport;
use crate::pack::catalogue::{Origin, Rule};

/// The SARIF emitter. `lang` chooses the language of each result's message and hint; the rule
/// descriptors carry both titles whatever it is.
pub struct Sarif {
    pub lang: Lang,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: what RFC 3986 allows in a path segment stays (unreserved
/// characters, sub-delimiters, `@` and `/`), everything else is percent-encoded, so a space, an
/// å or a `%` in a file name survives. `:` is encoded too: in a first segment it would read as a
/// scheme.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(run: &RunReport, file: Option<FileId>, span: Option<Span>) -> Option<Value> {
    // relative to where the command was run (the repository's root in CI), which
    // `originalUriBaseIds` names as %SRCROOT%
    let path = &run.sources.get(file?)?.from_cwd;
    // a file outside that directory is named by its absolute URI
    let artifact = if path.starts_with('/') {
        json!({"uri": format!("file://{}", uri_path(path))})
    } else {
        json!({"uri": uri_path(path), "uriBaseId": "%SRCROOT%"})
    };
    let mut physical = json!({"artifactLocation": artifact});
    if let Some(s) = span {
        physical["region"] = json!({
            "startLine": s.start.line, "startColumn": s.start.column,
            "endLine": s.end.line, "endColumn": s.end.column.max(if s.end.line == s.start.line { s.start.column } else { 1 }),
        });
    }
    Some(json!({"physicalLocation": physical}))
}

/// `%SRCROOT%` as the absolute `file:` URI of the directory the check was run from.
fn original_uri_base_ids(run: &RunReport) -> Value {
    match &run.workdir {
        Some(dir) => {
            let mut path = dir.to_string_lossy().replace('\\', "/");
            if !path.starts_with('/') {
                path.insert(0, '/'); // a Windows drive: file:///C:/…
            }
            if !path.ends_with('/') {
                path.push('/');
            }
            json!({"%SRCROOT%": {"uri": format!("file://{}", uri_path(&path))}})
        }
        None => json!({}),
    }
}

/// A rule's descriptor (`reportingDescriptor`).
fn descriptor(r: &Rule) -> Value {
    let mut d = json!({
        "id": r.id,
        "name": r.slug,
        "shortDescription": {"text": r.title},
        "fullDescription": {"text": if r.description.is_empty() { &r.title } else { &r.description }},
        "help": {"text": r.hint, "markdown": format!("**Fix:** {}", r.hint)},
        "defaultConfiguration": {"level": level(r.severity)},
        "properties": {"title_sv": r.title_sv, "severity": r.severity, "tags": ["provkoll", r.id.split('-').next().unwrap_or("")]},
    });
    if let Some(uri) = r
        .sources
        .iter()
        .map(|s| &s.reference)
        .find(|u| u.starts_with("https://"))
    {
        d["helpUri"] = json!(uri);
    }
    if r.origin.is_local() {
        d["properties"]["pack"] = json!(r.origin);
    }
    d
}

/// Where each rule's descriptor is: the pack's rules (bundled, or `--policies DIR`) are the
/// driver's, and each local folder is a tool extension of its own (a `toolComponent`, as CodeQL
/// writes its query packs), whose results point at it through `rule.toolComponent`.
struct Descriptors<'a> {
    driver: Vec<&'a Rule>,
    /// (folder, its rules), folders in name order
    extensions: Vec<(&'a str, Vec<&'a Rule>)>,
}

impl<'a> Descriptors<'a> {
    fn of(rules: &'a [Rule]) -> Self {
        let mut driver = Vec::new();
        let mut extensions: Vec<(&str, Vec<&Rule>)> = Vec::new();
        for r in rules {
            match &r.origin {
                Origin::Local(dir) => match extensions.iter_mut().find(|(d, _)| d == dir) {
                    Some((_, rules)) => rules.push(r),
                    None => extensions.push((dir, vec![r])),
                },
                _ => driver.push(r),
            }
        }
        extensions.sort_by(|a, b| a.0.cmp(b.0));
        Self { driver, extensions }
    }

    /// The result's reference to its rule's descriptor, as fields of the result.
    fn reference(&self, id: &str) -> Value {
        if let Some(i) = self.driver.iter().position(|r| r.id == id) {
            return json!({"ruleIndex": i});
        }
        for (component, (_, rules)) in self.extensions.iter().enumerate() {
            if let Some(i) = rules.iter().position(|r| r.id == id) {
                return json!({"rule": {"id": id, "index": i, "toolComponent": {"index": component}}});
            }
        }
        json!({})
    }
}

/// The SARIF log as a JSON value, each result's message in `lang`.
pub fn to_value(run: &RunReport, lang: Lang) -> Value {
    let places = Descriptors::of(&run.rules);
    let descriptors: Vec<Value> = places.driver.iter().map(|r| descriptor(r)).collect();
    let extensions: Vec<Value> = places
        .extensions
        .iter()
        .map(|(dir, rules)| {
            json!({
                "name": dir,
                "fullName": format!("provkoll local rules in {dir}"),
                "rules": rules.iter().map(|r| descriptor(r)).collect::<Vec<_>>(),
                "properties": {"pack": Origin::Local((*dir).to_owned())},
            })
        })
        .collect();
    let results: Vec<Value> = run
        .findings
        .iter()
        .map(|f| {
            let mut r = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": f.message_in(lang)},
                "partialFingerprints": {"provkoll/v1": f.fingerprint(&run.sources)},
                "properties": {"path": f.path, "subject": f.subject, "hint": f.hint_in(lang), "message_key": f.message_key},
            });
            if let Value::Object(reference) = places.reference(&f.rule) {
                for (k, v) in reference {
                    r[k] = v;
                }
            }
            if let Some(loc) = location(run, f.file, f.span) {
                r["locations"] = json!([loc]);
            }
            if let Some(w) = run.waiver_of(f) {
                // a waiver covers a finding only with a reason and an approver (else WAIVER-003)
                let mut suppression = json!({"kind": "external", "status": "accepted", "justification": w.reason.as_deref().unwrap_or_default(),
                    "properties": {"approved_by": w.approved_by, "approved_on": w.approved_on, "expires": w.expires}});
                if let Some(loc) = location(run, Some(w.file), Some(w.span)) {
                    suppression["location"] = loc;
                }
                r["suppressions"] = json!([suppression]);
            }
            r
        })
        .collect();
    let mut tool = json!({"driver": {
        "name": "provkoll",
        "version": run.tool_version,
        "semanticVersion": run.tool_version,
        "informationUri": "https://github.com/provkoll/provkoll",
        "rules": descriptors,
    }});
    if !extensions.is_empty() {
        tool["extensions"] = json!(extensions);
    }
    let notifications: Vec<Value> = run
        .problems
        .iter()
        .map(|p| {
            let mut n = json!({
                "level": "error",
                "message": {"text": match p.help_text(lang) { Some(h) => format!("{} ({h})", p.message(lang)), None => p.message(lang) }},
                "descriptor": {"id": p.error.kind()},
            });
            if let Some(loc) = location(run, p.file, p.span) {
                n["locations"] = json!([loc]);
            }
            n
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": tool,
            "invocations": [{
                "executionSuccessful": run.problems.is_empty(),
                "toolExecutionNotifications": notifications,
                "properties": {"as_of": run.as_of, "settings": run.settings},
            }],
            "columnKind": "unicodeCodePoints",
            // SARIF's own field for the language of the messages in the log
            "language": lang.tag(),
            "originalUriBaseIds": original_uri_base_ids(run),
            "results": results,
            "properties": {"as_of": run.as_of, "settings": run.settings},
        }],
    })
}

impl Emit for Sarif {
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &to_value(run, self.lang))?;
        writeln!(w)
    }
}
