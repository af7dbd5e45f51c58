package provkoll.rules.transfer.subscription_activator_authorised_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.subscription_activator_authorised

# calle's transfer power of attorney: 2026-01-10 to 2027-06-30

_activated(by, on) := testdata.with_entity({"transfer": {"subscription": {"activated_by": by, "activated_on": on}}})

test_activated_by_agent_is_quiet if {
	vs := subscription_activator_authorised.deny with input as testdata.two_entities
	vs == set()
}

test_activated_on_first_and_last_day_of_poa_is_quiet if {
	a := subscription_activator_authorised.deny with input as _activated("calle", "2026-01-10")
	a == set()
	b := subscription_activator_authorised.deny with input as _activated("calle", "2027-06-30")
	b == set()
}

test_activated_the_day_before_poa_fires if {
	vs := subscription_activator_authorised.deny with input as _activated("calle", "2026-01-09")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "activated_by"]
	v.subject == "212999-9997"
	v.message == "not_valid"
	v.args.activated_by == "calle"
	v.args.org_nr == "212999-9997"
	v.args.activated_on == "2026-01-09"
}

test_activated_after_poa_ended_fires if {
	vs := subscription_activator_authorised.deny with input as _activated("calle", "2027-07-01")
	count(vs) == 1
}

test_protected_data_agent_cannot_activate if {
	# anders holds only a protected_data power of attorney
	vs := subscription_activator_authorised.deny with input as _activated("anders", "2026-02-03")
	count(vs) == 1
	some v in vs
	v.message == "no_poa"
	v.args.activated_by == "anders"
	v.args.org_nr == "212999-9997"
	v.args.activated_on == "2026-02-03"
}

test_agent_of_another_entity_fires if {
	# frida holds a transfer power of attorney for 556999-9997, not for 212999-9997
	vs := subscription_activator_authorised.deny with input as testdata.with_entities([
		object.union(testdata.entity, {"transfer": {"subscription": {"activated_by": "frida"}}}),
		testdata.entity_ab,
	])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "activated_by"]
}

test_open_ended_poa_is_valid if {
	poa := object.remove(testdata.poa_transfer, ["valid_until"])
	vs := subscription_activator_authorised.deny with input as testdata.with_entity({
		"powers_of_attorney": [testdata.poa_protected, poa],
		"transfer": {"subscription": {"activated_on": "2029-01-01"}},
	})
	vs == set()
}

test_active_without_activator_fires if {
	vs := subscription_activator_authorised.deny with input as _activated(null, "2026-02-03")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "activated_by"]
	v.message == "not_recorded"
	v.args.org_nr == "212999-9997"
	v.args.field == "activated_by"
}

test_active_without_date_fires if {
	vs := subscription_activator_authorised.deny with input as _activated("calle", null)
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "activated_on"]
}

test_inactive_without_activator_is_quiet if {
	vs := subscription_activator_authorised.deny with input as testdata.with_entity({"transfer": {"subscription": {"active": false, "activated_by": null, "activated_on": null}}})
	vs == set()
}

test_revoked_poa_does_not_count if {
	# calle's transfer power of attorney was revoked on 2026-02-01, before the activation
	revoked := object.union(testdata.poa_transfer, {"revoked_on": "2026-02-01"})
	vs := subscription_activator_authorised.deny with input as testdata.with_poas([testdata.poa_protected, revoked])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "subscription", "activated_by"]
	v.message == "after_revocation"
	v.args.activated_by == "calle"
	v.args.org_nr == "212999-9997"
	v.args.activated_on == "2026-02-03"
	v.args.revoked_on == "2026-02-01"
	# revoked on the day of the activation: it covered nothing that day
	same_day := object.union(testdata.poa_transfer, {"revoked_on": "2026-02-03"})
	vs2 := subscription_activator_authorised.deny with input as testdata.with_poas([testdata.poa_protected, same_day])
	count(vs2) == 1
}

test_revoked_after_activation_is_quiet if {
	later := object.union(testdata.poa_transfer, {"revoked_on": "2026-06-01"})
	vs := subscription_activator_authorised.deny with input as testdata.with_poas([testdata.poa_protected, later])
	vs == set()
	# a revoked one beside another in force that day
	other := object.union(testdata.poa_transfer, {"valid_from": "2026-02-01", "revoked_on": null})
	both := subscription_activator_authorised.deny with input as testdata.with_poas([testdata.poa_protected, object.union(testdata.poa_transfer, {"revoked_on": "2026-01-20"}), other])
	both == set()
}

test_methods_without_subscription_are_not_checked if {
	# provisioning_api and file_upload have no subscription; a stale record is not checked
	api := subscription_activator_authorised.deny with input as testdata.with_entity({"transfer": {"method": "provisioning_api", "subscription": {"activated_by": "anders"}}})
	api == set()
	up := subscription_activator_authorised.deny with input as testdata.with_entity({"transfer": {"method": "file_upload", "subscription": {"activated_by": null}}})
	up == set()
}
