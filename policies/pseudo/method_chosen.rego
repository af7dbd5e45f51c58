# METADATA
# title: A pseudonymisation method is chosen for every legal entity
# description: |
#   Every organiser must decide whether Skolverket pseudonymises all protected personal data
#   (skolverket: a lookup against Navet), or whether it does so itself (own), possibly by placing
#   fictitious users with TF numbers in the real groups (fictitious_users). The choice is made
#   in Administration provtjänsten, on "Inställningar för skyddade personuppgifter", for every
#   legal entity; record it under protected_data.pseudonymisation.method.
# related_resources:
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "Välj vilken pseudonymiseringsmetod ni vill använda vid överföring av skyddade personuppgifter."; "Som huvudman behöver ni ta ställning till om ni vill att Skolverket pseudonymiserar alla skyddade personuppgifter eller om ni själva vill göra det."
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Han kan också välja att intyga befintlig pseudonymiseringsmetod"
# custom:
#   id: PSEUDO-001
#   severity: error
#   title_sv: En pseudonymiseringsmetod är vald för varje juridisk person
#   hint: Choose the method for {org_nr} in Administration provtjänsten (Skyddade personuppgifter, Inställningar för skyddade personuppgifter) and set protected_data.pseudonymisation.method to skolverket, own or fictitious_users.
#   hint_sv: Välj metod för {org_nr} i Administration provtjänsten (Skyddade personuppgifter, Inställningar för skyddade personuppgifter) och sätt protected_data.pseudonymisation.method till skolverket, own eller fictitious_users.
package provkoll.rules.pseudo.method_chosen

import data.provkoll.lib.values

methods := {"skolverket", "own", "fictitious_users"}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	method := object.get(e, ["protected_data", "pseudonymisation", "method"], null)
	not method in methods
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", "method"],
		"subject": org,
		"msg": _msg(method, object.get(e, "name", org), org),
		"args": {"org_nr": org},
	}
}

_msg(method, name, org) := sprintf("%s (%s) has chosen no pseudonymisation method", [name, org]) if {
	not values.present(method)
}

_msg(method, name, org) := sprintf(
	"%s (%s) has pseudonymisation method %v; choose skolverket, own or fictitious_users",
	[name, org, method],
) if {
	values.present(method)
}
