//! `provkoll test`: the Rego unit tests of a pack run through provkoll's engine, the bundled
//! pack's and a folder's, with the exit codes a CI reads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

mod common;
use common::{provkoll, root};

/// A fictional rule with valid METADATA: a school without a name.
const RULE: &str = r#"# METADATA
# title: Every school has a name
# related_resources:
#   - ref: https://example.org/provkoll/school-names
# custom:
#   id: ORG-901
#   severity: error
#   title_sv: Varje skola har ett namn
#   hint: Give the school {code} a name.
package provkoll.rules.org.school_named

deny contains v if {
	some i, s in input.schools
	not s.name
	v := {
		"path": ["schools", i],
		"subject": s.code,
		"msg": sprintf("school %s has no name", [s.code]),
		"args": {"code": s.code},
	}
}
"#;

/// One test that passes (line 5) and one that expects a finding where there is none (line 9).
const TESTS: &str = r#"package provkoll.rules.org.school_named_test

import data.provkoll.rules.org.school_named

test_unnamed_school_fires if {
	count(school_named.deny) == 1 with input as {"schools": [{"code": "12345678"}]}
}

test_named_school_fires_by_mistake if {
	count(school_named.deny) == 1 with input as {"schools": [{"code": "12345678", "name": "Exempelskolan"}]}
}
"#;

/// A pack in a temporary folder: `org/school_named.rego` and the test module given.
fn pack(tests: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("org")).unwrap();
    std::fs::write(dir.path().join("org/school_named.rego"), RULE).unwrap();
    std::fs::write(dir.path().join("org/school_named_test.rego"), tests).unwrap();
    dir
}

/// Exit code, stdout and stderr of `provkoll test` with `args`.
fn test(args: &[&str]) -> (i32, String, String) {
    let out = provkoll().arg("test").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The `test_` rules of every `*_test.rego` under `dir`, counted from the files themselves:
/// lines that start with `test_`, each name once per file (two bodies are one rule).
fn count_tests(dir: &Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            n += count_tests(&path);
        } else if path.to_string_lossy().ends_with("_test.rego") {
            let text = std::fs::read_to_string(&path).unwrap();
            let names: BTreeSet<&str> = text
                .lines()
                .filter(|l| l.starts_with("test_"))
                .map(|l| l.split([' ', '(', '{', ':']).next().unwrap())
                .collect();
            n += names.len();
        }
    }
    n
}

#[test]
fn the_bundled_packs_tests_all_pass() {
    let expected = count_tests(&root().join("policies"));
    assert!(expected > 0);
    let (code, out, err) = test(&[]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("PASS ")).count(),
        expected
    );
    assert_eq!(
        out.lines().last(),
        Some(format!("{expected} passed, 0 failed").as_str())
    );
}

#[test]
fn the_bundled_tests_run_from_the_binary_and_the_folder_alike() {
    // the binary's copy of the tests is the one in policies/: the same tests, the same order
    let (code, bundled, _) = test(&[]);
    assert_eq!(code, 0);
    let (code, folder, err) = test(&["policies"]);
    assert_eq!(code, 0, "{err}");
    let names = |out: &str| -> Vec<String> {
        out.lines()
            .map(|l| l.rsplit('.').next().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(&bundled), names(&folder));
}

#[test]
fn a_failing_test_is_named_with_its_file_and_line() {
    let dir = pack(TESTS);
    let (code, out, err) = test(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(err.is_empty(), "{err}");
    let file = dir.path().join("org/school_named_test.rego");
    assert!(
        out.contains("PASS  data.provkoll.rules.org.school_named_test.test_unnamed_school_fires"),
        "{out}"
    );
    assert!(
        out.contains(
            "FAIL  data.provkoll.rules.org.school_named_test.test_named_school_fires_by_mistake"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!("{}:9: undefined", file.display())),
        "{out}"
    );
    assert_eq!(out.lines().last(), Some("1 passed, 1 failed"));
}

#[test]
fn a_failing_test_is_told_in_swedish_with_the_same_names_and_places() {
    let dir = pack(TESTS);
    let (code, out, err) = test(&["--lang", "sv", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}\n{err}");
    let file = dir.path().join("org/school_named_test.rego");
    // the status words and the test names are the same in every language
    assert!(
        out.contains(
            "FAIL  data.provkoll.rules.org.school_named_test.test_named_school_fires_by_mistake"
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}:9: odefinierad: ett villkor i testets kropp var falskt",
            file.display()
        )),
        "{out}"
    );
    assert_eq!(out.lines().last(), Some("godkända: 1, underkända: 1"));
    assert!(
        !out.contains("undefined") && !out.contains("passed"),
        "{out}"
    );
}

#[test]
fn json_gives_each_test_its_place_and_outcome() {
    let dir = pack(TESTS);
    let out = provkoll()
        .args(["test", "--format", "json", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tests = v["tests"].as_array().unwrap();
    let row = |t: &Value| {
        (
            t["name"].as_str().unwrap().to_owned(),
            t["line"].as_u64().unwrap(),
            t["outcome"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(
        tests.iter().map(row).collect::<Vec<_>>(),
        [
            ("test_unnamed_school_fires".to_owned(), 5, "pass".to_owned()),
            (
                "test_named_school_fires_by_mistake".to_owned(),
                9,
                "fail".to_owned()
            ),
        ]
    );
    assert_eq!(tests[1]["value"], Value::Null);
    assert_eq!(tests[1]["package"], "provkoll.rules.org.school_named_test");
    assert_eq!(
        v["summary"],
        serde_json::json!({"passed": 1, "failed": 1, "errors": 0})
    );
}

#[test]
fn a_test_that_errors_fails_the_run() {
    let dir = pack(
        "package provkoll.rules.org.school_named_test\n\n\
         test_ok if { true }\n\n\
         test_bad_date if { time.parse_rfc3339_ns(\"2027-13-45\") > 0 }\n",
    );
    let (code, out, err) = test(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(
        out.contains("ERROR data.provkoll.rules.org.school_named_test.test_bad_date"),
        "{out}"
    );
    assert!(out.contains("school_named_test.rego:5: "), "{out}");
    assert_eq!(out.lines().last(), Some("1 passed, 0 failed, 1 error"));
}

#[test]
fn a_module_that_does_not_parse_is_located_and_nothing_runs() {
    let dir = pack("package provkoll.rules.org.school_named_test\n\ntest_open if {\n\ttrue\n");
    let (code, out, err) = test(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{out}\n{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("school_named_test.rego: the policy does not parse"),
        "{err}"
    );
    // regorus's own rendering names the line and column
    assert!(err.contains("school_named_test.rego:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_folder_that_does_not_exist_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-pack");
    let (code, out, err) = test(&[missing.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}\n{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("no-such-pack"), "{err}");
}

#[test]
fn a_pack_without_tests_tests_nothing_and_says_so() {
    let dir = pack("");
    std::fs::remove_file(dir.path().join("org/school_named_test.rego")).unwrap();
    let (code, _, err) = test(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("has no test"), "{err}");
}
