# METADATA
# title: Skolfederation certificate keys are at least RSA 2048 or EC 256 bits
# description: |
#   The client certificate authenticates the organiser's supplier to Skolverket over mutual TLS,
#   so a weak key weakens the protection of every student record transferred. No Skolfederation
#   or FedTLS source found states a minimum key size: this rule applies general TLS guidance
#   (NIST SP 800-52r2: RSA 2048 or EC 256 bits at least), and is good practice, not a stated
#   requirement. Skolfederation signs its own metadata with a P-256 key.
# related_resources:
#   - ref: https://docs.oracle.com/en/java/java-components/jipher/10/jipher-user-guide/applying-nist-guidelines-tls.html
#     description: Oracle, applying NIST SP 800-52r2 guidelines for TLS, certificates with RSA keys of at least 2048 bits or ECDSA keys of at least 256 bits
#   - ref: https://github.com/dotse/tls-fed-auth
#     description: FedTLS, "tls-fed-auth.md", mutual TLS with public-key pinning; it states no key size
#   - ref: https://www.skolfederation.se/teknisk-information/moa/tekniska-miljoer/
#     description: Skolfederation, Moa technical environments, production metadata signed with ES256 (P-256)
# custom:
#   id: TRANSFER-007
#   severity: info
#   title_sv: Nycklarna i Skolfederations certifikat är minst RSA 2048 eller EC 256 bitar
#   hint: Ask the supplier for a new client certificate for {certificate} with an RSA key of at least 2048 bits or an EC key of at least 256 bits (P-256), upload it with new metadata to Skolfederation, and update key in federation.certificates.
#   hint_sv: Be leverantören om ett nytt klientcertifikat i stället för {certificate} med en RSA-nyckel på minst 2048 bitar eller en EC-nyckel på minst 256 bitar (P-256), ladda upp det med ny metadata i Skolfederation och uppdatera key i federation.certificates.
package provkoll.rules.transfer.certificate_key_strength

import data.provkoll.lib.values

minimum := {"rsa": 2048, "ec": 256}

deny contains v if {
	fed := values.obj(object.get(input, "federation", null))
	some k, c in values.list(object.get(fed, "certificates", null))
	key := values.obj(object.get(c, "key", null))
	algorithm := object.get(key, "algorithm", null)
	least := minimum[algorithm]
	bits := object.get(key, "bits", null)
	is_number(bits)
	bits < least
	id := sprintf("%v", [object.get(c, "id", k)])
	v := {
		"path": ["federation", "certificates", k, "key", "bits"],
		"subject": id,
		"msg": sprintf(
			"the Skolfederation certificate %s has a %d-bit %s key, below the %d bits of general TLS guidance (no Skolfederation minimum is published)",
			[id, bits, upper(algorithm), least],
		),
		"args": {"certificate": id},
	}
}
