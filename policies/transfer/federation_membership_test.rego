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
		"msg": "no Federation document: Skolfederation membership, certificates and metadata upload are not recorded",
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
