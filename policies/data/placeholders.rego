# METADATA
# title: No placeholder of the starter configuration is left
# description: |
#   `provkoll init` writes a starter with placeholders to be replaced: CHANGE-ME, organisation
#   numbers written NNNNNN-NNNN, addresses under example.invalid and a school unit code of all
#   zeros. Each of them passes the schema, so a forgotten one would pass the check, and a signed
#   report could read "Huvudman: CHANGE-ME kommun". Every string of the configuration is searched
#   for them. The `.invalid` top-level domain is reserved so that it can never be reached: mail
#   to such an address is lost.
# related_resources:
#   - ref: https://www.rfc-editor.org/rfc/rfc6761#section-6.4
#     description: "IETF RFC 6761, Special-Use Domain Names, 6.4: \"The domain \\\"invalid.\\\" and any names falling within \\\".invalid.\\\" are special\"; name lookups for them return a negative response, so no mail is delivered"
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: "Skolverket, Teknisk checklista för digitala nationella prov: \"Skolenhetsregistret innehåller korrekta uppgifter\"; a school unit code of zeros is no skolenhetskod"
# custom:
#   id: DATA-004
#   severity: error
#   title_sv: Inga platshållare från startkonfigurationen finns kvar
#   hint: Replace the placeholder {value} with the real value.
#   hint_sv: Ersätt platshållaren {value} med det riktiga värdet.
#   messages:
#     change_me:
#       en: "{value} is a placeholder from the starter configuration: fill in the real value"
#       sv: "{value} är en platshållare från startkonfigurationen: fyll i det riktiga värdet"
#     org_nr:
#       en: "{value} is a placeholder from the starter configuration: write the real organisationsnummer"
#       sv: "{value} är en platshållare från startkonfigurationen: skriv det riktiga organisationsnumret"
#     invalid_domain:
#       en: "{value} is a placeholder from the starter configuration: the .invalid domain is reserved and no mail reaches it"
#       sv: "{value} är en platshållare från startkonfigurationen: domänen .invalid är reserverad och ingen e-post kommer fram dit"
#     school_unit_code:
#       en: "{value} is a placeholder from the starter configuration: write the school unit's skolenhetskod from Skolenhetsregistret"
#       sv: "{value} är en platshållare från startkonfigurationen: skriv skolenhetens skolenhetskod från skolenhetsregistret"
package provkoll.rules.data.placeholders

import data.provkoll.lib.nodes

# What the starter writes, and the obvious others. One pattern searches the whole configuration
# once; each string it found is judged on its own below.
_any := `(?i)change-?me|N{6}-N{4}|\.invalid|0{8}`

deny contains v if {
	some [path, s] in nodes.values_matching(_any)
	some what in _placeholders(s)
	v := {
		"path": path,
		"subject": what,
		"message": _key[what],
		"args": {"value": what},
	}
}

_placeholders(s) := {w |
	some [re, w] in [
		[`(?i)change-?me`, "CHANGE-ME"],
		[`N{6}-N{4}`, "NNNNNN-NNNN"],
		[`(?i)[a-z0-9.-]*\.invalid\b`, "example.invalid"],
		[`^0{8}$`, "00000000"],
	]
	regex.match(re, s)
}

# the message of each placeholder (its templates are in METADATA)
_key := {
	"CHANGE-ME": "change_me",
	"NNNNNN-NNNN": "org_nr",
	"example.invalid": "invalid_domain",
	"00000000": "school_unit_code",
}
