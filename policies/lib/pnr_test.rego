package provkoll.lib.pnr_test

import data.provkoll.lib.luhn
import data.provkoll.lib.pnr

# No number in this file is written out: every valid one is built at run time from a date, a
# birth number and the Luhn check digit, so the repository holds no personnummer.

# _num(date, sep, nnn): date (YYMMDD or YYYYMMDD) + sep + nnn + the check digit of the 10-digit form
_num(date, sep, nnn) := concat("", [date, sep, nnn, format_int(luhn.check_digit(concat("", [substring(date, count(date) - 6, 6), nnn])), 10)])

# _wide(s): s with its digits and `-` full-width, as East Asian input methods write them
_wide(s) := strings.replace_n({"0": "０", "1": "１", "2": "２", "3": "３", "4": "４", "5": "５", "6": "６", "7": "７", "8": "８", "9": "９", "-": "－"}, s)

# the same with a wrong check digit
_bad(date, sep, nnn) := concat("", [date, sep, nnn, format_int((luhn.check_digit(concat("", [substring(date, count(date) - 6, 6), nnn])) + 1) % 10, 10)])

test_personnummer_forms if {
	pnr.is_personnummer(_num("850709", "-", "123"))
	pnr.is_personnummer(_num("850709", "", "123"))
	pnr.is_personnummer(_num("850709", "+", "123"))
	pnr.is_personnummer(_num("19850709", "-", "123"))
	pnr.is_personnummer(_num("19850709", "", "123"))
	pnr.is_personnummer(_num("20121231", "", "987"))
	not pnr.is_samordningsnummer(_num("850709", "-", "123"))
}

test_samordningsnummer_day_plus_sixty if {
	pnr.is_samordningsnummer(_num("701063", "-", "239"))
	pnr.is_samordningsnummer(_num("19701091", "", "239")) # the 31st
	pnr.kind(_num("850761", "-", "123")) == "samordningsnummer" # the 1st
	not pnr.valid(_num("850760", "-", "123")) # day 0
	not pnr.valid(_num("850792", "-", "123")) # the 32nd
	not pnr.valid(_num("850232", "-", "123")) # days 32-60 are neither
	not pnr.valid(_num("850259", "-", "123"))
}

test_wrong_check_digit if {
	not pnr.valid(_bad("850709", "-", "123"))
	not pnr.valid(_bad("19850709", "", "123"))
	not pnr.valid(_bad("701063", "-", "239"))
}

test_not_a_real_date if {
	not pnr.valid(_num("851309", "-", "123")) # month 13
	not pnr.valid(_num("850009", "-", "123")) # month 0
	not pnr.valid(_num("850431", "-", "123")) # 31 April
	not pnr.valid(_num("850400", "-", "123")) # day 0
	pnr.valid(_num("850430", "-", "123"))
}

test_leap_day if {
	pnr.valid(_num("840229", "-", "123"))
	pnr.valid(_num("000229", "-", "123")) # 2000 was a leap year
	not pnr.valid(_num("850229", "-", "123"))
	pnr.valid(_num("20000229", "", "123"))
	not pnr.valid(_num("19000229", "", "123"))
	pnr.valid(_num("19960289", "", "123")) # samordningsnummer on 29 February
	not pnr.valid(_num("19970289", "", "123"))
}

test_organisation_numbers_are_not_personnummer if {
	not pnr.valid("212999-9997")
	not pnr.valid("556999-9997")
	not pnr.valid("802999-9995")
	not pnr.valid("162129999997")
	not pnr.valid("2021004185")
	# third digit 2 is month 20 or more, whatever the check digit
	not pnr.valid(_num("552009", "-", "123"))
}

test_every_valid_form_is_likely_and_organisation_numbers_are_not if {
	forms := [
		_num("850709", "-", "123"), _num("850709", "+", "123"), _num("850709", "", "123"),
		_num("19850709", "-", "123"), _num("19850709", "", "123"),
		_num("701063", "-", "239"), _num("20121231", "", "456"),
	]
	every n in forms {
		pnr.valid(n)
		regex.match(pnr.likely, n)
	}
	# the ten-digit forms every school carries; a twelve-digit 16… form may match, and find
	# then rejects it
	every org in ["212999-9997", "556999-9997", "802999-9995", "2021004185"] {
		not regex.match(pnr.likely, org)
	}
}

test_shapes if {
	not pnr.valid(_num("0850709", "-", "123")) # 11 digits
	not pnr.valid(_num("21850709", "", "123")) # century 21
	not pnr.valid(concat("", [_num("850709", "-", "123"), "0"]))
	not pnr.valid(concat(" ", ["x", _num("850709", "-", "123")]))
	not pnr.valid(8507091234)
	not pnr.valid(null)
	not pnr.digits10("8507-091234")
	pnr.digits10(concat("", ["19", "850709", "-", "1234"])) == "8507091234"
}

test_find_in_text if {
	n := _num("850709", "-", "123")
	s := _num("701063", "", "239")
	text := sprintf("Elev %s bytte skola; se även %s. Ring 08-123 45 67 eller skriv 2026-11-25.", [n, s])
	pnr.find(text) == {n, s}
	pnr.find("Exempelby kommun, 212999-9997, skolenhet 80001101, 2026-11-25") == set()
	pnr.find(null) == set()
	# a valid number inside a longer run of digits is not one
	pnr.find(concat("", ["1", _num("850709", "", "123")])) == set()
}

test_mask if {
	pnr.mask(_num("850709", "-", "123")) == "850709-****"
	pnr.mask(_num("850709", "", "123")) == "850709****"
	pnr.mask(_num("19850709", "", "123")) == "19850709****"
	n := _num("850709", "-", "123")
	masked := pnr.mask_text(sprintf("se %s i HR", [n]))
	masked == "se 850709-**** i HR"
	not contains(masked, n)
}


test_unicode_separators if {
	# en dash (Word, Excel), NBSP, narrow NBSP, minus sign, zero-width space, and a spaced dash
	every sep in ["\u2013", "\u00a0", " ", "\u202f", "\u2212", "_", ".", "/", "\u200b", " - "] {
		n := _num("850709", sep, "123")
		pnr.valid(n)
		pnr.find(sprintf("Elev %s bytte skola.", [n])) == {n}
		pnr.mask(n) == concat("", ["850709", sep, "****"])
	}
	pnr.valid(_num("19850709", "\u2013", "123"))
}

test_full_width_digits if {
	n := _wide(_num("850709", "-", "123"))
	pnr.is_personnummer(n)
	pnr.digits10(n) == _num("850709", "", "123")
	pnr.find(sprintf("(%s)", [n])) == {n}
	pnr.mask(n) == "８５０７０９－****"
	# a mix of both
	pnr.valid(concat("", ["850709-", substring(_wide(_num("850709", "", "123")), 6, 4)]))
}

test_not_separators if {
	every sep in [",", ":", "*", "|", "\n", "\t", " -  "] {
		not pnr.valid(_num("850709", sep, "123"))
		pnr.find(_num("850709", sep, "123")) == set()
	}
}

test_not_inside_a_word_or_a_longer_number if {
	n := _num("850709", "", "123")
	pnr.find(concat("", ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca4959f", n])) == set()
	pnr.find(concat("", [n, "c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b78"])) == set()
	pnr.find(concat("", ["x", _num("850709", "-", "123")])) == set()
	pnr.find(concat("", [_num("19850709", "", "123"), "1234"])) == set()
	pnr.find(concat("", ["1", _num("850709", "-", "123")])) == set()
}

test_numbers_side_by_side if {
	a := _num("850709", "-", "123")
	b := _num("701063", "\u2013", "239")
	pnr.find(sprintf("%s %s", [a, b])) == {a, b}
	pnr.find(sprintf("%s/%s", [a, b])) == {a, b}
	pnr.mask_text(sprintf("%s, %s", [a, b])) == "850709-****, 701063\u2013****"
}
