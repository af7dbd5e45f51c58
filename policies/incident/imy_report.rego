# METADATA
# title: Personal-data incidents are reported to IMY within 72 hours
# description: |
#   The organiser is the controller: a personal-data breach must be notified to the supervisory
#   authority, IMY, without undue delay and where feasible within 72 hours of becoming aware of
#   it (GDPR art. 33(1)), and Skolverket reminds organisers to make their own IMY report. So the
#   routine must report personal-data incidents to IMY (imy.personal_data_incidents: true) with a
#   deadline (imy.within_hours) of at most 72. Skolverket also asks for the IMY report to be made
#   at the same time as the Skolverket report; that is a recommendation, so a routine that reports
#   to IMY but not concurrently (imy.concurrent_with_skolverket not true) is reported as a warning.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (last updated 1 July 2025): "Det är viktigt att ni även gör en egen anmälan till IMY samtidigt som ni rapporterar till Skolverket."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 33(1): "In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority competent in accordance with Article 55, unless the personal data breach is unlikely to result in a risk to the rights and freedoms of natural persons."'
#   - ref: https://imy.se/en/organisations/forms-and-e-services/notification-of-a-personal-data-breach
#     description: 'IMY (Swedish Authority for Privacy Protection), "Notification of a personal data breach": "You should report the personal data breach within 72 hours after having become aware of it. If all information is not yet available, you may provide supplementary information within four weeks."'
# custom:
#   id: INCIDENT-002
#   severity: error
#   title_sv: Personuppgiftsincidenter anmäls till IMY inom 72 timmar
#   hint: Make the routine report personal-data incidents to IMY (imy.se, "Anmäl personuppgiftsincident") at the same time as to Skolverket, and set imy.personal_data_incidents to true, imy.within_hours to 72 or less and imy.concurrent_with_skolverket to true.
#   hint_sv: Låt rutinen anmäla personuppgiftsincidenter till IMY (imy.se, "Anmäl personuppgiftsincident") samtidigt som rapporten till Skolverket, och sätt imy.personal_data_incidents till true, imy.within_hours till högst 72 och imy.concurrent_with_skolverket till true.
#   messages:
#     not_reported:
#       en: "the incident routine does not report personal-data incidents to IMY (imy.personal_data_incidents: {value})"
#       sv: "incidentrutinen anmäler inte personuppgiftsincidenter till IMY (imy.personal_data_incidents: {value})"
#     no_deadline:
#       en: "the incident routine sets no deadline for reporting personal-data incidents to IMY (imy.within_hours)"
#       sv: "incidentrutinen anger ingen tidsgräns för anmälan av personuppgiftsincidenter till IMY (imy.within_hours)"
#     too_late:
#       en: "the incident routine reports personal-data incidents to IMY within {hours} hours, more than the 72 hours of GDPR article 33(1)"
#       sv: "incidentrutinen anmäler personuppgiftsincidenter till IMY inom {hours} timmar, mer än de 72 timmar som artikel 33.1 i dataskyddsförordningen medger"
#     not_concurrent:
#       en: "the incident routine does not report personal-data incidents to IMY at the same time as to Skolverket (imy.concurrent_with_skolverket: {value})"
#       sv: "incidentrutinen anmäler inte personuppgiftsincidenter till IMY samtidigt som de rapporteras till Skolverket (imy.concurrent_with_skolverket: {value})"
package provkoll.rules.incident.imy_report

_routine := object.get(input, "incident_routine", null)

_max_hours := 72

deny contains v if {
	is_object(_routine)
	reported := object.get(_routine, ["imy", "personal_data_incidents"], null)
	reported != true
	v := {
		"path": ["incident_routine", "imy", "personal_data_incidents"],
		"subject": "incident_routine",
		"message": "not_reported",
		"args": {"value": sprintf("%v", [reported])},
	}
}

deny contains v if {
	is_object(_routine)
	not is_number(object.get(_routine, ["imy", "within_hours"], null))
	v := {
		"path": ["incident_routine", "imy", "within_hours"],
		"subject": "incident_routine",
		"message": "no_deadline",
		"args": {},
	}
}

deny contains v if {
	is_object(_routine)
	hours := object.get(_routine, ["imy", "within_hours"], null)
	is_number(hours)
	hours > _max_hours
	v := {
		"path": ["incident_routine", "imy", "within_hours"],
		"subject": "incident_routine",
		"message": "too_late",
		"args": {"hours": sprintf("%v", [hours])},
	}
}

# reported to IMY, but not at the same time as to Skolverket: Skolverket's recommendation, a warning
deny contains v if {
	is_object(_routine)
	object.get(_routine, ["imy", "personal_data_incidents"], null) == true
	concurrent := object.get(_routine, ["imy", "concurrent_with_skolverket"], null)
	concurrent != true
	v := {
		"path": ["incident_routine", "imy", "concurrent_with_skolverket"],
		"subject": "incident_routine",
		"severity": "warning",
		"message": "not_concurrent",
		"args": {"value": sprintf("%v", [concurrent])},
	}
}
