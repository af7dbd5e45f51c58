package provkoll.rules.gdpr.scc_transfer_assessment_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.scc_transfer_assessment

_with(patch) := object.union(testdata.base, {"processors": [object.union(testdata.base.processors[0], patch)]})

_scc := {"locations": ["SE", "us"], "subprocessors": [{"name": "Support Pvt Ltd", "locations": ["IN", "SE"]}], "transfer_mechanism": "scc"}

test_base_is_quiet if {
	vs := scc_transfer_assessment.deny with input as testdata.base
	vs == set()
}

test_scc_without_assessment_fires if {
	vs := scc_transfer_assessment.deny with input as _with(_scc)
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "transfer_impact_assessment"]
	v.subject == "ist"
	v.message == "no_assessment"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.locations == "IN, US"
}

test_recorded_assessment_is_quiet if {
	vs := scc_transfer_assessment.deny with input as _with(object.union(_scc, {"transfer_impact_assessment": {"done_on": "2026-03-02", "ref": "KS 2026/77"}}))
	vs == set()
	today := scc_transfer_assessment.deny with input as _with(object.union(_scc, {"transfer_impact_assessment": {"done_on": "2026-11-25", "ref": "KS 2026/77"}}))
	today == set()
}

test_incomplete_assessment_fires_per_gap if {
	a := scc_transfer_assessment.deny with input as _with(object.union(_scc, {"transfer_impact_assessment": {"done_on": "2026-03-02"}}))
	{[v.path, v.message, v.args.locations] | some v in a} == {[
		["processors", 0, "transfer_impact_assessment", "ref"],
		"no_ref", "IN, US",
	]}
	b := scc_transfer_assessment.deny with input as _with(object.union(_scc, {"transfer_impact_assessment": {"ref": " "}}))
	{[v.path, v.message] | some v in b} == {
		[["processors", 0, "transfer_impact_assessment", "done_on"], "no_date"],
		[["processors", 0, "transfer_impact_assessment", "ref"], "no_ref"],
	}
}

test_future_assessment_fires if {
	vs := scc_transfer_assessment.deny with input as _with(object.union(_scc, {"transfer_impact_assessment": {"done_on": "2026-11-26", "ref": "KS 2026/77"}}))
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "transfer_impact_assessment", "done_on"]
	v.message == "not_made_yet"
	v.args.name == "IST Group AB"
	v.args.processor == "ist"
	v.args.locations == "IN, US"
	v.args.done_on == "2026-11-26"
	v.args.as_of == "2026-11-25"
}

test_scc_inside_the_eea_needs_none if {
	a := scc_transfer_assessment.deny with input as _with({"locations": ["SE", "EU"], "transfer_mechanism": "scc"})
	a == set()
}

test_other_mechanisms_are_left_to_other_rules if {
	a := scc_transfer_assessment.deny with input as _with({"locations": ["US"], "transfer_mechanism": "dpf", "dpf_certified_until": "2027-12-31"})
	a == set()
	b := scc_transfer_assessment.deny with input as _with({"locations": ["IN"], "transfer_mechanism": "bcr"})
	b == set()
}
