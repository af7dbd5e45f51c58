//! Every rule's messages: each in both languages, each reached, each key a rule returns has a
//! template, and a Swedish message reads as none of the English templates (and the reverse).
//!
//! The fixtures are every example, every domain case (`tests/fixtures/domain/`) and this test's
//! own cases (`tests/fixtures/messages/`, laid over the first example), checked
//! in-process; a template no fixture reaches must be asserted by a Rego test of its rule
//! (`v.message == "<key>"` in `<slug>_test.rego`), which `tests/policies.rs` runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use std::collections::{BTreeMap, BTreeSet};

use provkoll::base::lang::Lang;
use provkoll::check::finding::Finding;
use provkoll::pack::catalogue::{Catalogue, Rule};
use provkoll::pack::messages::slots;

mod common;
use common::{AS_OF, checked, domain_case, root, source_pack};

/// The rules that still return an English `msg` (no `custom.messages` yet). It only shrinks: a
/// test fails when a rule listed here has templates, or one not listed has none.
const NOT_YET_CONVERTED: &[&str] = &[];

/// Every finding of every fixture, with the fixture's name.
fn fixture_findings() -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    let mut add = |name: String, path: &std::path::Path| {
        let run = checked(path, AS_OF);
        let bad: Vec<String> = run
            .report
            .problems
            .iter()
            .filter(|p| p.error.rule().is_some())
            .map(|p| p.error.to_string())
            .collect();
        assert!(bad.is_empty(), "{name}: a rule failed: {bad:#?}");
        out.extend(run.report.findings.into_iter().map(|f| (name.clone(), f)));
    };
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            add(
                path.file_name().unwrap().to_string_lossy().into_owned(),
                &path,
            );
        }
    }
    // cases of this test's own, laid over the first example as a domain case is
    for entry in std::fs::read_dir(root().join("tests/fixtures/messages")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let (_dir, repo) = common::example_copy("01-ready-kommun");
            common::copy_dir(&path, &repo);
            add(
                format!("messages/{}", path.file_name().unwrap().to_string_lossy()),
                &repo,
            );
        }
    }
    for entry in std::fs::read_dir(root().join("tests/fixtures/domain")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let case = path.file_name().unwrap().to_string_lossy().into_owned();
            let (_dir, repo) = domain_case(&case);
            add(format!("domain/{case}"), &repo);
        }
    }
    out
}

/// The keys a rule's Rego tests assert it returns: every string its test module compares with
/// (`v.message == "<key>"`, or a key inside a literal set of `[v.message, ...]`), that is, every
/// string literal of the module. A literal that happens to equal a key counts too: the check is
/// that a key is tested somewhere, and the Rego tests check that it holds.
fn mentioned_keys(rule: &Rule) -> BTreeSet<String> {
    test_module(rule)
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_owned)
        .collect()
}

/// The keys a rule's Rego tests compare a violation's `message` with (`.message == "<key>"`):
/// each must have a template.
fn compared_keys(rule: &Rule) -> BTreeSet<String> {
    test_module(rule)
        .split(".message == \"")
        .skip(1)
        .filter_map(|part| part.split_once('"').map(|(key, _)| key.to_owned()))
        .collect()
}

fn test_module(rule: &Rule) -> String {
    let test = rule.file.replace(".rego", "_test.rego");
    std::fs::read_to_string(root().join(test)).unwrap_or_default()
}

/// A template as a pattern its rendered messages match: each `{slot}` any text.
fn pattern(template: &str) -> regex::Regex {
    let mut re = String::from("^");
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        re.push_str(&regex::escape(&rest[..open]));
        let after = &rest[open + 1..];
        match after.split_once('}') {
            Some((name, tail)) if slots(&format!("{{{name}}}")) == [name] => {
                re.push_str("(?s:.*)");
                rest = tail;
            }
            _ => {
                re.push_str(&regex::escape("{"));
                rest = after;
            }
        }
    }
    re.push_str(&regex::escape(rest));
    re.push('$');
    regex::Regex::new(&re).unwrap()
}

#[test]
fn every_rule_has_its_messages_in_both_languages_and_the_list_of_the_rest_only_shrinks() {
    let pack = source_pack();
    for rule in pack.rules.iter() {
        let listed = NOT_YET_CONVERTED.contains(&rule.id.as_str());
        assert_eq!(
            rule.messages.is_empty(),
            listed,
            "{}: {}",
            rule.id,
            if listed {
                "has templates now: take it off NOT_YET_CONVERTED"
            } else {
                "has no `custom.messages`"
            }
        );
        for (key, t) in &rule.messages {
            assert!(!t.en.is_empty() && !t.sv.is_empty(), "{} {key}", rule.id);
            assert_ne!(t.en, t.sv, "{} {key}: the Swedish is the English", rule.id);
        }
    }
}

#[test]
fn every_key_a_rule_returns_has_a_template_and_every_template_is_reached() {
    let pack = source_pack();
    let findings = fixture_findings();
    let mut reached: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (fixture, f) in &findings {
        let rule = pack.rule(&f.rule).unwrap();
        match &f.message_key {
            Some(key) => {
                assert!(
                    rule.messages.contains_key(key),
                    "{fixture}: {} returned `{key}`, which has no template",
                    f.rule
                );
                reached.entry(&rule.id).or_default().insert(key.clone());
            }
            None => assert!(
                rule.messages.is_empty(),
                "{fixture}: {} returned a literal message though it has templates",
                f.rule
            ),
        }
    }
    let mut never = Vec::new();
    for rule in &pack.rules {
        let asserted = mentioned_keys(rule);
        for key in &compared_keys(rule) {
            assert!(
                rule.messages.contains_key(key),
                "{}'s tests assert `{key}`, which has no template",
                rule.id
            );
        }
        for key in rule.messages.keys() {
            let by_fixture = reached
                .get(rule.id.as_str())
                .is_some_and(|k| k.contains(key));
            if !by_fixture && !asserted.contains(key) {
                never.push(format!("{} {key}", rule.id));
            }
        }
    }
    assert!(
        never.is_empty(),
        "templates no fixture reaches and no Rego test asserts: {never:#?}"
    );
}

#[test]
fn a_message_in_one_language_reads_as_no_template_of_the_other() {
    let pack = source_pack();
    let templates = |lang: Lang| -> Vec<(String, regex::Regex)> {
        pack.rules
            .iter()
            .flat_map(|r| {
                r.messages
                    .iter()
                    .map(move |(k, t)| (format!("{} {k}", r.id), pattern(t.get(lang))))
            })
            .collect()
    };
    let (en, sv) = (templates(Lang::En), templates(Lang::Sv));
    let mut seen = 0;
    for (fixture, f) in fixture_findings() {
        if f.message_key.is_none() {
            continue;
        }
        seen += 1;
        for (lang, others) in [(Lang::Sv, &en), (Lang::En, &sv)] {
            let text = f.message_in(lang);
            if let Some((name, _)) = others.iter().find(|(_, re)| re.is_match(text)) {
                panic!(
                    "{fixture}: {}'s {lang:?} message {text:?} reads as {name}",
                    f.rule
                );
            }
        }
    }
    assert!(seen > 0, "no fixture reached a template");
    // and the templates themselves, their slots filled with a word that is in neither language
    for (lang, own, others) in [(Lang::Sv, &sv, &en), (Lang::En, &en, &sv)] {
        for rule in &pack.rules {
            for (key, t) in &rule.messages {
                let filled = slots(t.get(lang))
                    .into_iter()
                    .fold(t.get(lang).to_owned(), |s, n| {
                        s.replace(&format!("{{{n}}}"), "X")
                    });
                assert!(own.iter().any(|(_, re)| re.is_match(&filled)));
                if let Some((name, _)) = others.iter().find(|(_, re)| re.is_match(&filled)) {
                    panic!("{} {key} in {lang:?} reads as {name}: {filled:?}", rule.id);
                }
            }
        }
    }
}

/// Every rule's every message, in both languages, with its arguments shown: one file a reviewer
/// reads whole.
fn every_message(pack: &Catalogue) -> String {
    let mut out = String::new();
    for rule in &pack.rules {
        out.push_str(&format!("## {} {}\n", rule.id, rule.title));
        out.push_str(&format!("## {} {}\n", rule.id, rule.title_sv));
        if rule.messages.is_empty() {
            out.push_str("(no templates: the rule returns an English `msg`)\n");
        }
        for (key, t) in &rule.messages {
            out.push_str(&format!("{key}\n  en: {}\n  sv: {}\n", t.en, t.sv));
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_message_in_both_languages_is_pinned() {
    insta::assert_snapshot!(every_message(&source_pack()));
}

#[test]
fn a_template_naming_an_argument_the_violation_lacks_is_an_error_against_its_rule() {
    // a copy of a bundled rule whose template names an argument the rule does not return
    let pack = source_pack();
    let rule = pack.rule("DATA-003").unwrap();
    let text = std::fs::read_to_string(root().join(&rule.file)).unwrap();
    let broken = text.replace(
        "ingen provperiod är införd (organiser.exam_windows)",
        "ingen provperiod är införd ({missing})",
    );
    let broken = broken.replace(
        "no exam window is configured (organiser.exam_windows)",
        "no exam window is configured ({missing})",
    );
    assert_ne!(broken, text);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("policies/data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("exam_windows.rego"), &broken).unwrap();
    // and one whose rule returns a key without a template
    let unknown = broken
        .replace("\"message\": \"none\"", "\"message\": \"nothing\"")
        .replace("data.exam_windows", "data.exam_windows_b")
        .replace("DATA-003", "DATA-903");
    std::fs::write(data.join("exam_windows_b.rego"), &unknown).unwrap();
    std::fs::write(
        data.join("values.rego"),
        std::fs::read_to_string(root().join("policies/lib/values.rego")).unwrap(),
    )
    .unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let example = std::fs::read_to_string(root().join("examples/01-ready-kommun/organiser.yaml"))
        .unwrap_or_default();
    assert!(!example.is_empty(), "the example has an organiser.yaml");
    let without_windows: String = {
        // drop the exam_windows block so that the rule's `none` case fires
        let mut keep = Vec::new();
        let mut skipping = false;
        for line in example.lines() {
            if line.starts_with("exam_windows:") {
                skipping = true;
                keep.push("exam_windows: []");
                continue;
            }
            if skipping && (line.starts_with(' ') || line.starts_with('-') || line.is_empty()) {
                continue;
            }
            skipping = false;
            keep.push(line);
        }
        keep.join("\n") + "\n"
    };
    std::fs::write(config.join("organiser.yaml"), without_windows).unwrap();
    let (code, out) = common::run(&[
        "check",
        config.to_str().unwrap(),
        "--policies",
        dir.path().join("policies").to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(code, 2, "{v:#}");
    let errors: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert!(
        errors.iter().any(|e| e.contains("rule DATA-003")
            && e.contains("`{missing}`, but the violation's `args` has no `missing`")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("rule DATA-903")
                && e.contains("message key `nothing` has no template")),
        "{errors:#?}"
    );
    // never a `{name}` in a finding
    assert!(!String::from_utf8_lossy(&out).contains("{missing}\""));
}
