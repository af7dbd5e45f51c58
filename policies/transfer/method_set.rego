# METADATA
# title: Every legal entity has a transfer method
# description: |
#   It is the organiser's responsibility that user data reach Skolverket's test service, and
#   Skolverket offers three ways to transfer them: Skolverket fetches them from an SS 12000
#   service (ss12000_pull), the organiser sends them to Skolverket's provisioning API
#   (provisioning_api), or they are uploaded by hand (file_upload). Without a chosen method no
#   other transfer check can tell what must be in place, for each legal entity separately. The
#   name and details of the third way are provkoll's reading; the sources found do not spell it out.
# related_resources:
#   - ref: https://www.skolverket.se/om-oss/var-verksamhet/skolverkets-prioriterade-omraden/digitalisering/digitala-nationella-prov/tekniska-forutsattningar-for-digitala-nationella-prov/overforing-av-uppgifter-till-skolverket
#     description: 'Skolverket, "Överföring av uppgifter till Skolverket", "Det finns tre olika sätt"; "Alternativ 1: Skolverket hämtar data – provisionering enligt standarden SS 12000"; "Det är huvudmannens ansvar att användaruppgifterna förs över till provtjänsten."'
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Automatisk överföring via API"; "Förändringar i grupper och personuppgifter skickas automatiskt till Skolverket"
# custom:
#   id: TRANSFER-001
#   severity: error
#   title_sv: Varje juridisk person har en överföringsmetod
#   hint: Decide with the school-data system's supplier how user data of {org_nr} reach Skolverket and set transfer.method to ss12000_pull, provisioning_api or file_upload.
#   hint_sv: Bestäm med leverantören av skoldatasystemet hur användaruppgifterna för {org_nr} förs över till Skolverket och sätt transfer.method till ss12000_pull, provisioning_api eller file_upload.
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
		"msg": sprintf("%s (%s) has no transfer method", [_name(e), org]),
		"args": {"org_nr": org},
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
		"msg": sprintf(
			"the transfer method of %s (%s), %q, is not one of ss12000_pull, provisioning_api, file_upload",
			[_name(e), org, sprintf("%v", [method])],
		),
		"args": {"org_nr": org},
	}
}
