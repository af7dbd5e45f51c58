package provkoll.rules.incident.incident_log_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.incident_log

test_named_log_is_quiet if {
	vs := incident_log.deny with input as testdata.base
	vs == set()
}

test_absent_log_fires if {
	inp := object.union(object.remove(testdata.base, ["incident_routine"]), {"incident_routine": object.remove(testdata.base.incident_routine, ["log"])})
	vs := incident_log.deny with input as inp
	count(vs) == 1
	some v in vs
	v.path == ["incident_routine", "log"]
	v.subject == "incident_routine"
	v.message == "no_log"
}

test_blank_log_fires if {
	vs := incident_log.deny with input as object.union(testdata.base, {"incident_routine": {"log": "  "}})
	count(vs) == 1
}

test_no_routine_is_left_to_incident_001 if {
	vs := incident_log.deny with input as object.union(testdata.base, {"incident_routine": null})
	vs == set()
}
