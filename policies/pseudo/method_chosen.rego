# METADATA
# title: A pseudonymisation method is chosen for every legal entity
# description: |
#   Every organiser must decide whether Skolverket pseudonymises all protected personal data
#   (skolverket: a lookup against Navet), or whether it does so itself: own (its own method), or
#   fictitious_users (fictitious users with a TF-nummer placed in the real classes and groups).
#   A fourth choice, intermediary_file, records that users with protected identity are not
#   synchronised but uploaded to the intermediary (such as the learning platform) by file;
#   Skolverket still pseudonymises what reaches it, so in Administration provtjänsten it amounts
#   to Skolverket's method (provkoll's reading). The choice is made in Administration
#   provtjänsten, on "Inställningar för skyddade personuppgifter", for every legal entity;
#   record it under protected_data.pseudonymisation.method. skolverket, fictitious_users and
#   intermediary_file are the three options of Skolon's help article "Hantering av
#   sekretessmarkerade elever" (2024-10-09), for which provkoll found no public address;
#   Skolverket's README states the choice itself.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Huvudmannens representant med behörighet att hantera skyddade personuppgifter behöver välja vilken pseudonymiseringsmetod som huvudmannen vill använda vid överföring av skyddade personuppgifter."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/provisioning-api/dnp-provisioning-api.yaml
#     description: Skolverket, Provisioning API (OpenAPI, GitHub), civicNo, "Saknas både personnummer och samordningsnummer så förekommer det att ett tillfälligt personnummer definieras i personregistret. Tillfälligt personnummer ska följa standarden ÅÅÅÅMMDDTFxx."
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) the agent "kan också välja att intyga befintlig pseudonymiseringsmetod"
# custom:
#   id: PSEUDO-001
#   severity: error
#   title_sv: En pseudonymiseringsmetod är vald för varje juridisk person
#   hint: Choose the method for {org_nr} in Administration provtjänsten (Skyddade personuppgifter, Inställningar för skyddade personuppgifter) and set protected_data.pseudonymisation.method to skolverket, own, fictitious_users or intermediary_file.
#   hint_sv: Välj metod för {org_nr} i Administration provtjänsten (Skyddade personuppgifter, Inställningar för skyddade personuppgifter) och sätt protected_data.pseudonymisation.method till skolverket, own, fictitious_users eller intermediary_file.
#   messages:
#     none:
#       en: "{name} ({org_nr}) has chosen no pseudonymisation method"
#       sv: "{name} ({org_nr}) har inte valt någon metod för pseudonymisering"
#     unknown:
#       en: "{name} ({org_nr}) has pseudonymisation method {method}; choose skolverket, own, fictitious_users or intermediary_file"
#       sv: "{name} ({org_nr}) har pseudonymiseringsmetoden {method}; välj skolverket, own, fictitious_users eller intermediary_file"
package provkoll.rules.pseudo.method_chosen

import data.provkoll.lib.values

methods := {"skolverket", "own", "fictitious_users", "intermediary_file"}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	method := object.get(e, ["protected_data", "pseudonymisation", "method"], null)
	not method in methods
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", "method"],
		"subject": org,
		"message": _key(method),
		"args": {"org_nr": org, "name": sprintf("%v", [object.get(e, "name", org)]), "method": sprintf("%v", [method])},
	}
}

_key(method) := "none" if not values.present(method)

else := "unknown"
