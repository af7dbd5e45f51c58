//! An organiser's own rules beside the bundled pack (`--policies-extra DIR`): added, named by
//! their pack in every output, tested with `provkoll test`, and refused, located and with exit 2,
//! when they clash with the pack or are broken.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

mod common;
use common::{AS_OF, copy_dir, provkoll, root, rules_at, sarif_validator};

const EXAMPLE: &str = "examples/08-egna-regler";
const LOCAL: &str = "examples/08-egna-regler/egna-regler";

/// Exit code, stdout and stderr of `provkoll` with `args`, run in `cwd`.
fn run_in(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let out = provkoll().current_dir(cwd).args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The same, run from the repository's root.
fn run(args: &[&str]) -> (i32, String, String) {
    run_in(&root(), args)
}

/// `check EXAMPLE --policies-extra LOCAL` and `extra` as JSON; the example's provkoll.toml,
/// which names the same folder, is left out so that the flag alone adds it.
fn check_example(format: &str, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec![
        "check",
        EXAMPLE,
        "--no-settings",
        "--as-of",
        AS_OF,
        "--format",
        format,
        "--policies-extra",
        LOCAL,
    ];
    args.extend(extra);
    let (code, out, err) = run(&args);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, v, err)
}

/// A copy of the example's local folder in a temporary directory, as `<tmp>/regler`.
fn local_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regler");
    copy_dir(&root().join(LOCAL), &dir);
    (tmp, dir)
}

/// A local folder with one module, `rel`, holding `text`.
fn folder_with(rel: &str, text: &str) -> (tempfile::TempDir, String) {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(rel);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, text).unwrap();
    let dir = tmp.path().to_str().unwrap().to_owned();
    (tmp, dir)
}

/// The example's KOMMUN-001, made to say something else.
fn local_rule() -> String {
    std::fs::read_to_string(root().join(LOCAL).join("kommun/puba_diarienummer.rego")).unwrap()
}

fn bundled_rule_count() -> usize {
    provkoll::pack::catalogue::Catalogue::bundled()
        .unwrap()
        .rules
        .len()
}

#[test]
fn local_rules_add_their_findings_and_name_their_pack() {
    let (code, v, err) = check_example("json", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        rules_at(&v),
        [
            ("KOMMUN-002".into(), "legal-entity.yaml".into(), 27),
            ("KOMMUN-001".into(), "processors/larplattan.yaml".into(), 18),
        ]
    );
    let local = json!({"kind": "local", "dir": LOCAL});
    for f in v["findings"].as_array().unwrap() {
        assert_eq!(f["pack"], local, "{f:#}");
    }
    // the bundled rules are all still there
    assert_eq!(v["summary"]["rules_evaluated"], bundled_rule_count() + 2);

    // without the folder, the bundled pack alone: the example is clean
    let (code, out, _) = run(&[
        "check",
        EXAMPLE,
        "--no-settings",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(rules_at(&v).is_empty());
    assert_eq!(v["summary"]["rules_evaluated"], bundled_rule_count());
}

#[test]
fn a_bundled_rules_finding_names_the_bundled_pack() {
    let (code, out, _) = run(&[
        "check",
        "examples/02-fristaende-koncern",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--policies-extra",
        LOCAL,
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let packs: Vec<(&str, &Value)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), &f["pack"]))
        .collect();
    assert!(
        packs
            .iter()
            .any(|(r, p)| !r.starts_with("KOMMUN") && p == &&json!({"kind": "bundled"})),
        "{packs:?}"
    );
    for (rule, pack) in packs {
        assert_eq!(
            rule.starts_with("KOMMUN-"),
            pack["kind"] == "local",
            "{rule}"
        );
    }
}

#[test]
fn sarif_describes_local_rules_in_an_extension_the_results_point_at() {
    let (code, sarif, _) = check_example("sarif", &[]);
    assert_eq!(code, 1);
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let tool = &sarif["runs"][0]["tool"];
    let driver: Vec<&str> = tool["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(driver.len(), bundled_rule_count());
    assert!(driver.iter().all(|id| !id.starts_with("KOMMUN")));
    let extensions = tool["extensions"].as_array().unwrap();
    assert_eq!(extensions.len(), 1);
    assert_eq!(extensions[0]["name"], LOCAL);
    assert_eq!(
        extensions[0]["properties"]["pack"],
        json!({"kind": "local", "dir": LOCAL})
    );
    let local: Vec<&str> = extensions[0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(local, ["KOMMUN-001", "KOMMUN-002"]);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        let reference = &r["rule"];
        assert_eq!(reference["toolComponent"]["index"], 0, "{r:#}");
        let index = reference["index"].as_u64().unwrap() as usize;
        assert_eq!(extensions[0]["rules"][index]["id"], r["ruleId"], "{r:#}");
        assert_eq!(reference["id"], r["ruleId"]);
        // ruleIndex would point into the driver's rules, where a local rule is not
        assert!(r.get("ruleIndex").is_none(), "{r:#}");
    }

    // a bundled rule's result still points into the driver's rules
    let (_, out, _) = run(&[
        "check",
        "examples/02-fristaende-koncern",
        "--as-of",
        AS_OF,
        "--format",
        "sarif",
        "--policies-extra",
        LOCAL,
    ]);
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    let bundled: Vec<&Value> = results
        .iter()
        .filter(|r| !r["ruleId"].as_str().unwrap().starts_with("KOMMUN-"))
        .collect();
    assert!(!bundled.is_empty() && bundled.len() < results.len());
    for r in bundled {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][i]["id"], r["ruleId"]);
        assert!(r.get("rule").is_none(), "{r:#}");
    }
}

#[test]
fn rules_and_explain_say_which_pack_a_rule_comes_from() {
    let (code, out, _) = run(&["rules", "--format", "json", "--policies-extra", LOCAL]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let rules = v["rules"].as_array().unwrap();
    assert_eq!(rules.len(), bundled_rule_count() + 2);
    for r in rules {
        let local = r["id"].as_str().unwrap().starts_with("KOMMUN-");
        let want = if local {
            json!({"kind": "local", "dir": LOCAL})
        } else {
            json!({"kind": "bundled"})
        };
        assert_eq!(r["pack"], want, "{r:#}");
    }
    let kommun = rules.iter().find(|r| r["id"] == "KOMMUN-001").unwrap();
    assert_eq!(
        kommun["file"],
        format!("{LOCAL}/kommun/puba_diarienummer.rego")
    );

    let (_, text, _) = run(&["rules", "--policies-extra", LOCAL]);
    assert!(text.contains(&format!("local, from {LOCAL}\n")), "{text}");
    assert!(
        text.contains(&format!("Pack: bundled + 2 local rules from {LOCAL}\n")),
        "{text}"
    );
    let (_, text, _) = run(&["rules", "--policies-extra", LOCAL, "--lang", "sv"]);
    assert!(
        text.contains(&format!(
            "Regelpaket: inbyggt + 2 lokala regler från {LOCAL}\n"
        )),
        "{text}"
    );
    // the bundled pack alone says nothing of packs: policies/README.md stays as it is
    let (_, text, _) = run(&["rules"]);
    assert!(!text.contains("Pack:"), "{text}");

    let (_, md, _) = run(&["rules", "--format", "markdown", "--policies-extra", LOCAL]);
    assert!(
        md.contains(&format!(
            "file: `{LOCAL}/kommun/puba_diarienummer.rego` · Pack: local, from {LOCAL}\n"
        )),
        "{md}"
    );
    assert_eq!(md.matches("· Pack:").count(), 2, "{md}");

    let (code, text, _) = run(&["explain", "kommun-002", "--policies-extra", LOCAL]);
    assert_eq!(code, 0);
    assert!(
        text.contains(&format!("Pack:     local, from {LOCAL}\n")),
        "{text}"
    );
    let (_, text, _) = run(&["explain", "ORG-001", "--policies-extra", LOCAL]);
    assert!(text.contains("Pack:     bundled\n"), "{text}");
    let (_, out, _) = run(&[
        "explain",
        "KOMMUN-001",
        "--format",
        "json",
        "--policies-extra",
        LOCAL,
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["pack"], json!({"kind": "local", "dir": LOCAL}));
}

#[test]
fn the_report_names_the_pack_and_marks_local_rules() {
    let (code, md, _) = run(&[
        "report",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
        "--lang",
        "en",
        "--policies-extra",
        LOCAL,
    ]);
    assert_eq!(code, 1, "{md}");
    assert!(
        md.contains(&format!(
            "| Rule pack | bundled + 2 local rules from {LOCAL} |"
        )),
        "{md}"
    );
    let row = md
        .lines()
        .find(|l| l.contains("**KOMMUN-001**"))
        .expect("KOMMUN-001 in the rule table");
    assert!(row.contains(&format!("*local, from {LOCAL}*")), "{row}");
    let row = md.lines().find(|l| l.contains("**ORG-001**")).unwrap();
    assert!(!row.contains("local"), "{row}");
}

/// The fingerprints as JSON of `check`ing the example with `local` added, run in `cwd`.
fn fingerprints(cwd: &Path, local: &str) -> Value {
    let example = root().join(EXAMPLE);
    let (code, out, err) = run_in(
        cwd,
        &[
            "fingerprint",
            example.to_str().unwrap(),
            "--no-settings",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--policies-extra",
            local,
        ],
    );
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn the_pack_fingerprint_covers_the_local_rules_however_their_folder_is_named() {
    let (tmp, dir) = local_copy();
    let before = fingerprints(tmp.path(), "regler");
    assert_eq!(
        before["pack"],
        json!({"base": {"kind": "bundled"}, "local": [["regler", 2]]})
    );
    // the same folder, named absolute and from another directory: the same fingerprint
    let absolute = fingerprints(&root(), dir.to_str().unwrap());
    assert_eq!(
        absolute["fingerprints"]["policy_pack"],
        before["fingerprints"]["policy_pack"]
    );
    // without it, another
    let (_, out, _) = run(&[
        "fingerprint",
        EXAMPLE,
        "--no-settings",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    let bundled: Value = serde_json::from_str(&out).unwrap();
    assert_ne!(
        bundled["fingerprints"]["policy_pack"],
        before["fingerprints"]["policy_pack"]
    );
    // one changed byte of a local rule changes the pack's and the combined fingerprint
    let rule = dir.join("kommun/egen_epostdoman.rego");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, text.replace("exempelby.se\"", "exempelby.nu\"")).unwrap();
    let after = fingerprints(tmp.path(), "regler");
    assert_ne!(
        after["fingerprints"]["policy_pack"],
        before["fingerprints"]["policy_pack"]
    );
    assert_ne!(
        after["fingerprints"]["combined"],
        before["fingerprints"]["combined"]
    );
    assert_eq!(
        after["fingerprints"]["configuration"],
        before["fingerprints"]["configuration"]
    );

    let (_, text, _) = run_in(
        tmp.path(),
        &[
            "fingerprint",
            root().join(EXAMPLE).to_str().unwrap(),
            "--no-settings",
            "--as-of",
            AS_OF,
            "--policies-extra",
            "regler",
        ],
    );
    assert!(
        text.contains("policy pack: bundled + 2 local rules from regler\n"),
        "{text}"
    );
}

/// `check EXAMPLE --policies-extra` each of `dirs`, expecting the pack to be refused: exit 2,
/// nothing checked, the problems in stderr (human) and in the JSON.
fn refused(cwd: &Path, dirs: &[&str]) -> (String, Value) {
    let example = root().join(EXAMPLE);
    let mut args = vec![
        "check",
        example.to_str().unwrap(),
        "--no-settings",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ];
    for d in dirs {
        args.extend(["--policies-extra", d]);
    }
    let (code, out, err) = run_in(cwd, &args);
    assert_eq!(code, 2, "{out}\n{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(rules_at(&v).is_empty(), "{v:#}");
    assert_eq!(v["summary"]["rules_evaluated"], 0, "{v:#}");
    // and `rules` refuses the same pack
    let mut args = vec!["rules"];
    for d in dirs {
        args.extend(["--policies-extra", d]);
    }
    let (code, out, err) = run_in(cwd, &args);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    (err, v)
}

fn messages(v: &Value) -> Vec<(String, String)> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn an_id_the_bundled_pack_uses_is_refused_naming_both_files() {
    let (tmp, _) = folder_with(
        "kommun/puba_diarienummer.rego",
        &local_rule().replace("KOMMUN-001", "GDPR-001"),
    );
    let (err, v) = refused(tmp.path(), &["."]);
    assert_eq!(
        messages(&v),
        [(
            "catalogue.id_clash".to_owned(),
            "./kommun/puba_diarienummer.rego:17:5: rule ID GDPR-001 is already used by \
             policies/gdpr/processor_dpa.rego (the bundled pack)"
                .to_owned()
        )]
    );
    assert!(
        err.contains("help: a local rule needs an ID of its own"),
        "{err}"
    );
}

#[test]
fn an_id_another_local_folder_uses_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    for (folder, slug) in [("a", "puba_diarienummer"), ("b", "annan")] {
        let file = tmp
            .path()
            .join(folder)
            .join("kommun")
            .join(format!("{slug}.rego"));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(
            &file,
            local_rule().replace("kommun.puba_diarienummer", &format!("kommun.{slug}")),
        )
        .unwrap();
    }
    let (_, v) = refused(tmp.path(), &["a", "b/"]);
    assert_eq!(
        messages(&v),
        [(
            "catalogue.id_clash".to_owned(),
            "b/kommun/annan.rego:17:5: rule ID KOMMUN-001 is already used by \
             a/kommun/puba_diarienummer.rego"
                .to_owned()
        )]
    );
}

#[test]
fn a_package_the_bundled_pack_declares_is_refused() {
    let (tmp, _) = folder_with(
        "lib/values.rego",
        "package provkoll.lib.values\n\nlist(x) := []\n",
    );
    std::fs::create_dir_all(tmp.path().join("kommun")).unwrap();
    std::fs::write(
        tmp.path().join("kommun/puba_diarienummer.rego"),
        local_rule(),
    )
    .unwrap();
    let (err, v) = refused(tmp.path(), &["."]);
    assert_eq!(
        messages(&v),
        [(
            "catalogue.package_clash".to_owned(),
            "./lib/values.rego:1:9: package `provkoll.lib.values` is already declared by \
             policies/lib/values.rego (the bundled pack)"
                .to_owned()
        )]
    );
    assert!(
        err.contains("help: a local folder adds to the pack"),
        "{err}"
    );
}

#[test]
fn a_module_that_does_not_parse_is_located() {
    let (tmp, _) = folder_with(
        "kommun/puba_diarienummer.rego",
        &local_rule().replace("\tnot registered(p)\n", "\tnot registered(p\n"),
    );
    let (err, v) = refused(tmp.path(), &["."]);
    let m = messages(&v);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].0, "catalogue.parse");
    assert_eq!(
        m[0].1,
        "./kommun/puba_diarienummer.rego: the policy does not parse"
    );
    // regorus's own rendering names the line and column
    assert!(
        err.contains("./kommun/puba_diarienummer.rego:42:5"),
        "{err}"
    );
}

#[test]
fn invalid_metadata_and_placeholders_are_located() {
    for (from, to, kind, want) in [
        (
            "severity: error",
            "severity: fatal",
            "catalogue.invalid_metadata",
            "./kommun/puba_diarienummer.rego:3:1: invalid METADATA: unknown severity `fatal` (error, warning or info)",
        ),
        (
            "KOMMUN-001",
            "KOMMUN-1",
            "catalogue.invalid_metadata",
            "./kommun/puba_diarienummer.rego:17:5: invalid METADATA: rule ID `KOMMUN-1` does not match AREA-NNN (e.g. ORG-001)",
        ),
        (
            "title_sv: Varje",
            "title_sv: CHANGE-ME Varje",
            "catalogue.placeholder",
            "./kommun/puba_diarienummer.rego:19:15: METADATA not filled in; still CHANGE-ME: custom.title_sv",
        ),
        (
            "package provkoll.rules.kommun.puba_diarienummer",
            "package provkoll.rules.kommun.annan",
            "catalogue.invalid_metadata",
            "./kommun/puba_diarienummer.rego:26:9: invalid METADATA: package `provkoll.rules.kommun.annan` does not match the file's place; expected `provkoll.rules.kommun.puba_diarienummer`",
        ),
    ] {
        let text = local_rule().replace(from, to);
        assert_ne!(text, local_rule(), "{from}");
        let (tmp, _) = folder_with("kommun/puba_diarienummer.rego", &text);
        let (_, v) = refused(tmp.path(), &["."]);
        assert_eq!(messages(&v), [(kind.to_owned(), want.to_owned())], "{from}");
    }
}

#[test]
fn a_folder_that_is_not_there_or_holds_no_rule_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, v) = refused(tmp.path(), &["egna-regler"]);
    assert_eq!(
        messages(&v),
        [(
            "catalogue.io".to_owned(),
            "cannot read the policy pack at egna-regler: no such folder".to_owned()
        )]
    );
    std::fs::create_dir(tmp.path().join("tom")).unwrap();
    let (_, v) = refused(tmp.path(), &["tom"]);
    assert_eq!(
        messages(&v),
        [(
            "catalogue.io".to_owned(),
            "cannot read the policy pack at tom: no .rego files".to_owned()
        )]
    );
    std::fs::create_dir(tmp.path().join("lib")).unwrap();
    std::fs::write(
        tmp.path().join("lib/kommun.rego"),
        "package provkoll.lib.kommun\n\ndomain := \"exempelby.se\"\n",
    )
    .unwrap();
    let (_, v) = refused(tmp.path(), &["lib"]);
    assert_eq!(messages(&v)[0].0, "catalogue.no_local_rules");
}

#[test]
fn every_folders_problems_are_reported_together() {
    let (tmp, _) = folder_with(
        "a/kommun/puba_diarienummer.rego",
        &local_rule().replace("KOMMUN-001", "GDPR-001"),
    );
    let (_, v) = refused(tmp.path(), &["a", "saknas"]);
    let kinds: Vec<String> = messages(&v).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, ["catalogue.id_clash", "catalogue.io"]);
}

#[test]
fn a_folder_named_twice_is_added_once() {
    let (code, v, err) = check_example("json", &["--policies-extra", &format!("{LOCAL}/")]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(rules_at(&v).len(), 2);
}

#[test]
fn local_rules_add_to_a_policies_pack_too() {
    let (code, out, err) = run(&[
        "rules",
        "--format",
        "json",
        "--policies",
        "policies",
        "--policies-extra",
        LOCAL,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let packs: std::collections::BTreeSet<String> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pack"].to_string())
        .collect();
    assert_eq!(
        packs,
        [
            json!({"kind": "local", "dir": LOCAL}).to_string(),
            json!({"kind": "policies", "dir": "policies"}).to_string(),
        ]
        .into_iter()
        .collect()
    );
    let (code, v, err) = check_example("json", &["--policies", "policies"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(rules_at(&v).len(), 2);
    let (_, text, _) = run(&[
        "fingerprint",
        EXAMPLE,
        "--as-of",
        AS_OF,
        "--policies",
        "policies",
        "--policies-extra",
        LOCAL,
    ]);
    assert!(
        text.contains(&format!(
            "policy pack: the pack in policies + 2 local rules from {LOCAL}\n"
        )),
        "{text}"
    );
    // a local rule may not take an ID of the pack it is added to, whichever that is
    let (tmp, dir) = folder_with(
        "kommun/puba_diarienummer.rego",
        &local_rule().replace("KOMMUN-001", "ORG-001"),
    );
    let policies = root().join("policies");
    let (code, _, err) = run_in(
        tmp.path(),
        &[
            "rules",
            "--policies",
            policies.to_str().unwrap(),
            "--policies-extra",
            &dir,
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "rule ID ORG-001 is already used by {}/org/",
            policies.display()
        )),
        "{err}"
    );
}

/// `provkoll test` with `args`, run in `cwd`.
fn test_in(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["test"];
    all.extend(args);
    run_in(cwd, &all)
}

#[test]
fn provkoll_test_runs_the_bundled_and_the_local_tests_together() {
    let (code, out, err) = test_in(&root(), &["--policies-extra", LOCAL]);
    assert_eq!(code, 0, "{out}\n{err}");
    let (_, bundled, _) = test_in(&root(), &[]);
    let count = |text: &str| text.lines().filter(|l| l.starts_with("PASS")).count();
    assert_eq!(count(&out), count(&bundled) + 8, "{out}");
    assert!(
        out.contains("PASS  data.provkoll.rules.kommun.puba_diarienummer_test.test_processor_without_notes_fires\n"),
        "{out}"
    );
    assert_eq!(
        out.lines().last().unwrap(),
        format!("{} passed, 0 failed", count(&bundled) + 8)
    );

    // a failing local test fails the run, with its file and line
    let (tmp, dir) = local_copy();
    let test = dir.join("kommun/egen_epostdoman_test.rego");
    let text = std::fs::read_to_string(&test).unwrap();
    std::fs::write(
        &test,
        text.replace("dnp@utbildning.exempelby.se", "dnp@exempelby.com"),
    )
    .unwrap();
    let (code, out, _) = test_in(
        tmp.path(),
        &["--policies-extra", "regler", "--format", "json"],
    );
    assert_eq!(code, 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let failed: Vec<&Value> = v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["outcome"] != "pass")
        .collect();
    assert_eq!(failed.len(), 1, "{v:#}");
    assert_eq!(failed[0]["name"], "test_subdomain_is_quiet");
    assert_eq!(failed[0]["file"], "regler/kommun/egen_epostdoman_test.rego");
    assert_eq!(failed[0]["line"], 22);

    // a broken local rule: nothing is tested
    let rule = dir.join("kommun/egen_epostdoman.rego");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, text.replace("KOMMUN-002", "KOMMUN-001")).unwrap();
    let (code, out, err) = test_in(tmp.path(), &["--policies-extra", "regler"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("rule ID KOMMUN-001 is already used by regler/kommun/"),
        "{err}"
    );
}

#[test]
fn a_local_test_may_import_a_bundled_rule() {
    let (tmp, dir) = local_copy();
    std::fs::write(
        dir.join("kommun/bundled_test.rego"),
        "package provkoll.rules.kommun.bundled_test\n\n\
         import data.provkoll.lib.testdata\n\
         import data.provkoll.rules.gdpr.processor_dpa\n\n\
         test_the_bundled_rule_is_quiet_on_the_fixture if {\n\
         \tprocessor_dpa.deny == set() with input as testdata.base\n}\n",
    )
    .unwrap();
    let (code, out, err) = test_in(tmp.path(), &["--policies-extra", "regler"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains("PASS  data.provkoll.rules.kommun.bundled_test.test_the_bundled_rule_is_quiet_on_the_fixture\n"),
        "{out}"
    );
}

#[test]
fn a_scaffold_filled_in_loads_as_a_local_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = test_in(tmp.path(), &[]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run_in(
        tmp.path(),
        &["new-rule", "kommun/skolenhetskod", "--dir", "egna"],
    );
    assert_eq!(code, 0, "{err}");
    // a folder other than ./policies is told how to test it beside the bundled pack
    assert!(
        out.contains("then run: provkoll test --policies-extra egna (or provkoll test egna if"),
        "{out}"
    );
    // unfilled, it is refused
    let (code, _, err) = test_in(tmp.path(), &["--policies-extra", "egna"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("egna/kommun/skolenhetskod.rego:8:10: METADATA not filled in"),
        "{err}"
    );
    let rule = tmp.path().join("egna/kommun/skolenhetskod.rego");
    let filled: String = std::fs::read_to_string(&rule)
        .unwrap()
        .lines()
        .map(|line| {
            let line = if line.contains("ref: CHANGE-ME") {
                "#   - ref: https://example.org/provkoll/skolenhetskod".to_owned()
            } else if line.contains("severity: CHANGE-ME") {
                "#   severity: error".to_owned()
            } else {
                line.replace("CHANGE-ME", "Filled in")
            };
            line + "\n"
        })
        .collect();
    std::fs::write(&rule, filled).unwrap();
    let (code, out, err) = test_in(tmp.path(), &["--policies-extra", "egna"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains("PASS  data.provkoll.rules.kommun.skolenhetskod_test."),
        "{out}"
    );
    let example = root().join("examples/01-ready-kommun");
    let (code, out, err) = run_in(
        tmp.path(),
        &[
            "check",
            example.to_str().unwrap(),
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--policies-extra",
            "egna",
        ],
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["rules_evaluated"], bundled_rule_count() + 1);
}

#[test]
fn local_rules_run_compiled_and_agree_with_the_interpreter() {
    use provkoll::pack::engine::{Backend, EvalOptions};
    use provkoll::pack::{Pack, PackSource};
    let source = PackSource::bundled().with_extras([root().join(LOCAL)]);
    let pack = Pack::load(&source).unwrap();
    assert!(pack.evaluator.precompiled());
    let compiled = pack.evaluator.compiled_entry_points();
    for rule in [
        "data.provkoll.rules.kommun.puba_diarienummer.deny",
        "data.provkoll.rules.kommun.egen_epostdoman.deny",
        "data.provkoll.rules.org.org_nr_valid.deny",
    ] {
        assert!(compiled.iter().any(|e| e == rule), "{rule}: {compiled:?}");
    }
    let checked = provkoll::check::run(
        &pack,
        provkoll::check::Inputs::Paths(vec![root().join(EXAMPLE)]),
        &provkoll::check::CheckOptions::new(provkoll::base::date::Date::parse(AS_OF).unwrap()),
    );
    let input = &checked.input.value;
    let by = |backend| {
        let (mut v, p) = pack.evaluate(
            input,
            &EvalOptions {
                backend,
                progress: None,
            },
        );
        assert!(p.is_empty());
        v.sort_by_key(|v| (v.rule, v.message.en.clone()));
        v
    };
    let compiled = by(Backend::Compiled);
    assert_eq!(compiled.len(), 2);
    assert_eq!(compiled, by(Backend::Interpreter));
}

#[test]
fn local_rules_with_crlf_line_endings_work_and_fingerprint_alike() {
    let (tmp, dir) = local_copy();
    let lf = fingerprints(tmp.path(), "regler");
    for entry in std::fs::read_dir(dir.join("kommun")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace('\n', "\r\n")).unwrap();
    }
    assert_eq!(fingerprints(tmp.path(), "regler"), lf);
    let example = root().join(EXAMPLE);
    let (code, out, err) = run_in(
        tmp.path(),
        &[
            "check",
            example.to_str().unwrap(),
            "--no-settings",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--policies-extra",
            "regler",
        ],
    );
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rules_at(&v).len(), 2);
    let (code, out, _) = test_in(tmp.path(), &["--policies-extra", "regler"]);
    assert_eq!(code, 0, "{out}");
}

/// provkoll.toml's `policies_extra` adds the folder as the flag does, for the commands that
/// check a PATH and, run in that folder, for `rules`, `explain` and `test`; the folder is named
/// relative to where provkoll runs, never by an absolute path.
#[test]
fn the_settings_file_adds_the_local_rules_to_every_command() {
    let ex = root().join(EXAMPLE);
    let (code, out, err) = run(&["check", EXAMPLE, "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["settings"], "provkoll.toml");
    let dirs: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["pack"]["dir"])
        .collect();
    assert_eq!(dirs, [&json!(LOCAL), &json!(LOCAL)]);

    let (code, out, _) = run_in(&ex, &["check", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["findings"][0]["pack"],
        json!({"kind": "local", "dir": "egna-regler"})
    );

    let count = |cwd: &Path| {
        let (code, out, _) = run_in(cwd, &["rules", "--format", "json"]);
        assert_eq!(code, 0);
        let v: Value = serde_json::from_str(&out).unwrap();
        v["rules"].as_array().unwrap().len()
    };
    assert_eq!(count(&ex), count(&root()) + 2);
    let (code, out, _) = run_in(&ex, &["explain", "KOMMUN-001"]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = run_in(&ex, &["test"]);
    assert_eq!(code, 0);
    assert!(out.contains("egen_epostdoman_test"), "{out}");

    let (code, _, err) = run_in(
        &ex,
        &["explain", "KOMMUN-001", "--policies", "../../policies"],
    );
    assert_eq!(
        code, 0,
        "--policies replaces the bundled pack; the file still adds: {err}"
    );
    let (code, _, _) = run(&["explain", "KOMMUN-001"]);
    assert_eq!(
        code, 2,
        "outside the example no provkoll.toml adds the rule"
    );
}
