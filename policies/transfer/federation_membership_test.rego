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
		"msg": "no Federation document, yet Skolfederation is needed (Exempelby kommun (212999-9997) transfers by ss12000_pull through Moa; staff log in through the organiser's own login service skolans-idp): its membership and metadata upload are not recorded",
		"args": {},
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
	v.msg == "the organiser is not a member of Skolfederation (member: false), and production is for members only"
	v.args == {}
	unrecorded := federation_membership.deny with input as _fed({"member": null})
	{u.msg | some u in unrecorded} == {"Skolfederation membership is not recorded (member), and production is for members only"}
}

test_trial_fires if {
	vs := federation_membership.deny with input as _fed({"environment": "trial"})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "environment"]
	v.msg == "the Skolfederation environment is trial, not prod; the trial environment must not carry production data"
}

test_uploader_not_technical_contact_fires if {
	vs := federation_membership.deny with input as _fed({"metadata": {"uploaded_by": "calle"}})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_by"]
	v.msg == "the Skolfederation metadata was uploaded by calle, who is not one of the technical_contacts (bella)"
}

test_no_upload_fires if {
	vs := federation_membership.deny with input as _fed({"metadata": null})
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_by"]
	v.msg == "no metadata upload to Skolfederation is recorded (metadata.uploaded_by)"
}

test_federation_role_not_technical_contact_fires if {
	# nils uploaded, and is the only technical contact; bella holds the role
	vs := federation_membership.deny with input as _fed({"technical_contacts": ["nils"], "metadata": {"uploaded_by": "nils"}})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "roles", "federation"]
	v.subject == "federation"
	v.msg == "bella holds the federation role but is not one of the Skolfederation technical_contacts (nils)"
}

test_no_technical_contacts_fires_for_uploader_and_role if {
	vs := federation_membership.deny with input as _fed({"technical_contacts": null})
	{v.msg | some v in vs} == {
		"the Skolfederation metadata was uploaded by bella, who is not one of the technical_contacts (none)",
		"bella holds the federation role but is not one of the Skolfederation technical_contacts (none)",
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
	{v.msg | some v in vs} == {"no Federation document, yet Skolfederation is needed (Exempelby kommun (212999-9997) transfers by provisioning_api through Moa): its membership and metadata upload are not recorded"}
	# absent authentication is Moa
	absent := federation_membership.deny with input as object.union(_setup({}, "eduid"), {"federation": {"member": false}})
	{v.path | some v in absent} == {["federation", "member"]}
}

test_own_login_service_needs_federation if {
	inp := object.union(_setup(_upload, "skolans-idp"), {"federation": null})
	vs := federation_membership.deny with input as inp
	{v.msg | some v in vs} == {"no Federation document, yet Skolfederation is needed (staff log in through the organiser's own login service skolans-idp): its membership and metadata upload are not recorded"}
	trial := federation_membership.deny with input as object.union(_setup(_upload, "skolans-idp"), {"federation": {"environment": "trial"}})
	{v.path | some v in trial} == {["federation", "environment"]}
}

test_several_moa_entities_are_counted if {
	inp := object.union(testdata.two_entities, {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	vs := federation_membership.deny with input as inp
	{v.msg | some v in vs} == {"no Federation document, yet Skolfederation is needed (Exempelby kommun (212999-9997) and 1 more legal entities transfer by machine through Moa): its membership and metadata upload are not recorded"}
}

test_one_moa_entity_among_others_is_enough if {
	ab := object.union(testdata.entity_ab, {"transfer": {"authentication": "ca_certificate"}})
	upload := object.union(testdata.entity, {"transfer": _upload})
	quiet := federation_membership.deny with input as object.union(testdata.with_entities([upload, ab]), {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	quiet == set()
	moa := object.union(testdata.entity_ab, {"transfer": {"authentication": "moa"}})
	vs := federation_membership.deny with input as object.union(testdata.with_entities([upload, moa]), {"federation": null, "organiser": {"login": {"idp": "eduid"}}})
	{v.msg | some v in vs} == {"no Federation document, yet Skolfederation is needed (Exempelskolan AB (556999-9997) transfers by provisioning_api through Moa): its membership and metadata upload are not recorded"}
}
