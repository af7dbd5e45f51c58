package provkoll.lib.dates_test

# Style: bind a result under `with input as ...` and assert on it afterwards. regorus 0.14.1
# leaves `f == [_v] with input as _ctx` undefined when _ctx's value itself depends on the rule
# _v, so no expression carrying a `with` refers to a rule the input is built from.

import data.provkoll.lib.dates

_window := {"id": "vt2027-ak9", "name": "Åk 9", "start": "2027-03-08", "end": "2027-03-19", "ready_by": "2027-02-22"}

_later := {"id": "vt2027-ak6", "name": "Åk 6", "start": "2027-04-12", "end": "2027-04-23", "ready_by": "2027-03-29"}

_ctx := {"context": {
	"as_of": "2026-11-25",
	"readiness": {"lead_days": 14, "warn_days": 30},
	"warn_until": "2026-12-25",
	"upcoming_windows": [_window, _later],
	"tool_version": "0.1.0",
}}

_no_windows := {"context": object.union(_ctx.context, {"upcoming_windows": []})}

test_ready_period if {
	dates.ready("2026-01-10", "2027-12-31") with input as _ctx
	dates.problems("2026-01-10", "2027-12-31") == set() with input as _ctx
}

test_indefinite if {
	dates.ready(null, null) with input as _ctx
	dates.ready("", "") with input as _ctx
	dates.ready("2026-01-10", null) with input as _ctx
	dates.validity_problems({}) == set() with input as _ctx
	dates.validity_problems({"valid_from": "2026-01-10"}) == set() with input as _ctx
}

# each problem as [kind, the offending date, the window's id ("" without one)]
_named(ps) := {[p.kind, p.date, object.get(p, ["window", "id"], "")] | some p in ps}

test_expired_boundary if {
	# valid through as_of itself, but it ends before the window: only that problem
	ps := dates.problems(null, "2026-11-25") with input as _ctx
	{p.kind | some p in ps} == {"ends_too_soon"}

	# the day before as_of: expired, and the window is not named again
	dates.problems(null, "2026-11-24") == {{
		"kind": "expired",
		"date": "2026-11-24",
		"field": "valid_until",
	}} with input as _ctx
}

test_expires_on_last_day_of_window_is_ready if {
	ps := dates.problems(null, "2027-04-23") with input as _ctx
	ps == set()
}

test_expires_day_before_end_of_window if {
	_named(dates.problems(null, "2027-03-18")) == {["ends_too_soon", "2027-03-18", "vt2027-ak9"]} with input as _ctx

	# through the first window but not the second: names the second
	_named(dates.problems(null, "2027-03-19")) == {["ends_too_soon", "2027-03-19", "vt2027-ak6"]} with input as _ctx
}

test_valid_from_boundary if {
	# valid from ready_by itself: in time
	dates.ready("2027-02-22", null) with input as _ctx

	# one day later: too late for the first window
	ps := dates.problems("2027-02-23", null) with input as _ctx
	ps == {{
		"kind": "not_valid_in_time",
		"date": "2027-02-23",
		"field": "valid_from",
		"window": _window,
	}}
}

test_both_ends_wrong if {
	ps := dates.problems("2027-03-01", "2027-03-10") with input as _ctx
	{p.kind | some p in ps} == {"not_valid_in_time", "ends_too_soon"}
}

test_no_upcoming_window if {
	dates.ready("2027-06-01", "2026-12-01") with input as _no_windows
	_named(dates.problems("2027-06-01", "2026-11-01")) == {["expired", "2026-11-01", ""]} with input as _no_windows
}

test_no_context if {
	dates.ready("2027-06-01", "2026-11-01") with input as {}
}

test_lead_days_in_message if {
	ctx := {"context": object.union(_ctx.context, {
		"readiness": {"lead_days": 21, "warn_days": 30},
		"upcoming_windows": [object.union(_window, {"ready_by": "2027-02-15"})],
	})}
	ps := dates.problems("2027-02-16", null) with input as ctx
	_named(ps) == {["not_valid_in_time", "2027-02-16", "vt2027-ak9"]}
	some p in ps
	a := dates.args(p) with input as ctx
	[a.ready_by, a.lead_days, a.start, a.end] == ["2027-02-15", "21", "2027-03-08", "2027-03-19"]
}

test_valid_on if {
	dates.valid_on("2026-01-10", "2027-12-31", "2026-01-10")
	dates.valid_on("2026-01-10", "2027-12-31", "2027-12-31")
	dates.valid_on(null, null, "2026-02-01")
	dates.valid_on("", null, "2026-02-01")
	not dates.valid_on("2026-01-10", "2027-12-31", "2026-01-09")
	not dates.valid_on("2026-01-10", "2027-12-31", "2028-01-01")
	not dates.valid_on(null, "2026-01-31", "2026-02-01")
}

test_expiring_soon if {
	dates.expiring_soon("2026-11-25") with input as _ctx
	dates.expiring_soon("2026-12-25") with input as _ctx
	not dates.expiring_soon("2026-12-26") with input as _ctx
	not dates.expiring_soon("2026-11-24") with input as _ctx
	not dates.expiring_soon(null) with input as _ctx
}

test_warn_days if {
	d := dates.warn_days with input as _ctx
	d == 30
	dflt := dates.warn_days with input as {"context": {"as_of": "2026-11-25"}}
	dflt == 30
	other := dates.warn_days with input as {"context": {"readiness": {"lead_days": 14, "warn_days": 45}}}
	other == 45
}

test_findings_expiring_on_warn_until if {
	# no upcoming window: nothing else applies, so expiring on warn_until itself is a warning
	fs := dates.findings(null, "2026-12-25") with input as _no_windows
	fs == {{
		"kind": "expiring",
		"date": "2026-12-25",
		"field": "valid_until",
		"severity": "warning",
	}}

	# as_of itself is within warn_days too
	today := dates.findings("2026-01-10", "2026-11-25") with input as _no_windows
	{f.kind | some f in today} == {"expiring"}

	# ... and problems() stays empty: the period is still valid
	ps := dates.problems(null, "2026-12-25") with input as _no_windows
	ps == set()
}

test_findings_day_after_warn_until_is_empty if {
	fs := dates.findings(null, "2026-12-26") with input as _no_windows
	fs == set()
	open := dates.findings("2026-01-10", null) with input as _no_windows
	open == set()
}

test_findings_expired_is_not_expiring if {
	fs := dates.findings(null, "2026-11-24") with input as _no_windows
	fs == {{
		"kind": "expired",
		"date": "2026-11-24",
		"field": "valid_until",
	}}
}

test_findings_problems_win_over_expiring if {
	# with the window, an end within warn_days also ends too soon: only that is reported
	fs := dates.findings(null, "2026-12-25") with input as _ctx
	{f.kind | some f in fs} == {"ends_too_soon"}

	# not valid in time: only the problem
	hs := dates.findings("2027-02-23", "2027-12-31") with input as _ctx
	{h.kind | some h in hs} == {"not_valid_in_time"}
}

test_findings_window_ending_before_warn_until if {
	# a window that ends within warn_days: an end after it but before warn_until only warns
	ctx := {"context": object.union(_ctx.context, {"upcoming_windows": [{"id": "ht2026-komvux", "name": "Komvux", "start": "2026-12-01", "end": "2026-12-10", "ready_by": "2026-11-17"}]})}
	fs := dates.findings(null, "2026-12-10") with input as ctx
	_named(fs) == {["expiring", "2026-12-10", ""]}
	gs := dates.findings(null, "2026-12-09") with input as ctx
	{g.kind | some g in gs} == {"ends_too_soon"}
	vs := dates.validity_findings({"valid_until": "2026-12-10"}) with input as ctx
	{v.severity | some v in vs} == {"warning"}
}

test_day_numbers_count_calendar_days if {
	dates.day_number("1970-01-01") == 0
	dates.day_number("1969-12-31") == -1
	dates.day_number("2000-03-01") == 11017
	dates.days_between("2026-10-25", "2026-11-25") == 31
	dates.days_between("2026-12-31", "2027-01-01") == 1
	dates.days_between("2027-01-01", "2026-12-31") == -1
	# leap years: 2024 and 2000 have a 29 February, 2023 and 1900 do not
	dates.days_between("2024-02-28", "2024-03-01") == 2
	dates.days_between("2000-02-28", "2000-03-01") == 2
	dates.days_between("2023-02-28", "2023-03-01") == 1
	dates.days_between("1900-02-28", "1900-03-01") == 1
	dates.days_between("2026-01-01", "2027-01-01") == 365
	dates.days_between("2028-01-01", "2029-01-01") == 366
}
