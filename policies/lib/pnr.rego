# Swedish personnummer and samordningsnummer (rules-research.md §1.4).
# Accepted forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (`+` from the age of 100), `YYMMDDNNNC`, and the
# 12-digit forms with the century (18, 19 or 20) in front, with or without the separator.
# The date part must be a real date; a samordningsnummer has day + 60 (the 3rd is written 63).
# The last digit is the Luhn check digit over the 10-digit form (lib/luhn).
# Without a century the year is taken to be a leap year when YY is divisible by 4 (true for
# either 19YY or 20YY, and 2000 was a leap year), so a 29 February is never missed.
# An organisationsnummer has a third digit of 2 or more (month 20 or higher) and never passes.
package provkoll.lib.pnr

import data.provkoll.lib.luhn

_shape := `^((18|19|20)[0-9]{2}|[0-9]{2})[0-9]{4}[-+]?[0-9]{4}$`

# digits10(s): the 10 digits YYMMDDNNNC of s when s has the shape of a personnummer or
# samordningsnummer (whatever its date and check digit), else undefined.
digits10(s) := d if {
	is_string(s)
	regex.match(_shape, s)
	ds := replace(replace(s, "-", ""), "+", "")
	d := substring(ds, count(ds) - 10, 10)
}

# _century(s): the two century digits of a 12-digit form, "" for the 10-digit forms.
_century(s) := substring(s, 0, 2) if {
	regex.match(`^[0-9]{8}`, s)
} else := ""

# _n2(s): the value of two digits ("08" is 8; to_number rejects a leading zero).
_n2(s) := (to_number(substring(s, 0, 1)) * 10) + to_number(substring(s, 1, 1))

_days := [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_leap(century, yy) if {
	century == ""
	_n2(yy) % 4 == 0
}

_leap(century, yy) if {
	century != ""
	y := to_number(concat("", [century, yy]))
	y % 4 == 0
	y % 100 != 0
}

_leap(century, yy) if {
	century != ""
	to_number(concat("", [century, yy])) % 400 == 0
}

# _date_ok(century, yy, mm, day): a real calendar date (day already reduced by 60).
_date_ok(century, yy, mm, day) if {
	mm >= 1
	mm <= 12
	day >= 1
	day <= _days[mm - 1]
	not _not_leap_feb_29(century, yy, mm, day)
}

_not_leap_feb_29(century, yy, mm, day) if {
	mm == 2
	day == 29
	not _leap(century, yy)
}

# kind(s): "personnummer" or "samordningsnummer" when s is a valid one, else undefined.
kind(s) := k if {
	d := digits10(s)
	luhn.valid(d)
	dd := _n2(substring(d, 4, 2))
	k := _kind(dd)
	_date_ok(_century(s), substring(d, 0, 2), _n2(substring(d, 2, 2)), _day(dd))
}

_kind(dd) := "samordningsnummer" if dd > 60

else := "personnummer"

_day(dd) := dd - 60 if dd > 60

else := dd

# valid(s): s (the whole string) is a valid personnummer or samordningsnummer.
valid(s) if kind(s)

is_personnummer(s) if kind(s) == "personnummer"

is_samordningsnummer(s) if kind(s) == "samordningsnummer"

# candidate: a maximal run of digits, optionally joined by one `-` or `+` to another.
candidate := `[0-9]+([-+][0-9]+)?`

# likely: a pattern every valid number holds, for finding the few strings worth a call of
# find(text) in a large text: YYMMDD, maybe `-` or `+`, and four digits, where the month's first
# digit is 0 or 1, which rules out organisation numbers (their third digit is 2 or more).
likely := `[0-9]{2}[01][0-9]{3}[-+]?[0-9]{4}`

# find(text): the set of valid personnummer and samordningsnummer written anywhere in text,
# also inside longer text. Candidates are maximal runs of digits, optionally joined by one
# `-` or `+`; a run with more digits on either side (a longer number) is not one.
find(text) := {t |
	is_string(text)
	# most strings (names, dates, ids) hold no run of six digits: skip them with one match
	regex.match(`[0-9]{6}`, text)
	some t in regex.find_n(candidate, text, -1)
	valid(t)
}

# mask(s): s with its last four digits replaced by `****`, keeping the date part and any
# separator (`YYMMDD-****`, `YYYYMMDD****`). Use it whenever a number is shown.
mask(s) := concat("", [substring(s, 0, count(s) - 4), "****"]) if {
	is_string(s)
	count(s) >= 4
}

# mask_text(text): text with every number find() reports masked.
mask_text(text) := masked if {
	is_string(text)
	masked := strings.replace_n({t: mask(t) | some t in find(text)}, text)
}
