package provkoll.rules.gdpr.processing_records_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.processing_records

# testdata.base records both documents on the organiser; _unrecorded neither
_records := testdata.base.organiser.gdpr.record_of_processing

_recorded := testdata.base

_unrecorded := object.union(testdata.base, {"organiser": {"gdpr": {"record_of_processing": null, "dpia": null}}})

test_recorded_is_quiet if {
	vs := processing_records.deny with input as _recorded
	vs == set()
	two := processing_records.deny with input as testdata.two_entities
	two == set()
}

test_missing_both_fires_twice if {
	vs := processing_records.deny with input as _unrecorded
	{v.path | some v in vs} == {["organiser", "gdpr", "record_of_processing", "ref"], ["organiser", "gdpr", "dpia", "ref"]}
	{v.args.what.message | some v in vs} == {"what_record_of_processing", "what_dpia"}
	some v in vs
	v.path == ["organiser", "gdpr", "dpia", "ref"]
	v.subject == "dpia"
	v.message == "none_dpia"
	v.args.who == "Exempelby kommun"
	v.args.field == "organiser.gdpr.dpia"
	v.args == {
		"what": {"message": "what_dpia"},
		"who": "Exempelby kommun",
		"field": "organiser.gdpr.dpia",
	}
}

test_a_record_without_ref_fires if {
	vs := processing_records.deny with input as object.union(_recorded, {"organiser": {"gdpr": {"record_of_processing": {"ref": " "}}}})
	count(vs) == 1
	some v in vs
	v.message == "none_record_of_processing"
	v.args.who == "Exempelby kommun"
	v.args.field == "organiser.gdpr.record_of_processing"
}

test_entity_records_count if {
	own := {"gdpr": {
		"record_of_processing": {"done_on": "2026-04-10", "ref": "KS 2026/101"},
		"dpia": {"done_on": "2026-04-28", "ref": "KS 2026/109"},
	}}
	inp := object.union(_unrecorded, {"legal_entities": [object.union(testdata.entity, own)]})
	vs := processing_records.deny with input as inp
	vs == set()
}

test_entity_without_its_own_fires_when_others_have_one if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"dpia": {"ref": "EXS-2026-3"}}})
	inp := object.union(_unrecorded, {
		"organiser": {"gdpr": {"record_of_processing": _records}},
		"legal_entities": [testdata.entity, ab],
		"schools": [testdata.school, testdata.school_ab],
	})
	vs := processing_records.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "gdpr", "dpia", "ref"]
	v.subject == "212999-9997"
	v.message == "none_for_entity_dpia"
	v.args.who == "Exempelby kommun (212999-9997)"
	v.args.field == "gdpr.dpia"
}

test_entity_without_its_own_record_of_processing_fires if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"record_of_processing": {"ref": "EXS-2026-2"}}})
	inp := object.union(_unrecorded, {
		"organiser": {"gdpr": {"dpia": {"ref": "KS 2026/12"}}},
		"legal_entities": [testdata.entity, ab],
		"schools": [testdata.school, testdata.school_ab],
	})
	vs := processing_records.deny with input as inp
	{[v.path, v.message] | some v in vs} == {[["legal_entities", 0, "gdpr", "record_of_processing", "ref"], "none_for_entity_record_of_processing"]}
}
