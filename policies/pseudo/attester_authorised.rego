# METADATA
# title: The attester held a protected-data power of attorney on the day of attestation
# description: |
#   Attesting the organiser's own pseudonymisation method is done in Administration
#   provtjänsten by the agent with the power of attorney for protected personal data, as in the
#   IST walkthrough. An attestation recorded for someone who held no such power of attorney for
#   that legal entity on attested_on was either made by someone else or not made at all. That
#   no other agent can attest is provkoll's inference from the walkthrough, not a stated rule.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Anders "Har fullmakt att hantera skyddade personuppgifter"; "Han kan också välja att intyga befintlig pseudonymiseringsmetod"
#   - ref: seed:000_745f5c6f8b49443c.txt
#     description: Skolon, "Hantering av sekretessmarkerade elever", "Dela ut fullmakt till ombud för huvudmannen till behörig att hantera skyddade personuppgifter"
# custom:
#   id: PSEUDO-003
#   severity: error
#   title_sv: Den som intygade hade fullmakt för skyddade personuppgifter den dagen
#   hint: Have a holder of a protected_data power of attorney for {org_nr} attest the method again and record them in attested_by and the date in attested_on, or record the power of attorney {attested_by} held on {attested_on}.
#   hint_sv: Låt någon med fullmakt för skyddade personuppgifter (protected_data) för {org_nr} intyga metoden på nytt och för in personen i attested_by och datumet i attested_on, eller för in den fullmakt {attested_by} hade den {attested_on}.
package provkoll.rules.pseudo.attester_authorised

import data.provkoll.lib.dates
import data.provkoll.lib.values

_attested_methods := {"own", "fictitious_users"}

# the protected_data powers of attorney of entity e held by person id
_poas(e, id) := [p |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == "protected_data"
	p.holder == id
]

_valid_on(poas, date) if {
	some p in poas
	dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), date)
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	ps := values.obj(object.get(e, ["protected_data", "pseudonymisation"], null))
	object.get(ps, "method", null) in _attested_methods
	by := object.get(ps, "attested_by", null)
	on := object.get(ps, "attested_on", null)
	values.present(by)
	dates.is_set(on)
	poas := _poas(e, by)
	not _valid_on(poas, on)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "protected_data", "pseudonymisation", "attested_by"],
		"subject": org,
		"msg": _msg(count(poas), by, on, org),
		"args": {"org_nr": org, "attested_by": sprintf("%v", [by]), "attested_on": on},
	}
}

_msg(0, by, on, org) := sprintf(
	"%v attested the pseudonymisation method of %s on %s but holds no protected_data power of attorney for it",
	[by, org, on],
)

_msg(n, by, on, org) := sprintf(
	"%v attested the pseudonymisation method of %s on %s, when no protected_data power of attorney of theirs for it was valid",
	[by, org, on],
) if {
	n > 0
}
