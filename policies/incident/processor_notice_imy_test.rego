package provkoll.rules.incident.processor_notice_imy_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.processor_notice_imy

_ist := testdata.base.processors[0]

_other(h) := {
	"id": "larplattan",
	"name": "Lärplattan AB",
	"dpa": {"signed_on": "2025-01-01", "breach_notice_hours": h},
	"locations": ["SE"],
	"transfer_mechanism": "eea",
}

_with(h) := object.union(testdata.base, {"processors": [_ist, _other(h)]})

test_base_is_quiet if {
	vs := processor_notice_imy.deny with input as testdata.base
	vs == set()
}

test_up_to_48_hours_is_quiet if {
	a := processor_notice_imy.deny with input as _with(48)
	a == set()
	b := processor_notice_imy.deny with input as _with(24)
	b == set()
	none := processor_notice_imy.deny with input as _with(null)
	none == set()
}

test_over_48_hours_is_an_info if {
	vs := processor_notice_imy.deny with input as _with(49)
	count(vs) == 1
	some v in vs
	v.path == ["processors", 1, "dpa", "breach_notice_hours"]
	v.subject == "larplattan"
	v.severity == "info"
	v.message == "little_left"
	v.args.processor == "larplattan"
	v.args.name == "Lärplattan AB"
	v.args.hours == "49"
	w := processor_notice_imy.deny with input as _with(71)
	{x.severity | some x in w} == {"info"}
}

test_72_hours_or_more_is_a_warning if {
	vs := processor_notice_imy.deny with input as _with(72)
	count(vs) == 1
	some v in vs
	v.severity == null
	v.message == "none_left"
	v.args.processor == "larplattan"
	v.args.name == "Lärplattan AB"
	v.args.hours == "72"
	w := processor_notice_imy.deny with input as _with(96)
	{x.severity | some x in w} == {null}
}

test_dnp_chain_is_left_to_incident_005 if {
	# the school-data system's vendor
	a := processor_notice_imy.deny with input as object.union(testdata.base, {"processors": [object.union(_ist, {"dpa": {"breach_notice_hours": 96}})]})
	a == set()

	# the login service's and a transfer vendor
	b := processor_notice_imy.deny with input as object.union(_with(96), {"organiser": {"login": {"processor": "larplattan"}}})
	b == set()
	c := processor_notice_imy.deny with input as object.union(testdata.with_entity({"transfer": {"processor": "larplattan"}}), {"processors": [_ist, _other(96)]})
	c == set()
}
