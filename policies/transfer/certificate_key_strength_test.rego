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
	v.message == "federation"
	v.args.certificate == "ist-client-2026"
	v.args.bits == "2047"
	v.args.algorithm == "RSA"
	v.args.minimum == "2048"
}

test_short_ec_key_fires if {
	vs := certificate_key_strength.deny with input as _key("ec", 224)
	count(vs) == 1
	some v in vs
	v.message == "federation"
	v.args.certificate == "ist-client-2026"
	v.args.bits == "224"
	v.args.algorithm == "EC"
	v.args.minimum == "256"
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

# --- only the certificates in use

_upload := {"method": "file_upload", "service_address": null, "subscription": null}

_ca_cert(bits) := {"id": "efos-212999-9997", "not_before": "2026-06-01", "not_after": "2028-05-31", "key": {"algorithm": "rsa", "bits": bits}}

test_file_upload_or_ca_route_ignores_federation_certificates if {
	weak := _key("rsa", 1024)
	upload := certificate_key_strength.deny with input as object.union(weak, {"legal_entities": [object.union(testdata.entity, {"transfer": _upload})], "organiser": {"login": {"idp": "eduid"}}})
	upload == set()
	# an own login service does not put Moa certificates in use
	own := certificate_key_strength.deny with input as object.union(weak, {"legal_entities": [object.union(testdata.entity, {"transfer": _upload})]})
	own == set()
	ca := certificate_key_strength.deny with input as object.union(weak, {"legal_entities": [object.union(testdata.entity, {"transfer": {"authentication": "ca_certificate", "client_certificate": _ca_cert(3072)}})]})
	ca == set()
}

test_short_ca_route_key_fires if {
	e := object.union(testdata.entity, {"transfer": {"method": "provisioning_api", "authentication": "ca_certificate", "client_certificate": _ca_cert(1024)}})
	vs := certificate_key_strength.deny with input as testdata.with_entities([e])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "client_certificate", "key", "bits"]
	v.subject == "efos-212999-9997"
	v.message == "client"
	v.args.certificate == "efos-212999-9997"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.bits == "1024"
	v.args.algorithm == "RSA"
	v.args.minimum == "2048"
}

test_ca_route_without_key_is_quiet if {
	e := object.union(testdata.entity, {"transfer": {"authentication": "ca_certificate", "client_certificate": object.remove(_ca_cert(1024), ["key"])}})
	vs := certificate_key_strength.deny with input as testdata.with_entities([e])
	vs == set()
}
