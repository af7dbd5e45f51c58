# METADATA
# title: The subscription was activated by a holder of a transfer power of attorney on that day
# description: |
#   Registering the service address and activating the subscription in Administration
#   provtjänsten is done by the agent with the power of attorney to transfer data, and only an
#   agent can log in there at all. A subscription recorded as activated by someone who held no
#   valid transfer power of attorney for that legal entity on activated_on was either activated
#   by someone else or not at all, so who answers for the transfer is unknown. An active
#   subscription must also record who activated it and when. That only the transfer agent can
#   activate it is provkoll's reading of the IST walkthrough and Skolverket's description.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Calle "Har fullmakt att överföra uppgifter"; "Calle loggar in i Administrera Provtjänsten. Han lägger in adressen till ISTs tjänst och aktiverar prenumeration på uppdateringar."
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: Skolverket, Administration provtjänsten, "Genom fullmakten blir du ombud för huvudmannen, vilket ger dig behörighet att överföra uppgifter"
# custom:
#   id: TRANSFER-004
#   severity: error
#   title_sv: Prenumerationen aktiverades av någon med fullmakt att överföra uppgifter den dagen
#   hint: Have a holder of a transfer power of attorney for {org_nr} activate the subscription (again) in Administration provtjänsten and record who in transfer.subscription.activated_by and when in activated_on, or add to powers_of_attorney the transfer power of attorney the activator held that day.
#   hint_sv: Låt någon med fullmakt att överföra uppgifter (transfer) för {org_nr} aktivera prenumerationen (på nytt) i Administration provtjänsten och för in vem i transfer.subscription.activated_by och när i activated_on, eller för in under powers_of_attorney den fullmakt att överföra uppgifter som den som aktiverade hade den dagen.
package provkoll.rules.transfer.subscription_activator_authorised

import data.provkoll.lib.dates
import data.provkoll.lib.values

# the transfer powers of attorney of entity e held by person id
_poas(e, id) := [p |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == "transfer"
	p.holder == id
]

_valid_on(poas, date) if {
	some p in poas
	dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), date)
}

_path(i, field) := ["legal_entities", i, "transfer", "subscription", field]

# [index, entity, subscription] for every entity that records a subscription
_subs contains [i, e, s] if {
	some i, e in values.list(input.legal_entities)
	s := object.get(e, ["transfer", "subscription"], null)
	is_object(s)
}

deny contains v if {
	some [i, e, s] in _subs
	by := object.get(s, "activated_by", null)
	on := object.get(s, "activated_on", null)
	values.present(by)
	dates.is_set(on)
	poas := _poas(e, by)
	not _valid_on(poas, on)
	org := object.get(e, "org_nr", "")
	v := {
		"path": _path(i, "activated_by"),
		"subject": org,
		"msg": _msg(count(poas), by, on, org),
		"args": {"org_nr": org, "activated_by": sprintf("%v", [by]), "activated_on": on},
	}
}

# an active subscription that does not say who activated it, or when
deny contains v if {
	some [i, e, s] in _subs
	object.get(s, "active", null) == true
	some field in ["activated_by", "activated_on"]
	not values.present(object.get(s, field, null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": _path(i, field),
		"subject": org,
		"msg": sprintf("the active subscription of %s records no %s, so its activation cannot be checked against a transfer power of attorney", [org, field]),
		"args": {"org_nr": org},
	}
}

_msg(0, by, on, org) := sprintf(
	"%v activated the transfer subscription of %s on %s but holds no transfer power of attorney for it",
	[by, org, on],
)

_msg(n, by, on, org) := sprintf(
	"%v activated the transfer subscription of %s on %s, when no transfer power of attorney of theirs for it was valid",
	[by, org, on],
) if {
	n > 0
}
