# METADATA
# title: Every school is named as its unit is in Skolenhetsregistret
# description: |
#   Teachers and administrators find their school in Skolverket's test service under the name
#   the register gives its unit. A school configured under another name is still the same unit
#   (the code ties them), so this is information only: it helps people recognise the school, and
#   a very different name can reveal a code copied from the wrong unit. Letter case and spaces
#   at either end are ignored. Without a snapshot the rule is not applicable.
# related_resources:
#   - ref: https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml
#     description: Skolverket, "Skolenhetsregistret öppna API v2" (OpenAPI), SchoolUnitInfo displayName, "Namn på skolenheten"
# custom:
#   id: REG-004
#   severity: info
#   title_sv: Varje skola har samma namn som dess enhet i skolenhetsregistret
#   hint: Name {school} "{registered}" as the register does, or have the name in Skolenhetsregistret corrected if the configuration is right.
#   hint_sv: Ge {school} namnet "{registered}" som i registret, eller låt rätta namnet i skolenhetsregistret om konfigurationen är rätt.
#   messages:
#     differs:
#       en: "school {school} is named \"{configured}\", but its unit {code} is \"{registered}\" in Skolenhetsregistret"
#       sv: "skolan {school} heter ”{configured}”, men dess skolenhet {code} heter ”{registered}” i skolenhetsregistret"
package provkoll.rules.registry.unit_name

import data.provkoll.lib.registry
import data.provkoll.lib.values

_norm(s) := lower(trim_space(s))

deny contains v if {
	registry.present
	some i, s in values.list(input.schools)
	code := object.get(s, "school_unit_code", null)
	u := registry.by_code[code]
	registered := registry.name(u)
	registered != ""
	configured := object.get(s, "name", "")
	is_string(configured)
	_norm(configured) != _norm(registered)
	id := sprintf("%v", [object.get(s, "id", sprintf("schools[%d]", [i]))])
	v := {
		"path": ["schools", i, "name"],
		"subject": id,
		"message": "differs",
		"args": {"school": id, "configured": configured, "code": code, "registered": registered},
	}
}
