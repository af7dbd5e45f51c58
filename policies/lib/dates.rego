# Readiness semantics for anything with a validity period (config-format.md, "Dates: what
# 'ready' means"). Dates are ISO `YYYY-MM-DD` strings, validated by the tool, so string order is
# date order. `as_of` and the upcoming windows come from input.context; no rule reads the clock.
#
# For an artefact valid from `from` (absent/null: no lower bound) until `until` (absent/null:
# until further notice), both days inclusive:
# - expired:            until < as_of
# - not valid in time:  from > window.ready_by (= window.start - lead_days) for an upcoming window
# - ends too soon:      until < window.end for an upcoming window (not reported when expired)
# - expiring:           as_of <= until <= warn_until and none of the above: a warning, from
#                       findings() only (problems() stays the test for "valid").
# Each is reported once, naming the first upcoming window (by start) it fails.
package provkoll.lib.dates

# as_of: the date the check is run for.
as_of := input.context.as_of

# upcoming: exam windows with end >= as_of, sorted by start; [] when there are none.
upcoming := w if {
	w := input.context.upcoming_windows
	is_array(w)
} else := []

# lead_days: how long before a window's start things must work (default 14).
lead_days := d if {
	d := input.context.readiness.lead_days
	is_number(d)
} else := 14

# warn_days: how many days ahead an end date is reported as expiring (default 30).
warn_days := d if {
	d := input.context.readiness.warn_days
	is_number(d)
} else := 30

# warn_until: as_of + warn_days, computed by the tool.
warn_until := input.context.warn_until

# day_number(d): the days from 1970-01-01 to the ISO date d (negative before it), in the
# proleptic Gregorian calendar (Howard Hinnant's days_from_civil). Rules count days with it:
# provkoll's regorus has no time.* builtins, since no rule may read the clock.
day_number(d) := n if {
	m := _digits(substring(d, 5, 2))
	y := _digits(substring(d, 0, 4)) - _before_march(m)
	era := floor(y / 400)
	year_of_era := y - (era * 400)
	day_of_year := (floor(((153 * ((m + 9) % 12)) + 2) / 5) + _digits(substring(d, 8, 2))) - 1
	day_of_era := (((year_of_era * 365) + floor(year_of_era / 4)) - floor(year_of_era / 100)) + day_of_year
	n := ((era * 146097) + day_of_era) - 719468
}

# _digits(s): the number of the digits s ("03" is 3; to_number refuses a leading zero)
_digits(s) := to_number(concat("", ["1", s])) - _tens[count(s)]

_tens := {2: 100, 4: 10000}

_before_march(m) := 1 if m <= 2

else := 0

# days_between(a, b): whole days from the ISO date a to b (negative when b is before a).
days_between(a, b) := day_number(b) - day_number(a)

# is_set(x): x is a date that is present (not absent, null or "").
is_set(x) if {
	is_string(x)
	x != ""
}

# valid_on(from, until, date): the period [from, until] contains date; a bound that is null or
# "" is open. Pass object.get(obj, "valid_from", null) for an optional field.
valid_on(from, until, date) if {
	_starts_by(from, date)
	_lasts_until(until, date)
}

_starts_by(from, _) if not is_set(from)

_starts_by(from, date) if {
	is_set(from)
	from <= date
}

_lasts_until(until, _) if not is_set(until)

_lasts_until(until, date) if {
	is_set(until)
	until >= date
}

# problems(from, until): the set of readiness problems of a validity period, each an object
# {"kind": "expired" | "not_valid_in_time" | "ends_too_soon", "date": <the offending bound>,
#  "field": "valid_from" | "valid_until", "window": <the window, absent for expired>}. A rule
# words it with its own templates, from args(problem).
# Empty when the period is ready.
problems(from, until) := (expired(until) | not_valid_in_time(from)) | ends_too_soon(until)

# args(problem): what a message about a problem of problems() or findings() names, each as text,
# for the rule's templates (`{date}`, `{window}`, ...): the offending date; the window's id,
# start, end and ready_by ("" for a problem without a window); lead_days, warn_days and as_of.
# A rule returns "message": problem.kind, with its own templates for the four kinds.
args(problem) := {
	"date": problem.date,
	"window": object.get(problem, ["window", "id"], ""),
	"start": object.get(problem, ["window", "start"], ""),
	"end": object.get(problem, ["window", "end"], ""),
	"ready_by": object.get(problem, ["window", "ready_by"], ""),
	"lead_days": sprintf("%d", [lead_days]),
	"warn_days": sprintf("%d", [warn_days]),
	"as_of": as_of,
}

# validity_problems(obj): problems() of an object's optional valid_from and valid_until.
validity_problems(obj) := problems(object.get(obj, "valid_from", null), object.get(obj, "valid_until", null))

# findings(from, until): what a date rule reports for a validity period: problems(from, until)
# when that is non-empty; otherwise, when until is expiring_soon, one
# {"kind": "expiring", "date": until, "field": "valid_until", "severity": "warning"}
# that softens the rule's severity to a warning; otherwise empty. Pass
# "severity": object.get(problem, "severity", null) in the violation.
findings(from, until) := ps if {
	ps := problems(from, until)
	count(ps) > 0
} else := expiring(until)

# validity_findings(obj): findings() of an object's optional valid_from and valid_until.
validity_findings(obj) := findings(object.get(obj, "valid_from", null), object.get(obj, "valid_until", null))

# ready(from, until): no readiness problem.
ready(from, until) if count(problems(from, until)) == 0

expired(until) := {p |
	is_set(until)
	until < as_of
	p := {
		"kind": "expired",
		"date": until,
		"field": "valid_until",
	}
}

not_valid_in_time(from) := {p |
	is_set(from)
	late := [w | some w in upcoming; from > w.ready_by]
	count(late) > 0
	w := late[0]
	p := {
		"kind": "not_valid_in_time",
		"date": from,
		"field": "valid_from",
		"window": w,
	}
}

ends_too_soon(until) := {p |
	is_set(until)
	until >= as_of
	short := [w | some w in upcoming; until < w.end]
	count(short) > 0
	w := short[0]
	p := {
		"kind": "ends_too_soon",
		"date": until,
		"field": "valid_until",
		"window": w,
	}
}

# expiring(until): the expiring warning for until when expiring_soon(until), else empty (it does
# not look at problems(); use findings()).
expiring(until) := {p |
	expiring_soon(until)
	p := {
		"kind": "expiring",
		"date": until,
		"field": "valid_until",
		"severity": "warning",
	}
}

# expiring_soon(until): until falls within warn_days after as_of (as_of itself included). Not
# a problem by itself: findings() warns with it when problems() is empty.
expiring_soon(until) if {
	is_set(until)
	until >= as_of
	until <= warn_until
}
