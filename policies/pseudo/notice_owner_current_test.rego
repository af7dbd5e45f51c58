package provkoll.rules.pseudo.notice_owner_current_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.notice_owner_current

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22.
# anders owns the notice e-mail, holds protected_data until 2027-12-31, employed until 2028-06-30.

# base with anders's employment_end replaced (the other people kept)
_anders_until(d) := object.union(testdata.base, {"people": array.concat(
	[{"id": "anders", "name": "Anders Exempelsson", "employment_end": d}],
	[p | some p in testdata.base.people; p.id != "anders"],
)})

_pd_poa(patch) := testdata.with_poas([object.union(testdata.poa_protected, patch), testdata.poa_transfer])

test_current_owner_is_quiet if {
	vs := notice_owner_current.deny with input as testdata.two_entities
	vs == set()
}

test_employed_through_last_day_of_window_is_quiet if {
	vs := notice_owner_current.deny with input as _anders_until("2027-03-19")
	vs == set()
	open := notice_owner_current.deny with input as _anders_until(null)
	open == set()
}

test_leaves_the_day_before_the_window_ends_fires if {
	vs := notice_owner_current.deny with input as _anders_until("2027-03-18")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
	v.subject == "212999-9997"
	v.message == "leaves_too_soon"
	v.args.owner == "anders"
	v.args.org_nr == "212999-9997"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_already_left_fires if {
	vs := notice_owner_current.deny with input as _anders_until("2026-10-31")
	count(vs) == 1
	some v in vs
	v.message == "left"
	v.args.owner == "anders"
	v.args.org_nr == "212999-9997"
	v.args.date == "2026-10-31"
}

test_owner_without_protected_data_poa_fires if {
	# calle holds only a transfer power of attorney
	vs := notice_owner_current.deny with input as testdata.with_entity({"protected_data": {"notice_email": {"owner": "calle"}}})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
	v.message == "no_poa"
	v.args.owner == "calle"
	v.args.org_nr == "212999-9997"
}

test_poa_ending_in_window_fires if {
	vs := notice_owner_current.deny with input as _pd_poa({"valid_until": "2027-03-18"})
	count(vs) == 1
	some v in vs
	v.message == "not_ready"
	v.args.owner == "anders"
	v.args.org_nr == "212999-9997"
	[q.message | some q in v.args.problems] == ["ends_too_soon"]
	v.args.problems[0].args.date == "2027-03-18"
	v.args.problems[0].args.window == "vt2027-ak9"
}

test_poa_ending_on_last_day_is_quiet if {
	vs := notice_owner_current.deny with input as _pd_poa({"valid_until": "2027-03-19"})
	vs == set()
}

test_one_ready_poa_among_several_is_enough if {
	old := object.union(testdata.poa_protected, {"valid_until": "2026-06-30"})
	vs := notice_owner_current.deny with input as testdata.with_poas([old, testdata.poa_protected, testdata.poa_transfer])
	vs == set()
}

test_agent_of_another_entity_fires if {
	e := object.union(testdata.entity, {"protected_data": {"notice_email": {"owner": "frida"}}})
	vs := notice_owner_current.deny with input as testdata.with_entities([e, testdata.entity_ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
}

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

test_leaving_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := notice_owner_current.deny with input as _no_windows(_anders_until("2026-12-25"))
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
	v.subject == "212999-9997"
	v.severity == "warning"
	v.message == "leaves_soon"
	v.args.owner == "anders"
	v.args.org_nr == "212999-9997"
	v.args.date == "2026-12-25"
	v.args.warn_days == "30"
	v.args.as_of == "2026-11-25"
}

test_leaving_after_warn_until_is_quiet if {
	vs := notice_owner_current.deny with input as _no_windows(_anders_until("2026-12-26"))
	vs == set()
	left := notice_owner_current.deny with input as _no_windows(_anders_until("2026-11-24"))
	{[v.message, v.args.owner, v.args.date] | some v in left} == {["left", "anders", "2026-11-24"]}
}

test_unknown_or_missing_owner_is_left_to_other_rules if {
	# an owner who is no Person still needs a power of attorney; employment is not checked
	a := notice_owner_current.deny with input as testdata.with_entity({"protected_data": {"notice_email": {"owner": null}}})
	a == set()
}

test_revoked_poa_of_owner_fires if {
	vs := notice_owner_current.deny with input as _pd_poa({"revoked_on": "2026-10-01"})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
	v.message == "not_ready"
	v.args.owner == "anders"
	v.args.org_nr == "212999-9997"
	v.args.problems == [{"message": "revoked", "args": {"date": "2026-10-01"}}]
}

test_revocation_before_the_last_window_ends_fires if {
	vs := notice_owner_current.deny with input as _pd_poa({"revoked_on": "2027-03-19"})
	{[v.message, v.args.problems] | some v in vs} == {["not_ready", [{"message": "revoked_later", "args": {"date": "2027-03-19", "last_day": "2027-03-19"}}]]}

	# revoked after the last window: still ready
	ok := notice_owner_current.deny with input as _pd_poa({"revoked_on": "2027-03-20"})
	ok == set()
}

test_each_date_problem_of_the_owners_poa_is_named if {
	expired := notice_owner_current.deny with input as _pd_poa({"valid_until": "2026-11-24"})
	{[q.message, q.args.date] | some v in expired; some q in v.args.problems} == {["expired", "2026-11-24"]}
	late := notice_owner_current.deny with input as _pd_poa({"valid_from": "2027-02-23"})
	{[q.message, q.args.date, q.args.window] | some v in late; some q in v.args.problems} == {["not_valid_in_time", "2027-02-23", "vt2027-ak9"]}
}
