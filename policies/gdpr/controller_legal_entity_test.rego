package provkoll.rules.gdpr.controller_legal_entity_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.controller_legal_entity

_controller(c) := object.union(testdata.base, {"organiser": {"gdpr": {"controller": c}}})

test_configured_entity_is_quiet if {
	vs := controller_legal_entity.deny with input as testdata.base
	vs == set()
}

test_other_forms_of_the_number_are_quiet if {
	a := controller_legal_entity.deny with input as _controller("2129999997")
	a == set()
	b := controller_legal_entity.deny with input as _controller("162129999997")
	b == set()
	c := controller_legal_entity.deny with input as object.union(testdata.two_entities, {"organiser": {"gdpr": {"controller": "556999-9997"}}})
	c == set()
}

test_person_fires if {
	vs := controller_legal_entity.deny with input as _controller("dora")
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "controller"]
	v.subject == "dora"
	v.message == "a_person"
	v.args.controller == "dora"
}

test_unknown_org_nr_fires if {
	vs := controller_legal_entity.deny with input as _controller("556999-9997")
	count(vs) == 1
	some v in vs
	v.message == "not_an_entity"
	v.args.controller == "556999-9997"
}

test_missing_fires if {
	vs := controller_legal_entity.deny with input as _controller(null)
	count(vs) == 1
	some v in vs
	v.subject == "nothing"
	v.message == "none"
}

_no_controller := _controller(null)

test_each_entity_its_own_controller_is_quiet if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"controller_body": "Exempelskolan AB"}})
	kommun := object.union(testdata.entity, {"gdpr": {"controller_body": "Barn- och utbildningsnämnden"}})
	inp := object.union(_no_controller, {"legal_entities": [kommun, ab], "schools": [testdata.school, testdata.school_ab]})
	vs := controller_legal_entity.deny with input as inp
	vs == set()
}

test_entity_without_controller_fires_when_others_have_one if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"controller_body": "Exempelskolan AB"}})
	inp := object.union(_no_controller, {"legal_entities": [testdata.entity, ab], "schools": [testdata.school, testdata.school_ab]})
	vs := controller_legal_entity.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "gdpr", "controller_body"]
	v.subject == "212999-9997"
	v.message == "none_for_entity"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	# the organiser's controller covers it
	ok := controller_legal_entity.deny with input as object.union(inp, {"organiser": {"gdpr": {"controller": "212999-9997"}}})
	ok == set()
}

test_controller_body_that_is_a_person_fires if {
	inp := testdata.with_entity({"gdpr": {"controller_body": "dora"}})
	vs := controller_legal_entity.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "gdpr", "controller_body"]
	v.subject == "212999-9997"
	v.message == "body_a_person"
	v.args.controller == "dora"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_wrong_organiser_controller_fires_even_with_entity_bodies if {
	inp := object.union(testdata.with_entity({"gdpr": {"controller_body": "Barn- och utbildningsnämnden"}}), {"organiser": {"gdpr": {"controller": "anders"}}})
	vs := controller_legal_entity.deny with input as inp
	{v.path | some v in vs} == {["organiser", "gdpr", "controller"]}
}
