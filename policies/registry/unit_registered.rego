# METADATA
# title: Every school's skolenhetskod is in Skolenhetsregistret
# description: |
#   Skolverket fetches the school units for the digital national tests from Skolenhetsregistret,
#   and its technical checklist asks the organiser to make sure the register is correct. A
#   school whose school_unit_code the register does not list under the organisation numbers
#   the snapshot was fetched for has a mistyped code, a code of another organiser, or is not
#   registered at all: its staff and pupils are matched to no unit Skolverket knows. The rule
#   compares with the snapshot from `provkoll registry fetch` (input.registry); when the
#   school's own legal entity was not among the numbers fetched, the message says to fetch it
#   too. Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: Skolverket, "Teknisk checklista för digitala nationella prov", heading "Skolenhetsregistret innehåller korrekta uppgifter", then "Uppgifterna i skolenhetsregistret är uppdaterade och korrekta. Skolverket hämtar uppgifter från skolenhetsregistret inför genomförandet av digitala nationella prov och bedömningsstöd."
#   - ref: https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml
#     description: Skolverket, "Skolenhetsregistret öppna API v2" (OpenAPI), GET /v2/school-units with organization_number ("Begränsa urvalet till de skolenheter som har det angivna organisationsnumret") and GET /v2/school-units/{schoolUnitCode}
# custom:
#   id: REG-001
#   severity: error
#   title_sv: Varje skolas skolenhetskod finns i skolenhetsregistret
#   hint: Look up {school} in Skolenhetsregistret (skolverket.se) and copy its skolenhetskod into school_unit_code; if the unit belongs to another organisation number, fetch the snapshot with that --org too.
#   hint_sv: Sök upp {school} i skolenhetsregistret (skolverket.se) och för in dess skolenhetskod i school_unit_code; hör enheten till ett annat organisationsnummer, hämta ögonblicksbilden även med det --org.
#   messages:
#     unlisted:
#       en: "school {school} has school_unit_code {code}, which Skolenhetsregistret does not list for {asked}"
#       sv: "skolan {school} har skolenhetskoden {code} (school_unit_code), som skolenhetsregistret inte anger för {asked}"
#     unlisted_not_fetched:
#       en: "school {school} has school_unit_code {code}, which Skolenhetsregistret does not list for {asked} (its legal entity {legal_entity} was not fetched)"
#       sv: "skolan {school} har skolenhetskoden {code} (school_unit_code), som skolenhetsregistret inte anger för {asked} (dess juridiska person {legal_entity} hämtades inte)"
package provkoll.rules.registry.unit_registered

import data.provkoll.lib.registry
import data.provkoll.lib.values

_asked := concat(", ", sort([registry.shown(o) | some o in registry.asked]))

deny contains v if {
	registry.present
	some i, s in values.list(input.schools)
	code := object.get(s, "school_unit_code", null)
	is_string(code)
	count(code) == 8
	not registry.by_code[code]
	id := sprintf("%v", [object.get(s, "id", sprintf("schools[%d]", [i]))])
	v := {
		"path": ["schools", i, "school_unit_code"],
		"subject": id,
		"message": _key(s),
		"args": {"school": id, "code": code, "asked": _asked, "legal_entity": sprintf("%v", [object.get(s, "legal_entity", "")])},
	}
}

# the school's own legal entity was not fetched: say so
_key(s) := "unlisted_not_fetched" if {
	not registry.key(object.get(s, "legal_entity", "")) in registry.asked
} else := "unlisted"
