# A small, complete and fictional input on which every rule is quiet (testdata_test.rego checks
# that). `base` is the input; rule tests change one thing of it:
#   object.union(testdata.base, {"organiser": {"gdpr": {"dpo": "nobody"}}})   (deep merge)
#   testdata.with_entity({"org_nr": "212999-9998"})    (the one legal entity, patched)
#   testdata.with_entities([e1, e2])                   (replaces the list)
# object.union merges objects and replaces arrays; to drop a key use object.remove, or set it
# to null (rules treat absent and null alike).
#
# Org numbers pass Luhn (212999-9997, 556999-9997, 802999-9995); no string here is a
# personnummer. Window vt2027-ak9 starts 2027-03-08, so with lead_days 14 it must be ready by
# 2027-02-22; as_of is 2026-11-25.
package provkoll.lib.testdata

poa_protected := {
	"holder": "anders",
	"scope": "protected_data",
	"issued_by": "erik",
	"valid_from": "2026-01-10",
	"valid_until": "2027-12-31",
}

poa_transfer := {
	"holder": "calle",
	"scope": "transfer",
	"issued_by": "erik",
	"valid_from": "2026-01-10",
	"valid_until": "2027-06-30",
}

# deputies (ROLE-004: each scope held by two people), after the two agents so indices 0 and 1 stay
poa_protected_deputy := object.union(poa_protected, {"holder": "gustav"})

poa_transfer_deputy := object.union(poa_transfer, {"holder": "nils"})

entity := {
	"org_nr": "212999-9997",
	"name": "Exempelby kommun",
	"main_contacts": ["erik"],
	"powers_of_attorney": [poa_protected, poa_transfer, poa_protected_deputy, poa_transfer_deputy],
	"protected_data": {
		"notice_email": {"address": "skyddade-uppgifter@exempelby.example", "owner": "anders"},
		"pseudonymisation": {
			"method": "own",
			"attested_on": "2026-02-01",
			"attested_by": "anders",
			"key_kept_in": "Elevregistret, skyddad behörighetsgrupp",
		},
	},
	"transfer": {
		"method": "ss12000_pull",
		"service_address": "https://dnp.ist.example/ss12000/v2/",
		"subscription": {"active": true, "activated_by": "calle", "activated_on": "2026-02-03"},
		"first_transfer_on": "2026-02-20",
	},
}

# a second, independent school (aktiebolag) with its own agents
entity_ab := {
	"org_nr": "556999-9997",
	"name": "Exempelskolan AB",
	"main_contacts": ["frida"],
	"powers_of_attorney": [
		object.union(poa_protected, {"holder": "frida", "issued_by": "frida"}),
		object.union(poa_transfer, {"holder": "frida", "issued_by": "frida"}),
		object.union(poa_protected, {"holder": "gustav", "issued_by": "frida"}),
		object.union(poa_transfer, {"holder": "nils", "issued_by": "frida"}),
	],
	"protected_data": {
		"notice_email": {"address": "dnp@exempelskolan.example", "owner": "frida"},
		"pseudonymisation": {
			"method": "own",
			"attested_on": "2026-02-01",
			"attested_by": "frida",
			"key_kept_in": "Skoladministrativt system, rektors behörighet",
		},
	},
	"transfer": {
		"method": "provisioning_api",
		"subscription": {"active": true, "activated_by": "frida", "activated_on": "2026-02-03"},
		"first_transfer_on": "2026-02-20",
	},
}

school := {
	"id": "norrskolan",
	"name": "Norrskolan",
	"school_unit_code": "12345678",
	"legal_entity": "212999-9997",
	"dnp_administrators": ["gustav"],
	"support_contact": "helpdesk",
}

school_ab := {
	"id": "exempelskolan",
	"name": "Exempelskolan",
	"school_unit_code": "87654321",
	"legal_entity": "556999-9997",
	"dnp_administrators": ["frida"],
}

window := {
	"id": "vt2027-ak9",
	"name": "Åk 9, engelska och matematik",
	"start": "2027-03-08",
	"end": "2027-03-19",
}

_person(id) := {"id": id, "name": concat(" ", [id, "Exempelsson"]), "email": concat("", [id, "@exempelby.example"])}

base := {
	"organiser": {
		"name": "Exempelby kommun",
		"legal_form": "kommun",
		"exam_windows": [window],
		"readiness": {"lead_days": 14, "warn_days": 30},
		"roles": {"protected_data": "anders", "federation": "bella", "transfer": "calle", "central_admin": "doris"},
		"school_data_system": {
			"product": "IST Administration",
			"processor": "ist",
			"transfer_settings": {"mark_alias_as_protected": false},
		},
		"login": {"staff_assurance_level": 2, "releases_eppn": true, "idp": "skolans-idp"},
		"gdpr": {
			"controller": "212999-9997",
			"legal_basis": "6.1e",
			"dpo": "dora",
			"legality_check": {"done_on": "2026-05-02", "ref": "KS 2026/118"},
			"risk_analysis": {"done_on": "2026-05-20", "ref": "KS 2026/131"},
			"record_of_processing": {"done_on": "2026-04-10", "ref": "KS 2026/101"},
			"dpia": {"done_on": "2026-04-28", "ref": "KS 2026/109"},
			"personnummer_justification": "secure_identification",
		},
	},
	"legal_entities": [entity],
	"people": [
		object.union(_person("anders"), {"employment_end": "2028-06-30"}),
		_person("bella"),
		_person("calle"),
		_person("doris"),
		_person("dora"),
		_person("erik"),
		_person("frida"),
		_person("gustav"),
		_person("helpdesk"),
		_person("ingrid"),
		_person("nils"),
	],
	"schools": [school],
	"processors": [{
		"id": "ist",
		"name": "IST Group AB",
		"services": ["school data system", "SS 12000 provisioning"],
		"personal_data": ["name", "personnummer", "protected_identity"],
		"dpa": {
			"signed_on": "2025-11-01",
			"valid_until": "2028-10-31",
			"breach_notice_hours": 4,
			"subprocessor_authorisation": "general",
		},
		"locations": ["SE", "IE"],
		"transfer_mechanism": "eea",
		"dpf_certified_until": null,
		"subprocessors": [{"name": "Exempel Hosting AB", "locations": ["SE"]}],
		"last_audit_on": "2026-04-15",
	}],
	"federation": {
		"member": true,
		"environment": "prod",
		"technical_contacts": ["bella"],
		"certificates": [{
			"id": "ist-client-2026",
			"issued_by": "IST",
			"not_before": "2026-01-15",
			"not_after": "2027-06-30",
			"key": {"algorithm": "rsa", "bits": 3072},
			"sha256_pin": "q3jkE+WJ3FZb1y1Pj0B+cEY/ISnQjP8Vl4Sx2eB4Ou0=",
		}],
		"metadata": {"uploaded_on": "2026-01-20", "uploaded_by": "bella", "entity_id": "https://dnp.ist.example/"},
	},
	"support": {
		"default_contact": "helpdesk",
		"hours": "07:30-17:00 on exam days",
		"areas": {
			"network": "nils",
			"user_transfer": "calle",
			"platform_login": "helpdesk",
			"platform_use": "helpdesk",
			"equipment": "nils",
			"incidents": "ingrid",
		},
	},
	"incident_routine": {
		"owner": "ingrid",
		"skolverket": {"within_hours": 4, "channel": "contact_form"},
		"imy": {"personal_data_incidents": true, "within_hours": 72, "concurrent_with_skolverket": true},
		"categories": ["personal_data", "wrong_permissions", "missing_or_wrong_information", "broken_exam_secrecy"],
		"protected_identity_exposure_always_reported": true,
		"log": "Ärendesystemet, diarieserie INC",
	},
	"waivers": [{
		"rule": "ROLE-002",
		"subject": "norrskolan",
		"reason": "Fictional.",
		"approved_by": "dora",
		"approved_on": "2026-09-01",
		"expires": "2027-06-30",
	}],
	"context": {
		"as_of": "2026-11-25",
		"readiness": {"lead_days": 14, "warn_days": 30},
		"warn_until": "2026-12-25",
		"upcoming_windows": [object.union(window, {"ready_by": "2027-02-22"})],
		"tool_version": "0.1.0",
	},
}

# with_entity(patch): base whose one legal entity is `entity` deep-merged with patch.
with_entity(patch) := object.union(base, {"legal_entities": [object.union(entity, patch)]})

# two_entities: base with entity and entity_ab, each owning one school.
two_entities := object.union(base, {"legal_entities": [entity, entity_ab], "schools": [school, school_ab]})

# with_entities(es): base with exactly these legal entities.
with_entities(es) := object.union(base, {"legal_entities": es})

# with_poas(poas): base whose one legal entity has exactly these powers of attorney.
with_poas(poas) := with_entity({"powers_of_attorney": poas})

# indexed(inp): inp with what provkoll puts in `input.context` for the rules that scan every
# value (lib/nodes.rego): one line per mapping and per list that holds a string or a key, each
# with its path. The pack never walks the input itself (the compiled engine has no `walk`), so
# tests of those rules give `testdata.indexed(inp)` as their input; tests/engine.rs checks that
# this equals what provkoll builds.
indexed(inp) := object.union(inp, {"context": {"lines": _pieces(_lines(_config(inp)))}})

# all lines in one piece; provkoll cuts a large text into several, and none is empty
_pieces(lines) := [concat("\n", lines)] if {
	count(lines) > 0
} else := []

# the register snapshot is data to compare with, not configuration: provkoll leaves it out too
_config(inp) := object.remove(inp, ["context", "registry"])

_lines(c) := [concat("\t", [json.marshal(path), json.marshal(_strings(node))]) |
	walk(c, [path, node])
	_listed(node)
]

_listed(node) if {
	is_object(node)
	count(node) > 0
}

_listed(node) if {
	is_array(node)
	some item in node
	is_string(item)
}

_strings(node) := {k: _string_or_null(v) | some k, v in node} if is_object(node)

_strings(node) := [_string_or_null(v) | some v in node] if is_array(node)

_string_or_null(v) := v if {
	is_string(v)
} else := null

# unit(code, name, org, status, types): a school unit as Skolenhetsregistret's API v2 answers
# GET /v2/school-units/{code} (only the fields the register rules read, in the API's shape).
unit(code, name, org, status, types) := {
	"meta": {"extractDate": "2026-11-20T00:06:10.19+01:00"},
	"data": {
		"type": "schoolunit",
		"schoolUnitCode": code,
		"attributes": {"displayName": name, "status": status, "schoolTypes": types, "startdate": "2010-07-01", "endDate": null},
	},
	"included": {"type": "organization", "organizationNumber": org, "attributes": {"displayName": "Exempelby kommun", "organizerType": "KOMMUN"}},
}

# registry_of(units): a snapshot as `provkoll registry fetch` writes it, read five days before as_of.
registry_of(units) := {
	"format": "provkoll/skolenhetsregistret",
	"version": 1,
	"extract_date": "2026-11-20",
	"api": "https://api.skolverket.se/skolenhetsregistret/v2",
	"organisation_numbers": ["2129999997", "5569999997"],
	"school_units": units,
}

# registry_units: the units that match two_entities' schools.
registry_units := [
	unit("12345678", "Norrskolan", "2129999997", "AKTIV", ["FKLASS", "GR"]),
	unit("87654321", "Exempelskolan", "5569999997", "AKTIV", ["GY"]),
]

# with_registry(units): two_entities with a snapshot holding these units.
with_registry(units) := object.union(two_entities, {"registry": registry_of(units)})

# registered: two_entities with a snapshot that agrees with it (every register rule quiet).
registered := with_registry(registry_units)
