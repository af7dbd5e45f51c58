# METADATA
# title: The transfer service address is an absolute https URL with a host
# description: |
#   Skolverket's server fetches user data from the service address registered in Administration
#   provtjänsten, authenticated with mutual TLS through Skolfederation (FedTLS), where a server
#   is published by an https base URI. An address that is relative, uses another scheme (such
#   as http), has no host or carries a user name or password cannot be fetched over mutual TLS.
#   Requiring https and a host is provkoll's reading of the mutual-TLS requirement; the exact
#   form Administration provtjänsten accepts is not stated in the sources found.
# related_resources:
#   - ref: seed:001_2cccb0aee6681694.txt
#     description: IST, "DNP i IST" (IST Connect 2024), "Han lägger in adressen till ISTs tjänst och aktiverar prenumeration på uppdateringar."
#   - ref: https://www.skolverket.se/om-oss/oppna-data/information-om-anvandaradministration-for-digitala-nationella-prov
#     description: Skolverket, användaradministration för digitala nationella prov, SS 12000 with "ömsesidig TLS autentisering via Skolfederation kontosynk"
#   - ref: https://github.com/dotse/tls-fed-auth
#     description: FedTLS, "tls-fed-auth.md", servers are published with a base_uri such as https://scim.example.com/ and pins; mutual TLS with public-key pinning
# custom:
#   id: TRANSFER-003
#   severity: error
#   title_sv: Tjänsteadressen för överföring är en absolut https-URL med värdnamn
#   hint: Copy the https address of the SS 12000 service from the supplier (for example https://dnp.supplier.example/ss12000/v2/) into transfer.service_address of {org_nr}, and register the same address in Administration provtjänsten.
#   hint_sv: Hämta https-adressen till SS 12000-tjänsten från leverantören (till exempel https://dnp.leverantor.example/ss12000/v2/), för in den i transfer.service_address för {org_nr} och registrera samma adress i Administration provtjänsten.
package provkoll.rules.transfer.service_address_https

import data.provkoll.lib.values

_scheme_re := `^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)`

_dns_host_re := `^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?(:[0-9]{1,5})?$`

_ipv6_host_re := `^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$`

# the first reason why s is not an absolute https URL with a host, or "" when it is one
problem(s) := "it is not a string" if {
	not is_string(s)
} else := "it contains white space" if {
	regex.match(`\s`, s)
} else := "it is not an absolute URL (it does not start with https://)" if {
	not regex.match(_scheme_re, s)
} else := sprintf("it uses the scheme %s, not https", [_parts(s)[1]]) if {
	lower(_parts(s)[1]) != "https"
} else := "it has no host" if {
	_parts(s)[2] == ""
} else := "it carries a user name or password before the host" if {
	contains(_parts(s)[2], "@")
} else := sprintf("its host %q is malformed", [_parts(s)[2]]) if {
	not regex.match(_dns_host_re, _parts(s)[2])
	not regex.match(_ipv6_host_re, _parts(s)[2])
} else := ""

# [whole match, scheme, authority]
_parts(s) := regex.find_all_string_submatch_n(_scheme_re, s, 1)[0]

deny contains v if {
	some i, e in values.list(input.legal_entities)
	address := object.get(e, ["transfer", "service_address"], null)
	values.present(address)
	reason := problem(address)
	reason != ""
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "service_address"],
		"subject": org,
		"msg": sprintf(
			"the service address of %s (%s), %q, is not an absolute https URL: %s",
			[object.get(e, "name", org), org, sprintf("%v", [address]), reason],
		),
		"args": {"org_nr": org},
	}
}
