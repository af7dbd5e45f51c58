package provkoll.rules.data.exam_windows_test

import data.provkoll.lib.testdata
import data.provkoll.rules.data.exam_windows

_windows(ws) := object.union(testdata.base, {"organiser": {"exam_windows": ws}})

test_base_is_quiet if {
	vs := exam_windows.deny with input as testdata.base
	vs == set()
}

test_no_window_fires if {
	vs := exam_windows.deny with input as _windows([])
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "exam_windows"]
	v.subject == "exam_windows"
	v.message == "none"
	v.args == {}

	absent := exam_windows.deny with input as object.union(object.remove(testdata.base, ["organiser"]), {"organiser": object.remove(testdata.base.organiser, ["exam_windows"])})
	count(absent) == 1
}

test_start_after_end_fires if {
	vs := exam_windows.deny with input as _windows([testdata.window, {"id": "vt2027-ak6", "start": "2027-04-23", "end": "2027-04-12"}])
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "exam_windows", 1, "end"]
	v.subject == "vt2027-ak6"
	v.message == "ends_before_start"
	v.args == {"window": "vt2027-ak6", "start": "2027-04-23", "end": "2027-04-12"}
}

test_one_day_window_is_quiet if {
	vs := exam_windows.deny with input as _windows([{"id": "ht2026-komvux", "start": "2026-09-22", "end": "2026-09-22"}])
	vs == set()
}

test_past_windows_only_is_info if {
	# none upcoming: the date rules can only check expiry
	inp := object.union(_windows([{"id": "vt2026-ak9", "start": "2026-03-09", "end": "2026-03-20"}]), {"context": {"upcoming_windows": []}})
	vs := exam_windows.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "exam_windows"]
	v.subject == "exam_windows"
	v.severity == "info"
	v.message == "none_upcoming"
	v.args == {"as_of": "2026-11-25"}
}

test_one_upcoming_window_is_enough if {
	# a past window next to the upcoming one (the base's context lists it as upcoming)
	vs := exam_windows.deny with input as _windows([{"id": "vt2026-ak9", "start": "2026-03-09", "end": "2026-03-20"}, testdata.window])
	vs == set()
}

test_no_window_is_not_also_info if {
	vs := exam_windows.deny with input as object.union(_windows([]), {"context": {"upcoming_windows": []}})
	{[v.message, object.get(v, "severity", null)] | some v in vs} == {["none", null]}
}
