package provkoll.rules.registry.unit_active_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.unit_active

_norr(patch) := object.union(testdata.registry_units[0], {"data": {"attributes": patch}})

_with_norr(patch) := testdata.with_registry([_norr(patch), testdata.registry_units[1]])

test_active_units_are_quiet if {
	count(unit_active.deny) == 0 with input as testdata.registered
	count(unit_active.deny) == 0 with input as _with_norr({"endDate": "2027-06-30"})
	count(unit_active.deny) == 0 with input as _with_norr({"status": "PLANERAD", "startdate": "2027-01-01"})
}

test_no_upcoming_window_is_quiet if {
	inp := object.union(_with_norr({"status": "UPPHORT"}), {"context": {"upcoming_windows": []}})
	count(unit_active.deny) == 0 with input as inp
}

test_a_closed_unit_fires if {
	vs := unit_active.deny with input as _with_norr({"status": "UPPHORT", "endDate": "2026-06-30"})
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "school_unit_code"]
	v.subject == "norrskolan"
	v.message == "inactive"
	v.args.why == {"message": "closed", "args": {}}
	v.args.window == "vt2027-ak9"
	v.args.school == "norrskolan"
	v.args.code == "12345678"
	v.args.ready_by == "2027-02-22"
}

test_a_dormant_unit_fires if {
	vs := unit_active.deny with input as _with_norr({"status": "VILANDE"})
	some v in vs
	v.args.why == {"message": "dormant", "args": {}}
}

test_a_unit_planned_too_late_fires if {
	vs := unit_active.deny with input as _with_norr({"status": "PLANERAD", "startdate": "2027-07-01"})
	some v in vs
	v.args.why == {"message": "planned_late", "args": {"start": "2027-07-01", "ready_by": "2027-02-22"}}
	ws := unit_active.deny with input as _with_norr({"status": "PLANERAD", "startdate": null})
	count(ws) == 1
	some w in ws
	w.args.why == {"message": "planned_undated", "args": {}}
}

test_a_unit_closing_during_a_window_fires if {
	vs := unit_active.deny with input as _with_norr({"endDate": "2027-03-12"})
	some v in vs
	v.args.why == {"message": "closes", "args": {"end": "2027-03-12"}}
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}
