# METADATA
# title: The subscription was activated by a holder of a transfer power of attorney on that day
# description: |
#   For an SS 12000 transfer the huvudman's agent (ombud) logs in to Administration provtjänsten
#   and registers the address of the SS 12000 service; Skolverket's SS 12000 client then
#   subscribes to changes there. Only an agent, someone with a fullmakt in Mina ombud for the
#   huvudman, can log in there at all. A subscription recorded as activated by someone who held no
#   transfer power of attorney for that legal entity in force on activated_on (valid that day and
#   not revoked on or before it) was either activated by someone else or not at all, so who
#   answers for the transfer is unknown. An active subscription must also record who activated it
#   and when. Subscriptions exist only for ss12000_pull, so entities that use provisioning_api or
#   file_upload are not checked. That the agent must hold the transfer scope is provkoll's
#   reading of the checklist's fullmakt step and of Skolverket's description of the fullmakt.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 6: "Skaffa fullmakt i Mina ombud för de personer som hanterar överföring av uppgifter, inloggning och skyddade personuppgifter för huvudmannens räkning i Skolverkets e-tjänst Administration provtjänsten."; step 8: "Huvudmannens ombud loggar in i Administration provtjänsten och anger SS12000-API URL." and "SS12000-klienten skickar anrop med JWT för att prenumerera på ändringar av uppgifter hos huvudmannens SS12000-API."'
#   - ref: https://www.skolverket.se/skolutveckling/digitala-nationella-prov/skolverkets-e-tjanst-administration-provtjansten
#     description: 'Skolverket, "Administration provtjänsten": "För att kunna logga in i Administration provtjänsten måste du först ha fått en fullmakt. Genom fullmakten blir du ombud för huvudmannen, vilket ger dig behörighet att överföra uppgifter och att beställa inloggningstjänster."'
# custom:
#   id: TRANSFER-004
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Prenumerationen aktiverades av någon med fullmakt att överföra uppgifter den dagen
#   hint: Have a holder of a transfer power of attorney for {org_nr} activate the subscription (again) in Administration provtjänsten and record who in transfer.subscription.activated_by and when in activated_on, or add to powers_of_attorney the transfer power of attorney the activator held that day.
#   hint_sv: Låt någon med fullmakt att överföra uppgifter (transfer) för {org_nr} aktivera prenumerationen (på nytt) i Administration provtjänsten och för in vem i transfer.subscription.activated_by och när i activated_on, eller för in under powers_of_attorney den fullmakt att överföra uppgifter som den som aktiverade hade den dagen.
#   messages:
#     no_poa:
#       en: "{activated_by} activated the transfer subscription of {org_nr} on {activated_on} but holds no transfer power of attorney for it"
#       sv: "{activated_by} aktiverade prenumerationen för överföring för {org_nr} {activated_on} men har ingen fullmakt att överföra uppgifter för den"
#     after_revocation:
#       en: "{activated_by} activated the transfer subscription of {org_nr} on {activated_on}, after their transfer power of attorney for it was revoked (revoked_on {revoked_on})"
#       sv: "{activated_by} aktiverade prenumerationen för överföring för {org_nr} {activated_on}, efter att hens fullmakt att överföra uppgifter för den hade återkallats (revoked_on {revoked_on})"
#     not_valid:
#       en: "{activated_by} activated the transfer subscription of {org_nr} on {activated_on}, when no transfer power of attorney of theirs for it was valid"
#       sv: "{activated_by} aktiverade prenumerationen för överföring för {org_nr} {activated_on}, när ingen av hens fullmakter att överföra uppgifter för den gällde"
#     not_recorded:
#       en: "the active subscription of {org_nr} records no {field}, so its activation cannot be checked against a transfer power of attorney"
#       sv: "den aktiva prenumerationen för {org_nr} anger inte {field}, så aktiveringen kan inte kontrolleras mot en fullmakt att överföra uppgifter"
package provkoll.rules.transfer.subscription_activator_authorised

import data.provkoll.lib.dates
import data.provkoll.lib.poa
import data.provkoll.lib.values

# the transfer powers of attorney of entity e held by person id
_poas(e, id) := [p |
	some p in values.list(object.get(e, "powers_of_attorney", null))
	p.scope == "transfer"
	p.holder == id
]

# some power of attorney in poas is in force on date: valid, and not revoked on or before it
_valid_on(poas, date) if {
	some p in poas
	poa.active_on(p, date)
}

# some power of attorney in poas would be valid on date but was revoked on or before it
_revoked_on(poas, date) := r if {
	rs := sort([object.get(p, "revoked_on", null) |
		some p in poas
		dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), date)
		poa.revoked_by(p, date)
	])
	count(rs) > 0
	r := rs[count(rs) - 1]
}

_revoked(poas, date) if {
	some p in poas
	dates.valid_on(object.get(p, "valid_from", null), object.get(p, "valid_until", null), date)
	poa.revoked_by(p, date)
}

_path(i, field) := ["legal_entities", i, "transfer", "subscription", field]

# methods that have no subscription
_no_subscription := {"provisioning_api", "file_upload"}

# [index, entity, subscription] for every entity that records a subscription and does not use a
# method without one
_subs contains [i, e, s] if {
	some i, e in values.list(input.legal_entities)
	not object.get(e, ["transfer", "method"], null) in _no_subscription
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
		"message": _key(poas, on),
		"args": {"org_nr": org, "activated_by": sprintf("%v", [by]), "activated_on": on, "revoked_on": _revoked_text(poas, on)},
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
		"message": "not_recorded",
		"args": {"org_nr": org, "field": field},
	}
}

_key(poas, on) := "no_poa" if count(poas) == 0

else := "after_revocation" if _revoked(poas, on)

else := "not_valid"

_revoked_text(poas, on) := _revoked_on(poas, on) if _revoked(poas, on)

else := ""
