package provkoll.rules.transfer.federation_membership_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.federation_membership

_fed(patch) := object.union(testdata.base, {"federation": patch})

test_member_in_prod_is_quiet if {
	vs := federation_membership.deny with input as testdata.two_entities
	vs == set()
	# a deputy technical contact may upload too
	deputy := federation_membership.deny with input as _fed({"technical_contacts": ["bella", "nils"], "metadata": {"uploaded_by": "nils"}})
	deputy == set()
}

test_no_federation_document_fires if {
	vs := federation_membership.deny with input as object.union(testdata.base, {"federation": null})
	vs == {{
		"path": ["federation"],
		"subject": "federation",
		"message": "no_document",
		"args": {"why": [
			{"message": "moa_one", "args": {"entity": "Exempelby kommun (212999-9997)", "method": "ss12000_pull"}},
			{"message": "own_login", "args": {"idp": "skolans-idp"}},
		]},
	}}
	absent := federation_membership.deny with input as object.remove(testdata.base, ["federation"])
	count(absent) == 1
}

test_not_a_member_fires if {
	vs := federation_membership.deny with input as _fed({"member": false})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "member"]
	v.subject == "federation"
	v.message == "not_member"
	v.args == {}
	unrecorded := federation_membership.deny with input as _fed({"member": null})
	{u.message | some u in unrecorded} == {"membership_not_recorded"}
}

test_trial_fires if {
	vs := federation_membership.deny with input as _fed({"environment": "trial"})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "environment"]
	v.message == "not_prod"
	v.args.environment == "trial"
}

test_uploader_not_technical_contact_fires if {
	vs := federation_membership.deny with input as _fed({"metadata": {"uploaded_by": "calle"}})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_by"]
	v.message == "uploader_not_contact"
	v.args.by == "calle"
	v.args.contacts == "bella"
}

test_no_upload_fires if {
	vs := federation_membership.deny with input as _fed({"metadata": null})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_by"]
	v.message == "no_upload"
}

test_federation_role_not_technical_contact_fires if {
	# nils uploaded, and is the only technical contact; bella holds the role
	vs := federation_membership.deny with input as _fed({"technical_contacts": ["nils"], "metadata": {"uploaded_by": "nils"}})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "roles", "federation"]
	v.subject == "federation"
	v.message == "role_not_contact"
	v.args.holder == "bella"
	v.args.contacts == "nils"
}

test_no_technical_contacts_fires_for_uploader_and_role if {
	vs := federation_membership.deny with input as _fed({"technical_contacts": null})
	{[v.message, v.args] | some v in vs} == {
		["uploader_not_contact_none", {"by": "bella", "contacts": ""}],
		["role_not_contact_none", {"holder": "bella", "contacts": ""}],
	}
}

test_missing_role_is_left_to_role_001 if {
	vs := federation_membership.deny with input as object.union(testdata.base, {"organiser": {"roles": {"federation": null}}})
	vs == set()
}

# --- Skolfederation only where it is used (the machine transfer through Moa, or the own login)

# base with these transfer patches for its one legal entity and this login service
_setup(transfer, idp) := object.union(testdata.with_entity({"transfer": transfer}), {"organiser": {"login": {"idp": idp}}})

_upload := {"method": "file_upload", "service_address": null, "subscription": null}

test_file_upload_with_eduid_needs_no_federation if {
	inp := _setup(_upload, "eduid")
	none := federation_membership.deny with input as object.union(inp, {"federation": null})
	none == set()
	not_member := federation_membership.deny with input as object.union(inp, {"federation": {"member": false, "environment": "trial", "metadata": null}})
	not_member == set()
	# nor must the federation role holder be a technical contact
	role := federation_membership.deny with input as object.union(inp, {"organiser": {"roles": {"federation": "calle"}}})
	role == set()
}

test_ca_certificate_with_eduid_needs_no_federation if {
	for_api := _setup({"method": "provisioning_api", "authentication": "ca_certificate"}, "Eduid")
	a := federation_membership.deny with input as object.union(for_api, {"federation": null})
	a == set()
	for_pull := _setup({"authentication": "ca_certificate"}, "eduid")
	b := federation_membership.deny with input as object.union(for_pull, {"federation": null})
	b == set()
	no_idp := _setup({"authentication": "ca_certificate"}, null)
	c := federation_membership.deny with input as object.union(no_idp, {"federation": null})
	c == set()
}

test_moa_transfer_with_eduid_needs_federation if {
	inp := object.union(_setup({"method": "provisioning_api", "authentication": "moa"}, "eduid"), {"federation": null})
	vs := federation_membership.deny with input as inp
	{v.args.why | some v in vs} == {[{"message": "moa_one", "args": {"entity": "Exempelby kommun (212999-9997)", "method": "provisioning_api"}}]}
	# absent authentication is Moa
	absent := federation_membership.deny with input as object.union(_setup({}, "eduid"), {"federation": {"member": false}})
	{v.path | some v in absent} == {["federation", "member"]}
}

test_own_login_service_needs_federation if {
	inp := object.union(_setup(_upload, "skolans-idp"), {"federation": null})
	vs := federation_membership.deny with input as inp
	{v.args.why | some v in vs} == {[{"message": "own_login", "args": {"idp": "skolans-idp"}}]}
	trial := federation_membership.deny with input as object.union(_setup(_upload, "skolans-idp"), {"federation": {"environment": "trial"}})
	{v.path | some v in trial} == {["federation", "environment"]}
}

test_several_moa_entities_are_counted if {
	inp := object.union(testdata.two_entities, {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	vs := federation_membership.deny with input as inp
	{v.args.why | some v in vs} == {[{"message": "moa_many", "args": {"entity": "Exempelby kommun (212999-9997)", "more": "1"}}]}
}

test_one_moa_entity_among_others_is_enough if {
	ab := object.union(testdata.entity_ab, {"transfer": {"authentication": "ca_certificate"}})
	upload := object.union(testdata.entity, {"transfer": _upload})
	quiet := federation_membership.deny with input as object.union(testdata.with_entities([upload, ab]), {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	quiet == set()
	moa := object.union(testdata.entity_ab, {"transfer": {"authentication": "moa"}})
	vs := federation_membership.deny with input as object.union(testdata.with_entities([upload, moa]), {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	{v.args.why | some v in vs} == {[{"message": "moa_one", "args": {"entity": "Exempelskolan AB (556999-9997)", "method": "provisioning_api"}}]}
}

test_no_environment_fires if {
	vs := federation_membership.deny with input as _fed({"environment": null})
	{[v.path, v.message] | some v in vs} == {[["federation", "environment"], "no_environment"]}
}
