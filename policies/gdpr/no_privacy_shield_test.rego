package provkoll.rules.gdpr.no_privacy_shield_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.no_privacy_shield

_with(patch) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], patch)]})

test_base_is_quiet if {
	vs := no_privacy_shield.deny with input as testdata.base
	vs == set()
}

test_privacy_shield_fires if {
	vs := no_privacy_shield.deny with input as _with({"locations": ["US"], "transfer_mechanism": "privacy_shield"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "transfer_mechanism"]
	v.subject == "ist"
	v.message == "privacy_shield"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
}

test_privacy_shield_fires_even_for_eea_locations if {
	vs := no_privacy_shield.deny with input as _with({"transfer_mechanism": "privacy_shield"})
	count(vs) == 1
}

test_successors_are_quiet if {
	a := no_privacy_shield.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"})
	a == set()
	b := no_privacy_shield.deny with input as _with({"transfer_mechanism": null})
	b == set()
}
