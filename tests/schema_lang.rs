//! The JSON Schemas and the `init` starters in both languages (issue 18, item 5): every
//! description of the configuration's and the settings file's schema has a Swedish twin, `schema
//! --lang sv` prints them, and `init --lang sv` writes Swedish comments and the Swedish schemas,
//! with the same data and the same findings as the English starter.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use std::collections::BTreeSet;

use common::{check_json, provkoll, rules_at, run_json};
use provkoll::base::lang::Lang;
use provkoll::config::schema::{DESCRIPTION_SV, document_schema};
use provkoll::config::settings;
use serde_json::Value;

/// Descriptions that are the same word in both languages: the language's own name.
const SAME_IN_BOTH: [&str; 1] = ["Svenska."];

/// Walk the English and the Swedish schema together: the same shape and the same values
/// everywhere, but each `description`, which must be a non-empty Swedish text of its own.
/// Returns how many descriptions were compared.
fn same_but_descriptions(en: &Value, sv: &Value, at: &str) -> usize {
    match (en, sv) {
        (Value::Object(e), Value::Object(s)) => {
            let (ek, sk): (Vec<&String>, Vec<&String>) = (e.keys().collect(), s.keys().collect());
            assert_eq!(sk, ek, "{at}: the same keys in the same order");
            assert!(
                !e.contains_key(DESCRIPTION_SV) && !s.contains_key(DESCRIPTION_SV),
                "{at}: no twin left in a printed schema"
            );
            let mut n = 0;
            for (key, e_value) in e {
                let s_value = &s[key];
                let here = format!("{at}/{key}");
                if key == "description" {
                    let (et, st) = (e_value.as_str().unwrap(), s_value.as_str().unwrap());
                    assert!(!st.trim().is_empty(), "{here}: empty");
                    if !SAME_IN_BOTH.contains(&st) {
                        assert_ne!(st, et, "{here}: no Swedish twin");
                    }
                    n += 1;
                } else {
                    n += same_but_descriptions(e_value, s_value, &here);
                }
            }
            n
        }
        (Value::Array(e), Value::Array(s)) => {
            assert_eq!(s.len(), e.len(), "{at}");
            e.iter()
                .zip(s)
                .enumerate()
                .map(|(i, (e, s))| same_but_descriptions(e, s, &format!("{at}/{i}")))
                .sum()
        }
        _ => {
            assert_eq!(sv, en, "{at}");
            0
        }
    }
}

/// Every `description` string anywhere in `schema`.
fn descriptions(schema: &Value) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    fn walk(v: &Value, found: &mut BTreeSet<String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    match (k.as_str(), x) {
                        ("description", Value::String(s)) => {
                            found.insert(s.clone());
                        }
                        _ => walk(x, found),
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, found)),
            _ => {}
        }
    }
    walk(schema, &mut found);
    found
}

#[test]
fn every_description_of_both_schemas_has_a_swedish_twin() {
    let config = same_but_descriptions(
        &document_schema(Lang::En),
        &document_schema(Lang::Sv),
        "config",
    );
    let settings = same_but_descriptions(
        &settings::schema(Lang::En),
        &settings::schema(Lang::Sv),
        "toml",
    );
    // the model has some two hundred; comparing none would prove nothing
    assert!(config > 150 && settings > 10, "{config}, {settings}");
}

#[test]
fn schema_lang_sv_prints_swedish_descriptions_only() {
    for extra in [&[][..], &["--settings"][..]] {
        let mut en_args = vec!["schema"];
        en_args.extend(extra);
        let (code, default) = run_json(&en_args);
        assert_eq!(code, 0);
        en_args.extend(["--lang", "en"]);
        let (_, en) = run_json(&en_args);
        assert_eq!(en, default, "{extra:?}: English without a flag or a locale");
        let mut sv_args = vec!["schema"];
        sv_args.extend(extra);
        sv_args.extend(["--lang", "sv"]);
        let (code, sv) = run_json(&sv_args);
        assert_eq!(code, 0);
        let english = descriptions(&en);
        let left: Vec<String> = descriptions(&sv)
            .into_iter()
            .filter(|d| english.contains(d) && !SAME_IN_BOTH.contains(&d.as_str()))
            .collect();
        assert!(left.is_empty(), "{extra:?}: English left: {left:?}");
    }
    let (_, sv) = run_json(&["schema", "--lang", "sv"]);
    let legal_form = &sv["$defs"]["LegalForm"]["description"];
    assert!(
        legal_form
            .as_str()
            .unwrap()
            .starts_with("Huvudmannens juridiska form: `kommun`"),
        "{legal_form}"
    );
    let (_, sv) = run_json(&["schema", "--settings", "--lang", "sv"]);
    let fail_on = sv["properties"]["fail_on"]["description"].as_str().unwrap();
    assert!(fail_on.starts_with("Lägsta allvarlighetsgrad"), "{fail_on}");
}

#[test]
fn schema_follows_the_locale_as_other_commands_do() {
    let out = provkoll()
        .args(["schema"])
        .env("LANG", "sv_SE.UTF-8")
        .output()
        .unwrap();
    let by_locale: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(by_locale, run_json(&["schema", "--lang", "sv"]).1);
    // the flag wins over the locale
    let out = provkoll()
        .args(["schema", "--lang", "en"])
        .env("LANG", "sv_SE.UTF-8")
        .output()
        .unwrap();
    let flagged: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(flagged, run_json(&["schema"]).1);
}

#[test]
fn init_lang_sv_writes_swedish_comments_and_schemas_and_fails_as_the_english_starter() {
    let dir = tempfile::tempdir().unwrap();
    let mut findings = Vec::new();
    for lang in ["en", "sv"] {
        let target = dir.path().join(lang);
        let out = provkoll()
            .args(["init", target.to_str().unwrap(), "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let (_, schema) = run_json(&["schema", "--lang", lang]);
        let written: Value = serde_json::from_str(
            &std::fs::read_to_string(target.join("provkoll.schema.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(written, schema, "{lang}: init writes what `schema` prints");
        let (code, v) = check_json(&[target.to_str().unwrap()]);
        assert_eq!(v["errors"], Value::Array(vec![]), "{lang}: {v:#}");
        assert_eq!(code, 1, "{lang}: the placeholders fail the check");
        findings.push(rules_at(&v));
    }
    assert_eq!(
        findings[1], findings[0],
        "the Swedish starter fails on the same placeholders, at the same lines"
    );
    let organiser = std::fs::read_to_string(dir.path().join("sv/organiser.yaml")).unwrap();
    assert!(organiser.contains("# Huvudmannen. Byt ut varje CHANGE-ME"));
    assert!(!organiser.contains("Replace every CHANGE-ME"));
    let schema = std::fs::read_to_string(dir.path().join("sv/provkoll.schema.json")).unwrap();
    assert!(schema.contains("Ett dokument i en konfiguration för provkoll."));
}
