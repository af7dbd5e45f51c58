# Luhn (mod 10) check over a string of digits, as used by Swedish organisationsnummer,
# personnummer and samordningsnummer: counting from the right, every second digit is doubled
# (9 is subtracted when the product exceeds 9), and the sum must be divisible by 10.
package provkoll.lib.luhn

# digit -> the sum of the digits of twice the digit
_doubled := [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]

# valid(digits) is true when digits is a non-empty string of ASCII digits whose Luhn sum is
# divisible by 10.
valid(digits) if {
	is_string(digits)
	regex.match(`^[0-9]+$`, digits)
	sum(_terms(digits)) % 10 == 0
}

# check_digit(digits) is the digit that makes digits followed by it pass valid(): handy to
# build fictional test data.
check_digit(digits) := (10 - (sum(_terms(concat("", [digits, "0"]))) % 10)) % 10 if {
	is_string(digits)
	regex.match(`^[0-9]+$`, digits)
}

_terms(digits) := [t |
	n := count(digits)
	some i in numbers.range(0, n - 1)
	d := to_number(substring(digits, i, 1))
	t := [d, _doubled[d]][(n - 1 - i) % 2]
]
