# METADATA
# title: A data-protection officer is designated where GDPR article 37 requires one
# description: |
#   A controller must designate a data-protection officer (dataskyddsombud) where the processing
#   is carried out by a public authority or body (GDPR art. 37(1)(a)); IMY adds that public
#   authorities and bodies must have one whatever data they process. A kommun or region as
#   huvudman is such a body, so an error when neither organiser.gdpr.dpo nor, for a legal
#   entity, its own gdpr.dpo names one. Each LegalEntity is covered by its own gdpr.dpo or else
#   the organiser's. For an enskild huvudman (aktiebolag, ekonomisk or ideell förening,
#   stiftelse) a DPO is required only where its core activities call for one (art. 37(1)(b) and
#   (c)), so a missing one is an info. Where the legal form is not given or is other, GDPR-009
#   reports a missing DPO instead.
# related_resources:
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/dataskyddsombud/om-dataskyddsombud-i-dataskyddsforordningen/
#     description: 'IMY (Integritetsskyddsmyndigheten), "Om dataskyddsombud i dataskyddsförordningen": "Artikel 37.1 a) [...] behandlingen genomförs av en myndighet eller ett offentligt organ, förutom när detta sker som en del av domstolarnas dömande verksamhet", with IMY''s comment "Myndigheter och offentliga organ måste alltså ha ett dataskyddsombud oavsett vilka uppgifter de behandlar. Det gäller inte för andra organisationer."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 37(1): "The controller and the processor shall designate a data protection officer in any case where: (a) the processing is carried out by a public authority or body, except for courts acting in their judicial capacity"'
# custom:
#   id: GDPR-010
#   severity: error
#   title_sv: Ett dataskyddsombud är utsett där artikel 37 kräver det
#   hint: Designate a data-protection officer for {who}, record them as a Person and set organiser.gdpr.dpo (or the LegalEntity's gdpr.dpo) to their id; a kommun or region must have one (art. 37(1)(a)), and its contact details go to IMY (art. 37(7)).
#   hint_sv: Utse ett dataskyddsombud för {who}, för in ombudet som en Person och sätt organiser.gdpr.dpo (eller juridiska personens gdpr.dpo) till personens id; en kommun eller region måste ha ett (art. 37.1 a), och kontaktuppgifterna ska anmälas till IMY (art. 37.7).
#   messages:
#     none_public:
#       en: "no data-protection officer is recorded for {who} (organiser.gdpr.dpo); a {form} is a public body and must designate one (GDPR article 37(1)(a))"
#       sv: "inget dataskyddsombud är angivet för {who} (organiser.gdpr.dpo); en {form} är en offentlig myndighet och måste utse ett (artikel 37.1 a i dataskyddsförordningen)"
#     none_private:
#       en: "no data-protection officer is recorded for {who} (organiser.gdpr.dpo); an enskild huvudman ({form}) must designate one only where its core activities call for it (GDPR article 37(1)(b) and (c))"
#       sv: "inget dataskyddsombud är angivet för {who} (organiser.gdpr.dpo); en enskild huvudman ({form}) måste utse ett bara där kärnverksamheten kräver det (artikel 37.1 b och c i dataskyddsförordningen)"
#     none_for_entity_public:
#       en: "no data-protection officer is recorded for {who}: neither its gdpr.dpo nor organiser.gdpr.dpo names one; a {form} is a public body and must designate one (GDPR article 37(1)(a))"
#       sv: "inget dataskyddsombud är angivet för {who}: varken dess gdpr.dpo eller organiser.gdpr.dpo anger något; en {form} är en offentlig myndighet och måste utse ett (artikel 37.1 a i dataskyddsförordningen)"
#     none_for_entity_private:
#       en: "no data-protection officer is recorded for {who}: neither its gdpr.dpo nor organiser.gdpr.dpo names one; an enskild huvudman ({form}) must designate one only where its core activities call for it (GDPR article 37(1)(b) and (c))"
#       sv: "inget dataskyddsombud är angivet för {who}: varken dess gdpr.dpo eller organiser.gdpr.dpo anger något; en enskild huvudman ({form}) måste utse ett bara där kärnverksamheten kräver det (artikel 37.1 b och c i dataskyddsförordningen)"
package provkoll.rules.gdpr.dpo_required

import data.provkoll.lib.values

_public := {"kommun", "region"}

_private := {"aktiebolag", "ekonomisk_forening", "ideell_forening", "stiftelse"}

_organiser := values.obj(object.get(input, "organiser", null))

_form := object.get(_organiser, "legal_form", null)

_name := sprintf("%v", [object.get(_organiser, "name", "the organiser")])

_entities := values.list(object.get(input, "legal_entities", null))

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

_organiser_dpo if _named(object.get(_organiser, ["gdpr", "dpo"], null))

_own_dpo(e) if _named(object.get(values.obj(e), ["gdpr", "dpo"], null))

# some legal entity names its own DPO: then each entity without one is reported by itself
_some_own := count([1 | some e in _entities; _own_dpo(e)]) > 0

_judged if _form in (_public | _private)

# public: the rule's severity; an enskild huvudman: info
_severity := null if _form in _public

else := "info"

# which duty the message states: art. 37(1)(a) for a public body, (b) and (c) for the others
_duty := "public" if _form in _public

else := "private"

# nobody names a DPO: one finding, on the organiser
deny contains v if {
	is_object(input.organiser)
	_judged
	not _organiser_dpo
	not _some_own
	v := {
		"path": ["organiser", "gdpr", "dpo"],
		"subject": _name,
		"severity": _severity,
		"message": sprintf("none_%s", [_duty]),
		"args": {"who": _name, "form": sprintf("%v", [_form])},
	}
}

# some entities name their own DPO, the organiser none: each entity without one
deny contains v if {
	is_object(input.organiser)
	_judged
	not _organiser_dpo
	_some_own
	some i, e in _entities
	not _own_dpo(e)
	org_nr := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	who := sprintf("%v (%s)", [object.get(values.obj(e), "name", org_nr), org_nr])
	v := {
		"path": ["legal_entities", i, "gdpr", "dpo"],
		"subject": org_nr,
		"severity": _severity,
		"message": sprintf("none_for_entity_%s", [_duty]),
		"args": {"who": who, "form": sprintf("%v", [_form])},
	}
}
