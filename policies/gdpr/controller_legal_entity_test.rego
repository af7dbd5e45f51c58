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
	v.msg == "the controller \"dora\" is the person dora, not a legal entity; the controller is the organisation"
	v.args == {"controller": "dora"}
}

test_unknown_org_nr_fires if {
	vs := controller_legal_entity.deny with input as _controller("556999-9997")
	count(vs) == 1
	some v in vs
	v.msg == "the controller \"556999-9997\" is not the organisation number of a configured LegalEntity"
}

test_missing_fires if {
	vs := controller_legal_entity.deny with input as _controller(null)
	count(vs) == 1
	some v in vs
	v.subject == "nothing"
	v.msg == "no controller is recorded (organiser.gdpr.controller)"
}
