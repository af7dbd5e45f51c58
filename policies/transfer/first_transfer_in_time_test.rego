package provkoll.rules.transfer.first_transfer_in_time_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.first_transfer_in_time

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22.

_first(d) := testdata.with_entity({"transfer": {"first_transfer_on": d}})

_later := {"id": "vt2027-ak6", "name": "Åk 6", "start": "2027-04-12", "end": "2027-04-23", "ready_by": "2027-03-29"}

test_early_transfer_is_quiet if {
	vs := first_transfer_in_time.deny with input as testdata.two_entities
	vs == set()
}

test_on_ready_by_is_quiet if {
	vs := first_transfer_in_time.deny with input as _first("2027-02-22")
	vs == set()
}

test_day_after_ready_by_fires if {
	vs := first_transfer_in_time.deny with input as _first("2027-02-23")
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "first_transfer_on"]
	v.subject == "212999-9997"
	v.message == "late"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.first == "2027-02-23"
	v.args.ready_by == "2027-02-22"
	v.args.lead_days == 14
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_only_the_next_window_counts if {
	# ready for the first window, so also for the later one; late for the first: one finding
	inp := object.union(_first("2027-03-01"), {"context": {"upcoming_windows": array.concat(testdata.base.context.upcoming_windows, [_later])}})
	vs := first_transfer_in_time.deny with input as inp
	count(vs) == 1
	some v in vs
	v.args.window == "vt2027-ak9"
}

test_missing_first_transfer_fires if {
	vs := first_transfer_in_time.deny with input as _first(null)
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "first_transfer_on"]
	v.message == "not_recorded"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.ready_by == "2027-02-22"
	v.args.lead_days == 14
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_no_method_is_left_to_transfer_001 if {
	vs := first_transfer_in_time.deny with input as testdata.with_entity({"transfer": {"method": null, "first_transfer_on": null}})
	vs == set()
}

test_no_upcoming_window_is_quiet if {
	inp := object.union(_first("2027-06-01"), {"context": {"upcoming_windows": []}})
	vs := first_transfer_in_time.deny with input as inp
	vs == set()
}

test_second_entity if {
	ab := object.union(testdata.entity_ab, {"transfer": {"first_transfer_on": "2027-03-08"}})
	vs := first_transfer_in_time.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "transfer", "first_transfer_on"]
	v.subject == "556999-9997"
}

test_file_upload_is_left_to_transfer_010 if {
	late := first_transfer_in_time.deny with input as testdata.with_entity({"transfer": {"method": "file_upload", "first_transfer_on": "2027-03-01"}})
	late == set()
	missing := first_transfer_in_time.deny with input as testdata.with_entity({"transfer": {"method": "file_upload", "first_transfer_on": null}})
	missing == set()
	api := first_transfer_in_time.deny with input as testdata.with_entity({"transfer": {"method": "provisioning_api", "first_transfer_on": null}})
	count(api) == 1
}
