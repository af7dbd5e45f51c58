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
#   per_item: [legal_entities]
#   title_sv: Ägaren av e-postadressen för notiser har giltig fullmakt och är anställd under provperioderna
#   hint: Register the notice e-mail of {org_nr} under a person who holds a protected_data power of attorney valid through the upcoming windows and stays employed through them (or a shared mailbox they monitor) and set protected_data.notice_email.owner, or extend the power of attorney of {owner}.
#   hint_sv: Registrera e-postadressen för notiser för {org_nr} på en person som har en fullmakt för skyddade personuppgifter (protected_data) som gäller under de kommande provperioderna och som är anställd under dem (eller en gemensam brevlåda som hen bevakar) och sätt protected_data.notice_email.owner, eller förläng fullmakten för {owner}.
#   messages:
#     no_poa:
#       en: "the notice e-mail owner {owner} holds no protected_data power of attorney for {org_nr}"
#       sv: "ägaren {owner} till e-postadressen för notiser har ingen fullmakt för skyddade personuppgifter (protected_data) för {org_nr}"
#     not_ready:
#       en: "the notice e-mail owner {owner} has no protected_data power of attorney for {org_nr} that is ready: {problems}"
#       sv: "ägaren {owner} till e-postadressen för notiser har ingen fullmakt för skyddade personuppgifter (protected_data) för {org_nr} som gäller i tid: {problems}"
#     expired:
#       en: "expired on {date}"
#       sv: "löpte ut {date}"
#     not_valid_in_time:
#       en: "valid only from {date}, after {ready_by}, {lead_days} days before window {window} ({start} – {end})"
#       sv: "gäller först från {date}, efter {ready_by}, {lead_days} dagar före provperioden {window} ({start} – {end})"
#     ends_too_soon:
#       en: "expires {date}, before the end of window {window} ({start} – {end})"
#       sv: "upphör att gälla {date}, före slutet av provperioden {window} ({start} – {end})"
#     revoked:
#       en: "revoked on {date}"
#       sv: "återkallades {date}"
#     revoked_later:
#       en: "revoked from {date}, not later than the last day of the upcoming windows ({last_day})"
#       sv: "återkallas från {date}, senast den sista dagen av de kommande provperioderna ({last_day})"
#     left:
#       en: "the notice e-mail owner {owner} of {org_nr} left on {date} (employment_end)"
#       sv: "ägaren {owner} till e-postadressen för notiser för {org_nr} slutade {date} (employment_end)"
#     leaves_too_soon:
#       en: "the notice e-mail owner {owner} of {org_nr} leaves on {date} (employment_end), before the end of window {window} ({start} – {end})"
#       sv: "ägaren {owner} till e-postadressen för notiser för {org_nr} slutar {date} (employment_end), före slutet av provperioden {window} ({start} – {end})"
#     leaves_soon:
#       en: "the notice e-mail owner {owner} of {org_nr} leaves on {date} (employment_end), within {warn_days} days of {as_of}"
#       sv: "ägaren {owner} till e-postadressen för notiser för {org_nr} slutar {date} (employment_end), inom {warn_days} dagar från {as_of}"
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
# why a power of attorney is not ready, each a message of this rule
_problems(p) := {{"message": q.kind, "args": dates.args(q)} | some q in dates.validity_problems(p)} | _revocation(p)

_revocation(p) := {{"message": "revoked", "args": {"date": object.get(p, "revoked_on", "")}}} if {
	poa.revoked_by(p, dates.as_of)
} else := {{"message": "revoked_later", "args": {"date": object.get(p, "revoked_on", ""), "last_day": _last_day}}} if {
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
		"message": _poa_key(poas),
		"args": {"org_nr": org, "owner": owner, "problems": sort({m | some p in poas; some m in _problems(p)})},
	}
}

_poa_key(poas) := "no_poa" if count(poas) == 0

else := "not_ready"

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
		"message": _employment_key[problem.kind],
		"args": object.union(dates.args(problem), {"org_nr": org, "owner": owner}),
	}
}

_employment_key := {"expired": "left", "ends_too_soon": "leaves_too_soon", "expiring": "leaves_soon"}
