//! `provkoll test`: a run of a pack's Rego tests as lines to read, or as JSON.

use serde_json::{Value, json};

use crate::pack::tests::{TestOutcome, TestRun};

/// One line per test, `PASS` or `FAIL` or `ERROR` and the rule; under a test that did not pass,
/// its file and line and what went wrong; then `N passed, N failed` (and the errors, if any).
pub fn text(run: &TestRun) -> String {
    let mut out = String::new();
    for c in &run.cases {
        let (word, why) = match &c.outcome {
            TestOutcome::Pass => ("PASS", None),
            TestOutcome::Fail { value: None } => (
                "FAIL",
                Some("undefined: a condition in its body was false".to_owned()),
            ),
            TestOutcome::Fail { value: Some(v) } => ("FAIL", Some(format!("{v}, not true"))),
            TestOutcome::Error { message } => ("ERROR", Some(message.clone())),
        };
        out.push_str(&format!("{word:<5} {}\n", c.query()));
        if let Some(why) = why {
            // indented under its test, so that a multi-line engine message stays with it
            let why = why.trim_end().replace('\n', "\n        ");
            out.push_str(&format!("      {}:{}: {why}\n", c.file, c.line));
        }
    }
    out.push_str(&summary(run));
    out.push('\n');
    out
}

/// `N passed, N failed`, and `, N error(s)` when there were any.
pub fn summary(run: &TestRun) -> String {
    let t = run.tally();
    let mut s = format!("{} passed, {} failed", t.passed, t.failed);
    match t.errors {
        0 => {}
        1 => s.push_str(", 1 error"),
        n => s.push_str(&format!(", {n} errors")),
    }
    s
}

/// Every test with its package, name, file, line and outcome, and the counts.
pub fn json(run: &TestRun) -> Value {
    json!({
        "tests": run.cases,
        "summary": run.tally(),
    })
}
