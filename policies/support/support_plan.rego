# METADATA
# title: A support plan exists and names at least one contact
# description: |
#   The organiser (huvudman) is responsible for local support to its schools during the digital
#   national tests: someone must be ready to help when technical problems arise. Skolverket only
#   supports the test service itself. Without a SupportPlan naming at least one contact (a
#   default_contact or a contact for one of the support areas), schools do not know whom to call.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (senast uppdaterad 1 juli 2025): "Som huvudman ansvarar du för den lokala supporten till skolorna i din organisation. Det innebär att ni ska vara beredda att hjälpa till om det uppstår tekniska problem i samband med digitala nationella prov eller bedömningsstöd." and "Skolverket ansvarar för teknisk support som rör själva provtjänsten."'
# custom:
#   id: SUPPORT-001
#   severity: error
#   title_sv: Det finns en supportplan med minst en kontakt
#   hint: Add a SupportPlan document with a default_contact and a contact (person id) for each support area under areas.
#   hint_sv: Lägg till ett SupportPlan-dokument med default_contact och en kontakt (person-id) för varje supportområde under areas.
#   messages:
#     no_plan:
#       en: "there is no SupportPlan: nobody is named for local support to the schools"
#       sv: "det finns ingen supportplan (SupportPlan): ingen är utsedd att ge skolorna lokal support"
#     no_contact:
#       en: "the SupportPlan names no contact (neither default_contact nor a contact for any area)"
#       sv: "supportplanen anger ingen kontakt (varken default_contact eller en kontakt för något område)"
package provkoll.rules.support.support_plan

import data.provkoll.lib.values

_plan := object.get(input, "support", null)

_is_contact(x) if {
	is_string(x)
	trim_space(x) != ""
}

_has_contact if _is_contact(object.get(values.obj(_plan), "default_contact", null))

_has_contact if {
	some x in values.obj(object.get(values.obj(_plan), "areas", null))
	_is_contact(x)
}

deny contains v if {
	not is_object(_plan)
	v := {
		"path": ["support"],
		"subject": "support",
		"message": "no_plan",
		"args": {},
	}
}

deny contains v if {
	is_object(_plan)
	not _has_contact
	v := {
		"path": ["support", "default_contact"],
		"subject": "support",
		"message": "no_contact",
		"args": {},
	}
}
