package provkoll.rules.org.entity_per_org_nr_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.entity_per_org_nr

test_every_school_configured_is_quiet if {
	a := entity_per_org_nr.deny with input as testdata.base
	a == set()
	b := entity_per_org_nr.deny with input as testdata.two_entities
	b == set()
}

test_other_notation_of_the_same_number_is_quiet if {
	inp := object.union(testdata.base, {"schools": [object.union(testdata.school, {"legal_entity": "162129999997"})]})
	vs := entity_per_org_nr.deny with input as inp
	vs == set()
}

test_school_of_unconfigured_entity_fires if {
	# the second school belongs to 556999-9997, which has no LegalEntity
	inp := object.union(testdata.base, {"schools": [testdata.school, testdata.school_ab]})
	vs := entity_per_org_nr.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["schools", 1, "legal_entity"]
	v.subject == "exempelskolan"
	v.message == "not_configured"
	v.args.school == "exempelskolan"
	v.args.org_nr == "556999-9997"
}

test_school_without_legal_entity_fires if {
	inp := object.union(testdata.base, {"schools": [object.remove(testdata.school, ["legal_entity"])]})
	vs := entity_per_org_nr.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "legal_entity"]
	v.message == "no_entity"
	v.args.school == "norrskolan"
}

test_duplicate_org_nr_fires_on_the_repeat if {
	inp := testdata.with_entities([testdata.entity, testdata.entity_ab, object.union(testdata.entity, {"name": "Kopia"})])
	vs := entity_per_org_nr.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 2, "org_nr"]
	v.subject == "212999-9997"
	v.message == "repeated"
	v.args.org_nr == "212999-9997"
	v.args.first == "0"
	v.args.first_name == "Exempelby kommun"
	v.args.again == "2"
	v.args.name == "Kopia"
}

test_duplicate_in_another_notation_fires if {
	inp := testdata.with_entities([testdata.entity, object.union(testdata.entity, {"org_nr": "162129999997"})])
	vs := entity_per_org_nr.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "org_nr"]
}

test_three_copies_fire_twice if {
	inp := testdata.with_entities([testdata.entity, testdata.entity, testdata.entity])
	vs := entity_per_org_nr.deny with input as inp
	{v.path | some v in vs} == {["legal_entities", 1, "org_nr"], ["legal_entities", 2, "org_nr"]}
}
