package provkoll.rules.role.school_administrators_test

import data.provkoll.lib.testdata
import data.provkoll.rules.role.school_administrators

_with_school_admins(admins) := object.union(testdata.base, {"schools": [object.union(testdata.school, {"dnp_administrators": admins})]})

test_schools_with_administrators_are_quiet if {
	vs := school_administrators.deny with input as testdata.two_entities
	vs == set()
}

test_empty_list_fires if {
	vs := school_administrators.deny with input as _with_school_admins([])
	count(vs) == 1
	some v in vs
	v.path == ["schools", 0, "dnp_administrators"]
	v.subject == "norrskolan"
	v.message == "no_administrator"
	v.args.school == "norrskolan"
	v.args.name == "Norrskolan"
}

test_absent_null_or_blank_fires if {
	a := school_administrators.deny with input as object.union(testdata.base, {"schools": [object.remove(testdata.school, ["dnp_administrators"])]})
	count(a) == 1
	b := school_administrators.deny with input as _with_school_admins(null)
	count(b) == 1
	c := school_administrators.deny with input as _with_school_admins([""])
	count(c) == 1
}

test_only_the_school_without_one_fires if {
	bare := object.union(testdata.school_ab, {"dnp_administrators": []})
	vs := school_administrators.deny with input as object.union(testdata.base, {"schools": [testdata.school, bare]})
	{v.path | some v in vs} == {["schools", 1, "dnp_administrators"]}
}
