# METADATA
# title: No personnummer or samordningsnummer anywhere in the configuration
# description: |
#   Personnummer are especially worthy of protection and should be exposed as little as
#   possible, and a config repository is copied, reviewed and backed up widely. People are
#   referred to by a short id, never by identity number. Every string of every document is
#   searched, notes and free text included, for a valid personnummer or samordningsnummer
#   (a real date, day + 60 for a samordningsnummer, and the Luhn check digit); organisation
#   numbers never match (their third digit is 2 or more). The finding shows only the date
#   part and masks the last four digits.
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, FAQ, "Personnummer anses vara särskilt skyddsvärda personuppgifter och bör exponeras så lite som möjligt. Om ett fåtal personnummer behöver skickas via e-post, gör en bedömning om det är möjlighet att stryka de fyra sista siffrorna."
#   - ref: http://personnummer.se/om
#     description: The personnummer's form, YYMMDD-NNNC with a Luhn check digit, `+` from the age of 100
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2016.5/330251.html
#     description: Skatteverket, samordningsnummer, the birth day plus 60
# custom:
#   id: DATA-001
#   severity: error
#   title_sv: Inga personnummer eller samordningsnummer någonstans i konfigurationen
#   hint: Remove the {kind} {masked} from the configuration (and from its git history); refer to people by their Person id and keep identity numbers in the HR or school-data system.
#   hint_sv: Ta bort {kind_sv} {masked} ur konfigurationen (och ur dess git-historik); hänvisa till personer med deras Person-id och förvara identitetsnummer i personal- eller skoldatasystemet.
package provkoll.rules.data.no_personnummer

import data.provkoll.lib.pnr
import data.provkoll.lib.nodes

_kind_sv := {"personnummer": "personnumret", "samordningsnummer": "samordningsnumret"}

# The whole configuration is searched once for what could be a number, and only the strings
# holding one are searched exactly: a call of pnr.find per string cost more than the rest of the
# check, and organisation numbers, in every school, never look like one.
deny contains v if {
	some [path, s] in nodes.matching(pnr.likely)
	some n in pnr.find(s)
	kind := pnr.kind(n)
	masked := pnr.mask(n)
	v := {
		"path": path,
		"subject": masked,
		"msg": sprintf("a %s (%s) is written here; identity numbers do not belong in the configuration", [kind, masked]),
		"args": {"kind": kind, "kind_sv": _kind_sv[kind], "masked": masked},
	}
}
