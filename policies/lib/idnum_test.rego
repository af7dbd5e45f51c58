package provkoll.lib.idnum_test

import data.provkoll.lib.idnum

# All numbers here are fictional. None has a third digit of 0 or 1 with a real date around it
# and a valid check digit, so none is a personnummer.

test_valid_forms if {
	idnum.valid_org_nr("212999-9997")
	idnum.valid_org_nr("2129999997")
	idnum.valid_org_nr("162129999997")
	idnum.valid_org_nr("556999-9997")
	idnum.valid_org_nr("802999-9995")
	idnum.valid_org_nr("202100-4185") # Skolverket
}

test_wrong_check_digit if {
	not idnum.valid_org_nr("212999-9998")
	idnum.org_nr_problems("212999-9998") == {{"message": "check_digit", "args": {"digit": "8"}}}
}

test_third_digit_below_two if {
	# 551399-9994 passes Luhn, but its third digit is 1 (and 13 is no month, so it is no
	# personnummer either)
	luhn_ok("5513999994")
	idnum.org_nr_problems("551399-9994") == {{"message": "third_digit", "args": {"digit": "1"}}}
	not idnum.valid_org_nr("551399-9994")
}

test_third_digit_two_is_the_boundary if {
	idnum.valid_org_nr("552099-9995")
	luhn_ok("5520999995")
}

test_first_digit_four if {
	luhn_ok("4129999993")
	idnum.org_nr_problems("412999-9993") == {{"message": "first_digit", "args": {"digit": "4"}}}
}

test_several_problems_at_once if {
	count(idnum.org_nr_problems("451399-9990")) == 3
}

test_sixteen_prefix if {
	idnum.org_nr_digits("165569999997") == "5569999997"
	not idnum.valid_org_nr("165569999990")
	# 16 followed by a dash form, or 17 + 10 digits, are not accepted forms
	not idnum.valid_org_nr("16556999-9997")
	not idnum.valid_org_nr("175569999997")
	# a 10-digit number starting with 16 is an ordinary 10-digit number
	idnum.org_nr_digits("1629999997") == "1629999997"
}

test_malformed if {
	idnum.org_nr_problems("21299-99997") == {{"message": "not_ten_digits", "args": {}}}
	not idnum.valid_org_nr("")
	not idnum.valid_org_nr("212999 9997")
	not idnum.valid_org_nr("212999-99970")
	not idnum.valid_org_nr("212999+9997")
	idnum.org_nr_problems(2129999997) == {{"message": "not_a_string", "args": {}}}
	idnum.org_nr_problems(null) == {{"message": "not_a_string", "args": {}}}
	# only ASCII digits, the dash only after the sixth
	not idnum.org_nr_digits("21299a9997")
	not idnum.org_nr_digits("212999-99a7")
	not idnum.org_nr_digits("2129999-997")
	not idnum.org_nr_digits("212999--997")
	not idnum.org_nr_digits("١٢٣٤٥٦٧٨٩٠")
	not idnum.org_nr_digits("-212999999")
}

test_org_nr_key if {
	idnum.org_nr_key("212999-9997") == "2129999997"
	idnum.org_nr_key("162129999997") == "2129999997"
	idnum.org_nr_key("2129999997") == "2129999997"
	idnum.org_nr_key("not a number") == "not a number"
}

luhn_ok(d) if data.provkoll.lib.luhn.valid(d)
