package provkoll.rules.pseudo.attester_authorised_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.attester_authorised

# anders's protected_data power of attorney: 2026-01-10 to 2027-12-31

_attested(by, on) := testdata.with_entity({"protected_data": {"pseudonymisation": {"attested_by": by, "attested_on": on}}})

test_attested_by_agent_is_quiet if {
	vs := attester_authorised.deny with input as testdata.two_entities
	vs == set()
}

test_attested_on_first_day_of_poa_is_quiet if {
	vs := attester_authorised.deny with input as _attested("anders", "2026-01-10")
	vs == set()
}

test_attested_the_day_before_poa_fires if {
	vs := attester_authorised.deny with input as _attested("anders", "2026-01-09")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"]
	v.subject == "212999-9997"
	v.message == "not_valid"
	v.args.attested_by == "anders"
	v.args.org_nr == "212999-9997"
	v.args.attested_on == "2026-01-09"
}

test_transfer_agent_cannot_attest if {
	# calle holds only a transfer power of attorney
	vs := attester_authorised.deny with input as _attested("calle", "2026-02-01")
	count(vs) == 1
	some v in vs
	v.message == "no_poa"
	v.args.attested_by == "calle"
	v.args.org_nr == "212999-9997"
	v.args.attested_on == "2026-02-01"
}

test_agent_of_another_entity_fires if {
	# frida holds a protected_data power of attorney for 556999-9997, not for 212999-9997
	e := object.union(testdata.entity, {"protected_data": {"pseudonymisation": {"attested_by": "frida"}}})
	vs := attester_authorised.deny with input as testdata.with_entities([e, testdata.entity_ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"]
}

test_open_ended_poa_covers_later_dates if {
	poa := object.remove(testdata.poa_protected, ["valid_until"])
	inp := testdata.with_entity({
		"powers_of_attorney": [poa, testdata.poa_transfer],
		"protected_data": {"pseudonymisation": {"attested_on": "2029-01-01"}},
	})
	vs := attester_authorised.deny with input as inp
	vs == set()
}

test_skolverket_method_and_missing_attestation_are_not_this_rule if {
	a := attester_authorised.deny with input as testdata.with_entity({"protected_data": {"pseudonymisation": {"method": "skolverket", "attested_by": "calle"}}})
	a == set()
	b := attester_authorised.deny with input as _attested(null, "2026-02-01")
	b == set()
}

test_revoked_poa_does_not_authorise if {
	revoked := object.union(testdata.poa_protected, {"revoked_on": "2026-01-20"})
	inp := testdata.with_poas([revoked, testdata.poa_transfer])
	vs := attester_authorised.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "attested_by"]
	v.message == "revoked"
	v.args.attested_by == "anders"
	v.args.org_nr == "212999-9997"
	v.args.attested_on == "2026-02-01"
	v.args.revoked_on == "2026-01-20"
	# revoked on the day of attestation: it no longer counted that day
	same_day := attester_authorised.deny with input as testdata.with_poas([object.union(testdata.poa_protected, {"revoked_on": "2026-02-01"}), testdata.poa_transfer])
	count(same_day) == 1
}

test_revoked_after_attestation_still_authorised if {
	later := object.union(testdata.poa_protected, {"revoked_on": "2026-02-02"})
	vs := attester_authorised.deny with input as testdata.with_poas([later, testdata.poa_transfer])
	vs == set()
}

test_intermediary_file_needs_no_attester if {
	inp := testdata.with_entity({"protected_data": {"pseudonymisation": {"method": "intermediary_file", "attested_by": "calle"}}})
	vs := attester_authorised.deny with input as inp
	vs == set()
}
