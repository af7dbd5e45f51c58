package provkoll.rules.gdpr.data_location_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.data_location

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19

_ist := testdata.base.processors[0]

_with(patch) := object.union(testdata.base, {"processors": [object.union(_ist, patch)]})

test_eea_is_quiet if {
	vs := data_location.deny with input as testdata.base
	vs == set()
}

test_norway_iceland_liechtenstein_are_eea if {
	vs := data_location.deny with input as _with({
		"locations": ["NO", "IS", "LI"],
		"subprocessors": [{"name": "Fjord Drift AS", "locations": ["NO"]}],
	})
	vs == set()
}

test_us_without_mechanism_fires if {
	vs := data_location.deny with input as _with({"locations": ["SE", "US"]})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 1]
	v.subject == "ist"
	v.message == "bad_mechanism"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.location == "US"
	v.args.mechanism == "eea"
}

test_switzerland_and_uk_are_not_eea if {
	vs := data_location.deny with input as _with({"locations": ["CH"], "subprocessors": [{"name": "Cloud UK Ltd", "locations": ["GB"]}], "transfer_mechanism": null})
	count(vs) == 2
	{v.path | some v in vs} == {["processors", 0, "locations", 0], ["processors", 0, "subprocessors", 0, "locations", 0]}
	some v in vs
	v.path == ["processors", 0, "subprocessors", 0, "locations", 0]
	v.message == "no_mechanism_sub"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.sub == "Cloud UK Ltd"
	v.args.location == "GB"
	# with an adequacy decision named, both are covered
	ok := data_location.deny with input as _with({"locations": ["CH"], "subprocessors": [{"name": "Cloud UK Ltd", "locations": ["GB"]}], "transfer_mechanism": "adequacy"})
	ok == set()
}

test_scc_and_bcr_cover_a_sub_processor if {
	a := data_location.deny with input as _with({"subprocessors": [{"name": "Support Inc", "locations": ["US"]}], "transfer_mechanism": "scc"})
	a == set()
	b := data_location.deny with input as _with({"subprocessors": [{"name": "Support Inc", "locations": ["IN"]}], "transfer_mechanism": "bcr"})
	b == set()
}

test_dpf_current_is_quiet if {
	vs := data_location.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-03-19"})
	vs == set()
}

test_dpf_certification_boundaries if {
	vs := data_location.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-03-18"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpf_certified_until"]
	v.message == "ends_too_soon"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
	v.args.location == "US"

	ws := data_location.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2026-11-24"})
	{[w.message, w.args.date] | some w in ws} == {["expired", "2026-11-24"]}
}

_dpf_until(d) := object.union(
	_with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": d}),
	{"context": {"upcoming_windows": []}},
)

test_dpf_expiring_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := data_location.deny with input as _dpf_until("2026-12-25")
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpf_certified_until"]
	v.subject == "ist"
	v.severity == "warning"
	v.message == "expiring"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.date == "2026-12-25"
	v.args.warn_days == "30"
	v.args.as_of == "2026-11-25"
	v.args.location == "US"
}

test_dpf_expiring_boundary if {
	ok := data_location.deny with input as _dpf_until("2026-12-26")
	ok == set()
	vs := data_location.deny with input as _dpf_until("2026-11-24")
	{[v.severity, v.message, v.args.date] | some v in vs} == {[null, "expired", "2026-11-24"]}
}

test_dpf_without_certification_fires if {
	vs := data_location.deny with input as _with({"subprocessors": [{"name": "Support Inc", "locations": ["US"]}], "transfer_mechanism": "dpf"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpf_certified_until"]
	v.message == "dpf_not_recorded"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
}

test_dpf_outside_us_fires if {
	vs := data_location.deny with input as _with({"locations": ["US", "IN"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 1]
	v.message == "dpf_not_us"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.location == "IN"
}

test_privacy_shield_is_left_to_gdpr_004 if {
	vs := data_location.deny with input as _with({"locations": ["US"], "transfer_mechanism": "privacy_shield"})
	vs == set()
}

_at(inp, as_of) := object.union(inp, {"context": {"as_of": as_of}})

test_region_names_are_inside_the_eea if {
	vs := data_location.deny with input as _with({
		"locations": ["EU", "eea"],
		"subprocessors": [{"name": "Moln i EES AB", "locations": ["EES", "EU/EEA"]}],
		"transfer_mechanism": "eea",
	})
	vs == set()
}

test_adequacy_without_a_decision_fires if {
	vs := data_location.deny with input as _with({"subprocessors": [{"name": "Support Pvt Ltd", "locations": ["IN"]}], "transfer_mechanism": "adequacy"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "subprocessors", 0, "locations", 0]
	v.subject == "ist"
	v.message == "adequacy_none_sub"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.sub == "Support Pvt Ltd"
	v.args.location == "IN"
	not v.severity
}

test_adequacy_for_the_us_needs_dpf if {
	vs := data_location.deny with input as _with({"locations": ["SE", "us"], "transfer_mechanism": "adequacy"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 1]
	v.message == "adequacy_dpf_only"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.location == "us"
	v.args.decision == "Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)"
}

test_adequacy_counts_from_the_day_adopted if {
	brazil := _with({"locations": ["BR"], "transfer_mechanism": "adequacy"})
	ok := data_location.deny with input as brazil
	ok == set()
	same_day := data_location.deny with input as _at(brazil, "2026-01-26")
	same_day == set()

	vs := data_location.deny with input as _at(brazil, "2026-01-25")
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 0]
	v.message == "adequacy_not_yet"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.location == "BR"
	v.args.country == "Brazil (BR)"
	v.args.decision == "Implementing Decision (EU) 2026/179"
	v.args.adopted == "2026-01-26"
	v.args.as_of == "2026-01-25"
}

test_european_patent_organisation if {
	epo := _with({"subprocessors": [{"name": "EPO", "locations": ["EPO"]}], "transfer_mechanism": "adequacy"})
	ok := data_location.deny with input as epo
	ok == set()
	vs := data_location.deny with input as _at(epo, "2025-07-14")
	count(vs) == 1
}

test_uk_decision_runs_out if {
	uk := _with({"locations": ["UK"], "transfer_mechanism": "adequacy"})
	ok := data_location.deny with input as _at(uk, "2031-12-27")
	ok == set()
	vs := data_location.deny with input as _at(uk, "2031-12-28")
	{[v.message, v.args.location, v.args.country, v.args.decision, v.args.until, v.args.as_of] | some v in vs} == {[
		"adequacy_ran_out", "UK", "the United Kingdom (GB)",
		"Implementing Decision (EU) 2021/1772, renewed by Implementing Decision (EU) 2025/2574",
		"2031-12-27", "2031-12-28",
	]}
}

test_limited_scope_is_an_info if {
	vs := data_location.deny with input as _with({"locations": ["CA", "JP", "CH"], "transfer_mechanism": "adequacy"})
	count(vs) == 2
	{v.severity | some v in vs} == {"info"}
	some v in vs
	v.path == ["processors", 0, "locations", 0]
	v.message == "adequacy_limited"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.country == "Canada (CA)"
	v.args.decision == "Decision 2002/2/EC"
	v.args.scope == "only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA), that is, organisations in commercial activities, not public bodies"
	some w in vs
	w.path == ["processors", 0, "locations", 1]
	contains(w.args.scope, "APPI")
	contains(w.args.scope_sv, "APPI")
}

test_no_message_puts_the_eu_outside if {
	inp := _with({"locations": ["EU", "US"], "subprocessors": [{"name": "X", "locations": ["eu"]}], "transfer_mechanism": null})
	vs := data_location.deny with input as inp
	count(vs) == 1
	every v in vs {
		lower(v.args.location) != "eu"
	}
}

test_dpf_before_its_decision_fires if {
	inp := _at(_with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"}), "2023-07-09")
	vs := data_location.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "transfer_mechanism"]
	v.message == "dpf_not_yet"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.decision == "Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)"
	v.args.adopted == "2023-07-10"
	v.args.as_of == "2023-07-09"
	ok := data_location.deny with input as _at(inp, "2023-07-10")
	ok == set()
}

# a sub-processor's location outside the EU/EEA, with the processor's own inside
_sub(mech, loc) := _with({"locations": ["SE"], "subprocessors": [{"name": "Underbiträdet AB", "locations": [loc]}], "transfer_mechanism": mech})

_messages(inp) := {v.message | some v in data_location.deny with input as inp}

test_each_message_names_the_sub_processor_that_processes_the_data if {
	_messages(_sub("eea", "US")) == {"bad_mechanism_sub"}
	_messages(_sub("dpf", "IN")) == {"dpf_not_us_sub"}
	_messages(_sub("adequacy", "US")) == {"adequacy_dpf_only_sub"}
	_messages(_at(_sub("adequacy", "BR"), "2026-01-01")) == {"adequacy_not_yet_sub"}
	_messages(_at(_sub("adequacy", "UK"), "2031-12-28")) == {"adequacy_ran_out_sub"}
	vs := data_location.deny with input as _sub("eea", "US")
	{v.args.sub | some v in vs} == {"Underbiträdet AB"}
}

test_the_processors_own_location_without_a_mechanism_or_a_decision if {
	_messages(_with({"locations": ["IN"], "transfer_mechanism": null})) == {"no_mechanism"}
	_messages(_with({"locations": ["IN"], "transfer_mechanism": "adequacy"})) == {"adequacy_none"}
}
