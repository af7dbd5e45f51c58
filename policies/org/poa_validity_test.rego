package provkoll.rules.org.poa_validity_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.poa_validity

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22

_pd(patch) := object.union(testdata.poa_protected, patch)

test_valid_through_window_is_quiet if {
	vs := poa_validity.deny with input as testdata.two_entities
	vs == set()
}

test_until_further_notice_is_quiet if {
	vs := poa_validity.deny with input as testdata.with_poas([
		object.remove(testdata.poa_protected, ["valid_until"]),
		object.union(testdata.poa_transfer, {"valid_until": null, "valid_from": null}),
	])
	vs == set()
}

test_expires_on_last_day_of_window_is_quiet if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2027-03-19"}), testdata.poa_transfer])
	vs == set()
}

test_expires_day_before_end_of_window_fires if {
	vs := poa_validity.deny with input as testdata.with_poas([testdata.poa_transfer, _pd({"valid_until": "2027-03-18"})])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 1, "valid_until"]
	v.subject == "212999-9997"
	v.msg == "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) expires 2027-03-18, before the end of window vt2027-ak9 (2027-03-08 – 2027-03-19)"
	v.args == {"org_nr": "212999-9997", "holder": "anders", "scope": "protected_data", "date": "2027-03-18", "window": "vt2027-ak9"}
}

test_expired_fires if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2026-11-24"}), testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.msg == "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) expired on 2026-11-24"
	v.args.window == ""
}

test_valid_from_boundary if {
	ok := poa_validity.deny with input as testdata.with_poas([_pd({"valid_from": "2027-02-22"}), testdata.poa_transfer])
	ok == set()

	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_from": "2027-02-23"}), testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_from"]
	v.msg == "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) is valid only from 2027-02-23, after 2027-02-22, 14 days before window vt2027-ak9 (2027-03-08 – 2027-03-19)"
}

test_no_upcoming_window_checks_only_expiry if {
	inp := object.union(testdata.with_poas([_pd({"valid_from": "2027-05-01", "valid_until": "2026-12-01"})]), {"context": {"upcoming_windows": []}})
	vs := poa_validity.deny with input as inp
	vs == set()
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"powers_of_attorney": [object.union(testdata.poa_transfer, {"holder": "frida", "valid_until": "2026-01-31"})]})
	vs := poa_validity.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "powers_of_attorney", 0, "valid_until"]
	v.subject == "556999-9997"
}
