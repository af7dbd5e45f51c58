# METADATA
# title: The four preparatory roles each name a person
# description: |
#   Before an organiser can use the digital national tests, four preparations must be made by
#   people with the right powers: handling protected personal data (power of attorney, notice
#   e-mail, pseudonymisation), Skolfederation (certificate and metadata), transfer of data
#   (power of attorney, service address, subscription) and central administration of the
#   school-data system (transfer settings, school-unit administrators). A role nobody holds is a
#   preparation nobody makes. One person may hold several roles.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Vad behöver man förbereda innan man börjar använda tjänsten?" with Anders "Har fullmakt att hantera skyddade personuppgifter", Bella "Har behörighet i Skolfederation", Calle "Har fullmakt att överföra uppgifter", Doris "Är central administratör i IST Administration"
# custom:
#   id: ROLE-001
#   severity: error
#   title_sv: De fyra förberedande rollerna har var sin person
#   hint: Set organiser.roles.{role} to the id of the person who holds the {what} (one person may hold several roles).
#   hint_sv: Sätt organiser.roles.{role} till id för den person som har ansvaret ({what_sv}); en person kan ha flera roller.
package provkoll.rules.role.preparatory_roles

import data.provkoll.lib.values

_what := {
	"protected_data": "power of attorney for protected personal data",
	"federation": "rights in Skolfederation (certificate and metadata)",
	"transfer": "power of attorney to transfer data",
	"central_admin": "central administration of the school-data system",
}

_what_sv := {
	"protected_data": "fullmakt att hantera skyddade personuppgifter",
	"federation": "behörighet i Skolfederation (certifikat och metadata)",
	"transfer": "fullmakt att överföra uppgifter",
	"central_admin": "central administratör i det skoladministrativa systemet",
}

_names_person(x) if {
	is_string(x)
	trim_space(x) != ""
}

deny contains v if {
	roles := values.obj(object.get(input, ["organiser", "roles"], null))
	some role, what in _what
	not _names_person(object.get(roles, role, null))
	v := {
		"path": ["organiser", "roles", role],
		"subject": role,
		"msg": sprintf("the preparatory role %s (%s) names no person", [role, what]),
		"args": {"role": role, "what": what, "what_sv": _what_sv[role]},
	}
}
