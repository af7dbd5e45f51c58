# METADATA
# title: Nobody who has left still holds a power of attorney, role, administrator post or contact
# description: |
#   A power of attorney in Mina ombud, an administrator post in the school-data system and a
#   technical contact in Skolfederation each give a named person access to student data or to the
#   settings that protect it, and they do not end when the employment does. Someone who has left
#   (employment_end before as_of) and still holds one is an unauthorised person with access, which
#   Skolverket lists among information-security incidents ("Obehöriga får tillgång till
#   personuppgifter i provtjänsten"; "Felaktiga behörigheter"). A leaver named as the owner of the
#   protected-data notice e-mail, in a preparatory role, as a support contact or as the incident
#   routine's owner leaves a duty nobody carries out. So each thing a leaver still holds is
#   reported, once per person and thing, with where to revoke or reassign it: a current power of
#   attorney (neither revoked nor expired) in Mina ombud; the notice e-mail in Administration
#   provtjänsten; a DNP administrator post in the school-data system; a technical contact in
#   Skolfederation; roles and contacts in the configuration. Someone still employed who leaves
#   before an upcoming window ends is ROLE-003's warning. That these must be revoked when a person
#   leaves is provkoll's inference from the sources, which state it for no single item.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (senast uppdaterad 1 juli 2025): "Det kan till exempel handla om att obehöriga får tillgång till personuppgifter eller att information försvinner."; Personuppgiftsincidenter: "Obehöriga får tillgång till personuppgifter i provtjänsten."; Felaktiga behörigheter: "Obehöriga har eller riskerar att få tillgång till Skolverkets e-tjänst Administration provtjänsten." and "Obehöriga har eller riskerar att få tillgång till Skolverkets provplattform."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 6: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten."; step 7: "Registrera e-postadress i Administration provtjänsten för mottagande av meddelanden om viktig information gällande skyddade personuppgifter." (the same steps are in the other two checklists)'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: 'Skolverket, "Administration provtjänsten": "Genom fullmakten blir du ombud för huvudmannen, vilket ger dig behörighet att överföra uppgifter och att beställa inloggningstjänster." and "Fullmakten skrivs av huvudmannens huvudkontaktperson via Bolagsverkets e-tjänst Mina ombud."'
#   - ref: https://wiki.federationer.internetstiftelsen.se/pages/viewpage.action?pageId=38535227
#     description: 'Internetstiftelsen, federation wiki, Moa: to manage the metadata in Federationsadmin "you have to be either the members Technical Contact or a Technical Agent", logging in with BankID or Freja eID+'
# custom:
#   id: ROLE-005
#   severity: error
#   per_item: [legal_entities, schools]
#   title_sv: Ingen som har slutat har kvar fullmakt, roll, administratörsbehörighet eller kontaktuppdrag
#   hint: "Take back {what} from {person}, who left on {left_on}: {fix}. In general a fullmakt is revoked in Mina ombud (then record revoked_on), the notice e-mail is re-registered in Administration provtjänsten, DNP administrator rights are removed in the school-data system, a technical contact is removed in Skolfederation, and roles and contacts go to someone still employed."
#   hint_sv: "Ta tillbaka {what} från {person}, som slutade {left_on}: {fix}. En fullmakt återkallas i Mina ombud (för sedan in revoked_on), e-postadressen för meddelanden registreras om i Administration provtjänsten, DNP-administratörers behörighet tas bort i det skoladministrativa systemet, en teknisk kontakt tas bort i Skolfederation, och roller och kontaktuppdrag lämnas till någon som fortfarande är anställd."
#   messages:
#     still_holds:
#       en: "{person} left on {left_on} (employment_end) but still holds {what}: {short}"
#       sv: "{person} slutade {left_on} (employment_end) men har fortfarande {what}: {short}"
#     poa_what:
#       en: "a {scope} power of attorney for {org}"
#       sv: "en fullmakt ({scope}) för {org}"
#     poa_short:
#       en: revoke it in Mina ombud
#       sv: återkalla den i Mina ombud
#     poa_fix:
#       en: have a main contact revoke it in Mina ombud (Bolagsverket) and record the day in revoked_on
#       sv: låt en huvudkontaktperson återkalla den i Mina ombud (Bolagsverket) och för in dagen i revoked_on
#     role_what:
#       en: "the {role} role"
#       sv: "rollen {role}"
#     role_short:
#       en: hand it over to someone still employed
#       sv: lämna över den till någon som fortfarande är anställd
#     role_fix:
#       en: "hand the role to someone still employed and set organiser.roles.{role} to their id; {more}"
#       sv: "lämna över rollen till någon som fortfarande är anställd och sätt organiser.roles.{role} till hens id; {more}"
#     role_fix_protected_data:
#       en: they need their own protected_data fullmakt in Mina ombud to act in Administration provtjänsten
#       sv: hen behöver en egen fullmakt (protected_data) i Mina ombud för att agera i Administration provtjänsten
#     role_fix_transfer:
#       en: they need their own transfer fullmakt in Mina ombud to act in Administration provtjänsten
#       sv: hen behöver en egen fullmakt (transfer) i Mina ombud för att agera i Administration provtjänsten
#     role_fix_federation:
#       en: make them a technical contact in Skolfederation
#       sv: gör hen till teknisk kontakt i Skolfederation
#     role_fix_central_admin:
#       en: "give them central administrator rights in {product} and remove the leaver's"
#       sv: "ge hen behörighet som central administratör i {product} och ta bort den som har slutat"
#     notice_what:
#       en: "the notice e-mail for protected personal data of {org}"
#       sv: "e-postadressen för meddelanden om skyddade personuppgifter för {org}"
#     notice_short:
#       en: register an address someone still employed reads in Administration provtjänsten
#       sv: registrera i Administration provtjänsten en adress som någon som fortfarande är anställd läser
#     notice_fix:
#       en: have someone still employed with a protected_data fullmakt register in Administration provtjänsten an address they read, and set notice_email to it and its owner to them
#       sv: låt någon som fortfarande är anställd och har en fullmakt (protected_data) registrera en adress som hen läser i Administration provtjänsten, och för in den och hen som ägare i notice_email
#     admin_what:
#       en: "a DNP administrator post at school {school}"
#       sv: "behörighet som DNP-administratör på skolan {school}"
#     admin_short:
#       en: "remove their DNP rights in {product}"
#       sv: "ta bort hens DNP-behörighet i {product}"
#     admin_fix:
#       en: "have the central administrator remove their DNP rights in {product} and remove them from dnp_administrators"
#       sv: "låt den centrala administratören ta bort hens DNP-behörighet i {product} och ta bort hen ur dnp_administrators"
#     school_data_system:
#       en: the school-data system
#       sv: det skoladministrativa systemet
#     federation_what:
#       en: a technical contact post in Skolfederation
#       sv: uppdraget som teknisk kontakt i Skolfederation
#     federation_short:
#       en: have them removed as technical contact in Skolfederation
#       sv: låt ta bort hen som teknisk kontakt i Skolfederation
#     federation_fix:
#       en: have Skolfederation remove them as technical contact (and any technical agent they appointed) in Federationsadmin, name a successor, and update technical_contacts
#       sv: låt Skolfederation ta bort hen som teknisk kontakt (och de tekniska ombud hen har utsett) i Federationsadmin, utse en efterträdare och uppdatera technical_contacts
#     area_what:
#       en: "the support area {area}"
#       sv: "supportområdet {area}"
#     default_contact_what:
#       en: the default support contact
#       sv: uppdraget som förvald supportkontakt
#     school_contact_what:
#       en: "the support contact of school {school}"
#       sv: "uppdraget som supportkontakt för skolan {school}"
#     contact_short:
#       en: name someone still employed
#       sv: för in någon som fortfarande är anställd
#     contact_fix:
#       en: "name someone still employed in {field}"
#       sv: "för in någon som fortfarande är anställd i {field}"
#     owner_what:
#       en: the ownership of the incident routine
#       sv: ägarskapet för incidentrutinen
#     owner_short:
#       en: make someone still employed the owner
#       sv: gör någon som fortfarande är anställd till ägare
#     owner_fix:
#       en: make someone still employed the owner, who reports incidents to Skolverket within four hours, and set incident_routine.owner to their id
#       sv: gör någon som fortfarande är anställd till ägare, som rapporterar incidenter till Skolverket inom fyra timmar, och sätt incident_routine.owner till hens id
package provkoll.rules.role.leavers

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.poa
import data.provkoll.lib.values

# the ids of the people who have left (employment_end before as_of)
# Only a Person with an end date can have left: the rest are passed over before the lookup, which
# matters with thousands of people.
_leavers := {p.id |
	some p in values.list(input.people)
	is_string(object.get(p, "employment_end", null))
	is_string(p.id)
	people.has_left(p.id)
}

_left_on(id) := object.get(people.person(id), "employment_end", "")

_org(e) := sprintf("%v (%v)", [object.get(e, "name", object.get(e, "org_nr", "")), object.get(e, "org_nr", "")])

# the product named in the configuration, else the words for it (a message of its own)
_product := p if {
	p := object.get(input, ["organiser", "school_data_system", "product"], null)
	is_string(p)
	p != ""
} else := {"message": "school_data_system"}

# what a leaver holds: {"path", "person", "what", "short" (for the message), "fix" (for the
# hint)}, each of the three a message of this rule's METADATA

_m(key, args) := {"message": key, "args": args}

# the three words of one thing held: what it is, the message's short fix, the hint's long one
_held_item(path, id, what, short, fix) := {"path": path, "person": id, "what": what, "short": short, "fix": fix}

# a power of attorney in Mina ombud that is neither revoked nor expired
_held contains h if {
	count(_leavers) > 0
	some i, e in values.list(input.legal_entities)
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	id := object.get(p, "holder", null)
	id in _leavers
	not poa.revoked_by(p, dates.as_of)
	count(dates.expired(object.get(p, "valid_until", null))) == 0
	what := _m("poa_what", {"scope": object.get(p, "scope", ""), "org": _org(e)})
	h := _held_item(["legal_entities", i, "powers_of_attorney", j], id, what, _m("poa_short", {}), _m("poa_fix", {}))
}

# a preparatory role
_held contains h if {
	count(_leavers) > 0
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	id in _leavers
	fix := _m("role_fix", {"role": role, "more": _role_fix(role)})
	h := _held_item(["organiser", "roles", role], id, _m("role_what", {"role": role}), _m("role_short", {}), fix)
}

_role_fix(role) := _m(sprintf("role_fix_%s", [role]), {"product": _product}) if {
	role in {"protected_data", "transfer", "federation", "central_admin"}
} else := ""

# the owner of the protected-data notice e-mail
_held contains h if {
	count(_leavers) > 0
	some i, e in values.list(input.legal_entities)
	id := object.get(e, ["protected_data", "notice_email", "owner"], null)
	id in _leavers
	path := ["legal_entities", i, "protected_data", "notice_email", "owner"]
	h := _held_item(path, id, _m("notice_what", {"org": _org(e)}), _m("notice_short", {}), _m("notice_fix", {}))
}

# a school's DNP administrator post
_held contains h if {
	count(_leavers) > 0
	some i, s in values.list(input.schools)
	some k, id in values.list(object.get(s, "dnp_administrators", null))
	id in _leavers
	what := _m("admin_what", {"school": sprintf("%v", [object.get(s, "id", i)])})
	short := _m("admin_short", {"product": _product})
	h := _held_item(["schools", i, "dnp_administrators", k], id, what, short, _m("admin_fix", {"product": _product}))
}

# a technical contact in Skolfederation
_held contains h if {
	count(_leavers) > 0
	some k, id in values.list(object.get(input, ["federation", "technical_contacts"], null))
	id in _leavers
	path := ["federation", "technical_contacts", k]
	h := _held_item(path, id, _m("federation_what", {}), _m("federation_short", {}), _m("federation_fix", {}))
}

# a support area
_held contains h if {
	count(_leavers) > 0
	some area, id in values.obj(object.get(input, ["support", "areas"], null))
	id in _leavers
	h := _contact(["support", "areas", area], id, _m("area_what", {"area": area}), sprintf("support.areas.%s", [area]))
}

# the default support contact
_held contains h if {
	count(_leavers) > 0
	id := object.get(input, ["support", "default_contact"], null)
	id in _leavers
	h := _contact(["support", "default_contact"], id, _m("default_contact_what", {}), "support.default_contact")
}

# a school's support contact
_held contains h if {
	count(_leavers) > 0
	some i, s in values.list(input.schools)
	id := object.get(s, "support_contact", null)
	id in _leavers
	what := _m("school_contact_what", {"school": sprintf("%v", [object.get(s, "id", i)])})
	h := _contact(["schools", i, "support_contact"], id, what, "support_contact")
}

# the incident routine's owner
_held contains h if {
	count(_leavers) > 0
	id := object.get(input, ["incident_routine", "owner"], null)
	id in _leavers
	h := _held_item(["incident_routine", "owner"], id, _m("owner_what", {}), _m("owner_short", {}), _m("owner_fix", {}))
}

_contact(path, id, what, field) := _held_item(path, id, what, _m("contact_short", {}), _m("contact_fix", {"field": field}))

deny contains v if {
	some h in _held
	v := {
		"path": h.path,
		"subject": h.person,
		"message": "still_holds",
		"args": {
			"person": h.person,
			"left_on": _left_on(h.person),
			"what": h.what,
			"fix": h.fix,
			"short": h.short,
		},
	}
}
