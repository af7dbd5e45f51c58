package provkoll.rules.gdpr.legal_basis_test

import data.provkoll.lib.testdata
import data.provkoll.rules.gdpr.legal_basis

_basis(b) := object.union(testdata.base, {"organiser": {"gdpr": {"legal_basis": b}}})

test_base_is_quiet if {
	vs := legal_basis.deny with input as testdata.base
	vs == set()
	two := legal_basis.deny with input as testdata.two_entities
	two == set()
}

test_spellings_are_accepted if {
	every s in [
		"6.1e", "6.1 e", "6.1.e", "6(1)(e)", "6 (1) (e)", "6(1)e", "6.1(e)", "Art. 6.1 e", "art 6.1e",
		"artikel 6.1 e", "Article 6(1)(e) GDPR", "GDPR art. 6(1)(e)", "6.1E", "6.1a", "6.1f",
		"6.1c, 6.1e", "6.1 c och 6.1 e", "6(1)(c) and 6(1)(e)", "6.1e (allmänt intresse)",
		"art. 6.1 e dataskyddsförordningen",
	] {
		legal_basis.valid(s)
	}
}

test_other_values_are_not_grounds if {
	every s in ["6.1g", "6.2", "6", "9.2g", "allmänt intresse", "6.1e och samtycke", "61e", "e", "", "6.1ee"] {
		not legal_basis.valid(s)
	}
	not legal_basis.valid(null)
}

test_unknown_value_fires_naming_it if {
	vs := legal_basis.deny with input as _basis("allmänt intresse")
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "legal_basis"]
	v.subject == "Exempelby kommun"
	v.message == "not_article_6"
	v.args.basis == "allmänt intresse"
	v.args.who == "Exempelby kommun"
}

test_missing_fires if {
	vs := legal_basis.deny with input as _basis(null)
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "gdpr", "legal_basis"]
	v.message == "none"
	v.args.who == "Exempelby kommun"
	blank := legal_basis.deny with input as _basis(" ")
	count(blank) == 1
}

test_entity_basis_takes_precedence if {
	# the organiser records none, but the one entity does: quiet
	inp := object.union(_basis(null), {"legal_entities": [object.union(testdata.entity, {"gdpr": {"legal_basis": "6(1)(e)"}})]})
	a := legal_basis.deny with input as inp
	a == set()

	# a wrong organiser value that no entity takes is not reported
	b := legal_basis.deny with input as object.union(inp, {"organiser": {"gdpr": {"legal_basis": "6.2"}}})
	b == set()
}

test_entity_value_and_gap_fire if {
	ab := object.union(testdata.entity_ab, {"gdpr": {"legal_basis": "berättigat intresse"}})
	inp := object.union(_basis(null), {"legal_entities": [testdata.entity, ab], "schools": [testdata.school, testdata.school_ab]})
	vs := legal_basis.deny with input as inp
	{[v.path, v.subject, v.message, v.args] | some v in vs} == {
		[
			["legal_entities", 0, "gdpr", "legal_basis"], "212999-9997",
			"none_for_entity", {"who": "Exempelby kommun (212999-9997)"},
		],
		[
			["legal_entities", 1, "gdpr", "legal_basis"], "556999-9997",
			"entity_not_article_6", {"who": "Exempelskolan AB (556999-9997)", "basis": "berättigat intresse"},
		],
	}
}
