//! The machine outputs: SARIF valid against the official 2.1.0 schema, stable fingerprints,
//! several outputs from one run, and byte-identical output whatever the order of the inputs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::PathBuf;

use serde_json::Value;

mod common;
use common::{AS_OF, root, run as provkoll, sarif_validator};

const EXAMPLES: [&str; 3] = [
    "examples/01-ready-kommun",
    "examples/02-fristaende-koncern",
    "examples/03-broken-file",
];

fn sarif_of(dir: &str) -> Value {
    let (_, out) = provkoll(&["check", dir, "--as-of", AS_OF, "--format", "sarif"]);
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn every_example_gives_sarif_that_the_official_schema_accepts() {
    let validator = sarif_validator();
    for dir in EXAMPLES {
        let sarif = sarif_of(dir);
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{dir}: {errors:#?}");
    }
}

#[test]
fn sarif_describes_every_rule_once_and_points_each_result_at_its_descriptor() {
    let sarif = sarif_of("examples/02-fristaende-koncern");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique, "duplicate descriptors");
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
            "%SRCROOT%"
        );
        assert!(
            !r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with('/')
        );
    }
    assert_eq!(run["columnKind"], "unicodeCodePoints");
}

#[test]
fn load_errors_are_tool_notifications_with_locations() {
    let sarif = sarif_of("examples/03-broken-file");
    let inv = &sarif["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let notes = inv["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 5);
    assert!(notes.iter().all(|n| {
        n["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some()
    }));
}

#[test]
fn fingerprints_survive_an_unrelated_edit_elsewhere() {
    let (_dir, repo) = common::example_copy("02-fristaende-koncern");
    let prints = |p: &std::path::Path| -> Vec<(String, String)> {
        let (_, out) = provkoll(&[
            "check",
            p.to_str().unwrap(),
            "--as-of",
            AS_OF,
            "--format",
            "sarif",
        ]);
        let v: Value = serde_json::from_slice(&out).unwrap();
        let mut fp: Vec<(String, String)> = v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_owned(),
                    r["partialFingerprints"]["provkoll/v1"]
                        .as_str()
                        .unwrap()
                        .to_owned(),
                )
            })
            .collect();
        fp.sort();
        fp
    };
    let before = prints(&repo);
    // lines added above every finding, and a new file that sorts first
    let file = repo.join("legal-entities/exempelskolor-vast-ab.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("# a comment\n# another\n{text}")).unwrap();
    std::fs::write(
        repo.join("aa-person.yaml"),
        "apiVersion: provkoll/v1\nkind: Person\nid: zelda\nname: Zelda Exempelsson\n",
    )
    .unwrap();
    assert_eq!(before, prints(&repo));
}

#[test]
fn one_run_writes_several_outputs_each_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_owned();
    let (code, stdout) = provkoll(&[
        "check",
        "examples/02-fristaende-koncern",
        "--as-of",
        AS_OF,
        "--format",
        "github",
        "--output-sarif",
        &p("out.sarif"),
        "--output-junit",
        &p("out.xml"),
        "--output-json",
        &p("out.json"),
    ]);
    assert_eq!(code, 1);
    assert!(String::from_utf8(stdout).unwrap().starts_with("::"));
    let sarif: Value = serde_json::from_slice(&std::fs::read(p("out.sarif")).unwrap()).unwrap();
    assert!(sarif_validator().is_valid(&sarif));
    let json: Value = serde_json::from_slice(&std::fs::read(p("out.json")).unwrap()).unwrap();
    assert_eq!(json["schema_version"], 1);
    let xml = std::fs::read_to_string(p("out.xml")).unwrap();
    assert!(
        xml.starts_with("<?xml")
            && xml.contains("<testsuite name=\"legal-entities/exempelskolor-vast-ab.yaml\"")
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        3,
        "no temporary files left"
    );
}

#[test]
fn junit_lists_every_rule_for_every_file_of_a_clean_run() {
    let (code, out) = provkoll(&[
        "check",
        "examples/01-ready-kommun",
        "--as-of",
        AS_OF,
        "--format",
        "junit",
    ]);
    assert_eq!(code, 0);
    let xml = String::from_utf8(out).unwrap();
    let rules = provkoll::pack::catalogue::Catalogue::bundled()
        .unwrap()
        .rules
        .len();
    // 13 files read (the skipped CI file is listed too: it was looked at)
    assert_eq!(xml.matches("<testsuite ").count(), 13);
    assert_eq!(xml.matches("<testcase ").count(), 13 * rules);
    assert!(!xml.contains("<failure") && !xml.contains("<error"));
}

#[test]
fn github_annotations_drop_columns_on_spans_over_several_lines() {
    let (_, out) = provkoll(&[
        "check",
        "examples/03-broken-file",
        "--as-of",
        AS_OF,
        "--format",
        "github",
    ]);
    let text = String::from_utf8(out).unwrap();
    for line in text.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
        let props = line.split("::").nth(1).unwrap();
        let get = |k: &str| {
            props
                .split(',')
                .find_map(|p| p.strip_prefix(&format!("{k}=")).map(str::to_owned))
        };
        if get("line") != get("endLine") {
            assert!(get("col").is_none(), "{line}");
        }
    }
    assert!(text.contains("title=provkoll (ORG-004)::"));
}

/// A tiny deterministic shuffle, so the property is checked over many orders without a crate.
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut v = items.to_vec();
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

#[test]
fn output_is_byte_identical_whatever_the_order_of_the_input_files() {
    let mut files: Vec<String> = Vec::new();
    for entry in walk(&root().join("examples/02-fristaende-koncern")) {
        files.push(
            entry
                .strip_prefix(root())
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned(),
        );
    }
    files.sort();
    assert!(files.len() >= 10);
    let run = |order: &[String], format: &str| {
        let mut args = vec!["check", "--as-of", AS_OF, "--format", format];
        args.extend(order.iter().map(String::as_str));
        provkoll(&args).1
    };
    for format in ["json", "sarif", "human", "github", "junit"] {
        let want = run(&files, format);
        for seed in 1..=6 {
            assert!(
                run(&shuffled(&files, seed), format) == want,
                "{format} differs for order seed {seed}"
            );
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
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
fn sarif_and_github_outputs_are_pinned() {
    for (name, dir) in [
        ("02", "examples/02-fristaende-koncern"),
        ("03", "examples/03-broken-file"),
    ] {
        let mut sarif = sarif_of(dir);
        // descriptors are pinned once, for the pack, by the catalogue test; keep the results readable
        let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .map_or(0, Vec::len);
        sarif["runs"][0]["tool"]["driver"]["rules"] =
            Value::String(format!("[{rules} descriptors]"));
        insta::assert_json_snapshot!(format!("sarif_{name}"), sarif, {
            ".runs[0].tool.driver.version" => "[VERSION]",
            ".runs[0].tool.driver.semanticVersion" => "[VERSION]",
            ".runs[0].originalUriBaseIds[\"%SRCROOT%\"].uri" => "[WORKING DIRECTORY]",
        });
        let (_, github) = provkoll(&["check", dir, "--as-of", AS_OF, "--format", "github"]);
        insta::assert_snapshot!(format!("github_{name}"), String::from_utf8(github).unwrap());
    }
}

#[test]
fn sarif_descriptor_of_one_rule_is_pinned() {
    let sarif = sarif_of("examples/01-ready-kommun");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let org3 = rules.iter().find(|r| r["id"] == "ORG-003").unwrap();
    insta::assert_json_snapshot!(org3);
}

#[test]
fn output_is_byte_identical_with_parallel_loading_on_and_off() {
    let with_threads = |n: &str, format: &str| {
        let out = common::provkoll()
            .env("RAYON_NUM_THREADS", n)
            .args([
                "check",
                "examples/03-broken-file",
                "examples/02-fristaende-koncern/people.yaml",
                "--as-of",
                AS_OF,
                "--format",
                format,
            ])
            .output()
            .unwrap();
        out.stdout
    };
    for format in ["json", "human", "sarif"] {
        let one = with_threads("1", format);
        assert!(!one.is_empty());
        assert!(
            with_threads("4", format) == one,
            "{format} differs between 1 and 4 threads"
        );
    }
}
