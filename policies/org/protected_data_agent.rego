# METADATA
# title: Every legal entity has a power of attorney for protected personal data
# description: |
#   Before an organiser can provision data to Skolverket, at least one person must be appointed
#   to receive Skolverket's notices about protected personal data (students with sekretessmarkering
#   or skyddad folkbokföring), and that person is given a power of attorney in Bolagsverket's
#   Mina ombud. Without it nobody can register the notice e-mail or choose and attest the
#   pseudonymisation method. It is needed for every legal entity (organisation number) separately.
# related_resources:
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "minst en person utses som kan ta emot notiser om skyddade personuppgifter från Skolverket. Ni ger den personen en fullmakt i Bolagsverkets e-tjänst Mina ombud."
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Anders "Har fullmakt att hantera skyddade personuppgifter"
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/sa-tilldelas-fullmakt-for-atkomst-till-administration-provtjansten
#     description: Skolverket, how powers of attorney for Administration provtjänsten are issued through Mina ombud
# custom:
#   id: ORG-003
#   severity: error
#   title_sv: Varje juridisk person har en fullmakt för skyddade personuppgifter
#   hint: Have a main contact of {org_nr} issue a power of attorney for protected personal data in Mina ombud (minaombud.se), and record it under powers_of_attorney with scope protected_data.
#   hint_sv: Låt en huvudkontaktperson för {org_nr} utfärda en fullmakt att hantera skyddade personuppgifter i Mina ombud (minaombud.se), och för in den under powers_of_attorney med scope protected_data.
package provkoll.rules.org.protected_data_agent

import data.provkoll.lib.values

_has_scope(e, scope) if {
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == scope
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	not _has_scope(e, "protected_data")
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "powers_of_attorney"],
		"subject": org,
		"msg": sprintf("%s (%s) has no power of attorney with scope protected_data", [object.get(e, "name", org), org]),
		"args": {"org_nr": org},
	}
}
