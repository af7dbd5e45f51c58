# METADATA
# title: Every legal entity's organisation number is a valid organisationsnummer
# description: |
#   Each legal entity is known to Mina ombud, Administration provtjänsten and Skolfederation by
#   its organisationsnummer, so a mistyped number cannot be matched there and every check keyed
#   on it goes wrong. The number must be 10 digits (NNNNNN-NNNN) or 16 followed by 10 digits,
#   its first digit a group number (1, 2, 3, 5, 6, 7, 8, 9), its third digit 2 or more, and its
#   last digit the Luhn check digit. A number that passes is well formed; provkoll cannot tell
#   whether it is registered.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: Skolverket, authentication API README (GitHub), "Klientcertifikatet ska ha en koppling till huvudmannens organisationsnummer."; "En huvudman som har ett klientcertifikat från en certifikatutfärdare behöver se till att sitt organisationsnummer finns i certifikatet."
#   - ref: https://oid-base.com/get/1.3.7
#     description: Swedish organisation numbers; "the third digit in the organization number is never lower than 2"
#   - ref: https://www.dinbokforing.se/bokforingslexikon/organisationsnummer/
#     description: Organisationsnummer, its group number and check digit
# custom:
#   id: ORG-001
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Varje juridisk person har ett giltigt organisationsnummer
#   hint: Copy the number from Bolagsverket or SCB and write it as NNNNNN-NNNN (or 16NNNNNNNNNN) in org_nr of the LegalEntity {name}.
#   hint_sv: Hämta numret från Bolagsverket eller SCB och skriv det som NNNNNN-NNNN (eller 16NNNNNNNNNN) i org_nr för den juridiska personen {name}.
#   messages:
#     invalid:
#       en: "{org_nr} ({name}) is not a valid organisationsnummer: {problems}"
#       sv: "{org_nr} ({name}) är inte ett giltigt organisationsnummer: {problems}"
#     missing:
#       en: "legal entity {name} has no org_nr"
#       sv: "den juridiska personen {name} saknar org_nr"
#     not_a_string:
#       en: "it is not a string"
#       sv: "det är inte en text"
#     not_ten_digits:
#       en: "it is not 10 digits (NNNNNN-NNNN) or 16 followed by 10 digits"
#       sv: "det är inte tio siffror (NNNNNN-NNNN) eller 16 följt av tio siffror"
#     first_digit:
#       en: "its first digit {digit} is not a group number (1, 2, 3, 5, 6, 7, 8 or 9)"
#       sv: "den första siffran, {digit}, är inget gruppnummer (1, 2, 3, 5, 6, 7, 8 eller 9)"
#     third_digit:
#       en: "its third digit {digit} is below 2"
#       sv: "den tredje siffran, {digit}, är mindre än 2"
#     check_digit:
#       en: "its check digit {digit} is wrong (Luhn)"
#       sv: "kontrollsiffran {digit} är fel (Luhn)"
package provkoll.rules.org.org_nr_valid

import data.provkoll.lib.idnum
import data.provkoll.lib.values

deny contains v if {
	some i, e in values.list(input.legal_entities)
	nr := object.get(e, "org_nr", null)
	values.present(nr)
	problems := idnum.org_nr_problems(nr)
	count(problems) > 0
	name := object.get(e, "name", sprintf("legal_entities[%d]", [i]))
	v := {
		"path": ["legal_entities", i, "org_nr"],
		"subject": sprintf("%v", [nr]),
		"message": "invalid",
		"args": {"org_nr": sprintf("%v", [nr]), "name": name, "problems": sort(problems)},
	}
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	not values.present(object.get(e, "org_nr", null))
	name := object.get(e, "name", sprintf("legal_entities[%d]", [i]))
	v := {
		"path": ["legal_entities", i, "org_nr"],
		"subject": name,
		"message": "missing",
		"args": {"org_nr": "", "name": name},
	}
}
