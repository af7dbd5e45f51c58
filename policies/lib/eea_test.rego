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
}

test_case_and_aliases if {
	eea.is_eea("se")
	eea.is_eea(" de ")
	eea.is_eea("EL")
	eea.code("el") == "GR"
}
