# METADATA
# title: Every legal entity has a power of attorney for protected personal data
# description: |
#   Before an organiser can provision data to Skolverket, at least one person must be appointed
#   to handle protected personal data (students with sekretessmarkering or skyddad
#   folkbokföring) and given a power of attorney in Bolagsverket's Mina ombud. Without it nobody
#   can register the notice e-mail or choose and attest the pseudonymisation method. It is
#   needed for every legal entity (organisation number) separately. A power of attorney that
#   was revoked (revoked_on on or before the check date) counts for nothing, so a scope held only
#   by revoked ones is as good as none. Whether the remaining ones are valid in time is ORG-005.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Varje huvudman behöver utse och ge fullmakt till minst en person som hanterar skyddade personuppgifter. Huvudmän kan skapa fullmakt via Mina ombud."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: Skolverket, "Checklista för provisionering via filinläsning" (GitHub, 2025-09-04), step 4, "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten." (the same step is in the SS 12000 and Provisioning API checklists)
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) the agent Anders "Har fullmakt att hantera skyddade personuppgifter"
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/sa-tilldelas-fullmakt-for-atkomst-till-administration-provtjansten
#     description: Skolverket, "Så tilldelas fullmakt för åtkomst till Administration provtjänsten", "Fullmakten skrivs av huvudmannens huvudkontaktperson via Bolagsverkets e-tjänst Mina ombud."
# custom:
#   id: ORG-003
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Varje juridisk person har en fullmakt för skyddade personuppgifter
#   hint: Have a main contact of {org_nr} issue a power of attorney for protected personal data in Mina ombud (minaombud.se), and record it under powers_of_attorney with scope protected_data.
#   hint_sv: Låt en huvudkontaktperson för {org_nr} utfärda en fullmakt att hantera skyddade personuppgifter i Mina ombud (minaombud.se), och för in den under powers_of_attorney med scope protected_data.
#   messages:
#     none:
#       en: "{name} ({org_nr}) has no power of attorney with scope protected_data"
#       sv: "{name} ({org_nr}) har ingen fullmakt för skyddade personuppgifter (scope protected_data)"
#     all_revoked:
#       en: "{name} ({org_nr}) has no power of attorney with scope protected_data that is not revoked: {revoked}"
#       sv: "{name} ({org_nr}) har ingen fullmakt för skyddade personuppgifter (scope protected_data) som inte är återkallad: {revoked}"
#     revoked:
#       en: "{holder}'s was revoked on {date}"
#       sv: "fullmakten för {holder} återkallades {date}"
package provkoll.rules.org.protected_data_agent

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
	ps := _of_scope(e, "protected_data")
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
