package provkoll.rules.pseudo.method_chosen_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.method_chosen

_with_method(m) := testdata.with_entity({"protected_data": {"pseudonymisation": {"method": m}}})

test_each_method_is_quiet if {
	every m in method_chosen.methods {
		vs := method_chosen.deny with input as _with_method(m)
		vs == set()
	}
	count(method_chosen.methods) == 4
	"intermediary_file" in method_chosen.methods
}

test_missing_method_fires_at_the_missing_key if {
	pd := object.union(testdata.entity.protected_data, {"pseudonymisation": {}})
	inp := testdata.with_entities([object.union(object.remove(testdata.entity, ["protected_data"]), {"protected_data": {"notice_email": pd.notice_email}})])
	vs := method_chosen.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "method"]
	v.subject == "212999-9997"
	v.message == "none"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_null_method_and_null_protected_data_fire if {
	a := method_chosen.deny with input as _with_method(null)
	count(a) == 1
	b := method_chosen.deny with input as testdata.with_entity({"protected_data": null})
	count(b) == 1
	c := method_chosen.deny with input as testdata.with_entities([object.remove(testdata.entity, ["protected_data"])])
	count(c) == 1
}

test_unknown_method_fires if {
	vs := method_chosen.deny with input as _with_method("own_attested")
	count(vs) == 1
	some v in vs
	v.message == "unknown"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.method == "own_attested"
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"protected_data": {"pseudonymisation": {"method": ""}}})
	vs := method_chosen.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "protected_data", "pseudonymisation", "method"]
	v.subject == "556999-9997"
}
