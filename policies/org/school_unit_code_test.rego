package provkoll.rules.org.school_unit_code_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.school_unit_code

_s := testdata.school

_with_schools(ss) := object.union(testdata.base, {"schools": ss})

test_distinct_eight_digit_codes_are_quiet if {
	a := school_unit_code.deny with input as testdata.base
	a == set()
	b := school_unit_code.deny with input as testdata.two_entities
	b == set()
	c := school_unit_code.deny with input as _with_schools([object.union(_s, {"school_unit_code": "01234567"})])
	c == set()
}

test_well_formed if {
	school_unit_code.well_formed("12345678")
	school_unit_code.well_formed("01234567")
	not school_unit_code.well_formed("1234567")
	not school_unit_code.well_formed("123456789")
	not school_unit_code.well_formed("1234 5678")
	not school_unit_code.well_formed("1234567a")
	not school_unit_code.well_formed(" 12345678")
	not school_unit_code.well_formed(12345678)
}

test_repeated_code_names_the_first_school if {
	other := object.union(_s, {"id": "sodraskolan", "name": "Södra skolan"})
	third := object.union(testdata.school_ab, {"school_unit_code": "12345678"})
	vs := school_unit_code.deny with input as _with_schools([_s, testdata.school_ab, other, third])
	{v.path | some v in vs} == {["schools", 2, "school_unit_code"], ["schools", 3, "school_unit_code"]}
	some v in vs
	v.path == ["schools", 2, "school_unit_code"]
	v.subject == "sodraskolan"
	v.message == "repeated"
	v.args.school == "sodraskolan"
	v.args.code == "12345678"
	v.args.first == "norrskolan"
	some w in vs
	w.path == ["schools", 3, "school_unit_code"]
	w.message == "repeated"
	w.args.school == "exempelskolan"
	w.args.code == "12345678"
	w.args.first == "norrskolan"
}

test_two_pairs_of_repeats if {
	a := object.union(_s, {"id": "a"})
	b := object.union(testdata.school_ab, {"id": "b"})
	vs := school_unit_code.deny with input as _with_schools([testdata.school_ab, _s, b, a])
	{[v.subject, v.message, v.args] | some v in vs} == {
		["b", "repeated", {"school": "b", "code": "87654321", "first": "exempelskolan"}],
		["a", "repeated", {"school": "a", "code": "12345678", "first": "norrskolan"}],
	}
}

test_missing_code_fires if {
	vs := school_unit_code.deny with input as _with_schools([object.remove(_s, ["school_unit_code"]), testdata.school_ab])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "school_unit_code"]
	v.subject == "norrskolan"
	v.message == "missing"
	v.args.school == "norrskolan"
	empty := school_unit_code.deny with input as _with_schools([object.union(_s, {"school_unit_code": ""})])
	count(empty) == 1
}

test_malformed_code_fires if {
	vs := school_unit_code.deny with input as _with_schools([object.union(_s, {"school_unit_code": "1234567"})])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "school_unit_code"]
	v.message == "not_eight_digits"
	v.args == {"school": "norrskolan", "code": "1234567"}
}

test_malformed_codes_are_not_compared if {
	a := object.union(_s, {"school_unit_code": "1234"})
	b := object.union(testdata.school_ab, {"school_unit_code": "1234"})
	vs := school_unit_code.deny with input as _with_schools([a, b])
	count(vs) == 2
	every v in vs {
		v.message == "not_eight_digits"
	}
}
