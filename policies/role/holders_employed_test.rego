package provkoll.rules.role.holders_employed_test

import data.provkoll.lib.testdata
import data.provkoll.rules.role.holders_employed

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19. bella holds the federation role.

# base with bella's employment_end set to d (the other people kept)
_bella_until(d) := object.union(testdata.base, {"people": array.concat(
	[{"id": "bella", "name": "Bella Exempelsson", "employment_end": d}],
	[p | some p in testdata.base.people; p.id != "bella"],
)})

test_employed_holders_are_quiet if {
	vs := holders_employed.deny with input as testdata.base
	vs == set()
}

test_employed_through_last_day_of_window_is_quiet if {
	vs := holders_employed.deny with input as _bella_until("2027-03-19")
	vs == set()
	open := holders_employed.deny with input as _bella_until(null)
	open == set()
}

test_leaves_the_day_before_the_window_ends_fires if {
	vs := holders_employed.deny with input as _bella_until("2027-03-18")
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "roles", "federation"]
	v.subject == "bella"
	v.message == "ends_too_soon"
	v.args.person == "bella"
	v.args.role == "federation"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_already_left_is_left_to_role_005 if {
	# ROLE-005 reports a leaver who still holds a role, as an error: not reported twice
	vs := holders_employed.deny with input as _bella_until("2026-11-24")
	vs == set()
}

test_leaving_on_as_of_before_window_fires_as_too_soon if {
	vs := holders_employed.deny with input as _bella_until("2026-11-25")
	count(vs) == 1
	some v in vs
	v.args.date == "2026-11-25"
	v.message == "ends_too_soon"
	v.args.window == "vt2027-ak9"
}

test_one_finding_per_role_of_the_same_person if {
	inp := object.union(_bella_until("2027-01-31"), {"organiser": {"roles": {"transfer": "bella"}}})
	vs := holders_employed.deny with input as inp
	{v.path | some v in vs} == {["organiser", "roles", "federation"], ["organiser", "roles", "transfer"]}
}

test_no_upcoming_window_only_expired_counts if {
	inp := object.union(_bella_until("2027-01-31"), {"context": {"upcoming_windows": []}})
	vs := holders_employed.deny with input as inp
	vs == set()
}

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

test_leaving_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := holders_employed.deny with input as _no_windows(_bella_until("2026-12-25"))
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "roles", "federation"]
	v.subject == "bella"
	v.severity == "warning"
	v.message == "expiring"
	v.args.person == "bella"
	v.args.role == "federation"
	v.args.date == "2026-12-25"
	v.args.warn_days == "30"
	v.args.as_of == "2026-11-25"
}

test_leaving_after_warn_until_is_quiet if {
	vs := holders_employed.deny with input as _no_windows(_bella_until("2026-12-26"))
	vs == set()
	left := holders_employed.deny with input as _no_windows(_bella_until("2026-11-24"))
	left == set()
}

test_unknown_holder_is_left_to_org_006 if {
	vs := holders_employed.deny with input as object.union(testdata.base, {"organiser": {"roles": {"transfer": "nobody"}}})
	vs == set()
}
