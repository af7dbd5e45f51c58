package provkoll.rules.pseudo.notice_email_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.notice_email

_ne(patch) := testdata.with_entity({"protected_data": {"notice_email": patch}})

test_registered_is_quiet if {
	vs := notice_email.deny with input as testdata.two_entities
	vs == set()
}

test_well_formed if {
	notice_email.well_formed("skyddade-uppgifter@exempelby.example")
	notice_email.well_formed("a.b+dnp@skola.exempelby.example")
	notice_email.well_formed("rektor@åäö.example")
	not notice_email.well_formed("skyddade-uppgifter@exempelby")
	not notice_email.well_formed("skyddade-uppgifter.exempelby.example")
	not notice_email.well_formed("a@@exempelby.example")
	not notice_email.well_formed("a b@exempelby.example")
	not notice_email.well_formed("a@exempelby..example")
	not notice_email.well_formed("a@.example")
	not notice_email.well_formed("@exempelby.example")
	not notice_email.well_formed("a@exempelby.example ")
	not notice_email.well_formed(null)
}

test_no_notice_email_fires if {
	e := object.union(object.remove(testdata.entity, ["protected_data"]), {"protected_data": {"pseudonymisation": testdata.entity.protected_data.pseudonymisation}})
	vs := notice_email.deny with input as testdata.with_entities([e])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email"]
	v.subject == "212999-9997"
	v.message == "none"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_null_protected_data_fires_once if {
	vs := notice_email.deny with input as testdata.with_entity({"protected_data": null})
	count(vs) == 1
}

test_malformed_address_fires if {
	vs := notice_email.deny with input as _ne({"address": "skyddade-uppgifter@exempelby"})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "notice_email", "address"]
	v.message == "malformed"
	v.args.address == "skyddade-uppgifter@exempelby"
}

test_missing_address_and_owner_fire if {
	vs := notice_email.deny with input as _ne({"address": null, "owner": ""})
	{[v.path, v.message] | some v in vs} == {
		[["legal_entities", 0, "protected_data", "notice_email", "address"], "no_address"],
		[["legal_entities", 0, "protected_data", "notice_email", "owner"], "no_owner"],
	}
}

test_second_entity_without_owner if {
	ab := object.union(testdata.entity_ab, {"protected_data": {"notice_email": {"owner": null}}})
	vs := notice_email.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "protected_data", "notice_email", "owner"]
	v.subject == "556999-9997"
	v.message == "no_owner"
	v.args.name == "Exempelskolan AB"
	v.args.org_nr == "556999-9997"
}
