package provkoll.rules.gdpr.dpo_required_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.dpo_required

_no_dpo := object.union(testdata.base, {"organiser": {"gdpr": {"dpo": null}}})

_form(inp, form) := object.union(inp, {"organiser": {"legal_form": form}})

test_recorded_is_quiet if {
	vs := dpo_required.deny with input as testdata.base
	vs == set()
	two := dpo_required.deny with input as testdata.two_entities
	two == set()
}

test_kommun_without_dpo_fires if {
	vs := dpo_required.deny with input as _no_dpo
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "dpo"]
	v.subject == "Exempelby kommun"
	v.severity == null
	v.message == "none_public"
	v.args.who == "Exempelby kommun"
	v.args.form == "kommun"
}

test_region_and_blank_fire if {
	vs := dpo_required.deny with input as _form(object.union(testdata.base, {"organiser": {"gdpr": {"dpo": "  "}}}), "region")
	{[v.severity, v.message, v.args.who, v.args.form] | some v in vs} == {[null, "none_public", "Exempelby kommun", "region"]}
}

test_each_entity_dpo_is_enough if {
	inp := object.union(_no_dpo, {"legal_entities": [object.union(testdata.entity, {"gdpr": {"dpo": "dora"}})]})
	vs := dpo_required.deny with input as inp
	vs == set()
}

test_entity_without_one_fires_when_others_have_their_own if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"dpo": "frida"}})
	inp := object.union(_no_dpo, {"legal_entities": [testdata.entity, ab], "schools": [testdata.school, testdata.school_ab]})
	vs := dpo_required.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "gdpr", "dpo"]
	v.subject == "212999-9997"
	v.message == "none_for_entity_public"
	v.args.who == "Exempelby kommun (212999-9997)"
	v.args.form == "kommun"

	# the organiser's DPO covers the entity without its own
	ok := dpo_required.deny with input as object.union(inp, {"organiser": {"gdpr": {"dpo": "dora"}}})
	ok == set()
}

test_enskild_huvudman_is_an_info if {
	inp := object.union(_form(_no_dpo, "aktiebolag"), {"organiser": {"name": "Exempelskolan AB"}})
	vs := dpo_required.deny with input as inp
	count(vs) == 1
	some v in vs
	v.severity == "info"
	v.message == "none_private"
	v.args.who == "Exempelskolan AB"
	v.args.form == "aktiebolag"
	s := dpo_required.deny with input as _form(_no_dpo, "stiftelse")
	{w.severity | some w in s} == {"info"}

	# an entity of its own without one
	own := object.union(_form(_no_dpo, "aktiebolag"), {"legal_entities": [testdata.entity, object.union(testdata.entity_ab, {"gdpr": {"dpo": "dora"}})]})
	{[w.severity, w.message] | some w in dpo_required.deny with input as own} == {["info", "none_for_entity_private"]}
}

test_unknown_legal_form_is_left_to_gdpr_009 if {
	a := dpo_required.deny with input as _form(_no_dpo, "other")
	a == set()
	b := dpo_required.deny with input as _form(_no_dpo, null)
	b == set()
}
