# METADATA
# title: Client certificate keys in use are at least RSA 2048 or EC 256 bits
# description: |
#   The client certificate identifies the huvudman to the test service's authorisation server
#   over mutual TLS, and every holder of one has full access to the huvudman's data there, so a
#   weak key weakens the protection of every student record transferred. The certificates
#   checked are those in use, as for TRANSFER-006: on the Moa route (a machine transfer with
#   transfer.authentication moa or absent) the certificates in Moa's metadata
#   (federation.certificates), and on the CA route (authentication ca_certificate) each legal
#   entity's own client certificate (transfer.client_certificate); a file upload uses none. No
#   Skolverket, Skolfederation or FedTLS source found states a minimum key size: this rule applies
#   general TLS guidance (NIST SP 800-52r2: RSA 2048 or EC 256 bits at least), and is good
#   practice, not a stated requirement. The test service's authorisation server signs its tokens
#   with ES256 (P-256), and Skolfederation signs its metadata with a P-256 key.
# related_resources:
#   - ref: https://github.com/skolverket/dnp-usermanagement/blob/a06cf584f7f2bfe5bb9fc9ff11f43f1f3917088f/authentication-api/README.md
#     description: 'Skolverket, dnp-usermanagement, "API för autentisering" (commit a06cf58, 2026-04-14): "Skolverkets provtjänst behandlar klientcertifikaten som tillhör en huvudman lika, det vill säga att varje certifikatinnehavare har full åtkomst till huvudmannens data i provtjänsten."; its tokens are signed with "alg": "ES256" and "crv": "P-256"; it states no key size for client certificates'
#   - ref: https://docs.oracle.com/en/java/java-components/jipher/10/jipher-user-guide/applying-nist-guidelines-tls.html
#     description: Oracle, applying NIST SP 800-52r2 guidelines for TLS, certificates with RSA keys of at least 2048 bits or ECDSA keys of at least 256 bits
#   - ref: https://github.com/dotse/tls-fed-auth/blob/349676f37e54553c08c2e06d8b143ec162601293/tls-fed-auth.md
#     description: 'J. Schlyter, S. Halén, "Federated TLS Authentication" (FedTLS, draft-halen-fed-tls-auth-08, 2024-02-16), the protocol of Moa: "It is RECOMMENDED that federation metadata signatures are created with algorithm ECDSA using P-256 and SHA-256 ("ES256")"; it states no key size for client certificates'
#   - ref: https://www.skolfederation.se/teknisk-information/moa/tekniska-miljoer/
#     description: Skolfederation, Moa technical environments, production metadata signed with ES256 (P-256)
# custom:
#   id: TRANSFER-007
#   severity: info
#   title_sv: Nycklarna i klientcertifikat som används är minst RSA 2048 eller EC 256 bitar
#   hint: Get a new client certificate in place of {certificate} with an RSA key of at least 2048 bits or an EC key of at least 256 bits (P-256); on the Moa route have it uploaded with new metadata to Skolfederation and update federation.certificates, on the CA route update transfer.client_certificate.
#   hint_sv: Skaffa ett nytt klientcertifikat i stället för {certificate} med en RSA-nyckel på minst 2048 bitar eller en EC-nyckel på minst 256 bitar (P-256); med Moa, låt ladda upp det med ny metadata i Skolfederation och uppdatera federation.certificates, med en certifikatutfärdare, uppdatera transfer.client_certificate.
#   messages:
#     federation:
#       en: "the Skolfederation certificate {certificate} has a {bits}-bit {algorithm} key, below the {minimum} bits of general TLS guidance (no Skolfederation minimum is published)"
#       sv: "Skolfederationscertifikatet {certificate} har en {algorithm}-nyckel på {bits} bitar, under de {minimum} bitar som allmänna råd för TLS anger (Skolfederation har inte publicerat något minimum)"
#     client:
#       en: "the client certificate {certificate} of {name} ({org_nr}) has a {bits}-bit {algorithm} key, below the {minimum} bits of general TLS guidance (no Skolfederation minimum is published)"
#       sv: "klientcertifikatet {certificate} för {name} ({org_nr}) har en {algorithm}-nyckel på {bits} bitar, under de {minimum} bitar som allmänna råd för TLS anger (Skolfederation har inte publicerat något minimum)"
package provkoll.rules.transfer.certificate_key_strength

import data.provkoll.lib.skolfederation
import data.provkoll.lib.values

minimum := {"rsa": 2048, "ec": 256}

_key(c) := values.obj(object.get(c, "key", null))

# certificate c has a key below the minimum for its algorithm
_is_weak(c) if {
	least := minimum[object.get(_key(c), "algorithm", null)]
	bits := object.get(_key(c), "bits", null)
	is_number(bits)
	bits < least
}

# [bits, algorithm, least] of a weak key; call only after _is_weak(c) (a binding to an
# undefined value does not fail a body in the compiled engine)
_weak(c) := [bits, algorithm, minimum[algorithm]] if {
	algorithm := object.get(_key(c), "algorithm", null)
	bits := object.get(_key(c), "bits", null)
}

_weak_args(w) := {"bits": sprintf("%d", [w[0]]), "algorithm": upper(w[1]), "minimum": sprintf("%d", [w[2]])}

deny contains v if {
	skolfederation.moa_in_use
	fed := values.obj(object.get(input, "federation", null))
	some k, c in values.list(object.get(fed, "certificates", null))
	_is_weak(c)
	w := _weak(c)
	id := sprintf("%v", [object.get(c, "id", k)])
	v := {
		"path": ["federation", "certificates", k, "key", "bits"],
		"subject": id,
		"message": "federation",
		"args": object.union(_weak_args(w), {"certificate": id}),
	}
}

deny contains v if {
	some i, e in values.list(input.legal_entities)
	t := values.obj(object.get(e, "transfer", null))
	skolfederation.ca(t)
	c := values.obj(object.get(t, "client_certificate", null))
	_is_weak(c)
	w := _weak(c)
	id := sprintf("%v", [object.get(c, "id", "client_certificate")])
	org := object.get(e, "org_nr", "")
	v := {
		"path": ["legal_entities", i, "transfer", "client_certificate", "key", "bits"],
		"subject": id,
		"message": "client",
		"args": object.union(_weak_args(w), {"certificate": id, "name": sprintf("%v", [object.get(e, "name", org)]), "org_nr": sprintf("%v", [org])}),
	}
}
