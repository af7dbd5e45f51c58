package provkoll.rules.pseudo.method_attested_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.method_attested

_with_ps(ps) := testdata.with_entity({"protected_data": {"pseudonymisation": ps}})

test_attested_own_is_quiet if {
	vs := method_attested.deny with input as testdata.two_entities
	vs == set()
}

test_skolverket_needs_no_attestation if {
	vs := method_attested.deny with input as _with_ps({"method": "skolverket", "attested_on": null, "attested_by": null})
	vs == set()
}

test_unattested_own_fires_twice if {
	vs := method_attested.deny with input as _with_ps({"attested_on": null, "attested_by": null})
	count(vs) == 2
	{v.path | some v in vs} == {
		["legal_entities", 0, "protected_data", "pseudonymisation", "attested_on"],
		["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"],
	}
}

test_missing_attester_of_fictitious_users_fires if {
	ps := object.remove(testdata.entity.protected_data.pseudonymisation, ["attested_by"])
	inp := testdata.with_entities([object.union(object.remove(testdata.entity, ["protected_data"]), {"protected_data": {"pseudonymisation": object.union(ps, {"method": "fictitious_users"})}})])
	vs := method_attested.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"]
	v.subject == "212999-9997"
	v.message == "no_attested_by"
	v.args.method == "fictitious_users"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.field == "attested_by"
}

test_empty_date_fires if {
	vs := method_attested.deny with input as _with_ps({"attested_on": ""})
	count(vs) == 1
	some v in vs
	v.args.field == "attested_on"
}

test_intermediary_file_needs_no_attestation if {
	# Skolverket still pseudonymises what is uploaded by file: nothing to attest (issue 15)
	vs := method_attested.deny with input as _with_ps({"method": "intermediary_file", "attested_on": null, "attested_by": null})
	vs == set()
}
