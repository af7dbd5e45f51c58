# METADATA
# title: Every active unit of the organiser that takes national tests is a configured School
# description: |
#   Skolverket fetches every school unit of the huvudman from Skolenhetsregistret; a unit that
#   the configuration leaves out gets no DNP administrator, no support contact and no check of
#   its transfer, and its staff and pupils may never be transferred. So every unit the register
#   lists as active (AKTIV) under an organisation number of a configured LegalEntity, in a
#   school form with digital national tests, must be a School here. The school forms are those
#   Skolverket's open-data API for DNP allows: GR, GY, SP, SAM, and VUXGY (kommunal
#   vuxenutbildning at upper-secondary level, which the register records as VUX with the part
#   VUXGY); units with only other forms (FKLASS, FTH, GRAN, GYAN, other VUX parts) are left
#   out. A unit that really takes no tests this year can be waived, with the reason.
#   Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/open-data-api/provisioning-data-api.yaml
#     description: Skolverket, Provtjänstens Open-data API (OpenAPI, GitHub), Code_SchoolType, "Observera att de utbildningsformer som är tillåtna för digitala nationella prov (DNP) är `GR`, `GY`, `SP`, `SAM` och `VUXGY`."
#   - ref: https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml
#     description: Skolverket, "Skolenhetsregistret öppna API v2" (OpenAPI), SchoolUnitInfo schoolTypes (CodeSchoolType) and schoolTypeProperties.vux.schoolTypeParts (CodeSchoolTypePartVux)
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: Skolverket, "Teknisk checklista för digitala nationella prov", "Skolverket hämtar uppgifter från skolenhetsregistret inför genomförandet av digitala nationella prov och bedömningsstöd."
# custom:
#   id: REG-005
#   severity: error
#   title_sv: Varje aktiv skolenhet hos huvudmannen där nationella prov ges finns med bland skolorna
#   hint: Add a School document for {unit} ({code}) with school_unit_code "{code}" and legal_entity "{org_nr}", or waive this finding for {code} with the reason the unit takes no national tests.
#   hint_sv: Lägg till ett School-dokument för {unit} ({code}) med school_unit_code "{code}" och legal_entity "{org_nr}", eller gör ett undantag för {code} med skälet till att enheten inte har nationella prov.
#   messages:
#     missing:
#       en: "Skolenhetsregistret lists {unit} ({code}, {school_types}) as an active unit of {org_nr}, but no School has school_unit_code {code}"
#       sv: "skolenhetsregistret anger {unit} ({code}, {school_types}) som en aktiv skolenhet hos {org_nr}, men ingen skola har skolenhetskoden {code} (school_unit_code)"
package provkoll.rules.registry.units_configured

import data.provkoll.lib.registry
import data.provkoll.lib.values

_entities := {registry.key(o) |
	some e in values.list(input.legal_entities)
	o := object.get(e, "org_nr", null)
	is_string(o)
}

_configured := {c |
	some s in values.list(input.schools)
	c := object.get(s, "school_unit_code", null)
}

deny contains v if {
	registry.present
	some u in registry.units
	registry.status(u) == "AKTIV"
	registry.org(u) in _entities
	registry.takes_tests(u)
	code := registry.code(u)
	not code in _configured
	org := registry.shown(registry.org(u))
	v := {
		"path": ["organiser", "registry"],
		"subject": code,
		"message": "missing",
		"args": {"unit": registry.name(u), "code": code, "school_types": sort(registry.school_types(u)), "org_nr": org},
	}
}
