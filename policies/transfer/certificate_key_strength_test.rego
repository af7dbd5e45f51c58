package provkoll.rules.transfer.certificate_key_strength_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.certificate_key_strength

_key(algorithm, bits) := object.union(testdata.base, {"federation": {"certificates": [
	object.union(testdata.base.federation.certificates[0], {"key": {"algorithm": algorithm, "bits": bits}}),
]}})

test_strong_keys_are_quiet if {
	vs := certificate_key_strength.deny with input as testdata.two_entities
	vs == set()
	rsa := certificate_key_strength.deny with input as _key("rsa", 2048)
	rsa == set()
	ec := certificate_key_strength.deny with input as _key("ec", 256)
	ec == set()
}

test_short_rsa_key_fires if {
	vs := certificate_key_strength.deny with input as _key("rsa", 2047)
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 0, "key", "bits"]
	v.subject == "ist-client-2026"
	v.msg == "the Skolfederation certificate ist-client-2026 has a 2047-bit RSA key, below the 2048 bits of general TLS guidance (no Skolfederation minimum is published)"
	v.args == {"certificate": "ist-client-2026"}
}

test_short_ec_key_fires if {
	vs := certificate_key_strength.deny with input as _key("ec", 224)
	count(vs) == 1
	some v in vs
	v.msg == "the Skolfederation certificate ist-client-2026 has a 224-bit EC key, below the 256 bits of general TLS guidance (no Skolfederation minimum is published)"
}

test_ec_sized_rsa_key_is_not_enough if {
	vs := certificate_key_strength.deny with input as _key("rsa", 384)
	count(vs) == 1
}

test_unrecorded_key_or_no_federation_is_quiet if {
	no_key := object.union(testdata.base, {"federation": {"certificates": [
		object.remove(testdata.base.federation.certificates[0], ["key"]),
	]}})
	a := certificate_key_strength.deny with input as no_key
	a == set()
	b := certificate_key_strength.deny with input as object.union(testdata.base, {"federation": null})
	b == set()
}
