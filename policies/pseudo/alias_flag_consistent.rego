# METADATA
# title: Aliases are sent unflagged only when every legal entity has an attested own method
# description: |
#   The school-data system's transfer settings apply to all school units. Sending aliases without
#   marking them as protected (mark_alias_as_protected false) is safe only when the organiser's
#   own, attested pseudonymisation already protects those students, as in the IST walkthrough.
#   With method skolverket, an unattested method or none, Skolverket cannot see which students to
#   pseudonymise, and protected personal data without a pseudonym in the test platform is a
#   personal-data incident. One finding per legal entity that lacks an attested own method,
#   placed at its method. That fictitious_users does not suffice is provkoll's inference.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Hon och Anders har kommit överens om att det befintliga skyddet för skyddade personer är bra, så hon meddelar att överföring ska ske utan att markera aliasuppgifter som skyddade."; "Inställningarna gäller alla skolenheter."
#   - ref: seed:002_af650a87ec759894.txt
#     description: Skolverket, "Hantering av support och incidenter vid digitala nationella prov", personuppgiftsincident "Skyddade personuppgifter utan pseudonym syns i provplattformen."
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "Om ni vill undvika Skolverkets pseudonymisering är det viktigt att ni intygar er pseudonymiseringsmetod"
# custom:
#   id: PSEUDO-004
#   severity: error
#   title_sv: Alias skickas utan skyddsmarkering bara när varje juridisk person har en intygad egen metod
#   hint: Either attest an own pseudonymisation method for {org_nr} (method own, attested_on, attested_by), or ask the school-data system's supplier to mark aliases as protected and set organiser.school_data_system.transfer_settings.mark_alias_as_protected to true.
#   hint_sv: Intyga antingen en egen pseudonymiseringsmetod för {org_nr} (method own, attested_on, attested_by), eller be leverantören av skoldatasystemet att markera aliasuppgifter som skyddade och sätt organiser.school_data_system.transfer_settings.mark_alias_as_protected till true.
package provkoll.rules.pseudo.alias_flag_consistent

import data.provkoll.lib.values

_flag_path := ["organiser", "school_data_system", "transfer_settings", "mark_alias_as_protected"]

_attested_own(ps) if {
	ps.method == "own"
	values.present(object.get(ps, "attested_on", null))
	values.present(object.get(ps, "attested_by", null))
}

deny contains v if {
	# explicitly false: absent means the setting is not recorded, which this rule does not judge
	object.get(input, _flag_path, null) == false
	some i, e in values.list(input.legal_entities)
	ps := values.obj(object.get(e, ["protected_data", "pseudonymisation"], null))
	not _attested_own(ps)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", "method"],
		"subject": org,
		"msg": sprintf(
			"aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but %s (%s) %s, so its protected students can reach the test platform without a pseudonym",
			[object.get(e, "name", org), org, _why(ps)],
		),
		"args": {"org_nr": org},
	}
}

_why(ps) := "has chosen no pseudonymisation method" if {
	not values.present(object.get(ps, "method", null))
} else := "leaves pseudonymisation to Skolverket (method skolverket), which cannot tell which aliases are protected" if {
	ps.method == "skolverket"
} else := "has not attested its own method" if {
	ps.method == "own"
} else := sprintf("uses method %v, not an attested own method", [ps.method])
