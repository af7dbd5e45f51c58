# METADATA
# title: Role holders stay employed through the upcoming exam windows
# description: |
#   Powers of attorney, the notice e-mail, rights in Skolfederation and administrator accounts
#   are personal: when the person who holds one of the preparatory roles leaves, the
#   preparations they made silently stop working and nobody can renew them. So no role holder's
#   employment_end may fall before the end of an upcoming exam window. Someone who has already
#   left (employment_end before as_of) is reported by ROLE-005 as an error, not here. No source
#   states this rule; it is provkoll's inference from the personal nature of the roles (a
#   fullmakt in Mina ombud is given to named persons) and, by analogy, from Skolverket's terms for
#   other e-services, under which accounts must be closed when staff leave. An employment_end
#   within warn_days after as_of that is not before a window's end is reported as a warning too.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 6: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten." (the same step is in the other two checklists)'
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: 'IST, "Digitala nationella prov" (web page). IST''s presentation "DNP i IST" (IST Connect 2024; no public copy) gives each of four preparatory roles to a named person: Anders "Har fullmakt att hantera skyddade personuppgifter", Bella "Har behörighet i Skolfederation", Calle "Har fullmakt att överföra uppgifter", Doris "Är central administratör i IST Administration"'
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/villkor-for-anvandare-i-e-tjansten-for-skolenhetsregistret
#     description: Skolverket, terms for the school-unit register's e-service, under which the contact person answers for accounts when staff leave (an analogy)
# custom:
#   id: ROLE-003
#   severity: warning
#   title_sv: Rollinnehavarna är anställda under de kommande provperioderna
#   hint: Hand the {role} role over to someone employed through the upcoming windows and set organiser.roles.{role} to their id (then re-issue the powers of attorney and re-register what {person} set up), or correct employment_end of {person} if the employment has been extended.
#   hint_sv: Lämna över rollen {role} till någon som är anställd under de kommande provperioderna och sätt organiser.roles.{role} till hens id (utfärda sedan om fullmakterna och registrera om det som {person} har lagt upp), eller rätta employment_end för {person} om anställningen har förlängts.
#   messages:
#     ends_too_soon:
#       en: "{person}, who holds the {role} role, leaves on {date} (employment_end), before the end of window {window} ({start} – {end})"
#       sv: "{person}, som har rollen {role}, slutar {date} (employment_end), före slutet av provperioden {window} ({start} – {end})"
#     expiring:
#       en: "{person}, who holds the {role} role, leaves on {date} (employment_end), within {warn_days} days of {as_of}"
#       sv: "{person}, som har rollen {role}, slutar {date} (employment_end), inom {warn_days} dagar från {as_of}"
package provkoll.rules.role.holders_employed

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.values

deny contains v if {
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	# a holder who has already left is ROLE-005's (an error); not reported twice
	not people.has_left(id)
	person := people.person(id)
	end := object.get(person, "employment_end", null)
	some problem in dates.findings(null, end)
	v := {
		"path": ["organiser", "roles", role],
		"subject": id,
		"severity": "warning",
		"message": problem.kind,
		"args": object.union(dates.args(problem), {"role": role, "person": id}),
	}
}
