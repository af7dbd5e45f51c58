# METADATA
# title: Powers of attorney are issued by a main contact of the legal entity
# description: |
#   Only the organiser's main contact person (huvudkontaktperson) can issue powers of attorney
#   for Administration provtjänsten in Mina ombud: the authorised signatory registered at
#   Bolagsverket for a company or economic association, the person in Skolverket's
#   huvudmannaregister for other legal forms. A power recorded as issued by anyone else, or with
#   no issuer, cannot be traced to a valid issuer. This is a warning because provkoll cannot
#   query those registers; the entity's main_contacts are what the configuration says they hold.
# related_resources:
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/sa-tilldelas-fullmakt-for-atkomst-till-administration-provtjansten
#     description: Skolverket, "Fullmakten skrivs av huvudmannens huvudkontaktperson via Bolagsverkets e-tjänst Mina ombud. Huvudkontaktpersonen kan även tilldela fullmakt åt sig själv"; "Det kan finnas flera huvudkontaktpersoner."
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/testa-tekniken/teknisk-checklista-for-digitala-nationella-prov
#     description: Skolverket, "Teknisk checklista för digitala nationella prov", "För enskilda huvudmän som är aktiebolag, handelsbolag, kommanditbolag eller ekonomiska föreningar är huvudmannens kontaktperson samma som firmatecknaren. Skolverket hämtar uppgifterna från Bolagsverket."
# custom:
#   id: ORG-007
#   severity: warning
#   title_sv: Fullmakter är utfärdade av en huvudkontaktperson för den juridiska personen
#   hint: List the huvudkontaktpersoner of {org_nr} under main_contacts and set issued_by to the one who issued the power of attorney of {holder}; if nobody on that list issued it, have a main contact re-issue it in Mina ombud.
#   hint_sv: För in huvudkontaktpersonerna för {org_nr} under main_contacts och sätt issued_by till den som utfärdade fullmakten för {holder}; om ingen av dem utfärdade den, låt en huvudkontaktperson utfärda den på nytt i Mina ombud.
#   messages:
#     no_issuer:
#       en: "the {scope} power of attorney of {holder} for {org_nr} records no issued_by"
#       sv: "fullmakten ({scope}) för {holder} hos {org_nr} anger inte issued_by"
#     not_a_main_contact:
#       en: "the {scope} power of attorney of {holder} for {org_nr} was issued by {issued_by}, who is not among its main_contacts ({contacts})"
#       sv: "fullmakten ({scope}) för {holder} hos {org_nr} utfärdades av {issued_by}, som inte finns bland huvudkontaktpersonerna i main_contacts ({contacts})"
#     not_a_main_contact_none_listed:
#       en: "the {scope} power of attorney of {holder} for {org_nr} was issued by {issued_by}, who is not among its main_contacts (none listed)"
#       sv: "fullmakten ({scope}) för {holder} hos {org_nr} utfärdades av {issued_by}, men main_contacts anger ingen huvudkontaktperson"
package provkoll.rules.org.poa_issuer_main_contact

import data.provkoll.lib.values

deny contains v if {
	some i, e in values.list(input.legal_entities)
	org := object.get(e, "org_nr", "")
	contacts := values.list(object.get(e, "main_contacts", null))
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	issuer := object.get(p, "issued_by", null)
	not issuer in contacts
	holder := sprintf("%v", [object.get(p, "holder", "?")])
	scope := sprintf("%v", [object.get(p, "scope", "?")])
	v := {
		"path": ["legal_entities", i, "powers_of_attorney", j, "issued_by"],
		"subject": org,
		"message": _key(issuer, contacts),
		"args": {
			"org_nr": org,
			"holder": holder,
			"issued_by": _text(issuer),
			"scope": scope,
			"contacts": concat(", ", [sprintf("%v", [x]) | some x in contacts]),
		},
	}
}

_text(x) := "" if not values.present(x)

else := sprintf("%v", [x])

_key(issuer, contacts) := "no_issuer" if not values.present(issuer)

else := "not_a_main_contact_none_listed" if count(contacts) == 0

else := "not_a_main_contact"
