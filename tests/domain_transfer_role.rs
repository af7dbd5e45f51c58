//! The transfer and role rules through the command line (issue 15, helper prefix `tr`).
//!
//! Each case under `tests/fixtures/domain/tr-*` holds only what it changes of
//! `examples/01-ready-kommun` (`common::domain_case` lays it over a copy; its `organiser.yaml`
//! names the case), so that only the case's own findings remain. The exact set of findings is
//! asserted: the false alarms removed stay silent, and each new or sharpened rule fires where it
//! should, in the compiled engine the binary runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose

mod common;

use common::{check_case as check, messages, owned};

fn assert_silent(case: &str, why: &str) {
    let (code, found, _) = check(case);
    assert_eq!(found, owned(&[]), "{case}: {why}");
    assert_eq!(code, 0, "{case}");
}

// --- false alarms removed ---------------------------------------------------------------------

#[test]
fn a_friskola_that_uploads_files_and_logs_in_with_eduid_needs_no_skolfederation() {
    assert_silent(
        "tr-friskola-file-upload",
        "no Federation document and no federation role were reported (TRANSFER-005, ROLE-001)",
    );
}

#[test]
fn a_ca_certificate_needs_no_skolfederation() {
    assert_silent(
        "tr-ca-certificate",
        "an EFOS certificate on the Provisioning API with Eduid login needs no Federation document (TRANSFER-005, TRANSFER-006, ROLE-001)",
    );
}

#[test]
fn a_superseded_certificate_is_a_warning_not_an_error() {
    let (code, found, v) = check("tr-superseded-certificate");
    assert_eq!(
        found,
        owned(&[(
            "TRANSFER-006",
            "warning",
            "elevdata-klient-2025",
            "federation.yaml"
        )]),
    );
    assert_eq!(code, 0, "a warning does not fail the check");
    assert_eq!(
        messages(&v, "TRANSFER-006", "elevdata-klient-2025"),
        [
            "the Skolfederation certificate elevdata-klient-2025 expired on 2026-09-30 and is superseded by elevdata-klient-2026, which covers the upcoming windows: remove elevdata-klient-2025 from the metadata and from the list"
        ],
    );
}

// --- Skolfederation where it is used ----------------------------------------------------------

#[test]
fn an_own_login_service_needs_skolfederation_even_with_file_upload() {
    let (code, found, v) = check("tr-own-idp-file-upload");
    assert_eq!(
        found,
        owned(&[
            ("ROLE-001", "error", "federation", "organiser.yaml"),
            // no Federation document: the finding is shown on the Organiser
            ("TRANSFER-005", "error", "federation", "organiser.yaml"),
        ]),
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "TRANSFER-005", "federation"),
        [
            "no Federation document, yet Skolfederation is needed (staff log in through the organiser's own login service skolans-idp): its membership and metadata upload are not recorded"
        ],
    );
}

// --- new rules and sharper ones ---------------------------------------------------------------

#[test]
fn a_file_upload_after_the_ready_by_date_fires_transfer_010() {
    let (code, found, v) = check("tr-file-upload-late");
    assert_eq!(
        found,
        owned(&[
            ("TRANSFER-010", "error", "212999-9997", "legal-entity.yaml"),
            (
                "TRANSFER-010",
                "warning",
                "212999-9997",
                "legal-entity.yaml"
            ),
        ]),
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "TRANSFER-010", "212999-9997"),
        [
            "Exempelby kommun (212999-9997) transfers by file upload but records no upload, planned or done, on or before 2027-02-22, 14 days before window vt2027-ak9 (Åk 9, engelska och matematik, 2027-03-08 – 2027-03-19)",
            "the file upload of Exempelby kommun (212999-9997) on 2027-03-01 (planned) is made by anders, who holds no transfer power of attorney for it in force that day; only an agent can log in to Administration provtjänsten and upload",
        ],
    );
}

#[test]
fn leavers_who_still_hold_things_fire_role_005_once_each() {
    let (code, found, v) = check("tr-leaver");
    assert_eq!(
        found,
        owned(&[
            // greta (transfer deputy) has left: her fullmakt is held, and no longer a deputy
            ("ROLE-005", "error", "greta", "legal-entity.yaml"),
            ("ROLE-004", "info", "212999-9997", "legal-entity.yaml"),
            ("ORG-005", "info", "212999-9997", "legal-entity.yaml"),
            // doris (central_admin) has left: the role and her DNP post; no ROLE-003 as well
            ("ROLE-005", "error", "doris", "organiser.yaml"),
            ("ROLE-005", "error", "doris", "schools/sodra-skolan.yaml"),
            // hanna has left: two DNP administrator posts
            ("ROLE-005", "error", "hanna", "schools/backaskolan.yaml"),
            ("ROLE-005", "error", "hanna", "schools/norrskolan.yaml"),
        ]),
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "ROLE-005", "doris"),
        [
            "doris left on 2026-10-31 (employment_end) but still holds a DNP administrator post at school sodra-skolan: remove their DNP rights in Elevdata Admin",
            "doris left on 2026-10-31 (employment_end) but still holds the central_admin role: hand it over to someone still employed",
        ],
    );
    assert_eq!(
        messages(&v, "ROLE-005", "greta"),
        [
            "greta left on 2026-11-20 (employment_end) but still holds a transfer power of attorney for Exempelby kommun (212999-9997): revoke it in Mina ombud"
        ],
    );
    assert_eq!(
        messages(&v, "ROLE-004", "212999-9997"),
        [
            "only calle holds a current transfer power of attorney for Exempelby kommun (212999-9997): there is no deputy"
        ],
    );
}

#[test]
fn a_subscription_activated_under_a_revoked_fullmakt_fires_transfer_004() {
    let (code, found, v) = check("tr-revoked-activator");
    assert_eq!(
        found,
        owned(&[
            ("TRANSFER-004", "error", "212999-9997", "legal-entity.yaml"),
            ("ORG-005", "info", "212999-9997", "legal-entity.yaml"),
        ]),
    );
    assert_eq!(code, 1);
    assert_eq!(
        messages(&v, "TRANSFER-004", "212999-9997"),
        [
            "calle activated the transfer subscription of 212999-9997 on 2026-01-28, after their transfer power of attorney for it was revoked (revoked_on 2026-01-20)"
        ],
    );
}
