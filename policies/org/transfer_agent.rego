# METADATA
# title: Every legal entity has a power of attorney to transfer data
# description: |
#   The person who registers the school-data system's service address and activates the
#   subscription in Administration provtjänsten needs a power of attorney to transfer data
#   ("fullmakt att överföra uppgifter"), issued in Bolagsverket's Mina ombud. Without it the
#   organiser's user data never reach the test platform, and it is the organiser's
#   responsibility that they do. It is needed for every legal entity separately.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Calle "Har fullmakt att överföra uppgifter"; "Han lägger in adressen till ISTs tjänst och aktiverar prenumeration på uppdateringar."
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "måste alla steg göras för samtliga bolag"
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: Skolverket, Administration provtjänsten, "Genom fullmakten blir du ombud för huvudmannen, vilket ger dig behörighet att överföra uppgifter"
# custom:
#   id: ORG-004
#   severity: error
#   title_sv: Varje juridisk person har en fullmakt att överföra uppgifter
#   hint: Have a main contact of {org_nr} issue a power of attorney to transfer data in Mina ombud (minaombud.se), and record it under powers_of_attorney with scope transfer.
#   hint_sv: Låt en huvudkontaktperson för {org_nr} utfärda en fullmakt att överföra uppgifter i Mina ombud (minaombud.se), och för in den under powers_of_attorney med scope transfer.
package provkoll.rules.org.transfer_agent

import data.provkoll.lib.values

_has_scope(e, scope) if {
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == scope
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	not _has_scope(e, "transfer")
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "powers_of_attorney"],
		"subject": org,
		"msg": sprintf("%s (%s) has no power of attorney with scope transfer", [object.get(e, "name", org), org]),
		"args": {"org_nr": org},
	}
}
