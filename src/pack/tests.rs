//! `provkoll test`: the Rego unit tests of a pack, run through the engine a check uses, as
//! `opa test` runs them. A test is a rule whose name starts `test_` (in column 1) in a
//! `*_test.rego` module; it passes when it is exactly `true`. Undefined (a condition failed),
//! any other value and an evaluation error all fail it, so a test cannot pass by not running.

use rayon::prelude::*;
use serde::Serialize;

use super::catalogue::Catalogue;
use super::engine::parsed;
use super::layout;
use super::{PackBase, PackSource};
use crate::base::problem::{CatalogueError, Problem};

/// How one test went.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum TestOutcome {
    /// The rule was `true`.
    Pass,
    /// The rule was not `true`: its value, `None` when it was undefined.
    Fail { value: Option<serde_json::Value> },
    /// The engine could not evaluate the rule.
    Error { message: String },
}

/// One `test_` rule and how it went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestCase {
    /// The package of its module, e.g. `provkoll.rules.org.org_nr_valid_test`.
    pub package: String,
    /// The rule's name, e.g. `test_wrong_check_digit_fires`.
    pub name: String,
    /// The module's path as the pack names it (`policies/org/org_nr_valid_test.rego`).
    pub file: String,
    /// The 1-based line of the rule's first definition.
    pub line: usize,
    #[serde(flatten)]
    pub outcome: TestOutcome,
}

impl TestCase {
    /// The rule as the engine is asked for it.
    pub fn query(&self) -> String {
        format!("data.{}.{}", self.package, self.name)
    }
}

/// Every test of a pack, by file, then line.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TestRun {
    pub cases: Vec<TestCase>,
}

/// How many tests passed, failed and could not be evaluated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
}

impl TestRun {
    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for c in &self.cases {
            match c.outcome {
                TestOutcome::Pass => t.passed += 1,
                TestOutcome::Fail { .. } => t.failed += 1,
                TestOutcome::Error { .. } => t.errors += 1,
            }
        }
        t
    }

    /// Whether every test passed: the one fact the exit code and any summary read.
    pub fn passed(&self) -> bool {
        self.cases.iter().all(|c| c.outcome == TestOutcome::Pass)
    }
}

/// Run every test of the pack `source` names, with the pack's own modules (the bundled pack, or
/// a folder read as `--policies DIR` reads it) and its test modules loaded together. A local
/// folder's tests run with every module, the base's and its tests included, so that a local test
/// may import a bundled rule, helper or fixture; the base's tests run without the local modules,
/// as they would alone (a bundled test that evaluates every rule of the pack on its fixture
/// tests the bundled rules, not an organiser's). A pack that does not load, a module that does
/// not parse, or a pack without a test is every problem found, and nothing is run.
pub fn run(source: &PackSource) -> Result<TestRun, Vec<Problem>> {
    let catalogue = super::Pack::catalogue(source)?;
    let (base_tests, mut place) = match &source.base {
        PackBase::Bundled => (Catalogue::bundled_tests(), "the bundled pack".to_owned()),
        PackBase::Dir(dir) => (Catalogue::test_modules_in(dir)?, dir.display().to_string()),
    };
    let local_tests = catalogue.local_tests()?;
    for local in &catalogue.local {
        place.push_str(&format!(" + {}", local.dir));
    }
    let mut pending = Vec::new();
    for (tests, local) in [(&base_tests, false), (&local_tests, true)] {
        for (file, text) in tests {
            let Some((_, package)) = layout::package_of(text) else {
                // without a package line the module does not parse either: said below, located
                continue;
            };
            let mut seen = Vec::new();
            for (line, name) in layout::test_rules(text) {
                // two bodies of one rule are one rule (OR-ed): run it once, shown at its first
                if !seen.contains(&name) {
                    seen.push(name.clone());
                    pending.push((package.to_owned(), name, file.clone(), line, local));
                }
            }
        }
    }
    let mut modules = catalogue.base_modules().to_vec();
    modules.extend(base_tests.iter().cloned());
    let base = parsed(&modules)?;
    let all = if local_tests.is_empty() && catalogue.local.is_empty() {
        None
    } else {
        let mut modules = catalogue.modules.clone();
        modules.extend(base_tests);
        modules.extend(local_tests);
        Some(parsed(&modules)?)
    };
    if pending.is_empty() {
        return Err(vec![Problem::new(CatalogueError::NoTests { path: place })]);
    }
    let mut cases: Vec<TestCase> = pending
        .into_par_iter()
        .map(|(package, name, file, line, local)| {
            let engine = match &all {
                Some(all) if local => all,
                _ => &base,
            };
            let mut case = TestCase {
                package,
                name,
                file,
                line,
                outcome: TestOutcome::Pass,
            };
            // a fresh clone per test, so that one test's failure leaves nothing for the next
            case.outcome = match engine.clone().eval_rule(case.query()) {
                Ok(regorus::Value::Bool(true)) => TestOutcome::Pass,
                Ok(regorus::Value::Undefined) => TestOutcome::Fail { value: None },
                Ok(other) => match serde_json::to_value(&other) {
                    Ok(value) => TestOutcome::Fail { value: Some(value) },
                    Err(e) => TestOutcome::Error {
                        message: format!("its value cannot be shown: {e}"),
                    },
                },
                Err(e) => TestOutcome::Error {
                    message: e.to_string(),
                },
            };
            case
        })
        .collect();
    cases.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Ok(TestRun { cases })
}
