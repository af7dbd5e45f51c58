//! The GDPR and incident rules through the command line (issue 15, helper prefix `gi`).
//!
//! Each case under `tests/fixtures/domain/gi-*` holds only what it changes of
//! `examples/01-ready-kommun` (`common::domain_case` lays it over a copy; its `organiser.yaml`
//! names the case). The exact set of findings is asserted: the false alarms removed stay silent,
//! and each new rule fires where it should.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use serde_json::Value;

mod common;

use common::{check_case as check, owned};

/// The one finding of `rule` about `subject`.
fn finding<'a>(v: &'a Value, rule: &str, subject: &str) -> &'a Value {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == rule && f["subject"] == subject)
        .unwrap_or_else(|| panic!("no {rule} finding about {subject} in {v}"))
}

fn assert_silent(case: &str, why: &str) {
    let (code, found, _) = check(case);
    assert_eq!(found, owned(&[]), "{case}: {why}");
    assert_eq!(code, 0, "{case}");
}

// --- false alarms removed ---------------------------------------------------------------------

#[test]
fn the_ready_example_with_its_records_is_silent() {
    assert_silent("gi-records", "a complete configuration with both records");
}

#[test]
fn locations_written_as_eu_ees_or_eea_are_inside_the_eu_eea() {
    assert_silent(
        "gi-eu-region",
        "EU, EES and eea were reported as outside the EU/EEA (GDPR-003)",
    );
}

#[test]
fn a_processor_outside_the_dnp_chain_is_not_held_to_four_hours() {
    assert_silent(
        "gi-notice-outside-chain",
        "the learning platform's 24 hours were judged against Skolverket's four (INCIDENT-005)",
    );
}

#[test]
fn a_legal_entity_may_record_its_own_controller() {
    assert_silent(
        "gi-entity-controller",
        "the entity's controller_body names the controller (GDPR-008)",
    );
}

#[test]
fn a_legal_entity_may_record_its_own_dpo() {
    assert_silent(
        "gi-dpo-per-entity",
        "the entity's gdpr.dpo names the DPO (GDPR-009, GDPR-010)",
    );
}

#[test]
fn a_legal_basis_may_be_spelt_as_in_the_regulation() {
    assert_silent(
        "gi-legal-basis-spelling",
        "Art. 6(1)(c) och art. 6(1)(e) GDPR names two grounds of article 6(1) (GDPR-011)",
    );
}

// --- GDPR ---------------------------------------------------------------------------------------

#[test]
fn a_kommun_without_dpo_is_an_error_reported_once() {
    let (code, found, v) = check("gi-dpo-missing");
    assert_eq!(
        found,
        owned(&[("GDPR-010", "error", "Exempelby kommun", "organiser.yaml")]),
        "GDPR-009 must not report the same missing DPO"
    );
    assert_eq!(code, 1);
    let f = finding(&v, "GDPR-010", "Exempelby kommun");
    assert_eq!(f["path"], "organiser.gdpr.dpo");
    assert_eq!(
        f["message"],
        "no data-protection officer is recorded for Exempelby kommun (organiser.gdpr.dpo); a kommun is a public body and must designate one (GDPR article 37(1)(a))"
    );
    let sources = f["sources"].to_string();
    assert!(
        sources.contains("https://www.imy.se/") && !sources.contains("seed:"),
        "{sources}"
    );
}

#[test]
fn an_enskild_huvudman_without_dpo_is_an_info() {
    let (code, found, _) = check("gi-dpo-enskild");
    assert_eq!(
        found,
        owned(&[("GDPR-010", "info", "Exempelskolan AB", "organiser.yaml")])
    );
    assert_eq!(code, 0);
}

#[test]
fn a_legal_basis_that_names_no_ground_is_reported_with_its_value() {
    let (code, found, v) = check("gi-legal-basis-wrong");
    assert_eq!(
        found,
        owned(&[("GDPR-011", "error", "Exempelby kommun", "organiser.yaml")])
    );
    assert_eq!(code, 1);
    assert_eq!(
        finding(&v, "GDPR-011", "Exempelby kommun")["message"],
        "the legal basis \"allmänt intresse\" recorded for Exempelby kommun (organiser.gdpr.legal_basis) is not one of GDPR article 6(1)(a)-(f), such as 6.1e"
    );
}

#[test]
fn adequacy_counts_only_where_a_decision_covers_the_country() {
    let (code, found, v) = check("gi-adequacy");
    assert_eq!(
        found,
        owned(&[
            ("GDPR-003", "error", "analys", "processors/analys.yaml"),
            ("GDPR-003", "error", "molnstod", "processors/molnstod.yaml"),
            ("GDPR-003", "info", "molnstod", "processors/molnstod.yaml"),
        ]),
        "IN has no decision, the US needs dpf, Canada's decision is limited; CH and UK are covered"
    );
    assert_eq!(code, 1);
    let messages: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.iter().any(|m| m.ends_with(
            "processes data in IN, outside the EU/EEA, under adequacy, but the Commission has no adequacy decision for IN"
        )),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("Data Privacy Framework") && m.contains("analys")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("Canada (CA)") && m.contains("PIPEDA")),
        "{messages:?}"
    );
}

#[test]
fn standard_contractual_clauses_need_a_transfer_impact_assessment() {
    let (code, found, v) = check("gi-scc");
    assert_eq!(
        found,
        owned(&[("GDPR-012", "error", "utan-tia", "processors/utan-tia.yaml")]),
        "med-tia records its assessment"
    );
    assert_eq!(code, 1);
    let f = finding(&v, "GDPR-012", "utan-tia");
    assert_eq!(f["path"], "processors[3].transfer_impact_assessment");
    let sources = f["sources"].to_string();
    assert!(sources.contains("CELEX:62018CJ0311"), "{sources}");
}

#[test]
fn protected_identities_outside_the_eu_eea_are_a_warning_even_under_a_mechanism() {
    let (code, found, v) = check("gi-protected-outside");
    assert_eq!(
        found,
        owned(&[(
            "GDPR-013",
            "warning",
            "provstod",
            "processors/provstod.yaml"
        )]),
        "GB is covered by adequacy, so GDPR-003 is silent"
    );
    assert_eq!(code, 0);
    assert_eq!(
        finding(&v, "GDPR-013", "provstod")["message"],
        "Provstöd Exempel AB (provstod) handles protected identities (protected_identity) and processes data outside the EU/EEA, in GB (transfer_mechanism: adequacy)"
    );
}

#[test]
fn the_record_of_processing_and_the_dpia_are_asked_for() {
    let (code, found, _) = check("gi-no-records");
    assert_eq!(
        found,
        owned(&[
            ("GDPR-014", "warning", "dpia", "organiser.yaml"),
            (
                "GDPR-014",
                "warning",
                "record_of_processing",
                "organiser.yaml"
            ),
        ])
    );
    assert_eq!(code, 0);
}

#[test]
fn the_login_and_transfer_vendors_must_be_configured_processors() {
    let (code, found, _) = check("gi-unknown-vendors");
    assert_eq!(
        found,
        owned(&[
            ("GDPR-001", "error", "212999-9997", "legal-entity.yaml"),
            ("GDPR-001", "error", "inloggning-ab", "organiser.yaml"),
        ])
    );
    assert_eq!(code, 1);
}

// --- INCIDENT -----------------------------------------------------------------------------------

#[test]
fn the_login_vendor_is_in_the_dnp_chain() {
    let (code, found, _) = check("gi-notice-login-vendor");
    assert_eq!(
        found,
        owned(&[(
            "INCIDENT-005",
            "warning",
            "larplattan",
            "processors/larplattan.yaml"
        )])
    );
    assert_eq!(code, 0);
}

#[test]
fn other_processors_leave_room_for_the_72_hours_to_imy() {
    let (code, found, v) = check("gi-notice-slow");
    assert_eq!(
        found,
        owned(&[
            ("INCIDENT-007", "info", "enkat", "processors/enkat.yaml"),
            ("INCIDENT-007", "warning", "arkiv", "processors/arkiv.yaml"),
        ]),
        "96 hours is a warning, 60 an info; neither is judged against four hours"
    );
    assert_eq!(code, 0);
    let f = finding(&v, "INCIDENT-007", "arkiv");
    let sources = f["sources"].to_string();
    assert!(
        sources.contains("https://eur-lex.europa.eu/") && sources.contains("imy.se"),
        "{sources}"
    );
}

#[test]
fn every_gdpr_and_incident_rule_cites_public_sources() {
    let (code, out) = common::run(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_slice(&out).unwrap();
    let rules = v
        .as_array()
        .or_else(|| v["rules"].as_array())
        .unwrap_or_else(|| panic!("no rule list in {v}"));
    let mut seen = 0;
    for r in rules {
        let id = r["id"].as_str().unwrap_or_default();
        if !(id.starts_with("GDPR-") || id.starts_with("INCIDENT-")) {
            continue;
        }
        seen += 1;
        let sources = r["sources"].to_string();
        assert!(!sources.contains("seed:"), "{id}: {sources}");
        assert!(sources.contains("https://"), "{id}: {sources}");
    }
    assert_eq!(seen, 21, "GDPR-001..014 and INCIDENT-001..007");
}
