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
	v.message == "unlisted"
	v.args.asked == "212999-9997, 556999-9997"
	v.args.code == "87654321"
}

test_a_legal_entity_not_fetched_is_named if {
	inp := object.union(testdata.with_registry([testdata.registry_units[0]]), {"registry": {"organisation_numbers": ["2129999997"]}})
	vs := unit_registered.deny with input as inp
	some v in vs
	v.message == "unlisted_not_fetched"
	v.args.asked == "212999-9997"
	v.args.legal_entity == "556999-9997"
}
