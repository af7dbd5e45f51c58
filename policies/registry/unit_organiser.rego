# METADATA
# title: Every school's unit belongs to the organisation number of its legal entity
# description: |
#   In Skolenhetsregistret every school unit has one huvudman, named by its organisation number.
#   Skolverket's test service places a unit's staff and pupils under that huvudman, whose powers
#   of attorney and transfer settings then apply. A school configured under one legal entity
#   whose unit the register lists under another organisation number is either configured under
#   the wrong entity, or registered under the wrong huvudman: either way the configuration's
#   fullmakter and transfer do not cover it. Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml
#     description: Skolverket, "Skolenhetsregistret öppna API v2" (OpenAPI), SchoolUnitInfoResponse `included` (OrganizerIncluded) with organizationNumber, "Huvudmans organisationsnummer"
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/vanliga-fragor-och-svar-om-skolenhetsregistret
#     description: Skolverket, "Vanliga frågor och svar om skolenhetsregistret", "Huvudmännen ansvarar för att deras uppgifter i skolenhetsregistret är korrekta."
# custom:
#   id: REG-003
#   severity: error
#   title_sv: Varje skolas enhet hör till organisationsnumret för dess juridiska person
#   hint: Set legal_entity of {school} to {registered}, the huvudman Skolenhetsregistret names, or have the register corrected if {configured} really runs the school; then fetch the snapshot again.
#   hint_sv: Sätt legal_entity för {school} till {registered}, den huvudman skolenhetsregistret anger, eller låt rätta registret om {configured} verkligen driver skolan; hämta sedan ögonblicksbilden igen.
#   messages:
#     other_organiser:
#       en: "school {school} ({code}) belongs to {registered} in Skolenhetsregistret, not to its legal_entity {configured}"
#       sv: "skolan {school} ({code}) hör till {registered} i skolenhetsregistret, inte till sin juridiska person {configured} (legal_entity)"
package provkoll.rules.registry.unit_organiser

import data.provkoll.lib.registry
import data.provkoll.lib.values

deny contains v if {
	registry.present
	some i, s in values.list(input.schools)
	code := object.get(s, "school_unit_code", null)
	u := registry.by_code[code]
	configured := object.get(s, "legal_entity", "")
	is_string(configured)
	registry.key(configured) != registry.org(u)
	id := sprintf("%v", [object.get(s, "id", sprintf("schools[%d]", [i]))])
	registered := registry.shown(registry.org(u))
	v := {
		"path": ["schools", i, "legal_entity"],
		"subject": id,
		"message": "other_organiser",
		"args": {"school": id, "code": code, "registered": registered, "configured": configured},
	}
}
