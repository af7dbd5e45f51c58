# Swedish personnummer and samordningsnummer (rules-research.md §1.4), as people write them.
# A number is the date YYMMDD, or YYYYMMDD with the century (18, 19 or 20), and the last four
# digits NNNC: either as one run of 10 or 12 digits, or as a run of 6 or 8, one to three
# separators and a run of 4. A separator is `-`, `+` (from the age of 100), `_`, `.`, `/`, a
# space, any Unicode space or dash, the minus sign, the fraction and division slashes, any
# character NFKC turns into one of the ASCII ones (full-width `＋－．／＿`, …) or an invisible one a
# copied number may carry (soft hyphen, zero-width space and joiners, direction marks, word
# joiner, byte order mark); a digit is an ASCII one or a Unicode decimal digit that NFKC maps to
# one (full-width, mathematical, segmented). The runs are whole: a digit or a letter on either
# side (a longer number, a hex hash) means it is not one.
# The date part must be a real date; a samordningsnummer has day + 60 (the 3rd is written 63).
# The last digit is the Luhn check digit over the 10-digit form (lib/luhn).
# Without a century the year is taken to be a leap year when YY is divisible by 4 (true for
# either 19YY or 20YY, and 2000 was a leap year), so a 29 February is never missed.
# An organisationsnummer has a third digit of 2 or more (month 20 or higher) and never passes.
# The same rules are in provkoll's masking (src/check/redact.rs), and one list of spellings,
# tests/fixtures/pnr-spellings.txt, is tested against both.
package provkoll.lib.pnr

import data.provkoll.lib.luhn

# The digits, as the inside of a character class: ASCII, full-width (U+FF10-FF19), the five
# mathematical sets (U+1D7CE-1D7FF) and the segmented ones (U+1FBF0-1FBF9), which are every
# Unicode decimal digit whose NFKC form is an ASCII one.
_d := `0-9\x{FF10}-\x{FF19}\x{1D7CE}-\x{1D7FF}\x{1FBF0}-\x{1FBF9}`

# The separators, as the inside of a character class (see above; in step with `is_separator` in
# src/check/redact.rs).
_s := `\x{20}+\-./_\x{A0}\x{AD}\x{58A}\x{5BE}\x{1400}\x{1680}\x{1806}\x{180E}\x{2000}-\x{2015}\x{2024}\x{202F}\x{2044}\x{205F}\x{2060}\x{207A}\x{208A}\x{2212}\x{2215}\x{2E17}\x{2E1A}\x{2E3A}\x{2E3B}\x{2E40}\x{2E5D}\x{3000}\x{301C}\x{3030}\x{30A0}\x{FB29}\x{FE31}-\x{FE34}\x{FE4D}-\x{FE4F}\x{FE52}\x{FE58}\x{FE62}\x{FE63}\x{FEFF}\x{FF0B}\x{FF0D}-\x{FF0F}\x{FF3F}\x{10EAD}`

# Every non-ASCII digit of _d, in order 0 to 9 in each set, to map them to ASCII.
_nfkc_digits := "０１２３４５６７８９𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡𝟢𝟣𝟤𝟥𝟦𝟧𝟨𝟩𝟪𝟫𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹"

_ascii_of := {c: format_int(i % 10, 10) | some i, c in split(_nfkc_digits, "")}

# _ascii_digits(s): the digits of s in ASCII, everything else left out.
_ascii_digits(s) := regex.replace(strings.replace_n(_ascii_of, s), `[^0-9]`, "")

_shape := sprintf(`^[%s]{6}(?:[%s]{2})?[%s]{0,3}[%s]{4}$`, [_d, _d, _s, _d])

# digits10(s): the 10 digits YYMMDDNNNC of s, in ASCII, when s has the shape of a personnummer
# or samordningsnummer (whatever its date and check digit), else undefined.
digits10(s) := d if {
	is_string(s)
	regex.match(_shape, s)
	ds := _ascii_digits(s)
	_century_ok(ds)
	d := substring(ds, count(ds) - 10, 10)
}

_century_ok(ds) if count(ds) == 10

_century_ok(ds) if {
	count(ds) == 12
	substring(ds, 0, 2) in {"18", "19", "20"}
}

# _century(s): the two century digits of a 12-digit form, "" for the 10-digit forms.
_century(s) := substring(ds, 0, 2) if {
	ds := _ascii_digits(s)
	count(ds) == 12
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

# likely: a pattern every valid number holds, for finding the few strings worth a call of
# find(text) in a large text: YYMMDD, up to three separators, and four digits, where the month's
# first digit is 0 or 1, which rules out organisation numbers (their third digit is 2 or more).
likely := sprintf(`[%s]{2}[01\x{FF10}\x{FF11}\x{1D7CE}\x{1D7CF}\x{1D7D8}\x{1D7D9}\x{1D7E2}\x{1D7E3}\x{1D7EC}\x{1D7ED}\x{1D7F6}\x{1D7F7}\x{1FBF0}\x{1FBF1}][%s]{3}[%s]{0,3}[%s]{4}`, [_d, _d, _s, _d])

# The text cut into runs of digits and runs of anything else, in turn.
_runs := sprintf(`[%s]+|[^%s]+`, [_d, _d])

_whole := sprintf(`^(?:[%s]{10}|[%s]{12})$`, [_d, _d])

_date := sprintf(`^(?:[%s]{6}|[%s]{8})$`, [_d, _d])

_joint := sprintf(`^[%s]{1,3}$`, [_s])

_four := sprintf(`^[%s]{4}$`, [_d])

# A character that continues a word (regex's \w less the separators) at the end or the start.
_word_end := sprintf(`[\w--[%s]]$`, [_s])

_word_start := sprintf(`^[\w--[%s]]`, [_s])

# find(text): the set of valid personnummer and samordningsnummer written anywhere in text,
# also inside longer text, each as written. A run of digits with a letter or another digit
# beside it (a longer number, a hex hash) is not one.
find(text) := {n |
	is_string(text)
	# most strings (names, dates, ids) hold nothing like one: skip them with one match
	regex.match(likely, text)
	runs := regex.find_n(_runs, text, -1)
	some n in _written(runs)
	valid(n)
}

# _written(runs): every run of 10 or 12 digits, and every run of 6 or 8 joined by separators to
# a run of 4, with no word going on before or after.
_written(runs) := {r |
	some i, r in runs
	regex.match(_whole, r)
	_open_before(runs, i)
	_open_after(runs, i)
} | {n |
	some i, r in runs
	regex.match(_date, r)
	regex.match(_joint, runs[i + 1])
	regex.match(_four, runs[i + 2])
	_open_before(runs, i)
	_open_after(runs, i + 2)
	n := concat("", [r, runs[i + 1], runs[i + 2]])
}

_open_before(runs, i) if i == 0

_open_before(runs, i) if {
	i > 0
	not regex.match(_word_end, runs[i - 1])
}

_open_after(runs, i) if i == count(runs) - 1

_open_after(runs, i) if {
	i < count(runs) - 1
	not regex.match(_word_start, runs[i + 1])
}

# mask(s): s with its last four digits replaced by `****`, keeping the date part and any
# separator (`YYMMDD-****`, `YYYYMMDD****`). Use it whenever a number is shown.
mask(s) := regex.replace(s, sprintf(`[%s]{4}$`, [_d]), "****") if is_string(s)

# mask_text(text): text with every number find() reports masked.
mask_text(text) := masked if {
	is_string(text)
	masked := strings.replace_n({t: mask(t) | some t in find(text)}, text)
}
