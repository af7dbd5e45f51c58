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
#   per_item: [legal_entities]
#   title_sv: Varje fullmaktsområde är täckt nu och under kommande provperioder
#   hint: Keep at least one {scope} power of attorney for {org_nr} in force in Mina ombud, held by someone employed throughout, from each upcoming window's ready-by date through its last day (extend or re-issue one, or issue a new one, and update valid_from and valid_until). One that has ended while others cover the scope can be removed or kept as a record.
#   hint_sv: Se till att minst en fullmakt ({scope}) för {org_nr} i Mina ombud gäller, innehavd av någon som är anställd hela tiden, från varje kommande provperiods klar-datum till och med dess sista dag (förläng eller utfärda om en, eller utfärda en ny, och uppdatera valid_from och valid_until). En fullmakt som har upphört medan andra täcker området kan tas bort eller sparas som historik.
#   messages:
#     not_covered:
#       en: "no {scope} power of attorney of {entity} covers window {window} ({start} – {end}, ready by {ready_by}): {items}"
#       sv: "ingen fullmakt ({scope}) för {entity} täcker provperioden {window} ({start} – {end}, klar senast {ready_by}): {items}"
#     not_covered_nor:
#       en: "no {scope} power of attorney of {entity} covers window {window} ({start} – {end}, ready by {ready_by}): {items} (nor windows {others})"
#       sv: "ingen fullmakt ({scope}) för {entity} täcker provperioden {window} ({start} – {end}, klar senast {ready_by}): {items} (inte heller provperioderna {others})"
#     none_in_force:
#       en: "no {scope} power of attorney of {entity} is in force on {as_of}: {items}"
#       sv: "ingen fullmakt ({scope}) för {entity} gäller {as_of}: {items}"
#     all_ending:
#       en: "every {scope} power of attorney of {entity} in force on {as_of} ends within {warn_days} days: {items}; none in force on {warn_until} lasts past it"
#       sv: "varje fullmakt ({scope}) för {entity} som gäller {as_of} upphör inom {warn_days} dagar: {items}; ingen som gäller {warn_until} varar längre än så"
#     all_ending_next:
#       en: "every {scope} power of attorney of {entity} in force on {as_of} ends within {warn_days} days: {items}; none in force on {warn_until} lasts past it (the next, {next_holder}'s, starts on {next_from})"
#       sv: "varje fullmakt ({scope}) för {entity} som gäller {as_of} upphör inom {warn_days} dagar: {items}; ingen som gäller {warn_until} varar längre än så (nästa, för {next_holder}, börjar gälla {next_from})"
#     single_revoked:
#       en: "the {scope} power of attorney of {holder} for {entity} was revoked on {date}: it no longer counts; remove it or keep it as a record"
#       sv: "fullmakten ({scope}) för {holder} hos {entity} återkallades {date}: den räknas inte längre; ta bort den eller behåll den som dokumentation"
#     single_expired:
#       en: "the {scope} power of attorney of {holder} for {entity} expired on {date}: remove it or keep it as a record"
#       sv: "fullmakten ({scope}) för {holder} hos {entity} löpte ut {date}: ta bort den eller behåll den som dokumentation"
#     single_left:
#       en: "the {scope} power of attorney of {holder} for {entity} no longer counts: its holder left on {date} (employment_end); remove it or keep it as a record"
#       sv: "fullmakten ({scope}) för {holder} hos {entity} räknas inte längre: innehavaren slutade {date} (employment_end); ta bort den eller behåll den som dokumentation"
#     single_expiring:
#       en: "the {scope} power of attorney of {holder} for {entity} expires {date}, within {warn_days} days of {as_of}; {lasting} holds the scope after that"
#       sv: "fullmakten ({scope}) för {holder} hos {entity} upphör att gälla {date}, inom {warn_days} dagar från {as_of}; {lasting} har fullmakten därefter"
#     single_window:
#       en: "the {scope} power of attorney of {holder} for {entity} does not cover window {window} ({start} – {end}, ready by {ready_by}): {it}; covered by {covering}"
#       sv: "fullmakten ({scope}) för {holder} hos {entity} täcker inte provperioden {window} ({start} – {end}, klar senast {ready_by}): {it}; den täcks av {covering}"
#     item_revoked:
#       en: "{holder}'s was revoked on {date}"
#       sv: "fullmakten för {holder} återkallades {date}"
#     item_expired:
#       en: "{holder}'s expired on {date}"
#       sv: "fullmakten för {holder} löpte ut {date}"
#     item_late:
#       en: "{holder}'s is valid only from {date}"
#       sv: "fullmakten för {holder} gäller först från {date}"
#     item_ends:
#       en: "{holder}'s expires {date}"
#       sv: "fullmakten för {holder} upphör att gälla {date}"
#     item_revoking:
#       en: "{holder}'s is revoked from {date}"
#       sv: "fullmakten för {holder} återkallas från {date}"
#     item_leaves:
#       en: "{holder} is employed only until {date}"
#       sv: "{holder} är anställd bara till och med {date}"
#     item_other:
#       en: "{holder}'s does not hold it"
#       sv: "fullmakten för {holder} täcker inte området"
#     it_late:
#       en: "it is valid only from {date}"
#       sv: "den gäller först från {date}"
#     it_ends:
#       en: "it expires {date}"
#       sv: "den upphör att gälla {date}"
#     it_revoking:
#       en: "it is revoked from {date}"
#       sv: "den återkallas från {date}"
#     it_leaves:
#       en: "its holder is employed only until {date}"
#       sv: "innehavaren är anställd bara till och med {date}"
#     it_other:
#       en: "it does not hold it"
#       sv: "den täcker inte området"
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

# "anders's expires 2027-03-18" / "nils is employed only until 2027-03-01", as a message of this rule
_item(p, y) := {"message": concat("_", ["item", y.kind]), "args": {"holder": _holder(p), "date": sprintf("%v", [y.date])}}

# "it expires 2027-03-18" / "its holder is employed only until 2027-03-01", as a message of this rule
_it(y) := {"message": concat("_", ["it", y.kind]), "args": {"date": sprintf("%v", [y.date])}}

_window_args(w) := {"window": w.id, "start": w.start, "end": w.end, "ready_by": w.ready_by}

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

_args(i, scope, window, holders) := {"org_nr": _org(i), "scope": scope, "window": window, "holder": holders, "entity": _name(i)}

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
		"message": _also_key(ws),
		"args": object.union(object.union(_args(i, scope, w.id, _names(ps)), _window_args(w)), {
			"items": items,
			"others": concat(", ", [x.id | some k, x in ws; k > 0]),
		}),
	}
}

_also_key(ws) := "not_covered" if count(ws) == 1

else := "not_covered_nor"

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
		"message": "none_in_force",
		"args": object.union(_args(i, scope, "", _names(ps)), {"items": items, "as_of": dates.as_of}),
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
		"message": _next_key(ps),
		"args": object.union(object.union(_args(i, scope, "", _names(now)), _next(ps)), {
			"items": items,
			"as_of": dates.as_of,
			"warn_days": sprintf("%d", [dates.warn_days]),
			"warn_until": dates.warn_until,
		}),
	}
}

# the next power of attorney to start after warn_until, if any
_next(ps) := {"next_holder": _holder(first[1]), "next_from": first[0]} if {
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
} else := {}

_next_key(ps) := "all_ending_next" if count(_next(ps)) > 0

else := "all_ending"

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
		"message": _single_key(y),
		"args": object.union(_args(i, scope, object.get(y, ["window", "id"], ""), _holder(p)), _single_args(i, ps, y)),
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

_single_key(y) := concat("_", ["single", y.kind]) if y.kind in {"revoked", "expired", "left", "expiring"}

else := "single_window"

_single_args(i, ps, y) := {
	"date": sprintf("%v", [y.date]),
	"warn_days": sprintf("%d", [dates.warn_days]),
	"as_of": dates.as_of,
	"lasting": _lasting(i, ps),
} if y.kind in {"revoked", "expired", "left", "expiring"}

else := object.union(_window_args(y.window), {
	"it": _it(y),
	"covering": _covering(i, ps, y.window),
})

_covering(i, ps, w) := concat(", ", sort({_holder(p) | some [j, p] in ps; [i, j, w.id] in _covered}))

_lasting(i, ps) := concat(", ", sort({_holder(p) | some [j, p] in ps; [i, j] in _lasting_ones}))
