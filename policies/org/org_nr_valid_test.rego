package provkoll.rules.org.org_nr_valid_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.org_nr_valid

test_valid_numbers_are_quiet if {
	vs := org_nr_valid.deny with input as testdata.two_entities
	vs == set()
}

test_sixteen_prefix_and_no_dash_are_quiet if {
	a := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "162129999997"})
	a == set()
	b := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "2129999997"})
	b == set()
}

test_wrong_check_digit_fires if {
	vs := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "212999-9998"})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "org_nr"]
	v.subject == "212999-9998"
	v.message == "invalid"
	v.args.org_nr == "212999-9998"
	v.args.name == "Exempelby kommun"
	v.args.problems == [{"message": "check_digit", "args": {"digit": "8"}}]
}

test_third_digit_one_fires if {
	# passes Luhn; third digit 1 (a month-like 13, so no personnummer either)
	vs := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "551399-9994"})
	count(vs) == 1
	some v in vs
	v.args.problems == [{"message": "third_digit", "args": {"digit": "1"}}]
}

test_sixteen_prefix_with_bad_check_digit_fires if {
	vs := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "162129999990"})
	count(vs) == 1
}

test_malformed_fires_on_the_second_entity if {
	inp := testdata.with_entities([testdata.entity, object.union(testdata.entity_ab, {"org_nr": "5569999997-1"})])
	vs := org_nr_valid.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "org_nr"]
	v.args.problems == [{"message": "not_ten_digits", "args": {}}]
}

test_missing_org_nr_fires if {
	vs := org_nr_valid.deny with input as testdata.with_entities([object.remove(testdata.entity, ["org_nr"])])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "org_nr"]
	v.subject == "Exempelby kommun"
}

test_each_problem_is_a_message_of_the_rule if {
	first := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "412999-9993"})
	{[v.message, v.args.problems] | some v in first} == {["invalid", [{"message": "first_digit", "args": {"digit": "4"}}]]}
	number := org_nr_valid.deny with input as testdata.with_entity({"org_nr": 2129999997})
	{[v.message, v.args.problems] | some v in number} == {["invalid", [{"message": "not_a_string", "args": {}}]]}
	missing := org_nr_valid.deny with input as testdata.with_entity({"org_nr": null})
	{[v.message, v.args.name] | some v in missing} == {["missing", "Exempelby kommun"]}
}
