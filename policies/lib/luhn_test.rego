package provkoll.lib.luhn_test

import data.provkoll.lib.luhn

test_valid_numbers if {
	luhn.valid("2129999997")
	luhn.valid("5569999997")
	luhn.valid("8029999995")
	luhn.valid("2021004185") # Skolverket's organisationsnummer
	luhn.valid("0")
	luhn.valid("18") # doubling 1 from the right
}

test_wrong_check_digit if {
	not luhn.valid("2129999998")
	not luhn.valid("5569999990")
	not luhn.valid("1")
}

test_doubled_digit_above_nine if {
	# 9 doubled is 18 -> 1 + 8 = 9; 9 + 1 = 10
	luhn.valid("91")
	not luhn.valid("92")
}

test_not_digits if {
	not luhn.valid("")
	not luhn.valid("212999-9997")
	not luhn.valid(" 2129999997")
	not luhn.valid(2129999997)
	not luhn.valid(null)
}

test_check_digit if {
	luhn.check_digit("212999999") == 7
	luhn.check_digit("802999999") == 5
	luhn.check_digit("9") == 1
	not luhn.check_digit("21x")
}
