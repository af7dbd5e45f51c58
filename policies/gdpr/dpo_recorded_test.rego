package provkoll.rules.gdpr.dpo_recorded_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.dpo_recorded

test_recorded_is_quiet if {
	vs := dpo_recorded.deny with input as testdata.base
	vs == set()
}

test_kommun_without_dpo_fires if {
	vs := dpo_recorded.deny with input as object.union(testdata.base, {"organiser": {"gdpr": {"dpo": null}}})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "dpo"]
	v.subject == "Exempelby kommun"
	v.msg == "no data-protection officer is recorded for Exempelby kommun (organiser.gdpr.dpo); a kommun must designate one"
	v.args == {"organiser": "Exempelby kommun"}
}

test_company_without_gdpr_block_fires if {
	org := object.union(object.remove(testdata.base.organiser, ["gdpr"]), {"name": "Exempelskolan AB", "legal_form": "aktiebolag"})
	vs := dpo_recorded.deny with input as object.union(object.remove(testdata.base, ["organiser"]), {"organiser": org})
	count(vs) == 1
	some v in vs
	v.msg == "no data-protection officer is recorded for Exempelskolan AB (organiser.gdpr.dpo)"
}

test_blank_fires if {
	vs := dpo_recorded.deny with input as object.union(testdata.base, {"organiser": {"gdpr": {"dpo": "  "}}})
	count(vs) == 1
}
