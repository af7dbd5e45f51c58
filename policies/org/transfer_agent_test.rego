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
	v.msg == "Exempelby kommun (212999-9997) has no power of attorney with scope transfer"
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
