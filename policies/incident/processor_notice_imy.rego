# METADATA
# title: Other processors report breaches early enough for the controller's 72 hours to IMY
# description: |
#   The controller must notify IMY of a personal-data breach without undue delay and, where
#   feasible, within 72 hours of becoming aware of it (GDPR art. 33(1)); a processor must tell
#   the controller without undue delay (art. 33(2)). For a processor outside the DNP chain (not
#   the school-data system's, the login service's or a transfer vendor, which INCIDENT-005 holds
#   to Skolverket's four hours), a DPA that lets it wait 72 hours or more
#   (dpa.breach_notice_hours) leaves no time for the report to IMY if the 72 hours are counted
#   from the breach, and is hard to square with "without undue delay": a warning. More than 48
#   hours leaves less than a day: an info. The thresholds are provkoll's inference from art. 33;
#   neither the GDPR nor IMY names a time for the processor, and the controller's 72 hours
#   formally run from its own awareness. A DPA that states no time is not reported here.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 33(1): "In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority"; art. 33(2): "The processor shall notify the controller without undue delay after becoming aware of a personal data breach."'
#   - ref: https://imy.se/en/organisations/forms-and-e-services/notification-of-a-personal-data-breach
#     description: 'IMY (Swedish Authority for Privacy Protection), "Notification of a personal data breach": "You should report the personal data breach within 72 hours after having become aware of it. If all information is not yet available, you may provide supplementary information within four weeks."'
# custom:
#   id: INCIDENT-007
#   severity: warning
#   title_sv: Övriga personuppgiftsbiträden rapporterar incidenter i tid för en anmälan till IMY inom 72 timmar
#   hint: Agree with processor {processor} (an addendum to the DPA) that it reports a personal-data breach to you without undue delay and within 48 hours at most, so that you can report to IMY within 72 hours, and record that in dpa.breach_notice_hours.
#   hint_sv: Kom överens med biträdet {processor} (ett tillägg till personuppgiftsbiträdesavtalet) om att det rapporterar en personuppgiftsincident till er utan onödigt dröjsmål och inom högst 48 timmar, så att ni hinner anmäla till IMY inom 72 timmar, och för in det i dpa.breach_notice_hours.
#   messages:
#     none_left:
#       en: "the DPA with {processor} ({name}) lets it take {hours} hours to report a breach to you, no less than the 72 hours GDPR article 33(1) gives you for the report to IMY, so counted from the breach none would be left; a processor must notify without undue delay (article 33(2))"
#       sv: "biträdesavtalet med {processor} ({name}) ger biträdet {hours} timmar att rapportera en personuppgiftsincident till er, inte mindre än de 72 timmar som artikel 33.1 i dataskyddsförordningen ger er för anmälan till IMY, så räknat från incidenten skulle ingen tid återstå; ett biträde ska underrätta utan onödigt dröjsmål (artikel 33.2)"
#     little_left:
#       en: "the DPA with {processor} ({name}) lets it take {hours} hours to report a breach to you; counted from the breach, less than a day of the 72 hours for your report to IMY (GDPR article 33(1)) would be left"
#       sv: "biträdesavtalet med {processor} ({name}) ger biträdet {hours} timmar att rapportera en personuppgiftsincident till er; räknat från incidenten skulle mindre än ett dygn av de 72 timmarna för er anmälan till IMY (artikel 33.1 i dataskyddsförordningen) återstå"
package provkoll.rules.incident.processor_notice_imy

import data.provkoll.lib.values

_organiser := values.obj(object.get(input, "organiser", null))

# the processors in the DNP chain, left to INCIDENT-005
_chain := {ref |
	some ref in [
		object.get(_organiser, ["school_data_system", "processor"], null),
		object.get(_organiser, ["login", "processor"], null),
	]
	is_string(ref)
} | {ref |
	some e in values.list(object.get(input, "legal_entities", null))
	ref := object.get(values.obj(e), ["transfer", "processor"], null)
	is_string(ref)
}

_imy_hours := 72

_info_above := 48

deny contains v if {
	some i, p in values.list(input.processors)
	not object.get(p, "id", null) in _chain
	hours := object.get(values.obj(object.get(p, "dpa", null)), "breach_notice_hours", null)
	is_number(hours)
	hours > _info_above
	processor := sprintf("%v", [object.get(p, "id", i)])
	v := {
		"path": ["processors", i, "dpa", "breach_notice_hours"],
		"subject": processor,
		"severity": _severity(hours),
		"message": _key(hours),
		"args": {"processor": processor, "name": sprintf("%v", [object.get(p, "name", processor)]), "hours": sprintf("%v", [hours])},
	}
}

_severity(hours) := null if hours >= _imy_hours

else := "info"

_key(hours) := "none_left" if hours >= _imy_hours

else := "little_left"
