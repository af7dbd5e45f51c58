package provkoll.rules.data.placeholders_test

import data.provkoll.lib.testdata
import data.provkoll.rules.data.placeholders

test_base_is_quiet if {
	vs := placeholders.deny with input as testdata.indexed(testdata.base)
	vs == set()
}

test_the_starters_placeholders_fire if {
	inp := object.union(testdata.base, {
		"organiser": {"name": "CHANGE-ME kommun"},
		"support": {"notes": "change-me@example.invalid"},
	})
	vs := placeholders.deny with input as testdata.indexed(inp)
	{[v.path, v.subject] | some v in vs} == {
		[["organiser", "name"], "CHANGE-ME"],
		[["support", "notes"], "CHANGE-ME"],
		[["support", "notes"], "example.invalid"],
	}
}

test_an_all_zero_school_unit_code_fires_and_a_real_one_does_not if {
	zero := object.union(testdata.base, {"schools": [object.union(testdata.school, {"school_unit_code": "00000000"})]})
	vs := placeholders.deny with input as testdata.indexed(zero)
	{v.subject | some v in vs} == {"00000000"}
	# zeros inside a real code or a number are not a placeholder
	real := object.union(testdata.base, {"schools": [object.union(testdata.school, {"school_unit_code": "10000000"})]})
	placeholders.deny == set() with input as testdata.indexed(real)
}

test_the_org_nr_placeholder_fires if {
	inp := testdata.with_entity({"org_nr": "NNNNNN-NNNN"})
	vs := placeholders.deny with input as testdata.indexed(inp)
	some v in vs
	v.subject == "NNNNNN-NNNN"
	v.path == ["legal_entities", 0, "org_nr"]
	v.args == {"value": "NNNNNN-NNNN"}
}

test_words_that_only_look_alike_are_quiet if {
	inp := object.union(testdata.base, {"organiser": {"notes": "Exchange meetings; invalidated 2020; 0000 kr"}})
	placeholders.deny == set() with input as testdata.indexed(inp)
}
