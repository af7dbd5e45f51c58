# METADATA
# title: The notice e-mail's owner holds a valid protected-data power of attorney and stays employed
# description: |
#   The notice e-mail must be current: the person who registered it needs a valid power of
#   attorney for protected personal data to keep it up to date in Administration provtjänsten,
#   and if they leave before an exam window is over, notices about protected students may reach
#   nobody. So the owner must hold a protected_data power of attorney for the same legal entity
#   that is valid now and through every upcoming window, and their employment_end (if recorded)
#   must not fall before the end of an upcoming window. A power of attorney revoked on or before
#   the last day of the upcoming windows (or the check date, when there is none) counts for
#   nothing. A warning: the sources ask for a current address; tying it to the owner's power of
#   attorney and employment is provkoll's inference.
#   An employment_end within warn_days after as_of is reported as a warning too.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Huvudmannens representant med behörighet att hantera skyddade personuppgifter behöver se till att det finns minst en aktuell e-postadress registrerad för mottagande av meddelanden om viktig information gällande skyddade personuppgifter."
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/CHANGELOG.md
#     description: Skolverket, dnp-usermanagement CHANGELOG, version 1.3 (2025-09-22), "Ansvariga för skyddade personuppgifter hos huvudmannen får information via Administration provtjänsten om att ändra personnumret inom 10 dagar. Om personnummer inte ändras inom 10 dagar kommer personuppgiften tas bort från provtjänsten."
#   - ref: https://www.skolverket.se/skolutveckling/skolenhetsregistret/villkor-for-anvandare-i-e-tjansten-for-skolenhetsregistret
#     description: Skolverket, "Villkor för användare i e-tjänsten för skolenhetsregistret", under which the contact person answers for accounts when staff leave (an analogy)
# custom:
#   id: PSEUDO-006
#   severity: warning
#   title_sv: Ägaren av e-postadressen för notiser har giltig fullmakt och är anställd under provperioderna
#   hint: Register the notice e-mail of {org_nr} under a person who holds a protected_data power of attorney valid through the upcoming windows and stays employed through them (or a shared mailbox they monitor) and set protected_data.notice_email.owner, or extend the power of attorney of {owner}.
#   hint_sv: Registrera e-postadressen för notiser för {org_nr} på en person som har en fullmakt för skyddade personuppgifter (protected_data) som gäller under de kommande provperioderna och som är anställd under dem (eller en gemensam brevlåda som hen bevakar) och sätt protected_data.notice_email.owner, eller förläng fullmakten för {owner}.
package provkoll.rules.pseudo.notice_owner_current

import data.provkoll.lib.dates
import data.provkoll.lib.people
import data.provkoll.lib.poa
import data.provkoll.lib.values

_owner_path(i) := ["legal_entities", i, "protected_data", "notice_email", "owner"]

# [index, entity, owner] for every entity whose notice e-mail names an owner
_owned contains [i, e, owner] if {
	some i, e in values.list(input.legal_entities)
	owner := object.get(e, ["protected_data", "notice_email", "owner"], null)
	is_string(owner)
	owner != ""
}

_poas(e, id) := [p |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == "protected_data"
	p.holder == id
]

# a power of attorney that is ready: valid now and through every upcoming window, and not
# revoked by the last day it must hold (a revoked one counts for nothing)
_ready(poas) if {
	some p in poas
	count(dates.validity_problems(p)) == 0
	not poa.revoked_by(p, _last_day)
}

# the last day of the upcoming windows, or as_of when there is none
_last_day := d if {
	ends := sort([w.end | some w in dates.upcoming])
	count(ends) > 0
	d := ends[count(ends) - 1]
} else := dates.as_of

# what keeps p from being ready: its date problems, or its revocation
_problem_msgs(p) := dates.problem_msgs(object.get(p, "valid_from", null), object.get(p, "valid_until", null)) | _revocation(p)

_revocation(p) := {sprintf("revoked on %s", [object.get(p, "revoked_on", "")])} if {
	poa.revoked_by(p, dates.as_of)
} else := {sprintf("revoked from %s, not later than the last day of the upcoming windows (%s)", [object.get(p, "revoked_on", ""), _last_day])} if {
	poa.revoked_by(p, _last_day)
} else := set()

# no protected_data power of attorney that is ready
deny contains v if {
	some [i, e, owner] in _owned
	poas := _poas(e, owner)
	not _ready(poas)
	org := object.get(e, "org_nr", "")
	v := {
		"path": _owner_path(i),
		"subject": org,
		"msg": _poa_msg(poas, owner, org),
		"args": {"org_nr": org, "owner": owner},
	}
}

_poa_msg(poas, owner, org) := sprintf(
	"the notice e-mail owner %s holds no protected_data power of attorney for %s",
	[owner, org],
) if {
	count(poas) == 0
}

_poa_msg(poas, owner, org) := sprintf(
	"the notice e-mail owner %s has no protected_data power of attorney for %s that is ready: %s",
	[owner, org, concat("; ", sort({m | some p in poas; some m in _problem_msgs(p)}))],
) if {
	count(poas) > 0
}

# the owner leaves before an upcoming window is over
deny contains v if {
	some [i, e, owner] in _owned
	person := people.person(owner)
	end := object.get(person, "employment_end", null)
	some problem in dates.findings(null, end)
	org := object.get(e, "org_nr", "")
	v := {
		"path": _owner_path(i),
		"subject": org,
		"severity": object.get(problem, "severity", null),
		"msg": _employment_msg(problem, owner, org),
		"args": {"org_nr": org, "owner": owner},
	}
}

_employment_msg(problem, owner, org) := sprintf(
	"the notice e-mail owner %s of %s left on %s (employment_end)",
	[owner, org, problem.date],
) if {
	problem.kind == "expired"
}

_employment_msg(problem, owner, org) := sprintf(
	"the notice e-mail owner %s of %s leaves on %s (employment_end), before the end of window %s (%s – %s)",
	[owner, org, problem.date, problem.window.id, problem.window.start, problem.window.end],
) if {
	problem.kind == "ends_too_soon"
}

_employment_msg(problem, owner, org) := sprintf(
	"the notice e-mail owner %s of %s leaves on %s (employment_end), within %d days of %s",
	[owner, org, problem.date, dates.warn_days, dates.as_of],
) if {
	problem.kind == "expiring"
}
