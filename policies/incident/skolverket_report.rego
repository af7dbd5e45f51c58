# METADATA
# title: An incident routine has an owner and reports to Skolverket within four hours
# description: |
#   Information-security incidents in the test service (personal data exposed, wrong permissions,
#   missing or wrong test content, broken exam secrecy) must be reported to Skolverket within
#   four hours through its contact form, so that Skolverket can limit the consequences. That
#   needs a written IncidentRoutine with someone who owns it and a Skolverket deadline
#   (skolverket.within_hours) of at most 4. When the four hours start is not stated; reading it
#   as "from discovery" is provkoll's inference.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (last updated 1 July 2025): "Det är viktigt att ni rapporterar incidenter som påverkar informationssäkerheten i provtjänsten. På så sätt kan vi begränsa konsekvenserna." and "Rapportera till Skolverket inom fyra timmar via vårt kontaktformulär"'
# custom:
#   id: INCIDENT-001
#   severity: error
#   title_sv: Det finns en incidentrutin med en ägare som rapporterar till Skolverket inom fyra timmar
#   hint: Keep an IncidentRoutine with an owner (person id) and skolverket.within_hours set to 4 or less; report through Skolverket's contact form ("Nationella prov och bedömningsstöd", "Tekniska frågor om provtjänsten").
#   hint_sv: Ha en incidentrutin (IncidentRoutine) med en ägare (owner, person-id) och skolverket.within_hours satt till högst 4; rapportera via Skolverkets kontaktformulär ("Nationella prov och bedömningsstöd", "Tekniska frågor om provtjänsten").
#   messages:
#     no_routine:
#       en: "there is no IncidentRoutine: nothing says who reports information-security incidents to Skolverket, or how fast"
#       sv: "det finns ingen incidentrutin (IncidentRoutine): inget anger vem som rapporterar informationssäkerhetsincidenter till Skolverket, eller hur snabbt"
#     no_owner:
#       en: "the incident routine has no owner"
#       sv: "incidentrutinen har ingen ägare"
#     no_deadline:
#       en: "the incident routine sets no deadline for reporting incidents to Skolverket (skolverket.within_hours)"
#       sv: "incidentrutinen anger ingen tidsgräns för rapporten till Skolverket (skolverket.within_hours)"
#     too_late:
#       en: "the incident routine reports incidents to Skolverket within {hours} hours, more than the four hours Skolverket requires"
#       sv: "incidentrutinen rapporterar incidenter till Skolverket inom {hours} timmar, mer än de fyra timmar som Skolverket kräver"
package provkoll.rules.incident.skolverket_report

_routine := object.get(input, "incident_routine", null)

_max_hours := 4

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

deny contains v if {
	not is_object(_routine)
	v := {
		"path": ["incident_routine"],
		"subject": "incident_routine",
		"message": "no_routine",
		"args": {},
	}
}

deny contains v if {
	is_object(_routine)
	not _named(object.get(_routine, "owner", null))
	v := {
		"path": ["incident_routine", "owner"],
		"subject": "incident_routine",
		"message": "no_owner",
		"args": {},
	}
}

deny contains v if {
	is_object(_routine)
	not is_number(object.get(_routine, ["skolverket", "within_hours"], null))
	v := {
		"path": ["incident_routine", "skolverket", "within_hours"],
		"subject": "incident_routine",
		"message": "no_deadline",
		"args": {},
	}
}

deny contains v if {
	is_object(_routine)
	hours := object.get(_routine, ["skolverket", "within_hours"], null)
	is_number(hours)
	hours > _max_hours
	v := {
		"path": ["incident_routine", "skolverket", "within_hours"],
		"subject": "incident_routine",
		"message": "too_late",
		"args": {"hours": sprintf("%v", [hours])},
	}
}
