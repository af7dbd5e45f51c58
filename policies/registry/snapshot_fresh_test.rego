package provkoll.rules.registry.snapshot_fresh_test

import data.provkoll.lib.testdata
import data.provkoll.rules.registry.snapshot_fresh

_extracted(d) := object.union(testdata.registered, {"registry": {"extract_date": d}})

test_a_recent_snapshot_is_quiet if {
	count(snapshot_fresh.deny) == 0 with input as testdata.registered
	# exactly 30 days still counts
	count(snapshot_fresh.deny) == 0 with input as _extracted("2026-10-26")
	count(snapshot_fresh.deny) == 0 with input as testdata.two_entities
}

test_an_old_snapshot_fires if {
	vs := snapshot_fresh.deny with input as _extracted("2026-10-25")
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "registry"]
	v.message == "stale"
	v.args == {"extract_date": "2026-10-25", "age_days": 31, "as_of": "2026-11-25", "max_days": 30}
}
