package provkoll.rules.registry.units_configured_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.units_configured

test_every_unit_configured_is_quiet if {
	count(units_configured.deny) == 0 with input as testdata.registered
}

test_units_without_tests_or_not_active_or_of_others_are_quiet if {
	extra := [
		testdata.unit("11112222", "Fritids", "2129999997", "AKTIV", ["FKLASS", "FTH"]),
		testdata.unit("11113333", "Gamla skolan", "2129999997", "UPPHORT", ["GR"]),
		testdata.unit("11114444", "Annans skola", "8029999995", "AKTIV", ["GR"]),
		testdata.unit("11115555", "Sfi", "2129999997", "AKTIV", ["VUX"]),
	]
	count(units_configured.deny) == 0 with input as testdata.with_registry(array.concat(testdata.registry_units, extra))
}

test_a_missing_unit_fires if {
	missing := testdata.unit("11116666", "Södra skolan", "2129999997", "AKTIV", ["GR", "FKLASS"])
	vs := units_configured.deny with input as testdata.with_registry(array.concat(testdata.registry_units, [missing]))
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "registry"]
	v.subject == "11116666"
	v.message == "missing"
	v.args == {"unit": "Södra skolan", "code": "11116666", "school_types": ["FKLASS", "GR"], "org_nr": "212999-9997"}
}

test_a_missing_upper_secondary_adult_unit_fires if {
	vux := object.union(testdata.unit("11117777", "Komvux", "5569999997", "AKTIV", ["VUX"]), {"data": {"attributes": {"schoolTypeProperties": {"vux": {"schoolTypeParts": ["VUXGY"]}}}}})
	vs := units_configured.deny with input as testdata.with_registry(array.concat(testdata.registry_units, [vux]))
	count(vs) == 1
}
