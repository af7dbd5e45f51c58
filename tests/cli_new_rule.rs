//! `provkoll new-rule`: the scaffold is written whole or not at all, and it is a pack that
//! refuses to load until its placeholders are filled in, then tests and checks like any other.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::Path;

use serde_json::Value;

mod common;
use common::{AS_OF, example_copy, provkoll};

/// Exit code, stdout and stderr of `provkoll` with `args`, run in `cwd`.
fn run_in(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = provkoll().current_dir(cwd).args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `provkoll check --policies DIR REPO` as JSON, run in `cwd`.
fn check_with(cwd: &Path, dir: &str, repo: &Path) -> (i32, String, String) {
    let repo = repo.to_str().unwrap();
    run_in(
        cwd,
        &[
            "check",
            "--policies",
            dir,
            repo,
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ],
    )
}

/// Every file under `dir`, relative, with its text: what a refused run must leave as it was.
fn tree(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    if !dir.exists() {
        return files;
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(tree(&path).into_iter().map(|(p, t)| {
                (
                    format!("{}/{p}", path.file_name().unwrap().to_string_lossy()),
                    t,
                )
            }));
        } else {
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                text,
            ));
        }
    }
    files.sort();
    files
}

/// What a person writes in place of each placeholder of the scaffold (fictional sources).
fn filled(rule: &str) -> String {
    rule.lines()
        .map(|line| {
            if line.contains("ref: CHANGE-ME") {
                "#   - ref: https://example.org/provkoll/skolenhetskod".to_owned()
            } else if line.contains("severity: CHANGE-ME") {
                "#   severity: error".to_owned()
            } else {
                line.replace("CHANGE-ME", "Filled in")
            }
        })
        .map(|line| line + "\n")
        .collect()
}

#[test]
fn writes_the_rule_and_its_tests_in_the_packs_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out, err) = run_in(tmp.path(), &["new-rule", "org/school_coded"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    // the default DIR is ./policies
    assert_eq!(
        out,
        "wrote policies/org/school_coded.rego\n\
         wrote policies/org/school_coded_test.rego\n\
         Fill in every CHANGE-ME in policies/org/school_coded.rego, replace the example \
         condition and its tests, then run: provkoll test policies\n"
    );
    let rule = std::fs::read_to_string(tmp.path().join("policies/org/school_coded.rego")).unwrap();
    let tests =
        std::fs::read_to_string(tmp.path().join("policies/org/school_coded_test.rego")).unwrap();
    assert!(
        rule.contains("\npackage provkoll.rules.org.school_coded\n"),
        "{rule}"
    );
    assert!(rule.contains("#   id: LOCAL-001\n"), "{rule}");
    assert!(rule.contains("\ndeny contains v if {\n"), "{rule}");
    assert!(
        tests.starts_with("package provkoll.rules.org.school_coded_test\n"),
        "{tests}"
    );
    assert!(tests.contains("import data.provkoll.rules.org.school_coded\n"));
    assert!(tests.contains("\ntest_school_without_code_fires if {"));
    assert!(tests.contains("\ntest_school_with_code_is_quiet if {"));
}

#[test]
fn the_id_is_given_or_the_first_local_one_free_in_the_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let d = dir.to_str().unwrap();
    let id_of = |file: &str| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let line = text.lines().find(|l| l.starts_with("#   id: ")).unwrap();
        line["#   id: ".len()..].to_owned()
    };
    assert_eq!(run_in(tmp.path(), &["new-rule", "org/a", "--dir", d]).0, 0);
    // an unfilled scaffold's ID is taken too, though its METADATA does not load yet
    assert_eq!(run_in(tmp.path(), &["new-rule", "gdpr/b", "--dir", d]).0, 0);
    assert_eq!(
        run_in(
            tmp.path(),
            &["new-rule", "org/c", "--dir", d, "--id", "ORG-901"]
        )
        .0,
        0
    );
    assert_eq!(id_of("org/a.rego"), "LOCAL-001");
    assert_eq!(id_of("gdpr/b.rego"), "LOCAL-002");
    assert_eq!(id_of("org/c.rego"), "ORG-901");
    let before = tree(&dir);
    for (id, want) in [
        ("ORG-1", "rule ID `ORG-1` does not match AREA-NNN"),
        ("org-901", "rule ID `org-901` does not match AREA-NNN"),
        (
            "LOCAL-002",
            &format!(
                "rule ID LOCAL-002 is already used by {}",
                dir.join("gdpr/b.rego").display()
            ),
        ),
    ] {
        let (code, out, err) = run_in(tmp.path(), &["new-rule", "org/d", "--dir", d, "--id", id]);
        assert_eq!(code, 2, "{id}: {out}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains(want), "{id}: {err}");
    }
    assert_eq!(tree(&dir), before);
}

#[test]
fn refuses_to_overwrite_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let d = dir.to_str().unwrap();
    // only the test module is there: the rule must not be written beside it either
    std::fs::create_dir_all(dir.join("org")).unwrap();
    std::fs::write(dir.join("org/school_coded_test.rego"), "# mine\n").unwrap();
    let before = tree(&dir);
    let (code, out, err) = run_in(tmp.path(), &["new-rule", "org/school_coded", "--dir", d]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains(&format!(
            "refusing to overwrite {}",
            dir.join("org/school_coded_test.rego").display()
        )),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(tree(&dir), before);

    // a whole scaffold there already: both are named, neither is touched
    std::fs::remove_file(dir.join("org/school_coded_test.rego")).unwrap();
    assert_eq!(
        run_in(tmp.path(), &["new-rule", "org/school_coded", "--dir", d]).0,
        0
    );
    std::fs::write(dir.join("org/school_coded.rego"), "# edited\n").unwrap();
    let before = tree(&dir);
    let (code, _, err) = run_in(tmp.path(), &["new-rule", "org/school_coded", "--dir", d]);
    assert_eq!(code, 2);
    assert!(err.contains("school_coded.rego, "), "{err}");
    assert_eq!(tree(&dir), before);
}

#[test]
fn a_bad_name_is_located_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let d = dir.to_str().unwrap();
    for (name, want) in [
        (
            "org/School-named",
            "`org/School-named` is not a rule's AREA/slug: `S` at column 5 of the slug is not a lowercase ASCII letter, which must begin it",
        ),
        (
            "org/school-named",
            "`-` at column 11 of the slug is not a lowercase ASCII letter, digit or underscore",
        ),
        ("Org/x", "`O` at column 1 of AREA"),
        ("org", "no `/` between AREA and slug"),
        ("org/a/b", "`/` at column 6 of the slug"),
        ("org/skola_ö", "`ö` at column 11 of the slug"),
        ("../x", "`.` at column 1 of AREA"),
        ("org/", "the slug is empty (column 5)"),
        ("lib/x", "`lib` holds the pack's helpers"),
        ("org/x_test", "is a test module"),
        ("org/input", "is a Rego keyword or root document"),
    ] {
        let (code, out, err) = run_in(tmp.path(), &["new-rule", name, "--dir", d]);
        assert_eq!(code, 2, "{name}: {out}");
        assert!(out.is_empty(), "{name}: {out}");
        assert!(err.contains(want), "{name}: {err}");
        assert!(
            err.contains("help: AREA and slug are each"),
            "{name}: {err}"
        );
    }
    assert!(!dir.exists());
}

#[test]
fn an_unfilled_scaffold_does_not_load_and_names_its_placeholders() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let d = dir.to_str().unwrap();
    assert_eq!(
        run_in(tmp.path(), &["new-rule", "org/school_coded", "--dir", d]).0,
        0
    );
    let placeholders = format!(
        "{}:8:10: METADATA not filled in; still CHANGE-ME: title, description, related_resources[0].ref, \
         related_resources[0].description, custom.severity, custom.title_sv, custom.hint, \
         custom.hint_sv, custom.messages.no_school_unit_code.en, \
         custom.messages.no_school_unit_code.sv",
        dir.join("org/school_coded.rego").display()
    );
    let (code, out, err) = run_in(tmp.path(), &["test", d]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains(&placeholders), "{err}");
    assert!(err.contains("help: replace every CHANGE-ME"), "{err}");

    let (_keep, repo) = example_copy("01-ready-kommun");
    let (code, out, _) = check_with(tmp.path(), d, &repo);
    assert_eq!(code, 2, "{out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let problems = report["errors"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{report:#}");
    assert_eq!(problems[0]["kind"], "catalogue.placeholder", "{report:#}");
    assert_eq!(problems[0]["message"], placeholders.as_str(), "{report:#}");

    // one placeholder left is still one too many
    let rule = dir.join("org/school_coded.rego");
    let text = filled(&std::fs::read_to_string(&rule).unwrap())
        .replace("title_sv: Filled in", "title_sv: CHANGE-ME");
    std::fs::write(&rule, text).unwrap();
    let (code, _, err) = run_in(tmp.path(), &["test", d]);
    assert_eq!(code, 2);
    assert!(
        err.contains("METADATA not filled in; still CHANGE-ME: custom.title_sv\n"),
        "{err}"
    );
}

#[test]
fn a_filled_scaffold_passes_its_tests_and_runs_in_a_check() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    let d = dir.to_str().unwrap();
    assert_eq!(
        run_in(tmp.path(), &["new-rule", "org/school_coded", "--dir", d]).0,
        0
    );
    let rule = dir.join("org/school_coded.rego");
    std::fs::write(&rule, filled(&std::fs::read_to_string(&rule).unwrap())).unwrap();
    assert!(
        !std::fs::read_to_string(&rule)
            .unwrap()
            .contains("CHANGE-ME")
    );

    let (code, out, err) = run_in(tmp.path(), &["test", d]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        out,
        "PASS  data.provkoll.rules.org.school_coded_test.test_school_without_code_fires\n\
         PASS  data.provkoll.rules.org.school_coded_test.test_school_with_code_is_quiet\n\
         2 passed, 0 failed\n"
    );

    // the example's schools all have a code; take one away and the rule reports that school
    let (_keep, repo) = example_copy("01-ready-kommun");
    let check = |repo: &Path| {
        let (code, out, err) = check_with(tmp.path(), d, repo);
        assert!(err.is_empty(), "{err}");
        (code, serde_json::from_str::<Value>(&out).unwrap())
    };
    let (code, clean) = check(&repo);
    assert_eq!(code, 0, "{clean:#}");
    assert_eq!(clean["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(clean["summary"]["rules_evaluated"], 1);
    let school = repo.join("schools/sjoskolan.yaml");
    let text = std::fs::read_to_string(&school).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("school_unit_code:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(text, without);
    std::fs::write(&school, without).unwrap();
    let (code, report) = check(&repo);
    assert_eq!(code, 1, "{report:#}");
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    assert_eq!(findings[0]["rule"], "LOCAL-001");
    assert_eq!(findings[0]["subject"], "sjoskolan");
    // the scaffold's template, filled in as `filled` does, rendered with the violation's args
    assert_eq!(
        findings[0]["message"],
        "Filled in what is wrong, naming the thing, e.g. school sjoskolan has no skolenhetskod \
         (school_unit_code)"
    );
    assert_eq!(findings[0]["message_key"], "no_school_unit_code");
}
