package provkoll.rules.transfer.service_address_https_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.service_address_https

_with(address) := testdata.with_entity({"transfer": {"service_address": address}})

test_https_address_is_quiet if {
	vs := service_address_https.deny with input as testdata.two_entities
	vs == set()
	port := service_address_https.deny with input as _with("https://dnp.ist.example:8443/ss12000/v2/")
	port == set()
	bare := service_address_https.deny with input as _with("HTTPS://dnp.ist.example")
	bare == set()
}

test_absent_address_is_left_to_transfer_002 if {
	vs := service_address_https.deny with input as _with(null)
	vs == set()
}

test_http_fires if {
	vs := service_address_https.deny with input as _with("http://dnp.ist.example/ss12000/v2/")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "service_address"]
	v.subject == "212999-9997"
	v.message == "not_https"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.address == "http://dnp.ist.example/ss12000/v2/"
	v.args.problem == {"message": "scheme", "args": {"scheme": "http"}}
}

test_reasons if {
	service_address_https.problem("dnp.ist.example/ss12000/v2/") == {"message": "not_absolute", "args": {}}
	service_address_https.problem("/ss12000/v2/") == {"message": "not_absolute", "args": {}}
	service_address_https.problem("https:dnp.ist.example") == {"message": "not_absolute", "args": {}}
	service_address_https.problem("https:///ss12000/v2/") == {"message": "no_host", "args": {}}
	service_address_https.problem("https://calle:hemligt@dnp.ist.example/") == {"message": "user_info", "args": {}}
	service_address_https.problem("https://dnp..ist.example/") == {"message": "bad_host", "args": {"host": "dnp..ist.example"}}
	service_address_https.problem("https://dnp.ist.example /v2/") == {"message": "white_space", "args": {}}
	service_address_https.problem(42) == {"message": "not_a_string", "args": {}}
	service_address_https.problem("https://[2001:db8::1]:443/v2/") == ""
	service_address_https.problem("https://192.0.2.10/v2/") == ""
}

test_no_host_fires if {
	vs := service_address_https.deny with input as _with("https://")
	count(vs) == 1
	some v in vs
	v.message == "not_https"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.address == "https://"
	v.args.problem == {"message": "no_host", "args": {}}
}

test_each_pull_entity_is_checked if {
	# (the second entity pulls here: provisioning_api registers no service address)
	ab := object.union(testdata.entity_ab, {"transfer": {"method": "ss12000_pull", "service_address": "ftp://api.exempelskolan.example/"}})
	vs := service_address_https.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "transfer", "service_address"]
	v.subject == "556999-9997"
}

test_methods_without_service_address_are_not_checked if {
	api := service_address_https.deny with input as testdata.with_entity({"transfer": {"method": "provisioning_api", "service_address": "http://dnp.ist.example/"}})
	api == set()
	up := service_address_https.deny with input as testdata.with_entity({"transfer": {"method": "file_upload", "service_address": "http://dnp.ist.example/"}})
	up == set()
	# with no method yet, the address is still checked
	unset := service_address_https.deny with input as testdata.with_entity({"transfer": {"method": null, "service_address": "http://dnp.ist.example/"}})
	count(unset) == 1
}
