package provkoll.rules.transfer.file_upload_in_time_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.file_upload_in_time

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22.
# calle's transfer power of attorney: 2026-01-10 to 2027-06-30.

_upload(date, status, by) := {"date": date, "status": status, "by": by}

_with_uploads(uploads) := testdata.with_entity({"transfer": {
	"method": "file_upload",
	"service_address": null,
	"subscription": null,
	"file_uploads": uploads,
}})

_later := {"id": "vt2027-ak6", "name": "Åk 6, engelska och matematik", "start": "2027-04-12", "end": "2027-04-23", "ready_by": "2027-03-29"}

_two_windows(inp) := object.union(inp, {"context": {"upcoming_windows": array.concat(testdata.base.context.upcoming_windows, [_later])}})

test_upload_in_time_is_quiet if {
	vs := file_upload_in_time.deny with input as _with_uploads([_upload("2027-02-01", "planned", "calle")])
	vs == set()
	done := file_upload_in_time.deny with input as _with_uploads([_upload("2026-10-05", "done", "calle")])
	done == set()
	# on the ready-by date itself, and without a recorded uploader
	on_day := file_upload_in_time.deny with input as _with_uploads([_upload("2027-02-22", "planned", null)])
	on_day == set()
}

test_machine_methods_are_not_checked if {
	vs := file_upload_in_time.deny with input as testdata.two_entities
	vs == set()
}

test_no_upload_fires if {
	vs := file_upload_in_time.deny with input as _with_uploads([])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "file_uploads"]
	v.subject == "212999-9997"
	v.message == "no_upload"
	v.args.name == "Exempelby kommun (212999-9997)"
	v.args.ready_by == "2027-02-22"
	v.args.lead_days == 14
	v.args.window == "vt2027-ak9"
	v.args.window_name == "Åk 9, engelska och matematik"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
	v.args.org_nr == "212999-9997"
	absent := file_upload_in_time.deny with input as testdata.with_entity({"transfer": {"method": "file_upload"}})
	{w.path | some w in absent} == {["legal_entities", 0, "transfer", "file_uploads"]}
}

test_upload_the_day_after_ready_by_fires if {
	vs := file_upload_in_time.deny with input as _with_uploads([_upload("2027-02-23", "planned", "calle")])
	{v.args.window | some v in vs} == {"vt2027-ak9"}
}

test_each_window_needs_an_upload_before_it if {
	# an upload between the two ready-by dates is in time for the second window only
	between := file_upload_in_time.deny with input as _two_windows(_with_uploads([_upload("2027-03-01", "planned", "calle")]))
	{[v.args.window, v.message] | some v in between} == {["vt2027-ak9", "no_upload"]}
	# none at all: the first window is named, the second listed
	none := file_upload_in_time.deny with input as _two_windows(_with_uploads([]))
	{[v.message, v.args.window, v.args.further] | some v in none} == {[
		"no_upload_nor_later", "vt2027-ak9",
		[{"message": "later_window", "args": {"window": "vt2027-ak6", "ready_by": "2027-03-29"}}],
	]}
	# one early upload serves both
	early := file_upload_in_time.deny with input as _two_windows(_with_uploads([_upload("2027-02-01", "done", "calle")]))
	early == set()
}

test_no_upcoming_window_is_quiet if {
	vs := file_upload_in_time.deny with input as object.union(_with_uploads([]), {"context": {"upcoming_windows": []}})
	vs == set()
}

test_uploader_without_transfer_poa_warns if {
	# anders holds only a protected_data power of attorney
	vs := file_upload_in_time.deny with input as _with_uploads([_upload("2027-02-01", "planned", "anders")])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "file_uploads", 0, "by"]
	v.subject == "212999-9997"
	v.severity == "warning"
	v.message == "not_an_agent"
	v.args.name == "Exempelby kommun (212999-9997)"
	v.args.date == "2027-02-01"
	v.args.status == "planned"
	v.args.by == "anders"
}

test_uploader_poa_checked_on_the_upload_date if {
	# calle's power of attorney ends 2027-06-30 and was revoked 2027-01-15
	revoked := object.union(testdata.poa_transfer, {"revoked_on": "2027-01-15"})
	e := object.union(testdata.entity, {
		"powers_of_attorney": [testdata.poa_protected, revoked],
		"transfer": {"method": "file_upload", "file_uploads": [_upload("2026-10-05", "done", "calle"), _upload("2027-02-01", "planned", "calle")]},
	})
	vs := file_upload_in_time.deny with input as testdata.with_entities([e])
	{v.path | some v in vs} == {["legal_entities", 0, "transfer", "file_uploads", 1, "by"]}
	late := file_upload_in_time.deny with input as _with_uploads([_upload("2027-02-01", "done", "calle"), _upload("2027-07-01", "planned", "calle")])
	{v.path | some v in late} == {["legal_entities", 0, "transfer", "file_uploads", 1, "by"]}
}
