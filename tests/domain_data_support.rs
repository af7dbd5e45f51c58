//! The support areas for Eduid through the command line (issue 15, helper prefix `ds`): the
//! `eduid_eid` area is needed when staff use Eduid as e-legitimation behind the organiser's own
//! login service (`organiser.login.staff_e_legitimation: eduid`), and `eduid_login` only when
//! Eduid is the login service (`organiser.login.idp: eduid`).
//!
//! Each case under `tests/fixtures/domain/ds-*` holds only the login and the support plan it
//! changes of `examples/01-ready-kommun` (`common::domain_case` lays it over a copy); the exact
//! set of findings is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

/// `check` a case as of the common date: its exit code and `(rule, subject, file)` of every
/// finding, sorted.
fn findings(case: &str) -> (i32, Vec<(String, String, String)>) {
    let (code, found, _) = common::check_case(case);
    let found = found.into_iter().map(|(r, _, s, f)| (r, s, f)).collect();
    (code, found)
}

fn owned(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    want.iter()
        .map(|(r, s, f)| (r.to_string(), s.to_string(), f.to_string()))
        .collect()
}

#[test]
fn eduid_as_e_legitimation_behind_an_own_login_service_needs_the_eduid_eid_area() {
    let (code, found) = findings("ds-eduid-eid-missing");
    assert_eq!(
        found,
        owned(&[("SUPPORT-002", "eduid_eid", "support.yaml")]),
        "only eduid_eid is missing; eduid_login is not needed with an own login service"
    );
    assert_eq!(code, 0, "a warning does not fail the run");
}

#[test]
fn eduid_as_e_legitimation_with_the_eduid_eid_area_covered_is_silent() {
    let (code, found) = findings("ds-eduid-eid-covered");
    assert_eq!(found, owned(&[]), "eduid_login must not be asked for");
    assert_eq!(code, 0);
}

#[test]
fn an_own_e_legitimation_needs_no_eduid_area() {
    let (code, found) = findings("ds-own-eid");
    assert_eq!(found, owned(&[]));
    assert_eq!(code, 0);
}

#[test]
fn the_finding_names_the_area_and_how_to_fix_it() {
    let (_, _, v) = common::check_case("ds-eduid-eid-missing");
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "SUPPORT-002");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["path"], "support.areas.eduid_eid");
    assert_eq!(
        f["message"],
        "the support area eduid_eid (Eduid as e-legitimation) has no contact"
    );
    assert_eq!(
        f["hint"],
        "Set support.areas.eduid_eid to the id of the person or team who gives local support for Eduid as e-legitimation."
    );
    let sources = f["sources"].to_string();
    assert!(
        sources.contains("https://www.skolverket.se/") && !sources.contains("seed:"),
        "sources: {sources}"
    );
}
