# METADATA
# title: The DNP vendors report breaches to the organiser within the Skolverket deadline
# description: |
#   Skolverket asks the huvudman to report information-security incidents in the test service
#   within four hours. The vendors in the chain that feeds the test service, the school-data
#   system's processor (organiser.school_data_system.processor), the login service's
#   (organiser.login.processor) and each legal entity's transfer vendor (transfer.processor),
#   hold the data and systems where such an incident happens, so each must tell the organiser of
#   a breach within the routine's Skolverket deadline (skolverket.within_hours, four hours when
#   the routine sets none): dpa.breach_notice_hours must be stated and no longer. A processor
#   must notify the controller without undue delay anyway (GDPR art. 33(2)). Other processors
#   are not judged against the four hours (see INCIDENT-007). Tying the vendors' notice time to
#   Skolverket's deadline is provkoll's inference; no source ties the two together.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (updated 1 July 2025): "Det är viktigt att ni rapporterar incidenter som påverkar informationssäkerheten i provtjänsten." and "Rapportera till Skolverket inom fyra timmar via vårt kontaktformulär"'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 33(2): "The processor shall notify the controller without undue delay after becoming aware of a personal data breach."'
# custom:
#   id: INCIDENT-005
#   severity: warning
#   title_sv: Leverantörerna av digitala nationella prov rapporterar incidenter till huvudmannen inom Skolverkets tidsgräns
#   hint: Agree with processor {processor} (an addendum to the DPA) that it reports a personal-data breach to you within {deadline} hours at most, and record that in dpa.breach_notice_hours.
#   hint_sv: Kom överens med biträdet {processor} (ett tillägg till personuppgiftsbiträdesavtalet) om att det rapporterar en personuppgiftsincident till er inom högst {deadline} timmar, och för in det i dpa.breach_notice_hours.
#   messages:
#     no_time:
#       en: "the DPA with {processor} ({name}) states no time within which it reports a breach (dpa.breach_notice_hours)"
#       sv: "biträdesavtalet med {processor} ({name}) anger ingen tid inom vilken biträdet rapporterar en personuppgiftsincident (dpa.breach_notice_hours)"
#     too_late:
#       en: "the DPA with {processor} ({name}) lets it report a breach within {hours} hours, later than the {deadline}-hour deadline for reporting to Skolverket"
#       sv: "biträdesavtalet med {processor} ({name}) låter biträdet rapportera en personuppgiftsincident inom {hours} timmar, senare än tidsgränsen på {deadline} timmar för rapporten till Skolverket"
package provkoll.rules.incident.processor_notice_time

import data.provkoll.lib.values

# the routine's Skolverket deadline; Skolverket's four hours when the routine sets none
_deadline := h if {
	h := object.get(values.obj(object.get(input, "incident_routine", null)), ["skolverket", "within_hours"], null)
	is_number(h)
} else := 4

# the processors in the DNP chain: the school-data system's, the login service's and each
# legal entity's transfer vendor
_chain := {ref |
	some ref in [
		object.get(values.obj(object.get(input, "organiser", null)), ["school_data_system", "processor"], null),
		object.get(values.obj(object.get(input, "organiser", null)), ["login", "processor"], null),
	]
	is_string(ref)
} | {ref |
	some e in values.list(object.get(input, "legal_entities", null))
	ref := object.get(values.obj(e), ["transfer", "processor"], null)
	is_string(ref)
}

deny contains v if {
	some i, p in values.list(input.processors)
	object.get(p, "id", null) in _chain
	dpa := object.get(p, "dpa", null)
	is_object(dpa)
	hours := object.get(dpa, "breach_notice_hours", null)
	not _in_time(hours)
	processor := sprintf("%v", [object.get(p, "id", i)])
	v := {
		"path": ["processors", i, "dpa", "breach_notice_hours"],
		"subject": processor,
		"message": _key(hours),
		"args": {"processor": processor, "deadline": _deadline, "name": sprintf("%v", [object.get(p, "name", processor)]), "hours": sprintf("%v", [hours])},
	}
}

_in_time(hours) if {
	is_number(hours)
	hours <= _deadline
}

_key(hours) := "no_time" if not is_number(hours)

else := "too_late"
