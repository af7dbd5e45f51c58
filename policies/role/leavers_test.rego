package provkoll.rules.role.leavers_test

import data.provkoll.lib.testdata
import data.provkoll.rules.role.leavers

# as_of 2026-11-25. In the base: anders holds the protected_data role, its power of attorney
# (index 0) and the notice e-mail; bella the federation role and is the technical contact; gustav
# the protected_data deputy's power of attorney (index 2) and Norrskolan's DNP administrator post;
# nils the transfer deputy's (index 3) and the network and equipment support areas; helpdesk the
# default support contact, Norrskolan's support contact and two areas; ingrid the incidents area
# and the incident routine.

# base where person id's employment ended on `end`
_left(inp, id, end) := object.union(inp, {"people": array.concat(
	[p | some p in inp.people; p.id != id],
	[{"id": id, "name": "Exempelsson", "employment_end": end}],
)})

_paths(vs) := {v.path | some v in vs}

test_nobody_has_left_is_quiet if {
	vs := leavers.deny with input as testdata.two_entities
	vs == set()
	# leaving today: still employed today
	today := leavers.deny with input as _left(testdata.base, "anders", "2026-11-25")
	today == set()
	# a leaver who holds nothing
	dora := leavers.deny with input as _left(testdata.base, "dora", "2026-06-30")
	dora == set()
}

test_leaver_with_fullmakt_role_and_notice_email_fires_for_each if {
	vs := leavers.deny with input as _left(testdata.base, "anders", "2026-10-31")
	_paths(vs) == {
		["legal_entities", 0, "powers_of_attorney", 0],
		["organiser", "roles", "protected_data"],
		["legal_entities", 0, "protected_data", "notice_email", "owner"],
	}
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0]
	v.subject == "anders"
	v.message == "still_holds"
	v.args == {
		"short": {"message": "poa_short", "args": {}},
		"person": "anders",
		"left_on": "2026-10-31",
		"what": {"message": "poa_what", "args": {"scope": "protected_data", "org": "Exempelby kommun (212999-9997)"}},
		"fix": {"message": "poa_fix", "args": {}},
	}
	some r in vs
	r.path == ["organiser", "roles", "protected_data"]
	r.message == "still_holds"
	r.args.person == "anders"
	r.args.left_on == "2026-10-31"
	r.args.what == {"message": "role_what", "args": {"role": "protected_data"}}
	r.args.short.message == "role_short"
	r.args.fix.message == "role_fix"
	r.args.fix.args.role == "protected_data"
	r.args.fix.args.more.message == "role_fix_protected_data"
	some n in vs
	n.path == ["legal_entities", 0, "protected_data", "notice_email", "owner"]
	n.message == "still_holds"
	n.args.person == "anders"
	n.args.left_on == "2026-10-31"
	n.args.what == {"message": "notice_what", "args": {"org": "Exempelby kommun (212999-9997)"}}
	n.args.short.message == "notice_short"
}

test_revoked_or_expired_fullmakt_is_not_held if {
	revoked := object.union(testdata.poa_protected, {"revoked_on": "2026-11-01"})
	expired := object.union(testdata.poa_transfer, {"holder": "anders", "valid_until": "2026-11-24"})
	future := object.union(testdata.poa_transfer, {"holder": "anders", "valid_from": "2027-01-01"})
	inp := _left(testdata.with_poas([revoked, expired, future]), "anders", "2026-10-31")
	vs := leavers.deny with input as inp
	{p | some p in _paths(vs); p[0] == "legal_entities"; p[2] == "powers_of_attorney"} == {["legal_entities", 0, "powers_of_attorney", 2]}
	# revoked on as_of itself: no longer held
	today := object.union(testdata.poa_protected, {"revoked_on": "2026-11-25"})
	vs2 := leavers.deny with input as _left(testdata.with_poas([today]), "anders", "2026-10-31")
	{p | some p in _paths(vs2); p[2] == "powers_of_attorney"} == set()
}

test_dnp_administrator_and_deputy_fullmakt if {
	vs := leavers.deny with input as _left(testdata.base, "gustav", "2026-08-31")
	_paths(vs) == {["legal_entities", 0, "powers_of_attorney", 2], ["schools", 0, "dnp_administrators", 0]}
	some v in vs
	v.path == ["schools", 0, "dnp_administrators", 0]
	v.message == "still_holds"
	v.args.person == "gustav"
	v.args.left_on == "2026-08-31"
	v.args.what == {"message": "admin_what", "args": {"school": "norrskolan"}}
	v.args.short == {"message": "admin_short", "args": {"product": "IST Administration"}}
}

test_federation_role_and_technical_contact if {
	vs := leavers.deny with input as _left(testdata.base, "bella", "2026-11-24")
	_paths(vs) == {["organiser", "roles", "federation"], ["federation", "technical_contacts", 0]}
	some v in vs
	v.path == ["federation", "technical_contacts", 0]
	v.message == "still_holds"
	v.args.person == "bella"
	v.args.left_on == "2026-11-24"
	v.args.what.message == "federation_what"
	v.args.short.message == "federation_short"
}

test_support_contacts if {
	vs := leavers.deny with input as _left(testdata.base, "helpdesk", "2026-09-30")
	_paths(vs) == {
		["support", "areas", "platform_login"],
		["support", "areas", "platform_use"],
		["support", "default_contact"],
		["schools", 0, "support_contact"],
	}
	some v in vs
	v.path == ["support", "default_contact"]
	v.message == "still_holds"
	v.args.person == "helpdesk"
	v.args.left_on == "2026-09-30"
	v.args.what.message == "default_contact_what"
	v.args.short.message == "contact_short"
}

test_incident_routine_owner if {
	vs := leavers.deny with input as _left(testdata.base, "ingrid", "2026-09-30")
	_paths(vs) == {["support", "areas", "incidents"], ["incident_routine", "owner"]}
}

test_several_leavers_and_entities if {
	inp := _left(_left(testdata.two_entities, "nils", "2026-09-30"), "frida", "2026-09-30")
	vs := leavers.deny with input as inp
	{[v.subject, v.path] | some v in vs} == {
		["nils", ["legal_entities", 0, "powers_of_attorney", 3]],
		["nils", ["legal_entities", 1, "powers_of_attorney", 3]],
		["nils", ["support", "areas", "network"]],
		["nils", ["support", "areas", "equipment"]],
		["frida", ["legal_entities", 1, "powers_of_attorney", 0]],
		["frida", ["legal_entities", 1, "powers_of_attorney", 1]],
		["frida", ["legal_entities", 1, "protected_data", "notice_email", "owner"]],
		["frida", ["schools", 1, "dnp_administrators", 0]],
	}
}

# everyone left on 2026-01-01: every kind of thing held, each with its own messages
_all_left(inp) := object.union(inp, {"people": [object.union(p, {"employment_end": "2026-01-01"}) | some p in inp.people]})

# the message keys of a violation's what, short and fix, and of the fix's own argument `more`
_keys(v) := {k |
	some part in ["what", "short", "fix"]
	k := v.args[part].message
} | {k | k := v.args.fix.args.more.message}

test_every_thing_held_has_its_own_words if {
	vs := leavers.deny with input as _all_left(testdata.base)
	keys := {k | some v in vs; some k in _keys(v)}
	keys == {
		"poa_what", "poa_short", "poa_fix",
		"role_what", "role_short", "role_fix",
		"role_fix_protected_data", "role_fix_transfer", "role_fix_federation", "role_fix_central_admin",
		"notice_what", "notice_short", "notice_fix",
		"admin_what", "admin_short", "admin_fix",
		"federation_what", "federation_short", "federation_fix",
		"area_what", "default_contact_what", "school_contact_what", "contact_short", "contact_fix",
		"owner_what", "owner_short", "owner_fix",
	}
}

test_without_a_product_the_school_data_system_is_named_in_words if {
	inp := object.union(_all_left(testdata.base), {"organiser": {"school_data_system": {"product": ""}}})
	vs := leavers.deny with input as inp
	some v in vs
	v.args.what.message == "admin_what"
	v.args.short == {"message": "admin_short", "args": {"product": {"message": "school_data_system"}}}
}
