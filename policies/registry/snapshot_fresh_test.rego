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
	v.msg == "the Skolenhetsregistret snapshot was extracted on 2026-10-25, 31 days before 2026-11-25 (more than 30)"
}
