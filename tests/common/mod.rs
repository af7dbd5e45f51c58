//! What the command-line tests share: the built binary, the repo root, the reference date,
//! and copies of examples in temporary directories.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test crate uses a part; tests fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The date every example is checked as of, unless a test says otherwise.
pub const AS_OF: &str = "2026-11-25";

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built `provkoll`, run from the repository root.
pub fn provkoll() -> Command {
    let mut cmd = Command::new(insta_cmd::get_cargo_bin("provkoll"));
    // the language follows the locale: no test may depend on the machine's
    cmd.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// Run `provkoll` and return its exit code and standard output.
pub fn run(args: &[&str]) -> (i32, Vec<u8>) {
    let out = provkoll().args(args).output().unwrap();
    (out.status.code().unwrap(), out.stdout)
}

/// Run `provkoll` and parse its standard output as JSON.
pub fn run_json(args: &[&str]) -> (i32, Value) {
    let (code, out) = run(args);
    (
        code,
        serde_json::from_slice(&out)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out))),
    )
}

/// Copy a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of `examples/<name>` in a temporary directory, under `repo/`.
pub fn example_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    copy_dir(&root().join("examples").join(name), &repo);
    (dir, repo)
}

/// Run `check … --as-of AS_OF --format json`, insisting on an empty stderr.
pub fn check_json(args: &[&str]) -> (i32, Value) {
    let out = provkoll()
        .arg("check")
        .args(args)
        .args(["--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

/// The Luhn check digit of the nine digits `YYMMDDNNN` of a personnummer.
pub fn check_digit(nine: &str) -> u32 {
    provkoll::check::redact::luhn_check_digit(nine).expect("nine digits")
}

/// A whole check of `path` with the bundled pack, as of `as_of`.
pub fn checked(path: &Path, as_of: &str) -> provkoll::check::Checked {
    use provkoll::check::{CheckOptions, Inputs, run};
    use provkoll::pack::{Pack, PackSource};
    let pack = Pack::load(&PackSource::bundled()).expect("the bundled pack loads");
    let as_of = provkoll::base::date::Date::parse(as_of).expect("a date");
    run(
        &pack,
        Inputs::Paths(vec![path.to_path_buf()]),
        &CheckOptions::new(as_of),
    )
}

/// `YYMMDD-NNNC` from its first nine digits, with the Luhn check digit: made at run time, so
/// that no committed file holds a valid number.
pub fn personnummer(nine: &str) -> String {
    format!("{}-{}{}", &nine[..6], &nine[6..], check_digit(nine))
}

/// A domain case: `examples/01-ready-kommun` in a temporary directory (under `repo/`) with the
/// files of `tests/fixtures/domain/<case>/` laid over it. The case holds only what it changes, so
/// a change to the example reaches every case; `removed.txt` names the example's files the case
/// goes without, one path per line.
pub fn domain_case(case: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, repo) = example_copy("01-ready-kommun");
    let over = root().join("tests/fixtures/domain").join(case);
    assert!(over.is_dir(), "no domain case {}", over.display());
    copy_dir(&over, &repo);
    let removed = repo.join("removed.txt");
    if let Ok(list) = std::fs::read_to_string(&removed) {
        for line in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            std::fs::remove_file(repo.join(line))
                .unwrap_or_else(|e| panic!("{case}/removed.txt: {line}: {e}"));
        }
        std::fs::remove_file(removed).unwrap();
    }
    (dir, repo)
}

/// `(rule, severity, subject, file)` of one finding.
pub type Finding = (String, String, String, String);

/// `check` a domain case as of [`AS_OF`]: its exit code, its findings sorted, and the JSON.
pub fn check_case(case: &str) -> (i32, Vec<Finding>, Value) {
    let (_dir, repo) = domain_case(case);
    let (code, v) = check_json(&[repo.to_str().unwrap()]);
    let text = |f: &Value, k: &str| f[k].as_str().unwrap_or_default().to_string();
    let mut found: Vec<Finding> = v["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{case}: no findings array in {v}"))
        .iter()
        .map(|f| {
            (
                text(f, "rule"),
                text(f, "severity"),
                text(f, "subject"),
                text(f, "file"),
            )
        })
        .collect();
    found.sort();
    (code, found, v)
}

/// `want` as sorted [`Finding`]s, to compare with [`check_case`]'s.
pub fn owned(want: &[(&str, &str, &str, &str)]) -> Vec<Finding> {
    let mut v: Vec<Finding> = want
        .iter()
        .map(|(r, sev, s, f)| (r.to_string(), sev.to_string(), s.to_string(), f.to_string()))
        .collect();
    v.sort();
    v
}

/// The messages of the findings of `rule` about `subject` in a JSON report, sorted.
pub fn messages(v: &Value, rule: &str, subject: &str) -> Vec<String> {
    let mut m: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule && f["subject"] == subject)
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    m.sort();
    m
}

/// The rule pack as `policies/` holds it, read from source (not the copy built into the binary).
pub fn source_pack() -> provkoll::pack::catalogue::Catalogue {
    provkoll::pack::catalogue::Catalogue::from_dir(&root().join("policies")).unwrap_or_else(|p| {
        panic!(
            "{:?}",
            p.iter().map(|p| p.error.to_string()).collect::<Vec<_>>()
        )
    })
}

/// Each finding of a `check --format json` output as (rule, file, line), in output order.
pub fn rules_at(v: &Value) -> Vec<(String, String, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["file"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// The official SARIF 2.1.0 schema (tests/fixtures), compiled.
pub fn sarif_validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/sarif-schema-2.1.0.json")).unwrap();
    // The official schema's two language-tag patterns are not valid regular expressions for the
    // jsonschema crate (an unbalanced `]`); this is their evident intent.
    let text = text.replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}
