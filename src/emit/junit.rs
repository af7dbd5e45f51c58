//! `--format junit`: one test suite per file, one case per rule per file, so a clean run still
//! lists everything that was checked; errors that kept a file from being checked are errored
//! cases. CI systems show it in their test tab.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::Emit;
use super::junit_xml::{Case, Outcome, Suite, Suites};
use crate::base::lang::Lang;
use crate::base::problem::{P, Problem};
use crate::base::severity::Severity;
use crate::base::terminal::escape_controls;
use crate::base::texts::{Noun, T, count, fill, severity_word};
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
        let mut report = Suites {
            name: "provkoll".into(),
            suites: Vec::new(),
        };
        for (file, (findings, problems)) in files {
            let mut suite = Suite {
                name: file.clone(),
                cases: Vec::new(),
            };
            for p in problems {
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
                suite.cases.push(Case {
                    name: format!("load: {}", p.error.kind()),
                    classname: file.clone(),
                    outcome: Outcome::Error {
                        text: format!("{at}{message}"),
                        message,
                    },
                    system_out: None,
                });
            }
            // a file that could not be read was not checked by any rule
            let unread = !suite.cases.is_empty() && findings.is_empty();
            for rule in run.rules.iter().filter(|_| !unread) {
                let mine: Vec<&Finding> = findings
                    .iter()
                    .copied()
                    .filter(|f| f.rule == rule.id)
                    .collect();
                if mine.is_empty() && file == NO_FILE {
                    continue;
                }
                let (failing, below): (Vec<&Finding>, Vec<&Finding>) =
                    mine.iter().partition(|f| run.fails(f, self.fail_on));
                let outcome = if failing.is_empty() {
                    Outcome::Passed
                } else {
                    let severity = match self.lang {
                        Lang::En => self.fail_on.as_str(),
                        Lang::Sv => severity_word(self.lang, self.fail_on),
                    };
                    Outcome::Failed {
                        message: fill(
                            self.lang,
                            T::JunitFailing,
                            &[
                                ("findings", &count(self.lang, failing.len(), Noun::Finding)),
                                ("severity", severity),
                            ],
                        ),
                        text: failure_text(&failing, self.lang),
                    }
                };
                let title = match self.lang {
                    Lang::En => &rule.title,
                    Lang::Sv => &rule.title_sv,
                };
                suite.cases.push(Case {
                    name: format!("{} {title}", rule.id),
                    classname: file.clone(),
                    outcome,
                    // findings below --fail-on are shown, but do not fail the case
                    system_out: (!below.is_empty()).then(|| failure_text(&below, self.lang)),
                });
            }
            report.suites.push(suite);
        }
        writeln!(w, "{}", xml_chars(&escape_controls(&report.to_xml())))
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
