package provkoll.rules.incident.categories_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.categories

_with_categories(cs) := object.union(testdata.base, {"incident_routine": {"categories": cs}})

test_four_categories_are_quiet if {
	vs := categories.deny with input as testdata.base
	vs == set()
}

test_missing_category_fires if {
	vs := categories.deny with input as _with_categories(["personal_data", "wrong_permissions", "missing_or_wrong_information"])
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "categories"]
	v.subject == "broken_exam_secrecy"
	v.message == "not_covered"
	v.args.category == "broken_exam_secrecy"
	v.args.what == {"message": "what_broken_exam_secrecy"}
	v.args.category == "broken_exam_secrecy"
}

test_one_finding_per_missing_category if {
	vs := categories.deny with input as _with_categories(["personal_data"])
	{v.subject | some v in vs} == {"wrong_permissions", "missing_or_wrong_information", "broken_exam_secrecy"}
	none := categories.deny with input as _with_categories(null)
	count(none) == 4
	# each category in its own words
	{v.args.what.message | some v in none} == {"what_personal_data", "what_wrong_permissions", "what_missing_or_wrong_information", "what_broken_exam_secrecy"}
}

test_order_and_duplicates_do_not_matter if {
	cs := ["broken_exam_secrecy", "personal_data", "missing_or_wrong_information", "wrong_permissions", "personal_data"]
	vs := categories.deny with input as _with_categories(cs)
	vs == set()
}

test_no_routine_is_left_to_incident_001 if {
	vs := categories.deny with input as object.union(testdata.base, {"incident_routine": null})
	vs == set()
}
