package provkoll.rules.incident.processor_notice_time_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.processor_notice_time

_ist := testdata.base.processors[0]

_notice(h) := object.union(testdata.base, {"processors": [object.union(_ist, {"dpa": {"breach_notice_hours": h}})]})

test_within_deadline_is_quiet if {
	vs := processor_notice_time.deny with input as testdata.base
	vs == set()
	faster := processor_notice_time.deny with input as _notice(1)
	faster == set()
}

test_longer_than_deadline_fires if {
	vs := processor_notice_time.deny with input as _notice(24)
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "breach_notice_hours"]
	v.subject == "ist"
	v.message == "too_late"
	v.args.processor == "ist"
	v.args.name == "IST Group AB"
	v.args.hours == "24"
	v.args.deadline == 4
}

test_follows_the_routines_deadline if {
	# a 2-hour routine makes a 3-hour processor too slow; an 8-hour one would let it pass
	tight := object.union(_notice(3), {"incident_routine": {"skolverket": {"within_hours": 2}}})
	vs := processor_notice_time.deny with input as tight
	count(vs) == 1
	some v in vs
	v.args.deadline == 2
	loose := object.union(_notice(8), {"incident_routine": {"skolverket": {"within_hours": 8}}})
	ok := processor_notice_time.deny with input as loose
	ok == set()
}

test_no_routine_uses_four_hours if {
	vs := processor_notice_time.deny with input as object.union(_notice(5), {"incident_routine": null})
	count(vs) == 1
	ok := processor_notice_time.deny with input as object.union(_notice(4), {"incident_routine": null})
	ok == set()
}

test_no_notice_time_fires if {
	vs := processor_notice_time.deny with input as _notice(null)
	count(vs) == 1
	some v in vs
	v.message == "no_time"
	v.args.processor == "ist"
	v.args.name == "IST Group AB"
}

test_no_dpa_is_left_to_gdpr_001 if {
	p := object.remove(_ist, ["dpa"])
	vs := processor_notice_time.deny with input as object.union(testdata.base, {"processors": [p]})
	vs == set()
}

_other := {
	"id": "larplattan",
	"name": "Lärplattan AB",
	"dpa": {"signed_on": "2025-01-01", "breach_notice_hours": 24},
	"locations": ["SE"],
	"transfer_mechanism": "eea",
}

# the false alarm removed for issue 15: a processor outside the DNP chain is not held to four hours
test_processor_outside_the_dnp_chain_is_not_judged if {
	vs := processor_notice_time.deny with input as object.union(testdata.base, {"processors": [_ist, _other]})
	vs == set()
	none := processor_notice_time.deny with input as object.union(testdata.base, {"processors": [_ist, object.union(_other, {"dpa": {"breach_notice_hours": null}})]})
	none == set()
}

test_login_and_transfer_vendors_are_in_the_chain if {
	login := object.union(testdata.base, {"processors": [_ist, _other], "organiser": {"login": {"processor": "larplattan"}}})
	a := processor_notice_time.deny with input as login
	{[v.path, v.subject] | some v in a} == {[["processors", 1, "dpa", "breach_notice_hours"], "larplattan"]}

	transfer := object.union(testdata.with_entity({"transfer": {"processor": "larplattan"}}), {"processors": [_ist, _other]})
	b := processor_notice_time.deny with input as transfer
	{[v.path, v.message, v.args.name, v.args.hours] | some v in b} == {[
		["processors", 1, "dpa", "breach_notice_hours"],
		"too_late", "Lärplattan AB", "24",
	]}
}

test_no_chain_judges_nobody if {
	inp := object.union(_notice(24), {"organiser": {"school_data_system": {"processor": null}}})
	vs := processor_notice_time.deny with input as inp
	vs == set()
}
