//! `--format json`: provkoll's own versioned model (`schema_version`), for scripts.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Emit;
use crate::base::lang::Lang;
use crate::check::finding::RunReport;

/// The JSON emitter. `lang` chooses the language of the texts a person reads (a finding's
/// `title`, `message` and `hint`); every key and machine value is the same in both.
pub struct Json {
    pub lang: Lang,
}

/// Bump when a field changes meaning or disappears; adding a field does not bump it.
pub const SCHEMA_VERSION: u32 = 1;

/// The report as a JSON value, its texts in `lang`.
pub fn to_value(run: &RunReport, lang: Lang) -> Value {
    let (errors, warnings, infos) = run.counts();
    let findings: Vec<Value> = run
        .findings
        .iter()
        .map(|f| {
            json!({
                "rule": f.rule,
                "severity": f.severity,
                "title": f.title_in(lang),
                "message": f.message_in(lang),
                "message_key": f.message_key,
                "file": run.display(f.file),
                "line": f.span.map(|s| s.start.line),
                "column": f.span.map(|s| s.start.column),
                "end_line": f.span.map(|s| s.end.line),
                "end_column": f.span.map(|s| s.end.column),
                "path": f.path,
                "subject": f.subject,
                "hint": f.hint_in(lang),
                "sources": f.sources.iter().map(|s| &s.reference).collect::<Vec<_>>(),
                "pack": run.rules.iter().find(|r| r.id == f.rule).map(|r| &r.origin),
                "status": if f.waived_by.is_some() { "waived" } else { "open" },
                // a waiver covers a finding only with a reason and an approver (else WAIVER-003)
                "waiver": run.waiver_of(f).map(|w| json!({
                    "reason": w.reason.as_deref().unwrap_or_default(), "approved_by": w.approved_by.as_deref().unwrap_or_default(),
                    "approved_on": w.approved_on, "expires": w.expires,
                    "file": run.display(Some(w.file)), "line": w.span.start.line, "column": w.span.start.column,
                })),
            })
        })
        .collect();
    let problems: Vec<Value> = run
        .problems
        .iter()
        .map(|p| {
            json!({
                "kind": p.error.kind(),
                "message": p.message(lang),
                "file": run.display(p.file),
                "line": p.span.map(|s| s.start.line),
                "column": p.span.map(|s| s.start.column),
                "help": p.help_text(lang),
            })
        })
        .collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "as_of": run.as_of,
        "tool_version": run.tool_version,
        // the language of `title`, `message` and `hint` (every other value is the same in both)
        "lang": lang.tag(),
        "settings": run.settings,
        "summary": {
            "files_checked": run.files_checked(),
            "files_skipped": run.files_skipped(),
            "skipped_files": run.skipped.iter().filter_map(|f| run.display(Some(*f))).collect::<Vec<_>>(),
            "files_excluded": run.excluded,
            "findings_withheld": run.withheld,
            "rules_evaluated": run.rules.len(),
            "findings": {"error": errors, "warning": warnings, "info": infos, "waived": run.waived()},
            "errors": run.problems.len(),
        },
        "findings": findings,
        "errors": problems,
    })
}

impl Emit for Json {
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &to_value(run, self.lang))?;
        writeln!(w)
    }
}
