# METADATA
# title: Each local support area has a contact
# description: |
#   Skolverket lists what the organiser's local support must be able to help with: network,
#   transfer of user data, login to the test platform, Eduid as login service and as
#   e-legitimation, use of the test platform, equipment, and information-security and
#   personal-data incidents, and recommends naming people responsible for the different parts.
#   Each area (key under areas) should name a contact. The two Eduid areas apply only where
#   Eduid is used: eduid_login when Eduid is the login service (organiser.login.idp is eduid),
#   eduid_eid then too, since that service includes Eduid's e-legitimation, and also when staff
#   use Eduid as their e-legitimation behind the organiser's own login service
#   (organiser.login.staff_e_legitimation is eduid). A default_contact does not cover an area.
#   A warning: the list is given as examples ("till exempel") and naming people is recommended.
# related_resources:
#   - ref: https://www.skolverket.se/prov-och-bedomning/provplattformen---tekniska-forberedelser/tekniska-krav-och-vagledning/hantering-av-support-och-incidenter
#     description: 'Skolverket, "Hantering av support och incidenter vid digitala nationella prov" (senast uppdaterad 1 juli 2025): "För att ge ett bra stöd är det bra att utse personer med ansvar för olika delar av provtjänsten." and "Ni ska kunna ge support vid till exempel • problem med internet eller nätverk • överföring av användaruppgifter till Skolverket • inloggning i provplattformen, till exempel lösenordsbyte • användning av Eduid som inloggningstjänst • användning av Eduid som e-legitimation (om ni saknar en egen lösning) • användning av provplattformen (baserat på webbutbildning och övningsprov) • teknisk utrustning inför och under prov • hantering av informationssäkerhets- och personuppgiftsincidenter."'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/inloggning-till-skolverkets-provplattform/konsekvenser-av-att-valja-eduid-som-inloggningstjanst-och-e-legitimation
#     description: 'Skolverket, "Konsekvenser av att välja Eduid som inloggningstjänst och e-legitimation": "Sunet erbjuder även e-legitimation för de skolhuvudmän som redan har en egen inloggningstjänst men som saknar en e-legitimation som uppfyller Skolverkets tekniska förutsättningar." and "Väljer ni Eduid som inloggningstjänst måste personalen även använda Eduid som e-legitimation."'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/inloggningstjanst-och-e-legitimation/instruktioner-for-att-skaffa-och-anvanda-eduid-som-inloggningstjanst-med-e-legitimation
#     description: 'Skolverket, "Instruktioner för att skaffa och använda Eduid som inloggningstjänst med e-legitimation": "Väljer ni Eduid som inloggningstjänst ingår även Eduid som e-legitimation. Det går inte att kombinera Eduid inloggningstjänst med andra e-legitimationer."'
# custom:
#   id: SUPPORT-002
#   severity: warning
#   title_sv: Varje lokalt supportområde har en kontakt
#   hint: Set support.areas.{area} to the id of the person or team who gives local support for {what}.
#   hint_sv: Sätt support.areas.{area} till id för den person eller funktion som ger lokal support för {what}.
#   messages:
#     no_contact:
#       en: "the support area {area} ({what}) has no contact"
#       sv: "supportområdet {area} ({what}) har ingen kontakt"
#     what_network:
#       en: "internet and network problems"
#       sv: "problem med internet eller nätverk"
#     what_user_transfer:
#       en: "the transfer of user data to Skolverket"
#       sv: "överföring av användaruppgifter till Skolverket"
#     what_platform_login:
#       en: "login to the test platform (e.g. password changes)"
#       sv: "inloggning i provplattformen (t.ex. lösenordsbyte)"
#     what_eduid_login:
#       en: "Eduid as login service"
#       sv: "Eduid som inloggningstjänst"
#     what_eduid_eid:
#       en: "Eduid as e-legitimation"
#       sv: "Eduid som e-legitimation"
#     what_platform_use:
#       en: "use of the test platform"
#       sv: "användning av provplattformen"
#     what_equipment:
#       en: "technical equipment before and during tests"
#       sv: "teknisk utrustning inför och under prov"
#     what_incidents:
#       en: "information-security and personal-data incidents"
#       sv: "informationssäkerhets- och personuppgiftsincidenter"
package provkoll.rules.support.areas_covered

import data.provkoll.lib.values

_what := {
	"network": {"message": "what_network"},
	"user_transfer": {"message": "what_user_transfer"},
	"platform_login": {"message": "what_platform_login"},
	"eduid_login": {"message": "what_eduid_login"},
	"eduid_eid": {"message": "what_eduid_eid"},
	"platform_use": {"message": "what_platform_use"},
	"equipment": {"message": "what_equipment"},
	"incidents": {"message": "what_incidents"},
}

_eduid_areas := {"eduid_login", "eduid_eid"}

_is_eduid(x) if {
	is_string(x)
	lower(trim_space(x)) == "eduid"
}

# Eduid is the login service: it includes Eduid's e-legitimation
_eduid_idp if _is_eduid(object.get(input, ["organiser", "login", "idp"], null))

# staff use Eduid as e-legitimation: through Eduid as login service, or behind the organiser's
# own login service
_eduid_eid if _eduid_idp

_eduid_eid if _is_eduid(object.get(input, ["organiser", "login", "staff_e_legitimation"], null))

_required contains area if {
	some area, _ in _what
	not area in _eduid_areas
}

_required contains "eduid_login" if _eduid_idp

_required contains "eduid_eid" if _eduid_eid

_is_contact(x) if {
	is_string(x)
	trim_space(x) != ""
}

deny contains v if {
	plan := object.get(input, "support", null)
	is_object(plan)
	areas := values.obj(object.get(plan, "areas", null))
	some area in _required
	not _is_contact(object.get(areas, area, null))
	v := {
		"path": ["support", "areas", area],
		"subject": area,
		"message": "no_contact",
		"args": {"area": area, "what": _what[area]},
	}
}
