package provkoll.rules.gdpr.dpo_recorded_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.dpo_recorded

_no_dpo := object.union(testdata.base, {"organiser": {"gdpr": {"dpo": null}}})

_form(inp, form) := object.union(inp, {"organiser": {"legal_form": form}})

test_recorded_is_quiet if {
	vs := dpo_recorded.deny with input as testdata.base
	vs == set()
}

# Changed for issue 15: a kommun without a DPO used to be reported here too; GDPR-010 now
# reports it (an error), and this rule stays silent so the gap is not reported twice.
test_kommun_without_dpo_is_left_to_gdpr_010 if {
	vs := dpo_recorded.deny with input as _no_dpo
	vs == set()
	company := dpo_recorded.deny with input as _form(_no_dpo, "aktiebolag")
	company == set()
}

test_other_legal_form_without_dpo_fires if {
	vs := dpo_recorded.deny with input as _form(_no_dpo, "other")
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "dpo"]
	v.subject == "Exempelby kommun"
	v.message == "none"
	v.args.organiser == "Exempelby kommun"
}

test_no_legal_form_and_no_gdpr_block_fires if {
	org := object.union(object.remove(testdata.base.organiser, ["gdpr", "legal_form"]), {"name": "Exempelskolan"})
	vs := dpo_recorded.deny with input as object.union(object.remove(testdata.base, ["organiser"]), {"organiser": org})
	count(vs) == 1
	some v in vs
	v.message == "none"
	v.args.organiser == "Exempelskolan"
}

test_blank_fires if {
	vs := dpo_recorded.deny with input as _form(object.union(testdata.base, {"organiser": {"gdpr": {"dpo": "  "}}}), "other")
	count(vs) == 1
}

test_every_entity_with_its_own_dpo_is_quiet if {
	inp := object.union(_form(_no_dpo, "other"), {"legal_entities": [object.union(testdata.entity, {"gdpr": {"dpo": "dora"}})]})
	vs := dpo_recorded.deny with input as inp
	vs == set()
}
