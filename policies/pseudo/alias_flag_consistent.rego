# METADATA
# title: Aliases are sent unflagged only when every legal entity has attested its own pseudonymisation
# description: |
#   The school-data system's transfer settings apply to all school units. Sending aliases without
#   marking them as protected (mark_alias_as_protected false) is safe only where the organiser's
#   own, attested pseudonymisation already protects those students, as in IST's walkthrough. Two
#   methods are the organiser's own: own, and fictitious_users (fictitious users with a
#   TF-nummer placed in the real groups, option 2 of Skolon's help article "Hantering av
#   sekretessmarkerade elever", 2024-10-09); Skolverket's README asks for the method to be
#   attested by whoever wants to avoid Skolverket's pseudonymisation. With method skolverket,
#   with no method, or with an own method that is not attested, Skolverket cannot see which
#   students to pseudonymise, and protected personal data without a pseudonym in the test
#   platform is a personal-data incident. Method intermediary_file (Skolon's option 3: users
#   with protected identity uploaded to the intermediary by file) is not counted as an own
#   pseudonymisation: it relies on Skolverket's, so it does not allow unflagged aliases either;
#   that reading is provkoll's inference, as no source says how the file upload and the alias
#   setting interact. One finding per legal entity, placed at its method.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Om ni vill undvika Skolverkets pseudonymisering är det viktigt att ni intygar er pseudonymiseringsmetod och följer instruktionerna."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/provisioning-api/dnp-provisioning-api.yaml
#     description: Skolverket, Provisioning API (OpenAPI, GitHub), securityMarking "Återspeglar värdet från folkbokföringsregistret" (Ingen, Sekretessmarkering, Skyddad folkbokföring); civicNo "Tillfälligt personnummer ska följa standarden ÅÅÅÅMMDDTFxx", the form of a fictitious user's TF-nummer
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: Skolverket, "Hantering av support och incidenter vid digitala nationella prov", a personuppgiftsincident is when "Skyddade personuppgifter utan pseudonym syns i provplattformen."
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) "Hon och Anders har kommit överens om att det befintliga skyddet för skyddade personer är bra, så hon meddelar att överföring ska ske utan att markera aliasuppgifter som skyddade."; "Inställningarna gäller alla skolenheter."
# custom:
#   id: PSEUDO-004
#   severity: error
#   title_sv: Alias skickas utan markering som skyddade personuppgifter bara när varje juridisk person har intygat en egen pseudonymisering
#   hint: Either attest the organiser's own pseudonymisation for {org_nr} (method own or fictitious_users, with attested_on and attested_by), or ask the school-data system's supplier to mark aliases as protected and set organiser.school_data_system.transfer_settings.mark_alias_as_protected to true.
#   hint_sv: Intyga antingen huvudmannens egen pseudonymisering för {org_nr} (method own eller fictitious_users, med attested_on och attested_by), eller be leverantören av det skoladministrativa systemet att markera aliasuppgifter som skyddade och sätt organiser.school_data_system.transfer_settings.mark_alias_as_protected till true.
#   messages:
#     no_method:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) has chosen no pseudonymisation method, so its protected students can reach the test platform without a pseudonym"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) har inte valt någon metod för pseudonymisering, så att dess elever med skyddade personuppgifter kan nå provplattformen utan pseudonym"
#     skolverket:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) leaves pseudonymisation to Skolverket (method skolverket), which cannot tell which aliases are protected, so its protected students can reach the test platform without a pseudonym"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) överlåter pseudonymiseringen åt Skolverket (method skolverket), som inte kan se vilka alias som har skyddade personuppgifter, så att dess elever med skyddade personuppgifter kan nå provplattformen utan pseudonym"
#     own:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) has not attested its own method (own), so its protected students can reach the test platform without a pseudonym"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) har inte intygat sin egen metod (own), så att dess elever med skyddade personuppgifter kan nå provplattformen utan pseudonym"
#     fictitious_users:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) has not attested its fictitious users (method fictitious_users), so its protected students can reach the test platform without a pseudonym"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) har inte intygat sina fingerade användare (method fictitious_users), så att dess elever med skyddade personuppgifter kan nå provplattformen utan pseudonym"
#     intermediary_file:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) uploads its protected students to the intermediary by file (method intermediary_file), which is no pseudonymisation of its own: it relies on Skolverket's, which needs protected aliases marked, and any protected student the school-data system still transfers goes unmarked"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) läser in sina elever med skyddade personuppgifter hos mellanhanden genom en fil (method intermediary_file), vilket inte är någon egen pseudonymisering: den vilar på Skolverkets, som kräver att skyddade alias markeras, och elever med skyddade personuppgifter som det skoladministrativa systemet ändå överför blir omarkerade"
#     other_method:
#       en: "aliases are transferred unflagged (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), but {name} ({org_nr}) uses method {method}, which is not an attested own pseudonymisation (own or fictitious_users)"
#       sv: "alias överförs utan markering (organiser.school_data_system.transfer_settings.mark_alias_as_protected: false), men {name} ({org_nr}) använder metoden {method}, som inte är en intygad egen pseudonymisering (own eller fictitious_users)"
package provkoll.rules.pseudo.alias_flag_consistent

import data.provkoll.lib.values

_flag_path := ["organiser", "school_data_system", "transfer_settings", "mark_alias_as_protected"]

# the organiser's own pseudonymisation: it protects protected students before they are sent
own_methods := {"own", "fictitious_users"}

_attested_own(ps) if {
	object.get(ps, "method", null) in own_methods
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
		"message": _why(ps),
		"args": {"org_nr": org, "name": sprintf("%v", [object.get(e, "name", org)]), "method": sprintf("%v", [object.get(ps, "method", null)])},
	}
}

# why the entity's protected students are not pseudonymised: a message of this rule
_why(ps) := "no_method" if {
	not values.present(object.get(ps, "method", null))
} else := ps.method if {
	ps.method in {"skolverket", "own", "fictitious_users", "intermediary_file"}
} else := "other_method"
