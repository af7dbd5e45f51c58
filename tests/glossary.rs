//! The Swedish of the rule pack: its glossary holds the terms issue 18 names, and no Swedish
//! title reads like machine output (a field name, "konfigurerad", "inte en person") or uses a
//! word the sources do not ("skoldatasystem").
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use common::{root, source_pack as pack};

/// A word like `lead_days` or `main_contacts`: a YAML key, not Swedish.
fn field_names(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| w.contains('_') && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

#[test]
fn the_glossary_has_every_term_the_issue_names_with_a_source() {
    let glossary = std::fs::read_to_string(root().join("policies/GLOSSARY.md")).unwrap();
    for term in [
        "huvudman",
        "enskild huvudman",
        "skolenhet",
        "skolenhetskod",
        "fullmakt",
        "ombud",
        "Mina ombud",
        "huvudkontaktperson",
        "firmatecknare",
        "Administration provtjänsten",
        "provplattformen",
        "personuppgiftsansvarig",
        "personuppgiftsbiträde",
        "personuppgiftsbiträdesavtal",
        "dataskyddsombud",
        "skoladministrativt system",
        "e-legitimation",
        "tillitsnivå",
        "skyddade personuppgifter",
        "sekretessmarkering",
        "pseudonymisering",
        "intyga",
        "provisionering",
        "överföring till tredjeland",
        "konsekvensbedömning",
        "registerförteckning",
    ] {
        // a row of a table: `| English | Swedish | Source | Note |`, the source not empty
        let row = glossary
            .lines()
            .find(|l| l.split('|').nth(2).is_some_and(|sv| sv.trim() == term))
            .unwrap_or_else(|| panic!("the glossary has no row for {term}"));
        let source = row.split('|').nth(3).unwrap_or_default();
        assert!(!source.trim().is_empty(), "{term} has no source");
    }
}

#[test]
fn swedish_titles_read_as_swedish() {
    let mut bad = Vec::new();
    for r in &pack().rules {
        let t = &r.title_sv;
        let fields = field_names(t);
        if !fields.is_empty() {
            bad.push(format!("{}: field name {fields:?} in {t:?}", r.id));
        }
        for machine in ["konfigurerad", "inte en person", "skoldatasystem"] {
            if t.contains(machine) {
                bad.push(format!("{}: {machine:?} in {t:?}", r.id));
            }
        }
        // a kind of document (`kind: Person`) is not a Swedish word either
        if t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "Person")
        {
            bad.push(format!("{}: the kind name Person in {t:?}", r.id));
        }
        if r.hint_sv
            .as_deref()
            .is_some_and(|h| h.contains("skoldatasystem"))
        {
            bad.push(format!("{}: \"skoldatasystem\" in its hint", r.id));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
