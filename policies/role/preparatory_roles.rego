# METADATA
# title: The preparatory roles each name a person
# description: |
#   Before an organiser can use the digital national tests, preparations must be made by people
#   with the right powers: handling protected personal data (a fullmakt in Mina ombud, the notice
#   e-mail, the pseudonymisation method), transfer of data (a fullmakt, and for SS 12000 the
#   service address and subscription), central administration of the school-data system
#   (transfer settings, school-unit administrators), and, where Skolfederation is needed, rights
#   in Skolfederation (certificate and metadata). A role nobody holds is a preparation nobody
#   makes. One person may hold several roles.
#
#   The federation role is required only where Skolfederation is used: when some legal entity
#   transfers by machine (ss12000_pull or provisioning_api) through Moa, Skolfederation's TLS
#   federation (transfer.authentication moa or absent), or staff log in through the organiser's
#   own login service (organiser.login.idp other than eduid), which reaches Fidus through
#   Skolfederation. A file upload, or a client certificate from an approved certificate
#   authority (SITHS, EFOS, Expisoft), needs no one in Skolfederation. The four roles come from
#   a supplier's walkthrough; that each must be named is provkoll's reading of it and of
#   Skolverket's checklists.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 6: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten." (the same step is in the Provisioning API and file-upload checklists)'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: 'Skolverket, dnp-usermanagement, README (commit a06cf58, 2026-04-14): "Varje huvudman behöver utse och ge fullmakt till minst en person som hanterar skyddade personuppgifter."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, "API för autentisering": a machine transfer needs either "1. Vara medlem i en TLS-federation som är ansluten till Fidus samt se till att huvudmannens klientcertifikat är registrerat i ett metadataregister som tillhandahålls av TLS-federationen." or "2. Skaffa ett klientcertifikat från en certifikatutfärdare som är godkänd av Fidus."; the one TLS federation is Moa'
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: 'IST, "Digitala nationella prov" (web page). IST''s presentation "DNP i IST" (IST Connect 2024; no public copy) names four preparatory roles, "Vad behöver man förbereda innan man börjar använda tjänsten?": Anders "Har fullmakt att hantera skyddade personuppgifter", Bella "Har behörighet i Skolfederation", Calle "Har fullmakt att överföra uppgifter", Doris "Är central administratör i IST Administration"'
# custom:
#   id: ROLE-001
#   severity: error
#   title_sv: De förberedande rollerna har var sin person
#   hint: Set organiser.roles.{role} to the id of the person who holds the {what} (one person may hold several roles).
#   hint_sv: Sätt organiser.roles.{role} till id för den person som har ansvaret ({what}); en person kan ha flera roller.
#   messages:
#     no_person:
#       en: "the preparatory role {role} ({what}) names no person"
#       sv: "förberedelserollen {role} ({what}) anger ingen person"
#     what_protected_data:
#       en: "power of attorney for protected personal data"
#       sv: "fullmakt att hantera skyddade personuppgifter"
#     what_federation:
#       en: "rights in Skolfederation (certificate and metadata)"
#       sv: "behörighet i Skolfederation (certifikat och metadata)"
#     what_transfer:
#       en: "power of attorney to transfer data"
#       sv: "fullmakt att överföra uppgifter"
#     what_central_admin:
#       en: "central administration of the school-data system"
#       sv: "central administratör i det skoladministrativa systemet"
package provkoll.rules.role.preparatory_roles

import data.provkoll.lib.skolfederation
import data.provkoll.lib.values

_what := {
	"protected_data": {"message": "what_protected_data"},
	"federation": {"message": "what_federation"},
	"transfer": {"message": "what_transfer"},
	"central_admin": {"message": "what_central_admin"},
}

# the roles required: all but federation always, federation where Skolfederation is needed
_required contains role if {
	some role, _ in _what
	role != "federation"
}

_required contains "federation" if skolfederation.needed

_names_person(x) if {
	is_string(x)
	trim_space(x) != ""
}

deny contains v if {
	roles := values.obj(object.get(input, ["organiser", "roles"], null))
	some role in _required
	not _names_person(object.get(roles, role, null))
	what := _what[role]
	v := {
		"path": ["organiser", "roles", role],
		"subject": role,
		"message": "no_person",
		"args": {"role": role, "what": what},
	}
}
