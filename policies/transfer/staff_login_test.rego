package provkoll.rules.transfer.staff_login_test

import data.provkoll.lib.testdata
import data.provkoll.rules.transfer.staff_login

_login(patch) := object.union(testdata.base, {"organiser": {"login": patch}})

test_level_two_with_eppn_is_quiet if {
	vs := staff_login.deny with input as testdata.two_entities
	vs == set()
	three := staff_login.deny with input as _login({"staff_assurance_level": 3})
	three == set()
}

test_level_one_fires if {
	vs := staff_login.deny with input as _login({"staff_assurance_level": 1})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "login", "staff_assurance_level"]
	v.subject == "login"
	v.message == "level_too_low"
	v.args.level == "1"
	v.args.field == "staff_assurance_level"
}

test_missing_level_fires if {
	vs := staff_login.deny with input as _login({"staff_assurance_level": null})
	count(vs) == 1
	some v in vs
	v.message == "no_level"
}

test_eppn_not_released_fires if {
	vs := staff_login.deny with input as _login({"releases_eppn": false})
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "login", "releases_eppn"]
	v.subject == "login"
	v.message == "no_eppn"
	v.args == {"field": "releases_eppn"}
}

test_no_login_at_all_fires_twice if {
	vs := staff_login.deny with input as object.union(testdata.base, {"organiser": {"login": null}})
	{v.path[2] | some v in vs} == {"staff_assurance_level", "releases_eppn"}
	{v.message | some v in vs; v.path[2] == "releases_eppn"} == {"eppn_not_recorded"}
}
