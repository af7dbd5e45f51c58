package provkoll.lib.skolfederation_test

import data.provkoll.lib.skolfederation
import data.provkoll.lib.testdata

test_moa_is_a_machine_transfer_without_a_ca_certificate if {
	skolfederation.moa({"method": "ss12000_pull"})
	skolfederation.moa({"method": "provisioning_api", "authentication": "moa"})
	not skolfederation.moa({"method": "ss12000_pull", "authentication": "ca_certificate"})
	not skolfederation.moa({"method": "file_upload"})
}

test_own_idp_is_any_named_service_but_eduid if {
	skolfederation.own_idp("skolans-idp")
	not skolfederation.own_idp(" EduID ")
	not skolfederation.own_idp("  ")
	not skolfederation.own_idp(null)
}

test_needed_by_a_moa_transfer_or_an_own_login if {
	skolfederation.needed with input as testdata.base
	file_upload := testdata.with_entity({"transfer": {"method": "file_upload"}})
	eduid := object.union(file_upload, {"organiser": {"login": {"idp": "eduid"}}})
	skolfederation.needed with input as file_upload
	not skolfederation.needed with input as eduid
	not skolfederation.moa_in_use with input as eduid
}

test_ca_is_a_machine_transfer_with_a_ca_certificate if {
	skolfederation.ca({"method": "provisioning_api", "authentication": "ca_certificate"})
	not skolfederation.ca({"method": "ss12000_pull"})
	not skolfederation.ca({"method": "file_upload", "authentication": "ca_certificate"})
}
