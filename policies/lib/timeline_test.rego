package provkoll.lib.timeline_test

import data.provkoll.lib.testdata
import data.provkoll.lib.timeline

_poa(until) := object.union(testdata.poa_transfer, {"valid_until": until})

_item_of(inp) := item if {
	items := timeline.items with input as inp
	some item in items
	item.kind == "power_of_attorney"
	item.path == ["legal_entities", 0, "powers_of_attorney", 0]
}

# vt2027-ak9: 2027-03-08 – 2027-03-19, ready_by 2027-02-22; as_of 2026-11-25

test_expiring_on_the_windows_last_day_covers_it if {
	item := _item_of(testdata.with_poas([_poa("2027-03-19")]))
	item.windows == [{"id": "vt2027-ak9", "start": "2027-03-08", "end": "2027-03-19", "covered": true}]
	item.state == "valid"
}

test_expiring_the_day_before_does_not if {
	item := _item_of(testdata.with_poas([_poa("2027-03-18")]))
	item.windows[0].covered == false
}

test_no_end_date_is_indefinite if {
	item := _item_of(testdata.with_poas([object.remove(testdata.poa_transfer, ["valid_until"])]))
	item.windows[0].covered == true
	item.valid_until == null
}

test_valid_only_after_ready_by_does_not_cover if {
	item := _item_of(testdata.with_poas([object.union(testdata.poa_transfer, {"valid_from": "2027-02-23"})]))
	item.windows[0].covered == false
	item.state == "not_yet_valid"
}

test_states_follow_as_of if {
	expired := _item_of(testdata.with_poas([_poa("2026-11-24")]))
	expired.state == "expired"
	soon := _item_of(testdata.with_poas([_poa("2026-12-25")]))
	soon.state == "expiring"
}

test_a_past_window_is_not_listed if {
	inp := object.union(testdata.base, {"context": {"upcoming_windows": []}})
	item := _item_of(inp)
	item.windows == []
}

test_every_kind_of_artefact_is_listed if {
	items := timeline.items with input as testdata.base
	kinds := {i.kind | some i in items}
	{"power_of_attorney", "attestation", "certificate", "dpa", "employment"} - kinds == set()
}
