package provkoll.lib.eea_test

import data.provkoll.lib.eea

test_thirty_states if {
	count(eea.eu) == 27
	count(eea.countries) == 30
}

test_eu_and_efta_members if {
	eea.is_eea("SE")
	eea.is_eea("IE")
	eea.is_eea("FI")
	eea.is_eea("NO") # Norway, a string (not the YAML 1.1 boolean)
	eea.is_eea("IS")
	eea.is_eea("LI")
	eea.is_eu("SE")
	not eea.is_eu("NO")
}

test_not_eea if {
	not eea.is_eea("CH") # Switzerland: adequacy, not EEA
	not eea.is_eea("GB") # United Kingdom: adequacy, not EEA
	not eea.is_eea("UK")
	not eea.is_eea("US")
	not eea.is_eea("")
	not eea.is_eea(false)
	not eea.is_eea(null)
	not eea.is_eea("Europe") # includes CH, GB and others: not a place inside the EEA
	not eea.is_eea("EUR")
	not eea.is_region("SE")
}

test_case_and_aliases if {
	eea.is_eea("se")
	eea.is_eea(" de ")
	eea.is_eea("EL")
	eea.code("el") == "GR"
}

test_region_names_are_inside if {
	eea.is_eea("EU")
	eea.is_eea("eu")
	eea.is_eea(" Eu ")
	eea.is_eea("EEA")
	eea.is_eea("eea")
	eea.is_eea("EES")
	eea.is_eea("ees")
	eea.is_eea("EU/EEA")
	eea.is_eea("eu / ees")
	eea.is_region("eu")
	eea.code("eu / eea") == "EU/EEA"
	eea.is_eu("EU")
	eea.is_eu("eu")
	not eea.is_eu("EEA") # the EEA is wider than the EU
	not eea.is_eu("EES")
}
