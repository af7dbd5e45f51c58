# METADATA
# title: Skolfederation membership is in production and its metadata was uploaded by a technical contact
# description: |
#   Skolverket's and the supplier's services recognise each other through the certificate and
#   metadata uploaded to Skolfederation. The production federation is open to members only, and
#   its trial environment must not carry production data. Only the member's technical contact
#   (or a technical agent the contact appoints) can manage the metadata, so the upload must be
#   recorded as made by a technical contact, and the person in the federation role must be one.
#   Treating a technical agent as a technical contact is left to the configuration: list them in
#   technical_contacts.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Bella "Har behörighet i Skolfederation"; "Bella har fått ett certifikat av IST. Hon loggar in i Skolfederation. Där laddar hon upp certifikatet och tillhörande metadata. Informationen kommer användas av tjänsterna från Skolverket och IST för att känna igen varandra."
#   - ref: https://www.skolfederation.se/teknisk-information/moa/tekniska-miljoer/
#     description: Skolfederation, Moa technical environments, production for members only; "Trial-miljön ska inte användas för produktionsdata."
#   - ref: https://wiki.federationer.internetstiftelsen.se/pages/viewpage.action?pageId=38535227
#     description: Internetstiftelsen federation wiki, metadata is managed in Federationsadmin by the member's Technical Contact or a Technical Agent
# custom:
#   id: TRANSFER-005
#   severity: error
#   title_sv: Medlemskapet i Skolfederation gäller produktion och metadata laddades upp av en teknisk kontakt
#   hint: "Record Skolfederation in a Federation document: member: true once the membership agreement is signed, environment: prod, the technical contacts in technical_contacts (including the person in organiser.roles.federation), and the upload in metadata.uploaded_on and metadata.uploaded_by (a technical contact)."
#   hint_sv: "För in Skolfederation i ett Federation-dokument: member: true när medlemsavtalet är undertecknat, environment: prod, de tekniska kontakterna i technical_contacts (även personen i organiser.roles.federation), och uppladdningen i metadata.uploaded_on och metadata.uploaded_by (en teknisk kontakt)."
package provkoll.rules.transfer.federation_membership

import data.provkoll.lib.values

_fed := object.get(input, "federation", null)

_contacts := {c | some c in values.list(object.get(values.obj(_fed), "technical_contacts", null))}

_finding(path, msg) := {"path": path, "subject": "federation", "msg": msg, "args": {}}

deny contains v if {
	not is_object(_fed)
	v := _finding(["federation"], "no Federation document: Skolfederation membership, certificates and metadata upload are not recorded")
}

deny contains v if {
	is_object(_fed)
	member := object.get(_fed, "member", null)
	member != true
	v := _finding(["federation", "member"], _member_msg(member))
}

_member_msg(false) := "the organiser is not a member of Skolfederation (member: false), and production is for members only"

_member_msg(m) := "Skolfederation membership is not recorded (member), and production is for members only" if m != false

deny contains v if {
	is_object(_fed)
	env := object.get(_fed, "environment", null)
	env != "prod"
	v := _finding(["federation", "environment"], _env_msg(env))
}

_env_msg(env) := "the Skolfederation environment is not recorded (environment); production data need prod" if {
	not values.present(env)
}

_env_msg(env) := sprintf("the Skolfederation environment is %v, not prod; the trial environment must not carry production data", [env]) if {
	values.present(env)
}

deny contains v if {
	is_object(_fed)
	not values.present(object.get(_fed, ["metadata", "uploaded_by"], null))
	v := _finding(["federation", "metadata", "uploaded_by"], "no metadata upload to Skolfederation is recorded (metadata.uploaded_by)")
}

deny contains v if {
	is_object(_fed)
	by := object.get(_fed, ["metadata", "uploaded_by"], null)
	values.present(by)
	not by in _contacts
	v := _finding(
		["federation", "metadata", "uploaded_by"],
		sprintf("the Skolfederation metadata was uploaded by %v, who is not one of the technical_contacts (%s)", [by, _list(_contacts)]),
	)
}

deny contains v if {
	is_object(_fed)
	holder := object.get(input, ["organiser", "roles", "federation"], null)
	is_string(holder)
	holder != ""
	not holder in _contacts
	v := _finding(
		["organiser", "roles", "federation"],
		sprintf("%s holds the federation role but is not one of the Skolfederation technical_contacts (%s)", [holder, _list(_contacts)]),
	)
}

_list(s) := "none" if count(s) == 0

else := concat(", ", sort([sprintf("%v", [c]) | some c in s]))
