//! The compiled engine (regorus' RVM) against the interpreter, the reference the Rego unit tests
//! run in: every rule must give the same violations on every example, on the starter `init`
//! writes, on generated repos, and on a copy of example 01 seeded with identity numbers and
//! secrets. Also: every bundled rule really is compiled (none falls back unnoticed), and the
//! string lines provkoll puts in `input.context` equal what `testdata.indexed` builds in Rego.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly

mod common;
#[path = "../benches/generator.rs"]
mod generator;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::checked;
use common::{AS_OF, copy_dir, root};
use provkoll::pack::engine::{Backend, EvalOptions};
use provkoll::pack::layout::TIMELINE_QUERY;
use provkoll::pack::violation::Violation;
use provkoll::pack::{Pack, PackSource};
use serde_json::Value;

/// Violations as comparable text, sorted: rule, path, subject, message, args, severity.
fn described(vs: &[Violation]) -> Vec<String> {
    let mut out: Vec<String> = vs.iter().map(|v| format!("{v:?}")).collect();
    out.sort();
    out
}

/// Both engines on one configuration; returns how many violations they agreed on.
fn same_on(path: &Path, as_of: &str) -> usize {
    let c = checked(path, as_of);
    let pack = &c.pack;
    let with = |backend| EvalOptions {
        backend,
        progress: None,
    };
    let (compiled, p1) = pack.evaluate(&c.input.value, &with(Backend::Compiled));
    let (interpreted, p2) = pack.evaluate(&c.input.value, &with(Backend::Interpreter));
    assert!(p1.is_empty() && p2.is_empty(), "{p1:?} {p2:?}");
    let (a, b) = (described(&compiled), described(&interpreted));
    assert_eq!(a, b, "{}: the engines disagree", path.display());
    // The timeline helper is compiled too.
    let t1 = pack.query(&c.input.value, TIMELINE_QUERY, Backend::Compiled);
    let t2 = pack.query(&c.input.value, TIMELINE_QUERY, Backend::Interpreter);
    assert_eq!(t1, t2, "{}: the timelines disagree", path.display());
    a.len()
}

fn examples() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn both_engines_agree_on_every_example_at_every_date_it_names() {
    let mut total = 0;
    for dir in examples() {
        for date in [AS_OF, "2027-04-20", "2027-06-01"] {
            total += same_on(&dir, date);
        }
    }
    // The examples hold findings of many rules; agreeing on nothing would prove nothing.
    assert!(total > 50, "only {total} violations compared");
}

#[test]
fn both_engines_agree_on_the_starter_and_on_generated_repos() {
    let dir = tempfile::tempdir().unwrap();
    let starter = dir.path().join("starter");
    let out = common::provkoll()
        .args(["init", starter.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(same_on(&starter, AS_OF) > 10);
    for (n, seed) in [(30, generator::SEED), (60, 7)] {
        let repo = dir.path().join(format!("gen-{n}"));
        generator::generate(n, seed).write(&repo).unwrap();
        assert!(same_on(&repo, generator::AS_OF) > 0);
    }
}

#[test]
fn both_engines_agree_where_numbers_and_secrets_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    copy_dir(&root().join("examples/01-ready-kommun"), &repo);
    let pnr = common::personnummer("811218987");
    let samordning = common::personnummer("701063239");
    let organiser = repo.join("organiser.yaml");
    let mut text = std::fs::read_to_string(&organiser).unwrap();
    text.push_str(&format!(
        "notes: \"Kontakt {pnr}; reserv {samordning}; -----BEGIN RSA PRIVATE KEY----- x\"\n"
    ));
    std::fs::write(&organiser, text).unwrap();
    std::fs::write(
        repo.join("extra.yaml"),
        format!(
            "apiVersion: provkoll/v1\nkind: Person\nid: extra\nname: Extra Exempelsson\nemail: extra@exempelby.example\nnotes: \"{}\"\n",
            common::personnummer("020229123")
        ),
    )
    .unwrap();
    let c = checked(&repo, AS_OF);
    let rules: BTreeSet<String> = c.report.findings.iter().map(|f| f.rule.clone()).collect();
    assert!(
        rules.contains("DATA-001") && rules.contains("DATA-002"),
        "the seeded values must be found: {rules:?} {:?}",
        c.report.problems
    );
    // 2002-02-29 is no date: the Person's notes hold a number that passes Luhn but is not one
    let data_001: Vec<&str> = c
        .report
        .findings
        .iter()
        .filter(|f| f.rule == "DATA-001")
        .map(|f| f.path.as_str())
        .collect();
    assert!(
        data_001.iter().all(|p| p.starts_with("organiser")),
        "{data_001:?}"
    );
    assert!(same_on(&repo, AS_OF) >= 3);
}

#[test]
fn both_engines_agree_when_a_person_id_repeats() {
    // people.person takes the first Person of an id; a repeated id takes the slower way there,
    // which must give the same in both engines: the second `calle` has left, the first has not.
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    copy_dir(&root().join("examples/01-ready-kommun"), &repo);
    let people = repo.join("people.yaml");
    let mut text = std::fs::read_to_string(&people).unwrap();
    text.push_str("---\napiVersion: provkoll/v1\nkind: Person\nid: calle\nname: Calle Andersson\nemail: calle.andersson@exempelby.se\nemployment_end: 2026-01-31\n");
    std::fs::write(&people, text).unwrap();
    let c = checked(&repo, AS_OF);
    assert!(
        !c.report.findings.iter().any(|f| f.rule == "ROLE-003"),
        "the first calle holds the transfer role and is employed: {:?}",
        c.report.findings
    );
    same_on(&repo, AS_OF);
}

#[test]
fn every_bundled_rule_and_the_timeline_are_compiled() {
    let pack = Pack::load(&PackSource::bundled()).unwrap();
    // Compiled with the binary (build.rs), not at start-up.
    assert!(pack.evaluator.precompiled());
    let compiled = pack.evaluator.compiled_entry_points();
    let mut missing: Vec<String> = pack
        .catalogue
        .rules
        .iter()
        .filter(|r| !r.builtin)
        .map(|r| r.entry_point())
        .filter(|e| !compiled.contains(e))
        .collect();
    if !compiled.iter().any(|e| e == TIMELINE_QUERY) {
        missing.push(TIMELINE_QUERY.to_owned());
    }
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "these run in the interpreter"
    );
}

#[test]
fn a_rule_the_compiler_cannot_take_runs_in_the_interpreter() {
    // `walk` has no RVM instruction: this rule is interpreted, and still reports.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("policies"), dir.path());
    std::fs::create_dir_all(dir.path().join("test")).unwrap();
    std::fs::write(
        dir.path().join("test/walker.rego"),
        "# METADATA\n# title: Test rule\n# related_resources:\n#   - ref: https://www.skolverket.se/digitala-nationella-prov\n# custom:\n#   id: TEST-001\n#   severity: error\n#   title_sv: Testregel\n#   hint: Nothing to do.\npackage provkoll.rules.test.walker\n\ndeny contains {\"path\": path, \"msg\": \"an organiser\"} if {\n\twalk(input.organiser, [p, _])\n\tcount(p) == 0\n\tpath := [\"organiser\"]\n}\n",
    )
    .unwrap();
    let pack = Pack::load(&PackSource::dir(dir.path().to_path_buf())).unwrap();
    assert!(!pack.evaluator.precompiled());
    let compiled = pack.evaluator.compiled_entry_points();
    assert!(!compiled.contains(&"data.provkoll.rules.test.walker.deny".to_owned()));
    assert!(compiled.contains(&"data.provkoll.rules.org.org_nr_valid.deny".to_owned()));
    let c = checked(&root().join("examples/01-ready-kommun"), AS_OF);
    let (vs, problems) = pack.evaluate(&c.input.value, &EvalOptions::default());
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<&str> = vs
        .iter()
        .map(|v| pack.catalogue.rules[v.rule].id.as_str())
        .collect();
    assert_eq!(ids, ["TEST-001"]);
}

/// The lines of `input.context.lines`, from every piece of it (lib/nodes.rego).
fn text_lines(text: &regorus::Value) -> impl Iterator<Item = &str> {
    let pieces = text.as_array().unwrap();
    assert!(pieces.iter().all(|p| !p.as_string().unwrap().is_empty()));
    pieces
        .iter()
        .flat_map(|p| p.as_string().unwrap().split('\n'))
}

#[test]
fn the_string_lines_equal_what_the_rule_tests_build_in_rego() {
    let c = checked(&root().join("examples/02-fristaende-koncern"), AS_OF);
    let mut engine = regorus::Engine::new();
    let testdata = root().join("policies/lib/testdata.rego");
    engine
        .add_policy(
            "lib/testdata.rego".to_owned(),
            std::fs::read_to_string(testdata).unwrap(),
        )
        .unwrap();
    let given = c.input.value["context"].clone();
    engine.set_input(c.input.value.clone());
    let results = engine
        .eval_query(
            "x := data.provkoll.lib.testdata.indexed(input)".to_owned(),
            false,
        )
        .unwrap();
    let built = &results.result[0].bindings[&regorus::Value::from("x")]["context"];
    // Compared as parsed (path, string) pairs: the two JSON writers may escape differently.
    let lines = |v: &regorus::Value| -> BTreeSet<String> {
        text_lines(v)
            .map(|line| {
                let (path, s) = line.split_once('\t').unwrap();
                let parsed = |t: &str| serde_json::from_str::<Value>(t).unwrap();
                format!("{} {}", parsed(path), parsed(s))
            })
            .collect()
    };
    let (given, built) = (lines(&given["lines"]), lines(&built["lines"]));
    assert_eq!(given, built);
    assert!(given.len() > 50, "{}", given.len());
}

#[test]
fn the_people_index_equals_what_lib_people_builds_in_rego() {
    let pack = Pack::load(&PackSource::bundled()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // a repeated id: the index must name the first Person with it, as the Rego does
    let repeated = dir.path().join("repeated");
    copy_dir(&root().join("examples/01-ready-kommun"), &repeated);
    let people = std::fs::read_to_string(repeated.join("people.yaml")).unwrap();
    let first_id = people
        .lines()
        .find_map(|l| l.strip_prefix("id: "))
        .unwrap()
        .to_owned();
    std::fs::write(
        repeated.join("people.yaml"),
        format!("{people}\n---\napiVersion: provkoll/v1\nkind: Person\nid: {first_id}\nname: Andra Exempelsson\n"),
    )
    .unwrap();
    let generated = dir.path().join("gen");
    generator::generate(60, 7).write(&generated).unwrap();
    for (repo, as_of, repeats) in [
        (root().join("examples/02-fristaende-koncern"), AS_OF, 0),
        (repeated, AS_OF, 1),
        (generated, generator::AS_OF, 0),
    ] {
        let c = checked(&repo, as_of);
        let given = serde_json::to_value(&c.input.value["context"]["people_index"]).unwrap();
        let built = pack
            .query(
                &c.input.value,
                "data.provkoll.lib.people._built_index",
                Backend::Interpreter,
            )
            .unwrap();
        assert_eq!(given, built, "{}", repo.display());
        let ids = given.as_object().unwrap().len();
        assert!(ids > 5, "{given}");
        let people = c.input.value["people"].as_array().unwrap().len();
        assert_eq!(people, ids + repeats, "{}", repo.display());
    }
}

/// The language server does not keep the text of every string to compare it between runs: it
/// takes it to have changed where what `derived_from` names did. It must then be made from those
/// parts alone (example 09 has a register snapshot, which it must leave out).
#[test]
fn the_text_comes_from_the_parts_it_is_said_to_derive_from() {
    use provkoll::pack::depends::derived_from;
    let c = checked(&root().join("examples/09-skolenhetsregistret"), AS_OF);
    assert!(c.input.value["registry"].as_object().is_ok());
    let from = derived_from("lines");
    let mut seen = BTreeSet::new();
    for line in text_lines(&c.input.value["context"]["lines"]) {
        let (path, json) = line.split_once('\t').unwrap();
        let path: Vec<Value> = serde_json::from_str(path).unwrap();
        let tops: Vec<String> = match path.first() {
            Some(top) => vec![top.as_str().unwrap().to_owned()],
            // the line of `input` itself: its keys
            None => match serde_json::from_str(json).unwrap() {
                Value::Object(keys) => keys.keys().cloned().collect(),
                other => panic!("{other}"),
            },
        };
        for top in tops {
            assert!(from.contains(&top.as_str()), "{line}");
            seen.insert(top);
        }
    }
    assert!(seen.len() >= 5, "{seen:?}");
}
