# METADATA
# title: No private key or secret in the configuration
# description: |
#   Only public certificates and their pins belong in the configuration: the Skolfederation
#   (FedTLS) trust model rests on the client's private key staying private, and a repository is
#   copied and reviewed widely. Every string is searched for a PEM private-key block, and every
#   field named password, secret or private_key (or ending in _password, _secret, _private_key)
#   that holds a value is reported. The schema already rejects unknown fields in most kinds;
#   this rule is the net behind it (free text, and inputs built outside the schema).
# related_resources:
#   - ref: https://wayf.dk/da/signeringspolitik
#     description: WAYF, signing policy, "Husk ikke at eksponere den private nøgle" (do not expose the private key)
#   - ref: seed:004_58b9a0272fcd55a5.txt
#     description: Umeå universitet, FAQ, protection measures must be taken so that data "inte riskerar att komma i orätta händer"; a key is kept "separat" under "tekniska och organisatoriska säkerhetsåtgärder"
# custom:
#   id: DATA-002
#   severity: error
#   title_sv: Ingen privat nyckel eller hemlighet i konfigurationen
#   hint: Remove the {what} from the configuration and from its git history, rotate it (a new key means a new certificate and a new pin in the federation metadata), and keep secrets in a secret store.
#   hint_sv: Ta bort {what_sv} ur konfigurationen och ur dess git-historik, byt ut den (en ny nyckel kräver ett nytt certifikat och en ny pin i federationsmetadata), och förvara hemligheter i ett hemlighetsförråd.
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
		"msg": sprintf("the value holds a private key (%s)", [header]),
		"args": {"what": "private key", "what_sv": "den privata nyckeln"},
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
		"msg": sprintf("a field named %s holds a value; secrets do not belong in the configuration", [key]),
		"args": {"what": sprintf("field %s", [key]), "what_sv": sprintf("fältet %s", [key])},
	}
}
