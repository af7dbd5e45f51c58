package provkoll.rules.gdpr.subprocessor_authorisation_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.subprocessor_authorisation

_with(patch) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], patch)]})

test_general_and_specific_are_quiet if {
	a := subprocessor_authorisation.deny with input as testdata.base
	a == set()
	b := subprocessor_authorisation.deny with input as _with({"dpa": {"subprocessor_authorisation": "specific"}})
	b == set()
}

test_none_with_subprocessors_fires if {
	vs := subprocessor_authorisation.deny with input as _with({"dpa": {"subprocessor_authorisation": "none"}})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "subprocessor_authorisation"]
	v.subject == "ist"
	v.message == "not_authorised"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.count == "1"
	v.args.subprocessors == "Exempel Hosting AB"
	v.args.authorisation == "none"
}

test_unrecorded_authorisation_fires if {
	vs := subprocessor_authorisation.deny with input as _with({"dpa": {"subprocessor_authorisation": null}})
	count(vs) == 1
	some v in vs
	v.message == "not_recorded"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.count == "1"
	v.args.subprocessors == "Exempel Hosting AB"
}

test_none_without_subprocessors_is_quiet if {
	a := subprocessor_authorisation.deny with input as _with({"dpa": {"subprocessor_authorisation": "none"}, "subprocessors": []})
	a == set()
	b := subprocessor_authorisation.deny with input as _with({"dpa": {"subprocessor_authorisation": "none"}, "subprocessors": null})
	b == set()
}
