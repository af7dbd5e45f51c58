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
	v.msg == "the Skolfederation certificate ist-client-2026 expires 2027-03-18, before the end of window vt2027-ak9 (2027-03-08 – 2027-03-19)"
	v.args == {"certificate": "ist-client-2026", "date": "2027-03-18", "window": "vt2027-ak9"}
}

test_expired_fires if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_after": "2026-11-24"})])
	count(vs) == 1
	some v in vs
	v.msg == "the Skolfederation certificate ist-client-2026 expired on 2026-11-24"
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
	v.msg == "the Skolfederation certificate ist-client-2026 is valid only from 2027-02-23, after 2027-02-22, 14 days before window vt2027-ak9 (2027-03-08 – 2027-03-19)"
}

test_metadata_uploaded_before_not_before_fires if {
	# renewed certificate, metadata from before the renewal
	vs := certificate_validity.deny with input as _with_certs([_cert({"id": "ist-client-2027", "not_before": "2026-09-14"})])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "metadata", "uploaded_on"]
	v.subject == "ist-client-2027"
	v.msg == "the Skolfederation metadata was uploaded on 2026-01-20, before certificate ist-client-2027 became valid (not_before 2026-09-14), so it cannot hold that certificate"
	v.args == {"certificate": "ist-client-2027", "date": "2026-01-20", "window": ""}
}

test_metadata_uploaded_on_not_before_is_quiet if {
	vs := certificate_validity.deny with input as _with_certs([_cert({"not_before": "2026-01-20"})])
	vs == set()
}

test_each_certificate_is_checked if {
	vs := certificate_validity.deny with input as _with_certs([_cert({}), _cert({"id": "old", "not_after": "2026-10-31"})])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates", 1, "not_after"]
	v.subject == "old"
}

test_no_certificate_fires if {
	vs := certificate_validity.deny with input as _with_certs([])
	count(vs) == 1
	some v in vs
	v.path == ["federation", "certificates"]
	v.subject == "federation"
	v.msg == "the Federation document records no certificate, so nothing is valid for the upcoming windows"
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
	v.msg == "the Skolfederation certificate ist-client-2026 expires 2026-12-25, within 30 days of 2026-11-25"
	v.args == {"certificate": "ist-client-2026", "date": "2026-12-25", "window": ""}
}

test_expiring_boundary if {
	ok := certificate_validity.deny with input as _no_windows(_with_certs([_cert({"not_after": "2026-12-26"})]))
	ok == set()

	vs := certificate_validity.deny with input as _no_windows(_with_certs([_cert({"not_after": "2026-11-24"})]))
	{[v.severity, v.msg] | some v in vs} == {[null, "the Skolfederation certificate ist-client-2026 expired on 2026-11-24"]}
}
