package provkoll.lib.testdata_test

import data.provkoll.lib.testdata

# every rule of the pack, evaluated on an input
_findings(inp) := found if {
	found := {[area, slug, v] |
		some area, pkgs in data.provkoll.rules
		some slug, pkg in pkgs
		some v in pkg.deny
	} with input as inp
}

# the number of rule packages (those that define deny), so the checks below are not vacuous
_rule_count := count({[area, slug] |
	some area, pkgs in data.provkoll.rules
	some slug, pkg in pkgs
	pkg.deny
})

test_base_is_clean if {
	_rule_count >= 13
	_findings(testdata.base) == set()
}

test_two_entities_are_clean if {
	_findings(testdata.two_entities) == set()
}

test_registered_is_clean if {
	_findings(testdata.registered) == set()
}

test_with_entity_patches_one_field if {
	inp := testdata.with_entity({"org_nr": "802999-9995"})
	inp.legal_entities[0].org_nr == "802999-9995"
	inp.legal_entities[0].name == "Exempelby kommun"
	count(inp.legal_entities) == 1
	inp.organiser == testdata.base.organiser
}

test_base_context_matches_its_window if {
	w := testdata.base.context.upcoming_windows[0]
	w.id == testdata.window.id
	w.ready_by == "2027-02-22" # 2027-03-08 - 14 days
}
