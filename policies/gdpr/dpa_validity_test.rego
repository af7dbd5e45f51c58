package provkoll.rules.gdpr.dpa_validity_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.dpa_validity

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22

_with_dpa(patch) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], {"dpa": patch})]})

test_base_is_quiet if {
	vs := dpa_validity.deny with input as testdata.base
	vs == set()
}

test_until_further_notice_is_quiet if {
	vs := dpa_validity.deny with input as _with_dpa({"valid_until": null})
	vs == set()
}

test_expired_fires if {
	vs := dpa_validity.deny with input as _with_dpa({"valid_until": "2026-11-24"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "valid_until"]
	v.subject == "ist"
	v.message == "expired"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2026-11-24"
	v.args.window == ""
}

test_last_day_of_window_boundary if {
	ok := dpa_validity.deny with input as _with_dpa({"valid_until": "2027-03-19"})
	ok == set()

	vs := dpa_validity.deny with input as _with_dpa({"valid_until": "2027-03-18"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "valid_until"]
	v.message == "ends_too_soon"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
	v.args.window == "vt2027-ak9"
}

test_signed_too_late_fires if {
	ok := dpa_validity.deny with input as _with_dpa({"signed_on": "2027-02-22"})
	ok == set()

	vs := dpa_validity.deny with input as _with_dpa({"signed_on": "2027-02-23"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "signed_on"]
	v.message == "not_valid_in_time"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2027-02-23"
	v.args.ready_by == "2027-02-22"
	v.args.lead_days == "14"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

test_expiring_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := dpa_validity.deny with input as _no_windows(_with_dpa({"valid_until": "2026-12-25"}))
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "valid_until"]
	v.subject == "ist"
	v.severity == "warning"
	v.message == "expiring"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2026-12-25"
	v.args.warn_days == "30"
	v.args.as_of == "2026-11-25"
	v.args.window == ""
}

test_expiring_boundary if {
	ok := dpa_validity.deny with input as _no_windows(_with_dpa({"valid_until": "2026-12-26"}))
	ok == set()

	# expired on the day before as_of: the error
	vs := dpa_validity.deny with input as _no_windows(_with_dpa({"valid_until": "2026-11-24"}))
	{[v.severity, v.message, v.args.date] | some v in vs} == {[null, "expired", "2026-11-24"]}

	# expiring on as_of itself still warns
	ws := dpa_validity.deny with input as _no_windows(_with_dpa({"valid_until": "2026-11-25"}))
	{w.severity | some w in ws} == {"warning"}
}

test_no_dpa_is_left_to_gdpr_001 if {
	inp := object.union(testdata.base, {"processors": [object.remove(testdata.base.processors[0], ["dpa"])]})
	vs := dpa_validity.deny with input as inp
	vs == set()
}
