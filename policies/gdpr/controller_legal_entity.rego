# METADATA
# title: The controller is a configured legal entity, not a person
# description: |
#   The controller (personuppgiftsansvarig) is the organisation, here the huvudman's legal
#   entity; its employees act for it but are not controllers themselves. So
#   organiser.gdpr.controller must be the organisation number of a configured LegalEntity.
#   Organisation numbers are compared by their 10 digits (212999-9997, 2129999997 and
#   162129999997 are the same entity). Where each legal entity is the controller for its own
#   pupils (in a group of companies, each company), it may instead record its controller in its
#   own gdpr.controller_body (the company itself, or in a kommun the nämnd); organiser.gdpr.
#   controller may then be left out, and each entity without a controller_body is reported. A
#   controller_body that is a configured Person's id names a person, not a body.
# related_resources:
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (updated 2023-09-29): "Det är den juridiska personen Umeå universitet som är personuppgiftsansvarig"; "Anställda vid Umeå universitet är representanter för den personuppgiftsansvarige men är inte själva personuppgiftsansvariga."'
#   - ref: https://unikum.freshdesk.com/support/solutions/articles/11000026939-vilka-regler-g%C3%A4ller-n%C3%A4r-kommuner-vill-anv%C3%A4nda-e-tj%C3%A4nsten-unikum-
#     description: 'Unikum, "Vilka regler gäller när kommuner vill använda e-tjänsten Unikum?": "En kommun är i detta sammanhang Personuppgiftsansvarig (PuA), och Unikum är Personuppgiftsbiträde (PuB)."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'European Parliament and Council, Regulation (EU) 2016/679 (GDPR), art. 4(7): "''controller'' means the natural or legal person, public authority, agency or other body which, alone or jointly with others, determines the purposes and means of the processing of personal data"'
# custom:
#   id: GDPR-008
#   severity: error
#   title_sv: Den personuppgiftsansvarige är en juridisk person, inte en enskild anställd
#   hint: Set organiser.gdpr.controller to the organisation number of the huvudman's LegalEntity, and add that LegalEntity document if it is missing; where each legal entity is its own controller, set each one's gdpr.controller_body instead.
#   hint_sv: Sätt organiser.gdpr.controller till organisationsnumret för huvudmannens LegalEntity, och lägg till det LegalEntity-dokumentet om det saknas; där varje juridisk person är egen personuppgiftsansvarig, sätt i stället varje persons gdpr.controller_body.
#   messages:
#     none:
#       en: "no controller is recorded (organiser.gdpr.controller)"
#       sv: "ingen personuppgiftsansvarig är angiven (organiser.gdpr.controller)"
#     a_person:
#       en: "the controller \"{controller}\" is the person {controller}, not a legal entity; the controller is the organisation"
#       sv: "den personuppgiftsansvarige \"{controller}\" är personen {controller}, inte en juridisk person; personuppgiftsansvarig är organisationen"
#     not_an_entity:
#       en: "the controller \"{controller}\" is not the organisation number of a configured LegalEntity"
#       sv: "den personuppgiftsansvarige \"{controller}\" är inte organisationsnumret för någon juridisk person i konfigurationen"
#     none_for_entity:
#       en: "no controller is recorded for the pupils of {name} ({org_nr}): neither its gdpr.controller_body nor organiser.gdpr.controller names one"
#       sv: "ingen personuppgiftsansvarig är angiven för eleverna hos {name} ({org_nr}): varken dess gdpr.controller_body eller organiser.gdpr.controller anger någon"
#     body_a_person:
#       en: "the controller body \"{controller}\" of {name} ({org_nr}) is the person {controller}, not a body; the controller is the organisation or one of its bodies"
#       sv: "det personuppgiftsansvariga organet \"{controller}\" för {name} ({org_nr}) är personen {controller}, inte ett organ; personuppgiftsansvarig är organisationen eller ett av dess organ"
package provkoll.rules.gdpr.controller_legal_entity

import data.provkoll.lib.idnum
import data.provkoll.lib.people
import data.provkoll.lib.values

_keys := {idnum.org_nr_key(e.org_nr) | some e in values.list(input.legal_entities); is_string(e.org_nr)}

_entities := values.list(object.get(input, "legal_entities", null))

_body(e) := object.get(values.obj(e), ["gdpr", "controller_body"], null)

# the entities that record their own controller
_with_body := count([1 | some e in _entities; values.present(_body(e))])

# an organiser controller that is recorded but wrong, or none where no entity records its own
deny contains v if {
	is_object(input.organiser)
	c := object.get(input.organiser, ["gdpr", "controller"], null)
	not _configured(c)
	_judged(c)
	shown := _shown(c)
	v := {
		"path": ["organiser", "gdpr", "controller"],
		"subject": shown,
		"message": _key(c),
		"args": {"controller": shown},
	}
}

# a recorded controller is always judged; a missing one only when no entity records its own
_judged(c) if values.present(c)

_judged(c) if {
	not values.present(c)
	_with_body == 0
}

_configured(c) if {
	is_string(c)
	idnum.org_nr_key(c) in _keys
}

# what the subject names when no controller is recorded (no message shows it)
_shown(c) := "nothing" if not values.present(c)

else := sprintf("%v", [c])

_key(c) := "none" if not values.present(c)

else := "a_person" if people.is_person(c)

else := "not_an_entity"

# no organiser controller, and some entities record their own: each entity without one
deny contains v if {
	is_object(input.organiser)
	not values.present(object.get(input.organiser, ["gdpr", "controller"], null))
	_with_body > 0
	some i, e in _entities
	not values.present(_body(e))
	org_nr := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	v := {
		"path": ["legal_entities", i, "gdpr", "controller_body"],
		"subject": org_nr,
		"message": "none_for_entity",
		"args": {"controller": "nothing", "name": sprintf("%v", [object.get(values.obj(e), "name", org_nr)]), "org_nr": org_nr},
	}
}

# an entity's controller_body that names a person
deny contains v if {
	some i, e in _entities
	body := _body(e)
	people.is_person(body)
	org_nr := sprintf("%v", [object.get(values.obj(e), "org_nr", "?")])
	v := {
		"path": ["legal_entities", i, "gdpr", "controller_body"],
		"subject": org_nr,
		"message": "body_a_person",
		"args": {"controller": body, "name": sprintf("%v", [object.get(values.obj(e), "name", org_nr)]), "org_nr": org_nr},
	}
}
