# METADATA
# title: The attester held a protected-data power of attorney on the day of attestation
# description: |
#   Choosing and attesting the pseudonymisation method is done in Administration provtjänsten by
#   the organiser's representative with the power of attorney for protected personal data. An
#   attestation recorded for someone who held no such power of attorney for that legal entity
#   on attested_on was either made by someone else or not made at all. A power of attorney that
#   was revoked on or before attested_on counts for nothing. That no other agent can attest is
#   provkoll's reading of Skolverket's README, which gives the task to the representative with
#   that authority; it is not stated as a prohibition.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: Skolverket, dnp-usermanagement README (GitHub), "Huvudmannens representant med behörighet att hantera skyddade personuppgifter behöver välja vilken pseudonymiseringsmetod som huvudmannen vill använda vid överföring av skyddade personuppgifter. Om ni vill undvika Skolverkets pseudonymisering är det viktigt att ni intygar er pseudonymiseringsmetod och följer instruktionerna."
#   - ref: https://www.ist.com/se/digitala-nationella-prov/
#     description: IST, "Digitala nationella prov"; in IST's presentation "DNP i IST" (IST Connect 2024, no public copy) Anders, who "Har fullmakt att hantera skyddade personuppgifter", "kan också välja att intyga befintlig pseudonymiseringsmetod"
# custom:
#   id: PSEUDO-003
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Den som intygade hade fullmakt för skyddade personuppgifter den dagen
#   hint: Have a holder of a protected_data power of attorney for {org_nr} attest the method again and record them in attested_by and the date in attested_on, or record the power of attorney {attested_by} held on {attested_on}.
#   hint_sv: Låt någon med fullmakt för skyddade personuppgifter (protected_data) för {org_nr} intyga metoden på nytt och för in personen i attested_by och datumet i attested_on, eller för in den fullmakt {attested_by} hade den {attested_on}.
#   messages:
#     no_poa:
#       en: "{attested_by} attested the pseudonymisation method of {org_nr} on {attested_on} but holds no protected_data power of attorney for it"
#       sv: "{attested_by} intygade pseudonymiseringsmetoden för {org_nr} {attested_on} men har ingen fullmakt för skyddade personuppgifter (protected_data) för den"
#     not_valid:
#       en: "{attested_by} attested the pseudonymisation method of {org_nr} on {attested_on}, when no protected_data power of attorney of theirs for it was valid"
#       sv: "{attested_by} intygade pseudonymiseringsmetoden för {org_nr} {attested_on}, när ingen av hens fullmakter för skyddade personuppgifter (protected_data) för den gällde"
#     revoked:
#       en: "{attested_by} attested the pseudonymisation method of {org_nr} on {attested_on}, when their protected_data power of attorney for it was revoked (on {revoked_on})"
#       sv: "{attested_by} intygade pseudonymiseringsmetoden för {org_nr} {attested_on}, när hens fullmakt för skyddade personuppgifter (protected_data) för den var återkallad ({revoked_on})"
package provkoll.rules.pseudo.attester_authorised

import data.provkoll.lib.dates
import data.provkoll.lib.poa
import data.provkoll.lib.values

_attested_methods := {"own", "fictitious_users"}

# the protected_data powers of attorney of entity e held by person id
_poas(e, id) := [p |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == "protected_data"
	p.holder == id
]

# a revoked power of attorney counts for nothing from the day it was revoked
_valid_on(poas, date) if {
	some p in poas
	poa.active_on(p, date)
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
		"message": _key(count(poas), poas, on),
		"args": {
			"org_nr": org,
			"attested_by": sprintf("%v", [by]),
			"attested_on": on,
			"revoked_on": concat(", ", sort({sprintf("%v", [p.revoked_on]) | some p in poas; poa.revoked_by(p, on)})),
		},
	}
}

_key(0, _, _) := "no_poa"

_key(n, poas, on) := "not_valid" if {
	n > 0
	not _revoked_by(poas, on)
}

_key(n, poas, on) := "revoked" if {
	n > 0
	_revoked_by(poas, on)
}

_revoked_by(poas, date) if {
	some p in poas
	poa.revoked_by(p, date)
}
