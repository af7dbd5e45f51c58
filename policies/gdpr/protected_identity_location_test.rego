package provkoll.rules.gdpr.protected_identity_location_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.protected_identity_location

_with(patch) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], patch)]})

test_base_is_quiet if {
	vs := protected_identity_location.deny with input as testdata.base
	vs == set()
}

test_inside_the_eea_is_quiet if {
	vs := protected_identity_location.deny with input as _with({"locations": ["SE", "EU", "NO"], "subprocessors": [{"name": "Moln AB", "locations": ["EES"]}]})
	vs == set()
}

test_outside_under_a_mechanism_fires if {
	vs := protected_identity_location.deny with input as _with({
		"locations": ["SE", "CH"],
		"subprocessors": [{"name": "Support Inc", "locations": ["us"]}],
		"transfer_mechanism": "scc",
		"transfer_impact_assessment": {"done_on": "2026-03-02", "ref": "KS 2026/77"},
	})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "personal_data", 2]
	v.subject == "ist"
	v.message == "outside"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.locations == "CH, US"
	v.args.mechanism == "scc"
	not v.severity
}

test_outside_without_mechanism_fires_too if {
	vs := protected_identity_location.deny with input as _with({"locations": ["IN"], "transfer_mechanism": null})
	{[v.message, v.args.locations] | some v in vs} == {["outside_no_mechanism", "IN"]}
}

test_without_protected_identities_is_quiet if {
	vs := protected_identity_location.deny with input as _with({"personal_data": ["name", "email"], "locations": ["US"], "transfer_mechanism": "dpf"})
	vs == set()
	none := protected_identity_location.deny with input as _with({"personal_data": null, "locations": ["US"]})
	none == set()
}

test_spelling_of_the_category if {
	vs := protected_identity_location.deny with input as _with({"personal_data": ["name", " Protected_Identity "], "locations": ["GB"], "transfer_mechanism": "adequacy"})
	{v.path | some v in vs} == {["processors", 0, "personal_data", 1]}
}
