# METADATA
# title: The incident routine covers Skolverket's four incident categories
# description: |
#   Skolverket names four kinds of information-security incident in the test service: personal-
#   data incidents, wrong permissions (unauthorised access to Administration provtjänsten or the
#   test platform), missing or wrong information (a test missing parts or containing errors) and
#   broken exam secrecy (a test spread without permission). A routine that does not recognise one
#   of them leaves staff unsure whether and how to report it. A warning: Skolverket gives these as
#   examples, not as a required classification.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (last updated 1 July 2025), "Vad är en informationssäkerhetsincident?" with the headings "Personuppgiftsincidenter", "Felaktiga behörigheter", "Felaktig eller försvunnen information" and "Bruten provsekretess"'
# custom:
#   id: INCIDENT-004
#   severity: warning
#   title_sv: Incidentrutinen täcker Skolverkets fyra incidentkategorier
#   hint: Add {category} ({what}) to incident_routine.categories and describe in the routine how such incidents are handled and reported.
#   hint_sv: Lägg till {category} ({what}) i incident_routine.categories och beskriv i rutinen hur sådana incidenter hanteras och rapporteras.
#   messages:
#     not_covered:
#       en: "the incident routine does not cover the category {category} ({what})"
#       sv: "incidentrutinen täcker inte kategorin {category} ({what})"
#     what_personal_data:
#       en: "personal-data incidents"
#       sv: "personuppgiftsincidenter"
#     what_wrong_permissions:
#       en: "wrong permissions: unauthorised access to Administration provtjänsten or the test platform"
#       sv: "felaktiga behörigheter: obehöriga får tillgång till Administration provtjänsten eller provplattformen"
#     what_missing_or_wrong_information:
#       en: "missing or wrong information: a test missing parts or containing errors"
#       sv: "felaktig eller försvunnen information: ett prov saknar delar eller innehåller fel"
#     what_broken_exam_secrecy:
#       en: "broken exam secrecy: a test spread without permission"
#       sv: "bruten provsekretess: ett prov har spridits utan tillstånd"
package provkoll.rules.incident.categories

import data.provkoll.lib.values

_what := {
	"personal_data": {"message": "what_personal_data"},
	"wrong_permissions": {"message": "what_wrong_permissions"},
	"missing_or_wrong_information": {"message": "what_missing_or_wrong_information"},
	"broken_exam_secrecy": {"message": "what_broken_exam_secrecy"},
}

_routine := object.get(input, "incident_routine", null)

deny contains v if {
	is_object(_routine)
	covered := {c | some c in values.list(object.get(_routine, "categories", null))}
	some category, what in _what
	not category in covered
	v := {
		"path": ["incident_routine", "categories"],
		"subject": category,
		"message": "not_covered",
		"args": {"category": category, "what": what},
	}
}
