# METADATA
# title: A notice e-mail for protected personal data is registered, well formed and owned
# description: |
#   Skolverket sends notices about students with protected personal data to the e-mail address
#   registered in Administration provtjänsten; the organiser must make sure a current address is
#   registered, for every legal entity. Without an address, or with a mistyped one, the notices
#   are lost; without a named owner nobody is answerable for reading them. The address check is
#   a simple syntax check (local part, @, a domain with a dot), not a delivery test.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Huvudmannens representant med behörighet att hantera skyddade personuppgifter behöver se till att det finns minst en aktuell e-postadress registrerad för mottagande av meddelanden om viktig information gällande skyddade personuppgifter."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: Skolverket, "Checklista för provisionering enligt standarden SS12000" (GitHub, 2025-09-04), step 7, "Registrera e-postadress i Administration provtjänsten för mottagande av meddelanden om viktig information gällande skyddade personuppgifter." (step 5 of the other two checklists)
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) "Där fyller han i e-postadress för notiser om skyddade personuppgifter."
# custom:
#   id: PSEUDO-005
#   severity: error
#   per_item: [legal_entities]
#   title_sv: En e-postadress för notiser om skyddade personuppgifter är registrerad, korrekt och har en ägare
#   hint: Register the address on "Inställningar för skyddade personuppgifter" in Administration provtjänsten and record it for {org_nr} as protected_data.notice_email with address and owner (a Person id).
#   hint_sv: Registrera adressen på "Inställningar för skyddade personuppgifter" i Administration provtjänsten och för in den för {org_nr} som protected_data.notice_email med address och owner (ett Person-id).
#   messages:
#     none:
#       en: "{name} ({org_nr}) records no notice e-mail for protected personal data"
#       sv: "{name} ({org_nr}) anger ingen e-postadress för notiser om skyddade personuppgifter"
#     no_address:
#       en: "the notice e-mail of {name} ({org_nr}) has no address"
#       sv: "e-postadressen för notiser för {name} ({org_nr}) saknar adress"
#     malformed:
#       en: "the notice e-mail address of {name} ({org_nr}), \"{address}\", is not a well-formed e-mail address"
#       sv: "e-postadressen för notiser för {name} ({org_nr}), \"{address}\", är inte en korrekt skriven e-postadress"
#     no_owner:
#       en: "the notice e-mail of {name} ({org_nr}) has no owner"
#       sv: "e-postadressen för notiser för {name} ({org_nr}) har ingen ägare"
package provkoll.rules.pseudo.notice_email

import data.provkoll.lib.values

# local part, @, and a domain of at least two non-empty labels; no spaces, one @
well_formed(address) if {
	is_string(address)
	regex.match(`^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$`, address)
}

_entities := values.list(input.legal_entities)

_name(e) := object.get(e, "name", object.get(e, "org_nr", ""))

deny contains v if {
	some i, e in _entities
	not is_object(object.get(e, ["protected_data", "notice_email"], null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email"],
		"subject": org,
		"message": "none",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)])},
	}
}

deny contains v if {
	some i, e in _entities
	ne := object.get(e, ["protected_data", "notice_email"], null)
	is_object(ne)
	not values.present(object.get(ne, "address", null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "address"],
		"subject": org,
		"message": "no_address",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)])},
	}
}

deny contains v if {
	some i, e in _entities
	address := object.get(e, ["protected_data", "notice_email", "address"], null)
	values.present(address)
	not well_formed(address)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "address"],
		"subject": org,
		"message": "malformed",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)]), "address": sprintf("%v", [address])},
	}
}

deny contains v if {
	some i, e in _entities
	ne := object.get(e, ["protected_data", "notice_email"], null)
	is_object(ne)
	not values.present(object.get(ne, "owner", null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "owner"],
		"subject": org,
		"message": "no_owner",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)])},
	}
}
