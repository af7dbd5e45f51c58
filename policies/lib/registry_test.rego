package provkoll.lib.registry_test

import data.provkoll.lib.registry
import data.provkoll.lib.testdata

test_no_snapshot_is_absent if {
	not registry.present with input as testdata.base
	registry.units == [] with input as testdata.base
	registry.by_code == {} with input as testdata.base
}

test_units_are_read_in_the_apis_shape if {
	inp := testdata.with_registry([testdata.unit("12345678", "Norrskolan", "2129999997", "AKTIV", ["GR"])])
	registry.present with input as inp
	u := registry.by_code["12345678"] with input as inp
	registry.status(u) == "AKTIV"
	registry.name(u) == "Norrskolan"
	registry.org(u) == "2129999997"
	registry.asked == {"2129999997", "5569999997"} with input as inp
}

test_school_forms_with_national_tests if {
	registry.takes_tests(testdata.unit("1", "a", "2129999997", "AKTIV", ["FKLASS", "GR"]))
	registry.takes_tests(testdata.unit("1", "a", "2129999997", "AKTIV", ["SAM"]))
	not registry.takes_tests(testdata.unit("1", "a", "2129999997", "AKTIV", ["FKLASS", "FTH", "GRAN"]))
	not registry.takes_tests(testdata.unit("1", "a", "2129999997", "AKTIV", ["VUX"]))
	vuxgy := object.union(testdata.unit("1", "a", "2129999997", "AKTIV", ["VUX"]), {"data": {"attributes": {"schoolTypeProperties": {"vux": {"schoolTypeParts": ["VUXSFI", "VUXGY"]}}}}})
	registry.takes_tests(vuxgy)
}

test_org_numbers_compare_by_their_digits if {
	registry.key("212999-9997") == "2129999997"
	registry.key("162129999997") == "2129999997"
	registry.shown("2129999997") == "212999-9997"
	registry.shown("abc") == "abc"
}
