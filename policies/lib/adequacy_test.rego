package provkoll.lib.adequacy_test

import data.provkoll.lib.adequacy

test_seventeen_entries_with_dates_and_eurlex_pages if {
	count(adequacy.decisions) == 17
	every c, d in adequacy.decisions {
		regex.match(`^\d{4}-\d{2}-\d{2}$`, d.adopted)
		startswith(d.url, "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:3")
		d.name != ""
		d.scope != ""
		d.decision != ""
	}
	adequacy.decisions.BR.adopted == "2026-01-26"
	adequacy.decisions.EPO.adopted == "2025-07-15"
	adequacy.decisions.GB.until == "2031-12-27"
	contains(adequacy.decisions.GB.decision, "2025/2574")
	contains(adequacy.decisions.US.decision, "2023/1795")
}

test_eea_states_are_not_listed if {
	not adequacy.has_decision("SE")
	not adequacy.has_decision("NO")
	not adequacy.has_decision("IN")
	not adequacy.has_decision("CN")
	not adequacy.has_decision(null)
}

test_codes_and_aliases if {
	adequacy.code(" uk ") == "GB"
	adequacy.code("eporg") == "EPO"
	adequacy.has_decision("gb")
	adequacy.has_decision("UK")
	adequacy.has_decision("EPO")
	adequacy.label("ch") == "Switzerland (CH)"
	adequacy.label("IN") == "IN"
}

test_in_force_by_date if {
	adequacy.in_force("CH", "2026-11-25")
	adequacy.in_force("BR", "2026-01-26") # the day it was adopted
	not adequacy.in_force("BR", "2026-01-25")
	adequacy.adopted_after("BR", "2026-01-25")
	not adequacy.adopted_after("BR", "2026-01-26")
	not adequacy.in_force("EPO", "2025-07-14")
	adequacy.in_force("EPO", "2025-07-15")
	not adequacy.in_force("US", "2023-07-09")
	not adequacy.in_force("IN", "2026-11-25")
}

test_uk_sunset if {
	adequacy.in_force("GB", "2031-12-27")
	not adequacy.in_force("GB", "2031-12-28")
	adequacy.ran_out("GB", "2031-12-28")
	not adequacy.ran_out("CH", "2099-01-01")
}

test_us_needs_dpf_and_limited_scopes if {
	adequacy.dpf_only("US")
	adequacy.in_force("US", "2026-11-25")
	not adequacy.covers("US", "2026-11-25")
	adequacy.covers("CA", "2026-11-25")
	adequacy.limited("CA")
	adequacy.limited("JP")
	not adequacy.limited("CH")
	not adequacy.dpf_only("CH")
	contains(adequacy.decisions.CA.scope, "PIPEDA")
	contains(adequacy.decisions.JP.scope, "APPI")
}
