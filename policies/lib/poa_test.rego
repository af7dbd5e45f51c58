package provkoll.lib.poa_test

import data.provkoll.lib.poa

_ctx := {"context": {"as_of": "2026-11-25"}}

_p := {"holder": "anders", "scope": "transfer", "valid_from": "2026-01-10", "valid_until": "2027-06-30"}

test_active_within_its_period if {
	poa.active_on(_p, "2026-11-25") with input as _ctx
	not poa.active_on(_p, "2027-07-01") with input as _ctx
	not poa.active_on(_p, "2026-01-09") with input as _ctx
}

test_revoked_covers_nothing_from_that_day if {
	r := object.union(_p, {"revoked_on": "2026-12-01"})
	poa.active_on(r, "2026-11-30") with input as _ctx
	not poa.active_on(r, "2026-12-01") with input as _ctx
	not poa.covers(r, "2027-02-22", "2027-03-19") with input as _ctx
}

test_covers_a_whole_window if {
	poa.covers(_p, "2027-02-22", "2027-03-19") with input as _ctx
	not poa.covers(object.union(_p, {"valid_until": "2027-03-12"}), "2027-02-22", "2027-03-19") with input as _ctx
	not poa.covers(object.union(_p, {"valid_from": "2027-03-01"}), "2027-02-22", "2027-03-19") with input as _ctx
}

test_open_ended_covers if {
	poa.covers(object.remove(_p, ["valid_until"]), "2027-02-22", "2030-01-01") with input as _ctx
}
