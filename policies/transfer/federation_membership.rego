# METADATA
# title: Where Skolfederation is needed, the membership is in production and its metadata was uploaded by a technical contact
# description: |
#   Skolfederation is needed only where it is used. A machine transfer (ss12000_pull or
#   provisioning_api) proves who the huvudman is in one of two ways: through a TLS federation
#   connected to Fidus, today only Moa, Skolfederation's federation, whose production
#   environment is open to Skolfederation members only, with the client certificate registered
#   in its metadata; or with a client certificate from a certificate authority approved by Fidus
#   (SITHS, EFOS, Expisoft; transfer.authentication ca_certificate), which needs no federation.
#   A file upload needs neither. Staff who log in through the organiser's own login service
#   (organiser.login.idp other than eduid) reach the test service through an identity federation
#   in Fidus, which for a school organiser is Skolfederation. So this rule applies only when some
#   legal entity transfers by machine through Moa (transfer.authentication moa or absent), or the
#   organiser has its own login service. A friskola that uploads files and logs in with Eduid
#   needs no Federation document.
#
#   Where it applies, the membership must be recorded (member: true) in the production
#   environment (the trial environment must not carry production data), and the metadata upload
#   recorded as made by a technical contact, who alone (or a technical agent the contact
#   appoints) can manage it; the person in the federation role must be one too. Treating a
#   technical agent as a technical contact is left to the configuration: list them in
#   technical_contacts. That the own login service goes through Skolfederation, and that the
#   federation role holder should be a technical contact, are provkoll's readings of the sources.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, "API för autentisering" (commit a06cf58, 2026-04-14): "För att kunna överföra uppgifter till Skolverkets provtjänst maskinellt behöver du som huvudman uppfylla ett av följande huvudkraven. 1. Vara medlem i en TLS-federation som är ansluten till Fidus samt se till att huvudmannens klientcertifikat är registrerat i ett metadataregister som tillhandahålls av TLS-federationen. 2. Skaffa ett klientcertifikat från en certifikatutfärdare som är godkänd av Fidus." and "I dagsläget är provtjänstens auktoriseringsserver integrerad med en TLS-federation. Denna TLS-federation är Moa ("Machine and Organization Authentication") från Internetstiftelsen."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-via-filinl%C3%A4sning.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista för en huvudman som överför uppgifter via filinläsning" (last changed 2025-09-04): its six steps (Excel template, open data, fullmakt in Mina ombud, notice e-mail, "Läsa in fil via Skolverkets e-tjänst Administration provtjänsten") name no certificate, federation or metadata'
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-skolorna-att-kunna-genomfora-digitala-nationella-prov/vagledning-tekniska-forutsattningar-for-digitala-nationella-prov/omrade-1/identitetsfederation/ar-ni-medlemmar-i-en-identitetsfederation-inom-fidus
#     description: 'Skolverket, "Är ni medlemmar i en identitetsfederation inom Fidus?": "Skolverket har upprättat en interfederation, FIDUS. Det finns för närvarande två identitetsfederationer anslutna till FIDUS som möter Skolverkets kriterier: Skolfederation och SWAMID, varav den senare används av provkonstruktörer."'
#   - ref: https://wiki.federationer.internetstiftelsen.se/pages/viewpage.action?pageId=38535227
#     description: 'Internetstiftelsen, federation wiki, Moa: "The Moa production environment is currently accessible only to members of Skolfederation."; metadata is managed in Federationsadmin, for which "you have to be either the members Technical Contact or a Technical Agent"'
#   - ref: https://www.skolfederation.se/teknisk-information/moa/tekniska-miljoer/
#     description: 'Skolfederation, Moa, technical environments: production is for members; "Trial-miljön ska inte användas för produktionsdata."'
# custom:
#   id: TRANSFER-005
#   severity: error
#   title_sv: Där Skolfederation behövs gäller medlemskapet produktion och metadata laddades upp av en teknisk kontakt
#   hint: "Record Skolfederation in a Federation document: member: true once the membership agreement is signed, environment: prod, the technical contacts in technical_contacts (including the person in organiser.roles.federation), and the upload in metadata.uploaded_on and metadata.uploaded_by (a technical contact). If no legal entity should transfer through Moa, set transfer.authentication: ca_certificate (a SITHS, EFOS or Expisoft certificate) or use file_upload instead."
#   hint_sv: "För in Skolfederation i ett Federation-dokument: member: true när medlemsavtalet är undertecknat, environment: prod, de tekniska kontakterna i technical_contacts (även personen i organiser.roles.federation), och uppladdningen i metadata.uploaded_on och metadata.uploaded_by (en teknisk kontakt). Om ingen juridisk person ska överföra via Moa, sätt transfer.authentication: ca_certificate (ett certifikat från SITHS, EFOS eller Expisoft) eller använd file_upload i stället."
#   messages:
#     no_document:
#       en: "no Federation document, yet Skolfederation is needed ({why}): its membership and metadata upload are not recorded"
#       sv: "det finns inget Federation-dokument, men Skolfederation behövs ({why}): medlemskapet och uppladdningen av metadata är inte införda"
#     moa_one:
#       en: "{entity} transfers by {method} through Moa"
#       sv: "{entity} överför med {method} via Moa"
#     moa_many:
#       en: "{entity} and {more} more legal entities transfer by machine through Moa"
#       sv: "{entity} och ytterligare {more} juridiska personer överför maskinellt via Moa"
#     own_login:
#       en: "staff log in through the organiser's own login service {idp}"
#       sv: "personalen loggar in via huvudmannens egen inloggningstjänst {idp}"
#     not_member:
#       en: "the organiser is not a member of Skolfederation (member: false), and production is for members only"
#       sv: "huvudmannen är inte medlem i Skolfederation (member: false), och produktionsmiljön är bara för medlemmar"
#     membership_not_recorded:
#       en: "Skolfederation membership is not recorded (member), and production is for members only"
#       sv: "medlemskapet i Skolfederation är inte infört (member), och produktionsmiljön är bara för medlemmar"
#     no_environment:
#       en: "the Skolfederation environment is not recorded (environment); production data need prod"
#       sv: "miljön i Skolfederation är inte angiven (environment); produktionsdata kräver prod"
#     not_prod:
#       en: "the Skolfederation environment is {environment}, not prod; the trial environment must not carry production data"
#       sv: "miljön i Skolfederation är {environment}, inte prod; testmiljön får inte användas för produktionsdata"
#     no_upload:
#       en: "no metadata upload to Skolfederation is recorded (metadata.uploaded_by)"
#       sv: "ingen uppladdning av metadata till Skolfederation är införd (metadata.uploaded_by)"
#     uploader_not_contact:
#       en: "the Skolfederation metadata was uploaded by {by}, who is not one of the technical_contacts ({contacts})"
#       sv: "metadata till Skolfederation laddades upp av {by}, som inte finns bland de tekniska kontakterna i technical_contacts ({contacts})"
#     uploader_not_contact_none:
#       en: "the Skolfederation metadata was uploaded by {by}, who is not one of the technical_contacts (none)"
#       sv: "metadata till Skolfederation laddades upp av {by}, men technical_contacts anger ingen teknisk kontakt"
#     role_not_contact:
#       en: "{holder} holds the federation role but is not one of the Skolfederation technical_contacts ({contacts})"
#       sv: "{holder} har rollen federation men finns inte bland de tekniska kontakterna i Skolfederation, technical_contacts ({contacts})"
#     role_not_contact_none:
#       en: "{holder} holds the federation role but is not one of the Skolfederation technical_contacts (none)"
#       sv: "{holder} har rollen federation, men technical_contacts anger ingen teknisk kontakt i Skolfederation"
package provkoll.rules.transfer.federation_membership

import data.provkoll.lib.skolfederation
import data.provkoll.lib.values

# [label, method] of each legal entity that transfers through Moa, sorted
_moa_entities := sort([[label, method] |
	some e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	skolfederation.moa(t)
	method := object.get(t, "method", null)
	org := object.get(e, "org_nr", "")
	label := sprintf("%v (%v)", [object.get(e, "name", org), org])
])

# why Skolfederation is needed, for the messages
# why Skolfederation is needed, each reason a message of this rule
_why := array.concat(_why_transfer, _why_login)

_why_transfer := [] if {
	count(_moa_entities) == 0
} else := [{"message": "moa_one", "args": {"entity": _moa_entities[0][0], "method": sprintf("%v", [_moa_entities[0][1]])}}] if {
	count(_moa_entities) == 1
} else := [{"message": "moa_many", "args": {"entity": _moa_entities[0][0], "more": sprintf("%d", [count(_moa_entities) - 1])}}]

_why_login := [{"message": "own_login", "args": {"idp": sprintf("%v", [skolfederation.idp])}}] if {
	skolfederation.own_login
} else := []

_fed := object.get(input, "federation", null)

_contacts := {c | some c in values.list(object.get(values.obj(_fed), "technical_contacts", null))}

_finding(path, key, args) := {"path": path, "subject": "federation", "message": key, "args": args}

deny contains v if {
	skolfederation.needed
	not is_object(_fed)
	v := _finding(["federation"], "no_document", {"why": _why})
}

deny contains v if {
	skolfederation.needed
	is_object(_fed)
	member := object.get(_fed, "member", null)
	member != true
	v := _finding(["federation", "member"], _member_key(member), {})
}

_member_key(false) := "not_member"

_member_key(m) := "membership_not_recorded" if m != false

deny contains v if {
	skolfederation.needed
	is_object(_fed)
	env := object.get(_fed, "environment", null)
	env != "prod"
	v := _finding(["federation", "environment"], _env_key(env), {"environment": sprintf("%v", [env])})
}

_env_key(env) := "no_environment" if not values.present(env)

_env_key(env) := "not_prod" if values.present(env)

deny contains v if {
	skolfederation.needed
	is_object(_fed)
	not values.present(object.get(_fed, ["metadata", "uploaded_by"], null))
	v := _finding(["federation", "metadata", "uploaded_by"], "no_upload", {})
}

deny contains v if {
	skolfederation.needed
	is_object(_fed)
	by := object.get(_fed, ["metadata", "uploaded_by"], null)
	values.present(by)
	not by in _contacts
	v := _finding(
		["federation", "metadata", "uploaded_by"],
		concat("", ["uploader_not_contact", _none(_contacts)]),
		{"by": sprintf("%v", [by]), "contacts": _list(_contacts)},
	)
}

deny contains v if {
	skolfederation.needed
	is_object(_fed)
	holder := object.get(input, ["organiser", "roles", "federation"], null)
	is_string(holder)
	holder != ""
	not holder in _contacts
	v := _finding(
		["organiser", "roles", "federation"],
		concat("", ["role_not_contact", _none(_contacts)]),
		{"holder": holder, "contacts": _list(_contacts)},
	)
}

_list(s) := concat(", ", sort([sprintf("%v", [c]) | some c in s]))

# the key's suffix when no technical contact is listed
_none(s) := "_none" if count(s) == 0

else := ""
