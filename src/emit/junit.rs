//! `--format junit`: one test suite per file, one case per rule per file, so a clean run still
//! lists everything that was checked; errors that kept a file from being checked are errored
//! cases. CI systems show it in their test tab.

use std::collections::BTreeMap;
use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::Emit;
use crate::base::lang::Lang;
use crate::base::problem::{P, Problem};
use crate::base::severity::Severity;
use crate::base::terminal::escape_controls;
use crate::base::texts::T;
use crate::check::finding::{Finding, RunReport};

pub struct Junit {
    /// The language of the findings' messages and hints.
    pub lang: Lang,
    /// `--fail-on`: a case fails only for findings at or above it; those below are reported in
    /// the case's output, and it passes.
    pub fail_on: Severity,
}

/// Findings that could not be placed in a file are grouped under this suite.
const NO_FILE: &str = "(configuration)";

fn failure_text(findings: &[&Finding], lang: Lang) -> String {
    let fix = T::Fix.get(lang);
    findings
        .iter()
        .map(|f| {
            let (message, hint) = (f.message_in(lang), f.hint_in(lang));
            match f.span {
                Some(s) => format!(
                    "{}{message}\n{fix}: {hint}",
                    P::LineColumn
                        .msg()
                        .arg("line", s.start.line)
                        .arg("column", s.start.column)
                        .render(lang)
                ),
                None => format!("{message}\n{fix}: {hint}"),
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl Emit for Junit {
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()> {
        let mut files: BTreeMap<String, (Vec<&Finding>, Vec<&Problem>)> = BTreeMap::new();
        for (_, src) in run.sources.iter() {
            files.entry(src.display.clone()).or_default();
        }
        for f in run.open() {
            files
                .entry(run.display(f.file).unwrap_or(NO_FILE).to_owned())
                .or_default()
                .0
                .push(f);
        }
        for p in &run.problems {
            files
                .entry(run.display(p.file).unwrap_or(NO_FILE).to_owned())
                .or_default()
                .1
                .push(p);
        }
        let mut report = Report::new("provkoll");
        for (file, (findings, problems)) in files {
            let mut suite = TestSuite::new(file.clone());
            for p in problems {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                let at = p
                    .span
                    .map(|s| {
                        P::LineColumn
                            .msg()
                            .arg("line", s.start.line)
                            .arg("column", s.start.column)
                            .render(self.lang)
                    })
                    .unwrap_or_default();
                let message = p.message(self.lang);
                status
                    .set_message(message.clone())
                    .set_description(format!("{at}{message}"));
                let mut case = TestCase::new(format!("load: {}", p.error.kind()), status);
                case.set_classname(file.clone());
                suite.add_test_case(case);
            }
            // a file that could not be read was not checked by any rule
            let unread = suite
                .test_cases
                .iter()
                .any(|c| matches!(c.status, TestCaseStatus::NonSuccess { .. }))
                && findings.is_empty();
            for rule in run.rules.iter().filter(|_| !unread) {
                let mine: Vec<&Finding> = findings
                    .iter()
                    .copied()
                    .filter(|f| f.rule == rule.id)
                    .collect();
                if mine.is_empty() && file == NO_FILE {
                    continue;
                }
                let failing: Vec<&Finding> = mine
                    .iter()
                    .copied()
                    .filter(|f| run.fails(f, self.fail_on))
                    .collect();
                let status = if failing.is_empty() {
                    TestCaseStatus::success()
                } else {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_message(format!(
                        "{} finding(s) at or above {}",
                        failing.len(),
                        self.fail_on.as_str()
                    ))
                    .set_description(failure_text(&failing, self.lang));
                    s
                };
                let mut case = TestCase::new(format!("{} {}", rule.id, rule.title), status);
                case.set_classname(file.clone());
                // findings below --fail-on are shown, but do not fail the case
                if failing.len() < mine.len() {
                    let below: Vec<&Finding> = mine
                        .iter()
                        .copied()
                        .filter(|f| !run.fails(f, self.fail_on))
                        .collect();
                    case.set_system_out(failure_text(&below, self.lang));
                }
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
        let mut xml = Vec::new();
        report.serialize(&mut xml).map_err(io::Error::other)?;
        let xml = String::from_utf8(xml).map_err(io::Error::other)?;
        writeln!(w, "{}", xml_chars(&escape_controls(&xml)))
    }
}

/// XML 1.0 has no way to write U+FFFE or U+FFFF, not even as a reference, and a CI system drops
/// a whole report that holds one; controls are already shown escaped.
fn xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\u{fffe}', '\u{ffff}']) {
        text.replace(['\u{fffe}', '\u{ffff}'], "\u{fffd}").into()
    } else {
        text.into()
    }
}
