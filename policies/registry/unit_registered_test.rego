package provkoll.rules.registry.unit_registered_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.unit_registered

test_registered_codes_are_quiet if {
	count(unit_registered.deny) == 0 with input as testdata.registered
}

test_without_a_snapshot_nothing_is_reported if {
	count(unit_registered.deny) == 0 with input as testdata.two_entities
}

test_an_unlisted_code_fires if {
	vs := unit_registered.deny with input as testdata.with_registry([testdata.registry_units[0]])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 1, "school_unit_code"]
	v.subject == "exempelskolan"
	v.msg == "school exempelskolan has school_unit_code 87654321, which Skolenhetsregistret does not list for 212999-9997, 556999-9997"
}

test_a_legal_entity_not_fetched_is_named if {
	inp := object.union(testdata.with_registry([testdata.registry_units[0]]), {"registry": {"organisation_numbers": ["2129999997"]}})
	vs := unit_registered.deny with input as inp
	some v in vs
	v.msg == "school exempelskolan has school_unit_code 87654321, which Skolenhetsregistret does not list for 212999-9997 (its legal entity 556999-9997 was not fetched)"
}
