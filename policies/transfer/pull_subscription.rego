# METADATA
# title: SS 12000 pull transfer has a service address and an active subscription
# description: |
#   When Skolverket fetches user data from the huvudman's SS 12000 service, the huvudman's agent
#   registers the URL of that service in Administration provtjänsten, and Skolverket's SS 12000
#   client then subscribes to changes there and fetches the data. Without the address Skolverket
#   has nowhere to fetch from; without an active subscription its client is not told when there
#   are data to fetch, and changes to groups and students never reach the test platform. Only
#   ss12000_pull is checked: the Provisioning API and file-upload checklists have no service
#   address or subscription. A huvudman may register several addresses; the configuration
#   records one.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 8: "Registrera URL till huvudmannens SS12000-API via Skolverkets e-tjänst Administration provtjänsten. Notera att en huvudman kan registrera flera SS12000-API URL:er."; "Huvudmannens ombud loggar in i Administration provtjänsten och anger SS12000-API URL."; "SS12000-klienten skickar anrop med JWT för att prenumerera på ändringar av uppgifter hos huvudmannens SS12000-API."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/ss12000-client/README.md
#     description: 'Skolverket, dnp-usermanagement, "SS12000-Client": "Subscription registrering (även kallt webhook registrering) sker via Administration Provtjänsten (AP). Huvudmannen förväntas tillhandahålla en bas-URL för ett SS12000 API"'
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: Skolverket, "Överföring av uppgifter till Skolverket", "Genom en prenumeration kommer Skolverkets server att veta när det finns data att hämta"
# custom:
#   id: TRANSFER-002
#   severity: error
#   title_sv: Hämtning enligt SS 12000 har en tjänsteadress och en aktiv prenumeration
#   hint: Have the transfer agent of {org_nr} log in to Administration provtjänsten and register the URL of the SS 12000 service (Skolverket's client then subscribes to it), then record transfer.{field}.
#   hint_sv: Låt ombudet för överföring för {org_nr} logga in i Administration provtjänsten och registrera URL:en till SS 12000-tjänsten (Skolverkets klient prenumererar då på den), och för sedan in transfer.{field}.
#   messages:
#     no_address:
#       en: "{name} ({org_nr}) transfers by ss12000_pull but records no service address"
#       sv: "{name} ({org_nr}) överför med ss12000_pull men anger ingen tjänsteadress"
#     not_active:
#       en: "{name} ({org_nr}) transfers by ss12000_pull but its subscription is not active"
#       sv: "{name} ({org_nr}) överför med ss12000_pull men prenumerationen är inte aktiv"
#     no_subscription:
#       en: "{name} ({org_nr}) transfers by ss12000_pull but records no active subscription"
#       sv: "{name} ({org_nr}) överför med ss12000_pull men anger ingen aktiv prenumeration"
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
		"message": "no_address",
		"args": {"org_nr": org, "field": "service_address", "name": sprintf("%v", [_name(e)])},
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
		"message": _key(active),
		"args": {"org_nr": org, "field": "subscription.active", "name": sprintf("%v", [_name(e)])},
	}
}

_key(false) := "not_active"

_key(active) := "no_subscription" if active != false
