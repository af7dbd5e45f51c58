# METADATA
# title: Each scope of power of attorney is covered now and through the upcoming exam windows
# description: |
#   Logging in to Administration provtjänsten needs a power of attorney (fullmakt) from Mina
#   ombud: one scope to handle protected personal data, one to transfer data. What matters is
#   that each legal entity always has someone who can act in each scope, not that every single
#   power of attorney lasts: one that ends while others of the same scope take over is planned
#   rotation. So the error is, for a legal entity and a scope: an upcoming exam window that no
#   power of attorney covers from the window's ready-by date (lead_days before it starts)
#   through its last day, held by someone still employed on that last day. A revoked power of
#   attorney covers nothing from the day it was revoked. With no upcoming window, the error is
#   that none of the scope is in force today. When every power of attorney of the scope in force
#   today ends within warn_days and none in force then lasts past it, that is a warning. A
#   single power of attorney that has expired, was revoked, whose holder has left, that does not
#   cover a window others cover, or that ends within warn_days while another lasts, is reported
#   as info (one that no longer counts: remove it or keep it as a record). A scope with no power
#   of attorney at all, or only revoked ones, is ORG-003 and ORG-004. The lead time, the
#   "through the window" reading and the warning are provkoll's inference: no source states
#   how long before a test a power of attorney must hold.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Varje huvudman behöver utse och ge fullmakt till minst en person som hanterar skyddade personuppgifter. Huvudmän kan skapa fullmakt via Mina ombud."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: Skolverket, "Checklista för provisionering enligt standarden SS12000" (GitHub, 2025-09-04), step 6, "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten."
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: Skolverket, "Skolverkets e-tjänst Administration provtjänsten", "För att kunna logga in i Administration provtjänsten måste du först ha fått en fullmakt."
#   - ref: https://github.com/onify/blueprint-mina-ombud-get-powers-of-attorney
#     description: Onify, "Blueprint Mina ombud get powers of attorney" (GitHub), Mina ombud distinguishes historical and valid powers of attorney; the giver can revoke one at any time
# custom:
#   id: ORG-005
#   severity: error
#   title_sv: Varje fullmaktsområde är täckt nu och under kommande provperioder
#   hint: Keep at least one {scope} power of attorney for {org_nr} in force in Mina ombud, held by someone employed throughout, from each upcoming window's ready-by date through its last day (extend or re-issue one, or issue a new one, and update valid_from and valid_until). One that has ended while others cover the scope can be removed or kept as a record.
#   hint_sv: Se till att minst en fullmakt ({scope}) för {org_nr} i Mina ombud gäller, innehavd av någon som är anställd hela tiden, från varje kommande provperiods klar-datum till och med dess sista dag (förläng eller utfärda om en, eller utfärda en ny, och uppdatera valid_from och valid_until). En fullmakt som har upphört medan andra täcker området kan tas bort eller sparas som historik.
package provkoll.rules.org.poa_validity

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.poa
import data.provkoll.lib.values

_scopes := ["protected_data", "transfer"]

_get(o, k) := object.get(o, k, null)

_holder(p) := sprintf("%v", [object.get(p, "holder", "?")])

# [i, scope, ps] for each legal entity and scope that has a power of attorney not revoked as of
# as_of; ps is [[j, p], ...], every power of attorney of that scope (revoked ones included, so
# that a message can name them). A scope with none, or only revoked ones, is ORG-003/ORG-004.
_groups contains [i, scope, ps] if {
	some i, e in values.list(input.legal_entities)
	some scope in _scopes
	ps := [[j, p] | some j, p in values.list(_get(e, "powers_of_attorney")); _get(p, "scope") == scope]
	_any_live(ps)
}

_any_live(ps) if {
	some [_, p] in ps
	not poa.revoked_by(p, dates.as_of)
}

# the holder's last day of employment, or null (none recorded, or not a configured Person: a
# dangling holder is ORG-006's finding, not this rule's)
_end(p) := e if {
	people.is_person(_get(p, "holder"))
	e := object.get(people.person(_get(p, "holder")), "employment_end", null)
} else := null

# the holder is employed on date; a holder who is no configured Person is left to ORG-006
_stays(p, date) if people.employed_through(_get(p, "holder"), date)

_stays(p, _) if not people.is_person(_get(p, "holder"))

# What each power of attorney of a group covers, and whether it is in force and lasts, found
# once: a function's value is not kept between calls, a rule's is, and the bodies below ask
# the same questions of each power of attorney several times (recomputing them was most of
# this rule's time in the compiled engine).
#
# The questions are plain comparisons of each power of attorney's dates, bounds left open
# replaced by "" (before every date) and "~" (after every date: the dates compared with are
# the tool's own, YYYY-MM-DD), because a call costs more here than the comparison it makes.
_bounds[[i, j]] := {
	"from": _or(_get(p, "valid_from"), ""),
	"until": _or(_get(p, "valid_until"), "~"),
	"revoked": _or(_get(p, "revoked_on"), "~"),
	"leaves": _or(_end(p), "~"),
} if {
	some [i, _, ps] in _groups
	some [j, p] in ps
}

_or(date, open) := date if dates.is_set(date)

else := open

# p covers window w: in force from its ready-by date through its last day, not revoked by then,
# and its holder still employed on the last day
_covered contains [i, j, w.id] if {
	some [i, j], b in _bounds
	some w in dates.upcoming
	b.from <= w.ready_by
	b.from <= w.end
	b.until >= w.ready_by
	b.until >= w.end
	b.revoked > w.ready_by
	b.revoked > w.end
	b.leaves >= w.end
}

# p is in force today, with its holder
_forced contains [i, j] if {
	some [i, j], b in _bounds
	b.from <= dates.as_of
	b.until >= dates.as_of
	b.revoked > dates.as_of
	b.leaves >= dates.as_of
}

# p is in force, with its holder, on warn_until and beyond it
_lasting_ones contains [i, j] if {
	some [i, j], b in _bounds
	b.from <= dates.warn_until
	b.until > dates.warn_until
	b.revoked > dates.warn_until
	b.leaves > dates.warn_until
}

_some_covers(i, ps, w) if {
	some [j, _] in ps
	[i, j, w.id] in _covered
}

_some_in_force(i, ps) if {
	some [j, _] in ps
	[i, j] in _forced
}

_uncovered[[i, scope]] := [w | some w in dates.upcoming; not _some_covers(i, ps, w)] if {
	some [i, scope, ps] in _groups
}

# the scope has an error: a window nobody covers, or (no window) nobody in force today
_error contains [i, scope] if {
	some [i, scope, _] in _groups
	count(_uncovered[[i, scope]]) > 0
}

_error contains [i, scope] if {
	count(dates.upcoming) == 0
	some [i, scope, ps] in _groups
	not _some_in_force(i, ps)
}

_some_lasts(i, ps) if {
	some [j, _] in ps
	[i, j] in _lasting_ones
}

# why p does not hold the scope from `from` through `to`: {"kind", "date", "field"}
_why(p, from, to) := {"kind": "revoked", "date": _get(p, "revoked_on"), "field": "revoked_on"} if {
	poa.revoked_by(p, dates.as_of)
} else := {"kind": "expired", "date": _get(p, "valid_until"), "field": "valid_until"} if {
	dates.is_set(_get(p, "valid_until"))
	_get(p, "valid_until") < dates.as_of
} else := {"kind": "late", "date": _get(p, "valid_from"), "field": "valid_from"} if {
	dates.is_set(_get(p, "valid_from"))
	_get(p, "valid_from") > from
} else := {"kind": "ends", "date": _get(p, "valid_until"), "field": "valid_until"} if {
	dates.is_set(_get(p, "valid_until"))
	_get(p, "valid_until") < to
} else := {"kind": "revoking", "date": _get(p, "revoked_on"), "field": "revoked_on"} if {
	poa.revoked_by(p, to)
} else := {"kind": "leaves", "date": _end(p), "field": "holder"} if {
	not _stays(p, to)
} else := {"kind": "other", "date": "", "field": "scope"}

# how p's hold on the scope ends by warn_until (p is in force today and does not last)
_ending(p) := {"kind": "revoking", "date": _get(p, "revoked_on"), "field": "revoked_on"} if {
	poa.revoked_by(p, dates.warn_until)
} else := {"kind": "ends", "date": _get(p, "valid_until"), "field": "valid_until"} if {
	dates.is_set(_get(p, "valid_until"))
	_get(p, "valid_until") <= dates.warn_until
} else := {"kind": "leaves", "date": _end(p), "field": "holder"}

_tpl := {
	"revoked": "was revoked on %s",
	"expired": "expired on %s",
	"late": "is valid only from %s",
	"ends": "expires %s",
	"revoking": "is revoked from %s",
	"other": "does not hold it%s",
}

# "anders's expires 2027-03-18" / "nils is employed only until 2027-03-01"
_item(p, y) := sprintf("%s is employed only until %s", [_holder(p), y.date]) if {
	y.kind == "leaves"
} else := sprintf("%s's %s", [_holder(p), sprintf(_tpl[y.kind], [y.date])])

# "it expires 2027-03-18" / "its holder is employed only until 2027-03-01"
_it(y) := sprintf("its holder is employed only until %s", [y.date]) if {
	y.kind == "leaves"
} else := sprintf("it %s", [sprintf(_tpl[y.kind], [y.date])])

_window(w) := sprintf("%s (%s – %s, ready by %s)", [w.id, w.start, w.end, w.ready_by])

_names(ps) := concat(", ", sort({_holder(p) | some [_, p] in ps}))

_entity(i) := input.legal_entities[i]

_org(i) := sprintf("%v", [object.get(_entity(i), "org_nr", "")])

_name(i) := sprintf("%v (%s)", [object.get(_entity(i), "name", _org(i)), _org(i)])

_live(ps) := [[j, p] | some [j, p] in ps; not poa.revoked_by(p, dates.as_of)]

# the path of a scope finding: the one live power of attorney's field, else the list
_path(i, ps, field_of) := ["legal_entities", i, "powers_of_attorney", live[0][0], field_of[live[0][0]]] if {
	live := _live(ps)
	count(live) == 1
} else := ["legal_entities", i, "powers_of_attorney"]

_args(i, scope, window, holders) := {"org_nr": _org(i), "scope": scope, "window": window, "holder": holders}

# an upcoming window that no power of attorney of the scope covers
deny contains v if {
	some [i, scope, ps] in _groups
	ws := _uncovered[[i, scope]]
	count(ws) > 0
	w := ws[0]
	whys := {j: _why(p, w.ready_by, w.end) | some [j, p] in ps}
	items := [_item(p, whys[j]) | some [j, p] in ps]
	v := {
		"path": _path(i, ps, {j: y.field | some j, y in whys}),
		"subject": _org(i),
		"msg": sprintf(
			"no %s power of attorney of %s covers window %s: %s%s",
			[scope, _name(i), _window(w), concat("; ", items), _also(ws)],
		),
		"args": _args(i, scope, w.id, _names(ps)),
	}
}

_also(ws) := "" if count(ws) == 1

else := sprintf(" (nor windows %s)", [concat(", ", [w.id | some k, w in ws; k > 0])])

# no upcoming window, and none of the scope in force today
deny contains v if {
	count(dates.upcoming) == 0
	some [i, scope, ps] in _groups
	not _some_in_force(i, ps)
	whys := {j: _why(p, dates.as_of, dates.as_of) | some [j, p] in ps}
	items := [_item(p, whys[j]) | some [j, p] in ps]
	v := {
		"path": _path(i, ps, {j: y.field | some j, y in whys}),
		"subject": _org(i),
		"msg": sprintf(
			"no %s power of attorney of %s is in force on %s: %s",
			[scope, _name(i), dates.as_of, concat("; ", items)],
		),
		"args": _args(i, scope, "", _names(ps)),
	}
}

# the scope is held today only by powers of attorney that end within warn_days
deny contains v if {
	some [i, scope, ps] in _groups
	not [i, scope] in _error
	now := [[j, p] | some [j, p] in ps; [i, j] in _forced]
	count(now) > 0
	not _some_lasts(i, ps)
	endings := {j: _ending(p) | some [j, p] in now}
	items := [_item(p, endings[j]) | some [j, p] in now]
	v := {
		"path": _path(i, now, {j: y.field | some j, y in endings}),
		"subject": _org(i),
		"severity": "warning",
		"msg": sprintf(
			"every %s power of attorney of %s in force on %s ends within %d days: %s; none in force on %s lasts past it%s",
			[scope, _name(i), dates.as_of, dates.warn_days, concat("; ", items), dates.warn_until, _next(ps)],
		),
		"args": _args(i, scope, "", _names(now)),
	}
}

# the next power of attorney to start after warn_until, if any
_next(ps) := sprintf(" (the next, %s's, starts on %s)", [_holder(first[1]), first[0]]) if {
	later := sort([[f, k] |
		some k, pair in ps
		p := pair[1]
		f := _get(p, "valid_from")
		dates.is_set(f)
		f > dates.warn_until
		not poa.revoked_by(p, f)
	])
	count(later) > 0
	first := [later[0][0], ps[later[0][1]][1]]
} else := ""

# a single power of attorney that no longer counts or misses a window, while the scope is covered
deny contains v if {
	some [i, scope, ps] in _groups
	not [i, scope] in _error
	some [j, p] in ps
	y := _single(i, ps, j, p)
	y.kind != "none"
	v := {
		"path": ["legal_entities", i, "powers_of_attorney", j, y.field],
		"subject": _org(i),
		"severity": "info",
		"msg": sprintf("the %s power of attorney of %s for %s %s", [scope, _holder(p), _name(i), _single_text(i, ps, y)]),
		"args": _args(i, scope, object.get(y, ["window", "id"], ""), _holder(p)),
	}
}

# what is reported about one power of attorney: kind "none" for nothing (a total function: the
# compiled engine does not fail a body on a binding to an undefined value)
_single(i, ps, j, p) := {"kind": "revoked", "date": _get(p, "revoked_on"), "field": "revoked_on"} if {
	poa.revoked_by(p, dates.as_of)
} else := {"kind": "expired", "date": _get(p, "valid_until"), "field": "valid_until"} if {
	dates.is_set(_get(p, "valid_until"))
	_get(p, "valid_until") < dates.as_of
} else := {"kind": "left", "date": _end(p), "field": "holder"} if {
	not _stays(p, dates.as_of)
} else := object.union(_why(p, w.ready_by, w.end), {"window": w}) if {
	misses := [x | some x in dates.upcoming; not [i, j, x.id] in _covered]
	count(misses) > 0
	w := misses[0]
} else := {"kind": "expiring", "date": _get(p, "valid_until"), "field": "valid_until"} if {
	dates.expiring_soon(_get(p, "valid_until"))
	_some_lasts(i, ps)
} else := {"kind": "none"}

_single_text(i, ps, y) := sprintf("was revoked on %s: it no longer counts; remove it or keep it as a record", [y.date]) if {
	y.kind == "revoked"
} else := sprintf("expired on %s: remove it or keep it as a record", [y.date]) if {
	y.kind == "expired"
} else := sprintf("no longer counts: its holder left on %s (employment_end); remove it or keep it as a record", [y.date]) if {
	y.kind == "left"
} else := sprintf("expires %s, within %d days of %s; %s", [y.date, dates.warn_days, dates.as_of, _lasting(i, ps)]) if {
	y.kind == "expiring"
} else := sprintf("does not cover window %s: %s; covered by %s", [_window(y.window), _it(y), _covering(i, ps, y.window)])

_covering(i, ps, w) := concat(", ", sort({_holder(p) | some [j, p] in ps; [i, j, w.id] in _covered}))

_lasting(i, ps) := sprintf("%s holds the scope after that", [concat(", ", sort({_holder(p) | some [j, p] in ps; [i, j] in _lasting_ones}))])
