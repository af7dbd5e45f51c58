package provkoll.rules.pseudo.alias_flag_consistent_test

import data.provkoll.lib.testdata
import data.provkoll.rules.pseudo.alias_flag_consistent

_flag(x) := {"organiser": {"school_data_system": {"transfer_settings": {"mark_alias_as_protected": x}}}}

_method(m) := {"protected_data": {"pseudonymisation": {"method": m}}}

test_unflagged_with_attested_own_is_quiet if {
	# base: flag false, both entities attested own
	vs := alias_flag_consistent.deny with input as testdata.two_entities
	vs == set()
}

test_flagged_is_quiet_whatever_the_method if {
	inp := object.union(testdata.with_entity(_method("skolverket")), _flag(true))
	a := alias_flag_consistent.deny with input as inp
	a == set()
	b := alias_flag_consistent.deny with input as object.union(testdata.with_entity(_method("skolverket")), _flag(null))
	b == set()
}

test_skolverket_with_unflagged_aliases_fires if {
	# the reverse case of domain.md: Skolverket pseudonymises, yet aliases are not marked
	vs := alias_flag_consistent.deny with input as testdata.with_entity(_method("skolverket"))
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "method"]
	v.subject == "212999-9997"
	v.message == "skolverket"
	v.args.name == "Exempelby kommun"
	v.args.org_nr == "212999-9997"
}

test_unattested_own_fires if {
	vs := alias_flag_consistent.deny with input as testdata.with_entity({"protected_data": {"pseudonymisation": {"attested_by": null}}})
	count(vs) == 1
	some v in vs
	v.message == "own"
}

test_attested_fictitious_users_is_quiet if {
	# issue 15: fictitious users with TF-nummer are the organiser's own pseudonymisation; the old
	# test here expected a finding for an attested fictitious_users method (the false alarm)
	ab := object.union(testdata.entity_ab, _method("fictitious_users"))
	vs := alias_flag_consistent.deny with input as testdata.with_entities([testdata.entity, ab])
	vs == set()
}

test_fires_per_entity_without_attested_own if {
	ab := object.union(testdata.entity_ab, {"protected_data": {"pseudonymisation": {"method": "fictitious_users", "attested_on": null}}})
	vs := alias_flag_consistent.deny with input as testdata.with_entities([testdata.entity, ab])
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 1, "protected_data", "pseudonymisation", "method"]
	v.subject == "556999-9997"
	v.message == "fictitious_users"
	v.args.name == "Exempelskolan AB"
	v.args.org_nr == "556999-9997"
}

test_intermediary_file_does_not_allow_unflagged_aliases if {
	vs := alias_flag_consistent.deny with input as testdata.with_entity(_method("intermediary_file"))
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "protected_data", "pseudonymisation", "method"]
	v.message == "intermediary_file"

	# flagged: quiet
	ok := alias_flag_consistent.deny with input as object.union(testdata.with_entity(_method("intermediary_file")), _flag(true))
	ok == set()
}

test_own_methods if {
	alias_flag_consistent.own_methods == {"own", "fictitious_users"}
}

test_no_method_fires if {
	vs := alias_flag_consistent.deny with input as testdata.with_entity({"protected_data": {"pseudonymisation": null}})
	count(vs) == 1
	some v in vs
	v.message == "no_method"
}

test_string_false_is_not_false if {
	# YAML 1.2: a quoted "false" is a string; the schema rejects it, the rule does not guess
	vs := alias_flag_consistent.deny with input as object.union(testdata.with_entity(_method("skolverket")), _flag("false"))
	vs == set()
}

test_an_unknown_method_is_named if {
	vs := alias_flag_consistent.deny with input as testdata.with_entity(_method("manual"))
	{[v.message, v.args.method] | some v in vs} == {["other_method", "manual"]}
}
