# METADATA
# title: Role holders stay employed through the upcoming exam windows
# description: |
#   Powers of attorney, the notice e-mail, rights in Skolfederation and administrator accounts
#   are personal: when the person who holds one of the four preparatory roles leaves, the
#   preparations they made silently stop working and nobody can renew them. So no role holder's
#   employment_end may fall before the end of an upcoming exam window. No source states this;
#   it is provkoll's inference from the personal nature of the roles (and, by analogy, from
#   Skolverket's terms for other e-services, under which accounts must be closed when staff leave).
#   An employment_end within warn_days after as_of that is not before a window's end is
#   reported as a warning too.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), the four preparatory roles, each held by a named person (Anders, Bella, Calle, Doris)
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/villkor-for-anvandare-i-e-tjansten-for-skolenhetsregistret
#     description: Skolverket, terms for the school-unit register's e-service, under which the contact person answers for accounts when staff leave (an analogy)
# custom:
#   id: ROLE-003
#   severity: warning
#   title_sv: Rollinnehavarna är anställda under de kommande provperioderna
#   hint: Hand the {role} role over to someone employed through the upcoming windows and set organiser.roles.{role} to their id (then re-issue the powers of attorney and re-register what {person} set up), or correct employment_end of {person} if the employment has been extended.
#   hint_sv: Lämna över rollen {role} till någon som är anställd under de kommande provperioderna och sätt organiser.roles.{role} till hens id (utfärda sedan om fullmakterna och registrera om det som {person} har lagt upp), eller rätta employment_end för {person} om anställningen har förlängts.
package provkoll.rules.role.holders_employed

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.values

deny contains v if {
	some role, id in values.obj(object.get(input, ["organiser", "roles"], null))
	person := people.person(id)
	end := object.get(person, "employment_end", null)
	some problem in dates.findings(null, end)
	v := {
		"path": ["organiser", "roles", role],
		"subject": id,
		"severity": "warning",
		"msg": _msg(problem, role, id),
		"args": {"role": role, "person": id, "date": problem.date},
	}
}

_msg(problem, role, id) := sprintf(
	"%s, who holds the %s role, left on %s (employment_end)",
	[id, role, problem.date],
) if {
	problem.kind == "expired"
}

_msg(problem, role, id) := sprintf(
	"%s, who holds the %s role, leaves on %s (employment_end), before the end of window %s (%s – %s)",
	[id, role, problem.date, problem.window.id, problem.window.start, problem.window.end],
) if {
	problem.kind == "ends_too_soon"
}

_msg(problem, role, id) := sprintf(
	"%s, who holds the %s role, leaves on %s (employment_end), within %d days of %s",
	[id, role, problem.date, dates.warn_days, dates.as_of],
) if {
	problem.kind == "expiring"
}
