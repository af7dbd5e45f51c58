package provkoll.rules.transfer.pull_subscription_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.pull_subscription

test_complete_pull_is_quiet if {
	vs := pull_subscription.deny with input as testdata.two_entities
	vs == set()
}

test_other_methods_need_neither if {
	t := {"method": "file_upload", "service_address": null, "subscription": null}
	vs := pull_subscription.deny with input as testdata.with_entity({"transfer": t})
	vs == set()
}

test_missing_service_address_fires if {
	vs := pull_subscription.deny with input as testdata.with_entity({"transfer": {"service_address": null}})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "service_address"]
	v.subject == "212999-9997"
	v.message == "no_address"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.field == "service_address"
}

test_inactive_subscription_fires if {
	vs := pull_subscription.deny with input as testdata.with_entity({"transfer": {"subscription": {"active": false}}})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "active"]
	v.message == "not_active"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.field == "subscription.active"
}

test_missing_subscription_fires if {
	# object.union would keep the subscription: replace the whole transfer block
	e := object.union(object.remove(testdata.entity, ["transfer"]), {"transfer": object.remove(testdata.entity.transfer, ["subscription"])})
	vs := pull_subscription.deny with input as testdata.with_entities([e])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "active"]
	v.message == "no_subscription"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_both_missing_fire_twice if {
	vs := pull_subscription.deny with input as testdata.with_entity({"transfer": {"service_address": "", "subscription": null}})
	{v.args.field | some v in vs} == {"service_address", "subscription.active"}
}
