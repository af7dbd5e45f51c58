package provkoll.rules.incident.imy_report_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.imy_report

_imy(patch) := object.union(testdata.base, {"incident_routine": {"imy": patch}})

test_72_hours_is_quiet if {
	vs := imy_report.deny with input as testdata.base
	vs == set()
	same_time := imy_report.deny with input as _imy({"within_hours": 4})
	same_time == set()
}

test_73_hours_fires if {
	vs := imy_report.deny with input as _imy({"within_hours": 73})
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "imy", "within_hours"]
	v.subject == "incident_routine"
	v.message == "too_late"
	v.args.hours == "73"
}

test_not_reported_fires if {
	vs := imy_report.deny with input as _imy({"personal_data_incidents": false})
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "imy", "personal_data_incidents"]
	v.message == "not_reported"
	v.args.value == "false"
}

test_no_imy_section_fires_twice if {
	inp := object.union(object.remove(testdata.base, ["incident_routine"]), {"incident_routine": object.remove(testdata.base.incident_routine, ["imy"])})
	vs := imy_report.deny with input as inp
	{v.path | some v in vs} == {["incident_routine", "imy", "personal_data_incidents"], ["incident_routine", "imy", "within_hours"]}
	some v in vs
	v.message == "no_deadline"
}

test_not_concurrent_fires_as_warning if {
	vs := imy_report.deny with input as _imy({"concurrent_with_skolverket": false})
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "imy", "concurrent_with_skolverket"]
	v.subject == "incident_routine"
	v.severity == "warning"
	v.message == "not_concurrent"
	v.args.value == "false"
	# absent counts as not concurrent
	routine := object.union(object.remove(testdata.base.incident_routine, ["imy"]), {"imy": {"personal_data_incidents": true, "within_hours": 72}})
	inp := object.union(object.remove(testdata.base, ["incident_routine"]), {"incident_routine": routine})
	ws := imy_report.deny with input as inp
	{[w.path, w.severity, w.message, w.args.value] | some w in ws} == {[
		["incident_routine", "imy", "concurrent_with_skolverket"],
		"warning",
		"not_concurrent", "null",
	]}
}

test_concurrent_is_quiet if {
	vs := imy_report.deny with input as _imy({"concurrent_with_skolverket": true})
	vs == set()
}

test_not_reported_at_all_is_not_also_not_concurrent if {
	# no IMY report at all: the error, not also the warning
	vs := imy_report.deny with input as _imy({"personal_data_incidents": false, "concurrent_with_skolverket": false})
	{v.path | some v in vs} == {["incident_routine", "imy", "personal_data_incidents"]}
}

test_no_routine_is_left_to_incident_001 if {
	vs := imy_report.deny with input as object.union(testdata.base, {"incident_routine": null})
	vs == set()
}
