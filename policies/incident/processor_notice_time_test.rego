package provkoll.rules.incident.processor_notice_time_test

import data.provkoll.lib.testdata
import data.provkoll.rules.incident.processor_notice_time

_ist := testdata.base.processors[0]

_notice(h) := object.union(testdata.base, {"processors": [object.union(_ist, {"dpa": {"breach_notice_hours": h}})]})

test_within_deadline_is_quiet if {
	vs := processor_notice_time.deny with input as testdata.base
	vs == set()
	faster := processor_notice_time.deny with input as _notice(1)
	faster == set()
}

test_longer_than_deadline_fires if {
	vs := processor_notice_time.deny with input as _notice(24)
	count(vs) == 1
	some v in vs
	v.path == ["processors", 0, "dpa", "breach_notice_hours"]
	v.subject == "ist"
	v.msg == "the DPA with ist (IST Group AB) lets it report a breach within 24 hours, later than the 4-hour deadline for reporting to Skolverket"
	v.args == {"processor": "ist", "deadline": 4}
}

test_follows_the_routines_deadline if {
	# a 2-hour routine makes a 3-hour processor too slow; an 8-hour one would let it pass
	tight := object.union(_notice(3), {"incident_routine": {"skolverket": {"within_hours": 2}}})
	vs := processor_notice_time.deny with input as tight
	count(vs) == 1
	some v in vs
	v.args.deadline == 2
	loose := object.union(_notice(8), {"incident_routine": {"skolverket": {"within_hours": 8}}})
	ok := processor_notice_time.deny with input as loose
	ok == set()
}

test_no_routine_uses_four_hours if {
	vs := processor_notice_time.deny with input as object.union(_notice(5), {"incident_routine": null})
	count(vs) == 1
	ok := processor_notice_time.deny with input as object.union(_notice(4), {"incident_routine": null})
	ok == set()
}

test_no_notice_time_fires if {
	vs := processor_notice_time.deny with input as _notice(null)
	count(vs) == 1
	some v in vs
	v.msg == "the DPA with ist (IST Group AB) states no time within which it reports a breach (dpa.breach_notice_hours)"
}

test_no_dpa_is_left_to_gdpr_001 if {
	p := object.remove(_ist, ["dpa"])
	vs := processor_notice_time.deny with input as object.union(testdata.base, {"processors": [p]})
	vs == set()
}
