package provkoll.rules.support.areas_covered_test

import data.provkoll.lib.testdata
import data.provkoll.rules.support.areas_covered

# the base's plan covers the six areas that apply with its own identity provider
_with_areas(areas) := object.union(object.remove(testdata.base, ["support"]), {"support": object.union(object.remove(testdata.base.support, ["areas"]), {"areas": areas})})

_with_idp(inp, idp) := object.union(inp, {"organiser": {"login": {"idp": idp}}})

test_six_areas_without_eduid_are_quiet if {
	vs := areas_covered.deny with input as testdata.base
	vs == set()
}

test_missing_area_fires if {
	vs := areas_covered.deny with input as _with_areas(object.remove(testdata.base.support.areas, ["equipment"]))
	count(vs) == 1
	some v in vs
	v.path == ["support", "areas", "equipment"]
	v.subject == "equipment"
	v.message == "no_contact"
	v.args.area == "equipment"
	v.args.what == {"message": "what_equipment"}
	v.args.area == "equipment"
}

test_eduid_areas_needed_with_eduid if {
	vs := areas_covered.deny with input as _with_idp(testdata.base, "eduid")
	{v.path | some v in vs} == {["support", "areas", "eduid_login"], ["support", "areas", "eduid_eid"]}
	{v.args.what.message | some v in vs} == {"what_eduid_login", "what_eduid_eid"}
	some v in vs
	v.subject == "eduid_eid"
	v.message == "no_contact"
	v.args.area == "eduid_eid"
	v.args.what == {"message": "what_eduid_eid"}
}

test_eduid_areas_covered_are_quiet if {
	areas := object.union(testdata.base.support.areas, {"eduid_login": "helpdesk", "eduid_eid": "helpdesk"})
	vs := areas_covered.deny with input as _with_idp(_with_areas(areas), "eduid")
	vs == set()
}

test_default_contact_does_not_cover_areas if {
	vs := areas_covered.deny with input as _with_areas({"network": "nils", "incidents": "", "platform_use": null})
	{v.subject | some v in vs} == {"user_transfer", "platform_login", "platform_use", "equipment", "incidents"}
}

test_no_areas_or_no_plan if {
	a := areas_covered.deny with input as _with_areas(null)
	count(a) == 6
	# each area in its own words (the two Eduid areas: test_eduid_areas_needed_with_eduid)
	{v.args.what.message | some v in a} == {"what_network", "what_user_transfer", "what_platform_login", "what_platform_use", "what_equipment", "what_incidents"}
	# no plan at all is SUPPORT-001's finding
	b := areas_covered.deny with input as object.union(testdata.base, {"support": null})
	b == set()
}

_with_eid(inp, eid) := object.union(inp, {"organiser": {"login": {"staff_e_legitimation": eid}}})

test_eduid_eid_needed_with_own_idp_and_eduid_as_e_legitimation if {
	# own login service, staff e-legitimation from Eduid: Eduid as e-legitimation, not as login service
	vs := areas_covered.deny with input as _with_eid(testdata.base, "eduid")
	count(vs) == 1
	some v in vs
	v.path == ["support", "areas", "eduid_eid"]
	v.subject == "eduid_eid"
	v.message == "no_contact"
	v.args.area == "eduid_eid"
	v.args.what == {"message": "what_eduid_eid"}
}

test_eduid_eid_covered_with_own_idp_is_quiet if {
	# eduid_login is not needed behind the organiser's own login service
	areas := object.union(testdata.base.support.areas, {"eduid_eid": "helpdesk"})
	vs := areas_covered.deny with input as _with_eid(_with_areas(areas), "eduid")
	vs == set()
}

test_own_e_legitimation_needs_no_eduid_area if {
	vs := areas_covered.deny with input as _with_eid(testdata.base, "own")
	vs == set()
}

test_eduid_idp_needs_both_whatever_the_e_legitimation_says if {
	# with Eduid as login service staff_e_legitimation is not used; both areas stay required
	vs := areas_covered.deny with input as _with_eid(_with_idp(testdata.base, "eduid"), "own")
	{v.subject | some v in vs} == {"eduid_login", "eduid_eid"}
}

test_eduid_values_are_read_loosely if {
	a := areas_covered.deny with input as _with_eid(testdata.base, " Eduid ")
	{v.subject | some v in a} == {"eduid_eid"}
	b := areas_covered.deny with input as _with_idp(testdata.base, "EDUID")
	{v.subject | some v in b} == {"eduid_login", "eduid_eid"}
	# a value of another type is not Eduid
	c := areas_covered.deny with input as _with_eid(testdata.base, true)
	c == set()
}
