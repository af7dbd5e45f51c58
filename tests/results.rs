//! Results a CI and a data-protection officer can trust, each case written as the user's own
//! mistake on a copy of example 01 (which is clean): no false pass, one mistake one message,
//! the same place in every format, waivers that match what users see, fingerprints that travel,
//! and outputs that fail only what fails the run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::path::Path;

use common::{AS_OF, example_copy, provkoll};
use serde_json::Value;

/// `check DIR --as-of AS_OF --format json`: exit code and output (stderr may hold anything).
fn check(dir: &Path, extra: &[&str]) -> (i32, Value) {
    let out = provkoll()
        .arg("check")
        .arg(dir)
        .args(["--as-of", AS_OF, "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

fn rules(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

fn error_kinds(v: &Value) -> Vec<String> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_clean_example_stays_clean() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    let (code, v) = check(&repo, &[]);
    assert_eq!((code, rules(&v), error_kinds(&v)), (0, vec![], vec![]));
}

// --- no false pass ---

#[test]
fn a_leftover_placeholder_fails_the_check() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("organiser.yaml"),
        "name: Exempelby kommun",
        "name: CHANGE-ME kommun",
    );
    edit(
        &repo.join("people.yaml"),
        "anders.exempelsson@exempelby.se",
        "change-me@example.invalid",
    );
    edit(
        &repo.join("schools/norrskolan.yaml"),
        "school_unit_code: \"",
        "school_unit_code: \"00000000\"\nold_code: \"",
    );
    // (the unknown field is a schema error; the placeholders are rule findings)
    edit(
        &repo.join("schools/norrskolan.yaml"),
        "\nold_code: ",
        "\n# old_code: ",
    );
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 1, "{v}");
    let data: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "DATA-004")
        .map(|f| (f["file"].as_str().unwrap(), f["subject"].as_str().unwrap()))
        .collect();
    assert!(data.contains(&("organiser.yaml", "CHANGE-ME")), "{data:?}");
    assert!(
        data.contains(&("people.yaml", "example.invalid")),
        "{data:?}"
    );
    assert!(
        data.contains(&("schools/norrskolan.yaml", "00000000")),
        "{data:?}"
    );
}

#[test]
fn two_people_with_one_id_are_an_error_at_both_places() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    let people = repo.join("people.yaml");
    let mut text = std::fs::read_to_string(&people).unwrap();
    text.push_str(
        "---\napiVersion: provkoll/v1\nkind: Person\nid: anders\nname: Anders Annansson\n",
    );
    std::fs::write(&people, text).unwrap();
    let out = provkoll()
        .arg("check")
        .arg(&repo)
        .args(["--as-of", AS_OF, "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains("Person id `anders` is defined twice")
            && human.contains("defined again here")
            && human.contains("first defined here"),
        "{human}"
    );
}

#[test]
fn a_provkoll_kind_without_api_version_is_an_error_not_a_skipped_file() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    std::fs::write(
        repo.join("schools/nyskolan.yaml"),
        "kind: School\nid: nyskolan\nname: Nyskolan\nlegal_entity: \"212999-9997\"\n",
    )
    .unwrap();
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["missing_api_version"]);
    assert_eq!(v["errors"][0]["file"], "schools/nyskolan.yaml");
    assert_eq!(v["errors"][0]["line"], 1);
    // the skipped file is the CI workflow only, and it is named
    assert_eq!(
        v["summary"]["skipped_files"],
        serde_json::json!(["ci/pipeline.yml"])
    );
}

#[test]
fn provkoll_documents_inside_a_list_are_an_error() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    std::fs::write(
        repo.join("more-people.yaml"),
        "- apiVersion: provkoll/v1\n  kind: Person\n  id: olle\n  name: Olle\n",
    )
    .unwrap();
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["documents_in_a_list"]);
    assert_eq!(v["errors"][0]["file"], "more-people.yaml");
}

#[test]
fn a_pack_with_a_module_but_no_rule_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lib")).unwrap();
    std::fs::write(
        dir.path().join("lib/helpers.rego"),
        "package provkoll.lib.helpers\n\nx := 1\n",
    )
    .unwrap();
    let (_d, repo) = example_copy("01-ready-kommun");
    let (code, v) = check(&repo, &["--policies", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["catalogue.no_rules"]);
}

// --- one mistake, one message ---

/// Every finding has a file, and none claims what did not load is absent.
fn every_finding_has_a_file(v: &Value) {
    for f in v["findings"].as_array().unwrap() {
        assert!(f["file"].is_string(), "a finding without a file: {f}");
    }
}

#[test]
fn one_bad_date_in_the_organiser_is_one_error_and_no_cascade() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("organiser.yaml"),
        "start: 2027-03-08",
        "start: 2027-3-8",
    );
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["schema.invalid_value"], "{v}");
    // the rules that read the Organiser are withheld, wherever they would report
    assert_eq!(rules(&v), Vec::<String>::new(), "{v}");
    assert!(v["summary"]["findings_withheld"].as_u64().unwrap() > 0);
}

#[test]
fn an_unquoted_org_nr_is_one_error_and_no_cascade() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("legal-entity.yaml"),
        "org_nr: \"212999-9997\"",
        "org_nr: 2129999997",
    );
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["schema.wrong_type"], "{v}");
    every_finding_has_a_file(&v);
    // the schools and the controller still refer to 212999-9997: findings about it are withheld
    assert_eq!(rules(&v), Vec::<String>::new(), "{v}");
    assert!(v["summary"]["findings_withheld"].as_u64().unwrap() >= 4);
}

#[test]
fn a_tab_is_one_error_and_no_cascade() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("organiser.yaml"),
        "\nlegal_form: kommun",
        "\n\tlegal_form: kommun",
    );
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["yaml_syntax"], "{v}");
    assert_eq!(rules(&v), Vec::<String>::new(), "{v}");
}

#[test]
fn a_path_that_does_not_exist_is_one_error() {
    let (code, v) = common::run_json(&[
        "check",
        "does-not-exist",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(code, 2);
    assert_eq!(error_kinds(&v), ["not_found"]);
    assert_eq!(rules(&v), Vec::<String>::new());
    assert_eq!(v["summary"]["rules_evaluated"], 0);
}

#[test]
fn run_from_a_subfolder_it_is_one_error_naming_the_folder_above() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    let out = provkoll()
        .current_dir(repo.join("schools"))
        .args(["check", "--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(error_kinds(&v), ["schema.missing_document"]);
    assert_eq!(rules(&v), Vec::<String>::new());
    let help = v["errors"][0]["help"].as_str().unwrap();
    assert!(help.contains("provkoll check .."), "{help}");
}

#[test]
fn a_finding_no_document_holds_is_shown_on_the_organiser() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    std::fs::remove_file(repo.join("support.yaml")).unwrap();
    let (code, v) = check(&repo, &[]);
    assert_eq!(code, 1);
    let support = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "SUPPORT-001")
        .unwrap();
    assert_eq!(support["file"], "organiser.yaml");
    assert_eq!(support["line"], 4, "the Organiser's kind line");
    every_finding_has_a_file(&v);
}

// --- the same place everywhere ---

#[test]
fn columns_count_characters_in_the_human_header_as_in_json() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    std::fs::write(
        repo.join("extra.yaml"),
        "{apiVersion: provkoll/v1, kind: Person, id: åsa, name: Åsa Öberg, email: 5}\n",
    )
    .unwrap();
    let (_, v) = check(&repo, &[]);
    let column = v["errors"][0]["column"].as_u64().unwrap();
    let out = provkoll()
        .arg("check")
        .arg(&repo)
        .args(["--as-of", AS_OF, "--color", "never"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains(&format!("[extra.yaml:1:{column}]")),
        "json column {column}:\n{human}"
    );
}

#[test]
fn github_and_sarif_paths_resolve_from_where_the_command_was_run() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(
        &common::root().join("examples/02-fristaende-koncern"),
        &dir.path().join("config/dnp"),
    );
    let run = |format: &str| {
        let out = provkoll()
            .current_dir(dir.path())
            .args(["check", "config/dnp", "--as-of", AS_OF, "--format", format])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let github = run("github");
    assert!(
        github.contains("file=config/dnp/legal-entities/exempelskolor-ab.yaml,"),
        "{github}"
    );
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let r = &sarif["runs"][0];
    let uri = r["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("config/dnp/"), "{uri}");
    let root = r["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    let expected = std::fs::canonicalize(dir.path()).unwrap();
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
    assert!(
        root.contains(expected.file_name().unwrap().to_str().unwrap()),
        "{root}"
    );
    // every file the annotations name exists from there
    for line in github.lines() {
        let file = line
            .split("file=")
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap();
        assert!(dir.path().join(file).is_file(), "{file}");
    }
}

// --- waivers that match what users see ---

fn waive(repo: &Path, waiver: &str) {
    std::fs::write(repo.join("waivers.yaml"), waiver).unwrap();
}

const WAIVER: &str = "apiVersion: provkoll/v1\nkind: Waiver\nrule: ROLE-002\nsubject: sjoskolan\nreason: Inga digitala prov i år.\napproved_by: dora\napproved_on: APPROVED\nexpires: 2027-06-30\n";

#[test]
fn a_waiver_does_not_apply_before_it_was_approved() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("schools/sjoskolan.yaml"),
        "dnp_administrators: [jonna]",
        "dnp_administrators: []",
    );
    waive(&repo, &WAIVER.replace("APPROVED", "2026-12-01"));
    let (code, v) = check(&repo, &["--fail-on", "warning"]);
    assert_eq!(
        code, 1,
        "the ROLE-002 warning stands: the waiver is not in force yet"
    );
    let role = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "ROLE-002")
        .unwrap();
    assert_eq!(role["status"], "open");
    assert!(rules(&v).contains(&"WAIVER-004".to_owned()));
    // approved on or before the date, it applies
    waive(&repo, &WAIVER.replace("APPROVED", "2026-11-25"));
    let (code, v) = check(&repo, &["--fail-on", "warning"]);
    assert_eq!(
        (code, v["summary"]["findings"]["waived"].as_u64()),
        (0, Some(1))
    );
}

#[test]
fn the_human_output_shows_the_subject_a_waiver_needs_and_counts_waived_findings() {
    let (_dir, repo) = example_copy("01-ready-kommun");
    edit(
        &repo.join("schools/sjoskolan.yaml"),
        "dnp_administrators: [jonna]",
        "dnp_administrators: []",
    );
    let out = provkoll()
        .arg("check")
        .arg(&repo)
        .args(["--as-of", AS_OF, "--color", "never"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains(
            "ROLE-002 Every school has at least one DNP administrator (subject: sjoskolan)"
        ),
        "{human}"
    );
    // a waiver written with a wrong subject lists the subjects there are
    waive(
        &repo,
        &WAIVER
            .replace("APPROVED", "2026-09-01")
            .replace("subject: sjoskolan", "subject: Sjöskolan"),
    );
    let (_, v) = check(&repo, &[]);
    let unused = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "WAIVER-001")
        .unwrap();
    assert!(
        unused["message"]
            .as_str()
            .unwrap()
            .contains("are: sjoskolan"),
        "{unused}"
    );
    // and a matching one is counted in the human summary
    waive(&repo, &WAIVER.replace("APPROVED", "2026-09-01"));
    let out = provkoll()
        .arg("check")
        .arg(&repo)
        .args(["--as-of", AS_OF, "--color", "never"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human
            .trim_end()
            .lines()
            .last()
            .unwrap()
            .contains("1 waived"),
        "{human}"
    );
}

// --- fingerprints ---

fn fingerprint_json(repo: &Path) -> Value {
    let out = provkoll()
        .arg("fingerprint")
        .arg(repo)
        .args(["--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_crlf_checkout_has_the_same_fingerprints() {
    let (_dir, repo) = example_copy("07-waivers");
    let before = fingerprint_json(&repo);
    for entry in walk(&repo) {
        let text = std::fs::read_to_string(&entry).unwrap();
        std::fs::write(&entry, text.replace('\n', "\r\n")).unwrap();
    }
    assert_eq!(fingerprint_json(&repo), before);
    assert_eq!(before["check_code"].as_str().unwrap().len(), 19);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "yaml") {
            out.push(p);
        }
    }
    out
}

#[test]
fn verify_compares_a_written_report_with_the_configuration_now() {
    let (dir, repo) = example_copy("07-waivers");
    for (format, name) in [("html", "rapport.html"), ("markdown", "rapport.md")] {
        let report = dir.path().join(name);
        let made = provkoll()
            .arg("report")
            .arg(&repo)
            .args(["--as-of", AS_OF, "--format", format, "--output"])
            .arg(&report)
            .output()
            .unwrap();
        assert!(report.is_file(), "{made:?}");
        let verify = |repo: &Path| {
            provkoll()
                .arg("fingerprint")
                .arg(repo)
                .arg("--verify")
                .arg(&report)
                .output()
                .unwrap()
        };
        let same = verify(&repo);
        assert_eq!(same.status.code(), Some(0), "{same:?}");
        assert!(String::from_utf8_lossy(&same.stdout).contains("combined       matches"));
        // a changed file is caught
        let (_d2, changed) = example_copy("07-waivers");
        edit(&changed.join("people.yaml"), "Dora", "Dorotea");
        let differs = verify(&changed);
        assert_eq!(differs.status.code(), Some(1), "{differs:?}");
        let text = String::from_utf8_lossy(&differs.stdout);
        assert!(
            text.contains("configuration  DIFFERS") && text.contains("policy pack    matches"),
            "{text}"
        );
    }
    // something that is not a report is an error, exit 2
    let not = dir.path().join("not-a-report.md");
    std::fs::write(&not, "# Hello\n").unwrap();
    let out = provkoll()
        .arg("fingerprint")
        .arg(&repo)
        .arg("--verify")
        .arg(&not)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no provkoll fingerprints"));
}

// --- outputs ---

#[test]
fn junit_fails_only_at_or_above_fail_on() {
    // 02 has errors, warnings and info findings; at --fail-on error only the cases (rule, file)
    // with an open error fail, and the rest are shown as the cases' output
    let example = common::root().join("examples/02-fristaende-koncern");
    let (code, v) = check(&example, &[]);
    assert_eq!(code, 1);
    let failing: std::collections::BTreeSet<(String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error" && f["status"] == "open")
        .map(|f| (f["rule"].to_string(), f["file"].to_string()))
        .collect();
    assert!(
        v["summary"]["findings"]["info"].as_u64().unwrap() > 0,
        "02 has info findings"
    );
    let junit = |fail_on: &str| {
        let out = provkoll()
            .arg("check")
            .arg(&example)
            .args(["--as-of", AS_OF, "--format", "junit", "--fail-on", fail_on])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let xml = junit("error");
    assert_eq!(xml.matches("<failure ").count(), failing.len(), "{xml}");
    assert!(
        xml.contains("<system-out>"),
        "the findings below --fail-on are shown"
    );
    // at --fail-on info every case with a finding fails
    assert!(junit("info").matches("<failure ").count() > failing.len());
}

#[test]
fn github_annotations_of_errors_carry_their_help() {
    let out = provkoll()
        .args([
            "check",
            "examples/03-broken-file",
            "--as-of",
            AS_OF,
            "--format",
            "github",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Help: quote it"), "{text}");
}
