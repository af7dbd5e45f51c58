# METADATA
# title: The transfer service address is an absolute https URL with a host
# description: |
#   Skolverket's SS 12000 client fetches user data from the base URL of the huvudman's SS 12000
#   service registered in Administration provtjänsten, and presents a JWT from the test service's
#   authorisation server as a bearer token in each call, which the huvudman's service must verify.
#   A bearer token, and the student data returned, need an encrypted connection, and Skolverket's
#   examples of such URLs are https. An address that is relative, uses another scheme (such as
#   http), has no host or carries a user name or password is not one Skolverket can call safely.
#   Only SS 12000 registers a service address, so an address recorded for provisioning_api or
#   file_upload is not checked. Requiring https and a host is provkoll's reading of these
#   sources; the exact form Administration provtjänsten accepts is not stated in them.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, "API för autentisering" (commit a06cf58, 2026-04-14): "Skolverkets SS 12000-klient presenterar JWT till huvudmannens SS 12000-API vid hämtning av förändrade uppgifter."; the example SS12000-API URL "https://testhuvudman.se/ss12000-api/v2.0", with "Notera att huvudmannens SS12000-API url anges under locations."'
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/checklists/checklista-f%C3%B6r-provisionering-enlig-standarden-SS12000.md
#     description: 'Skolverket, dnp-usermanagement, "Checklista for en huvudman som överför uppgifter enligt standarden SS 12000" (last changed 2025-09-04), step 5: "Konfigurera huvudmannens SS12000-API så det verifierar och accepterar JWT som skickas från provtjänstens SS12000-klient."; step 8: "Registrera URL till huvudmannens SS12000-API via Skolverkets e-tjänst Administration provtjänsten."'
# custom:
#   id: TRANSFER-003
#   severity: error
#   per_item: [legal_entities]
#   title_sv: Tjänsteadressen för överföring är en fullständig https-adress med värdnamn
#   hint: Copy the https address of the SS 12000 service from the supplier (for example https://dnp.supplier.example/ss12000/v2/) into transfer.service_address of {org_nr}, and register the same address in Administration provtjänsten.
#   hint_sv: Hämta https-adressen till SS 12000-tjänsten från leverantören (till exempel https://dnp.leverantor.example/ss12000/v2/), för in den i transfer.service_address för {org_nr} och registrera samma adress i Administration provtjänsten.
#   messages:
#     not_https:
#       en: "the service address of {name} ({org_nr}), \"{address}\", is not an absolute https URL: {problem}"
#       sv: "tjänsteadressen för {name} ({org_nr}), \"{address}\", är inte en absolut https-adress: {problem}"
#     not_a_string:
#       en: "it is not a string"
#       sv: "det är inte en text"
#     white_space:
#       en: "it contains white space"
#       sv: "den innehåller blanktecken"
#     not_absolute:
#       en: "it is not an absolute URL (it does not start with https://)"
#       sv: "den är inte en absolut adress (den börjar inte med https://)"
#     scheme:
#       en: "it uses the scheme {scheme}, not https"
#       sv: "den använder schemat {scheme}, inte https"
#     no_host:
#       en: "it has no host"
#       sv: "den saknar värddator"
#     user_info:
#       en: "it carries a user name or password before the host"
#       sv: "den innehåller ett användarnamn eller lösenord före värddatorn"
#     bad_host:
#       en: "its host \"{host}\" is malformed"
#       sv: "värddatorn \"{host}\" är felaktigt skriven"
package provkoll.rules.transfer.service_address_https

import data.provkoll.lib.values

_scheme_re := `^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)`

_dns_host_re := `^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?(:[0-9]{1,5})?$`

_ipv6_host_re := `^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$`

# the first reason why s is not an absolute https URL with a host, or "" when it is one
problem(s) := {"message": "not_a_string", "args": {}} if {
	not is_string(s)
} else := {"message": "white_space", "args": {}} if {
	regex.match(`\s`, s)
} else := {"message": "not_absolute", "args": {}} if {
	not regex.match(_scheme_re, s)
} else := {"message": "scheme", "args": {"scheme": _parts(s)[1]}} if {
	lower(_parts(s)[1]) != "https"
} else := {"message": "no_host", "args": {}} if {
	_parts(s)[2] == ""
} else := {"message": "user_info", "args": {}} if {
	contains(_parts(s)[2], "@")
} else := {"message": "bad_host", "args": {"host": _parts(s)[2]}} if {
	not regex.match(_dns_host_re, _parts(s)[2])
	not regex.match(_ipv6_host_re, _parts(s)[2])
} else := ""

# [whole match, scheme, authority]
_parts(s) := regex.find_all_string_submatch_n(_scheme_re, s, 1)[0]

# methods that register no service address (only SS 12000 does)
_no_address := {"provisioning_api", "file_upload"}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	not object.get(e, ["transfer", "method"], null) in _no_address
	address := object.get(e, ["transfer", "service_address"], null)
	values.present(address)
	reason := problem(address)
	reason != ""
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "service_address"],
		"subject": org,
		"message": "not_https",
		"args": {
			"org_nr": org,
			"name": sprintf("%v", [object.get(e, "name", org)]),
			"address": sprintf("%v", [address]),
			"problem": reason,
		},
	}
}
