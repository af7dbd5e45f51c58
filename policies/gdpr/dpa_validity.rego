# METADATA
# title: Every data processing agreement is in force now and through the upcoming exam windows
# description: |
#   Processing on the organiser's behalf is lawful only while a data processing agreement
#   governs it (GDPR art. 28(3)). The processors handle the students' data before and during
#   every exam window, so each DPA must have been signed (signed_on) lead_days before every
#   upcoming window starts, must not have expired (valid_until), and must last until the
#   window's last day. A DPA without valid_until runs until further notice. Requiring the DPA
#   to hold through the windows is provkoll's inference from art. 28; no source names a date.
#   A DPA that is otherwise in force but expires within warn_days after as_of is reported as a
#   warning.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 28(3): "Processing by a processor shall be governed by a contract or other legal act under Union or Member State law, that is binding on the processor with regard to the controller and that sets out the subject-matter and duration of the processing"; (g) the processor "at the choice of the controller, deletes or returns all the personal data to the controller after the end of the provision of services relating to processing"'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): "För att det ska vara tillåtet krävs enligt GDPR att universitetet upprättar ett personuppgiftsbiträdesavtal (PUBA) med den som ska behandla personuppgifter för universitetets räkning."'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?", the controller''s duties: "Teckna Personuppgiftsbiträdesavtal, där ansvar regleras."'
# custom:
#   id: GDPR-002
#   severity: error
#   title_sv: Varje personuppgiftsbiträdesavtal gäller nu och under de kommande provperioderna
#   hint: Renew or extend the data processing agreement with {processor} so that it is signed before the ready-by date and lasts through the last day of each upcoming window, and update dpa.signed_on and dpa.valid_until.
#   hint_sv: Förnya eller förläng personuppgiftsbiträdesavtalet med {processor} så att det är undertecknat före klar-datumet och gäller till och med sista dagen i varje kommande provperiod, och uppdatera dpa.signed_on och dpa.valid_until.
#   messages:
#     expired:
#       en: "the data processing agreement with {name} ({processor}) expired on {date}"
#       sv: "personuppgiftsbiträdesavtalet med {name} ({processor}) löpte ut {date}"
#     not_valid_in_time:
#       en: "the data processing agreement with {name} ({processor}) was signed only on {date}, after {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "personuppgiftsbiträdesavtalet med {name} ({processor}) undertecknades först {date}, efter {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
#     ends_too_soon:
#       en: "the data processing agreement with {name} ({processor}) expires {date}, before the end of window {window} ({start} – {end})"
#       sv: "personuppgiftsbiträdesavtalet med {name} ({processor}) upphör att gälla {date}, före slutet av provperioden {window} ({start} – {end})"
#     expiring:
#       en: "the data processing agreement with {name} ({processor}) expires {date}, within {warn_days} days of {as_of}"
#       sv: "personuppgiftsbiträdesavtalet med {name} ({processor}) upphör att gälla {date}, inom {warn_days} dagar från {as_of}"
package provkoll.rules.gdpr.dpa_validity

import data.provkoll.lib.dates
import data.provkoll.lib.values

_field := {"valid_from": "signed_on", "valid_until": "valid_until"}

deny contains v if {
	some i, p in values.list(input.processors)
	dpa := values.obj(object.get(p, "dpa", null))
	some problem in dates.findings(object.get(dpa, "signed_on", null), object.get(dpa, "valid_until", null))
	id := sprintf("%v", [object.get(p, "id", "?")])
	v := {
		"path": ["processors", i, "dpa", _field[problem.field]],
		"subject": id,
		"severity": object.get(problem, "severity", null),
		"message": problem.kind,
		"args": object.union(dates.args(problem), {
			"processor": id,
			"name": sprintf("%v", [object.get(p, "name", id)]),
		}),
	}
}
