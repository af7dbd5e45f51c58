package provkoll.rules.registry.unit_name_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.unit_name

test_the_same_name_is_quiet if {
	count(unit_name.deny) == 0 with input as testdata.registered
	ss := [object.union(testdata.school, {"name": " NORRSKOLAN "}), testdata.school_ab]
	count(unit_name.deny) == 0 with input as object.union(testdata.registered, {"schools": ss})
}

test_another_name_fires if {
	renamed := object.union(testdata.registry_units[0], {"data": {"attributes": {"displayName": "Norrskolan F-9"}}})
	vs := unit_name.deny with input as testdata.with_registry([renamed, testdata.registry_units[1]])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "name"]
	v.message == "differs"
	v.args == {"school": "norrskolan", "configured": "Norrskolan", "code": "12345678", "registered": "Norrskolan F-9"}
}
