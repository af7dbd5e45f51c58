package provkoll.rules.org.poa_issuer_main_contact_test

import data.provkoll.lib.testdata
import data.provkoll.rules.org.poa_issuer_main_contact

test_issued_by_main_contact_is_quiet if {
	vs := poa_issuer_main_contact.deny with input as testdata.two_entities
	vs == set()
}

test_self_issued_by_a_main_contact_is_quiet if {
	# a main contact may issue a power of attorney to themselves
	poa := object.union(testdata.poa_protected, {"holder": "erik", "issued_by": "erik"})
	vs := poa_issuer_main_contact.deny with input as testdata.with_poas([poa, testdata.poa_transfer])
	vs == set()
}

test_issued_by_someone_else_fires if {
	poa := object.union(testdata.poa_transfer, {"issued_by": "anders"})
	vs := poa_issuer_main_contact.deny with input as testdata.with_poas([testdata.poa_protected, poa])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 1, "issued_by"]
	v.subject == "212999-9997"
	v.message == "not_a_main_contact"
	v.args.scope == "transfer"
	v.args.holder == "calle"
	v.args.org_nr == "212999-9997"
	v.args.issued_by == "anders"
	v.args.contacts == "erik"
}

test_main_contact_of_another_entity_fires if {
	# frida is a main contact of 556999-9997 only
	poa := object.union(testdata.poa_transfer, {"issued_by": "frida"})
	inp := testdata.with_entities([object.union(testdata.entity, {"powers_of_attorney": [testdata.poa_protected, poa]}), testdata.entity_ab])
	vs := poa_issuer_main_contact.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 1, "issued_by"]
}

test_no_main_contacts_fires_for_every_poa if {
	vs := poa_issuer_main_contact.deny with input as testdata.with_entities([object.remove(testdata.entity, ["main_contacts"])])
	count(vs) == count(testdata.entity.powers_of_attorney)
	some v in vs
	v.message == "not_a_main_contact_none_listed"
}

test_missing_issuer_fires if {
	poa := object.remove(testdata.poa_protected, ["issued_by"])
	vs := poa_issuer_main_contact.deny with input as testdata.with_poas([poa, testdata.poa_transfer])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "powers_of_attorney", 0, "issued_by"]
	v.message == "no_issuer"
	v.args.scope == "protected_data"
	v.args.holder == "anders"
	v.args.org_nr == "212999-9997"
	v.args.issued_by == ""
}
