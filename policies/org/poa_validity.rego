# METADATA
# title: Every power of attorney is valid now and through the upcoming exam windows
# description: |
#   A power of attorney in Mina ombud has a validity period and can be revoked; an expired one
#   blocks login to Administration provtjänsten, and with it the transfer of data or the handling
#   of protected personal data. Each power of attorney must therefore not have expired, must be
#   valid lead_days before every upcoming window starts, and must last until the window's last
#   day. The lead time and the "through the window" reading are provkoll's inference; no source
#   states how long before a test the power must hold. A power of attorney that is otherwise
#   ready but expires within warn_days after as_of is reported as a warning.
# related_resources:
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "Dela ut fullmakt till ombud för huvudmannen till behörig att hantera skyddade personuppgifter via https://minaombud.se/"
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/administration-provtjansten/sa-tilldelas-fullmakt-for-atkomst-till-administration-provtjansten
#     description: Skolverket, "Fullmakten skrivs av huvudmannens huvudkontaktperson via Bolagsverkets e-tjänst Mina ombud."
#   - ref: https://github.com/onify/blueprint-mina-ombud-get-powers-of-attorney
#     description: Mina ombud distinguishes historical and valid powers of attorney; the giver can revoke one at any time
# custom:
#   id: ORG-005
#   severity: error
#   title_sv: Varje fullmakt gäller nu och under kommande provperioder
#   hint: Extend or re-issue the {scope} power of attorney of {holder} for {org_nr} in Mina ombud so that it holds from before the ready-by date through the last day of each upcoming window, and update valid_from and valid_until.
#   hint_sv: Förläng eller utfärda om fullmakten ({scope}) för {holder} för {org_nr} i Mina ombud så att den gäller från före klar-datumet till och med sista dagen i varje kommande provperiod, och uppdatera valid_from och valid_until.
package provkoll.rules.org.poa_validity

import data.provkoll.lib.dates
import data.provkoll.lib.values

deny contains v if {
	some i, e in values.list(input.legal_entities)
	org := object.get(e, "org_nr", "")
	some j, p in values.list(object.get(e, "powers_of_attorney", null))
	some problem in dates.validity_findings(p)
	holder := sprintf("%v", [object.get(p, "holder", "?")])
	scope := sprintf("%v", [object.get(p, "scope", "?")])
	v := {
		"path": ["legal_entities", i, "powers_of_attorney", j, problem.field],
		"subject": org,
		"severity": object.get(problem, "severity", null),
		"msg": sprintf(
			"the %s power of attorney of %s for %s (%s) %s",
			[scope, holder, object.get(e, "name", org), org, _verb(problem)],
		),
		"args": {
			"org_nr": org,
			"holder": holder,
			"scope": scope,
			"date": problem.date,
			"window": object.get(problem, ["window", "id"], ""),
		},
	}
}

# "expired on ..." / "is valid only from ..." / "expires ..., before ..." /
# "expires ..., within ... days of ..." (expiring, a warning)
_verb(problem) := concat(" ", ["is", problem.msg]) if problem.kind == "not_valid_in_time"

else := problem.msg
