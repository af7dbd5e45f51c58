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
	v.msg == "school norrskolan (12345678) is closed (UPPHORT) in Skolenhetsregistret, but window vt2027-ak9 (2027-03-08 – 2027-03-19) needs it"
	v.args == {"school": "norrskolan", "code": "12345678", "ready_by": "2027-02-22"}
}

test_a_dormant_unit_fires if {
	vs := unit_active.deny with input as _with_norr({"status": "VILANDE"})
	some v in vs
	v.msg == "school norrskolan (12345678) is dormant (VILANDE) in Skolenhetsregistret, but window vt2027-ak9 (2027-03-08 – 2027-03-19) needs it"
}

test_a_unit_planned_too_late_fires if {
	vs := unit_active.deny with input as _with_norr({"status": "PLANERAD", "startdate": "2027-07-01"})
	some v in vs
	v.msg == "school norrskolan (12345678) is only planned (PLANERAD) in Skolenhetsregistret, from 2027-07-01, after 2027-02-22, but window vt2027-ak9 (2027-03-08 – 2027-03-19) needs it"
	ws := unit_active.deny with input as _with_norr({"status": "PLANERAD", "startdate": null})
	count(ws) == 1
}

test_a_unit_closing_during_a_window_fires if {
	vs := unit_active.deny with input as _with_norr({"endDate": "2027-03-12"})
	some v in vs
	v.msg == "school norrskolan (12345678) closes on 2027-03-12 in Skolenhetsregistret (endDate), but window vt2027-ak9 (2027-03-08 – 2027-03-19) needs it"
}
