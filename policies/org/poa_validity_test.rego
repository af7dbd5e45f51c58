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
	# valid_from after any window is not checked; valid_until within warn_days only warns
	inp := object.union(testdata.with_poas([_pd({"valid_from": "2027-05-01", "valid_until": "2026-12-01"})]), {"context": {"upcoming_windows": []}})
	vs := poa_validity.deny with input as inp
	{[v.path, v.severity] | some v in vs} == {[["legal_entities", 0, "powers_of_attorney", 0, "valid_until"], "warning"]}
}

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

test_expiring_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-12-25"}), testdata.poa_transfer]))
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.subject == "212999-9997"
	v.severity == "warning"
	v.msg == "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) expires 2026-12-25, within 30 days of 2026-11-25"
	v.args == {"org_nr": "212999-9997", "holder": "anders", "scope": "protected_data", "date": "2026-12-25", "window": ""}
}

test_expiring_boundary if {
	# the day after warn_until: quiet
	ok := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-12-26"}), testdata.poa_transfer]))
	ok == set()

	# already expired: the error, not the warning
	vs := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-11-24"}), testdata.poa_transfer]))
	count(vs) == 1
	some v in vs
	v.severity == null
	v.msg == "the protected_data power of attorney of anders for Exempelby kommun (212999-9997) expired on 2026-11-24"

	# with the window ahead, an end within warn_days ends too soon: an error
	ws := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2026-12-25"}), testdata.poa_transfer])
	{[w.severity, w.args.window] | some w in ws} == {[null, "vt2027-ak9"]}
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"powers_of_attorney": [object.union(testdata.poa_transfer, {"holder": "frida", "valid_until": "2026-01-31"})]})
	vs := poa_validity.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "powers_of_attorney", 0, "valid_until"]
	v.subject == "556999-9997"
}
