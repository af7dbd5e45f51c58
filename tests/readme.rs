//! What the README and the pre-commit manifest tell a user to rely on must be true of the
//! binary: the JSON example names exactly the fields the output has, and every hook's command
//! runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;

use std::collections::BTreeSet;

use common::{AS_OF, check_json, root};
use serde_json::Value;

/// The quoted words of the README's JSON example (its first ```json block) that name a field:
/// not a value (a quoted word after `: `, such as `"lang": "en"`).
fn example_fields() -> BTreeSet<String> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("```json\n").expect("a JSON example") + "```json\n".len();
    let block = &readme[start..start + readme[start..].find("```").unwrap()];
    let parts: Vec<&str> = block.split('"').collect();
    (1..parts.len())
        .step_by(2)
        .filter(|&i| !parts[i - 1].trim_end().ends_with(':'))
        .map(|i| parts[i])
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_owned)
        .collect()
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn the_json_example_names_the_fields_of_todays_output() {
    let (_, passing) = check_json(&["examples/01-ready-kommun"]);
    let (_, failing) = check_json(&["examples/02-fristaende-koncern"]);
    let (_, broken) = check_json(&["examples/03-broken-file"]);
    let mut actual: BTreeSet<String> = BTreeSet::new();
    actual.extend(keys(&passing));
    actual.extend(keys(&passing["summary"]));
    actual.extend(keys(&passing["summary"]["findings"]));
    actual.extend(keys(&failing["findings"][0]));
    actual.extend(keys(&broken["errors"][0]));
    let example = example_fields();
    let missing: Vec<_> = actual.difference(&example).collect();
    let invented: Vec<_> = example.difference(&actual).collect();
    assert!(
        missing.is_empty() && invented.is_empty(),
        "README's JSON example lacks {missing:?} and names {invented:?}, which the output does not have"
    );
}

#[test]
fn every_pre_commit_hook_command_runs() {
    let manifest = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let entries: Vec<&str> = manifest
        .lines()
        .filter_map(|l| l.trim().strip_prefix("entry: "))
        .collect();
    assert_eq!(entries.len(), 2, "{manifest}");
    for entry in entries {
        let mut words = entry.split_whitespace();
        assert_eq!(words.next(), Some("provkoll"), "{entry}");
        // a passing example: every flag of the hook is understood and nothing fails
        let out = common::provkoll()
            .args(words)
            .args(["examples/01-ready-kommun", "--as-of", AS_OF])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{entry}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
