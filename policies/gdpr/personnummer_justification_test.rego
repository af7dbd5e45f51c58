package provkoll.rules.gdpr.personnummer_justification_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.personnummer_justification

_without := object.union(testdata.base, {"organiser": {"gdpr": {"personnummer_justification": null}}})

test_justified_is_quiet if {
	vs := personnummer_justification.deny with input as testdata.base
	vs == set()
}

test_missing_justification_fires if {
	vs := personnummer_justification.deny with input as _without
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "personal_data", 1]
	v.subject == "ist"
	v.message == "not_justified"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
}

test_no_personnummer_needs_no_justification if {
	inp := object.union(_without, {"processors": [object.union(testdata.base.processors[0], {"personal_data": ["name", "email"]})]})
	vs := personnummer_justification.deny with input as inp
	vs == set()
}

test_unknown_reason_fires if {
	inp := object.union(testdata.base, {"organiser": {"gdpr": {"personnummer_justification": "convenience"}}})
	vs := personnummer_justification.deny with input as inp
	count(vs) == 1
}
