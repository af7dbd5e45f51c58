package provkoll.rules.pseudo.key_kept_apart_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.key_kept_apart

_ps(patch) := testdata.with_entity({"protected_data": {"pseudonymisation": patch}})

test_recorded_key_is_quiet if {
	vs := key_kept_apart.deny with input as _ps({"key_kept_in": "Elevregistret, skyddad behörighetsgrupp"})
	vs == set()
}

test_own_without_key_fires if {
	vs := key_kept_apart.deny with input as _ps({"key_kept_in": null})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "key_kept_in"]
	v.subject == "212999-9997"
	v.message == "own"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.method == "own"
}

test_fictitious_users_without_key_fires if {
	vs := key_kept_apart.deny with input as _ps({"method": "fictitious_users", "key_kept_in": "  "})
	count(vs) == 1
	some v in vs
	v.message == "fictitious_users"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_skolverket_and_intermediary_file_hold_no_key if {
	every m in ["skolverket", "intermediary_file"] {
		vs := key_kept_apart.deny with input as _ps({"method": m, "key_kept_in": null})
		vs == set()
	}
	none := key_kept_apart.deny with input as testdata.with_entity({"protected_data": null})
	none == set()
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"protected_data": {"pseudonymisation": {"key_kept_in": "Elevregistret"}}})
	e := object.union(testdata.entity, {"protected_data": {"pseudonymisation": {"key_kept_in": null}}})
	vs := key_kept_apart.deny with input as testdata.with_entities([ab, e])
	{v.path | some v in vs} == {["legal_entities", 1, "protected_data", "pseudonymisation", "key_kept_in"]}
}

