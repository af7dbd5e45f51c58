//! The settings file, `provkoll.toml`, end to end: each key changes what a command does, a flag
//! wins over the file, the file is found in the checked folder or above it (up to the
//! repository's root), `--settings` and `--no-settings`, broken files (located, exit 2, nothing
//! written), `init`'s commented starter and the file's JSON Schema.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{example_copy, provkoll};

/// A date on which example 01 has one info finding and nothing worse.
const INFO_DAY: &str = "2027-06-01";

/// A copy of example 01 in `<tmp>/repo`, with `<tmp>/.git` so that no test sees a
/// `provkoll.toml` of the machine above it, and `settings` as `repo/provkoll.toml`.
fn repo(settings: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let (dir, repo) = example_copy("01-ready-kommun");
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    if let Some(text) = settings {
        std::fs::write(repo.join("provkoll.toml"), text).unwrap();
    }
    (dir, repo)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = provkoll().args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `check REPO --as-of INFO_DAY --format json` and more flags.
fn check_json(repo: &Path, more: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", s(repo), "--as-of", INFO_DAY, "--format", "json"];
    args.extend_from_slice(more);
    let r = run(&args);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    (r.code, serde_json::from_str(&r.stdout).unwrap())
}

#[test]
fn fail_on_raises_the_bar_and_the_flag_wins() {
    let (_d, plain) = repo(None);
    assert_eq!(
        check_json(&plain, &[]).0,
        0,
        "one info finding passes by default"
    );
    let (_d, strict) = repo(Some("fail_on = \"info\"\n"));
    let (code, v) = check_json(&strict, &[]);
    assert_eq!(code, 1, "fail_on = info fails on it");
    assert_eq!(v["summary"]["findings"]["info"], 1);
    assert_eq!(
        check_json(&strict, &["--fail-on", "error"]).0,
        0,
        "the flag wins"
    );
    assert_eq!(check_json(&strict, &["--no-settings"]).0, 0);
    // the report's verdict and exit code follow it too
    let r = run(&["report", s(&strict), "--as-of", INFO_DAY]);
    assert_eq!(r.code, 1, "{}", r.stderr);
}

#[test]
fn lang_switches_the_language_and_the_flag_wins() {
    let (_d, repo) = repo(Some("lang = \"sv\"\n"));
    let human = |more: &[&str]| {
        let mut args = vec!["check", s(&repo), "--as-of", INFO_DAY];
        args.extend_from_slice(more);
        run(&args).stdout
    };
    let sv = human(&[]);
    assert!(
        sv.contains("12 filer har kontrollerats (inställningar: provkoll.toml)"),
        "{sv}"
    );
    let en = human(&["--lang", "en"]);
    assert!(
        en.contains("12 files checked (settings: provkoll.toml)"),
        "{en}"
    );
    // the file outranks the locale, the flag the file
    let out = provkoll()
        .args(["check", s(&repo), "--as-of", INFO_DAY])
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("har kontrollerats"));
    let timeline = run(&["timeline", s(&repo), "--as-of", INFO_DAY]).stdout;
    assert!(
        timeline.starts_with("Tidslinje per 2027-06-01")
            && timeline.contains("\nInställningar: provkoll.toml\n"),
        "{timeline}"
    );
}

#[test]
fn exclude_leaves_files_unread_and_says_how_many() {
    let (_d, repo) = repo(Some("exclude = [\"drafts/\", \"/ci/*.yml\"]\n"));
    std::fs::create_dir_all(repo.join("drafts/old")).unwrap();
    // would be a located error (exit 2) if it were read
    std::fs::write(repo.join("drafts/broken.yaml"), "a: [\n").unwrap();
    std::fs::write(repo.join("drafts/old/x.yml"), "b: : :\n").unwrap();
    let (code, v) = check_json(&repo, &[]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["summary"]["files_excluded"], 3, "{v:#}");
    assert_eq!(v["summary"]["files_checked"], 12);
    assert_eq!(
        v["summary"]["files_skipped"], 0,
        "ci/pipeline.yml is excluded, not skipped"
    );
    let human = run(&["check", s(&repo), "--as-of", INFO_DAY]).stdout;
    assert!(
        human.contains(
            "12 files checked (settings: provkoll.toml), 3 YAML files excluded by provkoll.toml,"
        ),
        "{human}"
    );
    let (code, v) = check_json(&repo, &["--no-settings"]);
    assert_eq!(code, 2, "read, the drafts break the check");
    assert_eq!(v["summary"]["files_excluded"], 0);
    assert_eq!(v["settings"], Value::Null);
}

#[test]
fn report_defaults_are_used_and_flags_win() {
    let (_d, repo) = repo(Some(
        "lang = \"sv\"\n[report]\nlang = \"en\"\nformat = \"markdown\"\noutput = \"out.md\"\n",
    ));
    let r = run(&["report", s(&repo), "--as-of", INFO_DAY]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "written to report.output: {}",
        r.stdout
    );
    let md = std::fs::read_to_string(repo.join("out.md")).unwrap();
    assert!(
        md.contains("\n# Sign-off report"),
        "Markdown, in English: {md}"
    );
    assert!(md.contains("\n| Settings | `provkoll.toml` |\n"), "{md}");
    assert!(
        md.contains("Fingerprints"),
        "English, from report.lang: {md}"
    );
    let out = repo.join("flag.html");
    let r = run(&[
        "report",
        s(&repo),
        "--as-of",
        INFO_DAY,
        "--format",
        "html",
        "--lang",
        "sv",
        "--output",
        s(&out),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("lang=\"sv\""),
        "{html}"
    );
    assert!(
        html.contains("Inställningar"),
        "the report names the settings file"
    );
    // with no file, the report says so
    let r = run(&[
        "report",
        s(&repo),
        "--as-of",
        INFO_DAY,
        "--no-settings",
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    assert!(r.stdout.contains("none (no provkoll.toml)"), "{}", r.stdout);
}

#[test]
fn a_file_above_the_checked_folder_is_found_up_to_the_repository_root() {
    let (dir, repo) = repo(None);
    std::fs::write(dir.path().join("provkoll.toml"), "fail_on = \"info\"\n").unwrap();
    let (code, v) = check_json(&repo, &[]);
    assert_eq!(
        (code, &v["settings"]),
        (1, &Value::from("../provkoll.toml"))
    );
    // a repository's root ends the search: a file above it is another repo's
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    let (code, v) = check_json(&repo, &[]);
    assert_eq!((code, &v["settings"]), (0, &Value::Null));
    // named, it is used wherever it is, and outputs name it relative to the scan root
    let named = dir.path().join("provkoll.toml");
    let (code, v) = check_json(&repo, &["--settings", s(&named)]);
    assert_eq!(
        (code, &v["settings"]),
        (1, &Value::from("../provkoll.toml"))
    );
}

#[test]
fn every_output_names_the_settings_file() {
    let (_d, repo) = repo(Some("fail_on = \"warning\"\n"));
    let sarif: Value = serde_json::from_str(
        &run(&["check", s(&repo), "--as-of", INFO_DAY, "--format", "sarif"]).stdout,
    )
    .unwrap();
    assert_eq!(sarif["runs"][0]["properties"]["settings"], "provkoll.toml");
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["properties"]["settings"],
        "provkoll.toml"
    );
    let timeline: Value = serde_json::from_str(
        &run(&[
            "timeline",
            s(&repo),
            "--as-of",
            INFO_DAY,
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(timeline["settings"], "provkoll.toml");
    let md = run(&[
        "timeline",
        s(&repo),
        "--as-of",
        INFO_DAY,
        "--format",
        "markdown",
    ])
    .stdout;
    assert!(md.contains("Settings: `provkoll.toml`"), "{md}");
    let fp: Value = serde_json::from_str(
        &run(&[
            "fingerprint",
            s(&repo),
            "--as-of",
            INFO_DAY,
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(fp["settings"], "provkoll.toml");
    // the settings file is no part of what is fingerprinted
    let (_d, plain) = repo_plain();
    let fp_plain: Value = serde_json::from_str(
        &run(&[
            "fingerprint",
            s(&plain),
            "--as-of",
            INFO_DAY,
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(fp["fingerprints"], fp_plain["fingerprints"]);
    assert_eq!(fp_plain["settings"], Value::Null);
}

fn repo_plain() -> (tempfile::TempDir, PathBuf) {
    repo(None)
}

/// A folder of one local rule: example 08's KOMMUN-002 under another slug and ID, wanting
/// another kommun's domain, so that it fires on example 01.
fn local_rule_folder(dir: &Path, slug: &str, id: &str) {
    let text = std::fs::read_to_string(
        common::root().join("examples/08-egna-regler/egna-regler/kommun/egen_epostdoman.rego"),
    )
    .unwrap()
    .replace("kommun.egen_epostdoman", &format!("kommun.{slug}"))
    .replace("KOMMUN-002", id)
    .replace("exempelby.se", "annan.se");
    std::fs::create_dir_all(dir.join("kommun")).unwrap();
    std::fs::write(dir.join(format!("kommun/{slug}.rego")), text).unwrap();
}

/// Example 09's Skolenhetsregistret snapshot, written to `file`.
fn snapshot_at(file: &Path) {
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::copy(
        common::root().join("examples/09-skolenhetsregistret/skolenhetsregistret.json"),
        file,
    )
    .unwrap();
}

#[test]
fn policies_extra_and_registry_must_exist_and_are_located() {
    let (_d, repo) = repo(Some(
        "policies_extra = [\"local\", \"missing\"]\nregistry = \"reg/snapshot.json\"\n",
    ));
    std::fs::create_dir_all(repo.join("local")).unwrap();
    let out = repo.join("out.json");
    let r = run(&["check", s(&repo), "--output", s(&out)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "provkoll: provkoll.toml:1:28: `policies_extra`: missing is not a folder\n  help: the path is read relative to the folder of the settings file\n\
         provkoll: provkoll.toml:2:12: `registry`: reg/snapshot.json is not a file\n  help: the path is read relative to the folder of the settings file\n"
    );
    assert!(
        !out.exists(),
        "a broken settings file stops the check before anything is written"
    );
    local_rule_folder(&repo.join("local"), "ett", "KOMMUN-801");
    local_rule_folder(&repo.join("missing"), "tva", "KOMMUN-802");
    snapshot_at(&repo.join("reg/snapshot.json"));
    let (code, v) = check_json(&repo, &[]);
    assert_eq!(code, 1, "{v}");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    // both folders' rules ran, and so did the register rules, on the snapshot named
    for id in ["KOMMUN-801", "KOMMUN-802"] {
        assert!(rules.contains(&id), "{id} in {rules:?}");
    }
    assert!(rules.iter().any(|r| r.starts_with("REG-")), "{rules:?}");
}

#[test]
fn unknown_keys_and_bad_values_stop_every_command_with_their_place() {
    let (_d, repo) = repo(Some("lang = \"sv\"\n\n[report]\nformat = \"pdf\"\n"));
    for command in ["check", "timeline", "report", "fingerprint"] {
        let r = run(&[command, s(&repo)]);
        assert_eq!(r.code, 2, "{command}");
        assert!(r.stdout.is_empty(), "{command}: {}", r.stdout);
        assert!(
            r.stderr.starts_with(
                "provkoll: provkoll.toml:4:10: unknown variant `pdf`, expected `html` or `markdown`\n"
            ),
            "{command}: {}",
            r.stderr
        );
    }
    insta::assert_snapshot!("bad_value", run(&["check", s(&repo)]).stderr);
    std::fs::write(
        repo.join("provkoll.toml"),
        "fail_on = \"warning\"\ndisable_rules = [\"ORG-001\"]\n",
    )
    .unwrap();
    let r = run(&["check", s(&repo)]);
    assert_eq!(r.code, 2);
    insta::assert_snapshot!("unknown_key", r.stderr);
    // ignored, the file breaks nothing
    let r = run(&["check", s(&repo), "--as-of", INFO_DAY, "--no-settings"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // a file named that is not there
    let r = run(&["check", s(&repo), "--settings", "nope.toml"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("provkoll: cannot read the settings file nope.toml: "),
        "{}",
        r.stderr
    );
}

/// The starter with every key's line uncommented.
fn every_key(starter: &str) -> String {
    starter
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") => rest,
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn init_writes_a_commented_settings_file_that_loads_and_its_schema_validates() {
    for lang in ["en", "sv"] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        let target = dir.path().join("config");
        let r = run(&["init", s(&target), "--lang", lang]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let starter = std::fs::read_to_string(target.join("provkoll.toml")).unwrap();
        assert!(starter.starts_with("#:schema ./provkoll-settings.schema.json\n"));
        let keys = [
            "fail_on",
            "lang",
            "exclude",
            "policies_extra",
            "registry",
            "[report]",
            "format",
            "output",
        ];
        for key in keys {
            assert!(starter.contains(key), "{lang}: {key}");
        }
        if lang == "sv" {
            assert!(starter.contains("Lägsta allvarlighetsgrad"), "{starter}");
        }
        // it loads: the check is the starter's own (placeholders fail), with the file named
        let (code, v) = check_json(&target, &[]);
        assert_eq!(code, 1);
        assert_eq!(v["errors"], Value::Array(vec![]), "{v:#}");
        assert_eq!(v["settings"], "provkoll.toml");

        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(target.join("provkoll-settings.schema.json")).unwrap(),
        )
        .unwrap();
        let printed: Value =
            serde_json::from_str(&run(&["schema", "--settings", "--lang", lang]).stdout).unwrap();
        assert_eq!(
            schema, printed,
            "init writes what `schema --settings` prints"
        );
        let validator = jsonschema::validator_for(&schema).unwrap();
        let full = every_key(&starter);
        for text in [starter.as_str(), full.as_str()] {
            let value: toml::Value = toml::from_str(text).unwrap();
            let json = serde_json::to_value(value).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{lang}: {errors:?}\n{text}");
        }
        assert!(!validator.is_valid(&serde_json::json!({"fail_on": "never"})));
        assert!(!validator.is_valid(&serde_json::json!({"disable": ["ORG-001"]})));

        // every key set: it loads once the folders and the file it names exist
        let full_path = target.join("full.toml");
        std::fs::write(&full_path, &full).unwrap();
        let r = run(&["check", s(&target), "--settings", s(&full_path)]);
        assert_eq!(r.code, 2, "the folders it names do not exist yet");
        local_rule_folder(&target.join("local-policies"), "ett", "KOMMUN-801");
        local_rule_folder(&target.join("egna-regler"), "tva", "KOMMUN-802");
        snapshot_at(&target.join("skolenhetsregistret.json"));
        let r = run(&[
            "check",
            s(&target),
            "--settings",
            s(&full_path),
            "--format",
            "json",
        ]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.is_empty(), "{}", r.stderr);
    }
}

#[test]
fn help_says_where_the_file_is_looked_for() {
    for command in ["check", "timeline", "report", "fingerprint"] {
        let help = run(&[command, "--help"]).stdout;
        assert!(help.contains("--settings <FILE>"), "{command}");
        assert!(help.contains("--no-settings"), "{command}");
        assert!(
            help.contains("the first folder holding .git"),
            "{command}: {help}"
        );
    }
}
