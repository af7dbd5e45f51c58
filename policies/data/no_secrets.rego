# METADATA
# title: No private key or secret in the configuration
# description: |
#   Only public certificates and their pins belong in the configuration. A client certificate
#   identifies the organiser to Skolverket's test service, and every holder of one of the
#   organiser's certificates has full access to the organiser's data there, so its private key
#   must stay private; a repository is copied and reviewed widely. Every string is searched for
#   a PEM private-key block, and every field named password, secret or private_key (or ending
#   in _password, _secret, _private_key) that holds a value is reported. The schema already
#   rejects unknown fields in most kinds; this rule is the net behind it (free text, and inputs
#   built outside the schema).
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, authentication-api/README.md (commit a06cf58, 14 April 2026): "Notera att certifikatet är organisationsidentifierare inte klient eller leverantör identifierare. Skolverkets provtjänst behandlar klientcertifikaten som tillhör en huvudman lika, det vill säga att varje certifikatinnehavare har full åtkomst till huvudmannens data i provtjänsten."'
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: 'EUR-Lex, Regulation (EU) 2016/679 (GDPR), 27 April 2016, art. 32(1): "the controller and the processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk"'
#   - ref: https://www.aurora.umu.se/stod-och-service/rad-och-riktlinjer/juridik-och-personuppgifter/personuppgifter/faq/
#     description: 'Umeå universitet, "FAQ Personuppgiftsfrågor" (section Generella frågor, updated 2023-09-29): whoever processes personal data must ensure "att tekniska och organisatoriska åtgärder för att säkerställa tillräckligt skydd för personuppgifterna vidtas så personuppgifterna inte riskerar att komma i orätta händer eller bli manipulerade"'
# custom:
#   id: DATA-002
#   severity: error
#   title_sv: Ingen privat nyckel eller hemlighet i konfigurationen
#   hint: Remove the {what} from the configuration and from its git history, rotate it (a new key means a new client certificate, and with Moa a new pin in the federation metadata), and keep secrets in a secret store.
#   hint_sv: Ta bort {what} ur konfigurationen och ur dess git-historik, byt ut den (en ny nyckel kräver ett nytt klientcertifikat, och med Moa en ny pin i federationsmetadata), och förvara hemligheter i ett hemlighetsförråd.
#   messages:
#     private_key:
#       en: "the value holds a private key ({header})"
#       sv: "värdet innehåller en privat nyckel ({header})"
#     secret_field:
#       en: "a field named {key} holds a value; secrets do not belong in the configuration"
#       sv: "fältet {key} har ett värde; hemligheter hör inte hemma i konfigurationen"
#     what_private_key:
#       en: private key
#       sv: den privata nyckeln
#     what_field:
#       en: "field {key}"
#       sv: "fältet {key}"
package provkoll.rules.data.no_secrets

import data.provkoll.lib.values
import data.provkoll.lib.nodes

_pem := `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----`

_secret_key := `^(.*_)?(password|secret|private_key)$`

# A regular expression per string cost more than the rest of the check: the whole configuration
# is searched once, and only the strings (or keys) that matched are looked at on their own.
deny contains v if {
	some [path, node] in nodes.values_matching(_pem)
	some header in regex.find_n(_pem, node, 1)
	v := {
		"path": path,
		"subject": header,
		"message": "private_key",
		"args": {"header": header, "what": {"message": "what_private_key"}},
	}
}

# Only keys that name a secret somewhere are checked exactly, each on its own.
deny contains v if {
	some [path, key] in nodes.keys_matching(`(?i)password|secret|private_key`)
	regex.match(_secret_key, lower(key))
	values.present(object.get(input, array.concat(path, [key]), null))
	v := {
		"path": array.concat(path, [key]),
		"subject": key,
		"message": "secret_field",
		"args": {"key": key, "what": {"message": "what_field", "args": {"key": key}}},
	}
}
