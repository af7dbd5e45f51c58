# The timeline: every dated artefact of the configuration with its validity, its state as of
# input.context.as_of, and for each upcoming exam window whether it covers it (valid from the
# window's ready_by through its end). `provkoll timeline` and the report read `items`; the
# readiness semantics are those of lib/dates, so the timeline and the date rules always agree.
package provkoll.lib.timeline

import data.provkoll.lib.dates
import data.provkoll.lib.values

_get(o, k) := object.get(o, k, null)

items contains item if {
	some i, e in values.list(input.legal_entities)
	some j, p in values.list(_get(e, "powers_of_attorney"))
	what := sprintf("%s power of attorney of %s for %s", [_get(p, "scope"), _get(p, "holder"), _get(e, "org_nr")])
	item := _item("power_of_attorney", what, _get(e, "org_nr"), ["legal_entities", i, "powers_of_attorney", j], _get(p, "valid_from"), _get(p, "valid_until"))
}

items contains item if {
	some i, e in values.list(input.legal_entities)
	ps := values.obj(object.get(e, ["protected_data", "pseudonymisation"], null))
	dates.is_set(_get(ps, "attested_on"))
	what := sprintf("attestation of the %s pseudonymisation method of %s", [_get(ps, "method"), _get(e, "org_nr")])
	item := _item("attestation", what, _get(e, "org_nr"), ["legal_entities", i, "protected_data", "pseudonymisation", "attested_on"], _get(ps, "attested_on"), null)
}

items contains item if {
	some k, c in values.list(object.get(input, ["federation", "certificates"], null))
	item := _item("certificate", sprintf("Skolfederation certificate %s", [_get(c, "id")]), _get(c, "id"), ["federation", "certificates", k], _get(c, "not_before"), _get(c, "not_after"))
}

items contains item if {
	some i, p in values.list(input.processors)
	dpa := values.obj(_get(p, "dpa"))
	count(dpa) > 0
	item := _item("dpa", sprintf("data processing agreement with %s", [_get(p, "name")]), _get(p, "id"), ["processors", i, "dpa"], _get(dpa, "signed_on"), _get(dpa, "valid_until"))
}

items contains item if {
	some i, p in values.list(input.processors)
	dates.is_set(_get(p, "dpf_certified_until"))
	item := _item("dpf_certification", sprintf("Data Privacy Framework certification of %s", [_get(p, "name")]), _get(p, "id"), ["processors", i, "dpf_certified_until"], null, _get(p, "dpf_certified_until"))
}

items contains item if {
	some i, p in values.list(input.people)
	dates.is_set(_get(p, "employment_end"))
	item := _item("employment", sprintf("employment of %s", [_get(p, "id")]), _get(p, "id"), ["people", i, "employment_end"], null, _get(p, "employment_end"))
}

items contains item if {
	some i, w in values.list(input.waivers)
	item := _item("waiver", sprintf("waiver of %s%s", [_get(w, "rule"), _for(_get(w, "subject"))]), _get(w, "rule"), ["waivers", i], _get(w, "approved_on"), _get(w, "expires"))
}

_for(s) := sprintf(" for %s", [s]) if dates.is_set(s)

else := ""

_item(kind, what, subject, path, from, until) := {
	"kind": kind,
	"what": what,
	"subject": subject,
	"path": path,
	"valid_from": from,
	"valid_until": until,
	"state": _state(from, until),
	"windows": [{"id": w.id, "start": w.start, "end": w.end, "covered": _covers(from, until, w)} | some w in dates.upcoming],
}

_state(from, until) := "expired" if {
	dates.is_set(until)
	until < dates.as_of
} else := "not_yet_valid" if {
	dates.is_set(from)
	from > dates.as_of
} else := "expiring" if {
	dates.expiring_soon(until)
} else := "valid"

_covers(from, until, w) if {
	dates.valid_on(from, until, w.ready_by)
	dates.valid_on(from, until, w.end)
}

else := false
