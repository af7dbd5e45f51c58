//! `provkoll test`: a run of a pack's Rego tests as lines to read, or as JSON.

use serde_json::{Value, json};

use crate::base::lang::Lang;
use crate::base::texts::{T, fill};
use crate::pack::tests::{TestOutcome, TestRun};

/// One line per test, `PASS` or `FAIL` or `ERROR` and the rule; under a test that did not pass,
/// its file and line and what went wrong; then `N passed, N failed` (and the errors, if any).
/// The three words stay in every language, as `opa test` writes them: a CI log is searched
/// for them.
pub fn text(run: &TestRun, lang: Lang) -> String {
    let mut out = String::new();
    for c in &run.cases {
        let (word, why) = match &c.outcome {
            TestOutcome::Pass => ("PASS", None),
            TestOutcome::Fail { value: None } => {
                ("FAIL", Some(T::TestUndefined.get(lang).to_owned()))
            }
            TestOutcome::Fail { value: Some(v) } => (
                "FAIL",
                Some(fill(lang, T::TestNotTrue, &[("value", &v.to_string())])),
            ),
            TestOutcome::Error { message } => ("ERROR", Some(message.clone())),
        };
        out.push_str(&format!("{word:<5} {}\n", c.query()));
        if let Some(why) = why {
            // indented under its test, so that a multi-line engine message stays with it
            let why = why.trim_end().replace('\n', "\n        ");
            out.push_str(&format!("      {}:{}: {why}\n", c.file, c.line));
        }
    }
    out.push_str(&summary(run, lang));
    out.push('\n');
    out
}

/// `N passed, N failed`, and `, N error(s)` when there were any.
pub fn summary(run: &TestRun, lang: Lang) -> String {
    let t = run.tally();
    let (passed, failed) = (t.passed.to_string(), t.failed.to_string());
    let mut s = fill(
        lang,
        T::TestSummary,
        &[("passed", &passed), ("failed", &failed)],
    );
    match t.errors {
        0 => {}
        1 => s.push_str(T::TestOneError.get(lang)),
        n => s.push_str(&fill(lang, T::TestErrors, &[("errors", &n.to_string())])),
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
