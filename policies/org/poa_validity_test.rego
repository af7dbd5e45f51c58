package provkoll.rules.org.poa_validity_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.poa_validity

# as_of 2026-11-25, warn_until 2026-12-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by
# 2027-02-22. The base entity holds protected_data through anders (to 2027-12-31) and gustav,
# transfer through calle (to 2027-06-30) and nils.
#
# ORG-005 judges each scope, not each power of attorney (issue 15). The tests of the old rule
# that gave one power of attorney alone keep their intent (a lone power of attorney that ends
# too soon is an error) with the new message; where a deputy covers, the same power of
# attorney is now info, not an error: that was the false alarm.

_pd(patch) := object.union(testdata.poa_protected, patch)

_tr(patch) := object.union(testdata.poa_transfer, patch)

_dep := testdata.poa_protected_deputy

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

# the items a message lists, as [key, holder, date]
_items(v) := [[x.message, x.args.holder, x.args.date] | some x in v.args.items]

_sev(vs) := {[v.path, object.get(v, "severity", null)] | some v in vs}

test_valid_through_window_is_quiet if {
	vs := poa_validity.deny with input as testdata.two_entities
	vs == set()
}

test_until_further_notice_is_quiet if {
	vs := poa_validity.deny with input as testdata.with_poas([
		object.remove(testdata.poa_protected, ["valid_until"]),
		object.union(testdata.poa_transfer, {"valid_until": null, "valid_from": null}),
	])
	vs == set()
}

test_expires_on_last_day_of_window_is_quiet if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2027-03-19"}), testdata.poa_transfer])
	vs == set()
}

test_lone_poa_expiring_day_before_end_of_window_fires if {
	vs := poa_validity.deny with input as testdata.with_poas([testdata.poa_transfer, _pd({"valid_until": "2027-03-18"})])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 1, "valid_until"]
	v.subject == "212999-9997"
	not v.severity
	v.message == "not_covered"
	v.args.window == "vt2027-ak9"
	_items(v) == [["item_ends", "anders", "2027-03-18"]]
	object.filter(v.args, {"org_nr", "scope", "window", "holder"}) == {"org_nr": "212999-9997", "scope": "protected_data", "window": "vt2027-ak9", "holder": "anders"}
}

test_planned_rotation_is_info_not_error if {
	# anders's ends inside the window, gustav's covers it: the false alarm of issue 15
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2027-03-18"}), testdata.poa_transfer, _dep])
	count(vs) == 1
	some v in vs
	v.severity == "info"
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.message == "single_window"
	v.args.window == "vt2027-ak9"
	v.args.it == {"message": "it_ends", "args": {"date": "2027-03-18"}}
	v.args.covering == "gustav"
	v.args.window == "vt2027-ak9"
}

test_lone_expired_poa_fires if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2026-11-24"}), testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.message == "not_covered"
	_items(v) == [["item_expired", "anders", "2026-11-24"]]
}

test_expired_poa_covered_by_another_is_info if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2026-11-24"}), testdata.poa_transfer, _dep])
	_sev(vs) == {[["legal_entities", 0, "powers_of_attorney", 0, "valid_until"], "info"]}
	some v in vs
	v.message == "single_expired"
	v.args.date == "2026-11-24"
}

test_valid_from_boundary if {
	ok := poa_validity.deny with input as testdata.with_poas([_pd({"valid_from": "2027-02-22"}), testdata.poa_transfer])
	ok == set()

	vs := poa_validity.deny with input as testdata.with_poas([_pd({"valid_from": "2027-02-23"}), testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_from"]
	v.message == "not_covered"
	_items(v) == [["item_late", "anders", "2027-02-23"]]
}

test_every_poa_of_the_scope_is_named if {
	# gustav's was revoked, anders's ends too soon: the finding points at the list
	vs := poa_validity.deny with input as testdata.with_poas([
		_pd({"valid_until": "2027-03-18"}),
		testdata.poa_transfer,
		object.union(_dep, {"revoked_on": "2026-10-01"}),
	])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.message == "not_covered"
	_items(v) == [["item_ends", "anders", "2027-03-18"], ["item_revoked", "gustav", "2026-10-01"]]
	v.args.holder == "anders, gustav"
}

test_two_live_poas_neither_covering_point_at_the_list if {
	vs := poa_validity.deny with input as testdata.with_poas([
		_pd({"valid_until": "2027-03-18"}),
		testdata.poa_transfer,
		object.union(_dep, {"valid_from": "2027-03-01"}),
	])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.message == "not_covered"
	_items(v) == [["item_ends", "anders", "2027-03-18"], ["item_late", "gustav", "2027-03-01"]]
}

test_revocation_counts if {
	# revoked in the window: a lone one does not cover it
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"revoked_on": "2027-03-10"}), testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "revoked_on"]
	["item_revoking", "anders", "2027-03-10"] in _items(v)

	# revoked already, deputy covers: info
	ws := poa_validity.deny with input as testdata.with_poas([_pd({"revoked_on": "2026-09-01"}), testdata.poa_transfer, _dep])
	_sev(ws) == {[["legal_entities", 0, "powers_of_attorney", 0, "revoked_on"], "info"]}
	some w in ws
	w.message == "single_revoked"
	w.args.date == "2026-09-01"

	# revoked after the window: it covers
	ok := poa_validity.deny with input as testdata.with_poas([_pd({"revoked_on": "2027-03-20"}), testdata.poa_transfer])
	ok == set()
}

test_only_revoked_is_left_to_org_003 if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"revoked_on": "2026-09-01"}), testdata.poa_transfer])
	vs == set()
}

# base with anders's employment_end replaced (the other people kept)
_anders_until(inp, d) := object.union(inp, {"people": array.concat(
	[{"id": "anders", "name": "Anders Exempelsson", "employment_end": d}],
	[p | some p in testdata.base.people; p.id != "anders"],
)})

test_holder_leaving_before_window_ends if {
	lone := _anders_until(testdata.with_poas([testdata.poa_protected, testdata.poa_transfer]), "2027-03-18")
	vs := poa_validity.deny with input as lone
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "holder"]
	v.message == "not_covered"
	_items(v) == [["item_leaves", "anders", "2027-03-18"]]

	covered := _anders_until(testdata.base, "2027-03-18")
	ws := poa_validity.deny with input as covered
	{[w.message, w.args.it, w.args.covering] | some w in ws} == {["single_window", {"message": "it_leaves", "args": {"date": "2027-03-18"}}, "gustav"]}

	left := _anders_until(testdata.base, "2026-10-31")
	ls := poa_validity.deny with input as left
	{[l.path, l.severity] | some l in ls} == {[["legal_entities", 0, "powers_of_attorney", 0, "holder"], "info"]}
	some l in ls
	l.message == "single_left"
	l.args.date == "2026-10-31"

	on_last_day := poa_validity.deny with input as _anders_until(testdata.with_poas([testdata.poa_protected, testdata.poa_transfer]), "2027-03-19")
	on_last_day == set()
}

test_holder_who_is_no_person_is_left_to_org_006 if {
	vs := poa_validity.deny with input as testdata.with_poas([_pd({"holder": "nobody"}), testdata.poa_transfer])
	vs == set()
}

_ak6 := {"id": "vt2027-ak6", "start": "2027-04-12", "end": "2027-04-23", "ready_by": "2027-03-29"}

_ak3 := {"id": "vt2027-ak3", "start": "2027-05-03", "end": "2027-05-07", "ready_by": "2027-04-19"}

_windows(inp, ws) := object.union(inp, {"context": {"upcoming_windows": ws}})

test_names_the_first_uncovered_window_and_the_others if {
	base := testdata.with_poas([_pd({"valid_until": "2027-03-31"}), testdata.poa_transfer])
	inp := _windows(base, [object.union(testdata.window, {"ready_by": "2027-02-22"}), _ak6, _ak3])
	vs := poa_validity.deny with input as inp
	{[v.args.scope, v.args.window] | some v in vs} == {["protected_data", "vt2027-ak6"]}
	some v in vs
	v.args.scope == "protected_data"
	v.message == "not_covered_nor"
	v.args.window == "vt2027-ak6"
	v.args.ready_by == "2027-03-29"
	v.args.others == "vt2027-ak3"
	_items(v) == [["item_ends", "anders", "2027-03-31"]]
}

test_no_upcoming_window_needs_one_in_force_today if {
	# valid from a later date only: nobody can act today
	inp := _no_windows(testdata.with_poas([_pd({"valid_from": "2027-05-01"}), testdata.poa_transfer]))
	vs := poa_validity.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_from"]
	not v.severity
	v.message == "none_in_force"
	_items(v) == [["item_late", "anders", "2027-05-01"]]
	v.args.window == ""

	# another one in force today: quiet
	ok := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_from": "2027-05-01"}), testdata.poa_transfer, _dep]))
	ok == set()
}

test_expiring_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-12-25"}), testdata.poa_transfer]))
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "valid_until"]
	v.subject == "212999-9997"
	v.severity == "warning"
	v.message == "all_ending"
	v.args.warn_until == "2026-12-25"
	_items(v) == [["item_ends", "anders", "2026-12-25"]]
	object.filter(v.args, {"org_nr", "scope", "window", "holder"}) == {"org_nr": "212999-9997", "scope": "protected_data", "window": "", "holder": "anders"}
}

test_expiring_boundary if {
	# the day after warn_until: quiet
	ok := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-12-26"}), testdata.poa_transfer]))
	ok == set()

	# already expired and alone: the error, not the warning
	vs := poa_validity.deny with input as _no_windows(testdata.with_poas([_pd({"valid_until": "2026-11-24"}), testdata.poa_transfer]))
	count(vs) == 1
	some v in vs
	not v.severity
	v.message == "none_in_force"
	_items(v) == [["item_expired", "anders", "2026-11-24"]]

	# with the window ahead, an end within warn_days ends too soon: an error
	ws := poa_validity.deny with input as testdata.with_poas([_pd({"valid_until": "2026-12-25"}), testdata.poa_transfer])
	{[object.get(w, "severity", null), w.args.window] | some w in ws} == {[null, "vt2027-ak9"]}
}

test_expiring_with_a_successor_is_info if {
	inp := _no_windows(testdata.with_poas([_pd({"valid_until": "2026-12-20"}), testdata.poa_transfer, _dep]))
	vs := poa_validity.deny with input as inp
	_sev(vs) == {[["legal_entities", 0, "powers_of_attorney", 0, "valid_until"], "info"]}
	some v in vs
	v.message == "single_expiring"
	v.args.date == "2026-12-20"
	v.args.lasting == "gustav"
}

test_both_expiring_warns_once_and_names_the_next if {
	later := object.union(_dep, {"valid_from": "2027-01-15"})
	inp := _no_windows(testdata.with_poas([
		_pd({"valid_until": "2026-12-20"}),
		testdata.poa_transfer,
		object.union(_dep, {"valid_until": "2026-12-01", "holder": "nils"}),
		later,
	]))
	vs := poa_validity.deny with input as inp
	_sev(vs) == {[["legal_entities", 0, "powers_of_attorney"], "warning"]}
	some v in vs
	v.message == "all_ending_next"
	v.args.next_holder == "gustav"
	v.args.next_from == "2027-01-15"
	_items(v) == [["item_ends", "anders", "2026-12-20"], ["item_ends", "nils", "2026-12-01"]]
}

test_window_ending_soon_covered_by_expiring_poas_warns if {
	soon := {"id": "ht2026-prov", "start": "2026-12-01", "end": "2026-12-10", "ready_by": "2026-11-17"}
	inp := _windows(testdata.with_poas([_pd({"valid_until": "2026-12-20"}), testdata.poa_transfer]), [soon])
	vs := poa_validity.deny with input as inp
	_sev(vs) == {[["legal_entities", 0, "powers_of_attorney", 0, "valid_until"], "warning"]}
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"powers_of_attorney": [object.union(testdata.poa_transfer, {"holder": "frida", "valid_until": "2026-01-31"})]})
	vs := poa_validity.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "powers_of_attorney", 0, "valid_until"]
	v.subject == "556999-9997"
	v.args.scope == "transfer"
}

test_every_reason_is_a_message_of_the_rule if {
	{k: poa_validity._item({"holder": "anders"}, {"kind": k, "date": "2027-01-01"}).message | some k in ["revoked", "expired", "late", "ends", "revoking", "leaves", "other"]} == {
		"revoked": "item_revoked", "expired": "item_expired", "late": "item_late", "ends": "item_ends",
		"revoking": "item_revoking", "leaves": "item_leaves", "other": "item_other",
	}
	poa_validity._it({"kind": "late", "date": "2027-01-01"}).message == "it_late"
	poa_validity._it({"kind": "revoking", "date": "2027-01-01"}).message == "it_revoking"
	poa_validity._it({"kind": "other", "date": ""}).message == "it_other"
}
