# METADATA
# title: Legality check and risk analysis are recorded, and every processor was audited within 12 months
# description: |
#   Before using an e-service the controller must check that the processing is lawful
#   (laglighetskontroll), analyse its risks (risk- och sårbarhetsanalys) and, afterwards,
#   control its processors to make sure the agreement is kept; the assessments must be
#   documented. So organiser.gdpr.legality_check and risk_analysis need a done_on date, and
#   each Processor a last_audit_on no older than 12 months before as_of (an audit exactly 12
#   months old still counts; from 29 February, 12 months back is 28 February). The yearly
#   cycle is provkoll's inference: the sources ask for processor control, not a frequency.
# related_resources:
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", the controller''s duties: "Göra laglighetskontroll", "Göra risk- och sårbarhetsanalys", "Kontroll av personuppgiftsbiträde för att säkra att överenskommelser följs."'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): the controller must ensure "att de bedömningar som gjorts med anledning av personuppgiftshanteringen dokumenteras"'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 28(3)(h): the processor "makes available to the controller all information necessary to demonstrate compliance with the obligations laid down in this Article and allow for and contribute to audits, including inspections, conducted by the controller or another auditor mandated by the controller"'
# custom:
#   id: GDPR-006
#   severity: warning
#   title_sv: Laglighetskontroll och riskanalys är dokumenterade, och varje biträde har kontrollerats de senaste 12 månaderna
#   hint: Carry out what is missing and record its date in {field} (legality check and risk analysis under organiser.gdpr with done_on and ref; a processor audit at least every 12 months in the Processor's last_audit_on).
#   hint_sv: Gör det som saknas och för in datumet i {field} (laglighetskontroll och risk- och sårbarhetsanalys under organiser.gdpr med done_on och ref; en kontroll av biträdet minst var tolfte månad i biträdets last_audit_on).
#   messages:
#     no_legality_check:
#       en: "no legality check (laglighetskontroll) is recorded ({field})"
#       sv: "ingen laglighetskontroll är dokumenterad ({field})"
#     no_risk_analysis:
#       en: "no risk analysis (risk- och sårbarhetsanalys) is recorded ({field})"
#       sv: "ingen risk- och sårbarhetsanalys är dokumenterad ({field})"
#     no_audit:
#       en: "the processor {name} ({processor}) has no recorded audit (last_audit_on)"
#       sv: "personuppgiftsbiträdet {name} ({processor}) har ingen dokumenterad kontroll (last_audit_on)"
#     audit_too_old:
#       en: "the processor {name} ({processor}) was last audited on {last}, more than 12 months before {as_of} (audited on or after {cutoff} counts)"
#       sv: "personuppgiftsbiträdet {name} ({processor}) kontrollerades senast {last}, mer än tolv månader före {as_of} (en kontroll {cutoff} eller senare räknas)"
package provkoll.rules.gdpr.controller_checks

import data.provkoll.lib.dates
import data.provkoll.lib.values

_records := {"legality_check", "risk_analysis"}

# audit_cutoff: as_of minus 12 months, on the ISO string (the year decremented; 02-29 -> 02-28).
audit_cutoff := c if {
	y := to_number(substring(dates.as_of, 0, 4)) - 1
	rest := substring(dates.as_of, 4, 6)
	c := sprintf("%d%s", [y, _clamp(rest)])
}

_clamp(rest) := "-02-28" if rest == "-02-29"

else := rest

deny contains v if {
	is_object(input.organiser)
	some key in _records
	not dates.is_set(object.get(input.organiser, ["gdpr", key, "done_on"], null))
	field := sprintf("organiser.gdpr.%s.done_on", [key])
	v := {
		"path": ["organiser", "gdpr", key, "done_on"],
		"subject": key,
		"message": sprintf("no_%s", [key]),
		"args": {"field": field},
	}
}

deny contains v if {
	some i, p in values.list(input.processors)
	id := sprintf("%v", [object.get(p, "id", "?")])
	last := object.get(p, "last_audit_on", null)
	key := _audit_key(last)
	v := {
		"path": ["processors", i, "last_audit_on"],
		"subject": id,
		"message": key,
		"args": {
			"field": sprintf("last_audit_on (%s)", [id]),
			"processor": id,
			"name": sprintf("%v", [object.get(p, "name", id)]),
			"last": sprintf("%v", [last]),
			"as_of": dates.as_of,
			"cutoff": audit_cutoff,
		},
	}
}

_audit_key(last) := "no_audit" if not dates.is_set(last)

else := "audit_too_old" if last < audit_cutoff
