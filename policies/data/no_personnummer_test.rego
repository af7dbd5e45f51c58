package provkoll.rules.data.no_personnummer_test

import data.provkoll.lib.luhn
import data.provkoll.lib.testdata
import data.provkoll.rules.data.no_personnummer

# Valid numbers are built at run time (date + birth number + Luhn check digit), except on the
# lines marked for pnr-scan, which hold one written out on purpose.

_num(date, sep, nnn) := concat("", [date, sep, nnn, format_int(luhn.check_digit(concat("", [substring(date, count(date) - 6, 6), nnn])), 10)])

test_base_is_quiet if {
	vs := no_personnummer.deny with input as testdata.indexed(testdata.base)
	vs == set()
}

test_literal_personnummer_in_notes_fires if {
	inp := testdata.with_entity({"notes": "Kontakt: Anders, 811218-9876, via växeln."}) # pnr-scan: allow
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	count(vs) == 1
	some v in vs
	v.path == ["legal_entities", 0, "notes"]
	v.subject == "811218-****"
	v.message == "identity_number"
	v.args.kind == "personnummer"
	v.args.masked == "811218-****"
	v.args == {"kind": "personnummer", "the_kind": {"message": "the_personnummer"}, "masked": "811218-****"}
	not contains(sprintf("%v", [v.args]), "9876")
}

test_samordningsnummer_and_twelve_digits if {
	s := _num("701063", "-", "239")
	p := _num("19850709", "", "123")
	people := array.concat(testdata.base.people, [{"id": "ola", "name": concat(" ", ["Ola", p]), "email": "ola@exempelby.example"}])
	inp := object.union(testdata.base, {"organiser": {"notes": sprintf("Reserv: %s.", [s])}, "people": people})
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	{[v.path, v.subject, v.args.kind, v.args.the_kind.message] | some v in vs} == {
		[["organiser", "notes"], "701063-****", "samordningsnummer", "the_samordningsnummer"],
		[["people", count(testdata.base.people), "name"], "19850709****", "personnummer", "the_personnummer"],
	}
	every v in vs {
		not contains(sprintf("%v", [v.args]), s)
		not contains(sprintf("%v", [v.args]), p)
	}
}

test_organisation_numbers_are_not_flagged if {
	# org numbers (third digit >= 2) in every form, school-unit codes and dates
	inp := object.union(testdata.two_entities, {"organiser": {"notes": "212999-9997 2129999997 162129999997 556999-9997 802999-9995 202100-4185 80001101 2026-11-25"}})
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	vs == set()
}

test_context_is_not_scanned if {
	inp := object.union(testdata.base, {"context": {"tool_version": _num("850709", "-", "123")}})
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	vs == set()
}

test_wrong_check_digit_is_not_flagged if {
	inp := testdata.with_entity({"notes": "811218-9875"})
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	vs == set()
}

test_key_is_scanned if {
	n := _num("850709", "-", "123")
	inp := object.union(testdata.base, {"organiser": {"extra": {n: "x"}}})
	vs := no_personnummer.deny with input as testdata.indexed(inp)
	count(vs) == 1
	some v in vs
	v.path == ["organiser", "extra"]
	v.subject == "850709-****"
}
