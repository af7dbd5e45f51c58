# METADATA
# title: Processors report breaches to the organiser within the Skolverket deadline
# description: |
#   A processor must notify the controller of a personal-data breach without undue delay (GDPR
#   art. 33(2)), and a DPA usually sets a time (dpa.breach_notice_hours). If a processor may take
#   longer than the routine's deadline for reporting to Skolverket (skolverket.within_hours, four
#   hours when the routine sets none), the organiser cannot report an incident in the processor's
#   systems in time. The threshold is provkoll's inference; no source ties the two together.
# related_resources:
#   - ref: https://gdprlearninghub.com/article-33-gdpr/
#     description: GDPR art. 33(2), "The processor shall notify the controller without undue delay after becoming aware of a personal data breach."
#   - ref: seed:002_af650a87ec759894.txt
#     description: Skolverket, "Hantering av support och incidenter vid digitala nationella prov", "Rapportera till Skolverket inom fyra timmar via vårt kontaktformulär"
# custom:
#   id: INCIDENT-005
#   severity: warning
#   title_sv: Biträdena rapporterar incidenter till huvudmannen inom Skolverkets tidsgräns
#   hint: Agree with processor {processor} (an addendum to the DPA) that it reports a personal-data breach to you within {deadline} hours at most, and record that in dpa.breach_notice_hours.
#   hint_sv: Kom överens med biträdet {processor} (ett tillägg till personuppgiftsbiträdesavtalet) om att det rapporterar en personuppgiftsincident till er inom högst {deadline} timmar, och för in det i dpa.breach_notice_hours.
package provkoll.rules.incident.processor_notice_time

import data.provkoll.lib.values

# the routine's Skolverket deadline; Skolverket's four hours when the routine sets none
_deadline := h if {
	h := object.get(values.obj(object.get(input, "incident_routine", null)), ["skolverket", "within_hours"], null)
	is_number(h)
} else := 4

deny contains v if {
	some i, p in values.list(input.processors)
	dpa := object.get(p, "dpa", null)
	is_object(dpa)
	hours := object.get(dpa, "breach_notice_hours", null)
	not _in_time(hours)
	processor := sprintf("%v", [object.get(p, "id", i)])
	v := {
		"path": ["processors", i, "dpa", "breach_notice_hours"],
		"subject": processor,
		"msg": _msg(hours, processor, object.get(p, "name", processor)),
		"args": {"processor": processor, "deadline": _deadline},
	}
}

_in_time(hours) if {
	is_number(hours)
	hours <= _deadline
}

_msg(hours, processor, name) := sprintf(
	"the DPA with %s (%v) states no time within which it reports a breach (dpa.breach_notice_hours)",
	[processor, name],
) if {
	not is_number(hours)
}

_msg(hours, processor, name) := sprintf(
	"the DPA with %s (%v) lets it report a breach within %v hours, later than the %v-hour deadline for reporting to Skolverket",
	[processor, name, hours, _deadline],
) if {
	is_number(hours)
}
