# METADATA
# title: The protected-data and transfer powers of attorney each have a deputy
# description: |
#   Skolverket requires at least one person with a power of attorney for protected personal data,
#   and a fullmakt for those who handle the transfer; if that one person is ill, on leave or
#   leaves during an exam window, nobody can receive notices about protected students or fix the
#   transfer of data. Two people holding each power of attorney (a deputy, ersättare) remove that
#   single point of failure. Powers of attorney are given per organisation number, so holders are
#   counted per legal entity. Only a current one counts: one that has expired or been revoked
#   (revoked_on on or before as_of) does not, nor does one held by someone who has left
#   (employment_end before as_of). This is good practice inferred by provkoll, not a stated
#   requirement.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: 'Skolverket, dnp-usermanagement, README (commit a06cf58, 2026-04-14): "Varje huvudman behöver utse och ge fullmakt till minst en person som hanterar skyddade personuppgifter. Huvudmän kan skapa fullmakt via Mina ombud."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista för en huvudman som överför uppgifter via filinläsning" (last changed 2025-09-04), step 4: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten." (the same step is in the SS 12000 and Provisioning API checklists)'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/sa-tilldelas-fullmakt-for-atkomst-till-administration-provtjansten
#     description: Skolverket, "Det kan finnas flera huvudkontaktpersoner", and a main contact may issue powers of attorney to several agents
# custom:
#   id: ROLE-004
#   severity: info
#   per_item: [legal_entities]
#   title_sv: Fullmakterna för skyddade personuppgifter och överföring har var sin ersättare
#   hint: Make sure at least two people hold a current {scope} power of attorney for {org_nr}; have a main contact issue one to a deputy in Mina ombud, and record it under powers_of_attorney.
#   hint_sv: Se till att minst två personer har en gällande fullmakt ({scope}) för {org_nr}; låt en huvudkontaktperson utfärda en till en ersättare i Mina ombud, och för in den under powers_of_attorney.
#   messages:
#     nobody:
#       en: "nobody holds a current {scope} power of attorney for {name} ({org_nr}), so there is no deputy either"
#       sv: "ingen har en gällande fullmakt ({scope}) för {name} ({org_nr}), och alltså ingen ersättare heller"
#     no_deputy:
#       en: "only {holder} holds a current {scope} power of attorney for {name} ({org_nr}): there is no deputy"
#       sv: "bara {holder} har en gällande fullmakt ({scope}) för {name} ({org_nr}): det finns ingen ersättare"
package provkoll.rules.role.poa_deputies

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.poa
import data.provkoll.lib.values

_scopes := ["protected_data", "transfer"]

# the distinct holders of powers of attorney of scope `scope` of entity e that have neither
# expired nor been revoked, held by people who have not left
_holders(e, scope) := {h |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	object.get(p, "scope", null) == scope
	h := object.get(p, "holder", null)
	is_string(h)
	h != ""
	count(dates.expired(object.get(p, "valid_until", null))) == 0
	not poa.revoked_by(p, dates.as_of)
	not people.has_left(h)
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	some scope in _scopes
	holders := _holders(e, scope)
	count(holders) < 2
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "powers_of_attorney"],
		"subject": org,
		"message": _key(holders),
		"args": {
			"org_nr": org,
			"scope": scope,
			"name": sprintf("%v", [object.get(e, "name", org)]),
			"holder": concat(", ", holders),
		},
	}
}

_key(holders) := "nobody" if count(holders) == 0

else := "no_deputy"
