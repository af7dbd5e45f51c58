# METADATA
# title: The controller is a configured legal entity, not a person
# description: |
#   The controller (personuppgiftsansvarig) is the organisation, here the huvudman's legal
#   entity; its employees act for it but are not controllers themselves. So
#   organiser.gdpr.controller must be the organisation number of a configured LegalEntity.
#   Organisation numbers are compared by their 10 digits (212999-9997, 2129999997 and
#   162129999997 are the same entity).
# related_resources:
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, FAQ, "Det är den juridiska personen Umeå universitet som är personuppgiftsansvarig"; "Anställda vid Umeå universitet är representanter för den personuppgiftsansvarige men är inte själva personuppgiftsansvariga."
#   - ref: seed:003_58c97f49be8b6172.txt
#     description: Unikum, "En kommun är i detta sammanhang Personuppgiftsansvarig (PuA), och Unikum är Personuppgiftsbiträde (PuB)."
# custom:
#   id: GDPR-008
#   severity: error
#   title_sv: Personuppgiftsansvarig är en konfigurerad juridisk person, inte en person
#   hint: Set organiser.gdpr.controller to the organisation number of the huvudman's LegalEntity (instead of {controller}), and add that LegalEntity document if it is missing.
#   hint_sv: Sätt organiser.gdpr.controller till organisationsnumret för huvudmannens LegalEntity (i stället för {controller}), och lägg till det LegalEntity-dokumentet om det saknas.
package provkoll.rules.gdpr.controller_legal_entity

import data.provkoll.lib.idnum
import data.provkoll.lib.people
import data.provkoll.lib.values

_keys := {idnum.org_nr_key(e.org_nr) | some e in values.list(input.legal_entities); is_string(e.org_nr)}

deny contains v if {
	is_object(input.organiser)
	c := object.get(input.organiser, ["gdpr", "controller"], null)
	not _configured(c)
	shown := _shown(c)
	v := {
		"path": ["organiser", "gdpr", "controller"],
		"subject": shown,
		"msg": _msg(c, shown),
		"args": {"controller": shown},
	}
}

_configured(c) if {
	is_string(c)
	idnum.org_nr_key(c) in _keys
}

_shown(c) := "nothing" if not values.present(c)

else := sprintf("%v", [c])

_msg(c, shown) := "no controller is recorded (organiser.gdpr.controller)" if not values.present(c)

else := sprintf("the controller %q is the person %s, not a legal entity; the controller is the organisation", [c, c]) if people.is_person(c)

else := sprintf("the controller %q is not the organisation number of a configured LegalEntity", [shown])
