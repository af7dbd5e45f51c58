package provkoll.rules.org.protected_data_agent_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.protected_data_agent

test_with_agent_is_quiet if {
	vs := protected_data_agent.deny with input as testdata.two_entities
	vs == set()
}

test_only_transfer_fires if {
	vs := protected_data_agent.deny with input as testdata.with_poas([testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.subject == "212999-9997"
	v.message == "none"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_each_entity_needs_its_own if {
	# the first entity's agent does not cover the second company ("samtliga bolag")
	ab := object.union(testdata.entity_ab, {"powers_of_attorney": [testdata.poa_transfer]})
	vs := protected_data_agent.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "powers_of_attorney"]
	v.subject == "556999-9997"
}

test_absent_or_null_list_fires if {
	a := protected_data_agent.deny with input as testdata.with_entities([object.remove(testdata.entity, ["powers_of_attorney"])])
	count(a) == 1
	b := protected_data_agent.deny with input as testdata.with_poas(null)
	count(b) == 1
}

test_only_revoked_counts_as_none if {
	revoked := object.union(testdata.poa_protected, {"revoked_on": "2026-10-01"})
	vs := protected_data_agent.deny with input as testdata.with_poas([revoked, testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.message == "all_revoked"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.revoked == [{"message": "revoked", "args": {"holder": "anders", "date": "2026-10-01"}}]
}

test_revoked_on_the_check_date_counts_as_none_a_later_one_still_counts if {
	today := protected_data_agent.deny with input as testdata.with_poas([object.union(testdata.poa_protected, {"revoked_on": "2026-11-25"}), testdata.poa_transfer])
	count(today) == 1
	later := protected_data_agent.deny with input as testdata.with_poas([object.union(testdata.poa_protected, {"revoked_on": "2026-11-26"}), testdata.poa_transfer])
	later == set()
}

test_one_live_beside_revoked_is_quiet if {
	revoked := object.union(testdata.poa_protected, {"revoked_on": "2026-10-01"})
	vs := protected_data_agent.deny with input as testdata.with_poas([revoked, testdata.poa_transfer, testdata.poa_protected_deputy])
	vs == set()
}
