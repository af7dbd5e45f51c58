# Swedish organisationsnummer (rules-research.md §1.4, §4).
# Accepted forms: `NNNNNN-NNNN`, `NNNNNNNNNN`, and the 12-digit form `16NNNNNNNNNN`.
# The 10 digits: the first (group number, legal form) is one of 1 2 3 5 6 7 8 9; the third is 2
# or more (digits 3-4 >= 20, so it never looks like a personnummer's month); the tenth is the
# Luhn check digit. A passing number is well formed, not proof that it is registered.
package provkoll.lib.idnum

import data.provkoll.lib.luhn

_allowed_first := {"1", "2", "3", "5", "6", "7", "8", "9"}

# org_nr_digits(s): the 10 digits of an organisationsnummer written in an accepted form,
# undefined when s is not in such a form (whatever its digits).
org_nr_digits(s) := s if {
	is_string(s)
	count(s) == 10
	_digits_only(s)
}

org_nr_digits(s) := d if {
	is_string(s)
	count(s) == 11
	substring(s, 6, 1) == "-"
	d := concat("", [substring(s, 0, 6), substring(s, 7, 4)])
	_digits_only(d)
}

org_nr_digits(s) := substring(s, 2, 10) if {
	is_string(s)
	count(s) == 12
	startswith(s, "16")
	_digits_only(s)
}

# Without a regular expression: every rule that compares organisation numbers calls this for
# each entity and school, and a match costs the engine far more than trimming a string.
_digits_only(s) if trim_left(s, "0123456789") == ""

org_nr_problems(s) := {{"message": "not_a_string", "args": {}}} if not is_string(s)

org_nr_problems(s) := {{"message": "not_ten_digits", "args": {}}} if {
	is_string(s)
	not org_nr_digits(s)
}

org_nr_problems(s) := _digit_problems(d) if d := org_nr_digits(s)

# A function of its own, not a comprehension after `d := org_nr_digits(s)`: regorus' RVM
# (0.14.1) goes on past an undefined function call when a comprehension follows it in the body.
_digit_problems(d) := {p |
	some p in [
		_first_digit_problem(d),
		_third_digit_problem(d),
		_check_digit_problem(d),
	]
	p != null
}

_first_digit_problem(d) := null if substring(d, 0, 1) in _allowed_first

else := {"message": "first_digit", "args": {"digit": substring(d, 0, 1)}}

_third_digit_problem(d) := null if to_number(substring(d, 2, 1)) >= 2

else := {"message": "third_digit", "args": {"digit": substring(d, 2, 1)}}

_check_digit_problem(d) := null if luhn.valid(d)

else := {"message": "check_digit", "args": {"digit": substring(d, 9, 1)}}

# valid_org_nr(s) is true when s is a well-formed organisationsnummer.
valid_org_nr(s) if count(org_nr_problems(s)) == 0

# org_nr_key(s): a key to compare organisation numbers by: the 10 digits when s is in an
# accepted form (so `212999-9997`, `2129999997` and `162129999997` are equal), else s itself.
# Two bodies, not `else`: regorus' RVM (0.14.1) never reaches an `else` whose first body binds
# the value of a function call that is undefined; tests/engine.rs compares it to the interpreter.
org_nr_key(s) := d if d := org_nr_digits(s)

org_nr_key(s) := s if not org_nr_digits(s)
