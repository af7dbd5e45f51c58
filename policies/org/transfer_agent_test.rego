package provkoll.rules.org.transfer_agent_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.transfer_agent

test_with_agent_is_quiet if {
	vs := transfer_agent.deny with input as testdata.two_entities
	vs == set()
}

test_only_protected_data_fires if {
	vs := transfer_agent.deny with input as testdata.with_poas([testdata.poa_protected])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.subject == "212999-9997"
	v.message == "none"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_each_entity_needs_its_own if {
	ab := object.union(testdata.entity_ab, {"powers_of_attorney": [testdata.poa_protected]})
	vs := transfer_agent.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "powers_of_attorney"]
}

test_empty_list_fires if {
	vs := transfer_agent.deny with input as testdata.with_poas([])
	count(vs) == 1
}

test_only_revoked_counts_as_none if {
	a := object.union(testdata.poa_transfer, {"revoked_on": "2026-10-01"})
	b := object.union(testdata.poa_transfer_deputy, {"revoked_on": "2026-11-01"})
	vs := transfer_agent.deny with input as testdata.with_poas([testdata.poa_protected, a, b])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.message == "all_revoked"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.revoked == [
		{"message": "revoked", "args": {"holder": "calle", "date": "2026-10-01"}},
		{"message": "revoked", "args": {"holder": "nils", "date": "2026-11-01"}},
	]
}

test_one_live_beside_revoked_is_quiet if {
	a := object.union(testdata.poa_transfer, {"revoked_on": "2026-10-01"})
	vs := transfer_agent.deny with input as testdata.with_poas([testdata.poa_protected, a, testdata.poa_transfer_deputy])
	vs == set()
}
