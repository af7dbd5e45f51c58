package provkoll.rules.gdpr.processor_dpa_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.processor_dpa

_ist := testdata.base.processors[0]

_with_processors(ps) := object.union(testdata.base, {"processors": ps})

test_base_is_quiet if {
	vs := processor_dpa.deny with input as testdata.base
	vs == set()
}

test_dpa_not_signed_fires if {
	ist := object.union(_ist, {"dpa": {"signed_on": null}})
	vs := processor_dpa.deny with input as _with_processors([ist])
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "signed_on"]
	v.subject == "ist"
	v.message == "no_dpa"
	v.args.processor == "ist"
	v.args.name == "IST Group AB"
}

test_no_dpa_at_all_fires if {
	other := {"id": "moln", "name": "Moln AB", "locations": ["SE"], "transfer_mechanism": "eea"}
	vs := processor_dpa.deny with input as _with_processors([_ist, other])
	count(vs) == 1
	some v in vs
	v.path == ["processors", 1, "dpa", "signed_on"]
	v.subject == "moln"
}

test_unknown_school_data_system_processor_fires if {
	inp := object.union(testdata.base, {"organiser": {"school_data_system": {"processor": "vklass"}}})
	vs := processor_dpa.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "school_data_system", "processor"]
	v.subject == "IST Administration"
	v.message == "school_system_unknown"
	v.args == {"processor": "vklass"}
}

test_school_data_system_without_processor_fires if {
	inp := object.union(testdata.base, {"organiser": {"school_data_system": {"processor": null}}})
	vs := processor_dpa.deny with input as inp
	count(vs) == 1
	some v in vs
	v.message == "school_system_no_processor"
	v.args == {"processor": "IST Administration"}

	# no processors at all: the school-data system's processor is missing too
	ws := processor_dpa.deny with input as _with_processors([])
	count(ws) == 1
}

test_configured_login_and_transfer_vendors_are_quiet if {
	inp := object.union(testdata.with_entity({"transfer": {"processor": "ist"}}), {"organiser": {"login": {"processor": "ist"}}})
	vs := processor_dpa.deny with input as inp
	vs == set()
}

test_unknown_login_vendor_fires if {
	vs := processor_dpa.deny with input as object.union(testdata.base, {"organiser": {"login": {"processor": "inloggningsbolaget"}}})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "login", "processor"]
	v.subject == "inloggningsbolaget"
	v.message == "login_unknown"
	v.args.processor == "inloggningsbolaget"
}

test_unknown_transfer_vendor_fires if {
	vs := processor_dpa.deny with input as testdata.with_entity({"transfer": {"processor": "skolon"}})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "processor"]
	v.subject == "212999-9997"
	v.message == "transfer_unknown"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.processor == "skolon"
}

test_absent_login_and_transfer_vendors_are_quiet if {
	a := processor_dpa.deny with input as object.union(testdata.base, {"organiser": {"login": {"processor": null}}})
	a == set()
	b := processor_dpa.deny with input as testdata.with_entity({"transfer": {"processor": ""}})
	b == set()
}
