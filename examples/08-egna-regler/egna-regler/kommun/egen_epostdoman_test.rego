package provkoll.rules.kommun.egen_epostdoman_test

import data.provkoll.lib.testdata
import data.provkoll.rules.kommun.egen_epostdoman

_with_address(address) := testdata.with_entity({"protected_data": object.union(testdata.entity.protected_data, {"notice_email": {"address": address, "owner": "anders"}})})

test_other_domain_fires if {
	vs := egen_epostdoman.deny with input as _with_address("skyddade-uppgifter@exempelby-skolor.se")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "address"]
	v.message == "foreign_domain"
	v.args.address == "skyddade-uppgifter@exempelby-skolor.se"
}

test_own_domain_is_quiet if {
	vs := egen_epostdoman.deny with input as _with_address("skyddade-uppgifter@exempelby.se")
	vs == set()
}

test_subdomain_is_quiet if {
	vs := egen_epostdoman.deny with input as _with_address("dnp@utbildning.exempelby.se")
	vs == set()
}

test_a_lookalike_domain_fires if {
	vs := egen_epostdoman.deny with input as _with_address("dnp@notexempelby.se")
	count(vs) == 1
}
