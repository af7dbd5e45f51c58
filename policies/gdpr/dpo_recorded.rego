# METADATA
# title: A data-protection officer is recorded
# description: |
#   Public authorities and bodies must designate a data-protection officer (dataskyddsombud,
#   GDPR art. 37(1)(a)); other organisers must where their core activities call for it. The DPO
#   is the one to ask about processors, transfers and incidents, so record them in
#   organiser.gdpr.dpo, or per legal entity in its gdpr.dpo (a Person id). This rule covers an
#   organiser whose legal form is not given or is other, where provkoll cannot tell whether the
#   duty applies; for a kommun, region or enskild huvudman GDPR-010 reports a missing DPO, and
#   this rule stays silent so that the same gap is not reported twice.
# related_resources:
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/dataskyddsombud/om-dataskyddsombud-i-dataskyddsforordningen/
#     description: 'IMY (Integritetsskyddsmyndigheten), "Om dataskyddsombud i dataskyddsförordningen", commenting on art. 37(1)(a): "Myndigheter och offentliga organ måste alltså ha ett dataskyddsombud oavsett vilka uppgifter de behandlar. Det gäller inte för andra organisationer."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 37(1): "The controller and the processor shall designate a data protection officer in any case where: (a) the processing is carried out by a public authority or body, except for courts acting in their judicial capacity"'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): "Ta därför kontakt med dataskyddsombudet för att göra en säkrare bedömning i just ditt fall."'
# custom:
#   id: GDPR-009
#   severity: info
#   title_sv: Ett dataskyddsombud är angivet
#   hint: Record the data-protection officer of {organiser} as a Person and set organiser.gdpr.dpo to their id (a public authority or body must designate one, art. 37(1)(a)); set organiser.legal_form so that provkoll can tell whether it is required.
#   hint_sv: För in dataskyddsombudet för {organiser} som en Person och sätt organiser.gdpr.dpo till personens id (en myndighet eller ett offentligt organ måste utse ett, art. 37.1 a); ange organiser.legal_form så att provkoll kan avgöra om det krävs.
#   messages:
#     none:
#       en: "no data-protection officer is recorded for {organiser} (organiser.gdpr.dpo)"
#       sv: "inget dataskyddsombud är angivet för {organiser} (organiser.gdpr.dpo)"
package provkoll.rules.gdpr.dpo_recorded

import data.provkoll.lib.values

# the legal forms GDPR-010 judges (and reports a missing DPO for)
_judged_by_gdpr_010 := {"kommun", "region", "aktiebolag", "ekonomisk_forening", "ideell_forening", "stiftelse"}

_organiser := values.obj(object.get(input, "organiser", null))

_entities := values.list(object.get(input, "legal_entities", null))

_names(x) if {
	is_string(x)
	trim_space(x) != ""
}

_organiser_dpo if _names(object.get(_organiser, ["gdpr", "dpo"], null))

_own_dpo(e) if _names(object.get(values.obj(e), ["gdpr", "dpo"], null))

# every legal entity (at least one) names its own DPO
_every_entity_has_one if {
	count(_entities) > 0
	count([1 | some e in _entities; not _own_dpo(e)]) == 0
}

deny contains v if {
	is_object(input.organiser)
	not object.get(_organiser, "legal_form", null) in _judged_by_gdpr_010
	not _organiser_dpo
	not _every_entity_has_one
	name := sprintf("%v", [object.get(_organiser, "name", "the organiser")])
	v := {
		"path": ["organiser", "gdpr", "dpo"],
		"subject": name,
		"message": "none",
		"args": {"organiser": name},
	}
}
