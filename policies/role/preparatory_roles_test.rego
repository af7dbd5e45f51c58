package provkoll.rules.role.preparatory_roles_test

import data.provkoll.lib.testdata
import data.provkoll.rules.role.preparatory_roles

test_four_roles_are_quiet if {
	vs := preparatory_roles.deny with input as testdata.base
	vs == set()
}

test_one_person_holding_all_roles_is_quiet if {
	roles := {"protected_data": "anders", "federation": "anders", "transfer": "anders", "central_admin": "anders"}
	vs := preparatory_roles.deny with input as object.union(testdata.base, {"organiser": {"roles": roles}})
	vs == set()
}

# base whose organiser has exactly these roles (object.union would merge them into the base's)
_with_roles(roles) := object.union(object.remove(testdata.base, ["organiser"]), {"organiser": object.union(object.remove(testdata.base.organiser, ["roles"]), {"roles": roles})})

test_missing_role_fires if {
	inp := _with_roles(object.remove(testdata.base.organiser.roles, ["federation"]))
	vs := preparatory_roles.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "roles", "federation"]
	v.subject == "federation"
	v.message == "no_person"
	v.args.role == "federation"
	v.args.what == {"message": "what_federation"}
	v.args.role == "federation"
}

test_null_or_blank_role_fires if {
	vs := preparatory_roles.deny with input as object.union(testdata.base, {"organiser": {"roles": {"transfer": null, "central_admin": " "}}})
	{v.subject | some v in vs} == {"transfer", "central_admin"}
}

test_no_roles_at_all_fires_four_times if {
	inp := object.union(object.remove(testdata.base, ["organiser"]), {"organiser": object.remove(testdata.base.organiser, ["roles"])})
	vs := preparatory_roles.deny with input as inp
	count(vs) == 4
	# each role in its own words
	{v.args.what.message | some v in vs} == {"what_protected_data", "what_federation", "what_transfer", "what_central_admin"}
	{v.path | some v in vs} == {
		["organiser", "roles", "protected_data"],
		["organiser", "roles", "federation"],
		["organiser", "roles", "transfer"],
		["organiser", "roles", "central_admin"],
	}
}

# --- the federation role only where Skolfederation is needed

_no_federation_role(transfer, idp) := object.union(
	_with_roles(object.remove(testdata.base.organiser.roles, ["federation"])),
	{"legal_entities": [object.union(testdata.entity, {"transfer": transfer})], "organiser": {"login": {"idp": idp}}},
)

test_file_upload_with_eduid_needs_no_federation_role if {
	vs := preparatory_roles.deny with input as _no_federation_role({"method": "file_upload"}, "eduid")
	vs == set()
	ca := preparatory_roles.deny with input as _no_federation_role({"method": "provisioning_api", "authentication": "ca_certificate"}, "eduid")
	ca == set()
	no_idp := preparatory_roles.deny with input as _no_federation_role({"method": "file_upload"}, null)
	no_idp == set()
}

test_moa_transfer_or_own_login_needs_federation_role if {
	moa := preparatory_roles.deny with input as _no_federation_role({"method": "provisioning_api", "authentication": "moa"}, "eduid")
	{v.subject | some v in moa} == {"federation"}
	absent := preparatory_roles.deny with input as _no_federation_role({}, "eduid")
	{v.subject | some v in absent} == {"federation"}
	own := preparatory_roles.deny with input as _no_federation_role({"method": "file_upload"}, "skolans-idp")
	{v.subject | some v in own} == {"federation"}
}

test_no_roles_without_skolfederation_fires_three_times if {
	inp := object.union(object.remove(testdata.base, ["organiser"]), {
		"organiser": object.union(object.remove(testdata.base.organiser, ["roles"]), {"login": {"idp": "eduid"}}),
		"legal_entities": [object.union(testdata.entity, {"transfer": {"method": "file_upload"}})],
	})
	vs := preparatory_roles.deny with input as inp
	{v.subject | some v in vs} == {"protected_data", "transfer", "central_admin"}
}
