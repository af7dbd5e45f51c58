//! The command line, end to end: every shipped example (human and json snapshots), every kind
//! of broken input (located, exit 2, other files still checked), broken policy packs, outputs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use insta_cmd::assert_cmd_snapshot;
use serde_json::Value;

mod common;
use common::{AS_OF, check_json, copy_dir, provkoll, root, rules_at};

fn redacted() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"provkoll \d+\.\d+\.\d+", "provkoll [VERSION]");
    s.add_filter(
        r#""tool_version": "[^"]+""#,
        r#""tool_version": "[VERSION]""#,
    );
    s
}

fn errors_at(v: &Value) -> Vec<(String, String, u64, u64)> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_owned(),
                e["file"].as_str().unwrap_or("").to_owned(),
                e["line"].as_u64().unwrap_or(0),
                e["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

macro_rules! example_snapshots {
    ($($name:ident => $dir:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            let _g = redacted().bind_to_scope();
            assert_cmd_snapshot!(concat!(stringify!($name), "_human"), provkoll().args(["check", concat!("examples/", $dir), "--as-of", AS_OF]));
            assert_cmd_snapshot!(concat!(stringify!($name), "_json"), provkoll().args(["check", concat!("examples/", $dir), "--as-of", AS_OF, "--format", "json"]));
        }
    )*};
}

example_snapshots! {
    example_01_ready_kommun => "01-ready-kommun",
    example_02_fristaende_koncern => "02-fristaende-koncern",
    example_03_broken_file => "03-broken-file",
    example_04_gdpr_processors => "04-gdpr-processors",
    example_05_incident_and_support => "05-incident-and-support",
    example_06_readiness_audit => "06-readiness-audit",
    example_07_waivers => "07-waivers",
    example_09_skolenhetsregistret => "09-skolenhetsregistret",
}

#[test]
fn example_08_egna_regler() {
    let _g = redacted().bind_to_scope();
    let base = ["check", "examples/08-egna-regler", "--as-of", AS_OF];
    assert_cmd_snapshot!("example_08_egna_regler_human", provkoll().args(base));
    assert_cmd_snapshot!(
        "example_08_egna_regler_json",
        provkoll().args(base).args(["--format", "json"])
    );
}

/// (rule, file, line) of every row of the README tables that have `rule`, `file` and `line`
/// columns, by the date they are expected on: a table under a heading that names
/// "as of YYYY-MM-DD" holds the findings of that date, any other the findings as of AS_OF.
fn readme_findings(readme: &str) -> std::collections::BTreeMap<String, Vec<(String, String, u64)>> {
    let mut out: std::collections::BTreeMap<String, Vec<(String, String, u64)>> =
        Default::default();
    out.insert(AS_OF.to_owned(), Vec::new());
    let mut date = AS_OF.to_owned();
    let mut columns: Option<(usize, usize, usize)> = None;
    for line in readme.lines() {
        if let Some(heading) = line.strip_prefix('#') {
            date = heading
                .split("as of ")
                .nth(1)
                .map(|d| d.chars().take(10).collect())
                .unwrap_or_else(|| AS_OF.to_owned());
            out.entry(date.clone()).or_default();
        }
        let cells: Vec<String> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().trim_matches('`').to_owned())
            .collect();
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let find = |name: &str| {
            cells
                .iter()
                .position(|c| c.split_whitespace().next() == Some(name))
        };
        if let (Some(r), Some(f), Some(l)) = (find("rule"), find("file"), find("line")) {
            columns = Some((r, f, l));
            continue;
        }
        let Some((r, f, l)) = columns else { continue };
        let id = &cells[r];
        if id
            .split_once('-')
            .is_some_and(|(a, n)| a.chars().all(|c| c.is_ascii_uppercase()) && n.len() == 3)
        {
            out.entry(date.clone()).or_default().push((
                id.clone(),
                cells[f].clone(),
                cells[l].parse().unwrap(),
            ));
        }
    }
    for rows in out.values_mut() {
        rows.sort();
    }
    out
}

#[test]
fn every_example_produces_exactly_the_findings_its_readme_lists() {
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
        for (date, want) in readme_findings(&readme) {
            let mut cmd = provkoll();
            cmd.args([
                "check",
                dir.to_str().unwrap(),
                "--as-of",
                &date,
                "--format",
                "json",
            ]);
            let out = cmd.output().unwrap();
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            let mut have = rules_at(&v);
            have.sort();
            assert_eq!(
                have,
                want,
                "{} as of {date}: findings differ from its README",
                dir.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 8);
}

#[test]
fn example_01_is_clean_and_counts_the_skipped_ci_file() {
    let (code, v) = check_json(&["examples/01-ready-kommun"]);
    assert_eq!(code, 0);
    assert_eq!(v["findings"], Value::Array(vec![]));
    assert_eq!(v["summary"]["files_skipped"], 1);
    assert_eq!(v["as_of"], AS_OF);
}

#[test]
fn example_02_fails_with_the_rules_its_readme_lists() {
    let (code, v) = check_json(&["examples/02-fristaende-koncern"]);
    assert_eq!(code, 1);
    let found = rules_at(&v);
    for want in [
        ("ORG-003", "legal-entities/exempelskolor-vast-ab.yaml", 8),
        ("ORG-004", "legal-entities/exempelskolor-vast-ab.yaml", 8),
        (
            "PSEUDO-002",
            "legal-entities/exempelskolor-vast-ab.yaml",
            11,
        ),
        ("ORG-007", "legal-entities/exempelskolor-ab.yaml", 24),
    ] {
        assert!(
            found
                .iter()
                .any(|(r, f, l)| (r.as_str(), f.as_str(), *l) == want),
            "{want:?} not in {found:?}"
        );
    }
    // company A is complete: nothing about it but the ORG-007 warning
    assert!(
        found
            .iter()
            .filter(|(_, f, _)| f.ends_with("exempelskolor-ab.yaml"))
            .all(|(r, _, _)| r == "ORG-007")
    );
}

#[test]
fn example_03_locates_every_error_and_still_checks_the_good_files() {
    let (code, v) = check_json(&["examples/03-broken-file"]);
    assert_eq!(code, 2);
    let errors = errors_at(&v);
    for want in [
        ("schema.missing_field", "processors/fel-schema.yaml", 2, 1),
        ("schema.unknown_field", "processors/fel-schema.yaml", 8, 1),
        ("schema.wrong_type", "processors/fel-schema.yaml", 12, 24),
        ("schema.wrong_type", "processors/fel-schema.yaml", 22, 19),
        ("yaml_syntax", "schools/trasig.yaml", 10, 2),
    ] {
        assert!(
            errors
                .iter()
                .any(|(k, f, l, c)| (k.as_str(), f.as_str(), *l, *c) == want),
            "{want:?} not in {errors:?}"
        );
    }
    assert!(
        rules_at(&v)
            .iter()
            .any(|(r, f, _)| r == "ORG-004" && f == "legal-entity.yaml")
    );
    let quote_help = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["line"] == 22)
        .unwrap()["help"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        quote_help.contains("quote it: \"01234567\""),
        "{quote_help}"
    );
}

#[test]
fn the_complete_example_of_the_format_document_loads_unchanged() {
    let (code, v) = check_json(&["tests/fixtures/config-format-example.yaml"]);
    assert_eq!(v["errors"], Value::Array(vec![]), "{v:#}");
    assert_eq!(v["summary"]["files_checked"], 1);
    // its Person documents are left out on purpose, so references to them are findings
    assert_eq!(code, 1);
}

/// A copy of the clean example with extra files, in a temporary directory.
fn clean_repo_with(extra: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples/01-ready-kommun"), dir.path());
    for (name, bytes) in extra {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    dir
}

#[test]
fn a_second_organiser_points_at_both() {
    let dir = clean_repo_with(&[(
        "zz-organiser.yaml",
        b"apiVersion: provkoll/v1\nkind: Organiser\nname: Andra kommunen\n",
    )]);
    let out = provkoll()
        .args(["check", dir.path().to_str().unwrap(), "--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("a second Organiser document"), "{text}");
    assert!(
        text.contains("zz-organiser.yaml:2:7") && text.contains("organiser.yaml:2:7"),
        "{text}"
    );
    assert!(text.contains("the first one"), "{text}");
}

#[test]
fn missing_paths_and_non_yaml_files_named_on_the_command_line_are_errors() {
    let (code, v) = check_json(&["does/not/exist", "Cargo.toml"]);
    assert_eq!(code, 2);
    let kinds: Vec<String> = errors_at(&v).into_iter().map(|e| e.0).collect();
    // problems without a file are ordered by their message: stable, whatever the argument order
    assert_eq!(kinds, ["not_yaml", "not_found"]);
}

#[test]
fn a_yaml_file_without_provkoll_documents_is_an_error_only_when_named() {
    let (code, v) = check_json(&["examples/01-ready-kommun/ci/pipeline.yml"]);
    assert_eq!(code, 2);
    assert_eq!(errors_at(&v)[0].0, "no_documents");
}

fn pack_with(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("policies"), dir.path());
    for (name, text) in extra {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

const META: &str = "# METADATA\n# title: Test rule\n# related_resources:\n#   - ref: https://www.skolverket.se/digitala-nationella-prov\n# custom:\n#   id: TEST-001\n#   severity: error\n#   title_sv: Testregel\n#   hint: Nothing to do.\n";

#[test]
fn a_broken_policy_pack_refuses_to_run_and_names_the_file() {
    let pack = pack_with(&[(
        "test/no_meta.rego",
        "package provkoll.rules.test.no_meta\n\ndeny contains 1 if { false }\n",
    )]);
    let (code, v) = check_json(&[
        "examples/01-ready-kommun",
        "--policies",
        pack.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    let msg = v["errors"][0]["message"].as_str().unwrap();
    assert!(
        msg.contains("no_meta.rego") && msg.contains("METADATA"),
        "{msg}"
    );
    assert_eq!(v["findings"], Value::Array(vec![]));
}

#[test]
fn a_rule_that_fails_at_run_time_is_reported_and_the_others_still_run() {
    // The compiled engine treats a failing builtin as undefined, as OPA does by default; the
    // interpreter, which runs the rules the compiler cannot take (this `walk`), reports it.
    let broken = format!(
        "{META}package provkoll.rules.test.explodes\n\ndeny contains v if {{\n\twalk(input.organiser, [[], _])\n\tn := to_number(\"not a number\")\n\tv := {{\"path\": [], \"msg\": sprintf(\"%d\", [n])}}\n}}\n"
    );
    let pack = pack_with(&[("test/explodes.rego", &broken)]);
    let (code, v) = check_json(&[
        "examples/02-fristaende-koncern",
        "--policies",
        pack.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["kind"], "policy.runtime");
    assert!(errors[0]["message"].as_str().unwrap().contains("TEST-001"));
    assert!(rules_at(&v).iter().any(|(r, _, _)| r == "ORG-003"));
}

#[test]
fn a_violation_without_a_path_is_a_policy_error() {
    let bad = format!(
        "{META}package provkoll.rules.test.pathless\n\ndeny contains {{\"msg\": \"no path\"}} if {{ true }}\n"
    );
    let pack = pack_with(&[("test/pathless.rego", &bad)]);
    let (code, v) = check_json(&[
        "examples/01-ready-kommun",
        "--policies",
        pack.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["kind"], "policy.bad_violation");
}

#[test]
fn a_malformed_timeline_item_is_a_policy_error_naming_the_helpers_file() {
    let timeline = std::fs::read_to_string(root().join("policies/lib/timeline.rego")).unwrap();
    let pack = pack_with(&[(
        "lib/timeline.rego",
        &format!("{timeline}\nitems contains {{\"kind\": 1}} if {{ true }}\n"),
    )]);
    let out = provkoll()
        .args([
            "timeline",
            "examples/01-ready-kommun",
            "--as-of",
            AS_OF,
            "--policies",
        ])
        .arg(pack.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no timeline from a broken helper");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lib/timeline.rego") && err.contains("malformed item"),
        "{err}"
    );
}

#[test]
fn every_command_that_checks_says_on_stderr_what_kept_it_from_completing() {
    // the broken file of example 03, as check locates it, from timeline, report and fingerprint
    for command in ["timeline", "report", "fingerprint"] {
        let out = provkoll()
            .args([command, "examples/03-broken-file", "--as-of", AS_OF])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(
            !out.stdout.is_empty(),
            "{command} still writes what it could"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        // the report is Swedish unless asked otherwise, and so are its problems on stderr
        let (syntax, quote) = match command {
            "report" => ("ogiltig YAML", "hjälp: sätt värdet inom citattecken"),
            _ => ("invalid YAML", "help: quote it"),
        };
        assert!(
            err.contains(&format!("provkoll: schools/trasig.yaml:10:2: {syntax}"))
                && err.contains(quote),
            "{command}: {err}"
        );
    }
}

#[test]
fn fail_on_and_quiet_change_the_gate_not_the_findings() {
    let args = ["check", "examples/02-fristaende-koncern", "--as-of", AS_OF];
    // ORG-007 is a warning; the errors decide the default gate
    assert_eq!(
        provkoll().args(args).output().unwrap().status.code(),
        Some(1)
    );
    let quiet = provkoll().args(args).arg("--quiet").output().unwrap();
    let text = String::from_utf8(quiet.stdout).unwrap();
    assert!(
        !text.contains("ORG-007") && text.contains("ORG-003") && !text.contains("checked"),
        "{text}"
    );
}

#[test]
fn output_is_written_whole_to_the_named_file_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    let out = provkoll()
        .args([
            "check",
            "examples/02-fristaende-koncern",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--output",
            target.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
    let bad = provkoll()
        .args([
            "check",
            "examples/01-ready-kommun",
            "--output",
            "/nonexistent-dir/out.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot write /nonexistent-dir/out.txt"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let run = || {
        provkoll()
            .args([
                "check",
                "examples/03-broken-file",
                "--as-of",
                AS_OF,
                "--format",
                "json",
            ])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn as_of_is_echoed_and_a_bad_date_is_a_usage_error() {
    let (_, v) = check_json(&["examples/01-ready-kommun"]);
    assert_eq!(v["as_of"], AS_OF);
    let bad = provkoll()
        .args(["check", "--as-of", "2026-02-30"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a calendar date"));
}

#[test]
fn the_schema_accepts_every_document_of_the_clean_example() {
    let out = provkoll().arg("schema").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut checked = 0;
    for file in [
        "organiser.yaml",
        "legal-entity.yaml",
        "people.yaml",
        "federation.yaml",
    ] {
        let text =
            std::fs::read_to_string(root().join("examples/01-ready-kommun").join(file)).unwrap();
        for doc in text.split("\n---\n") {
            let value = yaml_to_json(doc);
            assert!(
                validator.is_valid(&value),
                "{file}: {:?}",
                validator
                    .iter_errors(&value)
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
            );
            checked += 1;
        }
    }
    assert!(checked >= 4);
    let wrong = serde_json::json!({"apiVersion": "provkoll/v1", "kind": "Person", "id": "x", "name": "y", "mail": "z"});
    assert!(!validator.is_valid(&wrong));
}

/// Our own loader turns YAML into the same JSON the checker sees.
fn yaml_to_json(text: &str) -> Value {
    let src =
        provkoll::base::source::SourceFile::new("t.yaml".into(), "t.yaml".into(), text.into());
    provkoll::config::yaml::load_documents(
        provkoll::base::source::FileId(0),
        &src,
        provkoll::config::yaml::Limits::default(),
    )
    .unwrap()
    .remove(0)
    .value
}

#[test]
fn help_teaches_the_exit_codes() {
    let out = provkoll().args(["check", "--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Exit codes:") && text.contains("--as-of") && text.contains("2 outranks 1"),
        "{text}"
    );
}

#[test]
fn explain_prints_a_rules_whole_metadata_and_suggests_on_a_typo() {
    let out = provkoll().args(["explain", "org-003"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    for part in [
        "ORG-003: ",
        "Severity: error",
        "Why it matters",
        "How to fix",
        "Så åtgärdar du",
        "Sources",
        "https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/",
    ] {
        assert!(page.contains(part), "{part:?} missing from:\n{page}");
    }
    let typo = provkoll().args(["explain", "ORG-03"]).output().unwrap();
    assert_eq!(typo.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&typo.stderr).contains("did you mean ORG-003?"));
    let unknown = provkoll().args(["explain", "NOPE-999"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule_of_the_pack_in_each_format() {
    let pack = provkoll::pack::catalogue::Catalogue::bundled().unwrap();
    let json = provkoll()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let ids: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        pack.rules.iter().map(|r| r.id.as_str()).collect::<Vec<_>>()
    );
    let text = String::from_utf8(provkoll().arg("rules").output().unwrap().stdout).unwrap();
    let md = String::from_utf8(
        provkoll()
            .args(["rules", "--format", "markdown"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for r in &pack.rules {
        assert!(
            text.contains(&r.id) && text.contains(&r.title_sv),
            "{} missing from text",
            r.id
        );
        assert!(
            md.contains(&format!("## {}", r.id)),
            "{} missing from markdown",
            r.id
        );
    }
}

#[test]
fn init_writes_a_starter_that_loads_but_fails_until_filled_in_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("config");
    let out = provkoll()
        .args(["init", target.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, v) = check_json(&[target.to_str().unwrap()]);
    assert_eq!(
        v["errors"],
        Value::Array(vec![]),
        "the starter must be valid YAML and schema: {v:#}"
    );
    assert_eq!(code, 1, "placeholders must fail the check");
    let rules: Vec<String> = rules_at(&v).into_iter().map(|r| r.0).collect();
    assert!(rules.contains(&"ORG-001".to_owned()), "{rules:?}");
    let first = std::fs::read_to_string(target.join("organiser.yaml")).unwrap();
    assert!(first.starts_with("# yaml-language-server: $schema=./provkoll.schema.json"));
    let schema: Value =
        serde_json::from_slice(&std::fs::read(target.join("provkoll.schema.json")).unwrap())
            .unwrap();
    assert_eq!(schema["title"], "provkoll/v1 document");

    std::fs::write(target.join("organiser.yaml"), "edited").unwrap();
    let again = provkoll()
        .args(["init", target.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("refusing to overwrite"));
    assert_eq!(
        std::fs::read_to_string(target.join("organiser.yaml")).unwrap(),
        "edited"
    );
}

/// Run `provkoll check ARGS` under a pseudo-terminal (util-linux `script`), stdout to a file,
/// and return what reached the terminal: stderr only. `None` where `script` is missing.
fn stderr_at_a_terminal(args: &str) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("typescript");
    let bin = insta_cmd::get_cargo_bin("provkoll");
    let command = format!("{} check {args} > /dev/null", bin.display());
    let out = std::process::Command::new("script")
        .args(["-qec", &command, log.to_str().unwrap()])
        .current_dir(root())
        .env("PROVKOLL_PROGRESS_AFTER_MS", "0")
        .output()
        .ok()?;
    assert!(out.status.code().is_some(), "{out:?}");
    Some(String::from_utf8_lossy(&std::fs::read(log).unwrap()).into_owned())
}

#[test]
fn a_long_check_at_a_terminal_shows_progress_and_clears_it() {
    let Some(seen) = stderr_at_a_terminal("examples/02-fristaende-koncern") else {
        eprintln!("skipped: no `script` to give provkoll a terminal");
        return;
    };
    assert!(seen.contains("provkoll: files loaded"), "{seen:?}");
    // Cleared at the end: after the last progress line only its erasure reaches the terminal.
    let last = seen.rfind("provkoll: ").unwrap();
    let after = &seen[last..];
    let tail = &after[after.find('\r').unwrap()..];
    assert!(
        tail.starts_with("\r\u{1b}[2K\n") || tail.starts_with("\r\u{1b}[2K\r\n"),
        "{tail:?}"
    );
}

#[test]
fn no_progress_with_quiet_in_a_machine_format_or_off_a_terminal() {
    for args in [
        "examples/02-fristaende-koncern --quiet",
        "examples/02-fristaende-koncern --format json",
        "examples/02-fristaende-koncern --format sarif",
    ] {
        if let Some(seen) = stderr_at_a_terminal(args) {
            assert!(!seen.contains("provkoll:"), "{args}: {seen:?}");
        }
    }
    // Not a terminal: stderr is piped here.
    let out = provkoll()
        .args(["check", "examples/02-fristaende-koncern"])
        .env("PROVKOLL_PROGRESS_AFTER_MS", "0")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
