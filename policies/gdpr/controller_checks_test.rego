package provkoll.rules.gdpr.controller_checks_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.controller_checks

# as_of 2026-11-25: an audit on or after 2025-11-25 counts

_with_audit(d) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], {"last_audit_on": d})]})

_at(inp, as_of) := object.union(inp, {"context": {"as_of": as_of}})

test_base_is_quiet if {
	vs := controller_checks.deny with input as testdata.base
	vs == set()
}

test_audit_boundary if {
	ok := controller_checks.deny with input as _with_audit("2025-11-25")
	ok == set()

	vs := controller_checks.deny with input as _with_audit("2025-11-24")
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "last_audit_on"]
	v.subject == "ist"
	v.message == "audit_too_old"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.last == "2025-11-24"
	v.args.as_of == "2026-11-25"
	v.args.cutoff == "2025-11-25"
	v.args.field == "last_audit_on (ist)"
}

test_leap_day_as_of if {
	c := controller_checks.audit_cutoff with input as _at(testdata.base, "2028-02-29")
	c == "2027-02-28"
	ok := controller_checks.deny with input as _at(_with_audit("2027-02-28"), "2028-02-29")
	ok == set()
	vs := controller_checks.deny with input as _at(_with_audit("2027-02-27"), "2028-02-29")
	count(vs) == 1

	d := controller_checks.audit_cutoff with input as _at(testdata.base, "2027-03-01")
	d == "2026-03-01"
}

test_no_audit_fires if {
	vs := controller_checks.deny with input as _with_audit(null)
	count(vs) == 1
	some v in vs
	v.message == "no_audit"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
}

test_missing_records_fire if {
	inp := object.union(testdata.base, {"organiser": {"gdpr": {"legality_check": null, "risk_analysis": {"done_on": null, "ref": "KS 2026/131"}}}})
	vs := controller_checks.deny with input as inp
	count(vs) == 2
	some v in vs
	v.path == ["organiser", "gdpr", "legality_check", "done_on"]
	v.subject == "legality_check"
	v.message == "no_legality_check"
	v.args.field == "organiser.gdpr.legality_check.done_on"
	some w in vs
	w.path == ["organiser", "gdpr", "risk_analysis", "done_on"]
	w.message == "no_risk_analysis"
}
