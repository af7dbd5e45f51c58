package provkoll.rules.transfer.certificate_validity_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.certificate_validity

# as_of 2026-11-25; window vt2027-ak9 2027-03-08 – 2027-03-19, ready by 2027-02-22.
# certificate ist-client-2026: 2026-01-15 to 2027-06-30; metadata uploaded 2026-01-20.

_cert(patch) := object.union(testdata.base.federation.certificates[0], patch)

_with_certs(certs) := object.union(testdata.base, {"federation": {"certificates": certs}})

test_valid_certificate_is_quiet if {
	vs := certificate_validity.deny with input as testdata.two_entities
	vs == set()
}

test_expires_on_last_day_of_window_is_quiet if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_after": "2027-03-19"})])
	vs == set()
}

test_expires_day_before_end_of_window_fires if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_after": "2027-03-18"})])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 0, "not_after"]
	v.subject == "ist-client-2026"
	v.message == "fed_ends_too_soon"
	v.args.certificate == "ist-client-2026"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_expired_fires if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_after": "2026-11-24"})])
	count(vs) == 1
	some v in vs
	v.message == "fed_expired"
	v.args.certificate == "ist-client-2026"
	v.args.date == "2026-11-24"
	v.args.window == ""
}

test_not_before_boundary if {
	# valid from the ready-by date itself, uploaded that day: in time
	ok := certificate_validity.deny with input as object.union(
		_with_certs([_cert({"not_before": "2027-02-22"})]),
		{"federation": {"metadata": {"uploaded_on": "2027-02-22"}}},
	)
	ok == set()
	vs := certificate_validity.deny with input as object.union(
		_with_certs([_cert({"not_before": "2027-02-23"})]),
		{"federation": {"metadata": {"uploaded_on": "2027-02-23"}}},
	)
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 0, "not_before"]
	v.message == "fed_not_valid_in_time"
	v.args.certificate == "ist-client-2026"
	v.args.date == "2027-02-23"
	v.args.ready_by == "2027-02-22"
	v.args.lead_days == "14"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
}

test_metadata_uploaded_before_not_before_fires if {
	# renewed certificate, metadata from before the renewal
	vs := certificate_validity.deny with input as _with_certs([_cert({"id": "ist-client-2027", "not_before": "2026-09-14"})])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_on"]
	v.subject == "ist-client-2027"
	v.message == "uploaded_before_valid"
	v.args.date == "2026-01-20"
	v.args.certificate == "ist-client-2027"
	v.args.not_before == "2026-09-14"
	v.args.window == ""
}

test_metadata_uploaded_on_not_before_is_quiet if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_before": "2026-01-20"})])
	vs == set()
}

test_each_certificate_is_checked if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"id": "old", "not_after": "2026-10-31"}), _cert({"id": "short", "not_after": "2027-03-01"})])
	{[v.path, v.subject, v.severity] | some v in vs} == {
		[["federation", "certificates", 0, "not_after"], "old", null],
		[["federation", "certificates", 1, "not_after"], "short", null],
	}
}

test_superseded_expired_certificate_is_a_warning if {
	# the expired one kept beside a valid successor: remove it, no gap
	vs := certificate_validity.deny with input as _with_certs([_cert({}), _cert({"id": "old", "not_after": "2026-10-31"})])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 1, "not_after"]
	v.subject == "old"
	v.severity == "warning"
	v.message == "superseded"
	v.args.certificate == "old"
	v.args.date == "2026-10-31"
	v.args.next == "ist-client-2026"
	v.args.window == ""
}

test_rollover_certificate_is_quiet if {
	# the current certificate ends before the window, its successor (uploaded after its not_before) covers it
	next := _cert({"id": "ist-client-2027", "not_before": "2026-11-01", "not_after": "2028-06-30"})
	inp := object.union(_with_certs([_cert({"not_after": "2027-01-15"}), next]), {"federation": {"metadata": {"uploaded_on": "2026-11-02"}}})
	vs := certificate_validity.deny with input as inp
	vs == set()
	# a next certificate valid only after the ready-by date, beside one that covers the windows
	later := _cert({"id": "ist-client-2027", "not_before": "2027-03-01", "not_after": "2028-06-30"})
	inp2 := object.union(_with_certs([_cert({}), later]), {"federation": {"metadata": {"uploaded_on": "2027-03-01"}}})
	vs2 := certificate_validity.deny with input as inp2
	vs2 == set()
}

test_successor_not_yet_valid_does_not_supersede if {
	# the old one expired, the new one starts tomorrow: a gap today, so the expiry is an error
	next := _cert({"id": "ist-client-2027", "not_before": "2026-11-26", "not_after": "2028-06-30"})
	inp := object.union(_with_certs([_cert({"id": "old", "not_after": "2026-11-24"}), next]), {"federation": {"metadata": {"uploaded_on": "2026-11-26"}}})
	vs := certificate_validity.deny with input as inp
	{[v.subject, v.severity, v.message, v.args.date] | some v in vs} == {["old", null, "fed_expired", "2026-11-24"]}
}

test_both_expired_are_errors if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"id": "a", "not_after": "2026-10-31"}), _cert({"id": "b", "not_after": "2026-11-24"})])
	{[v.subject, v.severity] | some v in vs} == {["a", null], ["b", null]}
}

test_no_certificate_fires if {
	vs := certificate_validity.deny with input as _with_certs([])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates"]
	v.subject == "federation"
	v.message == "no_certificates"
	none := certificate_validity.deny with input as object.union(testdata.base, {"federation": null})
	none == set()
}

test_no_upcoming_window_checks_only_expiry if {
	inp := object.union(_with_certs([_cert({"not_before": "2026-01-15", "not_after": "2027-01-31"})]), {"context": {"upcoming_windows": []}})
	vs := certificate_validity.deny with input as inp
	vs == set()
}

_no_windows(inp) := object.union(inp, {"context": {"upcoming_windows": []}})

test_expiring_within_warn_days_fires_as_warning if {
	# warn_until 2026-12-25; no upcoming window, so nothing else applies
	vs := certificate_validity.deny with input as _no_windows(_with_certs([_cert({"not_after": "2026-12-25"})]))
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 0, "not_after"]
	v.subject == "ist-client-2026"
	v.severity == "warning"
	v.message == "fed_expiring"
	v.args.certificate == "ist-client-2026"
	v.args.date == "2026-12-25"
	v.args.warn_days == "30"
	v.args.as_of == "2026-11-25"
	v.args.window == ""
}

test_expiring_boundary if {
	ok := certificate_validity.deny with input as _no_windows(_with_certs([_cert({"not_after": "2026-12-26"})]))
	ok == set()

	vs := certificate_validity.deny with input as _no_windows(_with_certs([_cert({"not_after": "2026-11-24"})]))
	{[v.severity, v.message, v.args.certificate, v.args.date] | some v in vs} == {[null, "fed_expired", "ist-client-2026", "2026-11-24"]}
}

# --- only the certificates in use: Moa's where a legal entity takes the Moa route, and the
# entity's own client certificate on the CA route; none for a file upload

_expired_fed := {"federation": {"certificates": [_cert({"not_after": "2026-10-31"})]}}

_upload := {"method": "file_upload", "service_address": null, "subscription": null}

_ca_cert := {
	"id": "siths-212999-9997",
	"issued_by": "SITHS e-id Function CA v1",
	"not_before": "2026-06-01",
	"not_after": "2028-05-31",
	"key": {"algorithm": "ec", "bits": 256},
}

_ca(patch) := testdata.with_entity({"transfer": {"method": "provisioning_api", "authentication": "ca_certificate", "client_certificate": object.union(_ca_cert, patch)}})

test_file_upload_checks_no_certificate if {
	upload := object.union(testdata.with_entity({"transfer": _upload}), {"organiser": {"login": {"idp": "eduid"}}})
	a := certificate_validity.deny with input as object.union(upload, _expired_fed)
	a == set()
	b := certificate_validity.deny with input as object.union(upload, {"federation": {"certificates": []}})
	b == set()
	# an own login service alone does not put Federation certificates in use
	own := testdata.with_entity({"transfer": _upload})
	c := certificate_validity.deny with input as object.union(own, _expired_fed)
	c == set()
	d := certificate_validity.deny with input as object.union(own, {"federation": {"metadata": {"uploaded_on": "2026-01-01"}}})
	d == set()
}

test_ca_route_certificate_is_quiet if {
	vs := certificate_validity.deny with input as _ca({})
	vs == set()
	# Moa certificates and metadata are not in use on the CA route
	old_fed := certificate_validity.deny with input as object.union(_ca({}), _expired_fed)
	old_fed == set()
	no_fed := certificate_validity.deny with input as object.union(_ca({}), {"federation": null})
	no_fed == set()
}

test_ca_route_certificate_expiring_before_window_fires if {
	vs := certificate_validity.deny with input as _ca({"not_after": "2027-03-18"})
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "client_certificate", "not_after"]
	v.subject == "siths-212999-9997"
	v.severity == null
	v.message == "client_ends_too_soon"
	v.args.certificate == "siths-212999-9997"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.date == "2027-03-18"
	v.args.window == "vt2027-ak9"
	v.args.start == "2027-03-08"
	v.args.end == "2027-03-19"
	late := certificate_validity.deny with input as _ca({"not_before": "2027-02-23"})
	{w.path | some w in late} == {["legal_entities", 0, "transfer", "client_certificate", "not_before"]}
}

test_ca_route_without_certificate_fires if {
	e := object.union(testdata.entity, {"transfer": {"method": "provisioning_api", "authentication": "ca_certificate"}})
	vs := certificate_validity.deny with input as testdata.with_entities([e])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "transfer", "client_certificate"]
	v.subject == "212999-9997"
	v.message == "no_client_certificate"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
	v.args.method == "provisioning_api"
	# a client certificate recorded for the Moa route is not checked here
	moa := object.union(testdata.entity, {"transfer": {"client_certificate": object.union(_ca_cert, {"not_after": "2026-01-01"})}})
	quiet := certificate_validity.deny with input as testdata.with_entities([moa])
	quiet == set()
}

test_moa_and_ca_routes_side_by_side if {
	ab := object.union(testdata.entity_ab, {"transfer": {"authentication": "ca_certificate", "client_certificate": object.union(_ca_cert, {"id": "efos-ab", "not_after": "2026-11-01"})}})
	inp := object.union(testdata.with_entities([testdata.entity, ab]), _expired_fed)
	vs := certificate_validity.deny with input as inp
	{[v.path, v.message, v.args.certificate, v.args.date] | some v in vs} == {
		[["federation", "certificates", 0, "not_after"], "fed_expired", "ist-client-2026", "2026-10-31"],
		[["legal_entities", 1, "transfer", "client_certificate", "not_after"], "client_expired", "efos-ab", "2026-11-01"],
	}
}

test_client_certificate_late_or_expiring if {
	late := certificate_validity.deny with input as _ca({"not_before": "2027-02-23"})
	{[v.message, v.args.certificate, v.args.window] | some v in late; v.path[0] == "legal_entities"} == {["client_not_valid_in_time", "siths-212999-9997", "vt2027-ak9"]}
	soon := certificate_validity.deny with input as _no_windows(_ca({"not_after": "2026-12-01"}))
	{[v.message, v.severity, v.args.date] | some v in soon; v.path[0] == "legal_entities"} == {["client_expiring", "warning", "2026-12-01"]}
}
