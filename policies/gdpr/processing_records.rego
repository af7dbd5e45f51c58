# METADATA
# title: A record of processing and an impact assessment are referenced
# description: |
#   Every controller keeps a record of its processing activities (registerförteckning, GDPR
#   art. 30), and before processing that is likely to result in a high risk it assesses the
#   impact on the data subjects (konsekvensbedömning, DPIA, art. 35). The digital national tests
#   process data on children, including protected identities, on a large scale, so provkoll
#   expects a DPIA; that the processing meets the high-risk test is provkoll's inference, and
#   the controller's own assessment may conclude otherwise (then record that assessment as the
#   reference). Each must be referenced with its diarienummer or place (ref): in
#   organiser.gdpr.record_of_processing and organiser.gdpr.dpia, or per LegalEntity in its
#   gdpr, which takes precedence for that entity. A warning: provkoll sees the reference, not
#   the document.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 30(1): "Each controller and, where applicable, the controller''s representative, shall maintain a record of processing activities under its responsibility."; art. 35(1): "Where a type of processing in particular using new technologies, and taking into account the nature, scope, context and purposes of the processing, is likely to result in a high risk to the rights and freedoms of natural persons, the controller shall, prior to the processing, carry out an assessment of the impact of the envisaged processing operations on the protection of personal data."'
#   - ref: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/konsekvensbedomningar-och-forhandssamrad/dataskyddsforordningen-om-konsekvensbedomningar-och-forhandssamrad/
#     description: 'IMY (Integritetsskyddsmyndigheten), "Dataskyddsförordningen om konsekvensbedömningar och förhandssamråd", IMY''s comment on art. 35.1: «En konsekvensbedömning ska alltså göras om en viss personuppgiftsbehandling "sannolikt leder till en hög risk för fysiska personers rättigheter och friheter".»'
# custom:
#   id: GDPR-014
#   severity: warning
#   title_sv: En registerförteckning och en konsekvensbedömning är angivna
#   hint: Reference the {what} for {who}, with its diarienummer or place in {field}.ref and its date in {field}.done_on (a LegalEntity's own gdpr takes precedence over organiser.gdpr for that entity).
#   hint_sv: Hänvisa till {what} för {who}, med diarienummer eller plats i {field}.ref och datum i {field}.done_on (en juridisk persons egen gdpr gäller före organiser.gdpr för den juridiska personen).
#   messages:
#     none_record_of_processing:
#       en: "no record of processing activities (registerförteckning, GDPR article 30) is referenced for {who} ({field}.ref)"
#       sv: "ingen registerförteckning (artikel 30 i dataskyddsförordningen) är angiven för {who} ({field}.ref)"
#     none_for_entity_record_of_processing:
#       en: "no record of processing activities (registerförteckning, GDPR article 30) is referenced for {who}: neither its gdpr.record_of_processing.ref nor organiser.gdpr.record_of_processing.ref names one"
#       sv: "ingen registerförteckning (artikel 30 i dataskyddsförordningen) är angiven för {who}: varken dess gdpr.record_of_processing.ref eller organiser.gdpr.record_of_processing.ref anger någon"
#     none_dpia:
#       en: "no data protection impact assessment (konsekvensbedömning, GDPR article 35) is referenced for {who} ({field}.ref)"
#       sv: "ingen konsekvensbedömning (artikel 35 i dataskyddsförordningen) är angiven för {who} ({field}.ref)"
#     none_for_entity_dpia:
#       en: "no data protection impact assessment (konsekvensbedömning, GDPR article 35) is referenced for {who}: neither its gdpr.dpia.ref nor organiser.gdpr.dpia.ref names one"
#       sv: "ingen konsekvensbedömning (artikel 35 i dataskyddsförordningen) är angiven för {who}: varken dess gdpr.dpia.ref eller organiser.gdpr.dpia.ref anger någon"
#     what_record_of_processing:
#       en: "record of processing activities (registerförteckning, GDPR article 30)"
#       sv: "registerförteckningen (artikel 30)"
#     what_dpia:
#       en: "data protection impact assessment (konsekvensbedömning, GDPR article 35)"
#       sv: "konsekvensbedömningen (artikel 35)"
package provkoll.rules.gdpr.processing_records

import data.provkoll.lib.values

_records := {
	"record_of_processing": {"what": {"message": "what_record_of_processing"}},
	"dpia": {"what": {"message": "what_dpia"}},
}

_organiser := values.obj(object.get(input, "organiser", null))

_name := sprintf("%v", [object.get(_organiser, "name", "the organiser")])

_entities := values.list(object.get(input, "legal_entities", null))

_named(x) if {
	is_string(x)
	trim_space(x) != ""
}

_organiser_has(key) if _named(object.get(_organiser, ["gdpr", key, "ref"], null))

_own(e, key) if _named(object.get(values.obj(e), ["gdpr", key, "ref"], null))

# how many entities reference their own record of this kind
_own_count(key) := count([1 | some e in _entities; _own(e, key)])

# nobody references it: one finding, on the organiser
deny contains v if {
	is_object(input.organiser)
	some key, r in _records
	not _organiser_has(key)
	_own_count(key) == 0
	field := sprintf("organiser.gdpr.%s", [key])
	v := {
		"path": ["organiser", "gdpr", key, "ref"],
		"subject": key,
		"message": sprintf("none_%s", [key]),
		"args": {"what": r.what, "who": _name, "field": field},
	}
}

# some entities reference their own, the organiser none: each entity without one
deny contains v if {
	is_object(input.organiser)
	some key, r in _records
	not _organiser_has(key)
	_own_count(key) > 0
	some i, e in _entities
	not _own(e, key)
	org_nr := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	who := sprintf("%v (%s)", [object.get(values.obj(e), "name", org_nr), org_nr])
	field := sprintf("gdpr.%s", [key])
	v := {
		"path": ["legal_entities", i, "gdpr", key, "ref"],
		"subject": org_nr,
		"message": sprintf("none_for_entity_%s", [key]),
		"args": {"what": r.what, "who": who, "field": field},
	}
}
