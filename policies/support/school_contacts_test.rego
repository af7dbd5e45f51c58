package provkoll.rules.support.school_contacts_test

import data.provkoll.lib.testdata
import data.provkoll.rules.support.school_contacts

# school_ab has no support_contact
_no_default := object.union(testdata.two_entities, {"support": {"default_contact": null}})

test_default_contact_covers_every_school if {
	vs := school_contacts.deny with input as testdata.two_entities
	vs == set()
}

test_own_contacts_without_default_are_quiet if {
	inp := object.union(_no_default, {"schools": [testdata.school, object.union(testdata.school_ab, {"support_contact": "frida"})]})
	vs := school_contacts.deny with input as inp
	vs == set()
}

test_school_without_contact_and_no_default_fires if {
	vs := school_contacts.deny with input as _no_default
	count(vs) == 1
	some v in vs
	v.path == ["schools", 1, "support_contact"]
	v.subject == "exempelskolan"
	v.message == "no_contact"
	v.args.school == "exempelskolan"
	v.args.name == "Exempelskolan"
}

test_no_plan_at_all_fires if {
	vs := school_contacts.deny with input as object.union(testdata.two_entities, {"support": null})
	{v.subject | some v in vs} == {"exempelskolan"}
}

test_blank_values_count_as_missing if {
	inp := object.union(testdata.base, {"support": {"default_contact": " "}, "schools": [object.union(testdata.school, {"support_contact": ""})]})
	vs := school_contacts.deny with input as inp
	{v.subject | some v in vs} == {"norrskolan"}
}
