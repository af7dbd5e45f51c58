package provkoll.rules.support.support_plan_test

import data.provkoll.lib.testdata
import data.provkoll.rules.support.support_plan

_with_plan(plan) := object.union(object.remove(testdata.base, ["support"]), {"support": plan})

test_plan_with_contacts_is_quiet if {
	vs := support_plan.deny with input as testdata.base
	vs == set()
}

test_one_area_contact_is_enough if {
	vs := support_plan.deny with input as _with_plan({"areas": {"incidents": "ingrid"}})
	vs == set()
	d := support_plan.deny with input as _with_plan({"default_contact": "helpdesk"})
	d == set()
}

test_no_plan_fires if {
	vs := support_plan.deny with input as _with_plan(null)
	count(vs) == 1
	some v in vs
	v.path == ["support"]
	v.subject == "support"
	v.message == "no_plan"
	absent := support_plan.deny with input as object.remove(testdata.base, ["support"])
	count(absent) == 1
}

test_plan_without_contacts_fires if {
	vs := support_plan.deny with input as _with_plan({"hours": "08-16", "areas": {"network": null, "incidents": ""}})
	count(vs) == 1
	some v in vs
	v.path == ["support", "default_contact"]
	v.message == "no_contact"
	empty := support_plan.deny with input as _with_plan({})
	count(empty) == 1
}
