package provkoll.rules.role.poa_deputies_test

import data.provkoll.lib.testdata
import data.provkoll.rules.role.poa_deputies

# as_of 2026-11-25
_pd_deputy := object.union(testdata.poa_protected, {"holder": "gustav"})

_tr_deputy := object.union(testdata.poa_transfer, {"holder": "nils"})

test_two_holders_of_each_scope_are_quiet if {
	vs := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, _pd_deputy, testdata.poa_transfer, _tr_deputy])
	vs == set()
}

test_one_holder_fires if {
	vs := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, _pd_deputy, testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney"]
	v.subject == "212999-9997"
	v.message == "no_deputy"
	v.args.holder == "calle"
	v.args.scope == "transfer"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_same_person_twice_is_one_holder if {
	renewed := object.union(testdata.poa_protected, {"valid_from": "2027-06-01", "valid_until": "2029-12-31"})
	vs := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, renewed, testdata.poa_transfer, _tr_deputy])
	count(vs) == 1
	some v in vs
	v.args.scope == "protected_data"
	v.message == "no_deputy"
	v.args.holder == "anders"
	v.args.scope == "protected_data"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_expired_deputy_does_not_count if {
	expired := object.union(_pd_deputy, {"valid_until": "2026-11-24"})
	vs := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, expired, testdata.poa_transfer, _tr_deputy])
	count(vs) == 1
	last_day := object.union(_pd_deputy, {"valid_until": "2026-11-25"})
	ok := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, last_day, testdata.poa_transfer, _tr_deputy])
	ok == set()
}

test_no_holder_fires_per_scope if {
	vs := poa_deputies.deny with input as testdata.with_poas([])
	count(vs) == 2
	some v in vs
	v.args.scope == "protected_data"
	v.message == "nobody"
	v.args.scope == "protected_data"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_counted_per_legal_entity if {
	# gustav and nils are deputies for the first entity only; the second has frida alone
	a := object.union(testdata.entity, {"powers_of_attorney": [testdata.poa_protected, _pd_deputy, testdata.poa_transfer, _tr_deputy]})
	frida := [
		object.union(testdata.poa_protected, {"holder": "frida", "issued_by": "frida"}),
		object.union(testdata.poa_transfer, {"holder": "frida", "issued_by": "frida"}),
	]
	b := object.union(testdata.entity_ab, {"powers_of_attorney": frida})
	vs := poa_deputies.deny with input as testdata.with_entities([a, b])
	{[v.path, v.args.scope] | some v in vs} == {
		[["legal_entities", 1, "powers_of_attorney"], "protected_data"],
		[["legal_entities", 1, "powers_of_attorney"], "transfer"],
	}
}

test_revoked_deputy_does_not_count if {
	revoked := object.union(_pd_deputy, {"revoked_on": "2026-11-25"})
	vs := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, revoked, testdata.poa_transfer, _tr_deputy])
	count(vs) == 1
	some v in vs
	v.message == "no_deputy"
	v.args.holder == "anders"
	v.args.scope == "protected_data"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	# revoked only from tomorrow: it still counts today
	later := object.union(_pd_deputy, {"revoked_on": "2026-11-26"})
	ok := poa_deputies.deny with input as testdata.with_poas([testdata.poa_protected, later, testdata.poa_transfer, _tr_deputy])
	ok == set()
}

test_leaver_does_not_count_as_deputy if {
	# nils, the transfer deputy, left the day before as_of
	people := array.concat([p | some p in testdata.base.people; p.id != "nils"], [{"id": "nils", "name": "Nils Exempelsson", "employment_end": "2026-11-24"}])
	inp := object.union(testdata.with_poas([testdata.poa_protected, _pd_deputy, testdata.poa_transfer, _tr_deputy]), {"people": people})
	vs := poa_deputies.deny with input as inp
	{[v.message, v.args.holder, v.args.scope, v.args.name] | some v in vs} == {["no_deputy", "calle", "transfer", "Exempelby kommun"]}
	# leaving on as_of itself: still employed today
	today := array.concat([p | some p in testdata.base.people; p.id != "nils"], [{"id": "nils", "name": "Nils Exempelsson", "employment_end": "2026-11-25"}])
	ok := poa_deputies.deny with input as object.union(testdata.with_poas([testdata.poa_protected, _pd_deputy, testdata.poa_transfer, _tr_deputy]), {"people": today})
	ok == set()
}
