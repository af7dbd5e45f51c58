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
	v.msg == "IST Group AB (ist) processes data in US, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: eea)"
	v.args == {"processor": "ist", "location": "US"}
}

test_switzerland_and_uk_are_not_eea if {
	vs := data_location.deny with input as _with({"locations": ["CH"], "subprocessors": [{"name": "Cloud UK Ltd", "locations": ["GB"]}], "transfer_mechanism": null})
	count(vs) == 2
	{v.path | some v in vs} == {["processors", 0, "locations", 0], ["processors", 0, "subprocessors", 0, "locations", 0]}
	some v in vs
	v.path == ["processors", 0, "subprocessors", 0, "locations", 0]
	v.msg == "IST Group AB (ist) has a sub-processor, Cloud UK Ltd, that processes data in GB, outside the EU/EEA, without a transfer mechanism (transfer_mechanism: none)"

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
	v.msg == "the Data Privacy Framework certification of IST Group AB (ist) expires 2027-03-18, before the end of window vt2027-ak9 (2027-03-08 – 2027-03-19)"
	v.args == {"processor": "ist", "location": "US"}

	ws := data_location.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2026-11-24"})
	{w.msg | some w in ws} == {"the Data Privacy Framework certification of IST Group AB (ist) expired on 2026-11-24"}
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
	v.msg == "the Data Privacy Framework certification of IST Group AB (ist) expires 2026-12-25, within 30 days of 2026-11-25"
	v.args == {"processor": "ist", "location": "US"}
}

test_dpf_expiring_boundary if {
	ok := data_location.deny with input as _dpf_until("2026-12-26")
	ok == set()
	vs := data_location.deny with input as _dpf_until("2026-11-24")
	{[v.severity, v.msg] | some v in vs} == {[null, "the Data Privacy Framework certification of IST Group AB (ist) expired on 2026-11-24"]}
}

test_dpf_without_certification_fires if {
	vs := data_location.deny with input as _with({"subprocessors": [{"name": "Support Inc", "locations": ["US"]}], "transfer_mechanism": "dpf"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpf_certified_until"]
	v.msg == "IST Group AB (ist) relies on the EU–US Data Privacy Framework, but dpf_certified_until is not recorded"
}

test_dpf_outside_us_fires if {
	vs := data_location.deny with input as _with({"locations": ["US", "IN"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 1]
	v.msg == "IST Group AB (ist) processes data in IN, outside the EU/EEA, under dpf, but the EU–US Data Privacy Framework covers only US recipients"
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
	v.msg == "IST Group AB (ist) has a sub-processor, Support Pvt Ltd, that processes data in IN, outside the EU/EEA, under adequacy, but the Commission has no adequacy decision for IN"
	v.args == {"processor": "ist", "location": "IN"}
	not v.severity
}

test_adequacy_for_the_us_needs_dpf if {
	vs := data_location.deny with input as _with({"locations": ["SE", "us"], "transfer_mechanism": "adequacy"})
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "locations", 1]
	v.msg == "IST Group AB (ist) processes data in us, outside the EU/EEA, under adequacy, but the US adequacy decision (Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)) covers only organisations certified under the EU–US Data Privacy Framework: name dpf and record its dpf_certified_until"
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
	v.msg == "IST Group AB (ist) processes data in BR, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for Brazil (BR), Implementing Decision (EU) 2026/179, was adopted only on 2026-01-26, after 2026-01-25"
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
	{v.msg | some v in vs} == {"IST Group AB (ist) processes data in UK, outside the EU/EEA, under adequacy, but the Commission's adequacy decision for the United Kingdom (GB), Implementing Decision (EU) 2021/1772, renewed by Implementing Decision (EU) 2025/2574, ran until 2031-12-27, before 2031-12-28"}
}

test_limited_scope_is_an_info if {
	vs := data_location.deny with input as _with({"locations": ["CA", "JP", "CH"], "transfer_mechanism": "adequacy"})
	count(vs) == 2
	{v.severity | some v in vs} == {"info"}
	some v in vs
	v.path == ["processors", 0, "locations", 0]
	v.msg == "IST Group AB (ist) processes data in Canada (CA) under adequacy; Decision 2002/2/EC covers only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA), that is, organisations in commercial activities, not public bodies: make sure the recipient falls within it"
	some w in vs
	w.path == ["processors", 0, "locations", 1]
	contains(w.msg, "APPI")
}

test_no_message_puts_the_eu_outside if {
	inp := _with({"locations": ["EU", "US"], "subprocessors": [{"name": "X", "locations": ["eu"]}], "transfer_mechanism": null})
	vs := data_location.deny with input as inp
	count(vs) == 1
	every v in vs {
		not contains(v.msg, "in EU,")
		not contains(v.msg, "in eu,")
	}
}

test_dpf_before_its_decision_fires if {
	inp := _at(_with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"}), "2023-07-09")
	vs := data_location.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "transfer_mechanism"]
	v.msg == "IST Group AB (ist) relies on the EU–US Data Privacy Framework, but its adequacy decision, Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework), was adopted only on 2023-07-10, after 2023-07-09"
	ok := data_location.deny with input as _at(inp, "2023-07-10")
	ok == set()
}
