# METADATA
# title: SS 12000 pull transfer has a service address and an active subscription
# description: |
#   When Skolverket fetches user data from an SS 12000 service, the agent with the power of
#   attorney to transfer data registers the address of that service in Administration
#   provtjänsten and activates the subscription to updates. Without the address Skolverket has
#   nowhere to fetch from; without an active subscription its server does not know when there
#   are data to fetch, and changes to groups and students never reach the test platform.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), Calle "Han lägger in adressen till ISTs tjänst och aktiverar prenumeration på uppdateringar. Nu är kopplingarna mellan de olika tjänsterna klara."
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: Skolverket, "Överföring av uppgifter till Skolverket", "Genom en prenumeration kommer Skolverkets server att veta när det finns data att hämta"
# custom:
#   id: TRANSFER-002
#   severity: error
#   title_sv: Hämtning enligt SS 12000 har en tjänsteadress och en aktiv prenumeration
#   hint: Have the transfer agent of {org_nr} log in to Administration provtjänsten, enter the supplier's service address and activate the subscription, then record transfer.{field}.
#   hint_sv: Låt ombudet för överföring för {org_nr} logga in i Administration provtjänsten, lägga in leverantörens tjänsteadress och aktivera prenumerationen, och för sedan in transfer.{field}.
package provkoll.rules.transfer.pull_subscription

import data.provkoll.lib.values

_name(e) := object.get(e, "name", object.get(e, "org_nr", ""))

# [index, entity, transfer] for every entity whose method is ss12000_pull
_pull contains [i, e, t] if {
	some i, e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	object.get(t, "method", null) == "ss12000_pull"
}

deny contains v if {
	some [i, e, t] in _pull
	not values.present(object.get(t, "service_address", null))
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "service_address"],
		"subject": org,
		"msg": sprintf("%s (%s) transfers by ss12000_pull but records no service address", [_name(e), org]),
		"args": {"org_nr": org, "field": "service_address"},
	}
}

deny contains v if {
	some [i, e, t] in _pull
	active := object.get(t, ["subscription", "active"], null)
	active != true
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "subscription", "active"],
		"subject": org,
		"msg": _msg(active, _name(e), org),
		"args": {"org_nr": org, "field": "subscription.active"},
	}
}

_msg(false, name, org) := sprintf("%s (%s) transfers by ss12000_pull but its subscription is not active", [name, org])

_msg(active, name, org) := sprintf("%s (%s) transfers by ss12000_pull but records no active subscription", [name, org]) if {
	active != false
}
