# METADATA
# title: The incident routine names an incident log
# description: |
#   The controller must document every personal-data breach, its facts, effects and the action
#   taken, including breaches it does not notify to IMY (GDPR art. 33(5)); the supervisory
#   authority may ask to see that record. The routine should therefore say where incidents are
#   logged (log), such as a case-management system or a register series.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 33(5): "The controller shall document any personal data breaches, comprising the facts relating to the personal data breach, its effects and the remedial action taken. That documentation shall enable the supervisory authority to verify compliance with this Article."'
#   - ref: https://www.imy.se/other-lang/in-english/the-general-data-protection-regulation-gdpr/personal-data-breaches/
#     description: 'IMY (Swedish Authority for Privacy Protection), "Notification of personal data breaches": "You should document all personal data breaches, even those which do not have to be notified to Swedish Authority for Privacy Protection."'
# custom:
#   id: INCIDENT-006
#   severity: warning
#   title_sv: Incidentrutinen anger en incidentlogg
#   hint: Set incident_routine.log to the register or system where every incident is documented, including those not reported to IMY.
#   hint_sv: Sätt incident_routine.log till det register eller system där varje incident dokumenteras, även de som inte anmäls till IMY.
#   messages:
#     no_log:
#       en: "the incident routine names no incident log (log)"
#       sv: "incidentrutinen anger ingen incidentlogg (log)"
package provkoll.rules.incident.incident_log

_routine := object.get(input, "incident_routine", null)

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

deny contains v if {
	is_object(_routine)
	not _named(object.get(_routine, "log", null))
	v := {
		"path": ["incident_routine", "log"],
		"subject": "incident_routine",
		"message": "no_log",
		"args": {},
	}
}
