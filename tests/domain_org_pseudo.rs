//! The ORG and PSEUDO rules through the command line (issue 15, helper prefix `op`).
//!
//! Each case under `tests/fixtures/domain/op-*` holds only what it changes of
//! `examples/01-ready-kommun` (`common::domain_case` lays it over a copy; its `organiser.yaml`
//! names the case), so that only the case's own findings remain. The exact set of findings is
//! asserted: the false alarms removed stay silent (or, for a power of attorney that others cover,
//! info only), and each new or sharpened rule fires where it should, in the compiled engine the
//! binary runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

use provkoll::pack::engine::{Backend, EvalOptions};

mod common;

use common::{check_case as check, messages, owned};

const ORG: &str = "212999-9997";
const LE: &str = "legal-entity.yaml";

// --- false alarms removed ---------------------------------------------------------------------

#[test]
fn a_fullmakt_that_a_deputy_covers_is_planned_rotation_not_an_error() {
    // calle's transfer fullmakt ends inside vt2027-ak9 and greta's covers the window; anders's
    // first protected_data fullmakt expired in 2025 and is kept as a record
    let (code, found, v) = check("op-poa-rotation");
    assert_eq!(
        found,
        owned(&[("ORG-005", "info", ORG, LE), ("ORG-005", "info", ORG, LE)]),
        "ORG-005 must not be an error when others of the scope cover every window"
    );
    assert_eq!(code, 0);
    assert_eq!(
        messages(&v, "ORG-005", ORG),
        [
            "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) expired on 2025-12-31: remove it or keep it as a record",
            "the transfer power of attorney of calle for Exempelby kommun (212999-9997) does not cover window vt2027-ak9 (2027-03-08 – 2027-03-19, ready by 2027-02-22): it expires 2027-03-15; covered by greta",
        ]
    );
}

#[test]
fn attested_fictitious_users_may_be_sent_unflagged() {
    let (code, found, _) = check("op-fictitious-unflagged");
    assert_eq!(
        found,
        owned(&[]),
        "fictitious users with TF-nummer are the organiser's own pseudonymisation (PSEUDO-004)"
    );
    assert_eq!(code, 0);
}

// --- sharpened rules --------------------------------------------------------------------------

#[test]
fn a_window_that_no_fullmakt_of_the_scope_covers_is_an_error() {
    let (code, found, v) = check("op-poa-uncovered");
    assert_eq!(found, owned(&[("ORG-005", "error", ORG, LE)]));
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "ORG-005", ORG),
        [
            "no transfer power of attorney of Exempelby kommun (212999-9997) covers window vt2027-ak6 (2027-04-12 – 2027-04-23, ready by 2027-03-29): calle's expires 2027-04-16; greta's expires 2027-04-16"
        ]
    );
    // two live fullmakter, neither covering: the finding points at the list
    let f = &v["findings"][0];
    assert_eq!(f["line"], 6, "{f}");
}

#[test]
fn revoked_fullmakter_count_for_nothing() {
    let (code, found, v) = check("op-revoked");
    assert_eq!(
        found,
        owned(&[
            ("ORG-003", "error", ORG, LE),
            ("PSEUDO-003", "error", ORG, LE),
            ("PSEUDO-006", "warning", ORG, LE),
            // the role area's deputy rule: nobody holds a current protected_data fullmakt
            ("ROLE-004", "info", ORG, LE),
        ])
    );
    assert_eq!(code, 1);
    assert!(
        messages(&v, "ORG-003", ORG)[0].contains("that is not revoked: anders's was revoked on 2026-01-20; frida's was revoked on 2026-09-01"),
        "{v}"
    );
    assert!(
        messages(&v, "PSEUDO-003", ORG)[0].contains("was revoked (on 2026-01-20)"),
        "{v}"
    );
    assert!(
        messages(&v, "PSEUDO-006", ORG)[0].ends_with("that is ready: revoked on 2026-01-20"),
        "{v}"
    );
    // ORG-005 leaves a scope held only by revoked fullmakter to ORG-003
    assert!(messages(&v, "ORG-005", ORG).is_empty());
}

#[test]
fn file_upload_to_an_intermediary_does_not_allow_unflagged_aliases() {
    let (code, found, v) = check("op-intermediary-file");
    assert_eq!(
        found,
        owned(&[("PSEUDO-004", "error", ORG, LE)]),
        "no attestation (PSEUDO-002) and no key (PSEUDO-008) for intermediary_file"
    );
    assert_eq!(code, 1);
    let m = &messages(&v, "PSEUDO-004", ORG)[0];
    assert!(
        m.contains("(method intermediary_file), which is no pseudonymisation of its own"),
        "{m}"
    );
    assert!(!m.contains("without a pseudonym"), "{m}");
}

#[test]
fn new_person_references_are_checked() {
    let (code, found, v) = check("op-person-refs");
    assert_eq!(
        found,
        owned(&[
            ("ORG-006", "error", "dataskyddsombudet", LE),
            ("ORG-006", "error", "kalle", LE),
        ])
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "ORG-006", "kalle"),
        [
            r#""kalle", the uploader of the user file of 212999-9997 on 2027-01-15, is not a configured Person"#
        ]
    );
}

// --- new rules --------------------------------------------------------------------------------

#[test]
fn school_unit_codes_are_eight_digits_and_unique() {
    let (code, found, v) = check("op-school-codes");
    assert_eq!(
        found,
        owned(&[
            (
                "ORG-008",
                "error",
                "backaskolan",
                "schools/backaskolan.yaml"
            ),
            ("ORG-008", "error", "sjoskolan", "schools/sjoskolan.yaml"),
        ])
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "ORG-008", "sjoskolan"),
        ["school sjoskolan has school_unit_code 80001101, which school norrskolan already has"]
    );
    assert_eq!(
        messages(&v, "ORG-008", "backaskolan"),
        [
            r#"the school_unit_code of school backaskolan, "8000110", is not a skolenhetskod: eight digits are expected"#
        ]
    );
}

#[test]
fn a_school_without_a_code_is_an_error() {
    let (code, found, _) = check("op-school-no-code");
    assert_eq!(
        found,
        owned(&[(
            "ORG-008",
            "error",
            "sodra-skolan",
            "schools/sodra-skolan.yaml"
        )])
    );
    assert_eq!(code, 1);
}

#[test]
fn a_free_mail_notice_address_is_a_warning() {
    let (code, found, v) = check("op-free-mail");
    assert_eq!(found, owned(&[("PSEUDO-007", "warning", ORG, LE)]));
    assert_eq!(code, 0);
    assert!(messages(&v, "PSEUDO-007", ORG)[0].contains("is on gmail.com, a free e-mail service"));
}

#[test]
fn an_own_pseudonymisation_records_where_its_key_is_kept() {
    let (code, found, _) = check("op-no-key");
    assert_eq!(found, owned(&[("PSEUDO-008", "warning", ORG, LE)]));
    assert_eq!(code, 0);
}

// --- both engines -----------------------------------------------------------------------------

/// The rule tests run in the interpreter and the binary in the compiled engine: on every `op-`
/// fixture, at the common date and at dates around the windows (no window upcoming on the last),
/// both must give the same violations.
#[test]
fn both_engines_agree_on_every_op_fixture() {
    let dir = common::root().join("tests/fixtures/domain");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("op-"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    let mut agreed = 0;
    for case in &cases {
        for as_of in [common::AS_OF, "2027-03-10", "2027-04-20", "2027-06-01"] {
            let (_dir, repo) = common::domain_case(case);
            let c = common::checked(&repo, as_of);
            let with = |backend| EvalOptions {
                backend,
                progress: None,
            };
            let (compiled, p1) = c.pack.evaluate(&c.input.value, &with(Backend::Compiled));
            let (interpreted, p2) = c.pack.evaluate(&c.input.value, &with(Backend::Interpreter));
            assert!(p1.is_empty() && p2.is_empty(), "{p1:?} {p2:?}");
            let text = |vs: &[provkoll::pack::violation::Violation]| {
                let mut out: Vec<String> = vs.iter().map(|v| format!("{v:?}")).collect();
                out.sort();
                out
            };
            assert_eq!(
                text(&compiled),
                text(&interpreted),
                "{} as of {as_of}: the engines disagree",
                case
            );
            agreed += compiled.len();
        }
    }
    assert!(agreed > 20, "{agreed}");
}
