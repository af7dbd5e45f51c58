package provkoll.rules.org.person_references_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.person_references

_b := testdata.base

_e := testdata.entity

# one dangling reference per kind: [input, the path expected]
_cases := [
	[
		testdata.with_poas([object.union(testdata.poa_protected, {"holder": "nobody"}), testdata.poa_transfer]),
		["legal_entities", 0, "powers_of_attorney", 0, "holder"],
	],
	[
		testdata.with_poas([testdata.poa_protected, object.union(testdata.poa_transfer, {"issued_by": "nobody"})]),
		["legal_entities", 0, "powers_of_attorney", 1, "issued_by"],
	],
	[testdata.with_entity({"main_contacts": ["erik", "nobody"]}), ["legal_entities", 0, "main_contacts", 1]],
	[
		testdata.with_entity({"protected_data": {"notice_email": {"owner": "nobody"}}}),
		["legal_entities", 0, "protected_data", "notice_email", "owner"],
	],
	[
		testdata.with_entity({"protected_data": {"pseudonymisation": {"attested_by": "nobody"}}}),
		["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"],
	],
	[
		testdata.with_entity({"transfer": {"subscription": {"activated_by": "nobody"}}}),
		["legal_entities", 0, "transfer", "subscription", "activated_by"],
	],
	[object.union(_b, {"organiser": {"roles": {"central_admin": "nobody"}}}), ["organiser", "roles", "central_admin"]],
	[object.union(_b, {"organiser": {"gdpr": {"dpo": "nobody"}}}), ["organiser", "gdpr", "dpo"]],
	[
		object.union(_b, {"schools": [object.union(testdata.school, {"dnp_administrators": ["nobody"]})]}),
		["schools", 0, "dnp_administrators", 0],
	],
	[
		object.union(_b, {"schools": [object.union(testdata.school, {"support_contact": "nobody"})]}),
		["schools", 0, "support_contact"],
	],
	[object.union(_b, {"federation": {"technical_contacts": ["bella", "nobody"]}}), ["federation", "technical_contacts", 1]],
	[object.union(_b, {"federation": {"metadata": {"uploaded_by": "nobody"}}}), ["federation", "metadata", "uploaded_by"]],
	[object.union(_b, {"support": {"default_contact": "nobody"}}), ["support", "default_contact"]],
	[object.union(_b, {"support": {"areas": {"eduid_login": "nobody"}}}), ["support", "areas", "eduid_login"]],
	[object.union(_b, {"incident_routine": {"owner": "nobody"}}), ["incident_routine", "owner"]],
	[
		object.union(_b, {"waivers": [object.union(_b.waivers[0], {"approved_by": "nobody"})]}),
		["waivers", 0, "approved_by"],
	],
	[
		testdata.with_entity({"transfer": {"file_uploads": [
			{"date": "2026-02-01", "status": "done", "by": "calle"},
			{"date": "2027-02-01", "status": "planned", "by": "nobody"},
		]}}),
		["legal_entities", 0, "transfer", "file_uploads", 1, "by"],
	],
	[testdata.with_entity({"gdpr": {"dpo": "nobody"}}), ["legal_entities", 0, "gdpr", "dpo"]],
]

test_base_is_quiet if {
	a := person_references.deny with input as _b
	a == set()
	b := person_references.deny with input as testdata.two_entities
	b == set()
}

test_every_kind_of_reference_is_checked if {
	count(_cases) == 18
	every c in _cases {
		vs := person_references.deny with input as c[0]
		count(vs) == 1
		some v in vs
		v.path == c[1]
		v.subject == "nobody"
		v.message == "not_a_person"
		v.args.id == "nobody"
	}
	# each kind of reference names its role with a message of its own
	{w | some c in _cases; some v in person_references.deny with input as c[0]; w := v.args.what.message} == {
		"poa_holder", "poa_issuer", "main_contact", "notice_owner", "attester", "activator", "uploader",
		"entity_dpo", "role_holder", "dpo", "dnp_administrator", "school_support_contact",
		"technical_contact", "metadata_uploader", "default_support_contact", "area_support_contact",
		"incident_routine_owner", "waiver_approver",
	}
}

test_message_names_the_role if {
	vs := person_references.deny with input as _cases[0][0]
	some v in vs
	v.args.what == {"message": "poa_holder", "args": {"scope": "protected_data", "org": "212999-9997"}}
}

test_one_finding_per_dangling_reference if {
	# the same unknown id in two places: two findings
	inp := object.union(_b, {"organiser": {"roles": {"transfer": "ghost", "federation": "ghost"}}})
	vs := person_references.deny with input as inp
	{v.path | some v in vs} == {["organiser", "roles", "transfer"], ["organiser", "roles", "federation"]}
}

test_ids_are_case_sensitive if {
	vs := person_references.deny with input as object.union(_b, {"organiser": {"gdpr": {"dpo": "Dora"}}})
	count(vs) == 1
}

test_absent_and_null_parts_are_quiet if {
	inp := object.union(_b, {
		"federation": null,
		"support": null,
		"organiser": {"roles": null, "gdpr": {"dpo": null}},
		"schools": [object.remove(testdata.school, ["support_contact", "dnp_administrators"])],
	})
	vs := person_references.deny with input as inp
	vs == set()
	no_people := person_references.deny with input as object.remove(_b, ["incident_routine", "waivers"])
	no_people == set()
}

test_no_people_at_all_fires_everywhere if {
	vs := person_references.deny with input as object.union(_b, {"people": []})
	count(vs) > 20
}

test_new_references_name_their_role if {
	up := person_references.deny with input as _cases[16][0]
	{v.args.what | some v in up} == {{"message": "uploader", "args": {"org": "212999-9997", "date": "2027-02-01"}}}
	dpo := person_references.deny with input as _cases[17][0]
	{v.args.what | some v in dpo} == {{"message": "entity_dpo", "args": {"org": "212999-9997"}}}
}

test_file_upload_without_uploader_and_entity_without_gdpr_are_quiet if {
	inp := testdata.with_entity({"transfer": {"file_uploads": [{"date": "2027-02-01", "status": "planned"}]}, "gdpr": {"dpo": null}})
	vs := person_references.deny with input as inp
	vs == set()
}
