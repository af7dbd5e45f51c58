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
#   title_sv: Ingen som har slutat har kvar fullmakt, roll, administratörsbehörighet eller kontaktuppdrag
#   hint: "Take back {what} from {person}, who left on {left_on}: {fix}. In general a fullmakt is revoked in Mina ombud (then record revoked_on), the notice e-mail is re-registered in Administration provtjänsten, DNP administrator rights are removed in the school-data system, a technical contact is removed in Skolfederation, and roles and contacts go to someone still employed."
#   hint_sv: "Ta tillbaka {what_sv} från {person}, som slutade {left_on}: {fix_sv}. En fullmakt återkallas i Mina ombud (för sedan in revoked_on), e-postadressen för meddelanden registreras om i Administration provtjänsten, DNP-administratörers behörighet tas bort i det skoladministrativa systemet, en teknisk kontakt tas bort i Skolfederation, och roller och kontaktuppdrag lämnas till någon som fortfarande är anställd."
#   messages:
#     still_holds:
#       en: "{person} left on {left_on} (employment_end) but still holds {what}: {short}"
#       sv: "{person} slutade {left_on} (employment_end) men har fortfarande {what_sv}: {short_sv}"
package provkoll.rules.role.leavers

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.poa
import data.provkoll.lib.values

# the ids of the people who have left (employment_end before as_of)
_leavers := {p.id | some p in values.list(input.people); is_string(p.id); people.has_left(p.id)}

_left_on(id) := object.get(people.person(id), "employment_end", "")

_org(e) := sprintf("%v (%v)", [object.get(e, "name", object.get(e, "org_nr", "")), object.get(e, "org_nr", "")])

_product := p if {
	p := object.get(input, ["organiser", "school_data_system", "product"], null)
	is_string(p)
	p != ""
} else := "the school-data system"

_product_sv := p if {
	p := object.get(input, ["organiser", "school_data_system", "product"], null)
	is_string(p)
	p != ""
} else := "det skoladministrativa systemet"

# what a leaver holds: {"path", "person", "what", "what_sv", "short", "short_sv" (for the
# message), "fix", "fix_sv" (for the hint)}

# a power of attorney in Mina ombud that is neither revoked nor expired
_held contains h if {
	count(_leavers) > 0
	some i, e in values.list(input.legal_entities)
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	id := object.get(p, "holder", null)
	id in _leavers
	not poa.revoked_by(p, dates.as_of)
	count(dates.expired(object.get(p, "valid_until", null))) == 0
	scope := object.get(p, "scope", "")
	h := {
		"path": ["legal_entities", i, "powers_of_attorney", j],
		"person": id,
		"what": sprintf("a %v power of attorney for %s", [scope, _org(e)]),
		"what_sv": sprintf("en fullmakt (%v) för %s", [scope, _org(e)]),
		"short": "revoke it in Mina ombud",
		"short_sv": "återkalla den i Mina ombud",
		"fix": "have a main contact revoke it in Mina ombud (Bolagsverket) and record the day in revoked_on",
		"fix_sv": "låt en huvudkontaktperson återkalla den i Mina ombud (Bolagsverket) och för in dagen i revoked_on",
	}
}

# a preparatory role
_held contains h if {
	count(_leavers) > 0
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	id in _leavers
	h := {
		"path": ["organiser", "roles", role],
		"person": id,
		"what": sprintf("the %s role", [role]),
		"what_sv": sprintf("rollen %s", [role]),
		"short": "hand it over to someone still employed",
		"short_sv": "lämna över den till någon som fortfarande är anställd",
		"fix": sprintf("hand the role to someone still employed and set organiser.roles.%s to their id; %s", [role, object.get(_role_fix, role, "")]),
		"fix_sv": sprintf("lämna över rollen till någon som fortfarande är anställd och sätt organiser.roles.%s till hens id; %s", [role, object.get(_role_fix_sv, role, "")]),
	}
}

_role_fix := {
	"protected_data": "they need their own protected_data fullmakt in Mina ombud to act in Administration provtjänsten",
	"transfer": "they need their own transfer fullmakt in Mina ombud to act in Administration provtjänsten",
	"federation": "make them a technical contact in Skolfederation",
	"central_admin": sprintf("give them central administrator rights in %s and remove the leaver's", [_product]),
}

_role_fix_sv := {
	"protected_data": "hen behöver en egen fullmakt (protected_data) i Mina ombud för att agera i Administration provtjänsten",
	"transfer": "hen behöver en egen fullmakt (transfer) i Mina ombud för att agera i Administration provtjänsten",
	"federation": "gör hen till teknisk kontakt i Skolfederation",
	"central_admin": sprintf("ge hen behörighet som central administratör i %s och ta bort den som har slutat", [_product_sv]),
}

# the owner of the protected-data notice e-mail
_held contains h if {
	count(_leavers) > 0
	some i, e in values.list(input.legal_entities)
	id := object.get(e, ["protected_data", "notice_email", "owner"], null)
	id in _leavers
	h := {
		"path": ["legal_entities", i, "protected_data", "notice_email", "owner"],
		"person": id,
		"what": sprintf("the notice e-mail for protected personal data of %s", [_org(e)]),
		"what_sv": sprintf("e-postadressen för meddelanden om skyddade personuppgifter för %s", [_org(e)]),
		"short": "register an address someone still employed reads in Administration provtjänsten",
		"short_sv": "registrera i Administration provtjänsten en adress som någon som fortfarande är anställd läser",
		"fix": "have someone still employed with a protected_data fullmakt register in Administration provtjänsten an address they read, and set notice_email to it and its owner to them",
		"fix_sv": "låt någon som fortfarande är anställd och har en fullmakt (protected_data) registrera en adress som hen läser i Administration provtjänsten, och för in den och hen som ägare i notice_email",
	}
}

# a school's DNP administrator post
_held contains h if {
	count(_leavers) > 0
	some i, s in values.list(input.schools)
	some k, id in values.list(object.get(s, "dnp_administrators", null))
	id in _leavers
	school := sprintf("%v", [object.get(s, "id", i)])
	h := {
		"path": ["schools", i, "dnp_administrators", k],
		"person": id,
		"what": sprintf("a DNP administrator post at school %s", [school]),
		"what_sv": sprintf("behörighet som DNP-administratör på skolan %s", [school]),
		"short": sprintf("remove their DNP rights in %s", [_product]),
		"short_sv": sprintf("ta bort hens DNP-behörighet i %s", [_product_sv]),
		"fix": sprintf("have the central administrator remove their DNP rights in %s and remove them from dnp_administrators", [_product]),
		"fix_sv": sprintf("låt den centrala administratören ta bort hens DNP-behörighet i %s och ta bort hen ur dnp_administrators", [_product_sv]),
	}
}

# a technical contact in Skolfederation
_held contains h if {
	count(_leavers) > 0
	some k, id in values.list(object.get(input, ["federation", "technical_contacts"], null))
	id in _leavers
	h := {
		"path": ["federation", "technical_contacts", k],
		"person": id,
		"what": "a technical contact post in Skolfederation",
		"what_sv": "uppdraget som teknisk kontakt i Skolfederation",
		"short": "have them removed as technical contact in Skolfederation",
		"short_sv": "låt ta bort hen som teknisk kontakt i Skolfederation",
		"fix": "have Skolfederation remove them as technical contact (and any technical agent they appointed) in Federationsadmin, name a successor, and update technical_contacts",
		"fix_sv": "låt Skolfederation ta bort hen som teknisk kontakt (och de tekniska ombud hen har utsett) i Federationsadmin, utse en efterträdare och uppdatera technical_contacts",
	}
}

# a support area
_held contains h if {
	count(_leavers) > 0
	some area, id in values.obj(object.get(input, ["support", "areas"], null))
	id in _leavers
	h := _contact(["support", "areas", area], id, sprintf("the support area %s", [area]), sprintf("supportområdet %s", [area]), sprintf("support.areas.%s", [area]))
}

# the default support contact
_held contains h if {
	count(_leavers) > 0
	id := object.get(input, ["support", "default_contact"], null)
	id in _leavers
	h := _contact(["support", "default_contact"], id, "the default support contact", "uppdraget som förvald supportkontakt", "support.default_contact")
}

# a school's support contact
_held contains h if {
	count(_leavers) > 0
	some i, s in values.list(input.schools)
	id := object.get(s, "support_contact", null)
	id in _leavers
	school := sprintf("%v", [object.get(s, "id", i)])
	h := _contact(["schools", i, "support_contact"], id, sprintf("the support contact of school %s", [school]), sprintf("uppdraget som supportkontakt för skolan %s", [school]), "support_contact")
}

# the incident routine's owner
_held contains h if {
	count(_leavers) > 0
	id := object.get(input, ["incident_routine", "owner"], null)
	id in _leavers
	h := {
		"path": ["incident_routine", "owner"],
		"person": id,
		"what": "the ownership of the incident routine",
		"what_sv": "ägarskapet för incidentrutinen",
		"short": "make someone still employed the owner",
		"short_sv": "gör någon som fortfarande är anställd till ägare",
		"fix": "make someone still employed the owner, who reports incidents to Skolverket within four hours, and set incident_routine.owner to their id",
		"fix_sv": "gör någon som fortfarande är anställd till ägare, som rapporterar incidenter till Skolverket inom fyra timmar, och sätt incident_routine.owner till hens id",
	}
}

_contact(path, id, what, what_sv, field) := {
	"path": path,
	"person": id,
	"what": what,
	"what_sv": what_sv,
	"short": "name someone still employed",
	"short_sv": "för in någon som fortfarande är anställd",
	"fix": sprintf("name someone still employed in %s", [field]),
	"fix_sv": sprintf("för in någon som fortfarande är anställd i %s", [field]),
}

deny contains v if {
	some h in _held
	left_on := _left_on(h.person)
	v := {
		"path": h.path,
		"subject": h.person,
		"message": "still_holds",
		"args": {
			"person": h.person,
			"left_on": left_on,
			"what": h.what,
			"what_sv": h.what_sv,
			"fix": h.fix,
			"fix_sv": h.fix_sv,
			"short": h.short,
			"short_sv": h.short_sv,
		},
	}
}
