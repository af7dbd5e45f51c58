package provkoll.rules.registry.unit_organiser_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.unit_organiser

test_matching_organisation_numbers_are_quiet if {
	count(unit_organiser.deny) == 0 with input as testdata.registered
	# the configuration's other accepted forms compare by their digits
	ss := [object.union(testdata.school, {"legal_entity": "2129999997"}), object.union(testdata.school_ab, {"legal_entity": "165569999997"})]
	count(unit_organiser.deny) == 0 with input as object.union(testdata.registered, {"schools": ss})
}

test_a_unit_of_another_organiser_fires if {
	other := object.union(testdata.registry_units[1], {"included": {"organizationNumber": "2129999997"}})
	vs := unit_organiser.deny with input as testdata.with_registry([testdata.registry_units[0], other])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 1, "legal_entity"]
	v.subject == "exempelskolan"
	v.message == "other_organiser"
	v.args == {"school": "exempelskolan", "code": "87654321", "registered": "212999-9997", "configured": "556999-9997"}
}
