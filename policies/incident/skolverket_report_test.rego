package provkoll.rules.incident.skolverket_report_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.skolverket_report

_with_routine(r) := object.union(object.remove(testdata.base, ["incident_routine"]), {"incident_routine": r})

_hours(h) := object.union(testdata.base, {"incident_routine": {"skolverket": {"within_hours": h}}})

test_four_hours_with_owner_is_quiet if {
	vs := skolverket_report.deny with input as testdata.base
	vs == set()
	faster := skolverket_report.deny with input as _hours(2)
	faster == set()
}

test_five_hours_fires if {
	vs := skolverket_report.deny with input as _hours(5)
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "skolverket", "within_hours"]
	v.subject == "incident_routine"
	v.message == "too_late"
	v.args.hours == "5"
}

test_no_routine_fires if {
	vs := skolverket_report.deny with input as _with_routine(null)
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine"]
	v.message == "no_routine"
	absent := skolverket_report.deny with input as object.remove(testdata.base, ["incident_routine"])
	count(absent) == 1
}

test_no_owner_fires if {
	vs := skolverket_report.deny with input as object.union(testdata.base, {"incident_routine": {"owner": ""}})
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "owner"]
	v.message == "no_owner"
}

test_no_deadline_fires if {
	vs := skolverket_report.deny with input as _with_routine(object.remove(testdata.base.incident_routine, ["skolverket"]))
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "skolverket", "within_hours"]
	v.message == "no_deadline"
	n := skolverket_report.deny with input as _hours(null)
	count(n) == 1
}
