package provkoll.rules.data.no_secrets_test

import data.provkoll.lib.testdata
import data.provkoll.rules.data.no_secrets

test_base_is_quiet if {
	vs := no_secrets.deny with input as testdata.indexed(testdata.base)
	vs == set()
}

test_pem_private_key_fires if {
	pem := "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAexample\n-----END RSA PRIVATE KEY-----\n"
	inp := object.union(testdata.base, {"federation": {"notes": concat("", ["Nyckeln:\n", pem])}})
	vs := no_secrets.deny with input as testdata.indexed(inp)
	count(vs) == 1
	some v in vs
	v.path == ["federation", "notes"]
	v.subject == "-----BEGIN RSA PRIVATE KEY-----"
	v.message == "private_key"
	v.args == {"header": "-----BEGIN RSA PRIVATE KEY-----", "what": {"message": "what_private_key"}}
	not contains(sprintf("%v", [v.args]), "MIIE")
}

test_plain_and_encrypted_pem if {
	a := no_secrets.deny with input as testdata.indexed(testdata.with_entity({"notes": "-----BEGIN PRIVATE KEY-----"}))
	count(a) == 1
	b := no_secrets.deny with input as testdata.indexed(testdata.with_entity({"notes": "-----BEGIN ENCRYPTED PRIVATE KEY-----"}))
	count(b) == 1
	# a certificate or a public key is fine
	c := no_secrets.deny with input as testdata.indexed(testdata.with_entity({"notes": "-----BEGIN CERTIFICATE----- -----BEGIN PUBLIC KEY-----"}))
	c == set()
}

test_secret_fields_fire if {
	inp := object.union(testdata.base, {"federation": {"metadata": {"client_secret": "hunter2"}}, "organiser": {"login": {"Password": "x"}}})
	vs := no_secrets.deny with input as testdata.indexed(inp)
	{[v.path, v.subject] | some v in vs} == {
		[["federation", "metadata", "client_secret"], "client_secret"],
		[["organiser", "login", "Password"], "Password"],
	}
	some v in vs
	v.subject == "client_secret"
	v.message == "secret_field"
	v.args == {"key": "client_secret", "what": {"message": "what_field", "args": {"key": "client_secret"}}}
}

test_empty_or_lookalike_fields_are_quiet if {
	inp := object.union(testdata.base, {"organiser": {"login": {"password": null, "secretary": "x", "password_policy": "eid"}}})
	vs := no_secrets.deny with input as testdata.indexed(inp)
	vs == set()
}
