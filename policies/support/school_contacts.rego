# METADATA
# title: Every school has a support contact, or the plan has a default contact
# description: |
#   The organiser owes local support to every school in its organisation, so each school unit
#   that runs digital national tests must know whom to call: its own support_contact, or the
#   SupportPlan's default_contact. That each school must have a named contact is provkoll's
#   inference from the organiser's responsibility, hence a warning.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (senast uppdaterad 1 juli 2025): "Som huvudman ansvarar du för den lokala supporten till skolorna i din organisation." and "Hur ni organiserar detta beror på era egna förutsättningar."'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/teknisk-support
#     description: 'Skolverket, "Teknisk support" (senast uppdaterad 17 maj 2024): "Huvudmännen ansvarar för den lokala supporten och stöd till sina skolenheter. Det innebär att det inom organisationen ska finnas beredskap för support och stöd för att hantera eventuella tekniska problem som kan uppstå i samband med digitala nationella prov."'
# custom:
#   id: SUPPORT-003
#   severity: warning
#   title_sv: Varje skola har en supportkontakt, eller så har planen en standardkontakt
#   hint: Set support_contact of school {school} to the id of the person or team it calls for support, or set default_contact in the SupportPlan.
#   hint_sv: Sätt support_contact för skolan {school} till id för den person eller funktion som skolan ska kontakta för support, eller sätt default_contact i supportplanen (SupportPlan).
#   messages:
#     no_contact:
#       en: "school {school} ({name}) has no support_contact, and the SupportPlan has no default_contact"
#       sv: "skolenheten {school} ({name}) har ingen support_contact, och supportplanen (SupportPlan) har ingen default_contact"
package provkoll.rules.support.school_contacts

import data.provkoll.lib.values

_is_contact(x) if {
	is_string(x)
	trim_space(x) != ""
}

# decided once, not per school
_has_default if _is_contact(object.get(input, ["support", "default_contact"], null))

deny contains v if {
	not _has_default
	some i, s in values.list(input.schools)
	not _is_contact(object.get(s, "support_contact", null))
	school := sprintf("%v", [object.get(s, "id", i)])
	v := {
		"path": ["schools", i, "support_contact"],
		"subject": school,
		"message": "no_contact",
		"args": {"school": school, "name": sprintf("%v", [object.get(s, "name", school)])},
	}
}
