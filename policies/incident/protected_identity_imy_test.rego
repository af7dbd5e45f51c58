package provkoll.rules.incident.protected_identity_imy_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.protected_identity_imy

_always(x) := object.union(testdata.base, {"incident_routine": {"protected_identity_exposure_always_reported": x}})

test_always_reported_is_quiet if {
	vs := protected_identity_imy.deny with input as testdata.base
	vs == set()
}

test_false_fires if {
	vs := protected_identity_imy.deny with input as _always(false)
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "protected_identity_exposure_always_reported"]
	v.subject == "incident_routine"
	v.message == "not_always"
	v.args.value == "false"
}

test_absent_fires if {
	inp := object.union(object.remove(testdata.base, ["incident_routine"]), {"incident_routine": object.remove(testdata.base.incident_routine, ["protected_identity_exposure_always_reported"])})
	vs := protected_identity_imy.deny with input as inp
	count(vs) == 1
	some v in vs
	v.message == "not_always"
	v.args.value == "null"
}

test_no_routine_is_left_to_incident_001 if {
	vs := protected_identity_imy.deny with input as object.union(testdata.base, {"incident_routine": null})
	vs == set()
}
