# METADATA
# title: Every legal entity has a power of attorney to transfer data
# description: |
#   The person who registers the school-data system's service address, activates the
#   subscription or uploads the user file in Administration provtjänsten needs a power of
#   attorney to transfer data ("fullmakt att överföra uppgifter"), issued in Bolagsverket's Mina
#   ombud. Without it the organiser's user data never reach the test platform, and it is the
#   organiser's responsibility that they do. It is needed for every legal entity separately. A
#   power of attorney that was revoked (revoked_on on or before the check date) counts for
#   nothing, so a scope held only by revoked ones is as good as none. Whether the remaining ones
#   are valid in time is ORG-005.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: Skolverket, "Checklista för provisionering enligt standarden SS12000" (GitHub, 2025-09-04), step 6, "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten."; step 8, "Huvudmannens ombud loggar in i Administration provtjänsten och anger SS12000-API URL."
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: Skolverket, "Skolverkets e-tjänst Administration provtjänsten", "Genom fullmakten blir du ombud för huvudmannen, vilket ger dig behörighet att överföra uppgifter och att beställa inloggningstjänster."
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov", "Det är huvudmannens ansvar att säkerställa att dessa uppgifter överförs till provplattformen i god tid innan proven ska genomföras."; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) Calle "Har fullmakt att överföra uppgifter"
# custom:
#   id: ORG-004
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Varje juridisk person har en fullmakt att överföra uppgifter
#   hint: Have a main contact of {org_nr} issue a power of attorney to transfer data in Mina ombud (minaombud.se), and record it under powers_of_attorney with scope transfer.
#   hint_sv: Låt en huvudkontaktperson för {org_nr} utfärda en fullmakt att överföra uppgifter i Mina ombud (minaombud.se), och för in den under powers_of_attorney med scope transfer.
#   messages:
#     none:
#       en: "{name} ({org_nr}) has no power of attorney with scope transfer"
#       sv: "{name} ({org_nr}) har ingen fullmakt att överföra uppgifter (scope transfer)"
#     all_revoked:
#       en: "{name} ({org_nr}) has no power of attorney with scope transfer that is not revoked: {revoked}"
#       sv: "{name} ({org_nr}) har ingen fullmakt att överföra uppgifter (scope transfer) som inte är återkallad: {revoked}"
#     revoked:
#       en: "{holder}'s was revoked on {date}"
#       sv: "fullmakten för {holder} återkallades {date}"
package provkoll.rules.org.transfer_agent

import data.provkoll.lib.dates
import data.provkoll.lib.poa
import data.provkoll.lib.values

# the powers of attorney of entity e with this scope
_of_scope(e, scope) := [p | some p in values.list(object.get(e, "powers_of_attorney", null)); object.get(p, "scope", null) == scope]

# one that was not revoked by the as-of date (a revoked one counts for nothing)
_live(ps) if {
	some p in ps
	not poa.revoked_by(p, dates.as_of)
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	ps := _of_scope(e, "transfer")
	not _live(ps)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "powers_of_attorney"],
		"subject": org,
		"message": _key(ps),
		"args": {
			"org_nr": org,
			"name": sprintf("%v", [object.get(e, "name", org)]),
			"revoked": [{"message": "revoked", "args": {
				"holder": sprintf("%v", [object.get(p, "holder", "?")]),
				"date": sprintf("%v", [object.get(p, "revoked_on", "?")]),
			}} |
				some p in ps
			],
		},
	}
}

_key(ps) := "none" if count(ps) == 0

else := "all_revoked"
