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
	v.msg == "212999-9998 (Exempelby kommun) is not a valid organisationsnummer: its check digit 8 is wrong (Luhn)"
	v.args == {"org_nr": "212999-9998", "name": "Exempelby kommun"}
}

test_third_digit_one_fires if {
	# passes Luhn; third digit 1 (a month-like 13, so no personnummer either)
	vs := org_nr_valid.deny with input as testdata.with_entity({"org_nr": "551399-9994"})
	count(vs) == 1
	some v in vs
	contains(v.msg, "its third digit 1 is below 2")
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
	contains(v.msg, "it is not 10 digits")
}

test_missing_org_nr_fires if {
	vs := org_nr_valid.deny with input as testdata.with_entities([object.remove(testdata.entity, ["org_nr"])])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "org_nr"]
	v.subject == "Exempelby kommun"
}
