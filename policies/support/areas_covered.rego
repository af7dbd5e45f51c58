# METADATA
# title: Each local support area has a contact
# description: |
#   Skolverket lists what the organiser's local support must be able to help with: network,
#   transfer of user data, login to the test platform, Eduid as login service and as
#   e-legitimation, use of the test platform, equipment, and information-security and
#   personal-data incidents, and recommends naming people responsible for the different parts.
#   Each area (key under areas) should name a contact; the two Eduid areas only when Eduid is the
#   login service (organiser.login.idp is eduid). A default_contact does not cover an area. A
#   warning: the list is given as examples ("till exempel") and naming people is recommended.
# related_resources:
#   - ref: seed:002_af650a87ec759894.txt
#     description: Skolverket, "Hantering av support och incidenter vid digitala nationella prov", "För att ge ett bra stöd är det bra att utse personer med ansvar för olika delar av provtjänsten." and "Ni ska kunna ge support vid till exempel" the eight areas (internet eller nätverk; överföring av användaruppgifter; inloggning i provplattformen; Eduid som inloggningstjänst; Eduid som e-legitimation; användning av provplattformen; teknisk utrustning; informationssäkerhets- och personuppgiftsincidenter)
# custom:
#   id: SUPPORT-002
#   severity: warning
#   title_sv: Varje lokalt supportområde har en kontakt
#   hint: Set support.areas.{area} to the id of the person or team who gives local support for {what}.
#   hint_sv: Sätt support.areas.{area} till id för den person eller funktion som ger lokal support för {what_sv}.
package provkoll.rules.support.areas_covered

import data.provkoll.lib.values

_what := {
	"network": "internet and network problems",
	"user_transfer": "the transfer of user data to Skolverket",
	"platform_login": "login to the test platform (e.g. password changes)",
	"eduid_login": "Eduid as login service",
	"eduid_eid": "Eduid as e-legitimation",
	"platform_use": "use of the test platform",
	"equipment": "technical equipment before and during tests",
	"incidents": "information-security and personal-data incidents",
}

_what_sv := {
	"network": "problem med internet eller nätverk",
	"user_transfer": "överföring av användaruppgifter till Skolverket",
	"platform_login": "inloggning i provplattformen (t.ex. lösenordsbyte)",
	"eduid_login": "Eduid som inloggningstjänst",
	"eduid_eid": "Eduid som e-legitimation",
	"platform_use": "användning av provplattformen",
	"equipment": "teknisk utrustning inför och under prov",
	"incidents": "informationssäkerhets- och personuppgiftsincidenter",
}

_eduid_areas := {"eduid_login", "eduid_eid"}

_uses_eduid if {
	idp := object.get(input, ["organiser", "login", "idp"], null)
	is_string(idp)
	lower(trim_space(idp)) == "eduid"
}

_required contains area if {
	some area, _ in _what
	not area in _eduid_areas
}

_required contains area if {
	_uses_eduid
	some area in _eduid_areas
}

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
		"msg": sprintf("the support area %s (%s) has no contact", [area, _what[area]]),
		"args": {"area": area, "what": _what[area], "what_sv": _what_sv[area]},
	}
}
