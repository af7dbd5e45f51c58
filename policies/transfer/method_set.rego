# METADATA
# title: Every legal entity has a transfer method
# description: |
#   It is the organiser's responsibility that user data reach Skolverket's test service, and
#   Skolverket offers three ways to transfer them: Skolverket fetches them from the huvudman's
#   SS 12000 service (ss12000_pull), the huvudman sends them to Skolverket's Provisioning API
#   (provisioning_api), or its agent uploads a file made from Skolverket's Excel template in
#   Administration provtjänsten (file_upload). Each has its own checklist: the two machine methods
#   need a client certificate, SS 12000 a registered service address and subscription, the file
#   upload neither. Without a chosen method no other transfer check can tell what must be in
#   place, for each legal entity separately.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/README.md
#     description: 'Skolverket, dnp-usermanagement, README (commit a06cf58, 2026-04-14): "Skolverket erbjuder tre metoder för överföring av uppgifter till Skolverkets provtjänst. Provisionering via Provisionerings-API – data skickas till Skolverket. Provisionering enligt standarden SS 12000 – Skolverket hämtar data. Provisionering via filinläsning"'
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: 'Skolverket, "Överföring av uppgifter till Skolverket": "Det finns tre olika sätt att föra över användaruppgifterna på. Ni kan välja det sätt som passar er verksamhet bäst."; "Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."'
# custom:
#   id: TRANSFER-001
#   severity: error
#   title_sv: Varje juridisk person har en överföringsmetod
#   hint: Decide with the school-data system's supplier how user data of {org_nr} reach Skolverket and set transfer.method to ss12000_pull, provisioning_api or file_upload.
#   hint_sv: Bestäm med leverantören av det skoladministrativa systemet hur användaruppgifterna för {org_nr} förs över till Skolverket och sätt transfer.method till ss12000_pull, provisioning_api eller file_upload.
#   messages:
#     none:
#       en: "{name} ({org_nr}) has no transfer method"
#       sv: "{name} ({org_nr}) anger ingen överföringsmetod"
#     unknown:
#       en: "the transfer method of {name} ({org_nr}), \"{method}\", is not one of ss12000_pull, provisioning_api, file_upload"
#       sv: "överföringsmetoden för {name} ({org_nr}), \"{method}\", är inte någon av ss12000_pull, provisioning_api, file_upload"
package provkoll.rules.transfer.method_set

import data.provkoll.lib.values

methods := {"ss12000_pull", "provisioning_api", "file_upload"}

_name(e) := object.get(e, "name", object.get(e, "org_nr", ""))

deny contains v if {
	some i, e in values.list(input.legal_entities)
	method := object.get(e, ["transfer", "method"], null)
	not values.present(method)
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "method"],
		"subject": org,
		"message": "none",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)])},
	}
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	method := object.get(e, ["transfer", "method"], null)
	values.present(method)
	not method in methods
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "method"],
		"subject": org,
		"message": "unknown",
		"args": {"org_nr": org, "name": sprintf("%v", [_name(e)]), "method": sprintf("%v", [method])},
	}
}
